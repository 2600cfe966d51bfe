// Whether a learner may see the results (scores, correct answers, explanations) of an assignment attempt yet,
// by the assignment's release policy and the learner's own dates. Self-study attempts: always.
import { effectiveDates, isReleased, type ReleasePolicy } from "./rules";

export interface ReleaseInfo {
  dueAt: Date;
  closesAt: Date;
  opensAt: Date;
  release: ReleasePolicy;
  extensions: Array<{ userId: string; dueAt: Date | null; closesAt: Date | null; extraTimeS: number }>;
}

export function attemptResultsReleased(attempt: { userId: string; assignment: ReleaseInfo | null }, now: Date): boolean {
  const a = attempt.assignment;
  if (!a) return true;
  const ext = a.extensions.find((e) => e.userId === attempt.userId) ?? null;
  return isReleased(a.release, effectiveDates(a, ext), now);
}
