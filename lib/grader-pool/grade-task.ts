// The ONE place where the queue meets the exercise grader: gradeSubmissionCode(exerciseVersion, code) → GradeReport.
// Pure, synchronous and CPU-bound (lib/exercises/run-tests.ts via payload.ts: every public and hidden test, with
// the expectations precomputed at content load); it runs inside a grader-pool thread, never on the request path.
import { gradeSubmission, type ExerciseSecret, type PublicExerciseContent } from "../exercises/payload";
import type { GradeReport, TestOutcome } from "../exercises/types";

export type { GradeReport, TestOutcome };

/** What a grading task needs of an ExerciseVersion row (both JSON columns as stored by lib/content/load.ts). */
export interface GradableVersion {
  id: string;
  content: unknown;
  secret: unknown;
}

/** Grades `code` against all tests (public and hidden) of `version`. Synchronous; call it from a pool thread. */
export function gradeSubmissionCode(version: GradableVersion, code: string): GradeReport {
  return gradeSubmission(version.content as PublicExerciseContent, version.secret as ExerciseSecret, code);
}
