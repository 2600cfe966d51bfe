// A finished mock exam attempt's result: the score by unit and by section, the questions to review (each linked to
// the section's practice test holding it, else to the section page), and the learner's earlier mock exams of the same
// test for comparison. Scores count an answer as manualScore ?? score (lib/attempts), 1 point per question.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StoredMockDraw } from "./start";

export interface Tally {
  score: number;
  max: number;
  /** 0..1, null when max = 0. */
  ratio: number | null;
}
export interface SectionScore extends Tally {
  unit: string;
  section: string;
  title: unknown;
}
export interface UnitScore extends Tally {
  unit: string;
  title: unknown;
  sections: SectionScore[];
}
export interface ReviewLink {
  slug: string;
  section: string;
  sectionTitle: unknown;
  score: number;
  href: string;
}
export interface PastMock extends Tally {
  attemptId: string;
  startedAt: Date;
  status: string;
  /** Section slug → ratio. */
  bySection: Record<string, number | null>;
}
export interface MockResult {
  total: Tally;
  units: UnitScore[];
  review: ReviewLink[];
  draw: StoredMockDraw | null;
  /** The learner's finished attempts of this mock exam, oldest first, this one included. */
  history: PastMock[];
}

const tally = (score: number, max: number): Tally => ({ score: Math.round(score * 1000) / 1000, max, ratio: max > 0 ? score / max : null });

interface ScoredAnswer {
  sectionId: string;
  itemId: string;
  slug: string;
  value: number;
}

async function scoredAnswers(db: PrismaClient, attemptId: string): Promise<ScoredAnswer[]> {
  const rows = await db.answer.findMany({
    where: { attemptId },
    select: { score: true, manualScore: true, itemVersion: { select: { item: { select: { id: true, slug: true, sectionId: true } } } } },
  });
  return rows.map((r) => ({
    sectionId: r.itemVersion.item.sectionId,
    itemId: r.itemVersion.item.id,
    slug: r.itemVersion.item.slug,
    value: r.manualScore ?? r.score ?? 0,
  }));
}

function bySectionOf(answers: ScoredAnswer[]): Map<string, { score: number; max: number }> {
  const m = new Map<string, { score: number; max: number }>();
  for (const a of answers) {
    const t = m.get(a.sectionId) ?? { score: 0, max: 0 };
    t.score += a.value;
    t.max += 1;
    m.set(a.sectionId, t);
  }
  return m;
}

export async function mockResult(
  db: PrismaClient,
  attempt: { id: string; userId: string; testId: string | null; mockDraw: unknown },
): Promise<MockResult> {
  const answers = await scoredAnswers(db, attempt.id);
  const sectionIds = [...new Set(answers.map((a) => a.sectionId))];
  const sections = await db.section.findMany({
    where: { id: { in: sectionIds } },
    select: {
      id: true,
      slug: true,
      title: true,
      position: true,
      unit: { select: { slug: true, title: true, position: true, course: { select: { slug: true } } } },
      tests: { select: { slug: true, items: { select: { itemId: true } } } }, // mock exams have no items: never matched
    },
    orderBy: [{ unit: { position: "asc" } }, { position: "asc" }],
  });
  const tallies = bySectionOf(answers);
  const units: UnitScore[] = [];
  for (const s of sections) {
    let u = units.find((x) => x.unit === s.unit.slug);
    if (!u) {
      u = { unit: s.unit.slug, title: s.unit.title, sections: [], ...tally(0, 0) };
      units.push(u);
    }
    const t = tallies.get(s.id)!;
    u.sections.push({ unit: s.unit.slug, section: s.slug, title: s.title, ...tally(t.score, t.max) });
    Object.assign(
      u,
      tally(
        u.sections.reduce((n, x) => n + x.score, 0),
        u.sections.reduce((n, x) => n + x.max, 0),
      ),
    );
  }
  const sectionById = new Map(sections.map((s) => [s.id, s]));
  const review = answers
    .filter((a) => a.value < 1)
    .map((a) => {
      const s = sectionById.get(a.sectionId)!;
      const practice = s.tests.find((t) => t.items.some((i) => i.itemId === a.itemId));
      const href = practice
        ? `/tests/${encodeURIComponent(practice.slug)}?mode=practice`
        : `/courses/${encodeURIComponent(s.unit.course.slug)}/${encodeURIComponent(s.slug)}`;
      return { slug: a.slug, section: s.slug, sectionTitle: s.title, score: a.value, href };
    })
    .sort(
      (a, b) =>
        sections.findIndex((s) => s.slug === a.section) - sections.findIndex((s) => s.slug === b.section) || a.slug.localeCompare(b.slug),
    );
  const total = tally(
    answers.reduce((n, a) => n + a.value, 0),
    answers.length,
  );
  return {
    total,
    units,
    review,
    draw: (attempt.mockDraw as StoredMockDraw | null) ?? null,
    history: await mockHistory(db, attempt.userId, attempt.testId),
  };
}

/** The learner's finished attempts of a mock exam, oldest first, with their ratio by section (by slug). */
export async function mockHistory(db: PrismaClient, userId: string, testId: string | null): Promise<PastMock[]> {
  if (!testId) return [];
  const attempts = await db.testAttempt.findMany({
    where: { userId, testId, status: { not: "in_progress" } },
    orderBy: { startedAt: "asc" },
    select: { id: true, startedAt: true, status: true, score: true, maxScore: true },
  });
  const out: PastMock[] = [];
  const slugOf = new Map<string, string>();
  for (const a of attempts) {
    const answers = await scoredAnswers(db, a.id);
    const missing = answers.map((x) => x.sectionId).filter((id) => !slugOf.has(id));
    if (missing.length)
      for (const s of await db.section.findMany({ where: { id: { in: missing } }, select: { id: true, slug: true } }))
        slugOf.set(s.id, s.slug);
    const bySection = Object.fromEntries([...bySectionOf(answers)].map(([id, t]) => [slugOf.get(id)!, t.max > 0 ? t.score / t.max : null]));
    out.push({ attemptId: a.id, startedAt: a.startedAt, status: a.status, bySection, ...tally(a.score ?? 0, a.maxScore ?? 0) });
  }
  return out;
}
