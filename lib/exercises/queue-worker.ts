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
import { recordOutcome } from "@/lib/review/outcome";
import { getQueue, GRADED_CHANNEL, GRADING_CHANNEL, GRADING_QUEUE, gradingEvents, queueSettings, type GradingJobData } from "./queue";

export type GradeOutcome = "graded" | "error" | "duplicate" | "missing";

/** Writes a grade report for a job. Returns false (and writes nothing) when the submission was already final. */
export async function writeGradeResult(prisma: PrismaClient, data: Pick<GradingJobData, "submissionId" | "gradingJobId"> & { reason?: GradingJobData["reason"] }, report: GradeReport): Promise<boolean> {
  const written = await writeGradeResultTx(prisma, data, report);
  if (written) gradingEvents().emit(data.submissionId);
  return written;
}

/** The stored form of a test outcome: hidden tests keep nothing a learner could use to reverse-engineer them. */
function storedFeedback(t: GradeReport["tests"][number]): unknown {
  if (t.hidden) return { passed: t.passed };
  return {
    ...t.feedback,
    ...(t.expected !== undefined ? { expected: t.expected } : {}),
    ...(t.got !== undefined ? { got: t.got } : {}),
    ...(t.error ? { error: t.error } : {}),
  };
}

function writeGradeResultTx(prisma: PrismaClient, data: Pick<GradingJobData, "submissionId" | "gradingJobId"> & { reason?: GradingJobData["reason"] }, report: GradeReport): Promise<boolean> {
  const results = JSON.stringify(
    report.tests.map((t) => ({ testName: t.name, hidden: t.hidden, passed: t.passed, points: t.points, maxPoints: t.maxPoints, durationMs: t.durationMs, feedback: storedFeedback(t) })),
  );
  // a regrade replaces earlier results; a first grading has none (results are only written together with `graded`)
  const replace = data.reason !== "submit";
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    // ONE statement: claim the submission (the exactly-once guard), finish the GradingJob (marked as a duplicate
    // delivery when the claim found the submission already final), replace the TestResults (the DELETE runs to
    // completion first: the INSERT waits on its count), and tell listening web processes (at COMMIT).
    const [claimed] = await tx.$queryRaw<{ n: number; userId: string | null; exerciseId: string | null }[]>`WITH s AS (
        UPDATE "Submission" SET status = 'graded', score = ${report.score}, "maxScore" = ${report.maxScore}, "gradedAt" = ${now}
        WHERE id = ${data.submissionId}::uuid AND status NOT IN ('graded', 'error') RETURNING id, "userId", "exerciseVersionId"
      ), j AS (
        UPDATE "GradingJob" SET status = 'graded', "finishedAt" = ${now},
          error = CASE WHEN EXISTS (SELECT 1 FROM s) THEN NULL ELSE 'duplicate delivery: the submission was already graded' END
        WHERE id = ${data.gradingJobId}::uuid RETURNING id
      ), d AS (
        DELETE FROM "TestResult" WHERE ${replace} AND "submissionId" IN (SELECT id FROM s) RETURNING 1
      ), r AS (
        INSERT INTO "TestResult" (id, "submissionId", "testName", hidden, passed, points, "maxPoints", feedback, "durationMs")
        SELECT gen_random_uuid(), s.id, t."testName", t.hidden, t.passed, t.points, t."maxPoints", t.feedback, t."durationMs"
        FROM s, jsonb_to_recordset(${results}::jsonb) AS t("testName" text, hidden boolean, passed boolean, points float8, "maxPoints" float8, "durationMs" float8, feedback jsonb)
        WHERE (SELECT count(*) FROM d) >= 0
        RETURNING 1
      )
      SELECT (SELECT count(*) FROM s)::int AS n, (SELECT count(*) FROM j)::int AS j, (SELECT count(*) FROM r)::int AS r,
        s."userId"::text AS "userId", v."exerciseId"::text AS "exerciseId",
        (SELECT count(*) FROM (SELECT pg_notify(${GRADED_CHANNEL}, s.id::text) WHERE s.id IS NOT NULL) AS x)::int AS notified
      FROM (SELECT 1) AS one LEFT JOIN s ON true LEFT JOIN "ExerciseVersion" v ON v.id = s."exerciseVersionId"`;
    if (!claimed || claimed.n === 0) return false;
    // spaced review (lib/review), in the same transaction: exactly once per grading
    await recordOutcome(tx, {
      userId: claimed.userId!,
      exerciseId: claimed.exerciseId!,
      outcome: { kind: "submission", score: report.score, maxScore: report.maxScore },
      at: now,
    });
    return true;
  }, { timeout: 15_000, maxWait: 10_000 });
}

/** Marks the submission failed with a learner-readable message (same exactly-once guard). */
export async function writeGradeError(prisma: PrismaClient, data: Pick<GradingJobData, "submissionId" | "gradingJobId">, message: string): Promise<boolean> {
  const written = await writeGradeErrorTx(prisma, data, message);
  if (written) gradingEvents().emit(data.submissionId);
  return written;
}

async function writeGradeErrorTx(prisma: PrismaClient, data: Pick<GradingJobData, "submissionId" | "gradingJobId">, message: string): Promise<boolean> {
  const now = new Date();
  // one statement, so atomic without a transaction of its own
  const [r] = await prisma.$queryRaw<{ n: number }[]>`WITH s AS (
      UPDATE "Submission" SET status = 'error', "gradedAt" = ${now}
      WHERE id = ${data.submissionId}::uuid AND status NOT IN ('graded', 'error') RETURNING id
    ), j AS (
      UPDATE "GradingJob" SET "finishedAt" = ${now},
        status = CASE WHEN EXISTS (SELECT 1 FROM s) THEN 'error'::"SubmissionStatus" ELSE 'graded'::"SubmissionStatus" END,
        error = CASE WHEN EXISTS (SELECT 1 FROM s) THEN ${message} ELSE 'duplicate delivery: the submission was already final' END
      WHERE id = ${data.gradingJobId}::uuid RETURNING id
    )
    SELECT (SELECT count(*) FROM s)::int AS n, (SELECT count(*) FROM j)::int AS j,
      (SELECT count(*) FROM (SELECT pg_notify(${GRADED_CHANNEL}, id::text) FROM s) AS x)::int AS notified`;
  return (r?.n ?? 0) > 0;
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
  // ONE statement: read the job and its submission, and — unless either is already final — mark both running.
  const [job] = await prisma.$queryRaw<{ jobStatus: string; status: string; code: string; exerciseVersionId: string; started: number }[]>`WITH t AS (
      SELECT j.status::text AS "jobStatus", s.id, s.status::text AS status, s.code, s."exerciseVersionId"
      FROM "GradingJob" j JOIN "Submission" s ON s.id = j."submissionId" WHERE j.id = ${data.gradingJobId}::uuid
    ), j AS (
      UPDATE "GradingJob" SET status = 'running', attempts = attempts + 1, "startedAt" = now()
      WHERE id = ${data.gradingJobId}::uuid AND status NOT IN ('graded', 'error')
        AND EXISTS (SELECT 1 FROM t WHERE t.status NOT IN ('graded', 'error'))
      RETURNING id
    ), s AS (
      UPDATE "Submission" SET status = 'running' WHERE id = (SELECT id FROM t) AND status = 'queued' AND EXISTS (SELECT 1 FROM j)
      RETURNING id
    )
    SELECT t."jobStatus", t.status, t.code, t."exerciseVersionId"::text AS "exerciseVersionId",
      (SELECT count(*) FROM j)::int AS started
    FROM t`;
  if (!job) return "missing";
  if (!job.started) {
    if (job.jobStatus !== "graded" && job.jobStatus !== "error") await finishJob(prisma, data.gradingJobId, "graded", "duplicate delivery: the submission was already final");
    return "duplicate";
  }
  const version = await loadVersion(prisma, job.exerciseVersionId);
  if (!version) return "missing";
  let report: GradeReport;
  try {
    report = await pool.run(version, job.code);
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
