// Assignments on PostgreSQL: visibility before open (also for the API's gates), refusal after close, attempts
// allowed, time limits with extra time, extensions, late penalties on tests and code (a submission's createdAt
// decides, not its grading time), release of scores, the instructor's report and "My assignments".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { makeClass } from "../helpers/classes";
import { seedSmall, user, type Small } from "../gradebook/fixture";
import { startAssignmentAttempt } from "../../lib/assignments/attempts";
import { assertSubmissionAllowed, assignmentForLearner, createAssignment, setExtension } from "../../lib/assignments/service";
import { listMyAssignments } from "../../lib/assignments/mine";
import { getAssignmentReport } from "../../lib/assignments/report";
import { attemptResultsReleased } from "../../lib/assignments/release";
import { submitCode } from "../../lib/exercises/submissions";
import { removeMember } from "../../lib/classes/service";

let db: TestDatabase;
let fx: Small;
let teacher: { id: string };
let classId: string;
const L: Record<string, { id: string }> = {};
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BASE = new Date("2026-12-01T00:00:00Z").getTime();
const at = (h: number) => new Date(BASE + h * HOUR);
const iso = (d: Date) => d.toISOString();

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await seedSmall(db.prisma);
  teacher = await user(db.prisma, "Teacher", "instructor");
  for (const n of ["ann", "bob", "cem", "dee", "out"]) L[n] = await user(db.prisma, n);
  classId = (await makeClass(db.prisma, { instructorIds: [teacher.id], learnerIds: ["ann", "bob", "cem", "dee"].map((n) => L[n]!.id) })).id;
}, 120_000);
afterAll(() => db?.drop());

/** Open at h=0, due at h=48, close at h=96 (instants with offsets, so no time-zone reading is involved). */
async function assignment(extra: Record<string, unknown> = {}) {
  return createAssignment(db.prisma, teacher.id, classId, {
    title: "A",
    testSlug: "ptest",
    opensAt: iso(at(0)),
    dueAt: iso(at(48)),
    closesAt: iso(at(96)),
    latePolicy: "penalty_per_day",
    penaltyPerDay: 10,
    release: "after_due",
    ...extra,
  } as never);
}

async function finish(attemptId: string, submittedAt: Date, score: number) {
  await db.prisma.testAttempt.update({ where: { id: attemptId }, data: { status: "submitted", submittedAt, score } });
}

describe("visibility and gates", () => {
  it("before open: invisible to members (404), to My assignments and to the attempt API; non-members never see it", async () => {
    const { id } = await assignment();
    await expect(assignmentForLearner(db.prisma, L.ann!.id, id, at(-0.001))).rejects.toMatchObject({ status: 404 });
    await expect(startAssignmentAttempt(db.prisma, L.ann!.id, id, at(-1))).rejects.toMatchObject({ status: 404 });
    expect((await listMyAssignments(db.prisma, L.ann!.id, at(-1))).map((a) => a.id)).not.toContain(id);
    expect((await listMyAssignments(db.prisma, L.ann!.id, at(0))).map((a) => a.id)).toContain(id);
    await expect(assignmentForLearner(db.prisma, L.out!.id, id, at(1))).rejects.toMatchObject({ status: 404 });
    await expect(assignmentForLearner(db.prisma, L.ann!.id, "not-a-uuid", at(1))).rejects.toMatchObject({ status: 404 });
  });

  it("refuses new attempts at and after the close instant with a clear message; an extension keeps it open for one learner", async () => {
    const { id } = await assignment();
    await expect(startAssignmentAttempt(db.prisma, L.ann!.id, id, at(96))).rejects.toThrow(
      "This assignment is closed; no more attempts or submissions are accepted",
    );
    await setExtension(db.prisma, teacher.id, id, { userId: L.bob!.id, closesAt: iso(at(120)), extraTimeMin: 0 });
    const r = await startAssignmentAttempt(db.prisma, L.bob!.id, id, at(100));
    expect(r.resumed).toBe(false);
    const audit = await db.prisma.auditLog.count({ where: { action: "assignment.extension", targetId: id } });
    expect(audit).toBe(1);
  });

  it("attempts allowed are enforced; an open attempt is resumed, not counted twice", async () => {
    const { id } = await assignment({ attemptsAllowed: 1 });
    const first = await startAssignmentAttempt(db.prisma, L.ann!.id, id, at(1));
    expect(await startAssignmentAttempt(db.prisma, L.ann!.id, id, at(1.5))).toMatchObject({ attemptId: first.attemptId, resumed: true });
    await finish(first.attemptId, at(2), 3);
    await expect(startAssignmentAttempt(db.prisma, L.ann!.id, id, at(3))).rejects.toMatchObject({ status: 409 });
  });

  it("attempts are exam mode with the assignment's limit plus the learner's extra time; untimed ones end at the close", async () => {
    const timed = await assignment({ timeLimitMin: 30 });
    await setExtension(db.prisma, teacher.id, timed.id, { userId: L.cem!.id, extraTimeMin: 15 });
    const a = await startAssignmentAttempt(db.prisma, L.ann!.id, timed.id, at(1));
    const c = await startAssignmentAttempt(db.prisma, L.cem!.id, timed.id, at(1));
    const rows = await db.prisma.testAttempt.findMany({ where: { id: { in: [a.attemptId, c.attemptId] } } });
    const by = new Map(rows.map((r) => [r.id, r]));
    expect(by.get(a.attemptId)).toMatchObject({
      mode: "exam",
      assignmentId: timed.id,
      deadlineAt: new Date(at(1).getTime() + 30 * 60_000),
    });
    expect(by.get(c.attemptId)!.deadlineAt).toEqual(new Date(at(1).getTime() + 45 * 60_000));
    const untimed = await assignment();
    const u = await startAssignmentAttempt(db.prisma, L.ann!.id, untimed.id, at(1));
    expect((await db.prisma.testAttempt.findUniqueOrThrow({ where: { id: u.attemptId } })).deadlineAt).toEqual(at(96));
  });

  it("a removed learner loses access to the class's assignments (their attempts stay)", async () => {
    const { id } = await assignment();
    const r = await startAssignmentAttempt(db.prisma, L.dee!.id, id, at(1));
    await removeMember(db.prisma, teacher.id, classId, L.dee!.id);
    await expect(assignmentForLearner(db.prisma, L.dee!.id, id, at(2))).rejects.toMatchObject({ status: 404 });
    expect(await db.prisma.testAttempt.count({ where: { id: r.attemptId } })).toBe(1);
    await db.prisma.classMember.update({ where: { classId_userId: { classId, userId: L.dee!.id } }, data: { removedAt: null } });
  });
});

describe("scores, lateness and release", () => {
  it("tests: on time keeps the score, late loses 10% per started day; best penalised counts; raw stays beside it", async () => {
    const { id } = await assignment();
    // ann: on time 2/4; bob: 4/4 but 25 h late (2 days: −20%) → 0.8; cem: timed-out? none; dee: nothing
    const a = await startAssignmentAttempt(db.prisma, L.ann!.id, id, at(10));
    await finish(a.attemptId, at(48), 2); // exactly at the due instant: on time
    const b = await startAssignmentAttempt(db.prisma, L.bob!.id, id, at(60));
    await finish(b.attemptId, at(73), 4);
    const before = await getAssignmentReport(db.prisma, id, at(80));
    const row = (n: string) => before!.rows.find((r) => r.userId === L[n]!.id)!;
    expect(row("ann")).toMatchObject({ status: "submitted", raw: 0.5, penalised: 0.5, lateMs: 0 });
    expect(row("bob").status).toBe("late");
    expect(row("bob").raw).toBe(1);
    expect(row("bob").penalised).toBeCloseTo(0.8);
    expect(row("bob").lateMs).toBe(25 * HOUR);
    expect(row("cem").status).toBe("not_started");
    expect(before!.counts).toMatchObject({ submitted: 1, late: 1, not_started: 2 });
    expect(before!.bins[5]).toBe(1);
    expect(before!.bins[8]).toBe(1);
    expect(before!.meanPenalised).toBeCloseTo(0.65);
    const after = await getAssignmentReport(db.prisma, id, at(96));
    expect(after!.rows.find((r) => r.userId === L.cem!.id)!.status).toBe("missed");
  });

  it("no-credit policy: late work counts 0 but its raw score is kept", async () => {
    const { id } = await assignment({ latePolicy: "no_credit" });
    const b = await startAssignmentAttempt(db.prisma, L.bob!.id, id, at(47));
    await finish(b.attemptId, at(48.01), 4);
    const r = (await getAssignmentReport(db.prisma, id, at(50)))!.rows.find((x) => x.userId === L.bob!.id)!;
    expect(r).toMatchObject({ status: "late", raw: 1, penalised: 0 });
  });

  it("a timed attempt started before due keeps its own timer: finished after the due date, it is on time", async () => {
    const { id } = await assignment({ timeLimitMin: 60, latePolicy: "no_credit" });
    const a = await startAssignmentAttempt(db.prisma, L.ann!.id, id, at(47.5));
    await finish(a.attemptId, at(48.4), 4);
    const r = (await getAssignmentReport(db.prisma, id, at(50)))!.rows.find((x) => x.userId === L.ann!.id)!;
    expect(r).toMatchObject({ status: "submitted", penalised: 1, lateMs: 0 });
  });

  it("an extension moves the due date for one learner only", async () => {
    const { id } = await assignment({ latePolicy: "no_credit" });
    await setExtension(db.prisma, teacher.id, id, { userId: L.cem!.id, dueAt: iso(at(72)), extraTimeMin: 0 });
    for (const n of ["bob", "cem"]) {
      const x = await startAssignmentAttempt(db.prisma, L[n]!.id, id, at(60));
      await finish(x.attemptId, at(61), 4);
    }
    const rows = (await getAssignmentReport(db.prisma, id, at(62)))!.rows;
    expect(rows.find((x) => x.userId === L.bob!.id)).toMatchObject({ status: "late", penalised: 0 });
    expect(rows.find((x) => x.userId === L.cem!.id)).toMatchObject({ status: "submitted", penalised: 1, extended: true });
  });

  it("scores reach My assignments and attempt payloads only once released (after due; after close)", async () => {
    const { id } = await assignment({ release: "after_due" });
    const a = await startAssignmentAttempt(db.prisma, L.ann!.id, id, at(1));
    await finish(a.attemptId, at(2), 3);
    const mine = async (h: number) => (await listMyAssignments(db.prisma, L.ann!.id, at(h))).find((x) => x.id === id)!;
    expect(await mine(47)).toMatchObject({ status: "submitted", released: false, penalised: null, raw: null });
    expect(await mine(48)).toMatchObject({ released: true, penalised: 0.75, raw: 0.75 });
    const loaded = await db.prisma.testAttempt.findUniqueOrThrow({
      where: { id: a.attemptId },
      include: { assignment: { select: { opensAt: true, dueAt: true, closesAt: true, release: true, extensions: true } } },
    });
    expect(attemptResultsReleased(loaded, at(47))).toBe(false);
    expect(attemptResultsReleased(loaded, at(48))).toBe(true);
    const closeOnly = await assignment({ release: "after_close" });
    const c = await startAssignmentAttempt(db.prisma, L.ann!.id, closeOnly.id, at(1));
    const lc = await db.prisma.testAttempt.findUniqueOrThrow({
      where: { id: c.attemptId },
      include: { assignment: { select: { opensAt: true, dueAt: true, closesAt: true, release: true, extensions: true } } },
    });
    expect(attemptResultsReleased(lc, at(95))).toBe(false);
    expect(attemptResultsReleased(lc, at(96))).toBe(true);
    expect(attemptResultsReleased({ userId: L.ann!.id, assignment: null }, at(0))).toBe(true); // self-study
  });
});

describe("code exercises", () => {
  const sub = (userId: string, assignmentId: string, createdAt: Date, gradedAt: Date, score: number) =>
    db.prisma.submission.create({
      data: {
        userId,
        assignmentId,
        exerciseVersionId: fx.exVersion.id,
        idempotencyKey: `k-${Math.random()}`,
        code: "y = 1",
        status: "graded",
        score,
        maxScore: 2,
        createdAt,
        gradedAt,
      },
    });

  it("a submission received one second before due is on time even when graded a minute after; later ones are penalised", async () => {
    const { id } = await createAssignment(db.prisma, teacher.id, classId, {
      title: "Code",
      exerciseSlugs: "pex",
      opensAt: iso(at(0)),
      dueAt: iso(at(48)),
      closesAt: iso(at(96)),
      latePolicy: "penalty_per_day",
      penaltyPerDay: 25,
      release: "immediately",
    } as never);
    await sub(L.ann!.id, id, new Date(at(48).getTime() - 1000), new Date(at(48).getTime() + 60_000), 2);
    await sub(L.bob!.id, id, new Date(at(48).getTime() + 1000), new Date(at(48).getTime() + 2000), 2);
    const rows = (await getAssignmentReport(db.prisma, id, at(50)))!.rows;
    expect(rows.find((r) => r.userId === L.ann!.id)).toMatchObject({ status: "submitted", raw: 1, penalised: 1, lateMs: 0 });
    expect(rows.find((r) => r.userId === L.bob!.id)).toMatchObject({ status: "late", raw: 1, penalised: 0.75, lateMs: 1000 });
    // the gate: open before close, closed at it; only the assignment's exercises
    await expect(assertSubmissionAllowed(db.prisma, L.ann!.id, id, fx.exercise.id, at(95.9))).resolves.toBeUndefined();
    await expect(assertSubmissionAllowed(db.prisma, L.ann!.id, id, fx.exercise.id, at(96))).rejects.toMatchObject({ status: 409 });
    await expect(assertSubmissionAllowed(db.prisma, L.out!.id, id, fx.exercise.id, at(50))).rejects.toMatchObject({ status: 404 });
  });

  it("submitCode refuses a submission for a closed assignment before storing anything", async () => {
    const { id } = await createAssignment(db.prisma, teacher.id, classId, {
      title: "Closed",
      exerciseSlugs: ["pex"],
      opensAt: iso(new Date(Date.now() - 3 * DAY)),
      dueAt: iso(new Date(Date.now() - 2 * DAY)),
      closesAt: iso(new Date(Date.now() - DAY)),
      latePolicy: "no_credit",
      penaltyPerDay: 0,
      release: "immediately",
    } as never);
    const boss = {} as PgBoss; // never reached: the gate refuses first
    await expect(
      submitCode(db.prisma, boss, {
        userId: L.ann!.id,
        exerciseSlug: "pex",
        code: "y = 2",
        idempotencyKey: "closed-assignment-1",
        assignmentId: id,
      }),
    ).rejects.toThrow("This assignment is closed; no more attempts or submissions are accepted");
    expect(await db.prisma.submission.count({ where: { assignmentId: id } })).toBe(0);
  });

  it("rejects an assignment with both or neither of test and exercises, unknown slugs and dates out of order", async () => {
    const base = {
      title: "X",
      opensAt: iso(at(0)),
      dueAt: iso(at(1)),
      closesAt: iso(at(2)),
      latePolicy: "no_credit",
      penaltyPerDay: 0,
      release: "after_due",
    };
    await expect(createAssignment(db.prisma, teacher.id, classId, { ...base } as never)).rejects.toMatchObject({ status: 400 });
    await expect(
      createAssignment(db.prisma, teacher.id, classId, { ...base, testSlug: "ptest", exerciseSlugs: "pex" } as never),
    ).rejects.toMatchObject({ status: 400 });
    await expect(createAssignment(db.prisma, teacher.id, classId, { ...base, exerciseSlugs: "pex, nope" } as never)).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      createAssignment(db.prisma, teacher.id, classId, { ...base, testSlug: "ptest", dueAt: iso(at(3)) } as never),
    ).rejects.toMatchObject({ status: 400 });
  });

  it("wall-clock dates are read in the class's time zone (Asia/Tokyo = UTC+9)", async () => {
    const { id } = await createAssignment(db.prisma, teacher.id, classId, {
      title: "Tokyo",
      testSlug: "ptest",
      opensAt: "2026-12-07T09:00",
      dueAt: "2026-12-07T23:59",
      closesAt: "2026-12-08T23:59",
      latePolicy: "no_credit",
      penaltyPerDay: 0,
      release: "after_due",
    } as never);
    const a = await db.prisma.assignment.findUniqueOrThrow({ where: { id } });
    expect(a.opensAt.toISOString()).toBe("2026-12-07T00:00:00.000Z");
    expect(a.dueAt.toISOString()).toBe("2026-12-07T14:59:00.000Z");
  });
});
