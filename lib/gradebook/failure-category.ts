// What kind of mistake a failed test result shows, from the stable feedback code the exercise runner stores
// (lib/exercises/run-tests.ts: exercise.*, comparisons exercise.mismatch.<array-compare code>). Instructors read the
// category ("shape mismatch", "wrong values", "Python error: IndexError"), not the code. Hidden tests store no
// feedback beyond pass/fail, so their failures are only "hidden".
export type FailureCategory = "shape" | "values" | "type" | "missing" | "error" | "syntax" | "limit" | "assert" | "hidden" | "grader";

const SHAPE = new Set(["shape_mismatch", "ndim_mismatch", "reshaped", "transposed", "broadcast", "length_mismatch"]);
const TYPE = new Set(["dtype_mismatch", "type_mismatch"]);

export function failureCategory(code: string | null | undefined, hidden: boolean): FailureCategory {
  if (!code) return hidden ? "hidden" : "grader";
  if (code.startsWith("exercise.mismatch.")) {
    const what = code.slice("exercise.mismatch.".length);
    if (SHAPE.has(what)) return "shape";
    if (TYPE.has(what)) return "type";
    return "values";
  }
  switch (code) {
    case "exercise.stdout":
      return "values";
    case "exercise.assert":
      return "assert";
    case "exercise.missing_variable":
      return "missing";
    case "exercise.error":
      return "error";
    case "exercise.syntax_error":
      return "syntax";
    case "exercise.timeout":
    case "exercise.memory":
      return "limit";
    default:
      // exercise.setup_error, exercise.internal, exercise.no_reference: the exercise or the grader, not the learner
      return "grader";
  }
}
