// A mock exam end to end against a real PostgreSQL with the real content tree (exercises/tests/mock-exam): the draw
// at start (100 questions, or the whole bank when smaller), a class's settings, autosave, submit, the score by unit
// and by section, timer expiry grading what was saved, the comparison with earlier attempts, and the class's results.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestDatabase } from "../helpers/db";
import { createContentDatabase } from "../helpers/template-db";
import { makeClass } from "../helpers/classes";
import { correctResponses, makeUser } from "../attempts/fixture";
import { CreateAssignmentBody } from "../../lib/assignments/http";
import { createAssignment } from "../../lib/assignments/service";
import { buildAttemptPayload } from "../../lib/attempts/payload";
import { getOwnedAttempt, saveAnswer, startAttempt, submitAttempt } from "../../lib/attempts/service";
import { MockConfigBody, getClassMockSettings, setClassMockSettings } from "../../lib/mock-exam/config";
import { mockResult } from "../../lib/mock-exam/results";
import { classMockResults } from "../../lib/mock-exam/class-results";
import type { StoredMockDraw } from "../../lib/mock-exam/start";

const MOCK = "mock-exam";
let db: TestDatabase;
let classX: string;
let classY: string;
let learner: { id: string };
let outsider: { id: string };

beforeAll(async () => {
  db = await createContentDatabase();
  learner = await makeUser(db.prisma, "mia");
  outsider = await makeUser(db.prisma, "yuki");
  classX = (await makeClass(db.prisma, { learnerIds: [learner.id] })).id;
  classY = (await makeClass(db.prisma, { learnerIds: [outsider.id] })).id;
}, 180_000);
afterAll(() => db?.drop());

/** The drawn questions of an attempt with their kind, section and unit (straight from the tables). */
async function drawn(attemptId: string) {
  const rows = await db.prisma.answer.findMany({
    where: { attemptId },
    select: {
      itemVersion: {
        select: { item: { select: { slug: true, kind: true, section: { select: { slug: true, unit: { select: { slug: true } } } } } } },
      },
    },
  });
  return rows.map((r) => ({
    slug: r.itemVersion.item.slug,
    kind: r.itemVersion.item.kind,
    section: r.itemVersion.item.section.slug,
    unit: r.itemVersion.item.section.unit.slug,
  }));
}

/** Questions a mock exam of the course can draw: not retired, not short text (counted straight from the tables). */
const bankSize = () =>
  db.prisma.item.count({ where: { retired: false, kind: { not: "short_text" }, section: { unit: { course: { slug: "jdla-e" } } } } });

const countBy = <T>(xs: T[], key: (x: T) => string) =>
  xs.reduce<Record<string, number>>((m, x) => ({ ...m, [key(x)]: (m[key(x)] ?? 0) + 1 }), {});

describe("the course's mock exam with its own plan", () => {
  it("draws 100 distinct questions (or the whole bank when smaller), timed 120 minutes, stable across reloads", async () => {
    const solo = await makeUser(db.prisma, "solo");
    const bank = await bankSize();
    const n = Math.min(100, bank);
    await expect(startAttempt(db.prisma, solo.id, MOCK, "practice")).rejects.toMatchObject({ status: 400 });
    const { attemptId, resumed } = await startAttempt(db.prisma, solo.id, MOCK, "exam");
    expect(resumed).toBe(false);
    const attempt = await getOwnedAttempt(db.prisma, solo.id, attemptId);
    const qs = await drawn(attemptId);
    expect(qs).toHaveLength(n);
    expect(new Set(qs.map((q) => q.slug)).size).toBe(n);
    expect(qs.some((q) => q.kind === "short_text")).toBe(false);
    expect(attempt.deadlineAt!.getTime() - attempt.startedAt.getTime()).toBe(120 * 60_000);
    expect(attempt.maxScore).toBe(n);
    const draw = attempt.mockDraw as unknown as StoredMockDraw;
    expect(draw).toMatchObject({ classId: null, requested: 100, shortfall: 100 - n });
    expect(draw.strata.reduce((s, x) => s + x.drawn, 0)).toBe(n);
    // resuming returns the same attempt and the same questions in the same order
    expect(await startAttempt(db.prisma, solo.id, MOCK, "exam")).toEqual({ attemptId, resumed: true });
    const order = async () => buildAttemptPayload(await getOwnedAttempt(db.prisma, solo.id, attemptId), "en").items.map((i) => i.slug);
    expect(await order()).toEqual(await order());
  });

  it("a bank smaller than asked: every eligible question once, and the attempt records the shortfall", async () => {
    const big = await makeUser(db.prisma, "big");
    const cls = (await makeClass(db.prisma, { learnerIds: [big.id] })).id;
    await setClassMockSettings(db.prisma, big.id, cls, MOCK, { questions: 300, minutes: 5, units: {}, sections: {} });
    const bank = await bankSize();
    expect(bank).toBeLessThan(300);
    const { attemptId } = await startAttempt(db.prisma, big.id, MOCK, "exam");
    const qs = await drawn(attemptId);
    expect(qs).toHaveLength(bank);
    expect(new Set(qs.map((q) => q.slug)).size).toBe(bank);
    const attempt = await getOwnedAttempt(db.prisma, big.id, attemptId);
    expect(attempt.mockDraw).toMatchObject({ classId: cls, requested: 300, shortfall: 300 - bank });
  });
});

describe("a class's settings", () => {
  it("validates the settings: limits (zod), unknown units, a non-mock or unknown test", async () => {
    expect(MockConfigBody.safeParse({ questions: 0, minutes: 10 }).success).toBe(false);
    expect(MockConfigBody.safeParse({ questions: 301, minutes: 10 }).success).toBe(false);
    expect(MockConfigBody.safeParse({ questions: 10, minutes: 601 }).success).toBe(false);
    expect(MockConfigBody.safeParse({ questions: 10, minutes: 10, units: { day1: -1 } }).success).toBe(false);
    expect(MockConfigBody.safeParse({ questions: 10, minutes: 10, extra: 1 }).success).toBe(false);
    await expect(
      setClassMockSettings(db.prisma, learner.id, classX, MOCK, { questions: 10, minutes: 10, units: { day9: 1 }, sections: {} }),
    ).rejects.toMatchObject({
      status: 400,
      body: { fields: { "units.day9": ['"day9" is not a unit of this course'] } },
    });
    await expect(
      setClassMockSettings(db.prisma, learner.id, classX, MOCK, { questions: 10, minutes: 10, units: { day1: 0, day3: 0 }, sections: {} }),
    ).rejects.toMatchObject({
      status: 400,
    });
    await expect(getClassMockSettings(db.prisma, classX, "day3-exam")).rejects.toMatchObject({ status: 404 });
    await expect(getClassMockSettings(db.prisma, classX, "no-such-test")).rejects.toMatchObject({ status: 404 });
    await expect(
      createAssignment(
        db.prisma,
        learner.id,
        classX,
        CreateAssignmentBody.parse({
          title: "Mock",
          testSlug: MOCK,
          opensAt: "2026-01-01T00:00",
          dueAt: "2030-01-01T00:00",
          closesAt: "2030-01-02T00:00",
        }),
      ),
    ).rejects.toMatchObject({ status: 400 });
    const before = await getClassMockSettings(db.prisma, classX, MOCK);
    expect(before).toMatchObject({ custom: false, plan: { questions: 100, timeLimitMinutes: 120 } });
  });

  it("draws the class's count in its proportions, grades what was submitted and scores by unit and section", async () => {
    await setClassMockSettings(db.prisma, learner.id, classX, MOCK, {
      questions: 12,
      minutes: 10,
      units: { day1: 1, day3: 2 },
      sections: {},
    });
    expect((await getClassMockSettings(db.prisma, classX, MOCK)).custom).toBe(true);
    const { attemptId } = await startAttempt(db.prisma, learner.id, MOCK, "exam");
    const attempt = await getOwnedAttempt(db.prisma, learner.id, attemptId);
    expect(attempt.deadlineAt!.getTime() - attempt.startedAt.getTime()).toBe(10 * 60_000);
    expect((attempt.mockDraw as unknown as StoredMockDraw).classId).toBe(classX);
    const qs = await drawn(attemptId);
    expect(countBy(qs, (q) => q.unit)).toEqual({ day1: 4, day3: 8 }); // 12 split 1:2
    // answer every question but the code blanks and one other, correctly (code blanks would need the grader process)
    const right = await correctResponses(
      db.prisma,
      attempt.seed,
      qs.map((q) => q.slug),
    );
    const answered = qs.filter((q) => q.kind !== "code_blank").slice(1);
    for (const q of answered) await saveAnswer(db.prisma, learner.id, attemptId, q.slug, right[q.slug]);
    const done = await submitAttempt(db.prisma, learner.id, attemptId);
    expect(done.status).toBe("submitted");
    expect(done.score).toBe(answered.length);
    expect(done.maxScore).toBe(12);

    const r = await mockResult(db.prisma, done);
    expect(r.total).toMatchObject({ score: answered.length, max: 12 });
    const perSection = (xs: typeof qs) => countBy(xs, (q) => q.section);
    expect(Object.fromEntries(r.units.flatMap((u) => u.sections.map((s) => [s.section, s.max])))).toEqual(perSection(qs));
    const gotScores = Object.fromEntries(r.units.flatMap((u) => u.sections.map((s) => [s.section, s.score])).filter(([, v]) => v !== 0));
    expect(gotScores).toEqual(perSection(answered));
    expect(Object.fromEntries(r.units.map((u) => [u.unit, u.score]))).toEqual({ day1: 0, day3: 0, ...countBy(answered, (q) => q.unit) });
    const missed = qs.filter((q) => !answered.includes(q)).map((q) => q.slug);
    expect(r.review.map((x) => x.slug).sort()).toEqual(missed.sort());
    for (const x of r.review) expect(x.href).toMatch(/^\/(tests\/[a-z0-9-]+\?mode=practice|courses\/jdla-e\/[a-z0-9-]+)$/);
    expect(r.history.map((h) => h.attemptId)).toEqual([attemptId]);
  });

  it("timer expiry ends the attempt and grades only what was saved; the result compares with the earlier attempt", async () => {
    const { attemptId, resumed } = await startAttempt(db.prisma, learner.id, MOCK, "exam"); // a mock exam may be taken again
    expect(resumed).toBe(false);
    const attempt = await getOwnedAttempt(db.prisma, learner.id, attemptId);
    const qs = await drawn(attemptId);
    const right = await correctResponses(
      db.prisma,
      attempt.seed,
      qs.map((q) => q.slug),
    );
    const saved = qs.filter((q) => q.kind !== "code_blank").slice(0, 2);
    for (const q of saved) await saveAnswer(db.prisma, learner.id, attemptId, q.slug, right[q.slug]);
    const late = () => new Date(attempt.deadlineAt!.getTime() + 60_000);
    await expect(saveAnswer(db.prisma, learner.id, attemptId, qs[0]!.slug, right[qs[0]!.slug], { now: late })).rejects.toMatchObject({
      status: 409,
    });
    const done = await getOwnedAttempt(db.prisma, learner.id, attemptId, { now: late });
    expect(done.status).toBe("expired");
    expect(done.score).toBe(saved.length);
    const r = await mockResult(db.prisma, done);
    expect(r.history).toHaveLength(2);
    expect(r.history[1]!.attemptId).toBe(attemptId);
    expect(r.history[0]!.score).toBeGreaterThanOrEqual(0);
    expect(r.history[1]).toMatchObject({ score: saved.length, max: 12, status: "expired" });
    expect(Object.values(r.history[1]!.bySection).reduce<number>((n, x) => n + (x ?? 0), 0)).toBeGreaterThan(0);
  });

  it("the class's results: its own learners only, their latest attempt by section", async () => {
    const { attemptId } = await startAttempt(db.prisma, outsider.id, MOCK, "exam");
    await submitAttempt(db.prisma, outsider.id, attemptId); // class Y, no settings: the test's own plan
    const x = await classMockResults(db.prisma, classX, MOCK);
    expect(x.learners.map((l) => l.userId)).toEqual([learner.id]);
    expect(x.learners[0]!.attempts).toBe(2);
    expect(x.learners[0]!.latest!.status).toBe("expired");
    for (const [section, ratio] of Object.entries(x.learners[0]!.latest!.bySection)) expect(x.mean[section]).toBe(ratio);
    const y = await classMockResults(db.prisma, classY, MOCK);
    expect(y.learners.map((l) => l.userId)).toEqual([outsider.id]);
    expect(y.learners[0]!.latest!.score).toBe(0);
  });
});
