// "My assignments" on /learn: every open-or-past assignment of the learner's classes (never one before it opens),
// due next first, with the learner's status and — once released — their score.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadAssignments, loadResults } from "./results";
import { isReleased, type LearnerStatus } from "./rules";

export interface MyAssignment {
  id: string;
  classId: string;
  className: string;
  timeZone: string;
  title: string;
  kind: "test" | "exercises";
  /** Where the learner works on it: the test's start page or the first exercise, with ?assignment=. */
  href: string;
  opensAt: Date;
  dueAt: Date;
  closesAt: Date;
  status: LearnerStatus;
  open: boolean;
  /** Open, and an attempt left (or one in progress to continue). */
  canWork: boolean;
  released: boolean;
  raw: number | null;
  penalised: number | null;
  lateMs: number;
  latePolicy: "no_credit" | "penalty_per_day";
  penaltyPerDay: number;
}

export async function listMyAssignments(db: PrismaClient, userId: string, now = new Date()): Promise<MyAssignment[]> {
  const classes = await db.class.findMany({
    where: { members: { some: { userId, role: "learner", removedAt: null } } },
    select: { id: true, name: true, timeZone: true },
  });
  if (classes.length === 0) return [];
  const byClass = new Map(classes.map((c) => [c.id, c]));
  const rows = await db.assignment.findMany({
    where: { classId: { in: classes.map((c) => c.id) }, opensAt: { lte: now } },
    select: {
      id: true,
      classId: true,
      test: { select: { slug: true } },
      exercises: { orderBy: { position: "asc" }, take: 1, select: { exercise: { select: { slug: true } } } },
    },
  });
  if (rows.length === 0) return [];
  const defs = await loadAssignments(db, { ids: rows.map((r) => r.id) });
  const results = await loadResults(db, defs, [userId], now);
  const meta = new Map(rows.map((r) => [r.id, r]));
  const list = defs.map((def): MyAssignment => {
    const r = results.get(def.id)!.get(userId)!;
    const m = meta.get(def.id)!;
    const cls = byClass.get(m.classId)!;
    const released = isReleased(def.release, r.dates, now);
    const href = m.test
      ? `/tests/${encodeURIComponent(m.test.slug)}?assignment=${def.id}`
      : `/exercises/${encodeURIComponent(m.exercises[0]?.exercise.slug ?? "")}?assignment=${def.id}`;
    return {
      id: def.id,
      classId: m.classId,
      className: cls.name,
      timeZone: cls.timeZone,
      title: def.title,
      kind: def.testId ? "test" : "exercises",
      href,
      opensAt: def.opensAt,
      dueAt: r.dates.dueAt,
      closesAt: r.dates.closesAt,
      status: r.status,
      open: now < r.dates.closesAt,
      canWork: now < r.dates.closesAt && (def.attemptsAllowed === null || r.count < def.attemptsAllowed || r.status === "in_progress"),
      released,
      raw: released ? r.raw : null,
      penalised: released ? r.penalised : null,
      lateMs: r.lateMs,
      latePolicy: def.latePolicy,
      penaltyPerDay: def.penaltyPerDay,
    };
  });
  // Open ones by due date first (what is due next), then the closed ones, most recent first.
  return list.sort((a, b) => (a.open !== b.open ? (a.open ? -1 : 1) : a.open ? +a.dueAt - +b.dueAt : +b.dueAt - +a.dueAt));
}
