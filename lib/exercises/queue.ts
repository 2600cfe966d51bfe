// The grading queue: pg-boss 10 on the application's PostgreSQL, in its own schema `pgboss`.
// - getQueue() starts (once per process) the pg-boss instance used to enqueue and to work.
// - Jobs are inserted inside the caller's database transaction (pg-boss `db` option), so a Submission, its
//   GradingJob and the queue job exist together or not at all; pg_notify in the same transaction wakes the
//   workers of every process at once (LISTEN kakunin_grading), instead of waiting for pg-boss's polling.
// - Crash safety: a job whose worker died stays `active` until it expires (expireInSeconds), then pg-boss's
//   maintenance puts it back to `retry` and another worker takes it. Results are written exactly once (see
//   lib/exercises/queue-worker.ts).
import PgBoss from "pg-boss";
import type { Prisma } from "@/lib/generated/prisma/client";

export const GRADING_QUEUE = "grading";
export const GRADING_CHANNEL = "kakunin_grading";

export interface GradingJobData {
  submissionId: string;
  gradingJobId: string;
  reason: "submit" | "regrade";
}

function envNumber(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/** Queue tuning, from the environment (the benchmark shortens expiry and maintenance to show crash recovery). */
export function queueSettings() {
  return {
    /** An active job not completed within this time is considered lost (worker died) and retried. */
    expireInSeconds: envNumber("KAKUNIN_QUEUE_EXPIRE_S", 120),
    retryLimit: envNumber("KAKUNIN_QUEUE_RETRY_LIMIT", 3),
    retryDelay: envNumber("KAKUNIN_QUEUE_RETRY_DELAY_S", 1),
    /** How often pg-boss looks for expired jobs. */
    maintenanceIntervalSeconds: envNumber("KAKUNIN_QUEUE_MAINTENANCE_S", 30),
    pollingIntervalSeconds: Math.max(0.5, envNumber("KAKUNIN_QUEUE_POLL_S", 2)),
    /** A job of a learner who already has a grading running waits this long before it is fetched again. */
    deferSeconds: envNumber("KAKUNIN_QUEUE_DEFER_S", 1),
  };
}

const g = globalThis as unknown as { __kakuninBoss?: Map<string, Promise<PgBoss>> };

/** Starts pg-boss for `url` (once per process and URL) and makes sure the grading queue exists. */
export function getQueue(url = process.env.DATABASE_URL ?? ""): Promise<PgBoss> {
  if (!url) return Promise.reject(new Error("DATABASE_URL is not set"));
  g.__kakuninBoss ??= new Map();
  let p = g.__kakuninBoss.get(url);
  if (!p) {
    p = startBoss(url);
    g.__kakuninBoss.set(url, p);
    p.catch(() => g.__kakuninBoss?.delete(url));
  }
  return p;
}

async function startBoss(url: string): Promise<PgBoss> {
  const s = queueSettings();
  const boss = new PgBoss({
    connectionString: url,
    schema: "pgboss",
    application_name: "kakunin-queue",
    max: envNumber("KAKUNIN_QUEUE_POOL_MAX", 6),
    maintenanceIntervalSeconds: s.maintenanceIntervalSeconds,
    monitorStateIntervalSeconds: 60,
    schedule: false,
  });
  boss.on("error", (e: Error) => console.error("[queue] pg-boss error:", e.message));
  await boss.start();
  if (!(await boss.getQueue(GRADING_QUEUE))) {
    try {
      await boss.createQueue(GRADING_QUEUE, {
        name: GRADING_QUEUE,
        policy: "standard",
        retryLimit: s.retryLimit,
        retryDelay: s.retryDelay,
        retryBackoff: false,
        expireInSeconds: s.expireInSeconds,
      });
    } catch (e) {
      // another process created it at the same moment
      if (!(await boss.getQueue(GRADING_QUEUE))) throw e;
    }
  }
  return boss;
}

/** Stops the pg-boss instance of `url` (scripts and tests). */
export async function stopQueue(url = process.env.DATABASE_URL ?? ""): Promise<void> {
  const p = g.__kakuninBoss?.get(url);
  if (!p) return;
  g.__kakuninBoss!.delete(url);
  const boss = await p.catch(() => null);
  await boss?.stop({ graceful: false, wait: true, close: true }).catch(() => {});
}

/** pg-boss's `db` option bound to a Prisma interactive transaction. */
export function txExecutor(tx: Prisma.TransactionClient) {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const params = values.map((v) => (v !== null && typeof v === "object" && !(v instanceof Date) ? JSON.stringify(v) : v));
      const rows = await tx.$queryRawUnsafe<unknown[]>(text, ...params);
      return { rows };
    },
  };
}

/**
 * Enqueues a grading job inside transaction `tx` (the job id is the GradingJob id) and, unless the caller already
 * did in one of its own statements (`notify: false`), notifies the workers (delivered at COMMIT).
 */
export async function enqueueGradingInTx(
  boss: PgBoss,
  tx: Prisma.TransactionClient,
  data: GradingJobData,
  opts: { notify?: boolean } = {},
): Promise<void> {
  const s = queueSettings();
  await boss.send(
    GRADING_QUEUE,
    { ...data },
    {
      id: data.gradingJobId,
      db: txExecutor(tx),
      retryLimit: s.retryLimit,
      retryDelay: s.retryDelay,
      expireInSeconds: s.expireInSeconds,
      // regrades never delay fresh submissions
      priority: data.reason === "regrade" ? 0 : 10,
    },
  );
  if (opts.notify !== false) await tx.$executeRawUnsafe(`SELECT pg_notify('${GRADING_CHANNEL}', '')`);
}

export { GRADED_CHANNEL, gradingEvents } from "./grading-events";
