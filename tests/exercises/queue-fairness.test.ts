// The queue with grader processes: one grading per learner at a time (a learner's bombs never hold more than one
// grader while another learner is graded promptly), and a poison pill re-delivered after restarts is not run again.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { makeUser, RIGHT, seedExercise } from "./queue-fixture";

let db: TestDatabase;
let boss: PgBoss;
const mods = {} as {
  queue: typeof import("../../lib/exercises/queue");
  subs: typeof import("../../lib/exercises/submissions");
  worker: typeof import("../../lib/exercises/queue-worker");
  pool: typeof import("../../lib/grader-pool/pool");
};
/** A grader whose engine ignores deadlines on `#native:spin` (tests/grader-pool/fixtures/hostile.ts). */
const source = path.join(import.meta.dirname, "../grader-pool/fixtures/hostile-child.ts");
const BOMB = "y = 2 * x  #native:spin\n";

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  process.env.KAKUNIN_QUEUE_POLL_S = "0.5";
  mods.queue = await import("../../lib/exercises/queue");
  mods.subs = await import("../../lib/exercises/submissions");
  mods.worker = await import("../../lib/exercises/queue-worker");
  mods.pool = await import("../../lib/grader-pool/pool");
  boss = await mods.queue.getQueue(db.url);
  await seedExercise(db.prisma, { slug: "bomb-ex", timeMs: 700 });
});

afterAll(async () => {
  await mods.queue?.stopQueue(db.url);
  await db?.drop();
});

const key = () => `key-${Math.random().toString(36).slice(2)}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function submit(userId: string, code: string) {
  const r = await mods.subs.submitCode(db.prisma, boss, { userId, exerciseSlug: "bomb-ex", code, idempotencyKey: key() });
  const job = await db.prisma.gradingJob.findFirstOrThrow({ where: { submissionId: r.id } });
  return { id: r.id, data: { submissionId: r.id, gradingJobId: job.id, reason: "submit" as const } };
}

describe("fairness", () => {
  it("a learner with 5 bomb submissions holds at most one grader while another learner is graded promptly", async () => {
    const bomber = await makeUser(db.prisma);
    const other = await makeUser(db.prisma);
    const pool = new mods.pool.GraderPool({ size: 2, source, limits: { graceMs: 300 }, log: () => {} });
    const worker = await mods.worker.startGradingWorker(db.prisma, { url: db.url, pool, log: () => {} });
    // the bomber's jobs wait for each other (one grading per learner), a suspect's 5 × the deferral each time: a
    // shorter deferral keeps the test's own waiting short without changing what it checks
    process.env.KAKUNIN_QUEUE_DEFER_S = "0.2";
    try {
      const bombs = [];
      for (let i = 0; i < 5; i++) bombs.push((await submit(bomber.id, BOMB)).id);
      await sleep(300); // the bombs are taken first
      const t0 = Date.now();
      const fair = (await submit(other.id, RIGHT)).id;
      let fairMs = -1;
      let maxRunning = 0;
      // the bombs run at SCHED_IDLE: on a machine saturated by other work they wait for an idle core, for minutes
      const until = Date.now() + 180_000;
      for (;;) {
        const running = await db.prisma.gradingJob.count({ where: { status: "running", submission: { userId: bomber.id } } });
        maxRunning = Math.max(maxRunning, running);
        if (fairMs < 0 && (await db.prisma.submission.findUniqueOrThrow({ where: { id: fair } })).status === "graded")
          fairMs = Date.now() - t0;
        const done = await db.prisma.submission.count({ where: { id: { in: bombs }, status: "graded" } });
        if (done === 5 && fairMs >= 0) break;
        if (Date.now() > until) throw new Error(`timed out: ${done}/5 bombs graded, fair ${fairMs} ms`);
        await sleep(50);
      }
      console.log(
        `[fairness] the other learner was graded after ${fairMs} ms; the bomber's gradings running at once: at most ${maxRunning}`,
      );
      expect(maxRunning).toBe(1);
      // one bomb test is stopped at 0.7 s + 0.3 s; the other grader is free for the other learner
      expect(fairMs).toBeLessThan(5_000);
      expect(await db.prisma.submission.findUniqueOrThrow({ where: { id: fair } })).toMatchObject({ score: 2 });
      const results = await db.prisma.testResult.findMany({ where: { submissionId: { in: bombs } } });
      expect(results).toHaveLength(10);
      for (const r of results.filter((x) => !x.hidden)) expect(r.feedback).toMatchObject({ code: "exercise.resource_limit" });
      // each bomb graded exactly once
      expect(await db.prisma.gradingJob.count({ where: { submissionId: { in: bombs }, status: "graded" } })).toBe(5);
    } finally {
      delete process.env.KAKUNIN_QUEUE_DEFER_S;
      await worker.stop();
    }
  }, 240_000);
});

describe("slow tasks", () => {
  it("bombs holding every slow grader, one more waiting after its preemption: quick jobs are still fetched at once", async () => {
    // one regular grader, one slow place, one job in flight beyond the slow ones
    const pool = new mods.pool.GraderPool({
      size: 1,
      spares: 0,
      source,
      limits: { graceMs: 300, slowAfterMs: 100, maxSlow: 1 },
      log: () => {},
    });
    const worker = await mods.worker.startGradingWorker(db.prisma, { url: db.url, pool, concurrency: 1, log: () => {} });
    try {
      const first = (await submit((await makeUser(db.prisma)).id, BOMB)).id;
      await expect.poll(() => pool.stats.slow, { timeout: 20_000 }).toBeGreaterThan(0);
      await submit((await makeUser(db.prisma)).id, BOMB);
      await expect.poll(() => pool.stats.preempted, { timeout: 20_000 }).toBe(1);
      const t0 = Date.now();
      const fair = (await submit((await makeUser(db.prisma)).id, RIGHT)).id;
      await expect
        .poll(async () => (await db.prisma.submission.findUniqueOrThrow({ where: { id: fair } })).status, { timeout: 20_000 })
        .toBe("graded");
      console.log(`[fairness] a quick job beside two slow tasks (one running, one preempted and waiting): graded in ${Date.now() - t0} ms`);
      // before the first bomb's two stopped runs ended: the quick job did not wait for a slow task to finish
      expect((await db.prisma.submission.findUniqueOrThrow({ where: { id: first } })).status).not.toBe("graded");
    } finally {
      await worker.stop();
    }
  }, 60_000);
});

describe("suspects", () => {
  it("a learner whose code recently exhausted its limits waits while the slow graders are taken; others do not", async () => {
    // maxSlow 0: the slow graders are always "all taken"
    const pool = new mods.pool.GraderPool({ size: 1, source, limits: { graceMs: 300, maxSlow: 0 }, log: () => {} });
    try {
      await pool.ready();
      const bomber = await makeUser(db.prisma);
      const first = await submit(bomber.id, BOMB);
      expect(await mods.worker.handleGradingJob(db.prisma, pool, first.data)).toBe("graded"); // not yet a suspect
      const again = await submit(bomber.id, RIGHT);
      // delivered (as pg-boss's fetch leaves it)
      await db.prisma.$executeRawUnsafe(
        `UPDATE pgboss.job SET state = 'active', started_on = now() WHERE id = $1::uuid`,
        again.data.gradingJobId,
      );
      expect(await mods.worker.handleGradingJob(db.prisma, pool, again.data, { queueJobId: again.data.gradingJobId })).toBe("deferred");
      const [row] = await db.prisma.$queryRawUnsafe<{ state: string; priority: number; wait: number }[]>(
        `SELECT state::text, priority, extract(epoch FROM start_after - now())::float8 AS wait FROM pgboss.job WHERE id = $1::uuid`,
        again.data.gradingJobId,
      );
      // back in the queue, behind every other job, for 5 × the deferral
      expect(row).toMatchObject({ state: "created", priority: -1 });
      expect(row!.wait).toBeGreaterThan(3);
      expect(await db.prisma.gradingJob.findUniqueOrThrow({ where: { id: again.data.gradingJobId } })).toMatchObject({
        status: "queued",
        attempts: 0,
      });
      // deferred again while the slow graders are still taken: it waits twice as long, and so on up to 8 ×
      const waits: number[] = [];
      for (let k = 0; k < 4; k++) {
        await db.prisma.$executeRawUnsafe(
          `UPDATE pgboss.job SET state = 'active', started_on = now() WHERE id = $1::uuid`,
          again.data.gradingJobId,
        );
        expect(await mods.worker.handleGradingJob(db.prisma, pool, again.data, { queueJobId: again.data.gradingJobId })).toBe("deferred");
        const [r] = await db.prisma.$queryRawUnsafe<{ priority: number; wait: number }[]>(
          `SELECT priority, extract(epoch FROM start_after - now())::float8 AS wait FROM pgboss.job WHERE id = $1::uuid`,
          again.data.gradingJobId,
        );
        expect(r!.priority).toBe(-2 - k);
        waits.push(Math.round(r!.wait / 5));
      }
      expect(waits).toEqual([2, 4, 8, 8]);
      const fair = await submit((await makeUser(db.prisma)).id, RIGHT);
      expect(await mods.worker.handleGradingJob(db.prisma, pool, fair.data)).toBe("graded");
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe("poison pill", () => {
  it("a job whose gradings died twice (re-delivered after restarts) is not run again; once is retried", async () => {
    const pool = new mods.pool.GraderPool({ size: 1, source, limits: { graceMs: 300 }, log: () => {} });
    try {
      await pool.ready();
      const u = await makeUser(db.prisma);
      // as left by a process that died while grading it, long enough ago for pg-boss to re-deliver it
      const abandoned = async (attempts: number) => {
        const s = await submit(u.id, BOMB);
        await db.prisma.gradingJob.update({
          where: { id: s.data.gradingJobId },
          data: { status: "running", attempts, startedAt: new Date(Date.now() - 3_600_000) },
        });
        await db.prisma.submission.update({ where: { id: s.id }, data: { status: "running" } });
        return s;
      };

      const twice = await abandoned(2);
      const before = { ...pool.stats.stopped };
      expect(await mods.worker.handleGradingJob(db.prisma, pool, twice.data)).toBe("graded");
      expect(pool.stats.stopped).toEqual(before); // not run
      const results = await db.prisma.testResult.findMany({ where: { submissionId: twice.id } });
      expect(results).toHaveLength(2);
      for (const r of results) expect(r.passed).toBe(false);
      expect(results.find((r) => !r.hidden)!.feedback).toMatchObject({ code: "exercise.resource_limit", details: { limit: "not_run" } });
      // any later delivery is a duplicate
      expect(await mods.worker.handleGradingJob(db.prisma, pool, twice.data)).toBe("duplicate");

      const once = await abandoned(1);
      expect(await mods.worker.handleGradingJob(db.prisma, pool, once.data)).toBe("graded");
      expect(pool.stats.stopped.time).toBe(before.time + 2); // run again, once
      expect(await db.prisma.gradingJob.findUniqueOrThrow({ where: { id: once.data.gradingJobId } })).toMatchObject({
        status: "graded",
        attempts: 2,
      });
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("through pg-boss: a delivery whose worker died is re-delivered by pg-boss, run once more, graded and completed", async () => {
    const u = await makeUser(db.prisma);
    const s = await submit(u.id, BOMB);
    // a worker took it and died: its GradingJob stays running; pg-boss's maintenance expired the delivery (retry)
    const taken = { id: s.data.gradingJobId };
    await db.prisma.gradingJob.update({
      where: { id: s.data.gradingJobId },
      data: { status: "running", attempts: 1, startedAt: new Date(Date.now() - 3_600_000) },
    });
    const n = await db.prisma.$executeRawUnsafe(
      `UPDATE pgboss.job SET state = 'retry', started_on = now() - interval '1 hour', retry_count = 1, start_after = now() WHERE id = $1::uuid AND state = 'created'`,
      taken.id,
    );
    expect(n).toBe(1);
    const pool = new mods.pool.GraderPool({ size: 1, source, limits: { graceMs: 300 }, log: () => {} });
    const worker = await mods.worker.startGradingWorker(db.prisma, { url: db.url, pool, log: () => {} });
    try {
      const until = Date.now() + 30_000;
      while ((await db.prisma.submission.findUniqueOrThrow({ where: { id: s.id } })).status !== "graded") {
        if (Date.now() > until) throw new Error("not graded");
        await sleep(100);
      }
      expect(await db.prisma.gradingJob.findUniqueOrThrow({ where: { id: s.data.gradingJobId } })).toMatchObject({
        status: "graded",
        attempts: 2,
      });
      // the queue job is completed just after the result is written (lib/exercises/queue-worker.ts)
      const state = async () =>
        (await db.prisma.$queryRawUnsafe<{ state: string }[]>(`SELECT state::text FROM pgboss.job WHERE id = $1::uuid`, taken.id))[0]
          ?.state;
      await expect.poll(state, { timeout: 5_000 }).toBe("completed");
    } finally {
      await worker.stop();
    }
  }, 60_000);
});
