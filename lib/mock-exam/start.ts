// Starting a mock exam attempt: an ordinary exam attempt (lib/attempts: timer, autosave, submit, grading, lazy
// expiry) whose questions are drawn for this learner when it starts (draw.ts) and pinned as its answer rows, like a
// review session's. The draw is stored on the attempt (mockDraw), so a reload shows the same questions and the
// result page can say what the bank allowed. Unlike a unit exam it can be taken again once the open one is finished.
import crypto from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { HttpError } from "@/lib/http/errors";
import { lockForExamStart } from "@/lib/attempts/exam-integrity";
import { loadBank } from "./bank";
import { planForLearner } from "./config";
import { drawMock } from "./draw";

export interface StoredMockDraw {
  classId: string | null;
  requested: number;
  shortfall: number;
  timeLimitMinutes: number;
  strata: Array<{ unit: string; section: string; wanted: number; drawn: number; available: number }>;
}

export async function startMockAttempt(
  db: PrismaClient,
  userId: string,
  test: { id: string; unitId: string; mockPlan: unknown },
  now: Date,
  seed: number = crypto.randomInt(1, 2 ** 31 - 1),
): Promise<{ attemptId: string; resumed: boolean }> {
  const unit = await db.unit.findUniqueOrThrow({ where: { id: test.unitId }, select: { courseId: true } });
  const bank = await loadBank(db, unit.courseId);
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`attempt:${userId}:${test.id}`}))`;
      await lockForExamStart(tx, userId);
      const open = await tx.testAttempt.findFirst({
        where: { userId, testId: test.id, status: "in_progress" },
        orderBy: { startedAt: "desc" },
      });
      if (open) return { attemptId: open.id, resumed: true };
      const { plan, classId } = await planForLearner(tx, userId, test);
      const draw = drawMock(plan, bank, seed);
      if (draw.items.length === 0) throw new HttpError(409, "This test has no questions yet");
      const items = await tx.item.findMany({ where: { slug: { in: draw.items } }, select: { id: true, slug: true, currentVersion: true } });
      const versions = await tx.itemVersion.findMany({
        where: { OR: items.map((i) => ({ itemId: i.id, version: i.currentVersion })) },
        select: { id: true, itemId: true },
      });
      const versionOf = new Map(versions.map((v) => [v.itemId, v.id]));
      const idOf = new Map(items.map((i) => [i.slug, i.id]));
      const stored: StoredMockDraw = {
        classId,
        requested: draw.requested,
        shortfall: draw.shortfall,
        timeLimitMinutes: plan.timeLimitMinutes,
        strata: draw.strata.map(({ unit, section, wanted, drawn, available }) => ({ unit, section, wanted, drawn, available })),
      };
      const attempt = await tx.testAttempt.create({
        data: {
          testId: test.id,
          userId,
          mode: "exam",
          seed,
          startedAt: now,
          deadlineAt: new Date(now.getTime() + plan.timeLimitMinutes * 60_000),
          maxScore: draw.items.length,
          mockDraw: stored as unknown as Prisma.InputJsonValue,
          answers: { create: draw.items.map((slug, position) => ({ itemVersionId: versionOf.get(idOf.get(slug)!)!, position })) },
        },
      });
      return { attemptId: attempt.id, resumed: false };
    },
    { timeout: 30_000 },
  );
}
