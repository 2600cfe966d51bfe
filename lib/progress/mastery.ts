// A learner's progress: mastery per section, score history, recent activity, weak spots and due reviews.
// Every query is filtered by the learner's id: nothing here can read another learner's rows.
//
// Mastery rule: for each section, the mean over its (non-retired) items and exercises of the learner's LATEST grade
// of that unit of work, as a fraction 0..1:
//   - item: the most recently updated graded Answer (manualScore when an instructor set it, else score; a pending
//     short-text answer does not count as graded);
//   - exercise: the most recent graded Submission's score / maxScore;
//   - never tried (or only pending): 0.
// So mastery rises only by doing the section's work well, and a later worse grade lowers it again.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const DAY_MS = 86_400_000;

export interface SectionMastery {
  slug: string;
  title: unknown;
  courseSlug: string;
  total: number;
  tried: number;
  mastery: number; // 0..1
}

export interface HistoryPoint {
  at: Date;
  percent: number; // 0..100
  kind: "test" | "review" | "exercise";
  label: string;
  title: unknown;
}

export interface WeakSpot {
  itemSlug: string;
  sectionSlug: string;
  courseSlug: string;
  sectionTitle: unknown;
  failed: number;
  graded: number;
}

export interface ReviewEntry {
  kind: "item" | "exercise";
  slug: string;
  href: string;
  dueAt: Date;
  lastOutcome: string | null;
  /** whole days until due, rounded up; 0 when due now */
  inDays: number;
}

export interface Progress {
  sections: SectionMastery[];
  history: HistoryPoint[];
  recent: HistoryPoint[];
  weakSpots: WeakSpot[];
  due: ReviewEntry[];
  upcoming: ReviewEntry[];
  /** days until the next not-yet-due review, null when none is scheduled */
  nextReviewInDays: number | null;
}

/** Whole days to a due date, rounded (a 10-minute relearning step is "today", not "in 1 day"); never negative. */
export function daysUntil(due: Date, now: Date): number {
  return Math.max(0, Math.round((due.getTime() - now.getTime()) / DAY_MS));
}

export function mean(xs: number[]): number {
  return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0;
}

export async function getProgress(db: PrismaClient, userId: string, now = new Date()): Promise<Progress> {
  const [sections, answers, submissions, attempts, reviews] = await Promise.all([
    db.section.findMany({
      orderBy: [{ unit: { course: { position: "asc" } } }, { unit: { position: "asc" } }, { position: "asc" }],
      select: {
        slug: true,
        title: true,
        unit: { select: { course: { select: { slug: true } } } },
        items: { where: { retired: false }, select: { id: true } },
        exercises: { where: { retired: false }, select: { id: true } },
      },
    }),
    db.answer.findMany({
      where: { attempt: { userId }, OR: [{ score: { not: null } }, { manualScore: { not: null } }] },
      // newest attempt first: an instructor's later grade or override of an old answer must not make it "latest"
      orderBy: [{ attempt: { startedAt: "desc" } }, { updatedAt: "desc" }],
      select: {
        score: true,
        manualScore: true,
        correct: true,
        revealed: true,
        updatedAt: true,
        itemVersion: {
          select: {
            itemId: true,
            item: {
              select: {
                slug: true,
                section: { select: { slug: true, title: true, unit: { select: { course: { select: { slug: true } } } } } },
              },
            },
          },
        },
      },
    }),
    db.submission.findMany({
      where: { userId, status: "graded" },
      orderBy: { createdAt: "desc" },
      select: {
        score: true,
        maxScore: true,
        gradedAt: true,
        createdAt: true,
        exerciseVersion: { select: { exerciseId: true, exercise: { select: { slug: true } } } },
      },
    }),
    db.testAttempt.findMany({
      where: { userId, status: { not: "in_progress" } },
      orderBy: { submittedAt: "asc" },
      select: {
        score: true,
        maxScore: true,
        submittedAt: true,
        startedAt: true,
        mode: true,
        test: { select: { slug: true, title: true } },
      },
    }),
    db.reviewState.findMany({
      where: { userId },
      orderBy: { dueAt: "asc" },
      select: {
        dueAt: true,
        lastOutcome: true,
        item: { select: { slug: true, section: { select: { slug: true, unit: { select: { course: { select: { slug: true } } } } } } } },
        exercise: { select: { slug: true } },
      },
    }),
  ]);

  // latest grade per item / exercise (rows are newest first)
  const latest = new Map<string, number>();
  for (const a of answers) {
    const id = a.itemVersion.itemId;
    if (!latest.has(id)) latest.set(id, clamp01(a.manualScore ?? a.score ?? 0));
  }
  for (const s of submissions) {
    const id = s.exerciseVersion.exerciseId;
    if (!latest.has(id) && s.score !== null && s.maxScore) latest.set(id, clamp01(s.score / s.maxScore));
    else if (!latest.has(id)) latest.set(id, 0);
  }

  const sectionRows: SectionMastery[] = sections
    .map((s) => {
      const ids = [...s.items.map((i) => i.id), ...s.exercises.map((e) => e.id)];
      return {
        slug: s.slug,
        title: s.title,
        courseSlug: s.unit.course.slug,
        total: ids.length,
        tried: ids.filter((id) => latest.has(id)).length,
        mastery: mean(ids.map((id) => latest.get(id) ?? 0)),
      };
    })
    .filter((s) => s.total > 0);

  const history: HistoryPoint[] = [
    ...attempts
      .filter((a) => a.maxScore && a.score !== null)
      .map((a) => ({
        at: a.submittedAt ?? a.startedAt,
        percent: round1((100 * a.score!) / a.maxScore!),
        kind: a.test ? ("test" as const) : ("review" as const),
        label: a.test?.slug ?? "review",
        title: a.test?.title ?? null,
      })),
    ...submissions
      .filter((s) => s.maxScore && s.score !== null)
      .map((s) => ({
        at: s.gradedAt ?? s.createdAt,
        percent: round1((100 * s.score!) / s.maxScore!),
        kind: "exercise" as const,
        label: s.exerciseVersion.exercise.slug,
        title: null,
      })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());

  const weak = new Map<string, WeakSpot>();
  for (const a of answers) {
    const it = a.itemVersion.item;
    const w = weak.get(it.slug) ?? {
      itemSlug: it.slug,
      sectionSlug: it.section.slug,
      courseSlug: it.section.unit.course.slug,
      sectionTitle: it.section.title,
      failed: 0,
      graded: 0,
    };
    w.graded++;
    if (a.correct === false || a.revealed) w.failed++;
    weak.set(it.slug, w);
  }
  const weakSpots = [...weak.values()]
    .filter((w) => w.failed > 0)
    .sort((a, b) => b.failed - a.failed || b.failed / b.graded - a.failed / a.graded || a.itemSlug.localeCompare(b.itemSlug))
    .slice(0, 5);

  const entries: ReviewEntry[] = reviews.flatMap((r): ReviewEntry[] => {
    if (r.item) {
      const sec = r.item.section;
      return [
        {
          kind: "item",
          slug: r.item.slug,
          href: `/courses/${encodeURIComponent(sec.unit.course.slug)}/${encodeURIComponent(sec.slug)}`,
          dueAt: r.dueAt,
          lastOutcome: r.lastOutcome,
          inDays: daysUntil(r.dueAt, now),
        },
      ];
    }
    if (r.exercise) {
      return [
        {
          kind: "exercise",
          slug: r.exercise.slug,
          href: `/exercises/${encodeURIComponent(r.exercise.slug)}`,
          dueAt: r.dueAt,
          lastOutcome: r.lastOutcome,
          inDays: daysUntil(r.dueAt, now),
        },
      ];
    }
    return [];
  });
  const due = entries.filter((e) => e.dueAt.getTime() <= now.getTime());
  const upcoming = entries.filter((e) => e.dueAt.getTime() > now.getTime());

  return {
    sections: sectionRows,
    history,
    recent: [...history].reverse().slice(0, 10),
    weakSpots,
    due,
    upcoming: upcoming.slice(0, 10),
    nextReviewInDays: upcoming.length ? daysUntil(upcoming[0]!.dueAt, now) : null,
  };
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Polyline points for an inline SVG chart of percentages (x: index, evenly spaced; y: 0..100 top-down). */
export function chartPoints(values: number[], width: number, height: number, pad = 4): Array<[number, number]> {
  if (values.length === 0) return [];
  const w = width - 2 * pad;
  const h = height - 2 * pad;
  return values.map((v, i) => [
    round1(pad + (values.length === 1 ? w / 2 : (i * w) / (values.length - 1))),
    round1(pad + h - (Math.min(100, Math.max(0, v)) / 100) * h),
  ]);
}
