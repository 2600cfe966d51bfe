// POST/GET /api/instructor/exercises/[slug]/regrade (lib/gradebook/regrade) on a real database with the real grading
// queue (pg-boss) and worker threads: after an exercise's tests change, every submission is regraded exactly once
// against the new version, progress reaches done, the run is in the AuditLog; access and double starts are refused.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type PgBoss from "pg-boss";
import type { SessionUser } from "../../lib/auth/session";
import { teachEveryLearner } from "../helpers/classes";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { makeUser, RIGHT, seedExercise, WRONG } from "../exercises/queue-fixture";

let session: SessionUser | null = null;
vi.mock("../../lib/auth/session", () => ({ getSessionUser: async () => session }));

const PLUS_ONE = "y = 2 * x + 1\n";
const SLUG = "regrade-me";

let db: TestDatabase;
let boss: PgBoss;
const mods = {} as {
  queue: typeof import("../../lib/exercises/queue");
  subs: typeof import("../../lib/exercises/submissions");
  worker: typeof import("../../lib/exercises/queue-worker");
  pool: typeof import("../../lib/grader-pool/pool");
  route: typeof import("../../app/api/instructor/exercises/[slug]/regrade/route");
};
type U = { id: string; email: string; name: string };
let teacher: U;
let learner: U;
let exerciseId: string;
const submissionIds: Record<string, string> = {};

async function withWorker<T>(fn: () => Promise<T>): Promise<T> {
  const pool = new mods.pool.GraderPool({ size: 2 });
  const worker = await mods.worker.startGradingWorker(db.prisma, { url: db.url, pool, concurrency: 1, log: () => {} });
  try {
    return await fn();
  } finally {
    await worker.stop();
  }
}

async function until(pred: () => Promise<boolean>, ms = 30_000) {
  const end = Date.now() + ms;
  while (!(await pred())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
}

const as = (u: U | null, role: "learner" | "instructor" | "admin" = "learner") => {
  session = u ? { id: u.id, email: u.email, name: u.name, role, locale: null } : null;
};

function post(slug: string, body: unknown = {}, headers: Record<string, string> = {}) {
  const req = new Request(`http://localhost/api/instructor/exercises/${slug}/regrade`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return mods.route.POST(req, { params: Promise.resolve({ slug }) });
}

function get(slug: string, run?: string) {
  const req = new Request(`http://localhost/api/instructor/exercises/${slug}/regrade${run ? `?run=${encodeURIComponent(run)}` : ""}`);
  return mods.route.GET(req, { params: Promise.resolve({ slug }) });
}

type Run = import("../../lib/gradebook/regrade").RegradeRun;

async function waitForRun(id: string): Promise<Run> {
  let run: Run | null = null;
  await until(async () => {
    run = ((await (await get(SLUG, id)).json()) as { run: Run }).run;
    return !run.active;
  });
  return run!;
}

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  mods.queue = await import("../../lib/exercises/queue");
  mods.subs = await import("../../lib/exercises/submissions");
  mods.worker = await import("../../lib/exercises/queue-worker");
  mods.pool = await import("../../lib/grader-pool/pool");
  mods.route = await import("../../app/api/instructor/exercises/[slug]/regrade/route");
  boss = await mods.queue.getQueue(db.url);
  exerciseId = (await seedExercise(db.prisma, { slug: SLUG })).exercise.id;
  await seedExercise(db.prisma, { slug: "other-ex" });
  teacher = await makeUser(db.prisma, "instructor");
  learner = await makeUser(db.prisma);
  for (const [label, code] of Object.entries({ right: RIGHT, wrong: WRONG, plusOne: PLUS_ONE, right2: RIGHT })) {
    const u = label === "right" ? learner : await makeUser(db.prisma);
    submissionIds[label] = (
      await mods.subs.submitCode(db.prisma, boss, { userId: u.id, exerciseSlug: SLUG, code, idempotencyKey: `key-${label}-0001` })
    ).id;
  }
  await withWorker(() => until(async () => (await db.prisma.submission.count({ where: { status: "graded" } })) === 4));
  // the tests change: version 2 expects y = 2x + 1 (new test names), and becomes current
  await db.prisma.exerciseVersion.create({
    data: {
      exerciseId,
      version: 2,
      contentHash: "v2",
      content: {
        setup: "import numpy as np\nx = np.arange(3) + SEED\n",
        limits: { timeMs: 5000, memoryMb: 64, outputKb: 16 },
        publicTests: [{ name: "plus_one_seed_zero", seed: 0, compare: ["y"] }],
        hiddenTestCount: 1,
      },
      secret: { solution: PLUS_ONE, hiddenTests: [{ name: "plus_one_seed_one", seed: 1, compare: ["y"] }], rtol: 1e-7, atol: 1e-9 },
    },
  });
  await db.prisma.exercise.update({ where: { id: exerciseId }, data: { currentVersion: 2 } });
  await teachEveryLearner(db.prisma, teacher.id); // the instructor views are scoped to a class
}, 120_000);

afterAll(async () => {
  await mods.queue?.stopQueue(db.url);
  await db?.drop();
});

describe("access", () => {
  it("signed out → 401, learner → 403, unknown exercise → 404, cross-site or non-JSON POST refused; nothing enqueued", async () => {
    as(null);
    expect((await post(SLUG)).status).toBe(401);
    expect((await get(SLUG)).status).toBe(401);
    as(learner);
    const forbidden = await post(SLUG);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toEqual({ error: "You do not have permission to do this", code: "forbidden" });
    expect((await get(SLUG)).status).toBe(403);
    as(teacher, "instructor");
    const missing = await post("no-such-exercise");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: "Exercise not found", code: "exercise_not_found" });
    expect((await get("no-such-exercise")).status).toBe(404);
    expect((await post(SLUG, {}, { origin: "https://evil.example" })).status).toBe(403);
    const plain = await mods.route.POST(
      new Request(`http://localhost/api/instructor/exercises/${SLUG}/regrade`, {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: "{}",
      }),
      { params: Promise.resolve({ slug: SLUG }) },
    );
    expect(plain.status).toBe(415);
    const badKey = await post(SLUG, { key: "x" });
    expect(badKey.status).toBe(400);
    expect(await (await get(SLUG)).json()).toEqual({ run: null });
    expect(await db.prisma.gradingJob.count({ where: { reason: "regrade" } })).toBe(0);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });
});

describe("regrade", () => {
  let firstRun: Run;
  let firstKey: string;

  it("two starts at once enqueue one run; the workers regrade every submission once against the new tests", async () => {
    as(teacher, "instructor");
    const reviewBefore = await db.prisma.reviewState.findMany({ orderBy: { id: "asc" } });
    // no worker is running yet, so the run stays active while the second start arrives
    const [a, b] = await Promise.all([post(SLUG, { key: "click-aaaa-1" }), post(SLUG, { key: "click-bbbb-2" })]);
    const replies = [
      { key: "click-aaaa-1", status: a.status, body: (await a.json()) as { run: Run; started: boolean } },
      { key: "click-bbbb-2", status: b.status, body: (await b.json()) as { run: Run; started: boolean } },
    ].sort((x, y) => x.status - y.status);
    expect(replies.map((r) => [r.status, r.body.started])).toEqual([
      [200, false],
      [202, true],
    ]);
    firstRun = replies[1]!.body.run;
    firstKey = replies[1]!.key; // either click may win the race
    expect(replies[0]!.body.run.id).toBe(firstRun.id);
    expect(firstRun).toMatchObject({
      state: "running",
      active: true,
      enqueued: 4,
      queued: 4,
      done: 0,
      toVersion: 2,
      fromVersions: { "1": 4 },
      exerciseSlug: SLUG,
    });
    // a third click while it runs: the same run again
    const again = await post(SLUG);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { run: Run }).run.id).toBe(firstRun.id);
    const jobs = await db.prisma.gradingJob.findMany({ where: { reason: "regrade" } });
    expect(jobs).toHaveLength(4);
    expect(new Set(jobs.map((j) => j.submissionId))).toEqual(new Set(Object.values(submissionIds)));

    const done = await withWorker(() => waitForRun(firstRun.id));
    expect(done).toMatchObject({ state: "done", active: false, enqueued: 4, queued: 0, running: 0, graded: 4, failed: 0, done: 4 });
    // re-scoring old work is not a new recall: spaced review is untouched
    expect(await db.prisma.reviewState.findMany({ orderBy: { id: "asc" } })).toEqual(reviewBefore);

    // graded against version 2: only y = 2x + 1 earns full marks now; the results carry the new test names
    const subs = await db.prisma.submission.findMany({
      where: { id: { in: Object.values(submissionIds) } },
      include: { results: true, exerciseVersion: { select: { version: true } }, jobs: true },
    });
    const byId = new Map(subs.map((s) => [s.id, s]));
    expect(Object.fromEntries(Object.entries(submissionIds).map(([k, id]) => [k, byId.get(id)!.score]))).toEqual({
      right: 0,
      wrong: 0,
      plusOne: 2,
      right2: 0,
    });
    for (const s of subs) {
      expect(s.status).toBe("graded");
      expect(s.exerciseVersion.version).toBe(2);
      expect(s.results.map((r) => r.testName).sort()).toEqual(["plus_one_seed_one", "plus_one_seed_zero"]);
      expect(s.jobs.filter((j) => j.reason === "regrade")).toHaveLength(1);
    }
    const audit = await db.prisma.auditLog.findMany({ where: { action: "exercise.regrade" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ id: firstRun.id, actorId: teacher.id, targetType: "exercise", targetId: exerciseId });
    expect(audit[0]!.details).toMatchObject({
      state: "enqueued",
      enqueued: 4,
      toVersion: 2,
      fromVersions: { "1": 4 },
      key: firstKey,
    });
  }, 90_000);

  it("the same key later answers with its run; a new start after the run finished regrades again, once", async () => {
    as(teacher, "admin");
    const replay = await post(SLUG, { key: firstKey });
    expect(replay.status).toBe(200);
    expect((await replay.json()) as { run: Run; started: boolean }).toMatchObject({
      started: false,
      run: { id: firstRun.id, state: "done" },
    });

    const second = await post(SLUG, { key: "click-cccc-3" });
    expect(second.status).toBe(202);
    const run = ((await second.json()) as { run: Run }).run;
    expect(run.id).not.toBe(firstRun.id);
    expect(run).toMatchObject({ enqueued: 4, toVersion: 2, fromVersions: {} });
    expect(await withWorker(() => waitForRun(run.id))).toMatchObject({ state: "done", graded: 4, failed: 0 });
    expect(await db.prisma.gradingJob.count({ where: { reason: "regrade" } })).toBe(8);
    expect(await db.prisma.testResult.count({ where: { submissionId: { in: Object.values(submissionIds) } } })).toBe(8);

    // GET without ?run is the latest run; a run id of another exercise (or not an id) is 404
    expect(((await (await get(SLUG)).json()) as { run: Run }).run.id).toBe(run.id);
    expect((await get("other-ex", run.id)).status).toBe(404);
    expect((await get(SLUG, "not-a-uuid")).status).toBe(404);
    expect(((await (await get("other-ex")).json()) as { run: Run | null }).run).toBeNull();
  }, 90_000);
});
