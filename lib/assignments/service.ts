// Assignments: create one for a class, grant per-learner extensions, and the learner-side gates (visible? open?) that
// attempts (lib/assignments/attempts.ts) and code submissions (lib/exercises/submissions.ts) go through.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { HttpError } from "@/lib/http/errors";
import { wallTimeToInstant } from "@/lib/classes/time-zone";
import type { CreateAssignmentInput, ExtensionInput } from "./http";
import { effectiveDates, isOpenForWork, isVisible, type AssignmentDates, type Extension } from "./rules";

export const ASSIGNMENT_AUDIT_TARGET = "assignment";

/** A wall time in the class's zone, or an instant with an explicit offset. */
export function parseWhen(value: string, timeZone: string): Date {
  const withOffset = /(Z|[+-]\d{2}:?\d{2})$/.test(value);
  const d = withOffset ? new Date(value) : wallTimeToInstant(value, timeZone);
  if (!d || Number.isNaN(d.getTime())) throw new HttpError(400, "Dates must look like 2026-12-07T23:59");
  return d;
}

function exerciseSlugList(v: CreateAssignmentInput["exerciseSlugs"]): string[] {
  if (v === undefined) return [];
  const list = Array.isArray(v) ? v : v.split(/[\s,]+/);
  return [...new Set(list.map((s) => s.trim()).filter(Boolean))];
}

export async function createAssignment(
  db: PrismaClient,
  actorId: string,
  classId: string,
  input: CreateAssignmentInput,
): Promise<{ id: string }> {
  const cls = await db.class.findUniqueOrThrow({ where: { id: classId }, select: { timeZone: true } });
  const opensAt = parseWhen(input.opensAt, cls.timeZone);
  const dueAt = parseWhen(input.dueAt, cls.timeZone);
  const closesAt = parseWhen(input.closesAt, cls.timeZone);
  if (!(opensAt <= dueAt && dueAt <= closesAt)) throw new HttpError(400, "Dates must be in order: open ≤ due ≤ close");
  const slugs = exerciseSlugList(input.exerciseSlugs);
  if (Boolean(input.testSlug) === slugs.length > 0) throw new HttpError(400, "Give either a test or one or more code exercises");
  let testId: string | null = null;
  let exerciseIds: string[] = [];
  if (input.testSlug) {
    const t = await db.test.findUnique({ where: { slug: input.testSlug }, select: { id: true, mockPlan: true } });
    if (!t) throw new HttpError(404, "Test not found");
    // a mock exam draws per learner with the class's settings (lib/mock-exam), not as an assignment's fixed test
    if (t.mockPlan) throw new HttpError(400, "A mock exam cannot be assigned; set it up on the class's mock exam page");
    testId = t.id;
  } else {
    const found = await db.exercise.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
    if (found.length !== slugs.length) throw new HttpError(404, "Exercise not found");
    const bySlug = new Map(found.map((e) => [e.slug, e.id]));
    exerciseIds = slugs.map((s) => bySlug.get(s)!);
  }
  return db.$transaction(async (tx) => {
    const a = await tx.assignment.create({
      data: {
        classId,
        title: input.title,
        testId,
        opensAt,
        dueAt,
        closesAt,
        attemptsAllowed: input.attemptsAllowed ?? null,
        timeLimitS: input.timeLimitMin ? input.timeLimitMin * 60 : null,
        latePolicy: input.latePolicy,
        penaltyPerDay: input.latePolicy === "penalty_per_day" ? input.penaltyPerDay : 0,
        release: input.release,
        exercises: { create: exerciseIds.map((exerciseId, position) => ({ exerciseId, position })) },
      },
      select: { id: true },
    });
    await tx.auditLog.create({
      data: { actorId, action: "assignment.create", targetType: ASSIGNMENT_AUDIT_TARGET, targetId: a.id, details: { classId, ...input } },
    });
    return a;
  });
}

/** Sets (replaces) one learner's extension; audited. The learner must be an active learner of the class. */
export async function setExtension(db: PrismaClient, actorId: string, assignmentId: string, input: ExtensionInput): Promise<void> {
  const a = await db.assignment.findUnique({
    where: { id: assignmentId },
    select: { classId: true, class: { select: { timeZone: true } } },
  });
  if (!a) throw new HttpError(404, "Assignment not found");
  const member = await db.classMember.findUnique({ where: { classId_userId: { classId: a.classId, userId: input.userId } } });
  if (!member || member.removedAt || member.role !== "learner") throw new HttpError(404, "This user is not a learner of the class");
  const data = {
    dueAt: input.dueAt ? parseWhen(input.dueAt, a.class.timeZone) : null,
    closesAt: input.closesAt ? parseWhen(input.closesAt, a.class.timeZone) : null,
    extraTimeS: input.extraTimeMin * 60,
  };
  await db.$transaction([
    db.assignmentExtension.upsert({
      where: { assignmentId_userId: { assignmentId, userId: input.userId } },
      create: { assignmentId, userId: input.userId, ...data },
      update: data,
    }),
    db.auditLog.create({
      data: { actorId, action: "assignment.extension", targetType: ASSIGNMENT_AUDIT_TARGET, targetId: assignmentId, details: { ...input } },
    }),
  ]);
}

export interface LearnerAssignment {
  id: string;
  classId: string;
  title: string;
  testId: string | null;
  exerciseIds: string[];
  attemptsAllowed: number | null;
  timeLimitS: number | null;
  latePolicy: "no_credit" | "penalty_per_day";
  penaltyPerDay: number;
  release: "immediately" | "after_due" | "after_close";
  timeZone: string;
  /** The learner's dates (extension applied). */
  dates: AssignmentDates;
  extension: Extension | null;
}

/**
 * The assignment as one learner sees it, or a 404 — for a learner who is not an active member of its class, and
 * before it opens (an assignment is invisible before opensAt, over the API too).
 */
export async function assignmentForLearner(db: PrismaClient, userId: string, assignmentId: string, now: Date): Promise<LearnerAssignment> {
  const notFound = () => new HttpError(404, "Assignment not found");
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(assignmentId)) throw notFound();
  const a = await db.assignment.findUnique({
    where: { id: assignmentId },
    include: {
      class: { select: { timeZone: true, members: { where: { userId, role: "learner", removedAt: null }, select: { userId: true } } } },
      exercises: { orderBy: { position: "asc" }, select: { exerciseId: true } },
      extensions: { where: { userId } },
    },
  });
  if (!a || a.class.members.length === 0 || !isVisible(a, now)) throw notFound();
  const ext = a.extensions[0] ?? null;
  return {
    id: a.id,
    classId: a.classId,
    title: a.title,
    testId: a.testId,
    exerciseIds: a.exercises.map((e) => e.exerciseId),
    attemptsAllowed: a.attemptsAllowed,
    timeLimitS: a.timeLimitS,
    latePolicy: a.latePolicy,
    penaltyPerDay: a.penaltyPerDay,
    release: a.release,
    timeZone: a.class.timeZone,
    dates: effectiveDates(a, ext),
    extension: ext,
  };
}

/** Refuses new work after the learner's close date, with the clear message. */
export function assertOpenForWork(a: LearnerAssignment, now: Date): void {
  if (!isOpenForWork(a.dates, now)) throw new HttpError(409, "This assignment is closed; no more attempts or submissions are accepted");
}

/** Gate for a code submission made for an assignment: the exercise must belong to it and it must be open. */
export async function assertSubmissionAllowed(
  db: PrismaClient,
  userId: string,
  assignmentId: string,
  exerciseId: string,
  now: Date,
): Promise<void> {
  const a = await assignmentForLearner(db, userId, assignmentId, now);
  if (!a.exerciseIds.includes(exerciseId)) throw new HttpError(400, "This work is not part of the assignment");
  assertOpenForWork(a, now);
  if (a.attemptsAllowed !== null) {
    const used = await db.submission.count({ where: { userId, assignmentId, exerciseVersion: { exerciseId } } });
    if (used >= a.attemptsAllowed) throw new HttpError(409, "You have used every attempt this assignment allows");
  }
}
