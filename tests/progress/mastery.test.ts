// lib/progress: mastery rule, history, weak spots, due reviews; a learner sees only their own data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { chartPoints, daysUntil, getProgress } from "../../lib/progress/mastery";
import { recordOutcome } from "../../lib/review/outcome";
import { attemptWith, seedSmall, submissionWith, user, type Small } from "../gradebook/fixture";

let db: TestDatabase;
let fx: Small;
beforeAll(async () => {
  db = await createTestDatabase();
  fx = await seedSmall(db.prisma);
}, 120_000);
afterAll(() => db?.drop());

describe("getProgress", () => {
  it("mastery = mean of latest grades, untried counting 0; history, weak spots, due reviews", async () => {
    const ann = await user(db.prisma, "ann");
    const t0 = new Date("2026-03-01T10:00:00Z");
    const t1 = new Date("2026-03-02T10:00:00Z");
    await attemptWith(db.prisma, fx, ann.id, ["b", "b", "a", null], { at: t0 });
    await attemptWith(db.prisma, fx, ann.id, ["a", "c", "a", "b"], { at: t1 }); // latest: q1 right, q2 wrong, q3 right, q4 wrong
    await submissionWith(db.prisma, fx, ann.id, 1, 2, t1);
    const now = new Date("2026-03-03T10:00:00Z");
    await recordOutcome(db.prisma, {
      userId: ann.id,
      itemId: fx.items[1]!.item.id,
      outcome: { kind: "answer", correct: false, tries: 1, hintsUsed: 0, revealed: false },
      at: t1,
    });
    await recordOutcome(db.prisma, {
      userId: ann.id,
      exerciseId: fx.exercise.id,
      outcome: { kind: "submission", score: 2, maxScore: 2 },
      at: now,
    });

    const p = await getProgress(db.prisma, ann.id, now);
    const by = Object.fromEntries(p.sections.map((s) => [s.slug, s]));
    expect(by.ps1).toMatchObject({ total: 2, tried: 2, mastery: 0.5 }); // q1 1, q2 0
    expect(by.ps2!.total).toBe(3); // q3, q4, exercise
    expect(by.ps2!.mastery).toBeCloseTo((1 + 0 + 0.5) / 3);
    expect(p.history.map((h) => h.percent)).toEqual([25, 50, 50]);
    expect(p.history[0]!.kind).toBe("test");
    expect(p.recent[0]!.at.getTime()).toBe(t1.getTime());
    expect(p.weakSpots[0]).toMatchObject({ itemSlug: "q2", failed: 2, graded: 2 });
    expect(p.weakSpots.map((w) => w.itemSlug)).not.toContain("q3");
    expect(p.due.map((d) => d.slug)).toEqual(["q2"]);
    expect(p.due[0]!.href).toBe("/courses/pc/ps1");
    expect(p.upcoming.map((d) => d.slug)).toEqual(["pex"]);
    expect(p.upcoming[0]!.href).toBe("/exercises/pex");
    expect(p.nextReviewInDays).toBe(p.upcoming[0]!.inDays);
  });

  it("an instructor's later grade of an old answer does not make it the latest grade", async () => {
    const bob = await user(db.prisma, "bob");
    await attemptWith(db.prisma, fx, bob.id, ["b", "b", null, null], { at: new Date("2026-03-01T10:00:00Z") }); // q1 wrong
    await attemptWith(db.prisma, fx, bob.id, ["a", "b", null, null], { at: new Date("2026-03-02T10:00:00Z") }); // q1 right
    const [older] = await db.prisma.answer.findMany({
      where: { attempt: { userId: bob.id }, itemVersion: { itemId: fx.items[0]!.item.id } },
      orderBy: { attempt: { startedAt: "asc" } },
    });
    await db.prisma.answer.update({ where: { id: older!.id }, data: { manualScore: 0.25 } }); // touched last
    const p = await getProgress(db.prisma, bob.id, new Date("2026-03-03T10:00:00Z"));
    expect(p.sections.find((s) => s.slug === "ps1")).toMatchObject({ tried: 2, mastery: 0.5 }); // q1 1 (newer attempt), q2 0
  });

  it("a learner with no work sees 0 mastery everywhere and nothing of another learner", async () => {
    const other = await user(db.prisma, "other");
    const eve = await user(db.prisma, "eve");
    await attemptWith(db.prisma, fx, other.id, ["a", "a", "a", "a"]);
    await submissionWith(db.prisma, fx, other.id, 2, 2);
    await recordOutcome(db.prisma, {
      userId: other.id,
      itemId: fx.items[0]!.item.id,
      outcome: { kind: "answer", correct: false, tries: 1, hintsUsed: 0, revealed: true },
    });
    const p = await getProgress(db.prisma, eve.id);
    expect(p.sections.every((s) => s.mastery === 0 && s.tried === 0)).toBe(true);
    expect(p).toMatchObject({ history: [], recent: [], weakSpots: [], due: [], upcoming: [], nextReviewInDays: null });
  });
});

describe("helpers", () => {
  it("daysUntil rounds to whole days and never goes negative; chart points span the box", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(daysUntil(new Date("2026-01-01T00:10:00Z"), now)).toBe(0); // a relearning step: today
    expect(daysUntil(new Date("2026-01-01T20:00:00Z"), now)).toBe(1);
    expect(daysUntil(new Date("2026-01-03T00:00:00Z"), now)).toBe(2);
    expect(daysUntil(new Date("2025-12-01T00:00:00Z"), now)).toBe(0);
    expect(chartPoints([0, 100], 108, 108)).toEqual([
      [4, 104],
      [104, 4],
    ]);
    expect(chartPoints([50], 108, 108)).toEqual([[54, 54]]);
  });
});
