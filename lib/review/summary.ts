// What the dashboard needs to offer a review: how many items are due, the open session, the next due date, the due
// code exercises (they are not part of a session: they are reviewed by submitting the exercise again), and after a
// session the new schedule of its items. Every query is filtered by the learner's id.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DAY_MS } from "@/lib/progress/mastery";
import { openReviewSession, REVIEW_SESSION_SIZE, reviewableItem } from "./session";

export interface DueExercise {
  slug: string;
  title: unknown;
  href: string;
  dueAt: Date;
  lastOutcome: string | null;
}

export interface ReviewSummary {
  /** reviewable items due now (a session takes at most `sessionSize` of them) */
  dueItems: number;
  sessionSize: number;
  /** the open review session, to continue instead of starting a new one */
  openSessionId: string | null;
  /** earliest future due date of a reviewable item, when nothing is due now */
  nextDueAt: Date | null;
  dueExercises: DueExercise[];
}

export async function getReviewSummary(db: PrismaClient, userId: string, now = new Date()): Promise<ReviewSummary> {
  const [dueItems, open, next, exercises] = await Promise.all([
    db.reviewState.count({ where: { userId, dueAt: { lte: now }, item: { is: reviewableItem } } }),
    openReviewSession(db, userId),
    db.reviewState.findFirst({
      where: { userId, dueAt: { gt: now }, item: { is: reviewableItem } },
      orderBy: { dueAt: "asc" },
      select: { dueAt: true },
    }),
    db.reviewState.findMany({
      where: { userId, dueAt: { lte: now }, exercise: { is: { retired: false } } },
      orderBy: { dueAt: "asc" },
      select: {
        dueAt: true,
        lastOutcome: true,
        exercise: { select: { slug: true, currentVersion: true, versions: { select: { version: true, content: true } } } },
      },
    }),
  ]);
  return {
    dueItems,
    sessionSize: REVIEW_SESSION_SIZE,
    openSessionId: open?.id ?? null,
    nextDueAt: next?.dueAt ?? null,
    dueExercises: exercises.flatMap((r) => {
      const ex = r.exercise;
      if (!ex) return [];
      const content = ex.versions.find((v) => v.version === ex.currentVersion)?.content as { title?: unknown } | undefined;
      return [
        {
          slug: ex.slug,
          title: content?.title ?? ex.slug,
          href: `/exercises/${encodeURIComponent(ex.slug)}`,
          dueAt: r.dueAt,
          lastOutcome: r.lastOutcome,
        },
      ];
    }),
  };
}

/** Days until `due`, rounded to the nearest whole day; 0 within half a day (e.g. a lapse relearned in minutes). */
export function daysAhead(due: Date, now: Date): number {
  return Math.max(0, Math.round((due.getTime() - now.getTime()) / DAY_MS));
}

export interface ScheduledItem {
  slug: string;
  dueAt: Date;
  /** daysAhead(dueAt) */
  inDays: number;
  lastOutcome: string | null;
}

/** The current review schedule of the given items for this learner (e.g. the items of a submitted session). */
export async function scheduleOf(db: PrismaClient, userId: string, itemIds: string[], now = new Date()): Promise<ScheduledItem[]> {
  if (itemIds.length === 0) return [];
  const rows = await db.reviewState.findMany({
    where: { userId, itemId: { in: itemIds } },
    orderBy: { dueAt: "asc" },
    select: { dueAt: true, lastOutcome: true, item: { select: { slug: true } } },
  });
  return rows.flatMap((r) =>
    r.item ? [{ slug: r.item.slug, dueAt: r.dueAt, inDays: daysAhead(r.dueAt, now), lastOutcome: r.lastOutcome }] : [],
  );
}
