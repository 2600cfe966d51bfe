// SQL fragments that keep an instructor query to the learners of one class. `classId` null means no class filter
// (admins looking at everyone, self-study learners included).
import { Prisma } from "@/lib/generated/prisma/client";

/** `AND <user column> is an active learner of the class` (nothing when classId is null). */
export function inClassCond(userIdColumn: Prisma.Sql, classId: string | null): Prisma.Sql {
  if (!classId) return Prisma.empty;
  return Prisma.sql`AND EXISTS (SELECT 1 FROM "ClassMember" cm WHERE cm."classId" = ${classId}::uuid AND cm."userId" = ${userIdColumn}
    AND cm.role = 'learner' AND cm."removedAt" IS NULL)`;
}

/** The same rule for Prisma's query builder: a `where` on a User relation. */
export function inClassWhere(classId: string | null): Prisma.UserWhereInput {
  if (!classId) return {};
  return { classMemberships: { some: { classId, role: "learner", removedAt: null } } };
}
