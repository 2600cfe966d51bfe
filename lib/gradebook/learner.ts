// One learner's record for instructors (/instructor/learners/[id]): who, mastery per section, last activity, every
// test attempt with every answer (readable response, grade, hints, checks, manual grade and the audited grades and
// overrides), and every code submission grouped by exercise with per-test results and the diff to the previous
// submission of the same exercise.
//
// Every query is filtered by the learner's id (answers through their attempt, audit rows through those answers), so
// nothing of another learner can appear. Large histories are capped (newest first) with the totals returned, so the
// page can offer "show more"; the queries stay a fixed handful however long the history is:
//   user · mastery (lib/progress) · last activity · attempts page · its answers · their audit rows ·
//   submissions page (with each one's predecessor found by a window over the learner's submissions) · test results.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getProgress, type SectionMastery } from "@/lib/progress/mastery";
import { renderTemplate } from "@/lib/content/params";
import { paramsFor, toItemFile } from "@/lib/attempts/item-file";
import { AUDIT_TARGET } from "./manual";
import { diffCode, type CodeDiff } from "./diff";
import { isUuid } from "@/lib/http/ids";

export const DEFAULT_ATTEMPTS = 20;
export const DEFAULT_SUBMISSIONS = 30;
/** Upper bound of any requested page size ("show more" adds a page at a time). */
export const MAX_PAGE = 500;

export interface LearnerSummary {
  id: string;
  name: string;
  email: string;
  role: "learner" | "instructor" | "admin";
  createdAt: Date;
}

export type ReadableResponse =
  | { type: "none" }
  /** Chosen options, in the order of the question; `text` is the option's localized label (null if unknown id). */
  | { type: "choices"; options: Array<{ id: string; text: unknown; correct: boolean | null }> }
  /** Numeric fields with their localized label (null when the question has a single unlabelled field). */
  | { type: "fields"; fields: Array<{ id: string; label: unknown; value: string }> }
  /** Formula or code blank (`code`) or short text. */
  | { type: "text"; text: string; code: boolean };

export interface AuditEntry {
  id: string;
  action: string;
  at: Date;
  actorName: string | null;
  oldScore: number | null;
  newScore: number | null;
  reason: string | null;
  comment: string | null;
}

export interface AnswerDetail {
  id: string;
  itemSlug: string;
  kind: string;
  itemVersion: number;
  points: number;
  /** Localized Markdown prompt of the version the learner saw (a numeric item's with the values drawn for them). */
  prompt: unknown;
  response: ReadableResponse;
  /** Checks in practice (1 after grading in an exam). */
  tries: number;
  hintsUsed: number;
  revealed: boolean;
  correct: boolean | null;
  /** Automatic score, fraction 0..1 of the points. */
  score: number | null;
  /** Localized feedback message of the last grading. */
  feedback: unknown;
  manualScore: number | null;
  manualComment: string | null;
  gradedByName: string | null;
  /** Grades and overrides of this answer, oldest first. */
  audit: AuditEntry[];
}

export interface AttemptDetail {
  id: string;
  testSlug: string;
  testTitle: unknown;
  mode: "practice" | "exam";
  status: "in_progress" | "submitted" | "expired";
  startedAt: Date;
  submittedAt: Date | null;
  deadlineAt: Date | null;
  score: number | null;
  maxScore: number | null;
  /** From start to submission (to the deadline for an expired exam); null while in progress. */
  timeSpentMs: number | null;
  /** In test order. */
  answers: AnswerDetail[];
}

export interface TestResultDetail {
  name: string;
  hidden: boolean;
  passed: boolean;
  points: number;
  maxPoints: number;
  durationMs: number;
  /** Localized message ({en, ja}); hidden tests store none. */
  message: unknown;
  expected: string | null;
  got: string | null;
  error: { type: string; message: string; line: number | null } | null;
}

export interface SubmissionDetail {
  id: string;
  /** 1-based position among the learner's submissions to this exercise, oldest = 1. */
  number: number;
  exerciseVersion: number;
  status: "queued" | "running" | "graded" | "error";
  score: number | null;
  maxScore: number | null;
  createdAt: Date;
  gradedAt: Date | null;
  /** Message of the failed grading job (status error). */
  error: string | null;
  code: string;
  results: TestResultDetail[];
  /** The previous submission to the same exercise (null for the first). */
  previousId: string | null;
  /** Diff from the previous submission's code; null for the first, or when too large to compute. */
  diff: CodeDiff | null;
}

export interface ExerciseSubmissions {
  exerciseSlug: string;
  exerciseTitle: unknown;
  /** Newest first. */
  submissions: SubmissionDetail[];
}

export interface LearnerDetail {
  learner: LearnerSummary;
  lastActivityAt: Date | null;
  mastery: SectionMastery[];
  attempts: { total: number; items: AttemptDetail[] };
  /** Groups ordered by their newest shown submission; `shown` counts the submissions in all groups. */
  submissions: { total: number; shown: number; exercises: ExerciseSubmissions[] };
}

export interface LearnerDetailOptions {
  attempts?: number;
  submissions?: number;
}

/** A page size from a query-string value: a positive integer, at most MAX_PAGE; `fallback` otherwise. */
export function pageSize(value: unknown, fallback: number): number {
  const n = typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n > 0 ? Math.min(n, MAX_PAGE) : fallback;
}

/** The learner's record, or null when `userId` is malformed or no such user exists. */
export async function getLearnerDetail(
  db: PrismaClient,
  userId: string,
  options: LearnerDetailOptions = {},
): Promise<LearnerDetail | null> {
  if (!isUuid(userId)) return null;
  const learner = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, createdAt: true },
  });
  if (!learner) return null;
  const attemptLimit = Math.min(options.attempts ?? DEFAULT_ATTEMPTS, MAX_PAGE);
  const submissionLimit = Math.min(options.submissions ?? DEFAULT_SUBMISSIONS, MAX_PAGE);
  const [progress, lastActivityAt, attempts, submissions] = await Promise.all([
    getProgress(db, userId),
    lastActivity(db, userId),
    loadAttempts(db, userId, attemptLimit),
    loadSubmissions(db, userId, submissionLimit),
  ]);
  return { learner, lastActivityAt, mastery: progress.sections, attempts, submissions };
}

// ---------------------------------------------------------------------------------------------
// Last activity

/**
 * The latest moment the learner did something: started or submitted an attempt (an expired exam counts at its
 * deadline, since its expiry may be recorded later), saved an answer of an attempt still in progress (answers of
 * finished attempts change only when graded — possibly by an instructor), submitted code or saved a code draft.
 */
async function lastActivity(db: PrismaClient, userId: string): Promise<Date | null> {
  const [row] = await db.$queryRaw<Array<{ at: Date | null }>>`
    SELECT GREATEST(
      (SELECT max(GREATEST(t."startedAt",
                           CASE WHEN t.status = 'expired' THEN LEAST(t."submittedAt", t."deadlineAt") ELSE t."submittedAt" END))
         FROM "TestAttempt" t WHERE t."userId" = ${userId}::uuid),
      (SELECT max(a."updatedAt") FROM "Answer" a JOIN "TestAttempt" t ON t.id = a."attemptId"
         WHERE t."userId" = ${userId}::uuid AND t.status = 'in_progress'),
      (SELECT max(s."createdAt") FROM "Submission" s WHERE s."userId" = ${userId}::uuid),
      (SELECT max(d."updatedAt") FROM "CodeDraft" d WHERE d."userId" = ${userId}::uuid)
    ) AS at`;
  return row?.at ?? null;
}

// ---------------------------------------------------------------------------------------------
// Attempts and answers

function timeSpent(a: { status: string; startedAt: Date; submittedAt: Date | null; deadlineAt: Date | null }): number | null {
  if (!a.submittedAt) return null;
  let end = a.submittedAt.getTime();
  if (a.status === "expired" && a.deadlineAt) end = Math.min(end, a.deadlineAt.getTime());
  return Math.max(0, end - a.startedAt.getTime());
}

interface AnswerRow {
  id: string;
  attemptId: string;
  response: unknown;
  tries: number;
  hintsUsed: number;
  revealed: boolean;
  correct: boolean | null;
  score: number | null;
  feedbackMessage: unknown;
  manualScore: number | null;
  manualComment: string | null;
  gradedByName: string | null;
  itemSlug: string;
  kind: string;
  version: number;
  prompt: unknown;
  options: unknown;
  fields: unknown;
  correctIds: unknown;
  numericSecret: unknown;
  seed: number;
  points: number | null;
}

async function loadAttempts(db: PrismaClient, userId: string, limit: number): Promise<LearnerDetail["attempts"]> {
  const [total, rows] = await Promise.all([
    db.testAttempt.count({ where: { userId } }),
    db.testAttempt.findMany({
      where: { userId },
      orderBy: [{ startedAt: "desc" }, { id: "desc" }],
      take: limit,
      select: {
        id: true,
        mode: true,
        status: true,
        startedAt: true,
        submittedAt: true,
        deadlineAt: true,
        score: true,
        maxScore: true,
        test: { select: { slug: true, title: true } },
      },
    }),
  ]);
  if (rows.length === 0) return { total, items: [] };
  const ids = rows.map((r) => r.id);
  // Only the parts of the version's JSON that are shown (prompt, option labels, field labels, correct option ids),
  // not its explanations and hints in both languages.
  const answers = await db.$queryRaw<AnswerRow[]>`
    SELECT a.id::text AS id, a."attemptId"::text AS "attemptId", a.response, a.tries, a."hintsUsed", a.revealed,
           a.correct, a.score, a.feedback -> 'message' AS "feedbackMessage", a."manualScore", a."manualComment",
           g.name AS "gradedByName", i.slug AS "itemSlug", i.kind::text AS kind, v.version,
           v.content -> 'prompt' AS prompt, v.content -> 'options' AS options, v.content -> 'fields' AS fields,
           CASE WHEN i.kind IN ('single_choice', 'multi_choice') THEN v.answer -> 'correct' END AS "correctIds",
           CASE WHEN i.kind = 'numeric' THEN v.answer END AS "numericSecret", t.seed, ti.points
    FROM "Answer" a
    JOIN "TestAttempt" t ON t.id = a."attemptId"
    JOIN "ItemVersion" v ON v.id = a."itemVersionId"
    JOIN "Item" i ON i.id = v."itemId"
    LEFT JOIN "TestItem" ti ON ti."testId" = t."testId" AND ti."itemId" = i.id
    LEFT JOIN "User" g ON g.id = a."gradedById"
    WHERE t."userId" = ${userId}::uuid AND a."attemptId" = ANY(${ids}::uuid[])
    ORDER BY a."attemptId", ti.position NULLS LAST, i.position, i.slug`;
  const audit = await loadAudit(
    db,
    answers.map((a) => a.id),
  );
  const byAttempt = new Map<string, AnswerDetail[]>();
  for (const a of answers) {
    const list = byAttempt.get(a.attemptId) ?? [];
    list.push({
      id: a.id,
      itemSlug: a.itemSlug,
      kind: a.kind,
      itemVersion: a.version,
      points: a.points ?? 1,
      prompt: a.kind === "numeric" ? promptWithParameters(a) : a.prompt,
      response: readableResponse(a.kind, a.response, a.options, a.fields, a.correctIds),
      tries: a.tries,
      hintsUsed: a.hintsUsed,
      revealed: a.revealed,
      correct: a.correct,
      score: a.score,
      feedback: a.feedbackMessage,
      manualScore: a.manualScore,
      manualComment: a.manualComment,
      gradedByName: a.gradedByName,
      audit: audit.get(a.id) ?? [],
    });
    byAttempt.set(a.attemptId, list);
  }
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      testSlug: r.test?.slug ?? "",
      testTitle: r.test?.title ?? null,
      mode: r.mode,
      status: r.status,
      startedAt: r.startedAt,
      submittedAt: r.submittedAt,
      deadlineAt: r.deadlineAt,
      score: r.score,
      maxScore: r.maxScore,
      timeSpentMs: timeSpent(r),
      answers: byAttempt.get(r.id) ?? [],
    })),
  };
}

async function loadAudit(db: PrismaClient, answerIds: string[]): Promise<Map<string, AuditEntry[]>> {
  const out = new Map<string, AuditEntry[]>();
  if (answerIds.length === 0) return out;
  const rows = await db.auditLog.findMany({
    where: { targetType: AUDIT_TARGET, targetId: { in: answerIds } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, action: true, createdAt: true, targetId: true, details: true, actor: { select: { name: true, email: true } } },
  });
  for (const r of rows) {
    const d = (r.details && typeof r.details === "object" && !Array.isArray(r.details) ? r.details : {}) as Record<string, unknown>;
    const num = (v: unknown) => (typeof v === "number" ? v : null);
    const str = (v: unknown) => (typeof v === "string" ? v : null);
    const list = out.get(r.targetId) ?? [];
    list.push({
      id: r.id,
      action: r.action,
      at: r.createdAt,
      actorName: r.actor ? r.actor.name || r.actor.email : null,
      oldScore: num(d.oldScore),
      newScore: num(d.newScore),
      reason: str(d.reason),
      comment: str(d.comment),
    });
    out.set(r.targetId, list);
  }
  return out;
}

/** A numeric item's prompt template filled with the parameters drawn for this attempt, as the learner saw it. */
function promptWithParameters(a: AnswerRow): unknown {
  if (!isObj(a.prompt)) return a.prompt;
  let params: Record<string, number>;
  try {
    params = paramsFor(toItemFile("numeric", { content: {}, answer: a.numericSecret }), a.seed, a.itemSlug);
  } catch {
    return a.prompt; // a malformed stored spec: show the template rather than fail the whole page
  }
  return Object.fromEntries(Object.entries(a.prompt).map(([k, v]) => [k, typeof v === "string" ? renderTemplate(v, params) : v]));
}

type J = Record<string, unknown>;
const isObj = (v: unknown): v is J => !!v && typeof v === "object" && !Array.isArray(v);

/** Option label as stored by the content loader ({id, en, ja}); older rows may nest it under `text`. */
function optionText(o: J): unknown {
  if (o.text !== undefined) return o.text;
  return o.en !== undefined || o.ja !== undefined ? { en: o.en, ja: o.ja } : null;
}

/** A stored response as the instructor should read it, whatever its kind. */
export function readableResponse(
  kind: string,
  response: unknown,
  options: unknown,
  fields: unknown,
  correctIds: unknown,
): ReadableResponse {
  if (response === null || response === undefined) return { type: "none" };
  switch (kind) {
    case "single_choice":
    case "multi_choice": {
      const chosen = (Array.isArray(response) ? response : [response]).filter((x): x is string => typeof x === "string" && x !== "");
      if (chosen.length === 0) return { type: "none" };
      const opts = Array.isArray(options) ? options.filter(isObj) : [];
      const correct = new Set((Array.isArray(correctIds) ? correctIds : [correctIds]).filter((x) => typeof x === "string"));
      const position = (id: string) => {
        const i = opts.findIndex((o) => o.id === id);
        return i < 0 ? opts.length : i;
      };
      return {
        type: "choices",
        options: [...chosen]
          .sort((a, b) => position(a) - position(b))
          .map((id) => {
            const o = opts.find((x) => x.id === id);
            return { id, text: o ? optionText(o) : null, correct: correct.size ? correct.has(id) : null };
          }),
      };
    }
    case "numeric": {
      if (!isObj(response))
        return typeof response === "string" && response.trim() ? { type: "text", text: response, code: true } : { type: "none" };
      const defs = Array.isArray(fields) ? fields.filter(isObj) : [];
      const ids = [...defs.map((f) => String(f.id)), ...Object.keys(response).filter((k) => !defs.some((f) => f.id === k))];
      const entries = ids
        .filter((id) => response[id] !== undefined && response[id] !== null && String(response[id]).trim() !== "")
        .map((id) => ({ id, label: defs.find((f) => f.id === id)?.label ?? null, value: String(response[id]) }));
      return entries.length ? { type: "fields", fields: entries } : { type: "none" };
    }
    default: {
      const text = typeof response === "string" ? response : JSON.stringify(response);
      return text.trim() === "" ? { type: "none" } : { type: "text", text, code: kind !== "short_text" };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Submissions

interface SubmissionRow {
  id: string;
  number: number;
  previousId: string | null;
  previousCode: string | null;
  exerciseSlug: string;
  exerciseTitle: unknown;
  exerciseVersion: number;
  status: SubmissionDetail["status"];
  score: number | null;
  maxScore: number | null;
  createdAt: Date;
  gradedAt: Date | null;
  code: string;
  error: string | null;
  testOrder: unknown;
}

async function loadSubmissions(db: PrismaClient, userId: string, limit: number): Promise<LearnerDetail["submissions"]> {
  // The window numbers and links every submission of the learner (ids and times only: the code is read just for
  // the page and its predecessors).
  const [total, rows] = await Promise.all([
    db.submission.count({ where: { userId } }),
    db.$queryRaw<SubmissionRow[]>`
      WITH ranked AS (
        SELECT s.id, s."createdAt", v."exerciseId",
               row_number() OVER w AS number, lag(s.id) OVER w AS prev
        FROM "Submission" s JOIN "ExerciseVersion" v ON v.id = s."exerciseVersionId"
        WHERE s."userId" = ${userId}::uuid
        WINDOW w AS (PARTITION BY v."exerciseId" ORDER BY s."createdAt", s.id)
      ), page AS (
        SELECT * FROM ranked ORDER BY "createdAt" DESC, id DESC LIMIT ${limit}
      )
      SELECT s.id::text AS id, page.number::int AS number, page.prev::text AS "previousId", p.code AS "previousCode",
             e.slug AS "exerciseSlug", v.content -> 'title' AS "exerciseTitle", v.version AS "exerciseVersion",
             s.status::text AS status, s.score, s."maxScore", s."createdAt", s."gradedAt", s.code,
             CASE WHEN s.status = 'error' THEN
               (SELECT j.error FROM "GradingJob" j WHERE j."submissionId" = s.id ORDER BY j."createdAt" DESC LIMIT 1)
             END AS error,
             jsonb_path_query_array(v.content, '$.publicTests[*].name') || jsonb_path_query_array(v.secret, '$.hiddenTests[*].name') AS "testOrder"
      FROM page
      JOIN "Submission" s ON s.id = page.id
      JOIN "ExerciseVersion" v ON v.id = s."exerciseVersionId"
      JOIN "Exercise" e ON e.id = v."exerciseId"
      LEFT JOIN "Submission" p ON p.id = page.prev AND p."userId" = ${userId}::uuid
      ORDER BY s."createdAt" DESC, s.id DESC`,
  ]);
  const results = rows.length
    ? await db.testResult.findMany({
        where: { submissionId: { in: rows.map((r) => r.id) }, submission: { userId } },
        select: {
          submissionId: true,
          testName: true,
          hidden: true,
          passed: true,
          points: true,
          maxPoints: true,
          durationMs: true,
          feedback: true,
        },
      })
    : [];
  const resultsBySubmission = new Map<string, typeof results>();
  for (const r of results) resultsBySubmission.set(r.submissionId, [...(resultsBySubmission.get(r.submissionId) ?? []), r]);

  const groups = new Map<string, ExerciseSubmissions>();
  for (const r of rows) {
    const group = groups.get(r.exerciseSlug) ?? { exerciseSlug: r.exerciseSlug, exerciseTitle: r.exerciseTitle, submissions: [] };
    const order = Array.isArray(r.testOrder) ? r.testOrder.map(String) : [];
    const rank = (name: string, hidden: boolean) => {
      const i = order.indexOf(name);
      return i >= 0 ? i : order.length + (hidden ? 1 : 0);
    };
    const own = [...(resultsBySubmission.get(r.id) ?? [])].sort(
      (a, b) => rank(a.testName, a.hidden) - rank(b.testName, b.hidden) || a.testName.localeCompare(b.testName),
    );
    group.submissions.push({
      id: r.id,
      number: r.number,
      exerciseVersion: r.exerciseVersion,
      status: r.status,
      score: r.score,
      maxScore: r.maxScore,
      createdAt: r.createdAt,
      gradedAt: r.gradedAt,
      error: r.error,
      code: r.code,
      results: own.map(toResultDetail),
      previousId: r.previousId,
      diff: r.previousCode === null ? null : diffCode(r.previousCode, r.code),
    });
    groups.set(r.exerciseSlug, group);
  }
  return { total, shown: rows.length, exercises: [...groups.values()] };
}

function toResultDetail(r: {
  testName: string;
  hidden: boolean;
  passed: boolean;
  points: number;
  maxPoints: number;
  durationMs: number;
  feedback: unknown;
}): TestResultDetail {
  const f = isObj(r.feedback) ? r.feedback : {};
  const err = isObj(f.error) ? f.error : null;
  return {
    name: r.testName,
    hidden: r.hidden,
    passed: r.passed,
    points: r.points,
    maxPoints: r.maxPoints,
    durationMs: r.durationMs,
    message: f.message ?? null,
    expected: typeof f.expected === "string" ? f.expected : null,
    got: typeof f.got === "string" ? f.got : null,
    error: err
      ? { type: String(err.type ?? "Error"), message: String(err.message ?? ""), line: typeof err.line === "number" ? err.line : null }
      : null,
  };
}
