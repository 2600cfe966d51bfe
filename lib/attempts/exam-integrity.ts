// Exam integrity: while a learner has an exam open, no practice attempt of theirs — a test's practice attempt or a
// review session — gives help on that exam's items: checks, hints, reveals and submitting (whose review shows every
// answer and explanation) are refused with 409 `exam_in_progress` until the exam is submitted or its deadline passes.
//
// Why at the moment of help, not at the start of a practice attempt: a practice attempt or review session opened
// before the exam is still open during it, review sessions are dealt from due items whatever tests they belong to,
// and an exam on test T shares items with practice tests other than T. Items are matched by Item (not version), so
// a newer version of the same question is covered too. Saving a practice answer stays allowed: it shows nothing.
//
// The race with an exam starting while a check is being graded: practice writes take the learner's integrity lock
// shared and re-check inside their transaction; an exam start takes it exclusively (startAttempt), so help that
// commits after the exam's start is refused.
import type { Prisma } from "@/lib/generated/prisma/client";
import { HttpError } from "@/lib/http/errors";

/** An exam whose deadline passed less than this long ago still counts as open (autosaves in flight are accepted). */
const DEADLINE_GRACE_MS = 5_000;

type Tx = Prisma.TransactionClient;

function lockKey(userId: string): string {
  return `exam-integrity:${userId}`;
}

/** Exam start: held until the exam attempt is committed, so no practice help commits across the start. */
export async function lockForExamStart(tx: Tx, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${lockKey(userId)}))`;
}

/** Practice help: shared among the learner's practice writes, exclusive against an exam start. */
export async function lockForPracticeHelp(tx: Tx, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(hashtext(${lockKey(userId)}))`;
}

/** True when `userId` has an exam open (not submitted, deadline not passed) that contains any of `itemIds`. */
export async function hasOpenExamWith(db: Tx, userId: string, itemIds: readonly string[], now: Date): Promise<boolean> {
  if (itemIds.length === 0) return false;
  const hit = await db.answer.findFirst({
    where: {
      attempt: { userId, mode: "exam", status: "in_progress", deadlineAt: { gt: new Date(now.getTime() - DEADLINE_GRACE_MS) } },
      itemVersion: { itemId: { in: [...itemIds] } },
    },
    select: { id: true },
  });
  return hit !== null;
}

/** Throws 409 `exam_in_progress` when an open exam of the learner contains any of `itemIds`. */
export async function assertNoOpenExamWith(db: Tx, userId: string, itemIds: readonly string[], now: Date): Promise<void> {
  if (await hasOpenExamWith(db, userId, itemIds, now)) {
    throw new HttpError(409, "This question is part of your exam in progress; checks, hints and answers return when the exam ends", {
      code: "exam_in_progress",
    });
  }
}
