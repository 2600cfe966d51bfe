// Data for the /tests pages (server only).
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function getTestPage(db: PrismaClient, slug: string, userId: string) {
  const test = await db.test.findUnique({
    where: { slug },
    include: {
      unit: { include: { course: true } },
      section: true,
      _count: { select: { items: true } },
    },
  });
  if (!test) return null;
  const attempts = await db.testAttempt.findMany({
    where: { testId: test.id, userId },
    orderBy: { startedAt: "desc" },
    select: { id: true, mode: true, status: true, startedAt: true, deadlineAt: true, score: true, maxScore: true },
  });
  return { test, attempts };
}
