// scripts/seed-load.ts and scripts/bench-dashboards.ts on a small class: the generated data is consistent (attempt
// totals as lib/attempts computes them, pending and hand-graded short text), and the benchmark runs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { resetLoad, seedLoad } from "../../scripts/seed-load";
import { benchDashboards, formatBench, percentile } from "../../scripts/bench-dashboards";
import { getGradebook } from "../../lib/gradebook/gradebook";
import { listPendingShortAnswers } from "../../lib/gradebook/manual";
import { getItemStats } from "../../lib/gradebook/items";
import { CONV_ANSWER } from "../../scripts/seed-load-open";
import { paramsFor, toItemFile } from "../../lib/attempts/item-file";
import { answerValues } from "../../lib/content/params";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
}, 120_000);
afterAll(() => db?.drop());

describe("seed:load and bench:dashboards", () => {
  it("creates learners × tests attempts with items-per-test answers each and consistent totals", async () => {
    const r = await seedLoad(db.prisma, { learners: 30, tests: 3, itemsPerTest: 5, exercises: 2 });
    expect(r).toMatchObject({ learners: 30, attempts: 90, answers: 450 });
    expect(r.submissions).toBeGreaterThanOrEqual(60);
    expect(r.submissions).toBeLessThanOrEqual(180);
    await expect(seedLoad(db.prisma, { learners: 1, tests: 1, itemsPerTest: 1, exercises: 0 })).rejects.toThrow(/--reset/);
    const attempts = await db.prisma.testAttempt.findMany({ include: { answers: true } });
    for (const a of attempts) {
      expect(a.answers).toHaveLength(5);
      expect(a.score).toBeCloseTo(
        a.answers.reduce((s, x) => s + (x.manualScore ?? x.score ?? 0), 0),
        6,
      );
      expect(a.status).toBe("submitted");
    }
    const correct = await db.prisma.answer.count({ where: { correct: true } });
    expect(correct).toBeGreaterThan(0);
    expect(correct).toBeLessThan(360); // not everyone right
    const pending = await listPendingShortAnswers(db.prisma, { limit: 1000 });
    const shortCount = await db.prisma.answer.count({ where: { itemVersion: { item: { kind: "short_text" } } } });
    expect(shortCount).toBe(90);
    expect(pending.total).toBeLessThan(90);
    const g = await getGradebook(db.prisma);
    expect(g.total).toBe(30);
    // open-answer questions: the numeric one holds each variant's value when right and a typical slip when wrong
    const numeric = await db.prisma.answer.findMany({
      where: { itemVersion: { item: { kind: "numeric" } } },
      select: {
        response: true,
        correct: true,
        attempt: { select: { seed: true } },
        itemVersion: { select: { content: true, answer: true, item: { select: { slug: true } } } },
      },
    });
    expect(numeric).toHaveLength(30 * 3);
    for (const a of numeric) {
      const item = toItemFile("numeric", a.itemVersion);
      const want = answerValues(CONV_ANSWER.fields, paramsFor(item, a.attempt.seed, a.itemVersion.item.slug)).value!;
      const got = Number((a.response as { value: string }).value);
      expect(got === want, `${got} vs ${want}`).toBe(a.correct);
    }
    const wrongFormula = await db.prisma.answer.count({ where: { correct: false, itemVersion: { item: { kind: "formula" } } } });
    const slug = (kind: "numeric" | "formula") =>
      db.prisma.item.findFirstOrThrow({ where: { kind, slug: { startsWith: "load-t1-" } } }).then((i) => i.slug);
    const numStats = await getItemStats(db.prisma, await slug("numeric"));
    expect(numStats?.wrong?.kind === "numeric" && numStats.wrong.fields[0]!.byPattern.length).toBeGreaterThan(0);
    const formulaStats = await getItemStats(db.prisma, await slug("formula"));
    expect(formulaStats?.wrong?.kind === "formula" && formulaStats.wrong.wrong).toBe(
      await db.prisma.answer.count({ where: { correct: false, itemVersion: { item: { slug: await slug("formula") } } } }),
    );
    expect(wrongFormula).toBeGreaterThan(0);
    // 20 classes; with 30 learners all are in class 1 (the "300-learner" class); 3 assignments per class, the
    // attempts at tests 1–2 and the submissions to exercise 1 linked to the learner's class's assignment
    expect(await db.prisma.class.count()).toBe(20);
    const big = await db.prisma.class.findUniqueOrThrow({
      where: { joinCode: "LOAD0001" },
      include: { _count: { select: { members: true, assignments: true } } },
    });
    expect(big._count).toEqual({ members: 31, assignments: 3 });
    expect(await db.prisma.assignment.count()).toBe(60);
    expect(await db.prisma.testAttempt.count({ where: { assignmentId: { not: null } } })).toBe(60);
    const ex1 = await db.prisma.submission.count({ where: { exerciseVersion: { exercise: { slug: "load-ex1" } } } });
    expect(await db.prisma.submission.count({ where: { assignmentId: { not: null } } })).toBe(ex1);
  });

  it("bench reports p50/p95 for every dashboard query; --reset removes the class", async () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    const r = await benchDashboards(db.prisma, 3);
    expect(r.rows.map((x) => x.name)).toEqual([
      "getGradebook",
      "gradebook filtered + sorted",
      "gradebook CSV (filtered)",
      "learner mastery (getProgress)",
      "item statistics (getItemStats)",
      "item stats numeric/formula",
      "class gradebook (30 learners)",
      "class gradebook CSV (all rows)",
      "My assignments (listMyAssignments)",
    ]);
    expect(r.rows.find((x) => x.name.startsWith("class gradebook ("))!.target).toBe(100);
    expect(r.rows.find((x) => x.name.startsWith("My assignments"))!.target).toBe(50);
    expect(r.rows.every((x) => x.runs === 3 && x.p50 > 0 && x.p95 >= x.p50)).toBe(true);
    expect(formatBench(r)).toMatch(/dataset: 30 learners, 90 attempts, 450 answers/);
    await resetLoad(db.prisma);
    expect(await db.prisma.user.count()).toBe(0);
    expect(await db.prisma.course.count()).toBe(0);
    expect(await db.prisma.class.count()).toBe(0);
    expect(await db.prisma.answer.count()).toBe(0);
  });
});
