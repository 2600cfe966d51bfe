// Who may see and do what in which class: the queries behind the permission table (permissions.ts). The access guard
// (lib/auth/guard.ts) calls these; nothing else in the app decides class access by itself.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { classCan, type ClassPermission, type ClassPower } from "./permissions";

export interface StaffClass {
  id: string;
  name: string;
  term: string;
  timeZone: string;
  courseSlug: string;
  power: ClassPower;
}

interface Who {
  id: string;
  role: string;
}

/** Classes the user can open as staff: every class for an admin, else those where they are instructor or TA. */
export async function staffClasses(db: PrismaClient, user: Who): Promise<StaffClass[]> {
  const rows = await db.class.findMany({
    where: user.role === "admin" ? {} : { members: { some: { userId: user.id, role: { in: ["instructor", "ta"] }, removedAt: null } } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      term: true,
      timeZone: true,
      course: { select: { slug: true } },
      members: { where: { userId: user.id, removedAt: null }, select: { role: true } },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    term: c.term,
    timeZone: c.timeZone,
    courseSlug: c.course.slug,
    power: user.role === "admin" ? "admin" : (c.members[0]!.role as "instructor" | "ta"),
  }));
}

/** The user's power in one class (admin everywhere), or null. */
export async function classPower(db: PrismaClient, user: Who, classId: string): Promise<ClassPower | null> {
  if (user.role === "admin") return "admin";
  const m = await db.classMember.findUnique({
    where: { classId_userId: { classId, userId: user.id } },
    select: { role: true, removedAt: true },
  });
  if (!m || m.removedAt || m.role === "learner") return null;
  return m.role;
}

/**
 * May `user` see (with `permission`) the learner `learnerId`? Admins: anyone. Others: only when the learner is an
 * active learner of a class in which the user holds the permission. A learner who shares no class is invisible.
 */
export async function canSeeLearner(
  db: PrismaClient,
  user: Who,
  learnerId: string,
  permission: ClassPermission = "view",
): Promise<boolean> {
  if (user.role === "admin") return true;
  const shared = await db.classMember.findMany({
    where: {
      userId: user.id,
      role: { in: ["instructor", "ta"] },
      removedAt: null,
      class: { members: { some: { userId: learnerId, role: "learner", removedAt: null } } },
    },
    select: { role: true },
  });
  return shared.some((m) => classCan(m.role as "instructor" | "ta", permission));
}

/** Is the user staff anywhere (or allowed to create a class)? Decides whether the instructor area opens at all. */
export async function isStaffAnywhere(db: PrismaClient, user: Who): Promise<boolean> {
  if (user.role === "admin" || user.role === "instructor") return true;
  const n = await db.classMember.count({ where: { userId: user.id, role: { in: ["instructor", "ta"] }, removedAt: null } });
  return n > 0;
}
