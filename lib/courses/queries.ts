// Read models for the course map, section pages and the learner home. Titles stay as {en, ja}
// JSON; pages pick the locale with localized() from lib/i18n/config.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

export type LocalizedText = unknown; // {en, ja} JSON as stored

export interface SectionSummary {
  slug: string;
  title: LocalizedText;
  summary: LocalizedText | null;
  position: number;
  questionCount: number;
  exerciseCount: number;
  testCount: number;
}

export interface TestSummary {
  slug: string;
  title: LocalizedText;
  questionCount: number;
  timeLimitS: number | null;
}

export interface UnitSummary {
  slug: string;
  title: LocalizedText;
  position: number;
  sections: SectionSummary[];
  /** Tests that span the whole unit (not attached to one section), e.g. the end-of-unit exam. */
  unitTests: TestSummary[];
}

export interface CourseMap {
  slug: string;
  title: LocalizedText;
  units: UnitSummary[];
  /** Mock exams across the course (lib/mock-exam): questions drawn per attempt, so `questionCount` is the plan's. */
  mockExams: TestSummary[];
  totals: { sections: number; questions: number; exercises: number; tests: number };
}

export interface CourseListEntry {
  slug: string;
  title: LocalizedText;
  totals: CourseMap["totals"];
}

const sectionSelect = {
  slug: true,
  title: true,
  summary: true,
  position: true,
  _count: {
    select: {
      items: { where: { retired: false } },
      exercises: { where: { retired: false } },
      tests: true,
    },
  },
} as const;

function toSection(s: {
  slug: string;
  title: unknown;
  summary: unknown;
  position: number;
  _count: { items: number; exercises: number; tests: number };
}): SectionSummary {
  return {
    slug: s.slug,
    title: s.title,
    summary: s.summary ?? null,
    position: s.position,
    questionCount: s._count.items,
    exerciseCount: s._count.exercises,
    testCount: s._count.tests,
  };
}

function totalsOf(units: UnitSummary[], unitTests: number): CourseMap["totals"] {
  const sections = units.flatMap((u) => u.sections);
  return {
    sections: sections.length,
    questions: sections.reduce((n, s) => n + s.questionCount, 0),
    exercises: sections.reduce((n, s) => n + s.exerciseCount, 0),
    tests: unitTests,
  };
}

/** The course with its units and sections (ordered), with per-section counts. Null if unknown. */
export async function getCourseMap(prisma: PrismaClient, courseSlug: string): Promise<CourseMap | null> {
  const course = await prisma.course.findUnique({
    where: { slug: courseSlug },
    select: {
      slug: true,
      title: true,
      units: {
        orderBy: [{ position: "asc" }, { slug: "asc" }],
        select: {
          slug: true,
          title: true,
          position: true,
          _count: { select: { tests: true } },
          sections: { orderBy: [{ position: "asc" }, { slug: "asc" }], select: sectionSelect },
          tests: {
            where: { sectionId: null },
            orderBy: [{ position: "asc" }, { slug: "asc" }],
            select: { slug: true, title: true, timeLimitS: true, mockPlan: true, _count: { select: { items: true } } },
          },
        },
      },
    },
  });
  if (!course) return null;
  const units: UnitSummary[] = course.units.map((u) => ({
    slug: u.slug,
    title: u.title,
    position: u.position,
    sections: u.sections.map(toSection),
    unitTests: u.tests
      .filter((t) => t.mockPlan === null)
      .map((t) => ({
        slug: t.slug,
        title: t.title,
        questionCount: t._count.items,
        timeLimitS: t.timeLimitS,
      })),
  }));
  const unitTests = course.units.reduce((n, u) => n + u._count.tests, 0);
  const mockExams = course.units
    .flatMap((u) => u.tests)
    .filter((t) => t.mockPlan !== null)
    .map((t) => ({
      slug: t.slug,
      title: t.title,
      questionCount: (t.mockPlan as { questions: number }).questions,
      timeLimitS: t.timeLimitS,
    }));
  return { slug: course.slug, title: course.title, units, mockExams, totals: totalsOf(units, unitTests) };
}

/** All courses (ordered) with totals, for the learner home and /courses. */
export async function listCourses(prisma: PrismaClient): Promise<CourseMap[]> {
  const courses = await prisma.course.findMany({
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    select: { slug: true },
  });
  const maps = await Promise.all(courses.map((c) => getCourseMap(prisma, c.slug)));
  return maps.filter((m): m is CourseMap => m !== null);
}

export interface SectionPage {
  course: { slug: string; title: LocalizedText };
  unit: { slug: string; title: LocalizedText; position: number };
  section: SectionSummary;
  tests: {
    slug: string;
    title: LocalizedText;
    questionCount: number;
    timeLimitS: number | null;
    scope: "section" | "unit";
  }[];
  exercises: { slug: string; title: LocalizedText; position: number }[];
}

/**
 * A section of a course, with its tests (those attached to the section, then whole-unit tests)
 * and its code exercises. Null when the section does not belong to the course.
 */
export async function getSectionPage(prisma: PrismaClient, courseSlug: string, sectionSlug: string): Promise<SectionPage | null> {
  const section = await prisma.section.findUnique({
    where: { slug: sectionSlug },
    select: {
      ...sectionSelect,
      unit: {
        select: {
          id: true,
          slug: true,
          title: true,
          position: true,
          course: { select: { slug: true, title: true } },
        },
      },
      exercises: {
        where: { retired: false },
        orderBy: [{ position: "asc" }, { slug: "asc" }],
        select: {
          slug: true,
          position: true,
          currentVersion: true,
          versions: { select: { version: true, content: true }, orderBy: { version: "desc" }, take: 1 },
        },
      },
    },
  });
  if (!section || section.unit.course.slug !== courseSlug) return null;

  const tests = await prisma.test.findMany({
    where: { unitId: section.unit.id, OR: [{ section: { slug: sectionSlug } }, { sectionId: null }], mockPlan: { equals: Prisma.DbNull } },
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    select: { slug: true, title: true, timeLimitS: true, sectionId: true, _count: { select: { items: true } } },
  });

  return {
    course: section.unit.course,
    unit: { slug: section.unit.slug, title: section.unit.title, position: section.unit.position },
    section: toSection(section),
    tests: tests
      .map((t) => ({
        slug: t.slug,
        title: t.title,
        questionCount: t._count.items,
        timeLimitS: t.timeLimitS,
        scope: (t.sectionId ? "section" : "unit") as "section" | "unit",
      }))
      .sort((a, b) => (a.scope === b.scope ? 0 : a.scope === "section" ? -1 : 1)),
    exercises: section.exercises.map((e) => ({
      slug: e.slug,
      position: e.position,
      title: exerciseTitle(e.versions[0]?.content, e.slug),
    })),
  };
}

function exerciseTitle(content: unknown, fallback: string): LocalizedText {
  if (content && typeof content === "object" && "title" in content) {
    return (content as { title: unknown }).title;
  }
  return { en: fallback, ja: fallback };
}

export interface InstructorOverview {
  learners: number;
  staff: number;
  items: number;
  exercises: number;
  tests: number;
  submissions: number;
  attempts: number;
  recentAudit: {
    id: string;
    createdAt: Date;
    action: string;
    targetType: string;
    targetId: string;
    actor: { name: string; email: string } | null;
  }[];
}

export async function getInstructorOverview(prisma: PrismaClient, auditLimit = 20): Promise<InstructorOverview> {
  const [learners, staff, items, exercises, tests, submissions, attempts, recentAudit] = await Promise.all([
    prisma.user.count({ where: { role: "learner" } }),
    prisma.user.count({ where: { role: { in: ["instructor", "admin"] } } }),
    prisma.item.count({ where: { retired: false } }),
    prisma.exercise.count({ where: { retired: false } }),
    prisma.test.count(),
    prisma.submission.count(),
    prisma.testAttempt.count(),
    prisma.auditLog.findMany({
      orderBy: { createdAt: "desc" },
      take: auditLimit,
      select: {
        id: true,
        createdAt: true,
        action: true,
        targetType: true,
        targetId: true,
        actor: { select: { name: true, email: true } },
      },
    }),
  ]);
  return { learners, staff, items, exercises, tests, submissions, attempts, recentAudit };
}
