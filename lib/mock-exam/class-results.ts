// The instructor's view of a class's mock exam: for each active learner their latest finished attempt (total and by
// section) and how many they took, and the class's mean by section over those latest attempts.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { classMockTest } from "./config";
import { loadBank } from "./bank";
import { mockHistory, type PastMock } from "./results";

export interface LearnerMockRow {
  userId: string;
  name: string;
  email: string;
  attempts: number;
  latest: PastMock | null;
}
export interface ClassMockResults {
  test: { slug: string; title: unknown };
  /** Sections in course order, with their unit. */
  sections: Array<{ unit: string; unitTitle: unknown; section: string; title: unknown }>;
  learners: LearnerMockRow[];
  /** Section slug → mean ratio over the learners' latest attempts that drew from it (null: none did). */
  mean: Record<string, number | null>;
}

export async function classMockResults(db: PrismaClient, classId: string, testSlug: string): Promise<ClassMockResults> {
  const { test, courseId } = await classMockTest(db, classId, testSlug);
  const bank = await loadBank(db, courseId);
  const members = await db.classMember.findMany({
    where: { classId, role: "learner", removedAt: null },
    orderBy: { user: { name: "asc" } },
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  const learners: LearnerMockRow[] = [];
  for (const m of members) {
    const history = await mockHistory(db, m.user.id, test.id);
    learners.push({ userId: m.user.id, name: m.user.name, email: m.user.email, attempts: history.length, latest: history.at(-1) ?? null });
  }
  const sections = bank.units.flatMap((u) =>
    u.sections.map((s) => ({ unit: u.slug, unitTitle: u.title, section: s.slug, title: s.title })),
  );
  const mean: Record<string, number | null> = {};
  for (const s of sections) {
    const ratios = learners.map((l) => l.latest?.bySection[s.section]).filter((r): r is number => typeof r === "number");
    mean[s.section] = ratios.length ? ratios.reduce((a, b) => a + b, 0) / ratios.length : null;
  }
  return { test: { slug: test.slug, title: test.title }, sections, learners, mean };
}
