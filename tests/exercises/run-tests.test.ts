// runExerciseTests: per-test limits and partial credit, error line mapping, comparison feedback.
import { describe, expect, it } from "vitest";
import "@/engine/stdlib-all"; // what every caller of run-tests loads (engine/core leaves np.random, np.array, ... to it)
import { computeExpectations, runExerciseTests } from "@/lib/exercises/run-tests";
import type { RunExerciseInput, TestSpec } from "@/lib/exercises/types";

const setup = `import numpy as np
rng = np.random.RandomState(SEED)
A = rng.standard_normal((3, 4))
x = rng.standard_normal(4)
def helper(v):
    return v.missing_attribute
`;
const solution = `def f(x):
    return A.dot(x)

y = f(x)
`;
const spec = (name: string, extra: Partial<TestSpec> = {}): TestSpec => ({
  name,
  hidden: false,
  points: 1,
  seed: 0,
  compare: [],
  calls: [],
  stdout: false,
  asserts: [],
  ...extra,
});
const tests: TestSpec[] = [
  spec("value", { compare: ["y"] }),
  spec("call", { calls: [{ fn: "f", args: "x" }] }),
  spec("hidden_value", { hidden: true, seed: 1, compare: ["y"] }),
];
const limits = { timeMs: 1000, memoryMb: 64, outputKb: 16 };
const reference = computeExpectations({ setup, solution, tests, limits });
const grade = (code: string, which: "public" | "all" = "all", t = tests): ReturnType<typeof runExerciseTests> =>
  runExerciseTests({ setup, tests: t, code, limits, rtol: 1e-7, atol: 1e-9, reference, which } satisfies RunExerciseInput);

describe("runExerciseTests", () => {
  it("passes the reference and scores per test", () => {
    const r = grade(solution);
    expect(r.score).toBe(3);
    expect(r.maxScore).toBe(3);
    expect(r.tests.every((t) => t.passed && t.feedback.code === "exercise.pass")).toBe(true);
    expect(grade(solution, "public").tests.map((t) => t.name)).toEqual(["value", "call"]);
  });

  it("an infinite loop in one test fails only that test with a TimeoutError", () => {
    const code = `def f(x):
    if x.shape[0] == 4 and SEED == 1:
        while True:
            pass
    return A.dot(x)

y = f(x)
`;
    const t0 = Date.now();
    const r = grade(code);
    expect(Date.now() - t0).toBeLessThan(5000);
    const byName = Object.fromEntries(r.tests.map((t) => [t.name, t]));
    expect(byName.value!.passed).toBe(true);
    expect(byName.call!.passed).toBe(true);
    expect(byName.hidden_value!.passed).toBe(false);
    expect(byName.hidden_value!.feedback.code).toBe("exercise.timeout");
    expect(byName.hidden_value!.error).toMatchObject({ type: "TimeoutError", line: 3, inLearnerCode: true });
    expect(r.score).toBe(2);
  });

  it("with stopAtFirstFailure, runs no test after the first failing one", () => {
    const wrong = solution.replace("A.dot(x)", "A.dot(x) * 2");
    const input = { setup, tests, limits, rtol: 1e-7, atol: 1e-9, reference, which: "all" as const, stopAtFirstFailure: true };
    expect(runExerciseTests({ ...input, code: wrong }).tests.map((t) => [t.name, t.passed])).toEqual([["value", false]]);
    const onlyHidden = solution.replace("A.dot(x)", "A.dot(x) * (2 if SEED == 1 else 1)");
    expect(runExerciseTests({ ...input, code: onlyHidden }).tests.map((t) => t.passed)).toEqual([true, true, false]);
    expect(runExerciseTests({ ...input, code: solution }).tests.map((t) => t.passed)).toEqual([true, true, true]);
    expect(grade(wrong).tests).toHaveLength(3); // learners' grading runs every test
  });

  it("a huge allocation fails with a MemoryError", () => {
    const r = grade("big = np.zeros((20000, 20000))\n" + solution, "public");
    expect(r.tests[0]!.feedback.code).toBe("exercise.memory");
    expect(r.tests[0]!.error).toMatchObject({ type: "MemoryError", line: 1, inLearnerCode: true });
  });

  it("maps error lines to the learner's code (setup runs separately)", () => {
    const r = grade("\n\ndef f(x):\n    return A.dot(x) + undefined_name\n\ny = f(x)\n", "public");
    expect(r.tests[0]!.error).toEqual({
      type: "NameError",
      message: expect.stringContaining("undefined_name"),
      line: 4,
      inLearnerCode: true,
    });
    expect(r.tests[0]!.feedback.message.en).toContain("line 4");
    expect(r.tests[0]!.feedback.message.ja).toContain("4行目");
    // An error raised inside setup code called from the learner's code points at the learner's call site.
    const viaSetup = grade("y = helper(x)\n", "public");
    expect(viaSetup.tests[0]!.error).toMatchObject({ type: "AttributeError", line: 1, inLearnerCode: true });
    // An error in a test's call of the learner's function points inside the function.
    const inCall = grade("def f(x):\n    return A.dot(x[:2])\n\ny = A.dot(x)\n", "public");
    expect(inCall.tests[0]!.passed).toBe(true);
    expect(inCall.tests[1]!.error).toMatchObject({ type: "ValueError", line: 2, inLearnerCode: true });
  });

  it("reports syntax errors once, with the learner's line and column, without running", () => {
    const r = grade("def f(x)\n    return x\n");
    expect(r.syntaxError).toMatchObject({ line: 1 });
    expect(r.syntaxError!.col).toBeGreaterThan(0);
    expect(r.score).toBe(0);
    expect(r.tests.every((t) => t.feedback.code === "exercise.syntax_error")).toBe(true);
  });

  it("gives shape, dtype, value, reversed and missing-variable feedback", () => {
    const code = (expr: string) => `def f(x):\n    return A.dot(x)\n\ny = ${expr}\n`;
    const one = (expr: string) => grade(code(expr), "public").tests[0]!;
    const shape = one("A.T[:2].dot(A)");
    expect(shape.feedback.code).toMatch(/^exercise\.mismatch\./);
    expect(shape.feedback.message.en).toMatch(/shape/);
    expect(shape.expected).toMatch(/shape=\(3,\)/);
    expect(shape.got).toMatch(/shape=\(2, 4\)|shape=\(2,4\)/);
    const dtype = one("A.dot(x) > 0");
    expect(dtype.feedback.message.en).toMatch(/dtype bool/);
    expect(one("A.dot(x).astype(np.float32)").passed).toBe(true); // no dtype demanded: float32 at its precision
    const value = one("A.dot(x) + 1e-3");
    expect(value.feedback.message.en).toMatch(/differs|index/);
    expect(value.feedback.message.ja.length).toBeGreaterThan(0);
    const reversed = one("A.dot(x)[::-1]");
    expect(reversed.feedback.code).toBe("exercise.mismatch.reversed");
    const missing = one("1\ndel y");
    expect(missing.feedback.code).toBe("exercise.missing_variable");
    const close = one("A.dot(x) + 1e-12");
    expect(close.passed).toBe(true);
  });

  it("does not show expected values of hidden tests", () => {
    const r = grade("def f(x):\n    return A.dot(x)\n\ny = A.dot(x) * 2\n");
    const hidden = r.tests.find((t) => t.hidden)!;
    expect(hidden.passed).toBe(false);
    expect(hidden.expected).toBeUndefined();
    expect(hidden.got).toBeUndefined();
    expect(hidden.feedback.details).toBeUndefined();
  });

  it("asserts and stdout tests", () => {
    const t = [
      spec("printed", { stdout: true }),
      spec("prop", {
        asserts: [
          { expr: "y.sum() > -100", message: { en: "too small", ja: "小さすぎます" } },
          { expr: "len(y) == 99", message: { en: "need 99", ja: "99個必要" } },
        ],
      }),
    ];
    const ref = computeExpectations({ setup, solution: "y = A.dot(x)\nprint(y.shape)\n", tests: [t[0]!], limits });
    const run = (code: string) => runExerciseTests({ setup, tests: t, code, limits, rtol: 1e-7, atol: 1e-9, reference: ref, which: "all" });
    const r = run("y = A.dot(x)\nprint(y.shape)\n");
    expect(r.tests[0]!.passed).toBe(true);
    expect(r.tests[1]!.feedback).toMatchObject({ code: "exercise.assert", message: { en: "need 99" } });
    expect(run("y = A.dot(x)\nprint(y)\n").tests[0]!.feedback.code).toBe("exercise.stdout");
  });

  it("calls the reference thunk only when a test needs expected values", () => {
    let calls = 0;
    const lazy = () => {
      calls++;
      return reference;
    };
    const r = runExerciseTests({ setup, tests, code: solution, limits, rtol: 1e-7, atol: 1e-9, reference: lazy, which: "all" });
    expect(r.score).toBe(3);
    expect(calls).toBe(1);
  });
});
