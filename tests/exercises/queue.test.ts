import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type PgBoss from "pg-boss";
import { makeClass } from "../helpers/classes";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import type { SessionUser } from "../../lib/auth/session";
import { makeUser, RIGHT, seedExercise, WRONG } from "./queue-fixture";

let session: SessionUser | null = null;
vi.mock("../../lib/auth/session", () => ({ getSessionUser: async () => session }));

let db: TestDatabase;
let boss: PgBoss;
const mods = {} as {
  queue: typeof import("../../lib/exercises/queue");
  subs: typeof import("../../lib/exercises/submissions");
  worker: typeof import("../../lib/exercises/queue-worker");
  pool: typeof import("../../lib/grader-pool/pool");
};
let pool: import("../../lib/grader-pool/pool").GraderPool;

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  mods.queue = await import("../../lib/exercises/queue");
  mods.subs = await import("../../lib/exercises/submissions");
  mods.worker = await import("../../lib/exercises/queue-worker");
  mods.pool = await import("../../lib/grader-pool/pool");
  boss = await mods.queue.getQueue(db.url);
  pool = new mods.pool.GraderPool({ size: 2 });
  await seedExercise(db.prisma);
});

afterAll(async () => {
  await pool?.close();
  await mods.queue?.stopQueue(db.url);
  await db?.drop();
});

const key = () => `key-${Math.random().toString(36).slice(2)}`;

async function pgbossJobs(gradingJobIds: string[]): Promise<number> {
  const rows = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'grading' AND id = ANY($1::uuid[])`,
    gradingJobIds,
  );
  return rows[0]!.n;
}

describe("submit", () => {
  it("stores the submission with a GradingJob and a queue job, and is idempotent per user + key", async () => {
    const u = await makeUser(db.prisma);
    const k = key();
    const input = { userId: u.id, exerciseSlug: "double-it", code: RIGHT, idempotencyKey: k };
    const first = await mods.subs.submitCode(db.prisma, boss, input);
    expect(first).toMatchObject({ status: "queued", created: true });
    expect(first.position).toBeGreaterThanOrEqual(1);
    // replays, sequential and concurrent, never create a second submission
    const again = await Promise.all([1, 2, 3, 4, 5].map(() => mods.subs.submitCode(db.prisma, boss, { ...input, code: WRONG })));
    for (const r of again) expect(r).toMatchObject({ id: first.id, created: false });
    const subs = await db.prisma.submission.findMany({ where: { userId: u.id }, include: { jobs: true } });
    expect(subs).toHaveLength(1);
    expect(subs[0]!.code).toBe(RIGHT);
    expect(subs[0]!.jobs).toHaveLength(1);
    expect(await pgbossJobs(subs[0]!.jobs.map((j) => j.id))).toBe(1);
  });

  it("concurrent first submissions with one key store one submission", async () => {
    const u = await makeUser(db.prisma);
    const input = { userId: u.id, exerciseSlug: "double-it", code: RIGHT, idempotencyKey: key() };
    const rs = await Promise.all([1, 2, 3, 4].map(() => mods.subs.submitCode(db.prisma, boss, input)));
    expect(new Set(rs.map((r) => r.id)).size).toBe(1);
    expect(rs.filter((r) => r.created)).toHaveLength(1);
    expect(await db.prisma.gradingJob.count({ where: { submission: { userId: u.id } } })).toBe(1);
  });

  it("the same key on another exercise is a conflict; an unknown exercise is 404", async () => {
    await seedExercise(db.prisma, { slug: "other-ex" });
    const u = await makeUser(db.prisma);
    const k = key();
    await mods.subs.submitCode(db.prisma, boss, { userId: u.id, exerciseSlug: "double-it", code: RIGHT, idempotencyKey: k });
    await expect(
      mods.subs.submitCode(db.prisma, boss, { userId: u.id, exerciseSlug: "other-ex", code: RIGHT, idempotencyKey: k }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      mods.subs.submitCode(db.prisma, boss, { userId: u.id, exerciseSlug: "nope", code: RIGHT, idempotencyKey: key() }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("rate limits per learner with Retry-After; replays and other learners are not limited", async () => {
    const u = await makeUser(db.prisma);
    const other = await makeUser(db.prisma);
    const keys: string[] = [];
    for (let i = 0; i < 3; i++) {
      keys.push(key());
      await mods.subs.submitCode(
        db.prisma,
        boss,
        { userId: u.id, exerciseSlug: "double-it", code: RIGHT, idempotencyKey: keys[i]! },
        { ratePerMinute: 3 },
      );
    }
    const err = await mods.subs
      .submitCode(db.prisma, boss, { userId: u.id, exerciseSlug: "double-it", code: RIGHT, idempotencyKey: key() }, { ratePerMinute: 3 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(mods.subs.SubmissionError);
    const se = err as InstanceType<typeof mods.subs.SubmissionError>;
    expect(se.status).toBe(429);
    expect(se.message).toMatch(/at most 3 per minute/);
    expect(Number(se.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    expect(Number(se.headers["retry-after"])).toBeLessThanOrEqual(60);
    // a replay of an accepted key still answers
    await expect(
      mods.subs.submitCode(
        db.prisma,
        boss,
        { userId: u.id, exerciseSlug: "double-it", code: RIGHT, idempotencyKey: keys[0]! },
        { ratePerMinute: 3 },
      ),
    ).resolves.toMatchObject({ created: false });
    await expect(
      mods.subs.submitCode(
        db.prisma,
        boss,
        { userId: other.id, exerciseSlug: "double-it", code: RIGHT, idempotencyKey: key() },
        { ratePerMinute: 3 },
      ),
    ).resolves.toMatchObject({ created: true });
    // a minute later the learner may submit again
    const later = () => new Date(Date.now() + 61_000);
    await expect(
      mods.subs.submitCode(
        db.prisma,
        boss,
        { userId: u.id, exerciseSlug: "double-it", code: RIGHT, idempotencyKey: key() },
        { ratePerMinute: 3, now: later },
      ),
    ).resolves.toMatchObject({ created: true });
  });
});

describe("grading", () => {
  async function submitted(code = RIGHT) {
    const u = await makeUser(db.prisma);
    const r = await mods.subs.submitCode(db.prisma, boss, { userId: u.id, exerciseSlug: "double-it", code, idempotencyKey: key() });
    const job = await db.prisma.gradingJob.findFirstOrThrow({ where: { submissionId: r.id } });
    return { user: u, id: r.id, data: { submissionId: r.id, gradingJobId: job.id, reason: "submit" as const } };
  }

  it("grades a right and a wrong answer", async () => {
    const right = await submitted(RIGHT);
    const wrong = await submitted(WRONG);
    expect(await mods.worker.handleGradingJob(db.prisma, pool, right.data)).toBe("graded");
    expect(await mods.worker.handleGradingJob(db.prisma, pool, wrong.data)).toBe("graded");
    const a = await mods.subs.getSubmissionForViewer(db.prisma, right.user, right.id);
    expect(a).toMatchObject({ status: "graded", score: 2, maxScore: 2, position: null });
    const b = await mods.subs.getSubmissionForViewer(db.prisma, wrong.user, wrong.id);
    expect(b).toMatchObject({ status: "graded", score: 0, maxScore: 2 });
    expect(b!.results).toHaveLength(2);
    const hidden = b!.results.find((r) => r.hidden)!;
    expect(hidden).toEqual({ name: "seed_one", hidden: true, passed: false });
    const pub = b!.results.find((r) => !r.hidden)!;
    expect(pub).toMatchObject({ name: "seed_zero", passed: false, points: 0, maxPoints: 1 });
  });

  it("writes results exactly once under duplicate (and concurrent) delivery", async () => {
    const s = await submitted(RIGHT);
    const outcomes = await Promise.all([1, 2, 3].map(() => mods.worker.handleGradingJob(db.prisma, pool, s.data)));
    expect(outcomes.filter((o) => o === "graded")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "duplicate")).toHaveLength(2);
    expect(await mods.worker.handleGradingJob(db.prisma, pool, s.data)).toBe("duplicate");
    // a redelivery that already graded before the guard (crash after grading, before completion): the write itself refuses
    const report = {
      score: 0,
      maxScore: 2,
      tests: [
        {
          name: "seed_zero",
          hidden: false,
          passed: false,
          points: 0,
          maxPoints: 1,
          durationMs: 1,
          feedback: { code: "x", message: { en: "", ja: "" } },
        },
      ],
    };
    const writes = await Promise.all([1, 2].map(() => mods.worker.writeGradeResult(db.prisma, s.data, report)));
    expect(writes).toEqual([false, false]);
    expect(await db.prisma.testResult.count({ where: { submissionId: s.id } })).toBe(2);
    const sub = await db.prisma.submission.findUniqueOrThrow({ where: { id: s.id } });
    expect(sub).toMatchObject({ status: "graded", score: 2 });
  });

  it("records the spaced-review outcome with the result, as lib/review would; a review state changed meanwhile takes the general path", async () => {
    const { nextCard } = await import("../../lib/review/outcome");
    const { Rating } = await import("ts-fsrs");
    const first = await submitted(RIGHT);
    expect(await mods.worker.handleGradingJob(db.prisma, pool, first.data)).toBe("graded");
    const exerciseId = (await db.prisma.exercise.findUniqueOrThrow({ where: { slug: "double-it" } })).id;
    const where = { userId_exerciseId: { userId: first.user.id, exerciseId } };
    const st1 = await db.prisma.reviewState.findUniqueOrThrow({ where });
    const expected = nextCard(null, Rating.Good, st1.lastSeenAt!);
    expect(st1).toMatchObject({ lastOutcome: "good", reps: expected.reps, lapses: expected.lapses, dueAt: expected.due });
    expect(st1.card).toEqual(JSON.parse(JSON.stringify(expected)));

    // a second submission whose worker read the review state before the first one's outcome landed (stale `seen`)
    const u = first.user;
    const r = await mods.subs.submitCode(db.prisma, boss, { userId: u.id, exerciseSlug: "double-it", code: WRONG, idempotencyKey: key() });
    const job = await db.prisma.gradingJob.findFirstOrThrow({ where: { submissionId: r.id } });
    const data = { submissionId: r.id, gradingJobId: job.id, reason: "submit" as const };
    const report = {
      score: 0,
      maxScore: 2,
      tests: [
        {
          name: "seed_zero",
          hidden: false,
          passed: false,
          points: 0,
          maxPoints: 1,
          durationMs: 1,
          feedback: { code: "x", message: { en: "", ja: "" } },
        },
      ],
    };
    const stale = { userId: u.id, exerciseId, card: null };
    expect(await mods.worker.writeGradeResult(db.prisma, data, report, stale)).toBe(true);
    expect(await mods.worker.writeGradeResult(db.prisma, data, report, stale)).toBe(false);
    const st2 = await db.prisma.reviewState.findUniqueOrThrow({ where });
    // chained from the stored card, not from the stale empty one
    const { parseCard } = await import("../../lib/review/outcome");
    const chained = nextCard(parseCard(st1.card), Rating.Again, st2.lastSeenAt!);
    expect(st2).toMatchObject({ lastOutcome: "again", reps: 2, dueAt: chained.due });
    expect(st2.card).toEqual(JSON.parse(JSON.stringify(chained)));
    expect(await db.prisma.testResult.count({ where: { submissionId: r.id } })).toBe(1);
    expect(await db.prisma.submission.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ status: "graded", score: 0 });
  });

  it("a run that ignores its time limit is stopped by the per-run watchdog; its grader is replaced and the test reports a resource limit", async () => {
    await seedExercise(db.prisma, { slug: "stuck-ex", timeMs: 400 });
    // an engine that ignores its deadline (tests/grader-pool/fixtures): only the process layer can stop it
    const source = path.join(import.meta.dirname, "../grader-pool/fixtures/hostile-child.ts");
    const small = new mods.pool.GraderPool({ size: 1, source, limits: { graceMs: 200 }, log: () => {} });
    try {
      await small.ready();
      const before = small.pids();
      const u = await makeUser(db.prisma);
      const r = await mods.subs.submitCode(db.prisma, boss, {
        userId: u.id,
        exerciseSlug: "stuck-ex",
        code: "y = 1  #native:spin\n",
        idempotencyKey: key(),
      });
      const job = await db.prisma.gradingJob.findFirstOrThrow({ where: { submissionId: r.id } });
      const t0 = Date.now();
      expect(await mods.worker.handleGradingJob(db.prisma, small, { submissionId: r.id, gradingJobId: job.id, reason: "submit" })).toBe(
        "graded",
      );
      // the first test is stopped at 0.6 s of CPU time; the second runs in the replacement (started meanwhile) and is
      // stopped too; MAX_STOPS = 2, so nothing is left. A slow grader on a busy machine gets its CPU late (at most 10 ×
      // 0.6 s of wall time per stop, the backstop): still short of the 30 s job timeout
      expect(Date.now() - t0).toBeLessThan(28_000);
      const view = await mods.subs.getSubmissionForViewer(db.prisma, u, r.id);
      expect(view).toMatchObject({ status: "graded", score: 0, maxScore: 2 });
      const pub = view!.results.find((x) => !x.hidden)!;
      expect(pub).toMatchObject({ passed: false, feedback: { code: "exercise.resource_limit", details: { limit: "time" } } });
      expect(small.stats.stopped.time).toBe(2);
      // the spawner reports a replacement's pid a moment after it starts (-1 until then would differ trivially)
      await small.spawned();
      expect(small.pids()).not.toEqual(before);
      // the replacement grades normally
      const ok = await mods.subs.submitCode(db.prisma, boss, {
        userId: u.id,
        exerciseSlug: "stuck-ex",
        code: RIGHT,
        idempotencyKey: key(),
      });
      const job2 = await db.prisma.gradingJob.findFirstOrThrow({ where: { submissionId: ok.id } });
      expect(await mods.worker.handleGradingJob(db.prisma, small, { submissionId: ok.id, gradingJobId: job2.id, reason: "submit" })).toBe(
        "graded",
      );
      expect(await db.prisma.submission.findUniqueOrThrow({ where: { id: ok.id } })).toMatchObject({ score: 2 });
    } finally {
      await small.close();
    }
  }, 60_000);
});

describe("route handlers", () => {
  it("POST answers 202, GET shows the owner's submission and 404 to another learner, instructors may read", async () => {
    const owner = await makeUser(db.prisma);
    const stranger = await makeUser(db.prisma);
    const instructor = await makeUser(db.prisma, "instructor");
    const asUser = (u: { id: string; email: string; name: string; role: "learner" | "instructor" | "admin" }) =>
      (session = { id: u.id, email: u.email, name: u.name, role: u.role, locale: null });
    const post = (await import("../../app/api/exercises/[slug]/submissions/route")).POST;
    const list = (await import("../../app/api/exercises/[slug]/submissions/route")).GET;
    const get = (await import("../../app/api/submissions/[id]/route")).GET;
    const slugCtx = { params: Promise.resolve({ slug: "double-it" }) };

    asUser(owner);
    const body = JSON.stringify({ code: RIGHT, idempotencyKey: key() });
    const res = await post(
      new Request("http://x/api/exercises/double-it/submissions", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      }),
      slugCtx,
    );
    expect(res.status).toBe(202);
    const { id, status, position } = (await res.json()) as { id: string; status: string; position: number };
    expect(status).toBe("queued");
    expect(position).toBeGreaterThanOrEqual(1);
    const same = await post(
      new Request("http://x/api/exercises/double-it/submissions", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      }),
      slugCtx,
    );
    expect(((await same.json()) as { id: string }).id).toBe(id);

    const idCtx = { params: Promise.resolve({ id }) };
    expect((await get(new Request(`http://x/api/submissions/${id}`), idCtx)).status).toBe(200);
    const mine = (await (await list(new Request("http://x/api/exercises/double-it/submissions"), slugCtx)).json()) as {
      submissions: { id: string; code: string }[];
    };
    expect(mine.submissions).toEqual([expect.objectContaining({ id, code: RIGHT, status: "queued" })]);

    asUser(stranger);
    const denied = await get(new Request(`http://x/api/submissions/${id}`), idCtx);
    expect(denied.status).toBe(404);
    const events = (await import("../../app/api/submissions/[id]/events/route")).GET;
    expect((await events(new Request(`http://x/api/submissions/${id}/events`), idCtx)).status).toBe(404);
    const theirs = (await (await list(new Request("http://x/api/exercises/double-it/submissions"), slugCtx)).json()) as {
      submissions: unknown[];
    };
    expect(theirs.submissions).toEqual([]);

    // an instructor reads the submissions of learners in a class they teach, and no one else's
    asUser(instructor);
    expect((await get(new Request(`http://x/api/submissions/${id}`), idCtx)).status).toBe(404);
    await makeClass(db.prisma, { instructorIds: [instructor.id], learnerIds: [owner.id] });
    expect((await get(new Request(`http://x/api/submissions/${id}`), idCtx)).status).toBe(200);

    session = null;
    expect((await get(new Request(`http://x/api/submissions/${id}`), idCtx)).status).toBe(401);
  });

  it("POST answers 429 with Retry-After above the rate limit, 400 on a bad body", async () => {
    const u = await makeUser(db.prisma);
    session = { id: u.id, email: u.email, name: u.name, role: "learner", locale: null };
    const post = (await import("../../app/api/exercises/[slug]/submissions/route")).POST;
    const slugCtx = { params: Promise.resolve({ slug: "double-it" }) };
    const send = (b: unknown) =>
      post(
        new Request("http://x/api/exercises/double-it/submissions", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(b),
        }),
        slugCtx,
      );
    process.env.KAKUNIN_SUBMIT_RATE_PER_MIN = "2";
    try {
      expect((await send({ code: RIGHT, idempotencyKey: key() })).status).toBe(202);
      expect((await send({ code: RIGHT, idempotencyKey: key() })).status).toBe(202);
      const limited = await send({ code: RIGHT, idempotencyKey: key() });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(((await limited.json()) as { error: string }).error).toMatch(/Too many submissions/);
    } finally {
      delete process.env.KAKUNIN_SUBMIT_RATE_PER_MIN;
    }
    expect((await send({ code: RIGHT })).status).toBe(400);
  });

  it("the events stream reports status changes and ends when graded", async () => {
    const u = await makeUser(db.prisma);
    session = { id: u.id, email: u.email, name: u.name, role: "learner", locale: null };
    const r = await mods.subs.submitCode(db.prisma, boss, { userId: u.id, exerciseSlug: "double-it", code: RIGHT, idempotencyKey: key() });
    const job = await db.prisma.gradingJob.findFirstOrThrow({ where: { submissionId: r.id } });
    const events = (await import("../../app/api/submissions/[id]/events/route")).GET;
    const res = await events(new Request(`http://x/api/submissions/${r.id}/events`), { params: Promise.resolve({ id: r.id }) });
    expect(res.headers.get("content-type")).toMatch(/text\/event-stream/);
    setTimeout(
      () => void mods.worker.handleGradingJob(db.prisma, pool, { submissionId: r.id, gradingJobId: job.id, reason: "submit" }),
      300,
    );
    const text = await res.text(); // resolves only because the stream closes after "graded"
    expect(text).toMatch(/"status":"queued"/);
    expect(text).toMatch(/"status":"graded"/);
    expect(text).toMatch(/event: end/);
  });
});

describe("workers and regrade", () => {
  it("the worker fetches only while jobs may be waiting: one submission at a time costs about one fetch each", async () => {
    await seedExercise(db.prisma, { slug: "fetch-count-ex" });
    // its own pool: stop() closes the worker's pool
    const own = new mods.pool.GraderPool({ size: 1, log: () => {} });
    const worker = await mods.worker.startGradingWorker(db.prisma, { url: db.url, pool: own, concurrency: 2, log: () => {} });
    try {
      const t0 = Date.now();
      const before = { ...worker.stats };
      const N = 6;
      for (let i = 0; i < N; i++) {
        const u = await makeUser(db.prisma);
        const { id } = await mods.subs.submitCode(db.prisma, boss, {
          userId: u.id,
          exerciseSlug: "fetch-count-ex",
          code: RIGHT,
          idempotencyKey: key(),
        });
        const until = Date.now() + 20_000;
        while ((await db.prisma.submission.findUniqueOrThrow({ where: { id } })).status !== "graded") {
          if (Date.now() > until) throw new Error("timed out");
          await new Promise((r) => setTimeout(r, 20));
        }
      }
      // (jobs other tests left in the queue are fetched too)
      const fetched = worker.stats.fetches - before.fetches;
      const jobs = worker.stats.jobs - before.jobs;
      const deferred = worker.stats.deferred - before.deferred;
      const polls = Math.ceil((Date.now() - t0) / (mods.queue.queueSettings().pollingIntervalSeconds * 1000));
      console.log(`[queue] ${N} submissions one at a time: ${fetched} fetches for ${jobs} jobs (${polls} poll(s) in the time)`);
      expect(jobs).toBeGreaterThanOrEqual(N);
      // a fetch per job at most, plus the polls and deferrals; fetching after every finished job made it three per job
      expect(fetched).toBeLessThanOrEqual(jobs + polls + deferred + 1);
    } finally {
      await worker.stop();
    }
  }, 60_000);

  it("an embedded worker grades queued submissions; regrade enqueues every submission of the exercise", async () => {
    const { exercise } = await seedExercise(db.prisma, { slug: "regrade-ex" });
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const u = await makeUser(db.prisma);
      ids.push(
        (
          await mods.subs.submitCode(db.prisma, boss, {
            userId: u.id,
            exerciseSlug: "regrade-ex",
            code: i % 2 ? WRONG : RIGHT,
            idempotencyKey: key(),
          })
        ).id,
      );
    }
    const worker = await mods.worker.startGradingWorker(db.prisma, { url: db.url, pool, concurrency: 2, log: () => {} });
    try {
      const waitAll = async (pred: () => Promise<boolean>) => {
        const until = Date.now() + 20_000;
        while (!(await pred())) {
          if (Date.now() > until) throw new Error("timed out");
          await new Promise((r) => setTimeout(r, 100));
        }
      };
      await waitAll(async () => (await db.prisma.submission.count({ where: { id: { in: ids }, status: "graded" } })) === 4);
      const { enqueued, since } = await mods.subs.regradeExercise(db.prisma, boss, "regrade-ex");
      expect(enqueued).toBe(4);
      const jobs = await db.prisma.gradingJob.findMany({
        where: { reason: "regrade", submission: { exerciseVersion: { exerciseId: exercise.id } } },
      });
      expect(jobs).toHaveLength(4);
      expect(new Set(jobs.map((j) => j.submissionId))).toEqual(new Set(ids));
      expect(await pgbossJobs(jobs.map((j) => j.id))).toBe(4);
      await waitAll(async () => (await mods.subs.regradeProgress(db.prisma, "regrade-ex", since)).done === 4);
      expect(await mods.subs.regradeProgress(db.prisma, "regrade-ex", since)).toMatchObject({ total: 4, graded: 4, error: 0, done: 4 });
      // still one result set per submission
      expect(await db.prisma.testResult.count({ where: { submissionId: { in: ids } } })).toBe(8);
      const scores = (await db.prisma.submission.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: "asc" } })).map(
        (s) => s.score,
      );
      expect(scores).toEqual([2, 0, 2, 0]);
    } finally {
      await worker.stop();
    }
  }, 60_000);
});
