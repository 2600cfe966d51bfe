// Builds runExerciseTests inputs from a stored ExerciseVersion (lib/content/load.ts exercisePayload):
// - the browser's Run uses the public content only (public tests + their precomputed expectations);
// - the server grader merges in the secret (hidden tests + their precomputed expectations), falling back to
//   running secret.solution when a version was stored without expectations.
// Pure (no Node APIs).
import { computeExpectations, runExerciseTests } from "./run-tests";
import type { GradeReport, ReferenceTable, RunExerciseInput, RunLimits, TestSpec } from "./types";

type StoredTest = Partial<TestSpec> & { name: string; seed: number };

export interface PublicExerciseContent {
  setup: string;
  limits: RunLimits;
  rtol?: number;
  atol?: number;
  publicTests: StoredTest[];
  publicExpected?: ReferenceTable;
}

export interface ExerciseSecret {
  solution: string;
  hiddenTests: StoredTest[];
  hiddenExpected?: ReferenceTable;
  rtol?: number;
  atol?: number;
}

const norm = (x: StoredTest, hidden: boolean): TestSpec => ({
  ...x,
  hidden,
  points: x.points ?? 1,
  compare: x.compare ?? [],
  calls: x.calls ?? [],
  stdout: x.stdout ?? false,
  asserts: x.asserts ?? [],
});

/** Input for the browser's Run: public tests, compared with the shipped public expectations. */
export function publicRunInput(content: PublicExerciseContent, code: string, modules?: Record<string, string>): RunExerciseInput {
  return {
    setup: content.setup,
    tests: content.publicTests.map((x) => norm(x, false)),
    code,
    ...(modules ? { modules } : {}),
    limits: content.limits,
    rtol: content.rtol ?? 1e-7,
    atol: content.atol ?? 1e-9,
    reference: content.publicExpected ?? {},
    which: "public",
  };
}

/** Input for server grading: every test, expectations from the stored version (or from the solution). */
export function fullGradeInput(
  content: PublicExerciseContent,
  secret: ExerciseSecret,
  code: string,
  modules?: Record<string, string>,
): RunExerciseInput {
  const tests = [...content.publicTests.map((x) => norm(x, false)), ...secret.hiddenTests.map((x) => norm(x, true))];
  const stored = { ...(content.publicExpected ?? {}), ...(secret.hiddenExpected ?? {}) };
  const complete = tests.every((x) => stored[x.name] !== undefined);
  const reference = complete
    ? stored
    : () =>
        computeExpectations({
          setup: content.setup,
          solution: secret.solution,
          tests,
          limits: content.limits,
          ...(modules ? { modules } : {}),
        });
  return {
    setup: content.setup,
    tests,
    code,
    ...(modules ? { modules } : {}),
    limits: content.limits,
    rtol: secret.rtol ?? content.rtol ?? 1e-7,
    atol: secret.atol ?? content.atol ?? 1e-9,
    reference,
    which: "all",
  };
}

export const runPublicTests = (content: PublicExerciseContent, code: string): GradeReport =>
  runExerciseTests(publicRunInput(content, code));
export const gradeSubmission = (content: PublicExerciseContent, secret: ExerciseSecret, code: string): GradeReport =>
  runExerciseTests(fullGradeInput(content, secret, code));
