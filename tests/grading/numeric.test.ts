import { describe, expect, it } from "vitest";
import { describeTolerance, gradeNumeric, isClose, parseNumber, type NumericTolerance } from "@/lib/grading/numeric";

describe("parseNumber: accepted forms", () => {
  it.each([
    ["3", 3],
    ["3.0", 3],
    ["  3 ", 3],
    ["\t3\n", 3],
    ["-3", -3],
    ["+2", 2],
    ["-.5", -0.5],
    [".5", 0.5],
    ["3.", 3],
    ["1e-3", 1e-3],
    ["1E+3", 1000],
    ["-2.5e2", -250],
    ["1/4", 0.25],
    ["-3/8", -0.375],
    ["3 / 4", 0.75],
    ["1e-3/2", 5e-4],
    ["1.2×10^-3", 1.2e-3],
    ["1.2*10^(-3)", 1.2e-3],
    ["1.2 x 10**-3", 1.2e-3],
    ["2×10^3", 2000],
    ["３", 3], // full-width digit
    ["３．５", 3.5], // full-width digits and point
    ["－２", -2], // full-width hyphen-minus
    ["−2", -2], // U+2212 minus
    ["–0.5", -0.5], // en dash
    ["ー1", -1], // katakana long-vowel mark typed as minus
    ["\u30001.5\u3000", 1.5], // ideographic spaces
    ["１ｅ－３", 1e-3],
    ["0", 0],
    ["-0", -0],
  ])("%j → %s", (input, value) => {
    const r = parseNumber(input);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toBeCloseTo(value, 15);
  });
});

describe("parseNumber: rejected forms with specific codes", () => {
  it.each([
    ["", "numeric.empty"],
    ["   ", "numeric.empty"],
    ["1,000", "numeric.comma"],
    ["0,5", "numeric.comma"],
    ["1、5", "numeric.comma"],
    ["50%", "numeric.percent"],
    ["１／０", "numeric.division_by_zero"],
    ["1/0", "numeric.division_by_zero"],
    ["inf", "numeric.not_finite"],
    ["NaN", "numeric.not_finite"],
    ["1e999", "numeric.not_finite"],
    ["1 000", "numeric.space_in_number"],
    ["sqrt(2)", "numeric.expression_not_allowed"],
    ["pi", "numeric.expression_not_allowed"],
    ["2+3", "numeric.expression_not_allowed"],
    ["2-3", "numeric.expression_not_allowed"],
    ["1.2×10^(-3", "numeric.expression_not_allowed"],
    ["abc", "numeric.expression_not_allowed"],
    ["1..2", "numeric.unparsable"],
    ["--3", "numeric.unparsable"],
    ["あ", "numeric.unparsable"],
  ])("%j → %s", (input, code) => {
    const r = parseNumber(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.message.en).toMatch(/[a-z]/);
      expect(r.message.ja.length).toBeGreaterThan(5);
    }
  });
  it("fractions can be disabled", () => {
    const r = parseNumber("1/4", { allowFractions: false });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe("numeric.fraction_not_allowed");
  });
});

describe("isClose (PrairieLearn semantics)", () => {
  const cases: Array<[number, number, NumericTolerance, boolean]> = [
    // relabs: |a-b| <= atol + rtol*|b|
    [1.01, 1, { mode: "relabs" }, true],
    [1.011, 1, { mode: "relabs" }, false],
    [0.99, 1, { mode: "relabs" }, true],
    [105, 100, { mode: "relabs", rtol: 0.05 }, true],
    [105.1, 100, { mode: "relabs", rtol: 0.05 }, false],
    [1e-9, 0, { mode: "relabs" }, true],
    [1e-7, 0, { mode: "relabs" }, false],
    [0.001, 0, { mode: "relabs", atol: 0.01 }, true],
    // sigfig
    [3.14, Math.PI, { mode: "sigfig", digits: 3 }, true],
    [3.15, Math.PI, { mode: "sigfig", digits: 3 }, false],
    [3.1, Math.PI, { mode: "sigfig", digits: 2 }, true],
    [3.142, Math.PI, { mode: "sigfig", digits: 4 }, true],
    [3.141, Math.PI, { mode: "sigfig", digits: 4 }, false],
    [0.000123, 0.00012345, { mode: "sigfig", digits: 3 }, true],
    [0.000124, 0.00012345, { mode: "sigfig", digits: 3 }, false],
    [12300, 12345, { mode: "sigfig", digits: 3 }, true],
    [12400, 12345, { mode: "sigfig", digits: 3 }, false],
    [0.04, 0, { mode: "sigfig", digits: 2 }, true],
    [0.06, 0, { mode: "sigfig", digits: 2 }, false],
    // decdig
    [0.12, 0.1234, { mode: "decdig", digits: 2 }, true],
    [0.13, 0.1234, { mode: "decdig", digits: 2 }, false],
    [2.718, Math.E, { mode: "decdig", digits: 3 }, true],
    // exact
    [3, 3, { mode: "exact" }, true],
    [3.0000001, 3, { mode: "exact" }, false],
    [NaN, 3, { mode: "relabs" }, false],
  ];
  it.each(cases)("%s vs %s (%j) → %s", (a, b, tol, expected) => {
    expect(isClose(a, b, tol)).toBe(expected);
  });
});

describe("gradeNumeric", () => {
  it.each([
    ["0.25", "numeric.correct", true],
    ["1/4", "numeric.correct", true],
    ["２．５e-1", "numeric.correct", true],
    ["-0.25", "numeric.sign", false],
    ["2.5", "numeric.power_of_ten", false],
    ["0.025", "numeric.power_of_ten", false],
    ["0.3", "numeric.incorrect", false],
    ["", "numeric.empty", false],
    ["0,25", "numeric.comma", false],
  ] as const)("%j → %s", (input, code, correct) => {
    const r = gradeNumeric({ answer: 0.25, tolerance: { mode: "relabs" } }, input);
    expect(r.feedback.code).toBe(code);
    expect(r.correct).toBe(correct);
    expect(r.score).toBe(correct ? 1 : 0);
  });
  it("accepts a JS number response", () => {
    expect(gradeNumeric({ answer: 2, tolerance: { mode: "exact" } }, 2).correct).toBe(true);
    expect(gradeNumeric({ answer: 2, tolerance: { mode: "exact" } }, Infinity).feedback.code).toBe("numeric.not_finite");
  });
  it("null response is empty", () => {
    expect(gradeNumeric({ answer: 2, tolerance: { mode: "exact" } }, null).feedback.code).toBe("numeric.empty");
  });
  it("incorrect feedback explains the tolerance", () => {
    const r = gradeNumeric({ answer: 3.14159, tolerance: { mode: "sigfig", digits: 3 } }, "3.2");
    expect(r.feedback.message.en).toContain("3 significant figures");
    expect(r.feedback.message.ja).toContain("有効数字 3 桁");
  });
  it.each([[{ mode: "exact" }], [{ mode: "relabs" }], [{ mode: "sigfig", digits: 3 }], [{ mode: "decdig", digits: 2 }]] as const)(
    "describeTolerance %j is bilingual",
    (tol) => {
      const d = describeTolerance(tol);
      expect(d.en.length).toBeGreaterThan(5);
      expect(d.ja.length).toBeGreaterThan(5);
    },
  );
});

describe("absrel mode (content schema tolerance {abs, rel})", () => {
  it.each([
    [0.1 + 0.2, 0.3, {}, true], // noise floor
    [3, 3, {}, true],
    [3.001, 3, {}, false],
    [3.001, 3, { abs: 0.01 }, true],
    [103, 100, { rel: 0.05 }, true],
    [106, 100, { rel: 0.05 }, false],
    [106, 100, { rel: 0.05, abs: 10 }, true], // max(abs, rel*|b|)
    [0.004, 0, { rel: 0.5, abs: 0.005 }, true],
  ] as const)("%s vs %s (%j) → %s", (a, b, tol, expected) => {
    expect(isClose(a, b, { mode: "absrel", ...tol })).toBe(expected);
  });
  it("describes itself", () => {
    expect(describeTolerance({ mode: "absrel", rel: 0.01 }).en).toContain("1%");
    expect(describeTolerance({ mode: "absrel" }).en).toContain("exact");
    expect(describeTolerance({ mode: "absrel", rel: 0.01, abs: 0.1 }).ja).toContain("または");
  });
});

describe("numeric distractors", () => {
  const spec = {
    answer: 12,
    tolerance: { mode: "absrel" as const, abs: 0 },
    distractors: [
      { value: 16, feedback: { en: "You counted the padding twice.", ja: "パディングを二重に数えています。" } },
      { value: 12 }, // equal to the answer: never used
    ],
  };
  it.each([
    ["16", "numeric.distractor", /padding twice/],
    ["12", "numeric.correct", /Correct/],
    ["13", "numeric.incorrect", /exact/],
  ])("%s → %s", (input, code, re) => {
    const r = gradeNumeric(spec, input);
    expect(r.feedback.code).toBe(code);
    expect(r.feedback.message.en).toMatch(re);
  });
});
