// Instructor queries scoped to a class (lib/classes/scope-sql): the gradebook, item statistics and facility, the
// grading queue and item audit, exercise statistics and links see only the class's active learners; no class
// (admins) sees everyone, self-study learners included.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { makeClass } from "../helpers/classes";
import { attemptWith, seedSmall, submissionWith, user, type Small } from "../gradebook/fixture";
import { getGradebook } from "../../lib/gradebook/gradebook";
import { getItemStats, listItemFacility } from "../../lib/gradebook/items";
import { gradeShortAnswer, listItemAudit, listPendingShortAnswers } from "../../lib/gradebook/manual";
import { getExerciseStats, listExerciseLinks } from "../../lib/gradebook/exercise-stats";

let db: TestDatabase;
let fx: Small;
let X: string;
let Y: string;
const U: Record<string, { id: string; name: string }> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await seedSmall(db.prisma);
  for (const n of ["x1", "x2", "y1", "solo", "gone"]) U[n] = await user(db.prisma, n);
  const teacher = await user(db.prisma, "teacher", "instructor");
  X = (await makeClass(db.prisma, { instructorIds: [teacher.id], learnerIds: [U.x1!.id, U.x2!.id, U.gone!.id] })).id;
  Y = (await makeClass(db.prisma, { learnerIds: [U.y1!.id] })).id;
  await db.prisma.classMember.update({ where: { classId_userId: { classId: X, userId: U.gone!.id } }, data: { removedAt: new Date() } });
  await attemptWith(db.prisma, fx, U.x1!.id, ["a", "a", "a", "a"]);
  await attemptWith(db.prisma, fx, U.x2!.id, ["b", "a", null, "a"]);
  await attemptWith(db.prisma, fx, U.y1!.id, ["b", "b", "b", "b"]);
  await attemptWith(db.prisma, fx, U.solo!.id, ["a", "b", "b", "b"]);
  await attemptWith(db.prisma, fx, U.gone!.id, ["c", "c", "c", "c"]);
  for (const n of ["x1", "y1", "solo"]) await submissionWith(db.prisma, fx, U[n]!.id, 1);

  // a short-text question pending for x1 and y1
  const st = await db.prisma.item.create({ data: { slug: "st", sectionId: fx.sections[0]!.id, kind: "short_text", position: 9 } });
  const v = await db.prisma.itemVersion.create({
    data: { itemId: st.id, version: 1, contentHash: "st", content: { prompt: { en: "Why?", ja: "なぜ？" } }, answer: { rubric: [] } },
  });
  for (const n of ["x1", "y1"]) {
    const at = await db.prisma.testAttempt.create({
      data: {
        testId: fx.test.id,
        userId: U[n]!.id,
        mode: "exam",
        status: "submitted",
        seed: 1,
        submittedAt: new Date(),
        score: 0,
        maxScore: 5,
      },
    });
    const ans = await db.prisma.answer.create({ data: { attemptId: at.id, itemVersionId: v.id, response: `answer of ${n}`, tries: 1 } });
    if (n === "y1") U.y1Answer = { id: ans.id, name: "" };
  }
  await gradeShortAnswer(db.prisma, { actorId: teacher.id, answerId: U.y1Answer!.id, score: 1, comment: null });
}, 120_000);
afterAll(() => db?.drop());

const names = (rows: Array<{ name: string }>) => rows.map((r) => r.name).sort();

describe("scoped to a class", () => {
  it("gradebook: the class's active learners only; no class = every learner", async () => {
    expect(names((await getGradebook(db.prisma, {}, { classId: X })).rows)).toEqual(["x1", "x2"]);
    expect(names((await getGradebook(db.prisma, {}, { classId: Y })).rows)).toEqual(["y1"]);
    expect(names((await getGradebook(db.prisma, {}, { classId: null })).rows)).toEqual(["gone", "solo", "x1", "x2", "y1"]);
  });

  it("item statistics and facility count only the class's answers", async () => {
    expect((await getItemStats(db.prisma, "q1", { classId: X }))!.n).toBe(2);
    expect((await getItemStats(db.prisma, "q1", { classId: X }))!.facility).toBe(0.5);
    expect((await getItemStats(db.prisma, "q1", {}))!.n).toBe(5);
    const f = new Map((await listItemFacility(db.prisma, { classId: Y })).map((i) => [i.slug, i]));
    expect(f.get("q1")).toMatchObject({ n: 1, facility: 0 });
  });

  it("grading queue and item audit: nothing of another class's learners", async () => {
    const qx = await listPendingShortAnswers(db.prisma, { classId: X });
    expect(qx.answers.map((a) => a.learner.name)).toEqual(["x1"]);
    expect((await listPendingShortAnswers(db.prisma, { classId: Y })).total).toBe(0); // y1's was graded
    expect(await listItemAudit(db.prisma, "st", { classId: X })).toEqual([]);
    expect((await listItemAudit(db.prisma, "st", { classId: Y })).map((a) => a.learnerName)).toEqual(["y1"]);
  });

  it("exercise statistics and links count only the class's submissions", async () => {
    expect((await getExerciseStats(db.prisma, "pex", { classId: X }))!.learners).toBe(1);
    expect((await getExerciseStats(db.prisma, "pex", {}))!.learners).toBe(3);
    expect((await listExerciseLinks(db.prisma, { classId: Y })).find((e) => e.slug === "pex")!.submissions).toBe(1);
    expect((await listExerciseLinks(db.prisma)).find((e) => e.slug === "pex")!.submissions).toBe(3);
  });
});
