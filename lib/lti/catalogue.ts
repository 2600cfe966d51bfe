// What an instructor can place in the LMS through deep linking: every test and code exercise, by course and unit,
// with the score maximum its line item gets (a test's points; 100 for an exercise, scored in percent).
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { TargetKind } from "./targets";

export const EXERCISE_SCORE_MAXIMUM = 100;

/** The score maximum of an assignment's line item: its test's points, or EXERCISE_SCORE_MAXIMUM for exercises. */
export async function scoreMaximumOf(db: PrismaClient, testId: string | null): Promise<number> {
  if (!testId) return EXERCISE_SCORE_MAXIMUM;
  return (await db.testItem.aggregate({ where: { testId }, _sum: { points: true } }))._sum.points ?? 0;
}

export interface CatalogueEntry {
  kind: TargetKind;
  slug: string;
  title: { en: string; ja: string };
  scoreMaximum: number;
}

export interface CatalogueGroup {
  course: { en: string; ja: string };
  unit: { en: string; ja: string };
  entries: CatalogueEntry[];
}

const loc = (v: unknown, fallback: string): { en: string; ja: string } => {
  const o = (v ?? {}) as { en?: unknown; ja?: unknown };
  const en = typeof o.en === "string" && o.en ? o.en : fallback;
  return { en, ja: typeof o.ja === "string" && o.ja ? o.ja : en };
};

export async function loadCatalogue(db: PrismaClient): Promise<CatalogueGroup[]> {
  const units = await db.unit.findMany({
    orderBy: [{ course: { position: "asc" } }, { position: "asc" }],
    select: {
      title: true,
      slug: true,
      course: { select: { title: true, slug: true } },
      // a mock exam draws its questions per attempt and is taken from the course map, never from an LMS link
      tests: {
        where: { mockPlan: { equals: Prisma.DbNull } },
        orderBy: { position: "asc" },
        select: { slug: true, title: true, items: { select: { points: true } } },
      },
      sections: {
        orderBy: { position: "asc" },
        select: {
          exercises: {
            where: { retired: false },
            orderBy: { position: "asc" },
            select: { slug: true, currentVersion: true, versions: { select: { version: true, content: true } } },
          },
        },
      },
    },
  });
  return units.map((u) => ({
    course: loc(u.course.title, u.course.slug),
    unit: loc(u.title, u.slug),
    entries: [
      ...u.tests.map((t) => ({
        kind: "test" as const,
        slug: t.slug,
        title: loc(t.title, t.slug),
        scoreMaximum: t.items.reduce((s, i) => s + i.points, 0),
      })),
      ...u.sections.flatMap((s) =>
        s.exercises.map((e) => {
          const content = e.versions.find((v) => v.version === e.currentVersion)?.content as { title?: unknown } | undefined;
          return { kind: "exercise" as const, slug: e.slug, title: loc(content?.title, e.slug), scoreMaximum: EXERCISE_SCORE_MAXIMUM };
        }),
      ),
    ],
  }));
}

export async function findEntries(db: PrismaClient, refs: Array<{ kind: TargetKind; slug: string }>): Promise<CatalogueEntry[]> {
  const all = new Map((await loadCatalogue(db)).flatMap((g) => g.entries).map((e) => [`${e.kind}:${e.slug}`, e]));
  return refs.map((r) => all.get(`${r.kind}:${r.slug}`)).filter((e): e is CatalogueEntry => !!e);
}
