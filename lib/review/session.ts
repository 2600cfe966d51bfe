// Review sessions: a short mixed practice attempt over the learner's due confirmation-test items.
//
// A session is a TestAttempt without a test (testId null) in practice mode. Its questions are its Answer rows, created
// when it starts, pinned to each item's current version and ordered by Answer.position — so everything else (autosave,
// check, hints, reveal, submit, the player, the payload whitelist, ownership checks) is the ordinary attempt machinery
// of lib/attempts. Submitting it runs the same finalize() → recordAttemptOutcomes, which reschedules every item.
//
// Choice: the most overdue reviewable items first (ReviewState.dueAt ascending), at most REVIEW_SESSION_SIZE, then
// interleaved round-robin across sections so that consecutive questions come from different sections where possible.
// Short-text items are left out: they wait for an instructor's grade, so a session could not reschedule them.
import crypto from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { HttpError } from "@/lib/http/errors";
import type { Db } from "./outcome";

export const REVIEW_SESSION_SIZE = 10;

/** Items a review session can reschedule at once (graded automatically). */
export const reviewableItem = {
  retired: false,
  kind: { not: "short_text" },
} satisfies Prisma.ItemWhereInput;

export interface DueItem {
  itemId: string;
  slug: string;
  sectionId: string;
  dueAt: Date;
}

/** The learner's due reviewable items, most overdue first (ties by slug), at most `limit`. */
export async function pickDueItems(db: Db, userId: string, now: Date, limit = REVIEW_SESSION_SIZE): Promise<DueItem[]> {
  const rows = await db.reviewState.findMany({
    where: { userId, dueAt: { lte: now }, item: { is: reviewableItem } },
    orderBy: [{ dueAt: "asc" }, { item: { slug: "asc" } }],
    take: limit,
    select: { dueAt: true, item: { select: { id: true, slug: true, sectionId: true } } },
  });
  return rows.flatMap((r) => (r.item ? [{ itemId: r.item.id, slug: r.item.slug, sectionId: r.item.sectionId, dueAt: r.dueAt }] : []));
}

/**
 * Round-robin across sections: sections in the order of their most overdue item, each section's items in their
 * given order. [a1, a2, a3, b1, c1, b2] → [a1, b1, c1, a2, b2, a3].
 */
export function interleaveBySection<T extends { sectionId: string }>(items: T[]): T[] {
  const groups = new Map<string, T[]>();
  for (const it of items) {
    const g = groups.get(it.sectionId) ?? [];
    g.push(it);
    groups.set(it.sectionId, g);
  }
  const queues = [...groups.values()];
  const out: T[] = [];
  for (let round = 0; out.length < items.length; round++) {
    for (const q of queues) if (round < q.length) out.push(q[round]!);
  }
  return out;
}

export interface ReviewStart {
  attemptId: string;
  resumed: boolean;
}

/** The learner's open review session, if any. */
export async function openReviewSession(db: Db, userId: string): Promise<{ id: string; startedAt: Date } | null> {
  return db.testAttempt.findFirst({
    where: { userId, testId: null, status: "in_progress" },
    orderBy: { startedAt: "desc" },
    select: { id: true, startedAt: true },
  });
}

/**
 * Starts a review session over the learner's due items, or resumes the open one (one open session per learner,
 * serialised by an advisory lock). 409 when nothing is due.
 */
export async function startReviewSession(
  db: PrismaClient,
  userId: string,
  opts: { now?: () => Date; size?: number } = {},
): Promise<ReviewStart> {
  const now = opts.now?.() ?? new Date();
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`review:${userId}`}))`;
    const open = await openReviewSession(tx, userId);
    if (open) return { attemptId: open.id, resumed: true };
    const due = interleaveBySection(await pickDueItems(tx, userId, now, opts.size ?? REVIEW_SESSION_SIZE));
    if (due.length === 0) throw new HttpError(409, "Nothing is due for review right now");
    const items = await tx.item.findMany({ where: { id: { in: due.map((d) => d.itemId) } }, select: { id: true, currentVersion: true } });
    const versions = await tx.itemVersion.findMany({
      where: { OR: items.map((i) => ({ itemId: i.id, version: i.currentVersion })) },
      select: { id: true, itemId: true },
    });
    const versionOf = new Map(versions.map((v) => [v.itemId, v.id]));
    const answers = due.flatMap((d, position) => {
      const itemVersionId = versionOf.get(d.itemId);
      return itemVersionId ? [{ itemVersionId, position }] : [];
    });
    const attempt = await tx.testAttempt.create({
      data: {
        testId: null,
        userId,
        mode: "practice",
        seed: crypto.randomInt(1, 2 ** 31 - 1),
        startedAt: now,
        maxScore: answers.length,
        answers: { create: answers },
      },
    });
    return { attemptId: attempt.id, resumed: false };
  });
}
