// Code submissions: store first (status queued) with a GradingJob and the queue job in ONE transaction, answer at
// once; grading happens in a worker (lib/exercises/queue-worker.ts). Reading, listing, regrading.
import crypto from "node:crypto";
import type PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { hasRole, type AppRole } from "@/lib/auth/roles";
import { enqueueGradingInTx } from "./queue";

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
}

export interface SubmitResult {
  id: string;
  status: string;
  position: number | null;
  /** false when the idempotency key matched an earlier submission. */
  created: boolean;
}

/** 1-based place in the grading queue of a queued submission (null once it is running or done). */
export async function queuePosition(prisma: PrismaClient | Prisma.TransactionClient, sub: { status: string; createdAt: Date }): Promise<number | null> {
  if (sub.status !== "queued") return null;
  const n = await prisma.submission.count({ where: { status: "queued", createdAt: { lt: sub.createdAt } } });
  return n + 1;
}

/**
 * Stores a submission and enqueues its grading. Idempotent: the same user + idempotencyKey always answers with the
 * one submission stored for it. Rate limited per learner (SubmissionError 429 with Retry-After).
 */
export async function submitCode(
  prisma: PrismaClient,
  boss: PgBoss,
  input: SubmitInput,
  opts: { ratePerMinute?: number; now?: () => Date } = {},
): Promise<SubmitResult> {
  const limit = opts.ratePerMinute ?? submitRatePerMinute();
  const existing = await prisma.submission.findUnique({
    where: { userId_idempotencyKey: { userId: input.userId, idempotencyKey: input.idempotencyKey } },
    include: { exerciseVersion: { select: { exercise: { select: { slug: true } } } } },
  });
  if (existing) return replay(prisma, existing, input.exerciseSlug);

  const exercise = await prisma.exercise.findUnique({
    where: { slug: input.exerciseSlug },
    select: { id: true, retired: true, currentVersion: true, versions: { select: { id: true, version: true } } },
  });
  const version = exercise?.versions.find((v) => v.version === exercise.currentVersion);
  if (!exercise || exercise.retired || !version) throw new SubmissionError(404, "Exercise not found");

  try {
    return await prisma.$transaction(async (tx) => {
      // Serialise this learner's submissions: the rate-limit count and the idempotency check are then exact.
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext($1))`, `kakunin-submit:${input.userId}`);
      // a concurrent submission with the same key (it held the lock first) makes create() fail with P2002 → replay
      const now = opts.now?.() ?? new Date();
      const windowStart = new Date(now.getTime() - 60_000);
      const recent = await tx.submission.findMany({
        where: { userId: input.userId, createdAt: { gt: windowStart } },
        select: { createdAt: true },
        orderBy: { createdAt: "asc" },
      });
      if (recent.length >= limit) {
        const oldest = recent[recent.length - limit]!.createdAt.getTime();
        const retryAfter = Math.max(1, Math.ceil((oldest + 60_000 - now.getTime()) / 1000));
        throw new SubmissionError(
          429,
          `Too many submissions: at most ${limit} per minute. Please wait ${retryAfter} s before submitting again.`,
          { retryAfter, limit },
          { "retry-after": String(retryAfter) },
        );
      }
      const gradingJobId = crypto.randomUUID();
      const sub = await tx.submission.create({
        data: {
          userId: input.userId,
          exerciseVersionId: version.id,
          idempotencyKey: input.idempotencyKey,
          code: input.code,
          status: "queued",
          createdAt: now,
          jobs: { create: { id: gradingJobId, reason: "submit", status: "queued", queueJobId: gradingJobId } },
        },
        select: { id: true, status: true, createdAt: true },
      });
      // notify the workers and count the queue ahead of this submission in one round-trip (= queuePosition(tx, sub))
      const ahead = await enqueueGradingInTx(boss, tx, { submissionId: sub.id, gradingJobId, reason: "submit" }, true);
      return { id: sub.id, status: sub.status, position: (ahead ?? 0) + 1, created: true };
    }, { timeout: 15_000, maxWait: 10_000 });
  } catch (e) {
    const isDup = e instanceof Replay || (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002");
    if (!isDup) throw e;
    const sub = await prisma.submission.findUnique({
      where: { userId_idempotencyKey: { userId: input.userId, idempotencyKey: input.idempotencyKey } },
      include: { exerciseVersion: { select: { exercise: { select: { slug: true } } } } },
    });
    if (!sub) throw e;
    return replay(prisma, sub, input.exerciseSlug);
  }
}

class Replay extends Error {}

async function replay(
  prisma: PrismaClient,
  sub: { id: string; status: string; createdAt: Date; exerciseVersion: { exercise: { slug: string } } },
  slug: string,
): Promise<SubmitResult> {
  if (sub.exerciseVersion.exercise.slug !== slug) {
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

/** A submission as its owner (or an instructor) may see it; null when it does not exist or is not theirs. */
export async function getSubmissionForViewer(prisma: PrismaClient, viewer: Viewer, id: string): Promise<SubmissionView | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const sub = await prisma.submission.findUnique({
    where: { id },
    include: {
      results: true,
      exerciseVersion: { select: { exercise: { select: { slug: true } } } },
      jobs: { orderBy: { createdAt: "desc" }, take: 1, select: { error: true } },
    },
  });
  if (!sub) return null;
  if (sub.userId !== viewer.id && !hasRole(viewer.role, "instructor")) return null;
  const order = (r: { hidden: boolean }) => (r.hidden ? 1 : 0);
  return {
    id: sub.id,
    exerciseSlug: sub.exerciseVersion.exercise.slug,
    status: sub.status,
    position: await queuePosition(prisma, sub),
    score: sub.score,
    maxScore: sub.maxScore,
    error: sub.status === "error" ? (sub.jobs[0]?.error ?? "Grading failed") : null,
    results: [...sub.results]
      .sort((a, b) => order(a) - order(b))
      .map((r) =>
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

/** Cheap status read for the SSE stream. */
export async function getSubmissionStatus(prisma: PrismaClient, viewer: Viewer, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const sub = await prisma.submission.findUnique({
    where: { id },
    select: { userId: true, status: true, score: true, maxScore: true, createdAt: true, gradedAt: true },
  });
  if (!sub || (sub.userId !== viewer.id && !hasRole(viewer.role, "instructor"))) return null;
  return { status: sub.status, score: sub.score, maxScore: sub.maxScore, position: await queuePosition(prisma, sub), gradedAt: sub.gradedAt?.toISOString() ?? null };
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
export async function regradeExercise(prisma: PrismaClient, boss: PgBoss, exerciseSlug: string): Promise<{ enqueued: number; since: string }> {
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
    await prisma.$transaction(async (tx) => {
      for (const s of chunk) {
        const gradingJobId = crypto.randomUUID();
        await tx.gradingJob.create({
          data: { id: gradingJobId, submissionId: s.id, reason: "regrade", status: "queued", queueJobId: gradingJobId, createdAt: since },
        });
        await tx.submission.update({ where: { id: s.id }, data: { status: "queued" } });
        await enqueueGradingInTx(boss, tx, { submissionId: s.id, gradingJobId, reason: "regrade" });
        enqueued++;
      }
    }, { timeout: 60_000, maxWait: 10_000 });
  }
  return { enqueued, since: since.toISOString() };
}

/** Counts of the regrade jobs of an exercise started at or after `since`, by status. */
export async function regradeProgress(prisma: PrismaClient, exerciseSlug: string, since: string | Date) {
  const groups = await prisma.gradingJob.groupBy({
    by: ["status"],
    where: { reason: "regrade", createdAt: { gte: new Date(since) }, submission: { exerciseVersion: { exercise: { slug: exerciseSlug } } } },
    _count: { _all: true },
  });
  const out = { total: 0, queued: 0, running: 0, graded: 0, error: 0 };
  for (const g of groups) {
    out[g.status] = g._count._all;
    out.total += g._count._all;
  }
  return { ...out, done: out.graded + out.error };
}
