// Confirmation-test attempts: start/resume, autosave, practice check/hint/reveal, exam submit and (lazy) expiry.
// Every function takes the Prisma client and the acting user's id; an attempt of another user is "not found".
import crypto from "node:crypto";
import { z } from "zod";
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { HttpError } from "@/lib/http/errors";
import { validationError } from "@/lib/http/json";
import { gradeAnswer, type GradeResult } from "@/lib/grading";
import type { SessionFactory } from "@/lib/grading/code-blank";
import { codeBlankInFlight, gradeCodeBlankInGrader } from "./engine";
import { assertNoOpenExamWith, lockForExamStart, lockForPracticeHelp } from "./exam-integrity";
import { paramsFor, questionOrder, toItemFile, type ItemKind } from "./item-file";
import { recordAttemptOutcomes } from "@/lib/review/outcome";
import { writeAnswerGrades, type AnswerGrade } from "./grade-batch";
import { scoreChanged } from "@/lib/lti/score-queue";
import { startMockAttempt } from "@/lib/mock-exam/start";

/** Practice penalties, as fractions of the question's points. */
export const HINT_PENALTY = 0.1;
export const RETRY_PENALTY = 0.25;
/** Autosaves in flight when the deadline passes are still accepted for this long. */
export const DEADLINE_GRACE_MS = 5_000;

export type Mode = "practice" | "exam";

export interface ServiceOptions {
  createSession?: SessionFactory;
  now?: () => Date;
}

const attemptInclude = {
  test: { include: { items: true } },
  answers: { include: { itemVersion: { include: { item: true } } } },
  // class assignments: its release policy decides when results are shown (lib/assignments/release)
  assignment: {
    select: {
      opensAt: true,
      dueAt: true,
      closesAt: true,
      release: true,
      extensions: { select: { userId: true, dueAt: true, closesAt: true, extraTimeS: true } },
    },
  },
} satisfies Prisma.TestAttemptInclude;

export type LoadedAttempt = Prisma.TestAttemptGetPayload<{ include: typeof attemptInclude }>;
export type LoadedAnswer = LoadedAttempt["answers"][number];

export interface StoredFeedback {
  code: string;
  message: { en: string; ja: string };
  pending?: boolean;
  provisionalScore?: number;
}

const notFound = () => new HttpError(404, "Attempt not found");

/** Practice score multiplier after `hints` hints and `wrongTries` wrong checks (floor 0). */
export function practiceFactor(hints: number, wrongTries: number): number {
  return Math.max(0, 1 - HINT_PENALTY * hints - RETRY_PENALTY * wrongTries);
}

export function isPendingKind(kind: ItemKind): boolean {
  return kind === "short_text";
}

/** Whether the learner may still change this answer (and whether its explanation may be shown). */
export function isLocked(attempt: { mode: Mode | string; status: string }, a: LoadedAnswer): boolean {
  if (attempt.status !== "in_progress") return true;
  if (attempt.mode === "exam") return false;
  return a.correct === true || a.revealed || (isPendingKind(a.itemVersion.item.kind) && a.tries > 0);
}

/**
 * Where an attempt is shown: a test attempt's review page, or — for a review session (lib/review/session.ts), an
 * attempt without a test whose questions are worth 1 point each — the review-session page.
 */
export function attemptHref(attempt: { id: string; test: { slug: string } | null }): string {
  return attempt.test ? `/tests/${encodeURIComponent(attempt.test.slug)}/attempts/${attempt.id}` : `/learn/review/${attempt.id}`;
}

/** Answers in the order the learner sees them, with their points. */
export function orderedAnswers(attempt: LoadedAttempt): Array<{ answer: LoadedAnswer; points: number; slug: string }> {
  const ti = new Map((attempt.test?.items ?? []).map((t) => [t.itemId, t]));
  const rows = attempt.answers
    .map((answer) => {
      const t = ti.get(answer.itemVersion.itemId);
      const position = answer.position ?? t?.position ?? 1e6 + answer.itemVersion.item.position;
      return { answer, slug: answer.itemVersion.item.slug, points: t?.points ?? 1, position };
    })
    .sort((a, b) => a.position - b.position || a.slug.localeCompare(b.slug));
  return questionOrder(rows, attempt.mode, attempt.seed);
}

// ---------------------------------------------------------------------------------------------
// Loading and lazy expiry

async function loadAttempt(db: PrismaClient, attemptId: string): Promise<LoadedAttempt | null> {
  if (!z.uuid().safeParse(attemptId).success) return null;
  return db.testAttempt.findUnique({ where: { id: attemptId }, include: attemptInclude });
}

/** The user's attempt (404 for anyone else), finalised first when its deadline has passed. */
export async function getOwnedAttempt(
  db: PrismaClient,
  userId: string,
  attemptId: string,
  opts: ServiceOptions = {},
): Promise<LoadedAttempt> {
  const attempt = await loadAttempt(db, attemptId);
  if (!attempt || attempt.userId !== userId) throw notFound();
  return expireIfDue(db, attempt, opts);
}

export function isOverdue(attempt: { status: string; deadlineAt: Date | null }, now: Date, graceMs = 0): boolean {
  return attempt.status === "in_progress" && attempt.deadlineAt !== null && now.getTime() > attempt.deadlineAt.getTime() + graceMs;
}

async function expireIfDue(db: PrismaClient, attempt: LoadedAttempt, opts: ServiceOptions): Promise<LoadedAttempt> {
  const now = opts.now?.() ?? new Date();
  if (!isOverdue(attempt, now, DEADLINE_GRACE_MS)) return attempt;
  await finalize(db, attempt, "expired", opts);
  return (await loadAttempt(db, attempt.id))!;
}

// ---------------------------------------------------------------------------------------------
// Start / resume

export interface StartResult {
  attemptId: string;
  resumed: boolean;
}

export async function startAttempt(
  db: PrismaClient,
  userId: string,
  testSlug: string,
  mode: Mode,
  opts: ServiceOptions = {},
): Promise<StartResult> {
  const test = await db.test.findUnique({
    where: { slug: testSlug },
    include: { items: { orderBy: { position: "asc" }, include: { item: true } } },
  });
  if (!test) throw new HttpError(404, "Test not found");
  if (test.mockPlan) {
    // a mock exam: drawn per learner from the course's bank, always timed (lib/mock-exam)
    if (mode !== "exam") throw new HttpError(400, "A mock exam is taken in exam mode only");
    const result = await startMockAttempt(db, userId, test, opts.now?.() ?? new Date());
    if (result.resumed) await getOwnedAttempt(db, userId, result.attemptId, opts);
    return result;
  }
  if (mode === "exam" && !test.timeLimitS)
    throw new HttpError(400, "This test has no time limit, so it can only be taken in practice mode");
  if (test.items.length === 0) throw new HttpError(409, "This test has no questions yet");
  const now = opts.now?.() ?? new Date();

  const result = await db.$transaction(async (tx) => {
    // Serialise starts of the same learner on the same test (one exam attempt, one open attempt per mode).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`attempt:${userId}:${test.id}`}))`;
    if (mode === "exam") await lockForExamStart(tx, userId); // no practice help commits across an exam's start
    const open = await tx.testAttempt.findFirst({
      where: { userId, testId: test.id, mode, status: "in_progress" },
      orderBy: { startedAt: "desc" },
    });
    if (open) return { attemptId: open.id, resumed: true };
    if (mode === "exam") {
      const done = await tx.testAttempt.count({ where: { userId, testId: test.id, mode: "exam" } });
      if (done > 0) throw new HttpError(409, "You have already taken this test in exam mode; only one exam attempt is allowed");
    }
    const versions = await tx.itemVersion.findMany({
      where: { OR: test.items.map((ti) => ({ itemId: ti.itemId, version: ti.item.currentVersion })) },
      select: { id: true },
    });
    const seed = crypto.randomInt(1, 2 ** 31 - 1);
    const attempt = await tx.testAttempt.create({
      data: {
        testId: test.id,
        userId,
        mode,
        seed,
        startedAt: now,
        deadlineAt: mode === "exam" ? new Date(now.getTime() + test.timeLimitS! * 1000) : null,
        maxScore: test.items.reduce((s, ti) => s + ti.points, 0),
        answers: { create: versions.map((v) => ({ itemVersionId: v.id })) },
      },
    });
    return { attemptId: attempt.id, resumed: false };
  });
  if (result.resumed) await getOwnedAttempt(db, userId, result.attemptId, opts);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Answers

const ShortStr = z.string().max(200);
const LongStr = z.string().max(5_000);
const RESPONSE_SCHEMAS: Record<ItemKind, z.ZodType> = {
  single_choice: ShortStr.nullable(),
  multi_choice: z.array(ShortStr).max(50),
  numeric: z.record(z.string().max(50), z.string().max(100)),
  formula: z.string().max(500),
  code_blank: z.string().max(500),
  short_text: LongStr,
};

export function validateResponse(kind: ItemKind, response: unknown): Prisma.InputJsonValue | null {
  const r = RESPONSE_SCHEMAS[kind].safeParse(response);
  if (!r.success) throw validationError(RESPONSE_SCHEMAS[kind], response, r.error, "Invalid answer for this question", "response");
  return r.data as Prisma.InputJsonValue | null;
}

function findAnswer(attempt: LoadedAttempt, itemSlug: string): LoadedAnswer {
  const a = attempt.answers.find((x) => x.itemVersion.item.slug === itemSlug);
  if (!a) throw new HttpError(404, "This question is not part of the attempt");
  return a;
}

function assertOpen(attempt: LoadedAttempt): void {
  if (attempt.status !== "in_progress") {
    if (attempt.status === "expired") throw new HttpError(409, "Time is up: this attempt has been graded", { status: attempt.status });
    throw new HttpError(409, "This attempt has already been submitted", { status: attempt.status });
  }
}

/**
 * Practice help (check, hint, reveal) on answer `a`: refused while an exam of the learner holding the same item is
 * open (lib/attempts/exam-integrity). `write` runs in a transaction that holds the learner's integrity lock shared
 * and re-checks, so help never commits after an exam on the item has started.
 */
async function withPracticeHelp(
  db: PrismaClient,
  userId: string,
  a: LoadedAnswer,
  now: Date,
  write: (tx: Prisma.TransactionClient) => Promise<unknown>,
) {
  await db.$transaction(async (tx) => {
    await lockForPracticeHelp(tx, userId);
    await assertNoOpenExamWith(tx, userId, [a.itemVersion.itemId], now);
    await write(tx);
  });
}

export async function saveAnswer(
  db: PrismaClient,
  userId: string,
  attemptId: string,
  itemSlug: string,
  response: unknown,
  opts: ServiceOptions = {},
) {
  const attempt = await getOwnedAttempt(db, userId, attemptId, opts);
  assertOpen(attempt);
  const a = findAnswer(attempt, itemSlug);
  if (isLocked(attempt, a)) throw new HttpError(409, "This question is already answered");
  const value = validateResponse(a.itemVersion.item.kind, response);
  const row = await db.answer.update({
    where: { id: a.id },
    data: { response: value === null ? (null as unknown as Prisma.InputJsonValue) : value },
  });
  return { savedAt: row.updatedAt.toISOString() };
}

/** Grades one stored answer (no database writes). */
export async function gradeStored(
  attempt: LoadedAttempt,
  a: LoadedAnswer,
  response: unknown,
  opts: ServiceOptions = {},
): Promise<GradeResult> {
  const item = toItemFile(a.itemVersion.item.kind, a.itemVersion);
  const slug = a.itemVersion.item.slug;
  // learner code runs in a grader process (an explicit createSession is a test double)
  if (item.kind === "code_blank" && !opts.createSession) return gradeCodeBlankInGrader(attempt.userId, item, response);
  return gradeAnswer(item, response, {
    slug,
    seed: slug,
    params: paramsFor(item, attempt.seed, slug),
    ...(item.kind === "code_blank" ? { createSession: opts.createSession } : {}),
  });
}

function storedFeedback(g: GradeResult): StoredFeedback {
  return {
    code: g.feedback.code,
    message: g.feedback.message,
    ...(g.pending ? { pending: true, provisionalScore: g.provisionalScore } : {}),
  };
}

function isEmptyResponse(r: unknown): boolean {
  if (r === null || r === undefined) return true;
  if (typeof r === "string") return r.trim() === "";
  if (Array.isArray(r)) return r.length === 0;
  if (typeof r === "object") return Object.values(r as object).every((v) => v === null || String(v).trim() === "");
  return false;
}

/** Code blanks run in a grader process: at most one check per learner per CODE_CHECK_INTERVAL_MS, one at a time. */
export const CODE_CHECK_INTERVAL_MS = 1_000;
const lastCodeCheck = new Map<string, number>();

function throttleCodeCheck(userId: string, now: Date): void {
  const t = now.getTime();
  const last = lastCodeCheck.get(userId);
  if (last !== undefined && t - last < CODE_CHECK_INTERVAL_MS && t >= last) {
    throw new HttpError(429, "Please wait a moment before checking code again", { retryAfterMs: CODE_CHECK_INTERVAL_MS - (t - last) });
  }
  lastCodeCheck.set(userId, t);
  if (lastCodeCheck.size > 10_000) lastCodeCheck.clear();
}

/** Practice: grade now, with feedback; a wrong answer may be retried (each retry costs RETRY_PENALTY). */
export async function checkAnswer(
  db: PrismaClient,
  userId: string,
  attemptId: string,
  itemSlug: string,
  response: unknown,
  opts: ServiceOptions = {},
) {
  const attempt = await getOwnedAttempt(db, userId, attemptId, opts);
  assertOpen(attempt);
  if (attempt.mode !== "practice") throw new HttpError(409, "Checking an answer is not available in exam mode");
  const a = findAnswer(attempt, itemSlug);
  if (isLocked(attempt, a)) throw new HttpError(409, "This question is already answered");
  const value = response === undefined ? (a.response as unknown) : validateResponse(a.itemVersion.item.kind, response);
  if (isEmptyResponse(value)) throw new HttpError(400, "Enter an answer before checking it");
  const now = opts.now?.() ?? new Date();
  await assertNoOpenExamWith(db, userId, [a.itemVersion.itemId], now); // before grading; re-checked at the write
  if (a.itemVersion.item.kind === "code_blank") {
    if (codeBlankInFlight(userId)) throw new HttpError(429, "Your previous code check is still running", { retryAfterMs: 1_000 });
    throttleCodeCheck(userId, now);
  }
  const g = await gradeStored(attempt, a, value, opts);
  const wrongBefore = a.tries; // every earlier check was wrong (a right one locks the question)
  const score = g.pending ? null : g.score * practiceFactor(a.hintsUsed, wrongBefore);
  await withPracticeHelp(db, userId, a, now, (tx) =>
    tx.answer.update({
      where: { id: a.id },
      data: {
        response: value as Prisma.InputJsonValue,
        tries: { increment: 1 },
        correct: g.pending ? null : g.correct,
        score,
        feedback: storedFeedback(g) as unknown as Prisma.InputJsonValue,
      },
    }),
  );
  return getOwnedAttempt(db, userId, attemptId, opts);
}

export async function takeHint(db: PrismaClient, userId: string, attemptId: string, itemSlug: string, opts: ServiceOptions = {}) {
  const attempt = await getOwnedAttempt(db, userId, attemptId, opts);
  assertOpen(attempt);
  if (attempt.mode !== "practice") throw new HttpError(409, "Hints are not available in exam mode");
  const a = findAnswer(attempt, itemSlug);
  if (isLocked(attempt, a)) throw new HttpError(409, "This question is already answered");
  const total = ((a.itemVersion.content as { hints?: unknown[] }).hints ?? []).length;
  if (a.hintsUsed >= total) throw new HttpError(409, "No more hints for this question");
  await withPracticeHelp(db, userId, a, opts.now?.() ?? new Date(), (tx) =>
    tx.answer.update({ where: { id: a.id }, data: { hintsUsed: { increment: 1 } } }),
  );
  return getOwnedAttempt(db, userId, attemptId, opts);
}

export async function revealAnswer(db: PrismaClient, userId: string, attemptId: string, itemSlug: string, opts: ServiceOptions = {}) {
  const attempt = await getOwnedAttempt(db, userId, attemptId, opts);
  assertOpen(attempt);
  if (attempt.mode !== "practice") throw new HttpError(409, "Revealing the answer is not available in exam mode");
  const a = findAnswer(attempt, itemSlug);
  if (isLocked(attempt, a)) throw new HttpError(409, "This question is already answered");
  await withPracticeHelp(db, userId, a, opts.now?.() ?? new Date(), (tx) =>
    tx.answer.update({ where: { id: a.id }, data: { revealed: true, correct: false, score: 0 } }),
  );
  return getOwnedAttempt(db, userId, attemptId, opts);
}

// ---------------------------------------------------------------------------------------------
// Submit / expire

export async function submitAttempt(db: PrismaClient, userId: string, attemptId: string, opts: ServiceOptions = {}) {
  const attempt = await getOwnedAttempt(db, userId, attemptId, opts);
  // Submitted after the deadline (within the grace period, e.g. by the browser's countdown): recorded as expired.
  const now = opts.now?.() ?? new Date();
  const late = isOverdue(attempt, now);
  if (attempt.status === "in_progress" && attempt.mode === "practice") {
    // a submitted practice attempt shows every answer and explanation: not while an exam on one of its items is open
    await assertNoOpenExamWith(
      db,
      userId,
      attempt.answers.map((a) => a.itemVersion.itemId),
      now,
    );
  }
  if (attempt.status === "in_progress") await finalize(db, attempt, late ? "expired" : "submitted", opts);
  return getOwnedAttempt(db, userId, attemptId, opts);
}

/**
 * Finalising writes every answer's grade (one statement) and each question's review state: a 100-question mock exam
 * on a loaded server once outlasted Prisma's default 5 s, so finalising gets 30 s.
 */
const FINALIZE_TX = { maxWait: 10_000, timeout: 30_000 };

const NOT_ANSWERED: StoredFeedback = {
  code: "attempt.not_answered",
  message: { en: "Not answered.", ja: "未解答です。" },
};

/** Grades what was saved and closes the attempt. Idempotent: only the first caller writes. */
export async function finalize(
  db: PrismaClient,
  attempt: LoadedAttempt,
  status: "submitted" | "expired",
  opts: ServiceOptions = {},
): Promise<void> {
  const now = opts.now?.() ?? new Date();
  const grades: AnswerGrade[] = [];
  for (const a of attempt.answers) {
    if (attempt.mode === "practice" && isLocked(attempt as LoadedAttempt, a)) continue;
    if (attempt.mode === "practice" && a.tries > 0 && a.correct === false && !a.revealed) continue; // keep last checked grade
    if (isEmptyResponse(a.response)) {
      grades.push({ id: a.id, correct: false, score: 0, feedback: NOT_ANSWERED, tries: "keep" });
      continue;
    }
    const g = await gradeStored(attempt, a, a.response, opts);
    const factor = attempt.mode === "practice" ? practiceFactor(a.hintsUsed, a.tries) : 1;
    grades.push({
      id: a.id,
      correct: g.pending ? null : g.correct,
      score: g.pending ? null : g.score * factor,
      feedback: storedFeedback(g),
      tries: attempt.mode === "exam" ? "one" : "increment",
    });
  }
  const points = new Map((attempt.test?.items ?? []).map((t) => [t.itemId, t.points]));
  const finalized = await db.$transaction(async (tx) => {
    const claimed = await tx.testAttempt.updateMany({
      where: { id: attempt.id, status: "in_progress" },
      data: { status, submittedAt: now },
    });
    if (claimed.count === 0) return false; // someone else finalised it first
    await writeAnswerGrades(tx, grades);
    await recomputeAttemptScore(tx, attempt.id, points);
    await recordAttemptOutcomes(tx, attempt.id, now); // spaced review (lib/review), once per attempt
    return true;
  }, FINALIZE_TX);
  // an assignment placed in an LMS gets the new result in its gradebook (lib/lti/score-queue.ts)
  if (finalized && attempt.assignmentId) await scoreChanged(db, { kind: "attempt", attemptId: attempt.id });
}

/**
 * Recomputes and stores an attempt's total: Σ points × (manualScore ?? score ?? 0) over its answers, and maxScore.
 * `points` (itemId → points) defaults to the attempt's test items (1 each in a review session). Used by finalize and by manual grading (lib/gradebook).
 */
export async function recomputeAttemptScore(
  tx: Prisma.TransactionClient,
  attemptId: string,
  points?: Map<string, number>,
): Promise<{ score: number; maxScore: number }> {
  if (!points) {
    const a = await tx.testAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { test: { select: { items: true } } } });
    points = new Map((a.test?.items ?? []).map((t) => [t.itemId, t.points]));
  }
  const rows = await tx.answer.findMany({ where: { attemptId }, include: { itemVersion: { select: { itemId: true } } } });
  let score = 0;
  let max = 0;
  for (const r of rows) {
    const p = points.get(r.itemVersion.itemId) ?? 1;
    max += p;
    score += p * (r.manualScore ?? r.score ?? 0);
  }
  await tx.testAttempt.update({ where: { id: attemptId }, data: { score: round(score), maxScore: max } });
  return { score: round(score), maxScore: max };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
