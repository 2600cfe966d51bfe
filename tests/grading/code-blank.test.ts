// Unit tests of the code-blank grader against a scripted TEST DOUBLE of the engine
// (tests/grading/fake-engine.ts). Real-engine integration: code-blank.engine.test.ts.
import { describe, expect, it } from "vitest";
import { blankLine, checkFill, fillTemplate, gradeCodeBlank, type CodeBlankSpec } from "@/lib/grading/code-blank";
import { FakePyError, fakeEngine, matmul, mulElementwiseBroadcastRow, randArr, transpose, type Arr, type Globals } from "./fake-engine";

const SETUP = "import numpy as np\nnp.random.seed(SEED)\ndelta_t = np.random.randn(1, 4)\nU = np.random.randn(4, 4)";
const TEMPLATE = "# gradient flowing to h_{t-1}\ndh_prev = ____\n";
const spec: CodeBlankSpec = { template: TEMPLATE, setup: SETUP, reference: "np.dot(delta_t, U)", compare: ["dh_prev"] };

const A = (g: Globals, k: string) => g.get(k) as Arr;
const right = (g: Globals) => g.set("dh_prev", matmul(A(g, "delta_t"), A(g, "U")));
const seed0Answer = (() => {
  const g: Globals = new Map([["SEED", 0]]);
  g.set("delta_t", randArr([1, 4], 0, 1));
  g.set("U", randArr([4, 4], 0, 2));
  return matmul(A(g, "delta_t"), A(g, "U"));
})();

const programs: Record<string, (g: Globals) => void> = {
  [SETUP]: (g) => {
    const s = g.get("SEED") as number;
    g.set("delta_t", randArr([1, 4], s, 1));
    g.set("U", randArr([4, 4], s, 2));
  },
  "# gradient flowing to h_{t-1}\ndh_prev = np.dot(delta_t, U)": right,
  "# gradient flowing to h_{t-1}\ndh_prev = delta_t @ U": right,
  "# gradient flowing to h_{t-1}\ndh_prev = delta_t.dot(U)": right,
  "# gradient flowing to h_{t-1}\ndh_prev = np.matmul(delta_t, U)": right,
  "# gradient flowing to h_{t-1}\ndh_prev = np.dot(U, delta_t)": () => {
    throw new FakePyError("ValueError", "shapes (4,4) and (1,4) not aligned: 4 (dim 1) != 1 (dim 0)", 2);
  },
  "# gradient flowing to h_{t-1}\ndh_prev = np.dot(delta_t, U.T)": (g) => g.set("dh_prev", matmul(A(g, "delta_t"), transpose(A(g, "U")))),
  "# gradient flowing to h_{t-1}\ndh_prev = delta_t * U": (g) => g.set("dh_prev", mulElementwiseBroadcastRow(A(g, "delta_t"), A(g, "U"))),
  "# gradient flowing to h_{t-1}\ndh_prev = np.dot(delta_t, U).T": (g) => g.set("dh_prev", transpose(matmul(A(g, "delta_t"), A(g, "U")))),
  "# gradient flowing to h_{t-1}\ndh_prev = 2 * np.dot(delta_t, U)": (g) => {
    const r = matmul(A(g, "delta_t"), A(g, "U"));
    g.set("dh_prev", { ...r, data: r.data.map((x) => 2 * x) });
  },
  "# gradient flowing to h_{t-1}\ndh_prev = np.dot(delta_t, U).astype(np.float32)": (g) =>
    g.set("dh_prev", { ...matmul(A(g, "delta_t"), A(g, "U")), dtype: "float32" }),
  "# gradient flowing to h_{t-1}\ndh_prev = np.dot(delta_t, u)": () => {
    throw new FakePyError("NameError", "name 'u' is not defined", 2);
  },
  "# gradient flowing to h_{t-1}\ndh_prev = np.dot(delta_t, U": () => {
    throw new FakePyError("SyntaxError", "'(' was never closed", 2);
  },
  "# gradient flowing to h_{t-1}\ndh_prev = [x for x in iter(int, 1)]": () => {
    throw new FakePyError("TimeoutError", "execution time limit exceeded (2000 ms)", 2);
  },
  "# gradient flowing to h_{t-1}\ndh_prev = np.zeros((10**6, 10**6))": () => {
    throw new FakePyError("MemoryError", "cannot allocate 8000000000000 bytes", 2);
  },
  "# gradient flowing to h_{t-1}\ndh_prev = np.array(HARDCODED)": (g) => g.set("dh_prev", seed0Answer),
  "# gradient flowing to h_{t-1}\ndh_prev = None": (g) => g.set("dh_prev", null),
  "# gradient flowing to h_{t-1}\ndh_prev = np.dot(delta_t, U) # ; comment": right,
  "# gradient flowing to h_{t-1}\ndh_prev = np.dot(delta_t, U) if ';' else 0": right,
};

describe("checkFill", () => {
  it.each([
    ["np.dot(delta_t, U)", true, "np.dot(delta_t, U)"],
    ["  delta_t @ U  ", true, "delta_t @ U"],
    ["delta_t @ U\n", true, "delta_t @ U"],
    ["delta_t @ U\r\n", true, "delta_t @ U"],
    ["x if ';' else y", true, "x if ';' else y"],
    ["x  # a; b", true, "x  # a; b"],
    ["", false, "code.empty"],
    ["   \n ", false, "code.empty"],
    [null, false, "code.empty"],
    ["a\nb", false, "code.multiline"],
    ["a\r\nb", false, "code.multiline"],
    ["a; import os", false, "code.semicolon"],
    ["x".repeat(301), false, "code.too_long"],
  ])("%j → %s", (input, ok, out) => {
    const r = checkFill(input);
    expect(r.ok).toBe(ok);
    if (r.ok) expect(r.fill).toBe(out);
    else expect(r.grade.feedback.code).toBe(out);
  });
});

describe("fillTemplate / blankLine", () => {
  it("fills exactly one blank", () => {
    expect(fillTemplate("a = ____\n", "1")).toBe("a = 1\n");
    expect(() => fillTemplate("a = 1", "1")).toThrow();
    expect(() => fillTemplate("a = ____ + ____", "1")).toThrow();
    expect(fillTemplate("a = ??", "1", "??")).toBe("a = 1");
  });
  it("finds the blank's line", () => {
    expect(blankLine(TEMPLATE)).toBe(2);
    expect(blankLine("____")).toBe(1);
  });
});

describe("gradeCodeBlank with the test-double engine", () => {
  it.each([
    ["np.dot(delta_t, U)"],
    ["delta_t @ U"],
    ["delta_t.dot(U)"],
    ["np.matmul(delta_t, U)"],
    ["np.dot(delta_t, U) # ; comment"],
    ["np.dot(delta_t, U) if ';' else 0"],
  ])("accepts equivalent fill %j", (fill) => {
    const eng = fakeEngine(programs);
    const r = gradeCodeBlank(spec, fill, eng);
    expect(r.feedback.code).toBe("code.correct");
    expect(r.correct).toBe(true);
    expect(r.score).toBe(1);
  });

  it.each([
    ["np.dot(U, delta_t)", "code.runtime_error", /ValueError on the line with your blank: shapes/],
    ["np.dot(delta_t, u)", "code.runtime_error", /NameError.*name 'u' is not defined/],
    ["np.dot(delta_t, U", "code.syntax_error", /not valid Python on the line with your blank/],
    ["[x for x in iter(int, 1)]", "code.timeout", /took too long/],
    ["np.zeros((10**6, 10**6))", "code.memory", /too much memory/],
    ["np.dot(delta_t, U.T)", "array.value_mismatch", /`dh_prev` differs from the expected value at index \[0, \d\]/],
    ["delta_t * U", "array.broadcast", /shape \(4, 4\) but \(1, 4\)/],
    ["np.dot(delta_t, U).T", "array.transposed", /transposed/],
    ["2 * np.dot(delta_t, U)", "array.constant_factor", /about 2/],
    ["None", "array.type_mismatch", /None/],
    ["a\nb", "code.multiline", /single line/],
    ["", "code.empty", /empty/],
  ])("rejects %j with %s", (fill, code, re) => {
    const r = gradeCodeBlank(spec, fill, fakeEngine(programs));
    expect(r.correct).toBe(false);
    expect(r.score).toBe(0);
    expect(r.feedback.code).toBe(code);
    expect(r.feedback.message.en).toMatch(re);
    expect(r.feedback.message.ja.length).toBeGreaterThan(5);
  });

  it("a hard-coded answer that only matches seed 0 fails on another seed", () => {
    const r = gradeCodeBlank(spec, "np.array(HARDCODED)", fakeEngine(programs));
    expect(r.correct).toBe(false);
    expect(r.feedback.details?.seed).toBe(1);
    // …but would pass if only seed 0 were used
    expect(gradeCodeBlank({ ...spec, seeds: [0] }, "np.array(HARDCODED)", fakeEngine(programs)).correct).toBe(true);
  });

  it("runs every seed in fresh sessions, SEED first, then setup, then the filled template", () => {
    const eng = fakeEngine(programs);
    gradeCodeBlank({ ...spec, seeds: [3, 5], timeoutMs: 1234 }, "delta_t @ U", eng);
    expect(eng.sessions).toHaveLength(4); // reference + learner per seed
    expect(eng.sessions[0]!.executed).toEqual(["SEED = 3\n", SETUP, "# gradient flowing to h_{t-1}\ndh_prev = np.dot(delta_t, U)\n"]);
    expect(eng.sessions[1]!.executed[2]).toContain("delta_t @ U");
    expect(eng.sessions[3]!.executed[0]).toBe("SEED = 5\n");
    expect(eng.sessions[0]!.limits.timeoutMs).toBe(1234);
  });

  it("error details carry type, message, line and seed", () => {
    const r = gradeCodeBlank(spec, "np.dot(delta_t, u)", fakeEngine(programs));
    expect(r.feedback.details).toMatchObject({ errorType: "NameError", line: 2, seed: 0 });
    expect(r.feedback.message.ja).toContain("空欄の行で");
  });

  it("a missing compared variable is reported", () => {
    const tmpl = "____\n";
    const eng = fakeEngine({
      [SETUP]: programs[SETUP]!,
      "dh_prev = np.dot(delta_t, U)": right,
      "x = np.dot(delta_t, U)": (g) => g.set("x", 1),
    });
    const r = gradeCodeBlank({ ...spec, template: tmpl, reference: "dh_prev = np.dot(delta_t, U)" }, "x = np.dot(delta_t, U)", eng);
    expect(r.feedback.code).toBe("code.missing_variable");
    expect(r.feedback.message.en).toContain("`dh_prev`");
  });

  it.each([
    ["reference raises", { reference: "np.dot(U, delta_t)" }],
    ["template has two blanks", { template: "a = ____ + ____" }],
    ["template has no blank", { template: "a = 1" }],
    ["setup fails", { setup: "raise ValueError" }],
    ["reference lacks the compared variable", { compare: ["nope"] }],
  ])("item errors are reported, not blamed on the learner: %s", (_n, patch) => {
    const r = gradeCodeBlank({ ...spec, ...patch }, "delta_t @ U", fakeEngine(programs));
    expect(r.correct).toBe(false);
    expect(r.feedback.code).toBe("code.item_error");
  });

  it("tolerances are passed to the comparison", () => {
    const r = gradeCodeBlank({ ...spec, rtol: 2, atol: 0 }, "2 * np.dot(delta_t, U)", fakeEngine(programs));
    expect(r.correct).toBe(true);
    const k = gradeCodeBlank({ ...spec, dtype: "kind" }, "np.dot(delta_t, U).astype(np.float32)", fakeEngine(programs));
    expect(k.correct).toBe(true);
    // Default numeric: float32 passes; exact: the dtype is named.
    expect(gradeCodeBlank(spec, "np.dot(delta_t, U).astype(np.float32)", fakeEngine(programs)).correct).toBe(true);
    const x = gradeCodeBlank({ ...spec, dtype: "exact" }, "np.dot(delta_t, U).astype(np.float32)", fakeEngine(programs));
    expect(x.feedback.code).toBe("array.dtype_mismatch");
    expect(x.feedback.message.en).toMatch(/float32 but float64/);
  });
});
