// Test helper: a class on the database's first course with the given staff and learners (tests/classes, the
// instructor page tests and the access suite use it to put an instructor and learners into one class).
import crypto from "node:crypto";
import type { PrismaClient } from "../../lib/db/client";

export async function makeClass(
  prisma: PrismaClient,
  opts: { name?: string; instructorIds?: string[]; taIds?: string[]; learnerIds?: string[]; timeZone?: string },
): Promise<{ id: string; joinCode: string }> {
  const course = await prisma.course.findFirstOrThrow({ orderBy: { position: "asc" }, select: { id: true } });
  const joinCode = crypto.randomBytes(6).toString("hex").toUpperCase();
  const c = await prisma.class.create({
    data: { courseId: course.id, name: opts.name ?? "Class", term: "2026", timeZone: opts.timeZone ?? "Asia/Tokyo", joinCode },
    select: { id: true, joinCode: true },
  });
  const rows = [
    ...(opts.instructorIds ?? []).map((userId) => ({ classId: c.id, userId, role: "instructor" as const })),
    ...(opts.taIds ?? []).map((userId) => ({ classId: c.id, userId, role: "ta" as const })),
    ...(opts.learnerIds ?? []).map((userId) => ({ classId: c.id, userId, role: "learner" as const })),
  ];
  if (rows.length) await prisma.classMember.createMany({ data: rows });
  return c;
}

/**
 * A class where `instructorId` teaches every learner in the database now (the gradebook and item tests, whose
 * subject is not scoping, meet the scoped views through it; tests/classes/scoping covers the scoping itself).
 */
export async function teachEveryLearner(prisma: PrismaClient, instructorId: string): Promise<{ id: string; joinCode: string }> {
  const learners = await prisma.user.findMany({ where: { role: "learner" }, select: { id: true } });
  return makeClass(prisma, { instructorIds: [instructorId], learnerIds: learners.map((l) => l.id) });
}
