// Code submissions: store first (status queued) with a GradingJob and the queue job in ONE transaction, answer at
// once; grading happens in a worker (lib/exercises/queue-worker.ts). Reading, listing, regrading.
import crypto from "node:crypto";
import type PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AppRole } from "@/lib/auth/roles";
import { assertSubmissionAllowed } from "@/lib/assignments/service";
import { canSeeLearner } from "@/lib/classes/access";
import { enqueueGradingInTx, GRADING_CHANNEL } from "./queue";
import { isUuid } from "@/lib/http/ids";

export const MAX_CODE_BYTES = 64 * 1024;

export class SubmissionError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "SubmissionError";
  }
}

/** Submissions allowed per learner per minute (KAKUNIN_SUBMIT_RATE_PER_MIN, default 10). */
export function submitRatePerMinute(): number {
  const v = Number(process.env.KAKUNIN_SUBMIT_RATE_PER_MIN);
  return Number.isFinite(v) && v > 0 ? Math.floor(v) : 10;
}

export interface SubmitInput {
  userId: string;
  exerciseSlug: string;
  code: string;
  idempotencyKey: string;
  /** A class assignment the code is submitted for (lib/assignments); null/absent = self-study. */
  assignmentId?: string | null;
}

export interface SubmitResult {
  id: string;
  status: string;
  position: number | null;
  /** false when the idempotency key matched an earlier submission. */
  created: boolean;
}

/** 1-based place in the grading queue of a queued submission (null once it is running or done). */
export async function queuePosition(
  prisma: PrismaClient | Prisma.TransactionClient,
  sub: { status: string; createdAt: Date },
): Promise<number | null> {
  if (sub.status !== "queued") return null;
  const n = await prisma.submission.count({ where: { status: "queued", createdAt: { lt: sub.createdAt } } });
  return n + 1;
}

/** What the submit statement found and did (one row). */
interface SubmitRow {
  /** 1 when the exercise exists, is not retired and has its current version. */
  exercise: number;
  /** 1 when the submission, its GradingJob were inserted. */
  created: number;
  /** Submissions of this learner in the last minute (at most `limit` counted) and the oldest of those. */
  recent: number;
  oldestRecent: Date | null;
  /** The submission this learner already stored under this idempotency key. */
  priorId: string | null;
  priorStatus: string | null;
  priorSlug: string | null;
  /** Queued submissions created before this one (the new one, or the prior one when it is still queued). */
  ahead: number;
}

/**
 * Stores a submission and enqueues its grading. Idempotent: the same user + idempotencyKey always answers with the
 * one submission stored for it. Rate limited per learner (SubmissionError 429 with Retry-After).
 *
 * Hot path (every learner's Submit): one transaction of four round-trips — BEGIN + the learner's advisory lock, ONE
 * statement that checks the key, the exercise and the rate limit and inserts the Submission and its GradingJob (and
 * counts the queue ahead and notifies the workers), the pg-boss job insert, COMMIT. The lock comes first, in its own
 * statement, because a statement reads the snapshot taken when it starts: the check after it then sees every
 * earlier submission of this learner, so the rate limit and the idempotency check are exact.
 */
export async function submitCode(
  prisma: PrismaClient,
  boss: PgBoss,
  input: SubmitInput,
  opts: { ratePerMinute?: number; now?: () => Date } = {},
): Promise<SubmitResult> {
  const limit = opts.ratePerMinute ?? submitRatePerMinute();
  const now = opts.now?.() ?? new Date();
  const windowStart = new Date(now.getTime() - 60_000);
  const id = crypto.randomUUID();
  const gradingJobId = crypto.randomUUID();
  const assignmentId = input.assignmentId ?? null;
  if (assignmentId) {
    // For an assignment: visible, the exercise part of it, open, attempts left (a replay of the same key is not new work).
    const prior = await prisma.submission.findUnique({
      where: { userId_idempotencyKey: { userId: input.userId, idempotencyKey: input.idempotencyKey } },
      select: { id: true },
    });
    if (!prior) {
      const exercise = await prisma.exercise.findUnique({ where: { slug: input.exerciseSlug }, select: { id: true } });
      if (!exercise) throw new SubmissionError(404, "Exercise not found");
      await assertSubmissionAllowed(prisma, input.userId, assignmentId, exercise.id, now);
    }
  }
  let row: SubmitRow;
  try {
    row = await prisma.$transaction(
      async (tx) => {
        // Serialise this learner's submissions (see above).
        await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext($1))`, `kakunin-submit:${input.userId}`);
        const [r] = await tx.$queryRaw<SubmitRow[]>`WITH ex AS (
          SELECT v.id FROM "Exercise" e JOIN "ExerciseVersion" v ON v."exerciseId" = e.id AND v.version = e."currentVersion"
          WHERE e.slug = ${input.exerciseSlug} AND NOT e.retired
        ), prior AS (
          SELECT s.id, s.status::text AS status, s."createdAt", e.slug FROM "Submission" s
          JOIN "ExerciseVersion" v ON v.id = s."exerciseVersionId" JOIN "Exercise" e ON e.id = v."exerciseId"
          WHERE s."userId" = ${input.userId}::uuid AND s."idempotencyKey" = ${input.idempotencyKey}
        ), recent AS (
          SELECT "createdAt" FROM "Submission" WHERE "userId" = ${input.userId}::uuid AND "createdAt" > ${windowStart}
          ORDER BY "createdAt" DESC LIMIT ${limit}
        ), sub AS (
          INSERT INTO "Submission" (id, "userId", "exerciseVersionId", "idempotencyKey", code, status, "createdAt", "assignmentId")
          SELECT ${id}::uuid, ${input.userId}::uuid, ex.id, ${input.idempotencyKey}, ${input.code}, 'queued'::"SubmissionStatus", ${now}, ${assignmentId}::uuid
          FROM ex WHERE NOT EXISTS (SELECT 1 FROM prior) AND (SELECT count(*) FROM recent) < ${limit}
          RETURNING id
        ), job AS (
          INSERT INTO "GradingJob" (id, "submissionId", reason, status, "queueJobId", "createdAt")
          SELECT ${gradingJobId}::uuid, sub.id, 'submit', 'queued'::"SubmissionStatus", ${gradingJobId}, ${now} FROM sub
          RETURNING id
        )
        SELECT (SELECT count(*) FROM ex)::int AS exercise,
          (SELECT count(*) FROM job)::int AS created,
          (SELECT count(*) FROM recent)::int AS recent,
          (SELECT min("createdAt") FROM recent) AS "oldestRecent",
          p.id::text AS "priorId", p.status AS "priorStatus", p.slug AS "priorSlug",
          (SELECT count(*) FROM "Submission" q WHERE q.status = 'queued' AND q."createdAt" < COALESCE(p."createdAt", ${now}))::int AS ahead,
          -- wakes the workers at COMMIT, after the queue job below is inserted too
          (SELECT count(*) FROM (SELECT pg_notify(${GRADING_CHANNEL}, '') FROM job) AS n)::int AS notified
        FROM (SELECT 1) AS one LEFT JOIN prior p ON true`;
        if (r!.created) await enqueueGradingInTx(boss, tx, { submissionId: id, gradingJobId, reason: "submit" }, { notify: false });
        return r!;
      },
      { timeout: 15_000, maxWait: 10_000 },
    );
  } catch (e) {
    // The lock makes a concurrent duplicate impossible; the unique index is the last line of defence.
    if (!isUniqueViolation(e)) throw e;
    return replayByKey(prisma, input);
  }
  if (row.priorId) {
    if (row.priorSlug !== input.exerciseSlug)
      throw new SubmissionError(409, "This idempotencyKey was already used for a submission to another exercise");
    return { id: row.priorId, status: row.priorStatus!, position: row.priorStatus === "queued" ? row.ahead + 1 : null, created: false };
  }
  if (!row.exercise) throw new SubmissionError(404, "Exercise not found");
  if (!row.created) {
    const oldest = (row.oldestRecent ?? now).getTime();
    const retryAfter = Math.max(1, Math.ceil((oldest + 60_000 - now.getTime()) / 1000));
    throw new SubmissionError(
      429,
      `Too many submissions: at most ${limit} per minute. Please wait ${retryAfter} s before submitting again.`,
      { retryAfter, limit },
      { "retry-after": String(retryAfter) },
    );
  }
  return { id, status: "queued", position: row.ahead + 1, created: true };
}

function isUniqueViolation(e: unknown): boolean {
  if (!(e instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return e.code === "P2002" || (e.code === "P2010" && /23505|unique/i.test(JSON.stringify(e.meta ?? {})));
}

async function replayByKey(prisma: PrismaClient, input: SubmitInput): Promise<SubmitResult> {
  const sub = await prisma.submission.findUniqueOrThrow({
    where: { userId_idempotencyKey: { userId: input.userId, idempotencyKey: input.idempotencyKey } },
    include: { exerciseVersion: { select: { exercise: { select: { slug: true } } } } },
  });
  if (sub.exerciseVersion.exercise.slug !== input.exerciseSlug) {
    throw new SubmissionError(409, "This idempotencyKey was already used for a submission to another exercise");
  }
  return { id: sub.id, status: sub.status, position: await queuePosition(prisma, sub), created: false };
}

export interface Viewer {
  id: string;
  role: AppRole;
}

export interface SubmissionView {
  id: string;
  exerciseSlug: string;
  status: string;
  position: number | null;
  score: number | null;
  maxScore: number | null;
  error: string | null;
  results: Array<
    | { name: string; hidden: true; passed: boolean }
    | { name: string; hidden: false; passed: boolean; points: number; maxPoints: number; durationMs: number; feedback: unknown }
  >;
  createdAt: string;
  gradedAt: string | null;
}

interface ViewRow {
  id: string;
  userId: string;
  exerciseSlug: string;
  status: string;
  score: number | null;
  maxScore: number | null;
  createdAt: Date;
  gradedAt: Date | null;
  position: number | null;
  jobError: string | null;
  results: unknown;
}

interface ResultRow {
  testName: string;
  hidden: boolean;
  passed: boolean;
  points: number;
  maxPoints: number;
  durationMs: number;
  feedback: unknown;
}

/**
 * A submission as its owner (or an instructor) may see it; null when it does not exist or is not theirs.
 * One statement: the submission, its exercise, queue position, last job error and results (public tests first,
 * each group in the order the grader wrote them).
 */
export async function getSubmissionForViewer(prisma: PrismaClient, viewer: Viewer, id: string): Promise<SubmissionView | null> {
  if (!isUuid(id)) return null;
  const [sub] = await prisma.$queryRaw<ViewRow[]>`SELECT s.id::text AS id, s."userId"::text AS "userId", e.slug AS "exerciseSlug",
      s.status::text AS status, s.score, s."maxScore", s."createdAt", s."gradedAt",
      CASE WHEN s.status = 'queued' THEN (SELECT count(*) FROM "Submission" q WHERE q.status = 'queued' AND q."createdAt" < s."createdAt")::int + 1 END AS position,
      CASE WHEN s.status = 'error' THEN (SELECT j.error FROM "GradingJob" j WHERE j."submissionId" = s.id ORDER BY j."createdAt" DESC LIMIT 1) END AS "jobError",
      (SELECT COALESCE(json_agg(json_build_object('testName', r."testName", 'hidden', r.hidden, 'passed', r.passed, 'points', r.points,
          'maxPoints', r."maxPoints", 'durationMs', r."durationMs", 'feedback', r.feedback) ORDER BY r.hidden, r.ctid), '[]'::json)::text
        FROM "TestResult" r WHERE r."submissionId" = s.id) AS results
    FROM "Submission" s JOIN "ExerciseVersion" v ON v.id = s."exerciseVersionId" JOIN "Exercise" e ON e.id = v."exerciseId"
    WHERE s.id = ${id}::uuid`;
  if (!sub) return null;
  if (sub.userId !== viewer.id && !(await canSeeLearner(prisma, viewer, sub.userId))) return null;
  const results = (typeof sub.results === "string" ? JSON.parse(sub.results) : sub.results) as ResultRow[];
  return {
    id: sub.id,
    exerciseSlug: sub.exerciseSlug,
    status: sub.status,
    position: sub.position,
    score: sub.score,
    maxScore: sub.maxScore,
    error: sub.status === "error" ? (sub.jobError ?? "Grading failed") : null,
    results: results.map((r) =>
      r.hidden
        ? { name: r.testName, hidden: true as const, passed: r.passed }
        : {
            name: r.testName,
            hidden: false as const,
            passed: r.passed,
            points: r.points,
            maxPoints: r.maxPoints,
            durationMs: r.durationMs,
            feedback: r.feedback,
          },
    ),
    createdAt: sub.createdAt.toISOString(),
    gradedAt: sub.gradedAt?.toISOString() ?? null,
  };
}

export interface SubmissionStatus {
  status: string;
  score: number | null;
  maxScore: number | null;
  position: number | null;
  gradedAt: string | null;
}

/** Cheap status read for the SSE stream (one statement, queue position included). */
export async function getSubmissionStatus(prisma: PrismaClient, viewer: Viewer, id: string): Promise<SubmissionStatus | null> {
  if (!isUuid(id)) return null;
  const [sub] = await prisma.$queryRaw<(Omit<SubmissionStatus, "gradedAt"> & { userId: string; gradedAt: Date | null })[]>`SELECT
      s."userId"::text AS "userId", s.status::text AS status, s.score, s."maxScore", s."gradedAt",
      CASE WHEN s.status = 'queued' THEN (SELECT count(*) FROM "Submission" q WHERE q.status = 'queued' AND q."createdAt" < s."createdAt")::int + 1 END AS position
    FROM "Submission" s WHERE s.id = ${id}::uuid`;
  if (!sub || (sub.userId !== viewer.id && !(await canSeeLearner(prisma, viewer, sub.userId)))) return null;
  return {
    status: sub.status,
    score: sub.score,
    maxScore: sub.maxScore,
    position: sub.position,
    gradedAt: sub.gradedAt?.toISOString() ?? null,
  };
}

/** The learner's own submissions to an exercise (all versions), newest first. */
export async function listSubmissions(prisma: PrismaClient, userId: string, exerciseSlug: string, take = 50) {
  const exercise = await prisma.exercise.findUnique({ where: { slug: exerciseSlug }, select: { id: true } });
  if (!exercise) return null;
  const rows = await prisma.submission.findMany({
    where: { userId, exerciseVersion: { exerciseId: exercise.id } },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, createdAt: true, status: true, score: true, maxScore: true, code: true },
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/**
 * Re-grades every submission of an exercise through the same queue (reason "regrade"): each gets a new GradingJob
 * and goes back to status queued (its previous score and results stay visible until the new ones replace them).
 * Returns the number enqueued and `since`, to pass to regradeProgress().
 */
export async function regradeExercise(
  prisma: PrismaClient,
  boss: PgBoss,
  exerciseSlug: string,
): Promise<{ enqueued: number; since: string }> {
  const exercise = await prisma.exercise.findUnique({ where: { slug: exerciseSlug }, select: { id: true } });
  if (!exercise) throw new SubmissionError(404, "Exercise not found");
  const since = new Date();
  const subs = await prisma.submission.findMany({
    where: { exerciseVersion: { exerciseId: exercise.id } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  let enqueued = 0;
  for (let i = 0; i < subs.length; i += 200) {
    const chunk = subs.slice(i, i + 200);
    await prisma.$transaction(
      async (tx) => {
        for (const s of chunk) {
          const gradingJobId = crypto.randomUUID();
          await tx.gradingJob.create({
            data: { id: gradingJobId, submissionId: s.id, reason: "regrade", status: "queued", queueJobId: gradingJobId, createdAt: since },
          });
          await tx.submission.update({ where: { id: s.id }, data: { status: "queued" } });
          await enqueueGradingInTx(boss, tx, { submissionId: s.id, gradingJobId, reason: "regrade" });
          enqueued++;
        }
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  }
  return { enqueued, since: since.toISOString() };
}

/** Counts of the regrade jobs of an exercise started at or after `since`, by status. */
export async function regradeProgress(prisma: PrismaClient, exerciseSlug: string, since: string | Date) {
  const groups = await prisma.gradingJob.groupBy({
    by: ["status"],
    where: {
      reason: "regrade",
      createdAt: { gte: new Date(since) },
      submission: { exerciseVersion: { exercise: { slug: exerciseSlug } } },
    },
    _count: { _all: true },
  });
  const out = { total: 0, queued: 0, running: 0, graded: 0, error: 0 };
  for (const g of groups) {
    out[g.status] = g._count._all;
    out.total += g._count._all;
  }
  return { ...out, done: out.graded + out.error };
}
