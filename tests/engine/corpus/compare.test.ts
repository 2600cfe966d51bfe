import { describe, expect, it } from "vitest";
import { compareRun, compareText, numbersMatch, tokenize } from "./compare";

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe("tokenize", () => {
  it("splits NumPy array output into numbers, spaces and punctuation", () => {
    expect(texts("[[ 1.23456789 -2.5e-05]")).toEqual(["[", "[", " ", "1.23456789", " ", "-2.5e-05", "]"]);
  });
  it("keeps identifiers with digits whole", () => {
    expect(texts("dtype=int64)")).toEqual(["dtype", "=", "int64", ")"]);
    expect(texts("np.float64(0.5)")).toEqual(["np", ".", "float64", "(", "0.5", ")"]);
  });
  it("treats a sign after a word or number as an operator", () => {
    expect(texts("x-1")).toEqual(["x", "-", "1"]);
    expect(texts("(1-2j)")).toEqual(["(", "1", "-", "2", "j", ")"]);
    expect(texts("[-1 -2]")).toEqual(["[", "-1", " ", "-2", "]"]);
  });
  it("keeps trailing-dot floats and exponents", () => {
    expect(texts("[0. 1.]")).toEqual(["[", "0.", " ", "1.", "]"]);
    expect(texts("1e+16 1e-05")).toEqual(["1e+16", " ", "1e-05"]);
  });
});

describe("numbersMatch", () => {
  it("accepts 1e-10 relative differences between floats", () => {
    expect(numbersMatch("0.30000000000000004", "0.3")).toBe(true);
    expect(numbersMatch("1.2345678901", "1.2345678902")).toBe(true); // ~8e-11 relative
    expect(numbersMatch("1.5e-05", "1.5000000001500001e-05")).toBe(true);
    expect(numbersMatch("123456.789", String(123456.789 * (1 + 1e-10)))).toBe(true);
  });
  it("rejects real differences", () => {
    expect(numbersMatch("0.1", "0.1000001")).toBe(false);
    expect(numbersMatch("1.23456789", "1.23456788")).toBe(false);
    expect(numbersMatch("2.0", "3.0")).toBe(false);
  });
  it("rejects spelling differences of the same value", () => {
    expect(numbersMatch("1.", "1.0")).toBe(false);
    expect(numbersMatch("-0.", "0.")).toBe(false);
    expect(numbersMatch("1e-05", "1.0e-05")).toBe(false);
  });
  it("compares integers exactly, including big ones", () => {
    expect(numbersMatch("9007199254740993", "9007199254740992")).toBe(false);
    expect(numbersMatch("9007199254740993", "9007199254740993")).toBe(true);
    expect(numbersMatch("1", "1.0")).toBe(false);
    expect(numbersMatch("1000000000", "1000000001")).toBe(false);
  });
  it("applies the absolute tolerance near zero", () => {
    expect(numbersMatch("1e-13", "2e-13")).toBe(true);
    expect(numbersMatch("1e-11", "2e-11")).toBe(false);
  });
});

describe("compareText", () => {
  it("accepts identical and near-identical output", () => {
    expect(compareText("a 1\n[0.1 0.2]\n", "a 1\n[0.1 0.2]\n")).toBeNull();
    expect(compareText("loss: 0.69314718055994530\n", "loss: 0.69314718056994530\n")).toBeNull();
  });
  it("reports the first differing line and token", () => {
    const m = compareText("ok\n[1. 2. 3.]\nend\n", "ok\n[1. 2. 4.]\nend\n");
    expect(m).not.toBeNull();
    expect(m!.line).toBe(2);
    expect(m!.expectedToken).toBe("3.");
    expect(m!.actualToken).toBe("4.");
    expect(m!.message).toContain("line 2, token 6");
    expect(m!.message).toContain('expected "3."');
    expect(m!.message).toContain('got "4."');
  });
  it("checks whitespace (alignment) exactly", () => {
    const m = compareText("[ 1. 10.]", "[1. 10.]");
    expect(m).not.toBeNull();
    expect(m!.token).toBe(1);
  });
  it("checks the line structure", () => {
    const m = compareText("a\nb\n", "a\nb\nc\n");
    expect(m).not.toBeNull();
    expect(m!.message).toContain("line count differs");
    expect(m!.line).toBe(3);
    expect(compareText("a b\n", "a\nb\n")).not.toBeNull();
  });
  it("checks words exactly", () => {
    expect(compareText("True", "true")).not.toBeNull();
    expect(compareText("dtype=int64", "dtype=int32")).not.toBeNull();
  });
});

describe("compareRun", () => {
  const ok = { stdout: "1\n", exitCode: 0, error: null };
  it("accepts a matching successful run", () => {
    expect(compareRun(ok, { ok: true, stdout: "1\n", stderr: "" })).toBeNull();
  });
  it("rejects an unexpected error", () => {
    const r = compareRun(ok, { ok: false, stdout: "1\n", error: { type: "NameError", message: "name 'x' is not defined" } });
    expect(r).toContain("NameError");
  });
  it("requires the same error type and message", () => {
    const exp = {
      stdout: "",
      exitCode: 1,
      error: { type: "ValueError", message: "operands could not be broadcast together with shapes (2,3) (4,5) " },
    };
    expect(
      compareRun(exp, {
        ok: false,
        stdout: "",
        error: { type: "ValueError", message: "operands could not be broadcast together with shapes (2,3) (4,5) " },
      }),
    ).toBeNull();
    expect(
      compareRun(exp, {
        ok: false,
        stdout: "",
        error: { type: "ValueError", message: "operands could not be broadcast together with shapes (2,3) (4,6) " },
      }),
    ).toContain("ValueError message");
    expect(compareRun(exp, { ok: false, stdout: "", error: { type: "TypeError", message: "x" } })).toContain("got error TypeError");
    expect(compareRun(exp, { ok: true, stdout: "" })).toContain("reported no error");
  });
  it("checks the error line unless it was raised in a helper module", () => {
    const exp = { stdout: "", exitCode: 1, error: { type: "NameError", message: "name 'y' is not defined", line: 3 } };
    const err = (line?: number) => ({ ok: false, stdout: "", error: { type: "NameError", message: "name 'y' is not defined", line } });
    expect(compareRun(exp, err(3))).toBeNull();
    expect(compareRun(exp, err(4))).toContain("reported at line 4, expected line 3");
    expect(compareRun(exp, err(undefined))).toBeNull();
    expect(compareRun({ ...exp, error: { ...exp.error, inHelperModule: true } }, err(19))).toBeNull();
  });
  it("compares stdout even when an error is expected", () => {
    const exp = { stdout: "before\n", exitCode: 1, error: { type: "KeyError", message: "'a'" } };
    expect(compareRun(exp, { ok: false, stdout: "before\n", error: { type: "KeyError", message: "'a'" } })).toBeNull();
    expect(compareRun(exp, { ok: false, stdout: "", error: { type: "KeyError", message: "'a'" } })).toContain("stdout");
  });
});

describe("tolerance override", () => {
  it("accepts float32-level differences only when loosened", () => {
    expect(compareText("[-0.01771255]", "[-0.01771256]")).not.toBeNull();
    expect(compareText("[-0.01771255]", "[-0.01771256]", "stdout", { rtol: 1e-5 })).toBeNull();
    expect(compareText("[-0.01771255]", "[-0.01781255]", "stdout", { rtol: 1e-5 })).not.toBeNull();
    // float32 shortest repr may drop a digit, changing NumPy's padding
    expect(compareText("[[-0.00662119 -0.1285]", "[[-0.0066212  -0.1285]", "stdout", { rtol: 1e-5 })).toBeNull();
    expect(compareText("[[-0.00662119 -0.1285]", "[[-0.0066212  -0.1285]")).not.toBeNull();
    expect(compareText("[1 2]", "[1 2 3]", "stdout", { rtol: 1e-5 })).not.toBeNull();
    expect(compareText(" [ 0.36247206 -0.469177  ]]", " [ 0.36247206 -0.46917704]]", "stdout", { rtol: 1e-5 })).toBeNull();
    expect(compareText("a\nb", "a b", "stdout", { rtol: 1e-5 })).not.toBeNull();
  });
  it("is read from a `# corpus:` header comment", async () => {
    const { programTolerance } = await import("./harness");
    expect(programTolerance("# corpus: rtol=1e-5 (float32)\nimport numpy as np\n")).toEqual({ rtol: 1e-5 });
    expect(programTolerance("import numpy as np\n")).toEqual({});
  });
});

describe("engine overrides", () => {
  it("checks stderr only when the expectation (an engine override) has one", () => {
    const ov = { stdout: "a\n", exitCode: 0, error: null, stderr: "p.py:1: DeprecationWarning: x\n" };
    expect(compareRun(ov, { ok: true, stdout: "a\n", stderr: "p.py:1: DeprecationWarning: x\n" })).toBeNull();
    expect(compareRun(ov, { ok: true, stdout: "a\n", stderr: "" })).toMatch(/stderr/);
    expect(compareRun({ stdout: "a\n", exitCode: 0, error: null }, { ok: true, stdout: "a\n", stderr: "noise\n" })).toBeNull();
  });
  it("every override says why", async () => {
    const fs = await import("node:fs");
    const { listPrograms, loadExpected, CORPUS_DIR } = await import("./harness");
    const path = await import("node:path");
    const withOverride = listPrograms().filter((p) => fs.existsSync(path.join(CORPUS_DIR, p.replace(/\.py$/, ".engine-override.json"))));
    expect(withOverride.length).toBeGreaterThan(0);
    for (const p of withOverride) expect(() => loadExpected(p)).not.toThrow();
  });
});
