// A code exercise's tests as the runner takes them, and their expected values computed from the reference solution
// (memoised by source). Used by the loader (stored payloads), the proofs (lib/content/prove.ts), the mutation
// analysis and `npm run grade`. Pure (no Node APIs); everything runs through runExerciseTests, the runner learners face.
import type { Exercise } from "../content/model";
import { computeExpectations, runExerciseTests } from "./run-tests";
import "../../engine/stdlib-all"; // the stdlib modules learners import (run-tests uses engine/core, as the browser does)
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
    dtype: x.dtype ?? ex.data.dtype,
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
export function gradeExercise(
  ex: Pick<Exercise, "data" | "setup" | "solution">,
  code: string,
  which: "public" | "all" = "all",
): GradeReport {
  return runExerciseTests(exerciseInput(ex, code, which, () => expectationsFor(ex)));
}

export function exerciseInput(
  ex: Pick<Exercise, "data" | "setup">,
  code: string,
  which: "public" | "all",
  reference: RunExerciseInput["reference"],
): RunExerciseInput {
  return {
    setup: ex.setup,
    tests: exerciseTests(ex),
    code,
    limits: ex.data.limits,
    rtol: ex.data.rtol,
    atol: ex.data.atol,
    reference,
    which,
  };
}
