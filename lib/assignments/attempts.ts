// Starting (or resuming) a test attempt for an assignment: exam mode (no hints, checks or reveals), the assignment's
// time limit (or the test's) plus the learner's extra time, counted from the server's start time. An untimed attempt
// ends at the learner's close date; a timed one keeps its own timer even past due and close (work in flight).
import crypto from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { HttpError } from "@/lib/http/errors";
import { assertOpenForWork, assignmentForLearner } from "./service";
import { attemptDeadline } from "./rules";

export async function startAssignmentAttempt(
  db: PrismaClient,
  userId: string,
  assignmentId: string,
  now = new Date(),
): Promise<{ attemptId: string; testSlug: string; resumed: boolean }> {
  const a = await assignmentForLearner(db, userId, assignmentId, now);
  if (!a.testId) throw new HttpError(400, "This work is not part of the assignment");
  const test = await db.test.findUniqueOrThrow({ where: { id: a.testId }, include: { items: { include: { item: true } } } });
  if (test.items.length === 0) throw new HttpError(409, "This test has no questions yet");
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`assignment:${userId}:${assignmentId}`}))`;
    const open = await tx.testAttempt.findFirst({
      where: { userId, assignmentId, status: "in_progress", OR: [{ deadlineAt: null }, { deadlineAt: { gt: now } }] },
      orderBy: { startedAt: "desc" },
    });
    if (open) return { attemptId: open.id, testSlug: test.slug, resumed: true };
    assertOpenForWork(a, now);
    if (a.attemptsAllowed !== null) {
      const used = await tx.testAttempt.count({ where: { userId, assignmentId } });
      if (used >= a.attemptsAllowed) throw new HttpError(409, "You have used every attempt this assignment allows");
    }
    const versions = await tx.itemVersion.findMany({
      where: { OR: test.items.map((ti) => ({ itemId: ti.itemId, version: ti.item.currentVersion })) },
      select: { id: true },
    });
    const timer = attemptDeadline(now, a.timeLimitS ?? test.timeLimitS, a.extension?.extraTimeS ?? 0);
    const attempt = await tx.testAttempt.create({
      data: {
        testId: test.id,
        userId,
        assignmentId,
        mode: "exam",
        seed: crypto.randomInt(1, 2 ** 31 - 1),
        startedAt: now,
        deadlineAt: timer ?? a.dates.closesAt,
        maxScore: test.items.reduce((s, ti) => s + ti.points, 0),
        answers: { create: versions.map((v) => ({ itemVersionId: v.id })) },
      },
      select: { id: true },
    });
    return { attemptId: attempt.id, testSlug: test.slug, resumed: false };
  });
}
