// Each learner's result on assignments: their finished work with its lateness and late factor, the status, the raw
// and the penalised score (0..1). One query for attempts and one for submissions, whatever the number of learners;
// shared by "My assignments", the per-assignment view and the class gradebook.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  attemptStamp,
  effectiveDates,
  lateByMs,
  lateFactor,
  learnerStatus,
  type AssignmentDates,
  type Extension,
  type LearnerStatus,
} from "./rules";

export interface AssignmentDef {
  id: string;
  title: string;
  testId: string | null;
  /** The limit that applies to its attempts (assignment's or test's), null = untimed. */
  timeLimitS: number | null;
  exerciseIds: string[];
  opensAt: Date;
  dueAt: Date;
  closesAt: Date;
  attemptsAllowed: number | null;
  latePolicy: "no_credit" | "penalty_per_day";
  penaltyPerDay: number;
  release: "immediately" | "after_due" | "after_close";
  extensions: Map<string, Extension>;
}

export interface LearnerResult {
  status: LearnerStatus;
  /** Best raw score (0..1) of finished work, null = none. For exercises: the mean over the assignment's exercises. */
  raw: number | null;
  /** The best score after the late policy, null = none. */
  penalised: number | null;
  /** Lateness of the work that gave the penalised score (ms, 0 = on time). */
  lateMs: number;
  /** Attempts started or code submissions made for the assignment. */
  count: number;
  lastAt: Date | null;
  dates: AssignmentDates;
}

/** Assignments of some classes (or ids), with extensions and the time limits that apply. */
export async function loadAssignments(db: PrismaClient, where: { classIds?: string[]; ids?: string[] }): Promise<AssignmentDef[]> {
  const rows = await db.assignment.findMany({
    where: { ...(where.classIds ? { classId: { in: where.classIds } } : {}), ...(where.ids ? { id: { in: where.ids } } : {}) },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    include: {
      test: { select: { timeLimitS: true } },
      exercises: { orderBy: { position: "asc" }, select: { exerciseId: true } },
      extensions: true,
    },
  });
  return rows.map((a) => ({
    id: a.id,
    title: a.title,
    testId: a.testId,
    timeLimitS: a.timeLimitS ?? a.test?.timeLimitS ?? null,
    exerciseIds: a.exercises.map((e) => e.exerciseId),
    opensAt: a.opensAt,
    dueAt: a.dueAt,
    closesAt: a.closesAt,
    attemptsAllowed: a.attemptsAllowed,
    latePolicy: a.latePolicy,
    penaltyPerDay: a.penaltyPerDay,
    release: a.release,
    extensions: new Map(a.extensions.map((e) => [e.userId, { dueAt: e.dueAt, closesAt: e.closesAt, extraTimeS: e.extraTimeS }])),
  }));
}

type AttemptRow = {
  assignmentId: string;
  userId: string;
  startedAt: Date;
  submittedAt: Date | null;
  deadlineAt: Date | null;
  status: string;
  score: number | null;
  maxScore: number | null;
};
type SubmissionRow = {
  assignmentId: string;
  userId: string;
  exerciseId: string;
  createdAt: Date;
  status: string;
  score: number | null;
  maxScore: number | null;
};

/** results.get(assignmentId).get(userId); `userIds` null = everyone who did work (plus nobody else). */
export async function loadResults(
  db: PrismaClient,
  defs: AssignmentDef[],
  userIds: string[] | null,
  now = new Date(),
): Promise<Map<string, Map<string, LearnerResult>>> {
  const ids = defs.map((d) => d.id);
  const out = new Map<string, Map<string, LearnerResult>>();
  if (ids.length === 0) return out;
  const users = userIds ?? null;
  const [attempts, submissions] = await Promise.all([
    users === null
      ? db.$queryRaw<
          AttemptRow[]
        >`SELECT "assignmentId", "userId", "startedAt", "submittedAt", "deadlineAt", status::text AS status, score, "maxScore"
          FROM "TestAttempt" WHERE "assignmentId" = ANY(${ids}::uuid[])`
      : db.$queryRaw<
          AttemptRow[]
        >`SELECT "assignmentId", "userId", "startedAt", "submittedAt", "deadlineAt", status::text AS status, score, "maxScore"
          FROM "TestAttempt" WHERE "assignmentId" = ANY(${ids}::uuid[]) AND "userId" = ANY(${users}::uuid[])`,
    users === null
      ? db.$queryRaw<
          SubmissionRow[]
        >`SELECT s."assignmentId", s."userId", v."exerciseId", s."createdAt", s.status::text AS status, s.score, s."maxScore"
          FROM "Submission" s JOIN "ExerciseVersion" v ON v.id = s."exerciseVersionId" WHERE s."assignmentId" = ANY(${ids}::uuid[])`
      : db.$queryRaw<
          SubmissionRow[]
        >`SELECT s."assignmentId", s."userId", v."exerciseId", s."createdAt", s.status::text AS status, s.score, s."maxScore"
          FROM "Submission" s JOIN "ExerciseVersion" v ON v.id = s."exerciseVersionId" WHERE s."assignmentId" = ANY(${ids}::uuid[]) AND s."userId" = ANY(${users}::uuid[])`,
  ]);
  const group = <T extends { assignmentId: string; userId: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) {
      const k = `${r.assignmentId} ${r.userId}`;
      (m.get(k) ?? m.set(k, []).get(k)!).push(r);
    }
    return m;
  };
  const byAttempt = group(attempts);
  const bySubmission = group(submissions);
  for (const def of defs) {
    const perUser = new Map<string, LearnerResult>();
    out.set(def.id, perUser);
    const who = new Set(users ?? []);
    if (users === null) {
      for (const r of attempts) if (r.assignmentId === def.id) who.add(r.userId);
      for (const r of submissions) if (r.assignmentId === def.id) who.add(r.userId);
    }
    for (const userId of who) {
      const d = effectiveDates(def, def.extensions.get(userId));
      const key = `${def.id} ${userId}`;
      perUser.set(
        userId,
        def.testId ? testResult(def, d, byAttempt.get(key) ?? [], now) : exerciseResult(def, d, bySubmission.get(key) ?? [], now),
      );
    }
  }
  return out;
}

function testResult(def: AssignmentDef, d: AssignmentDates, rows: AttemptRow[], now: Date): LearnerResult {
  let best: { raw: number; penalised: number; lateMs: number } | null = null;
  let bestRaw: number | null = null;
  const finished: Array<{ lateMs: number }> = [];
  let inProgress = false;
  let lastAt: Date | null = null;
  for (const r of rows) {
    const live = r.status === "in_progress" && (!r.deadlineAt || r.deadlineAt > now);
    if (live) inProgress = true;
    const stamp =
      r.status === "in_progress"
        ? r.deadlineAt && r.deadlineAt <= now
          ? r.deadlineAt
          : null
        : attemptStamp(r, d, def.timeLimitS !== null);
    if (!stamp || r.status === "in_progress") continue; // an overdue attempt not yet finalised counts once it is
    if (!lastAt || stamp > lastAt) lastAt = stamp;
    const lateMs = lateByMs(d, stamp);
    finished.push({ lateMs });
    if (r.score === null || !r.maxScore) continue;
    const raw = r.score / r.maxScore;
    const penalised = raw * lateFactor(def.latePolicy, def.penaltyPerDay, lateMs);
    bestRaw = Math.max(bestRaw ?? 0, raw);
    if (!best || penalised > best.penalised) best = { raw, penalised, lateMs };
  }
  return {
    status: learnerStatus({ finished, inProgress, d, now }),
    raw: bestRaw,
    penalised: best?.penalised ?? null,
    lateMs: best?.lateMs ?? 0,
    count: rows.length,
    lastAt,
    dates: d,
  };
}

function exerciseResult(def: AssignmentDef, d: AssignmentDates, rows: SubmissionRow[], now: Date): LearnerResult {
  const perExercise = new Map<string, { raw: number; penalised: number; lateMs: number }>();
  const finished: Array<{ lateMs: number }> = [];
  let lastAt: Date | null = null;
  let pending = false;
  for (const r of rows) {
    const lateMs = lateByMs(d, r.createdAt); // received time, not graded time
    finished.push({ lateMs });
    if (!lastAt || r.createdAt > lastAt) lastAt = r.createdAt;
    if (r.status !== "graded" || r.score === null || !r.maxScore) {
      if (r.status === "queued" || r.status === "running") pending = true;
      continue;
    }
    const raw = r.score / r.maxScore;
    const penalised = raw * lateFactor(def.latePolicy, def.penaltyPerDay, lateMs);
    const cur = perExercise.get(r.exerciseId);
    if (!cur || penalised > cur.penalised || (penalised === cur.penalised && raw > cur.raw))
      perExercise.set(r.exerciseId, { raw: Math.max(raw, cur?.raw ?? 0), penalised, lateMs });
    else if (raw > cur.raw) cur.raw = raw;
  }
  const n = def.exerciseIds.length || 1;
  const graded = [...perExercise.values()];
  return {
    status: learnerStatus({ finished, inProgress: false, d, now }),
    raw: graded.length ? graded.reduce((s, x) => s + x.raw, 0) / n : pending ? null : finished.length ? 0 : null,
    penalised: graded.length ? graded.reduce((s, x) => s + x.penalised, 0) / n : pending ? null : finished.length ? 0 : null,
    lateMs: graded.reduce((m, x) => Math.max(m, x.lateMs), 0),
    count: rows.length,
    lastAt,
    dates: d,
  };
}
