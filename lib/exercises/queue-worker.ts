// Grading workers: take jobs from the pg-boss queue, grade in the thread pool, write results exactly once.
//
// Exactly once: the results, the score and status `graded` are written in ONE transaction whose first statement is
// `UPDATE "Submission" ... WHERE id = $1 AND status NOT IN ('graded', 'error')`. A second delivery of the same job
// (a retry after a worker crash, after the first one had in fact committed; or a duplicate) finds the row already
// graded — or waits on its row lock and then finds it graded — and writes nothing. TestResult's
// @@unique([submissionId, testName]) is the last line of defence.
import pg from "pg";
import type PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { GraderPool, GradingCrashError, GradingTimeoutError } from "@/lib/grader-pool/pool";
import type { GradableVersion, GradeReport } from "@/lib/grader-pool/grade-task";
import { recordSubmissionOutcome } from "@/lib/review/outcome";
import { getQueue, GRADING_CHANNEL, GRADING_QUEUE, gradingEvents, queueSettings, type GradingJobData } from "./queue";

export type GradeOutcome = "graded" | "error" | "duplicate" | "missing";

/** Writes a grade report for a job. Returns false (and writes nothing) when the submission was already final. */
export async function writeGradeResult(prisma: PrismaClient, data: Pick<GradingJobData, "submissionId" | "gradingJobId"> & { reason?: GradingJobData["reason"] }, report: GradeReport): Promise<boolean> {
  const written = await writeGradeResultTx(prisma, data, report);
  if (written) gradingEvents().emit(data.submissionId);
  return written;
}

function writeGradeResultTx(prisma: PrismaClient, data: Pick<GradingJobData, "submissionId" | "gradingJobId"> & { reason?: GradingJobData["reason"] }, report: GradeReport): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    // One statement: claim the submission (the exactly-once guard) and finish the GradingJob (marked as a duplicate
    // delivery when the claim found the submission already final).
    const [claimed] = await tx.$queryRaw<{ n: number }[]>`WITH s AS (
        UPDATE "Submission" SET status = 'graded', score = ${report.score}, "maxScore" = ${report.maxScore}, "gradedAt" = ${now}
        WHERE id = ${data.submissionId}::uuid AND status NOT IN ('graded', 'error') RETURNING id
      ), j AS (
        UPDATE "GradingJob" SET status = 'graded', "finishedAt" = ${now},
          error = CASE WHEN EXISTS (SELECT 1 FROM s) THEN NULL ELSE 'duplicate delivery: the submission was already graded' END
        WHERE id = ${data.gradingJobId}::uuid RETURNING id
      )
      SELECT (SELECT count(*) FROM s)::int AS n, (SELECT count(*) FROM j)::int AS j`;
    if (!claimed || claimed.n === 0) return false;
    // a regrade replaces earlier results; a first grading has none (results are only written together with `graded`)
    if (data.reason !== "submit") await tx.testResult.deleteMany({ where: { submissionId: data.submissionId } });
    await tx.testResult.createMany({
      data: report.tests.map((t) => ({
        submissionId: data.submissionId,
        testName: t.name,
        hidden: t.hidden,
        passed: t.passed,
        points: t.points,
        maxPoints: t.maxPoints,
        durationMs: t.durationMs,
        // hidden tests keep nothing a learner could use to reverse-engineer them
        feedback: (t.hidden
          ? { passed: t.passed }
          : {
              ...t.feedback,
              ...(t.expected !== undefined ? { expected: t.expected } : {}),
              ...(t.got !== undefined ? { got: t.got } : {}),
              ...(t.error ? { error: t.error } : {}),
            }) as unknown as Prisma.InputJsonValue,
      })),
    });
    await recordSubmissionOutcome(tx, data.submissionId, now); // spaced review (lib/review)
    return true;
  }, { timeout: 15_000, maxWait: 10_000 });
}

/** Marks the submission failed with a learner-readable message (same exactly-once guard). */
export async function writeGradeError(prisma: PrismaClient, data: Pick<GradingJobData, "submissionId" | "gradingJobId">, message: string): Promise<boolean> {
  const written = await writeGradeErrorTx(prisma, data, message);
  if (written) gradingEvents().emit(data.submissionId);
  return written;
}

function writeGradeErrorTx(prisma: PrismaClient, data: Pick<GradingJobData, "submissionId" | "gradingJobId">, message: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.submission.updateMany({
      where: { id: data.submissionId, status: { notIn: ["graded", "error"] } },
      data: { status: "error", gradedAt: new Date() },
    });
    await finishJob(tx, data.gradingJobId, claimed.count ? "error" : "graded", claimed.count ? message : "duplicate delivery: the submission was already final");
    return claimed.count > 0;
  });
}

async function finishJob(tx: Prisma.TransactionClient, id: string, status: "graded" | "error", error: string | null) {
  await tx.gradingJob.updateMany({ where: { id }, data: { status, error, finishedAt: new Date() } });
}

/**
 * ExerciseVersion content/secret by version id. Versions are immutable (a change makes a new version), so the large
 * JSON columns are read once per process instead of once per job.
 */
const versionCache = new Map<string, Promise<GradableVersion | null>>();
const VERSION_CACHE_MAX = 500;

function loadVersion(prisma: PrismaClient, id: string): Promise<GradableVersion | null> {
  let p = versionCache.get(id);
  if (!p) {
    p = prisma.exerciseVersion.findUnique({ where: { id }, select: { id: true, content: true, secret: true } });
    if (versionCache.size >= VERSION_CACHE_MAX) versionCache.delete(versionCache.keys().next().value!);
    versionCache.set(id, p);
    p.then((v) => { if (!v) versionCache.delete(id); }, () => versionCache.delete(id));
  }
  return p;
}

/** Handles one delivery of a grading job. Throws only for infrastructure failures (pg-boss then retries). */
export async function handleGradingJob(prisma: PrismaClient, pool: GraderPool, data: GradingJobData): Promise<GradeOutcome> {
  const job = await prisma.gradingJob.findUnique({
    where: { id: data.gradingJobId },
    select: {
      status: true,
      submission: { select: { id: true, status: true, code: true, exerciseVersionId: true } },
    },
  });
  if (!job) return "missing";
  const sub = job.submission;
  if (job.status === "graded" || job.status === "error" || sub.status === "graded" || sub.status === "error") {
    if (job.status !== "graded" && job.status !== "error") await finishJob(prisma, data.gradingJobId, "graded", "duplicate delivery: the submission was already final");
    return "duplicate";
  }
  const [version] = await Promise.all([
    loadVersion(prisma, sub.exerciseVersionId),
    // both updates in one statement (one round-trip, atomic)
    prisma.$executeRaw`WITH j AS (
        UPDATE "GradingJob" SET status = 'running', attempts = attempts + 1, "startedAt" = now() WHERE id = ${data.gradingJobId}::uuid RETURNING id
      )
      UPDATE "Submission" SET status = 'running' WHERE id = ${sub.id}::uuid AND status = 'queued'`,
  ]);
  if (!version) return "missing";
  let report: GradeReport;
  try {
    report = await pool.run(version, sub.code);
  } catch (e) {
    if (e instanceof GradingTimeoutError || e instanceof GradingCrashError) {
      return (await writeGradeError(prisma, data, e.message)) ? "error" : "duplicate";
    }
    throw e;
  }
  return (await writeGradeResult(prisma, data, report)) ? "graded" : "duplicate";
}

export interface GradingWorker {
  pool: GraderPool;
  stop(): Promise<void>;
}

/**
 * Starts `concurrency` pg-boss work loops feeding one GraderPool, woken by NOTIFY on GRADING_CHANNEL (pg-boss's
 * polling is the fallback). Used by instrumentation.ts (embedded in the web process) and scripts/worker.ts.
 */
export async function startGradingWorker(
  prisma: PrismaClient,
  opts: { url?: string; pool?: GraderPool; concurrency?: number; log?: (line: string) => void } = {},
): Promise<GradingWorker> {
  const url = opts.url ?? process.env.DATABASE_URL ?? "";
  const log = opts.log ?? ((l: string) => console.log(`[grading] ${l}`));
  const boss: PgBoss = await getQueue(url);
  const pool = opts.pool ?? new GraderPool();
  await pool.ready();
  const concurrency = opts.concurrency ?? Number(process.env.KAKUNIN_GRADING_CONCURRENCY || 2);
  // Each loop fetches up to `batchSize` jobs per round-trip and grades them concurrently across the pool. A job
  // whose handling throws (infrastructure failure) is failed on its own, so pg-boss retries it; the others complete.
  const batchSize = Math.max(1, Number(process.env.KAKUNIN_GRADING_BATCH || pool.size * 2));
  const s = queueSettings();
  const ids: string[] = [];
  for (let i = 0; i < concurrency; i++) {
    let self = "";
    self = await boss.work<GradingJobData>(GRADING_QUEUE, { batchSize, pollingIntervalSeconds: s.pollingIntervalSeconds }, async (jobs) => {
      if (!jobs.length) return;
      try {
        const settled = await Promise.allSettled(jobs.map((job) => handleGradingJob(prisma, pool, job.data)));
        const failed = jobs.filter((_, k) => settled[k]!.status === "rejected");
        if (failed.length === jobs.length) throw (settled[0] as PromiseRejectedResult).reason;
        for (const [k, job] of jobs.entries()) {
          const r = settled[k]!;
          if (r.status === "rejected") {
            const err = r.reason instanceof Error ? r.reason : new Error(String(r.reason));
            await boss.fail(GRADING_QUEUE, job.id, { message: err.message, stack: err.stack }).catch(() => {});
          }
        }
        return jobs.length === 1 ? { outcome: (settled[0] as PromiseFulfilledResult<GradeOutcome>).value } : undefined;
      } finally {
        // pg-boss sleeps a polling interval after every batch unless notified: while there is work, fetch again at once
        if (self) boss.notifyWorker(self);
      }
    });
    ids.push(self);
  }
  // LISTEN for new jobs; reconnects when the connection drops.
  let listener: pg.Client | null = null;
  let stopped = false;
  const listen = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString: url, application_name: "kakunin-grading-listen" });
    c.on("error", () => {});
    c.on("end", () => {
      if (!stopped) setTimeout(() => void listen().catch(() => {}), 1000);
    });
    c.on("notification", () => {
      for (const id of ids) boss.notifyWorker(id);
    });
    await c.connect();
    await c.query(`LISTEN ${GRADING_CHANNEL}`);
    listener = c;
    for (const id of ids) boss.notifyWorker(id); // jobs that arrived while not listening
  };
  await listen();
  log(`worker started: ${pool.size} grading thread(s), ${concurrency} queue loop(s) × batch ${batchSize}`);
  return {
    pool,
    async stop() {
      stopped = true;
      await listener?.end().catch(() => {});
      for (const id of ids) await boss.offWork({ id }).catch(() => {});
      await pool.close();
    },
  };
}
