// Grading workers: take jobs from the pg-boss queue, grade them in the grader-process pool (lib/grader-pool), write
// results exactly once (lib/exercises/grade-write.ts). One grading per learner at a time across all workers; a job
// whose gradings were started MAX_GRADING_STARTS times by processes that died is not run again (poison pill).
import { monitorEventLoopDelay } from "node:perf_hooks";
import pg from "pg";
import type PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { GraderPool, GradingCrashError } from "@/lib/grader-pool/pool";
import type { GradeReport } from "./types";
import { testPlan, type GradableVersion } from "@/lib/grader-pool/plan";
import { notRunTest } from "@/lib/grader-pool/resource-limit";
import { writeGradeError, writeGradeResult } from "./grade-write";
import { getQueue, GRADING_CHANNEL, GRADING_QUEUE, queueSettings, type GradingJobData } from "./queue";

export type GradeOutcome = "graded" | "error" | "duplicate" | "missing" | "deferred";

export { writeGradeError, writeGradeResult } from "./grade-write";

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
    p.then(
      (v) => {
        if (!v) versionCache.delete(id);
      },
      () => versionCache.delete(id),
    );
  }
  return p;
}

/** A delivery that finds its job still `running` this long after it started is a re-delivery after a death. */
const abandonedAfterS = () => queueSettings().expireInSeconds / 2;
/** Gradings started per job before it is no longer run (a poison pill re-delivered after restarts). */
export const MAX_GRADING_STARTS = 2;
/** advisory-lock namespace of the per-learner check (pg_advisory_xact_lock(ns, hashtext(userId))) */
const LEARNER_LOCK_NS = 7261;

interface StartedJob {
  jobStatus: string;
  status: string;
  code: string;
  exerciseVersionId: string;
  userId: string;
  exerciseId: string;
  reviewCard: string | null;
  started: number;
  busy: number;
  suspect: number;
  poisoned: number;
}

/** Test outcomes that mean "the code exhausted a limit"; a learner with one in SUSPECT_MINUTES is a suspect. */
const LIMIT_CODES = ["exercise.resource_limit", "exercise.timeout", "exercise.memory"];
const SUSPECT_MINUTES = 10;
const SUSPECT_BACKOFF_DOUBLINGS = 3;

/**
 * Starts a delivery, in one transaction serialised per learner (advisory lock): reads the job, its submission and the
 * learner's review state of the exercise (for the result write) and — unless the job or submission is already final,
 * another job of the same learner is running (fairness: one grader per learner, across every worker process), or the
 * job was already started MAX_GRADING_STARTS times by processes that died (a poison pill) — marks both running.
 * A learner whose code exhausted its limits in the last SUSPECT_MINUTES (a suspect) also waits while the pool's slow
 * graders are all taken (`slowFull`), so bombers share the slow graders and never take the regular ones from others.
 * A job that waits is put back in pg-boss (its own row: state `created` again, not counted as a retry; a suspect's
 * behind every other job after 5 × deferSeconds — while the slow graders are all taken, doubled at each deferral up
 * to 2^SUSPECT_BACKOFF_DOUBLINGS: bombers' backlog fetched and put back every few seconds cost the web process and
 * PostgreSQL CPU that normal gradings waited for), in the same transaction, so it is never lost.
 */
async function startJob(
  prisma: PrismaClient,
  data: GradingJobData,
  queueJobId: string | undefined,
  slowFull: boolean,
): Promise<StartedJob | undefined> {
  const s = queueSettings();
  return prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT pg_advisory_xact_lock(${LEARNER_LOCK_NS}::int, hashtext(s."userId"::text)) IS NULL AS locked
      FROM "GradingJob" j JOIN "Submission" s ON s.id = j."submissionId" WHERE j.id = ${data.gradingJobId}::uuid`;
      const [job] = await tx.$queryRaw<StartedJob[]>`WITH t AS (
        SELECT j.status::text AS "jobStatus", j.attempts, j."startedAt", s.id, s.status::text AS status, s.code, s."exerciseVersionId", s."userId", v."exerciseId"
        FROM "GradingJob" j JOIN "Submission" s ON s.id = j."submissionId" JOIN "ExerciseVersion" v ON v.id = s."exerciseVersionId"
        WHERE j.id = ${data.gradingJobId}::uuid
      ), busy AS (
        SELECT 1 FROM "GradingJob" o JOIN "Submission" os ON os.id = o."submissionId"
        WHERE os."userId" = (SELECT "userId" FROM t) AND o.status = 'running' AND o.id <> ${data.gradingJobId}::uuid
          AND o."startedAt" > now() - ${s.expireInSeconds} * interval '1 second'
        LIMIT 1
      ), suspect AS (
        SELECT 1 FROM "Submission" ls JOIN "TestResult" lr ON lr."submissionId" = ls.id
        WHERE ls."userId" = (SELECT "userId" FROM t) AND ls."gradedAt" > now() - ${SUSPECT_MINUTES} * interval '1 minute'
          AND lr.feedback->>'code' = ANY(${LIMIT_CODES}::text[])
        LIMIT 1
      ), waits AS (
        SELECT 1 WHERE EXISTS (SELECT 1 FROM busy) OR (${slowFull} AND EXISTS (SELECT 1 FROM suspect))
      ), poisoned AS (
        SELECT 1 FROM t WHERE t."jobStatus" = 'running' AND t.attempts >= ${MAX_GRADING_STARTS}
          AND t."startedAt" < now() - ${abandonedAfterS()} * interval '1 second'
      ), j AS (
        UPDATE "GradingJob" SET status = 'running', attempts = attempts + 1, "startedAt" = now()
        WHERE id = ${data.gradingJobId}::uuid AND status NOT IN ('graded', 'error')
          AND EXISTS (SELECT 1 FROM t WHERE t.status NOT IN ('graded', 'error'))
          AND NOT EXISTS (SELECT 1 FROM waits) AND NOT EXISTS (SELECT 1 FROM poisoned)
        RETURNING id
      ), s AS (
        UPDATE "Submission" SET status = 'running' WHERE id = (SELECT id FROM t) AND status = 'queued' AND EXISTS (SELECT 1 FROM j)
        RETURNING id
      )
      SELECT t."jobStatus", t.status, t.code, t."exerciseVersionId"::text AS "exerciseVersionId", t."userId"::text AS "userId",
        t."exerciseId"::text AS "exerciseId", rs.card::text AS "reviewCard", (SELECT count(*) FROM j)::int AS started,
        (SELECT count(*) FROM waits)::int AS busy, (SELECT count(*) FROM suspect)::int AS suspect, (SELECT count(*) FROM poisoned)::int AS poisoned
      FROM t LEFT JOIN "ReviewState" rs ON rs."userId" = t."userId" AND rs."exerciseId" = t."exerciseId"`;
      if (job?.busy && !job.poisoned && queueJobId) {
        const suspect = job.suspect > 0;
        await tx.$executeRawUnsafe(
          `UPDATE pgboss.job SET state = 'created', started_on = NULL,
           start_after = now() + $2 * CASE WHEN $4 THEN power(2, LEAST(-LEAST(priority, 0), ${SUSPECT_BACKOFF_DOUBLINGS})) ELSE 1 END * interval '1 second',
           priority = CASE WHEN $3 THEN LEAST(priority, 0) - 1 ELSE priority END
         WHERE name = '${GRADING_QUEUE}' AND id = $1::uuid AND state = 'active'`,
          queueJobId,
          s.deferSeconds * (suspect ? 5 : 1),
          suspect,
          suspect && slowFull,
        );
      }
      return job;
    },
    { timeout: 15_000, maxWait: 10_000 },
  );
}

/**
 * Handles one delivery of a grading job. Throws only for infrastructure failures (pg-boss then retries).
 * `queueJobId`: the pg-boss job delivering it (to defer it when the learner already has a grading running).
 */
export async function handleGradingJob(
  prisma: PrismaClient,
  pool: GraderPool,
  data: GradingJobData,
  opts: { queueJobId?: string } = {},
): Promise<GradeOutcome> {
  const job = await startJob(prisma, data, opts.queueJobId, pool.slowFull());
  if (!job) return "missing";
  if (job.poisoned) {
    // started MAX_GRADING_STARTS times by processes that died before finishing: never run again
    const version = await loadVersion(prisma, job.exerciseVersionId);
    const report = version ? notRunReport(version) : null;
    const ok = report ? await writeGradeResult(prisma, data, report) : await writeGradeError(prisma, data, "grading stopped repeatedly");
    return ok ? "graded" : "duplicate";
  }
  if (!job.started) {
    if (job.busy) return "deferred";
    if (job.jobStatus !== "graded" && job.jobStatus !== "error")
      await finishJob(prisma, data.gradingJobId, "graded", "duplicate delivery: the submission was already final");
    return "duplicate";
  }
  const version = await loadVersion(prisma, job.exerciseVersionId);
  if (!version) return "missing";
  let report: GradeReport;
  try {
    report = await pool.run(version, job.code, { suspect: job.suspect > 0 });
  } catch (e) {
    if (e instanceof GradingCrashError) {
      return (await writeGradeError(prisma, data, e.message)) ? "error" : "duplicate";
    }
    throw e;
  }
  const seen = { userId: job.userId, exerciseId: job.exerciseId, card: job.reviewCard };
  return (await writeGradeResult(prisma, data, report, seen)) ? "graded" : "duplicate";
}

/** Every test reported as not run (resource limit): the result of a poison pill. */
function notRunReport(version: GradableVersion): GradeReport {
  const tests = testPlan(version).map((t) => notRunTest(t, MAX_GRADING_STARTS));
  return { score: 0, maxScore: tests.reduce((s, t) => s + t.maxPoints, 0), tests };
}

export interface GradingWorker {
  pool: GraderPool;
  /** Since the start: fetches from pg-boss, the jobs they returned, the jobs put back (deferred), time in fetches. */
  readonly stats: { fetches: number; jobs: number; deferred: number; fetchMs: number };
  stop(): Promise<void>;
}

/**
 * Starts a grading worker feeding one GraderPool: it keeps up to `concurrency` jobs in flight (default twice the
 * pool size), fetching more from pg-boss as soon as one finishes — each job is completed on its own, so a long
 * grading never holds back others fetched with it, and a deferred job (its learner already has a grading running)
 * frees its place at once. Woken by NOTIFY on GRADING_CHANNEL; pg-boss polling is the fallback. Used by
 * instrumentation.ts (embedded in the web process) and scripts/worker.ts.
 */
export async function startGradingWorker(
  prisma: PrismaClient,
  opts: { url?: string; pool?: GraderPool; concurrency?: number; log?: (line: string) => void } = {},
): Promise<GradingWorker> {
  const url = opts.url ?? process.env.DATABASE_URL ?? "";
  const log = opts.log ?? ((l: string) => console.log(`[grading] ${l}`));
  const boss: PgBoss = await getQueue(url);
  const pool = opts.pool ?? new GraderPool({ log: (l) => log(`grader: ${l}`) });
  await pool.ready();
  const capacity = Math.max(1, opts.concurrency ?? Number(process.env.KAKUNIN_GRADING_CONCURRENCY || pool.size * 2));
  const s = queueSettings();
  let inFlight = 0;
  let stopped = false;
  let wake: (() => void) | null = null;
  // The loop fetches only while jobs may be waiting (`pending`): after a NOTIFY, a full batch, or the time a
  // deferred job becomes due — and at a poll every pollingIntervalSeconds for the rest. A finished job frees room but does not by itself mean more work: fetching after every
  // one cost three fetches per job, and under bombs every deferral triggered another fetch of deferrable jobs.
  let pending = true;
  // A wake-up while the loop is busy (fetching) is remembered: otherwise a job that arrived meanwhile waits for the
  // next poll (pollingIntervalSeconds).
  let woken = false;
  const kick = () => {
    woken = true;
    wake?.();
  };
  const jobsWaiting = () => {
    pending = true;
    kick();
  };
  const stats = { fetches: 0, jobs: 0, deferred: 0, fetchMs: 0 };
  const pollMs = s.pollingIntervalSeconds * 1000;
  let lastFetchAt = 0;

  const handle = async (job: PgBoss.Job<GradingJobData>) => {
    try {
      const outcome = await handleGradingJob(prisma, pool, job.data, { queueJobId: job.id });
      // a deferred job is back in the queue (state `created`, due after deferSeconds): nothing to complete
      if (outcome !== "deferred") await boss.complete(GRADING_QUEUE, job.id, { outcome });
      else {
        stats.deferred++;
        setTimeout(jobsWaiting, s.deferSeconds * 1000 + 50).unref();
      }
    } catch (e) {
      // infrastructure failure: pg-boss retries the job
      const err = e instanceof Error ? e : new Error(String(e));
      await boss.fail(GRADING_QUEUE, job.id, { message: err.message, stack: err.stack }).catch(() => {});
      pending = true;
    } finally {
      inFlight--;
      kick();
    }
  };

  // a slow task (on a reniced grader: a long or runaway run, a suspect; or waiting for one: a suspect's, a preempted
  // one) frees its job's place, so runaway gradings never hold back the fetching of quick ones. No ceiling counts
  // them: one did (capacity + maxSlow), and bombs starved at idle priority for minutes filled it — quick jobs waited
  // 5.7 s to be fetched beside idle graders (hostile bench, 40 s). Slow tasks are bounded elsewhere: one job per
  // learner at a time, and suspects wait in the queue while the slow graders are taken.
  pool.onSlowGrader(kick);
  const loop = async () => {
    while (!stopped) {
      woken = false;
      const room = capacity - (inFlight - pool.slowTasks());
      const sincePoll = performance.now() - lastFetchAt;
      if (room > 0 && (pending || sincePoll >= pollMs)) {
        pending = false;
        let jobs: PgBoss.Job<GradingJobData>[] = [];
        lastFetchAt = performance.now();
        try {
          jobs = await boss.fetch<GradingJobData>(GRADING_QUEUE, { batchSize: room });
        } catch (e) {
          log(`fetch failed: ${(e as Error).message}`);
        }
        stats.fetches++;
        stats.jobs += jobs.length;
        stats.fetchMs += performance.now() - lastFetchAt;
        for (const job of jobs) {
          inFlight++;
          void handle(job);
        }
        // a full batch: more may be waiting, fetched as soon as there is room
        if (jobs.length === room) pending = true;
        continue;
      }
      if (woken) continue;
      // the poll runs every pollMs from the last fetch, however often finished jobs wake the loop in between
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, room > 0 ? Math.max(0, pollMs - sincePoll) : pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  };
  const running = loop();
  // KAKUNIN_GRADING_TRACE=1: a line a second on the jobs in flight and the graders (to see where gradings wait)
  const lag = process.env.KAKUNIN_GRADING_TRACE === "1" ? monitorEventLoopDelay({ resolution: 10 }) : undefined;
  lag?.enable();
  /** KAKUNIN_GRADING_TRACE: what the fetch loop did in the last second */
  let traced = { ...stats };
  let tracedWait = { ...pool.stats.waited };
  const trace =
    process.env.KAKUNIN_GRADING_TRACE === "1"
      ? setInterval(() => {
          const d = { fetches: stats.fetches - traced.fetches, jobs: stats.jobs - traced.jobs, deferred: stats.deferred - traced.deferred };
          const w = pool.stats.waited;
          log(
            `in flight ${inFlight} (slow ${pool.slowTasks()}); ${pool.describe()}; ${w.tasks - tracedWait.tasks} waited ${Math.round(w.ms - tracedWait.ms)} ms for a grader; fetches ${d.fetches} → ${d.jobs} jobs (${d.deferred} deferred) in ${Math.round(stats.fetchMs - traced.fetchMs)} ms; event-loop delay max ${Math.round(lag!.max / 1e6)} ms`,
          );
          traced = { ...stats };
          tracedWait = { ...w };
          lag!.reset();
        }, 1000)
      : undefined;
  trace?.unref();

  // LISTEN for new jobs; reconnects when the connection drops.
  let listener: pg.Client | null = null;
  const listen = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString: url, application_name: "kakunin-grading-listen" });
    c.on("error", () => {});
    c.on("end", () => {
      if (!stopped) setTimeout(() => void listen().catch(() => {}), 1000);
    });
    c.on("notification", jobsWaiting);
    await c.connect();
    await c.query(`LISTEN ${GRADING_CHANNEL}`);
    listener = c;
    jobsWaiting(); // jobs that arrived while not listening
  };
  await listen();
  log(`worker started: ${pool.size} grader process(es), up to ${capacity} job(s) in flight`);
  return {
    pool,
    stats,
    async stop() {
      stopped = true;
      clearInterval(trace);
      lag?.disable();
      kick();
      await listener?.end().catch(() => {});
      await running;
      await pool.close();
    },
  };
}
