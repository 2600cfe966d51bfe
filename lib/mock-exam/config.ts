// A class's mock-exam settings (MockExamConfig): question count, minutes and proportions by unit and by section, set
// by the class's instructors (permission manageAssignments) and used for their learners' attempts. Without settings,
// the test's own plan (its test.yaml) applies. A learner in several classes with settings gets the latest joined's.
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { MOCK_LIMITS, Slug } from "@/lib/content/schema";
import { HttpError } from "@/lib/http/errors";
import { loadBank, type Bank } from "./bank";
import { planIssues, type MockPlan } from "./plan";

const Weight = z.number().min(0, "A weight must be 0 or more").max(1000, "A weight must be at most 1000");
export const MockConfigBody = z.strictObject({
  questions: z
    .int()
    .min(MOCK_LIMITS.questions.min, "Ask for at least 1 question")
    .max(MOCK_LIMITS.questions.max, "Ask for at most 300 questions"),
  minutes: z.int().min(MOCK_LIMITS.minutes.min, "Allow at least 1 minute").max(MOCK_LIMITS.minutes.max, "Allow at most 600 minutes"),
  units: z.record(Slug, Weight).default({}),
  sections: z.record(Slug, Weight).default({}),
});
export type MockConfigBody = z.infer<typeof MockConfigBody>;

export interface MockTestRow {
  id: string;
  slug: string;
  title: unknown;
  timeLimitS: number | null;
  mockPlan: unknown;
  unit: { courseId: string };
}

const mockTestSelect = {
  id: true,
  slug: true,
  title: true,
  timeLimitS: true,
  mockPlan: true,
  unit: { select: { courseId: true } },
} as const;

/** The test's own plan (from its test.yaml), or null when the test is not a mock exam. */
export function defaultPlan(test: { mockPlan: unknown }): MockPlan | null {
  return test.mockPlan && typeof test.mockPlan === "object" ? (test.mockPlan as MockPlan) : null;
}

/** A mock exam of the class's course, or 404 (unknown slug, not a mock exam, another course's). */
export async function classMockTest(db: PrismaClient, classId: string, testSlug: string): Promise<{ test: MockTestRow; courseId: string }> {
  const [cls, test] = await Promise.all([
    db.class.findUnique({ where: { id: classId }, select: { courseId: true } }),
    db.test.findUnique({ where: { slug: testSlug }, select: mockTestSelect }),
  ]);
  if (!cls || !test || !defaultPlan(test) || test.unit.courseId !== cls.courseId) throw new HttpError(404, "Mock exam not found");
  return { test, courseId: cls.courseId };
}

/** The mock exams of a course (for the class page). */
export async function courseMockTests(db: PrismaClient, courseId: string): Promise<MockTestRow[]> {
  const rows = await db.test.findMany({
    where: { unit: { courseId } },
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    select: mockTestSelect,
  });
  return rows.filter((t) => defaultPlan(t) !== null);
}

export interface ClassMockSettings {
  plan: MockPlan;
  /** false: the test's own plan (no class settings yet). */
  custom: boolean;
  bank: Bank;
}

export async function getClassMockSettings(db: PrismaClient, classId: string, testSlug: string): Promise<ClassMockSettings> {
  const { test, courseId } = await classMockTest(db, classId, testSlug);
  const row = await db.mockExamConfig.findUnique({ where: { classId_testId: { classId, testId: test.id } } });
  return { plan: row ? rowPlan(row) : defaultPlan(test)!, custom: row !== null, bank: await loadBank(db, courseId) };
}

function rowPlan(row: { questions: number; timeLimitS: number; units: unknown; sections: unknown }): MockPlan {
  return {
    questions: row.questions,
    timeLimitMinutes: Math.round(row.timeLimitS / 60),
    units: row.units as Record<string, number>,
    sections: row.sections as Record<string, number>,
  };
}

/** Validates the settings against the course's bank (400 listing each problem) and stores them. */
export async function setClassMockSettings(
  db: PrismaClient,
  actorId: string,
  classId: string,
  testSlug: string,
  body: MockConfigBody,
): Promise<ClassMockSettings> {
  const { test, courseId } = await classMockTest(db, classId, testSlug);
  const plan: MockPlan = { questions: body.questions, timeLimitMinutes: body.minutes, units: body.units, sections: body.sections };
  const bank = await loadBank(db, courseId);
  const issues = planIssues(plan, bank);
  if (issues.length) {
    const fields = Object.fromEntries(issues.map((i) => [i.path, [i.message]]));
    throw new HttpError(400, "These mock exam settings cannot be drawn from this course", { fields });
  }
  const data = {
    questions: plan.questions,
    timeLimitS: plan.timeLimitMinutes * 60,
    units: plan.units as Prisma.InputJsonValue,
    sections: plan.sections as Prisma.InputJsonValue,
    updatedById: actorId,
  };
  await db.mockExamConfig.upsert({
    where: { classId_testId: { classId, testId: test.id } },
    create: { classId, testId: test.id, ...data },
    update: data,
  });
  return { plan, custom: true, bank };
}

/** Back to the test's own plan. */
export async function resetClassMockSettings(db: PrismaClient, classId: string, testSlug: string): Promise<void> {
  const { test } = await classMockTest(db, classId, testSlug);
  await db.mockExamConfig.deleteMany({ where: { classId, testId: test.id } });
}

/** The plan a learner's new attempt is drawn with: their class's settings (latest joined class with some), else the test's. */
export async function planForLearner(
  db: Prisma.TransactionClient,
  userId: string,
  test: { id: string; mockPlan: unknown },
): Promise<{ plan: MockPlan; classId: string | null }> {
  const m = await db.classMember.findFirst({
    where: { userId, role: "learner", removedAt: null, class: { mockConfigs: { some: { testId: test.id } } } },
    orderBy: { joinedAt: "desc" },
    select: { class: { select: { id: true, mockConfigs: { where: { testId: test.id } } } } },
  });
  const row = m?.class.mockConfigs[0];
  return row ? { plan: rowPlan(row), classId: m.class.id } : { plan: defaultPlan(test)!, classId: null };
}
