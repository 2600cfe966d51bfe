// What a learner's next mock exam will be, for the start page: their plan (class settings or the test's) and how many
// questions the bank can serve for it (the draw's counts do not depend on the seed).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadBank } from "./bank";
import { planForLearner } from "./config";
import { drawMock } from "./draw";
import type { MockPlan } from "./plan";

export interface MockPreview {
  plan: MockPlan;
  classPlan: boolean;
  drawn: number;
}

export async function mockPreview(
  db: PrismaClient,
  userId: string,
  test: { id: string; unitId: string; mockPlan: unknown },
): Promise<MockPreview> {
  const unit = await db.unit.findUniqueOrThrow({ where: { id: test.unitId }, select: { courseId: true } });
  const [{ plan, classId }, bank] = await Promise.all([planForLearner(db, userId, test), loadBank(db, unit.courseId)]);
  return { plan, classPlan: classId !== null, drawn: drawMock(plan, bank, 1).items.length };
}
