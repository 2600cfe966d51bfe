// Proves a code exercise's tests against its own programs: the reference solution passes every test, the bare
// starter and every wrong/*.py fixture fail at least one, and at least one fixture is caught by a hidden test.
// Used by the content check (lib/content/check.ts), `npm run exercises:check` and tests/exercises. Pure (no Node
// APIs); everything runs through runExerciseTests, the same runner learners face.
import type { Exercise } from "../content/model";
import { computeExpectations, runExerciseTests } from "./run-tests";
import "../../engine/stdlib"; // the stdlib modules learners import (run-tests uses engine/core, as the browser does)
import type { GradeReport, ReferenceTable, RunExerciseInput, TestSpec } from "./types";

/** The exercise's tests with defaults applied (the runner's TestSpec). */
export function exerciseTests(ex: Pick<Exercise, "data">): TestSpec[] {
  return ex.data.tests.map((x) => ({
    name: x.name,
    ...(x.description ? { description: x.description } : {}),
    hidden: x.hidden,
    points: x.points,
    seed: x.seed,
    compare: [...x.compare],
    calls: x.calls.map((c) => ({ fn: c.fn, args: c.args })),
    stdout: x.stdout,
    asserts: x.asserts.map((a) => ({ expr: a.expr, message: a.message })),
    ...(x.rtol !== undefined ? { rtol: x.rtol } : {}),
    ...(x.atol !== undefined ? { atol: x.atol } : {}),
  }));
}

/** Expectations by source (setup + solution + tests): repeated reads/loads in one process reuse them. */
const cache = new Map<string, ReferenceTable>();
const CACHE_MAX = 256;

/**
 * Expected values of every test, computed once from the solution (memoised by source).
 * Throws when the solution fails a test's run.
 */
export function expectationsFor(ex: Pick<Exercise, "data" | "setup" | "solution">): ReferenceTable {
  const key = `${ex.setup}\n#--\n${ex.solution}\n#--\n${JSON.stringify(ex.data.tests)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const table = computeExpectations({ setup: ex.setup, solution: ex.solution, tests: exerciseTests(ex), limits: ex.data.limits });
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, table);
  return table;
}

/** Grades `code` as the server does (all tests, expectations from the solution). */
export function gradeExercise(ex: Pick<Exercise, "data" | "setup" | "solution">, code: string, which: "public" | "all" = "all"): GradeReport {
  return runExerciseTests(exerciseInput(ex, code, which, () => expectationsFor(ex)));
}

export function exerciseInput(
  ex: Pick<Exercise, "data" | "setup">,
  code: string,
  which: "public" | "all",
  reference: RunExerciseInput["reference"],
): RunExerciseInput {
  return { setup: ex.setup, tests: exerciseTests(ex), code, limits: ex.data.limits, rtol: ex.data.rtol, atol: ex.data.atol, reference, which };
}

export interface ProgramProof {
  /** "solution.py", "starter.py", "wrong/<name>.py" */
  program: string;
  report: GradeReport;
  /** Wall time of the whole grading. */
  ms: number;
  /** Whether the program behaves as required (solution passes all; the others fail at least one). */
  ok: boolean;
}

export interface ExerciseProof {
  slug: string;
  ok: boolean;
  /** Problems as "file: message" (relative to the exercise directory). */
  problems: { file: string; message: string }[];
  programs: ProgramProof[];
  /** Time to compute the expectations from the solution. */
  referenceMs: number;
}

const clock = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

export function proveExercise(ex: Exercise): ExerciseProof {
  const problems: ExerciseProof["problems"] = [];
  const t0 = clock();
  let table: ReferenceTable;
  try {
    table = expectationsFor(ex);
  } catch (e) {
    problems.push({ file: "solution.py", message: (e as Error).message });
    return { slug: ex.slug, ok: false, problems, programs: [], referenceMs: clock() - t0 };
  }
  const referenceMs = clock() - t0;
  const programs: ProgramProof[] = [];
  // Programs that must fail stop at their first failing test, hidden tests first (that is all the proof needs).
  const order = [...exerciseTests(ex)].sort((a, b) => Number(b.hidden) - Number(a.hidden));
  const untilFailure = (code: string): GradeReport => {
    const tests: GradeReport["tests"] = [];
    let score = 0;
    for (const test of order) {
      const r = runExerciseTests({ ...exerciseInput(ex, code, "all", table), tests: [test] });
      tests.push(...r.tests);
      score += r.score;
      if (r.syntaxError) return { ...r, tests, score, maxScore: order.reduce((a, x) => a + x.points, 0) };
      if (!r.tests[0]!.passed) break;
    }
    return { score, maxScore: order.reduce((a, x) => a + x.points, 0), tests };
  };
  const run = (program: string, code: string, mustPass: boolean) => {
    const s = clock();
    const report = mustPass ? runExerciseTests(exerciseInput(ex, code, "all", table)) : untilFailure(code);
    const ms = clock() - s;
    const passedAll = report.tests.every((x) => x.passed);
    const ok = mustPass ? passedAll : !passedAll;
    programs.push({ program, report, ms, ok });
    if (!ok) {
      if (mustPass) {
        const failed = report.tests.filter((x) => !x.passed).map((x) => `${x.name}: ${x.feedback.message.en}`);
        problems.push({ file: program, message: `fails ${failed.join("; ")}` });
      } else problems.push({ file: program, message: "passes every test (the tests do not catch it)" });
    }
    return report;
  };
  run("solution.py", ex.solution, true);
  run("starter.py", ex.starter, false);
  const caughtByHidden = ex.wrong.map((w) => run(`wrong/${w.name}.py`, w.code, false).tests.some((x) => x.hidden && !x.passed));
  if (ex.wrong.length && !caughtByHidden.some(Boolean)) problems.push({ file: "exercise.yaml", message: "tests: no wrong/*.py fixture is caught by a hidden test" });
  return { slug: ex.slug, ok: problems.length === 0, problems, programs, referenceMs };
}
