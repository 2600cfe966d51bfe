// Types shared by the exercise test runner (lib/exercises/run-tests.ts), the content loader, the CLI scripts,
// the server grader and the browser Run worker. Pure types: safe to import anywhere.
import type { ExportedValue } from "../grading/array-compare";

export type { ExportedValue };

export interface LocalizedText {
  en: string;
  ja: string;
}

/** A call made after the learner's code ran: `fn(<args>)`, args being Python source evaluated in the session. */
export interface CallSpec {
  fn: string;
  /** Python source of the argument list, e.g. `x` or `np.array([0.5, -1.0]), 2`. */
  args: string;
}

/** A property of the learner's run (labs): a Python boolean expression evaluated after the code ran. */
export interface AssertSpec {
  expr: string;
  message: LocalizedText;
}

export interface TestSpec {
  name: string;
  description?: LocalizedText;
  hidden: boolean;
  points: number;
  /** Value of SEED when setup.py runs. */
  seed: number;
  /** Globals compared with the reference's. */
  compare: string[];
  /** Function calls whose return values are compared with the reference's. */
  calls: CallSpec[];
  /** Compare the printed output too. */
  stdout: boolean;
  /** Properties that must hold (no reference needed). */
  asserts: AssertSpec[];
  rtol?: number;
  atol?: number;
  /** How result dtypes are compared (default numeric: any number type; exact when the prompt fixes it). */
  dtype?: "numeric" | "exact";
}

/** What the reference solution produces for one test (precomputed at content load / check time). */
export interface ExpectedValues {
  values: Record<string, ExportedValue>;
  calls: ExportedValue[];
  stdout: string;
}

export type ReferenceTable = Record<string, ExpectedValues>;

export interface RunLimits {
  timeMs: number;
  memoryMb: number;
  outputKb: number;
  /** Optional interpreter step cap (deterministic alternative to the wall clock). */
  maxSteps?: number;
}

export interface TestFeedback {
  /** Stable code, e.g. exercise.pass, exercise.mismatch.shape, exercise.error. */
  code: string;
  message: LocalizedText;
  details?: unknown;
}

export interface TestOutcome {
  name: string;
  hidden: boolean;
  passed: boolean;
  points: number;
  maxPoints: number;
  durationMs: number;
  feedback: TestFeedback;
  /** Short previews of the first mismatching value (public tests only). */
  expected?: string;
  got?: string;
  error?: { type: string; message: string; line?: number; inLearnerCode: boolean };
}

export interface GradeReport {
  score: number;
  maxScore: number;
  tests: TestOutcome[];
  syntaxError?: { message: string; line: number; col: number };
}

export interface RunExerciseInput {
  setup: string;
  tests: TestSpec[];
  code: string;
  modules?: Record<string, string>;
  limits: RunLimits;
  rtol: number;
  atol: number;
  /** Expected values per test name; a function is called only when a test needs it. */
  reference?: ReferenceTable | (() => ReferenceTable);
  which: "public" | "all";
  /** Stop at the first failing test (mutation analysis only needs to know that one fails); its report lists the tests run. */
  stopAtFirstFailure?: boolean;
}
