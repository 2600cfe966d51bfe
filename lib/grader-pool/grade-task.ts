// The ONE place where the queue meets the exercise grader. A grading is a list of tests (testNames) run one at a
// time (gradeTests), each exactly as lib/exercises/run-tests.ts runs them: so a grader process can report every test
// as it finishes, and a test that kills its process costs only itself (lib/grader-pool/pool.ts resumes the rest).
// Pure, synchronous and CPU-bound; it runs inside a grader process, never on the request path.
import { fullGradeInput, type ExerciseSecret, type PublicExerciseContent } from "../exercises/payload";
import { runExerciseTests } from "../exercises/run-tests";
import "../../engine/stdlib-all"; // the stdlib modules learners import (run-tests uses engine/core, as the browser does)
import type { GradeReport, ReferenceTable, RunExerciseInput, TestOutcome } from "../exercises/types";

import type { GradableVersion } from "./plan";

export type { GradableVersion, GradeReport, TestOutcome };

function inputOf(version: GradableVersion, code: string): RunExerciseInput {
  return fullGradeInput(version.content as PublicExerciseContent, version.secret as ExerciseSecret, code);
}

/** Grades `code` against all tests of `version` at once, in this process (CLI tools and benchmarks, never the site). */
export function gradeSubmissionCode(version: GradableVersion, code: string): GradeReport {
  return runExerciseTests(inputOf(version, code));
}

/** Expected values per version id (computed from the solution only when the stored version lacks them). */
const references = new Map<string, ReferenceTable>();

/**
 * Runs the tests named in `names` (in that order), calling `onStart`/`onTest` around each. The outcomes equal those
 * of runExerciseTests over the whole list: each test runs in its own fresh session either way.
 */
export function gradeTests(
  version: GradableVersion,
  code: string,
  names: readonly string[],
  hooks: { onStart?: (name: string) => void; onTest?: (o: TestOutcome) => void } = {},
): TestOutcome[] {
  const input = inputOf(version, code);
  let reference = references.get(version.id);
  const resolve = (): ReferenceTable => {
    if (!reference) {
      const r = input.reference;
      reference = typeof r === "function" ? r() : (r ?? {});
      if (version.id) references.set(version.id, reference);
      if (references.size > 500) references.delete(references.keys().next().value!);
    }
    return reference;
  };
  const out: TestOutcome[] = [];
  for (const name of names) {
    const test = input.tests.find((t) => t.name === name);
    if (!test) continue;
    hooks.onStart?.(name);
    const [o] = runExerciseTests({ ...input, tests: [test], reference: resolve }).tests;
    out.push(o!);
    hooks.onTest?.(o!);
  }
  return out;
}
