// lib/courses/queries.ts against a real database (no browser).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db";
import { getCourseMap, getInstructorOverview, getSectionPage, listCourses } from "../../lib/courses/queries";

let tdb: TestDatabase;

beforeAll(async () => {
  tdb = await createTestDatabase();
  const p = tdb.prisma;
  const course = await p.course.create({ data: { slug: "c1", title: { en: "Course", ja: "コース" } } });
  const other = await p.course.create({ data: { slug: "c2", title: { en: "Other", ja: "他" }, position: 1 } });
  const unit = await p.unit.create({ data: { courseId: course.id, slug: "u1", title: { en: "Unit", ja: "ユニット" } } });
  await p.unit.create({ data: { courseId: other.id, slug: "u2", title: { en: "U2", ja: "U2" } } });
  // Created out of order: the query must sort by position.
  const s2 = await p.section.create({ data: { unitId: unit.id, slug: "s2", position: 2, title: { en: "Two", ja: "二" } } });
  const s1 = await p.section.create({ data: { unitId: unit.id, slug: "s1", position: 1, title: { en: "One", ja: "一" } } });
  const items = [];
  for (const [slug, sectionId, retired] of [
    ["q1", s1.id, false],
    ["q2", s1.id, false],
    ["q3", s1.id, true],
    ["q4", s2.id, false],
  ] as const) {
    items.push(await p.item.create({ data: { slug, sectionId, kind: "single_choice", retired } }));
  }
  const ex = await p.exercise.create({ data: { slug: "e1", sectionId: s1.id } });
  await p.exerciseVersion.create({
    data: { exerciseId: ex.id, version: 1, contentHash: "h", content: { title: { en: "Ex one", ja: "演習一" } }, secret: {} },
  });
  await p.exercise.create({ data: { slug: "e-retired", sectionId: s1.id, retired: true } });
  const tSection = await p.test.create({
    data: { slug: "t-sec", unitId: unit.id, sectionId: s1.id, title: { en: "Section quiz", ja: "小テスト" }, position: 5 },
  });
  const tUnit = await p.test.create({
    data: { slug: "t-unit", unitId: unit.id, title: { en: "Unit exam", ja: "確認試験" }, timeLimitS: 1800 },
  });
  await p.test.create({ data: { slug: "t-s2", unitId: unit.id, sectionId: s2.id, title: { en: "S2", ja: "S2" } } });
  await p.testItem.createMany({
    data: [
      { testId: tSection.id, itemId: items[0]!.id, position: 0 },
      { testId: tUnit.id, itemId: items[0]!.id, position: 0 },
      { testId: tUnit.id, itemId: items[3]!.id, position: 1 },
    ],
  });
});
afterAll(async () => {
  await tdb?.drop();
});

describe("course queries", () => {
  it("getCourseMap orders sections and counts non-retired questions and exercises", async () => {
    const map = await getCourseMap(tdb.prisma, "c1");
    expect(map?.units).toHaveLength(1);
    const unit = map!.units[0]!;
    expect(unit.sections.map((s) => s.slug)).toEqual(["s1", "s2"]);
    expect(unit.sections[0]).toMatchObject({ questionCount: 2, exerciseCount: 1, testCount: 1 });
    expect(unit.sections[1]).toMatchObject({ questionCount: 1, exerciseCount: 0, testCount: 1 });
    expect(unit.unitTests).toEqual([{ slug: "t-unit", title: { en: "Unit exam", ja: "確認試験" }, questionCount: 2, timeLimitS: 1800 }]);
    expect(map!.totals).toEqual({ sections: 2, questions: 3, exercises: 1, tests: 3 });
    expect(await getCourseMap(tdb.prisma, "nope")).toBeNull();
  });

  it("listCourses returns every course in order", async () => {
    expect((await listCourses(tdb.prisma)).map((c) => c.slug)).toEqual(["c1", "c2"]);
  });

  it("getSectionPage lists section tests before unit-wide tests, and exercises with their titles", async () => {
    const page = await getSectionPage(tdb.prisma, "c1", "s1");
    expect(page?.tests.map((t) => [t.slug, t.scope, t.questionCount])).toEqual([
      ["t-sec", "section", 1],
      ["t-unit", "unit", 2],
    ]);
    expect(page?.exercises).toEqual([{ slug: "e1", position: 0, title: { en: "Ex one", ja: "演習一" } }]);
    expect(page?.course.slug).toBe("c1");
    // A section is only found under its own course.
    expect(await getSectionPage(tdb.prisma, "c2", "s1")).toBeNull();
    expect(await getSectionPage(tdb.prisma, "c1", "missing")).toBeNull();
  });

  it("getInstructorOverview counts users by role and content", async () => {
    await tdb.prisma.user.createMany({
      data: [
        { email: "a@x", name: "a", passwordHash: "x", role: "learner" },
        { email: "b@x", name: "b", passwordHash: "x", role: "learner" },
        { email: "c@x", name: "c", passwordHash: "x", role: "instructor" },
      ],
    });
    await tdb.prisma.auditLog.create({ data: { action: "x.y", targetType: "item", targetId: "q1" } });
    const o = await getInstructorOverview(tdb.prisma);
    expect(o).toMatchObject({ learners: 2, staff: 1, items: 3, exercises: 1, tests: 3, submissions: 0, attempts: 0 });
    expect(o.recentAudit).toHaveLength(1);
    expect(o.recentAudit[0]).toMatchObject({ action: "x.y", actor: null });
  });
});
