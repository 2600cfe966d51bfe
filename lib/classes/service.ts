// Classes: create, join by code, rotate/close the code, add staff by email, remove members (audited; work stays),
// the roster. Access is decided by the caller (lib/auth/guard requireClassPower); these functions only act.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { HttpError } from "@/lib/http/errors";
import { normalizeEmail } from "@/lib/users";
import { newJoinCode, normalizeJoinCode } from "./join-code";

export const CLASS_AUDIT_TARGET = "class";

export interface NewClass {
  courseSlug: string;
  name: string;
  term: string;
  timeZone: string;
}

/** Unique-violation on joinCode is astronomically rare; retry a few times rather than fail. */
async function withFreshCode<T>(fn: (code: string) => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await fn(newJoinCode());
    } catch (e) {
      if (i < 4 && (e as { code?: string }).code === "P2002") continue;
      throw e;
    }
  }
}

export async function createClass(db: PrismaClient, actorId: string, input: NewClass): Promise<{ id: string; joinCode: string }> {
  const course = await db.course.findUnique({ where: { slug: input.courseSlug }, select: { id: true } });
  if (!course) throw new HttpError(404, "Course not found");
  return withFreshCode((joinCode) =>
    db.$transaction(async (tx) => {
      const c = await tx.class.create({
        data: { courseId: course.id, name: input.name, term: input.term, timeZone: input.timeZone, joinCode, createdById: actorId },
        select: { id: true, joinCode: true },
      });
      await tx.classMember.create({ data: { classId: c.id, userId: actorId, role: "instructor" } });
      await tx.auditLog.create({
        data: { actorId, action: "class.create", targetType: CLASS_AUDIT_TARGET, targetId: c.id, details: { ...input } },
      });
      return c;
    }),
  );
}

/**
 * A learner joins with a code. Joining again is a no-op; a learner removed earlier comes back (removedAt cleared,
 * audited). Staff of the class keep their role. Unknown or closed codes get the same 404 (no probing for classes).
 */
export async function joinByCode(
  db: PrismaClient,
  userId: string,
  rawCode: string,
): Promise<{ classId: string; name: string; joined: boolean }> {
  const code = normalizeJoinCode(rawCode);
  const c = await db.class.findUnique({ where: { joinCode: code }, select: { id: true, name: true, joinOpen: true } });
  if (!c || !c.joinOpen) throw new HttpError(404, "No open class has this join code");
  return db.$transaction(async (tx) => {
    const existing = await tx.classMember.findUnique({ where: { classId_userId: { classId: c.id, userId } } });
    if (existing && !existing.removedAt) return { classId: c.id, name: c.name, joined: false };
    if (existing) {
      await tx.classMember.update({
        where: { classId_userId: { classId: c.id, userId } },
        data: { removedAt: null, joinedAt: new Date() },
      });
      await tx.auditLog.create({
        data: { actorId: userId, action: "class.rejoin", targetType: CLASS_AUDIT_TARGET, targetId: c.id, details: { userId } },
      });
    } else {
      await tx.classMember.create({ data: { classId: c.id, userId, role: "learner" } });
    }
    return { classId: c.id, name: c.name, joined: true };
  });
}

export async function rotateJoinCode(db: PrismaClient, actorId: string, classId: string): Promise<string> {
  return withFreshCode((joinCode) =>
    db.$transaction(async (tx) => {
      await tx.class.update({ where: { id: classId }, data: { joinCode } });
      await tx.auditLog.create({ data: { actorId, action: "class.rotate_code", targetType: CLASS_AUDIT_TARGET, targetId: classId } });
      return joinCode;
    }),
  );
}

export async function setJoinOpen(db: PrismaClient, actorId: string, classId: string, open: boolean): Promise<void> {
  await db.$transaction([
    db.class.update({ where: { id: classId }, data: { joinOpen: open } }),
    db.auditLog.create({
      data: { actorId, action: open ? "class.open_joining" : "class.close_joining", targetType: CLASS_AUDIT_TARGET, targetId: classId },
    }),
  ]);
}

/** Adds (or re-adds, or changes the role of) a co-instructor or TA by the email of an existing account. */
export async function addStaff(
  db: PrismaClient,
  actorId: string,
  classId: string,
  email: string,
  role: "instructor" | "ta",
): Promise<{ userId: string }> {
  const user = await db.user.findUnique({ where: { email: normalizeEmail(email) }, select: { id: true } });
  if (!user) throw new HttpError(404, "No account has this email");
  await db.$transaction([
    db.classMember.upsert({
      where: { classId_userId: { classId, userId: user.id } },
      create: { classId, userId: user.id, role },
      update: { role, removedAt: null },
    }),
    db.auditLog.create({
      data: { actorId, action: "class.add_staff", targetType: CLASS_AUDIT_TARGET, targetId: classId, details: { userId: user.id, role } },
    }),
  ]);
  return { userId: user.id };
}

/**
 * Removes a member (learner or staff): sets removedAt and writes an audit row. Their attempts and submissions stay;
 * they leave the class's gradebook and its staff's views. The last instructor cannot be removed.
 */
export async function removeMember(db: PrismaClient, actorId: string, classId: string, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const m = await tx.classMember.findUnique({ where: { classId_userId: { classId, userId } } });
    if (!m || m.removedAt) throw new HttpError(404, "Not a member of this class");
    if (m.role === "instructor") {
      const others = await tx.classMember.count({ where: { classId, role: "instructor", removedAt: null, userId: { not: userId } } });
      if (others === 0) throw new HttpError(409, "A class keeps at least one instructor");
    }
    await tx.classMember.update({ where: { classId_userId: { classId, userId } }, data: { removedAt: new Date() } });
    await tx.auditLog.create({
      data: {
        actorId,
        action: "class.remove_member",
        targetType: CLASS_AUDIT_TARGET,
        targetId: classId,
        details: { userId, role: m.role },
      },
    });
  });
}

export interface RosterRow {
  userId: string;
  name: string;
  email: string;
  role: "learner" | "instructor" | "ta";
  joinedAt: Date;
  /** Latest attempt start/submit or code submission, anywhere (null = none). */
  lastActivity: Date | null;
}

/** Active members, staff first, then learners by name; last activity from one grouped query. */
export async function getRoster(db: PrismaClient, classId: string): Promise<RosterRow[]> {
  return db.$queryRaw<RosterRow[]>`
    SELECT u.id AS "userId", u.name, u.email, m.role::text AS role, m."joinedAt",
      GREATEST(
        (SELECT max(coalesce(a."submittedAt", a."startedAt")) FROM "TestAttempt" a WHERE a."userId" = u.id),
        (SELECT max(s."createdAt") FROM "Submission" s WHERE s."userId" = u.id)
      ) AS "lastActivity"
    FROM "ClassMember" m JOIN "User" u ON u.id = m."userId"
    WHERE m."classId" = ${classId}::uuid AND m."removedAt" IS NULL
    ORDER BY (m.role = 'learner'), u.name, u.email`;
}

export interface LearnerClass {
  id: string;
  name: string;
  term: string;
  timeZone: string;
}

/** Classes a learner is an active member of. */
export async function learnerClasses(db: PrismaClient, userId: string): Promise<LearnerClass[]> {
  return db.class.findMany({
    where: { members: { some: { userId, role: "learner", removedAt: null } } },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, term: true, timeZone: true },
  });
}
