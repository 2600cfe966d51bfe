// A class's LMS link as its instructors see it: the platform and course, the roster service and its last sync, and the
// scores sent back (counts, and every failure with its reason so it can be sent again).
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface ClassLmsLink {
  platform: string;
  contextId: string;
  rosterService: boolean;
  rosterSyncedAt: Date | null;
  scores: { pending: number; sent: number; failed: number };
  failures: Array<{ id: string; learner: string; assignment: string; error: string; at: Date }>;
}

export async function classLmsLink(db: PrismaClient, classId: string): Promise<ClassLmsLink | null> {
  const ctx = await db.ltiContext.findUnique({ where: { classId }, include: { platform: { select: { name: true, issuer: true } } } });
  if (!ctx) return null;
  const inClass = { link: { assignment: { classId } } };
  const [counts, failures] = await Promise.all([
    db.ltiScore.groupBy({ by: ["status"], where: inClass, _count: { _all: true } }),
    db.ltiScore.findMany({
      where: { ...inClass, status: "failed" },
      orderBy: { updatedAt: "desc" },
      take: 50,
      select: {
        id: true,
        lastError: true,
        updatedAt: true,
        user: { select: { name: true } },
        link: { select: { assignment: { select: { title: true } } } },
      },
    }),
  ]);
  const count = (s: string) => counts.find((c) => c.status === s)?._count._all ?? 0;
  return {
    platform: ctx.platform.name || ctx.platform.issuer,
    contextId: ctx.contextId,
    rosterService: !!ctx.membershipsUrl,
    rosterSyncedAt: ctx.rosterSyncedAt,
    scores: { pending: count("pending"), sent: count("sent"), failed: count("failed") },
    failures: failures.map((f) => ({
      id: f.id,
      learner: f.user.name,
      assignment: f.link.assignment?.title ?? "",
      error: f.lastError ?? "",
      at: f.updatedAt,
    })),
  };
}
