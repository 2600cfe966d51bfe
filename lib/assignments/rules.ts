// The assignment rules, as pure functions of the dates (the server's clock; never the browser's). docs/CLASSES.md
// states them in a table; tests/assignments/rules.test.ts probes every edge.
//
// - Effective dates per learner: an extension's dueAt/closesAt replace the assignment's; the close is never before the
//   effective due date.
// - Visible from opensAt (inclusive). Open for new attempts and submissions while opensAt ≤ now < close.
// - On time: the work's server timestamp ≤ due (inclusive). A code submission's timestamp is its createdAt (when it was
//   received, not when graded). A test attempt's is its submittedAt — but a timed attempt started at or before the due
//   date keeps its own timer: finished within it, it is on time (its clock, not the due date, ends it).
// - Late policy: no_credit → a late score counts 0; penalty_per_day → minus penaltyPerDay % of the score per started
//   day (24 h) after due, never below 0. The raw score is kept beside the penalised one.
// - Release of answers/explanations and scores to learners: immediately, after the (learner's) due date, or after close.
export type LatePolicy = "no_credit" | "penalty_per_day";
export type ReleasePolicy = "immediately" | "after_due" | "after_close";

export interface AssignmentDates {
  opensAt: Date;
  dueAt: Date;
  closesAt: Date;
}

export interface Extension {
  dueAt: Date | null;
  closesAt: Date | null;
  extraTimeS: number;
}

export const DAY_MS = 86_400_000;

/** The due and close date of an assignment without dates of its own (one an LMS placed: the LMS holds them). */
export const OPEN_END = new Date("2100-01-01T00:00:00Z");

export function isOpenEnded(at: Date): boolean {
  return at.getTime() >= OPEN_END.getTime();
}

export function effectiveDates(a: AssignmentDates, ext?: Extension | null): AssignmentDates {
  const dueAt = ext?.dueAt ?? a.dueAt;
  const close = ext?.closesAt ?? a.closesAt;
  return { opensAt: a.opensAt, dueAt, closesAt: close.getTime() < dueAt.getTime() ? dueAt : close };
}

export function isVisible(a: AssignmentDates, now: Date): boolean {
  return now.getTime() >= a.opensAt.getTime();
}

export function isOpenForWork(d: AssignmentDates, now: Date): boolean {
  return now.getTime() >= d.opensAt.getTime() && now.getTime() < d.closesAt.getTime();
}

/** Milliseconds late (0 = on time) of work stamped `at`. */
export function lateByMs(d: AssignmentDates, at: Date): number {
  return Math.max(0, at.getTime() - d.dueAt.getTime());
}

/** The time that decides lateness for a test attempt (see the header). */
export function attemptStamp(
  attempt: { startedAt: Date; submittedAt: Date | null; deadlineAt: Date | null },
  d: AssignmentDates,
  timed: boolean,
): Date | null {
  if (!attempt.submittedAt) return null;
  // An expired attempt is recorded lazily (possibly days later): it ended at its deadline.
  const submitted = attempt.deadlineAt && attempt.submittedAt > attempt.deadlineAt ? attempt.deadlineAt : attempt.submittedAt;
  if (timed && attempt.deadlineAt && attempt.startedAt.getTime() <= d.dueAt.getTime()) {
    return submitted.getTime() <= d.dueAt.getTime() ? submitted : d.dueAt; // in flight at the due date: on time
  }
  return submitted;
}

/** Fraction of the score kept (0..1). */
export function lateFactor(policy: LatePolicy, penaltyPerDay: number, lateMs: number): number {
  if (lateMs <= 0) return 1;
  if (policy === "no_credit") return 0;
  const days = Math.ceil(lateMs / DAY_MS);
  return Math.max(0, 1 - (days * penaltyPerDay) / 100);
}

export function isReleased(release: ReleasePolicy, d: AssignmentDates, now: Date): boolean {
  if (release === "immediately") return true;
  if (release === "after_due") return now.getTime() >= d.dueAt.getTime();
  return now.getTime() >= d.closesAt.getTime();
}

/** A timed attempt's deadline: the limit plus the learner's extra time, from the start (not cut by due or close). */
export function attemptDeadline(startedAt: Date, timeLimitS: number | null, extraTimeS: number): Date | null {
  if (!timeLimitS) return null;
  return new Date(startedAt.getTime() + (timeLimitS + Math.max(0, extraTimeS)) * 1000);
}

export type LearnerStatus = "not_started" | "in_progress" | "submitted" | "late" | "missed";

/**
 * A learner's status: submitted (on time) / late (only late work) / in progress (started, nothing finished) /
 * missed (nothing finished and the close has passed) / not started.
 */
export function learnerStatus(input: {
  finished: Array<{ lateMs: number }>;
  inProgress: boolean;
  d: AssignmentDates;
  now: Date;
}): LearnerStatus {
  if (input.finished.some((w) => w.lateMs === 0)) return "submitted";
  if (input.finished.length > 0) return "late";
  if (input.inProgress) return "in_progress"; // work in flight keeps its own clock, even past the close
  if (input.now.getTime() >= input.d.closesAt.getTime()) return "missed";
  return "not_started";
}
