import { describe, expect, it } from "vitest";
import katex from "katex";
import { compareFormulas, gradeFormula, normalizeFormula, parseFormula, samplePoints, type FormulaSpec } from "@/lib/grading/formula";

const XY = { x: { domain: [-2, 2] as const }, y: { domain: [-2, 2] as const } };
const POS = { x: { domain: [0.1, 5] as const }, y: { domain: [0.1, 5] as const } };

describe("parseFormula: accepted input and TeX preview", () => {
  const allowed = ["x", "y", "W_in", "W_hh", "x_1", "h_t", "h_prev", "delta_t", "alpha", "U", "z"];
  it.each([
    ["2x", "2~ x"],
    ["2(x+y)", "2~\\left( x+ y\\right)"],
    ["(x+y)2", null],
    ["x y", null],
    ["2 sin(x)", "\\sin"],
    ["x^2", "{ x}^{2}"],
    ["x**2", "{ x}^{2}"],
    ["W_in * x_1", "W_{\\mathrm{in}}"],
    ["W_hh h_prev", "W_{\\mathrm{hh}}"],
    ["delta_t", "\\delta_{t}"],
    ["h_t", "h_{t}"],
    ["alpha x", "\\alpha"],
    ["α x", "\\alpha"],
    ["δ_t", "\\delta_{t}"],
    ["sigmoid(z)", "\\sigma\\left( z\\right)"],
    ["σ(z)", "\\sigma\\left( z\\right)"],
    ["sigmoid(x)(1-sigmoid(x))", null],
    ["tanh(x)", "\\tanh"],
    ["sech(x)^2", "\\operatorname{sech}"],
    ["exp(-x)", "\\exp"],
    ["e^-x", "{ e}^{- x}"],
    ["log(x)", "\\log"],
    ["ln(x)", "\\log"],
    ["sqrt(x)", "\\sqrt{ x}"],
    ["√(x)", "\\sqrt{ x}"],
    ["x(y+1)", null], // declared variable followed by ( = multiplication
    ["ｘ＋ｙ", null], // full-width
    ["x − y", null], // U+2212 minus
    ["2×x ÷ y", null],
    ["  x + y  ", null],
    ["pi x", "\\pi"],
    ["1/(1+e^-x)", "\\frac"],
  ])("%j parses", (input, texFragment) => {
    const r = parseFormula(input, allowed);
    expect(r.ok, r.ok ? "" : JSON.stringify(r.error)).toBe(true);
    if (r.ok) {
      if (texFragment) expect(r.tex).toContain(texFragment);
      // the preview must be renderable by KaTeX
      expect(() => katex.renderToString(r.tex, { throwOnError: true })).not.toThrow();
    }
  });

  it("x(y+1) is read as x*(y+1)", () => {
    const r = parseFormula("x(y+1)", ["x", "y"]);
    expect(r.ok && r.node.evaluate({ x: 2, y: 3 })).toBe(8);
  });
  it("normalises full-width and unicode operators", () => {
    expect(normalizeFormula("２ｘ×（ｙ−１）")).toBe("2x*(y-1)");
    expect(normalizeFormula("x**2")).toBe("x^2");
  });
});

describe("parseFormula: errors explained in words", () => {
  it.each([
    ["", "formula.empty", /empty/],
    ["   ", "formula.empty", /empty/],
    ["(x+y", "formula.syntax.unbalanced_open", /never closed/],
    ["((x+y)", "formula.syntax.unbalanced_open", /1 opening/],
    ["x+y)", "formula.syntax.unbalanced_close", /position 4/],
    ["(x+y]", "formula.syntax.mismatched_bracket", /Mismatched/],
    ["q", "formula.unknown_variable", /'q' \(allowed: x, y\)/],
    ["x + q", "formula.unknown_variable", /'q'/],
    ["xy", "formula.unknown_variable", /Did you mean x\*y/],
    ["foo(x)", "formula.unknown_function", /'foo'/],
    ["softmax(x)", "formula.unknown_function", /'softmax'/],
    ["sin x", "formula.syntax.function_without_parentheses", /sin\(x\)/],
    ["tanh x", "formula.syntax.function_without_parentheses", /tanh/],
    ["x+", "formula.syntax.unexpected_end", /ends too early/],
    ["x*/y", "formula.syntax.value_expected", /missing/],
    ["3 4", "formula.syntax.unexpected_part", /operator/],
    ["x = y", "formula.unsupported.equation", /=/],
    ["x == y", "formula.unsupported.equation", /=/],
    ["x < y", "formula.unsupported.equation", /=/],
    ["[x, y]", "formula.unsupported.brackets", /parentheses/],
    ["x.y", "formula.unsupported.brackets", /parentheses/],
    ["x!", "formula.unsupported.operator", /'!'/],
    ["x % y", "formula.unsupported.operator", /'%'/],
    ["x'", "formula.syntax.quote", /Quotes/],
    ['"x"', "formula.syntax.quote", /Quotes/],
    ["h_{t}", "formula.syntax.brace_subscript", /without braces/],
    ["tanh(x, y)", "formula.syntax.arity", /1 argument/],
    ["x ? 1 : 2", "formula.unsupported.syntax", /not supported/],
    ["x".repeat(501), "formula.too_long", /too long/],
  ])("%j → %s", (input, code, re) => {
    const r = parseFormula(input, ["x", "y"]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message.en).toMatch(re);
      expect(r.error.message.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });
  it("unknown variable message lists the allowed variables in Japanese too", () => {
    const r = parseFormula("q", ["x", "y"]);
    expect(!r.ok && r.error.message.ja).toContain("x, y");
  });
});

describe("gradeFormula: equivalent forms are accepted", () => {
  const cases: Array<[string, string, FormulaSpec["variables"]]> = [
    ["2(x+y)", "2x+2y", XY],
    ["2(x+y)", "(x+y)*2", XY],
    ["2(x+y)", "2*x+y+y", XY],
    ["2(x+y)", "x+y+x+y", XY],
    ["2(x+y)", "2 (y + x)", XY],
    ["1 - tanh(x)^2", "sech(x)^2", XY],
    ["1 - tanh(x)^2", "4/(e^x+e^-x)^2", XY],
    ["1 - tanh(x)^2", "1/cosh(x)^2", XY],
    ["1 - tanh(x)^2", "(1-tanh(x))(1+tanh(x))", XY],
    ["sigmoid(x)*(1-sigmoid(x))", "e^-x/(1+e^-x)^2", XY],
    ["sigmoid(x)*(1-sigmoid(x))", "σ(x)(1-σ(x))", XY],
    ["sigmoid(x)*(1-sigmoid(x))", "sigmoid(x) - sigmoid(x)^2", XY],
    ["sigmoid(x)", "1/(1+exp(-x))", XY],
    ["sigmoid(x)", "(tanh(x/2)+1)/2", XY],
    ["log(x*y)", "log(x)+log(y)", POS],
    ["log(x*y)", "ln(x) + ln(y)", POS],
    ["log(x/y)", "log(x)-log(y)", POS],
    ["exp(x+y)", "exp(x)*exp(y)", XY],
    ["x^2 - y^2", "(x-y)(x+y)", XY],
    ["sqrt(x*y)", "sqrt(x)*sqrt(y)", POS],
    ["tanh(x)", "(e^x - e^-x)/(e^x + e^-x)", XY],
    ["tanh(x)", "2 sigmoid(2x) - 1", XY],
    ["x/y", "x*y^-1", POS],
  ];
  it.each(cases)("%s ≡ %s", (expected, input, variables) => {
    const r = gradeFormula({ expression: expected, variables }, input);
    expect(r.feedback.code).toBe("formula.correct");
    expect(r.correct).toBe(true);
    expect(r.score).toBe(1);
  });

  it("works with subscripted/Greek variable names (RNN notation)", () => {
    const variables = {
      W_in: { domain: [-1, 1] as const },
      x_t: { domain: [-1, 1] as const },
      W: { domain: [-1, 1] as const },
      h_prev: { domain: [-1, 1] as const },
      b: { domain: [-1, 1] as const },
    };
    const r = gradeFormula({ expression: "tanh(W_in*x_t + W*h_prev + b)", variables }, "tanh(b + W h_prev + W_in x_t)");
    expect(r.correct).toBe(true);
    const d = { delta_t: { domain: [-1, 1] as const }, h_t: { domain: [-0.9, 0.9] as const } };
    expect(gradeFormula({ expression: "delta_t*(1-h_t^2)", variables: d }, "δ_t (1 - h_t)(1 + h_t)").correct).toBe(true);
  });
});

describe("gradeFormula: non-equivalent forms are rejected", () => {
  const cases: Array<[string, string, FormulaSpec["variables"], string]> = [
    ["2(x+y)", "2x+y", XY, "formula.not_equivalent"],
    ["2(x+y)", "(x+y)^2", XY, "formula.not_equivalent"],
    ["2(x+y)", "x+y", XY, "formula.constant_factor"],
    ["2(x+y)", "2(x-y)", XY, "formula.not_equivalent"],
    ["2(x+y)", "-2(x+y)", XY, "formula.sign"],
    ["2(x+y)", "2(x+y)+1", XY, "formula.constant_offset"],
    ["1 - tanh(x)^2", "tanh(x)", XY, "formula.not_equivalent"],
    ["1 - tanh(x)^2", "1-tanh(x)", XY, "formula.not_equivalent"],
    ["1 - tanh(x)^2", "1-tanh(x^2)", XY, "formula.not_equivalent"],
    ["1 - tanh(x)^2", "tanh(x)^2 - 1", XY, "formula.sign"],
    ["sigmoid(x)*(1-sigmoid(x))", "sigmoid(x)", XY, "formula.not_equivalent"],
    ["sigmoid(x)*(1-sigmoid(x))", "e^x/(1+e^-x)^2", XY, "formula.not_equivalent"],
    ["log(x*y)", "log(x)*log(y)", POS, "formula.not_equivalent"],
    // on a domain with negative values log(x)+log(y) is undefined where log(x*y) is not
    ["log(x*y)", "log(x)+log(y)", XY, "formula.domain_mismatch"],
  ];
  it.each(cases)("%s ≢ %s", (expected, input, variables, code) => {
    const r = gradeFormula({ expression: expected, variables }, input);
    expect(r.correct).toBe(false);
    expect(r.score).toBe(0);
    expect(r.feedback.code).toBe(code);
    expect(r.feedback.message.ja.length).toBeGreaterThan(5);
  });

  it("syntax errors are returned as feedback, not thrown", () => {
    const r = gradeFormula({ expression: "x+y", variables: XY }, "x+q");
    expect(r.correct).toBe(false);
    expect(r.feedback.code).toBe("formula.unknown_variable");
  });
  it("an invalid reference is reported as an item error", () => {
    expect(gradeFormula({ expression: "x+zz", variables: XY }, "x").feedback.code).toBe("formula.item_error");
  });
  it("distractor feedback is used when the answer matches a known mistake", () => {
    const r = gradeFormula(
      {
        expression: "1 - tanh(x)^2",
        variables: XY,
        distractors: [{ expression: "1 - tanh(x)", feedback: { en: "Square the tanh.", ja: "tanh を2乗します。" } }],
      },
      "1 - tanh(x)",
    );
    expect(r.feedback.code).toBe("formula.distractor");
    expect(r.feedback.message.en).toContain("Square the tanh.");
  });
});

describe("symbolic check never overrides numeric disagreement", () => {
  it("mathjs simplifies (x^2)^(1/2) - x to 0, but on [-2,2] they differ", () => {
    const a = parseFormula("(x^2)^(1/2)", ["x"]);
    const b = parseFormula("x", ["x"]);
    if (!a.ok || !b.ok) throw new Error("parse");
    const rep = compareFormulas(a.node, b.node, { x: { domain: [-2, 2] } });
    expect(rep.symbolic).toBe("zero");
    expect(rep.equivalent).toBe(false);
    expect(rep.symbolicConflict).toBe(true);
    expect(gradeFormula({ expression: "x", variables: { x: { domain: [-2, 2] } } }, "(x^2)^(1/2)").correct).toBe(false);
  });
  it("…and the same pair is equivalent on a positive domain", () => {
    expect(gradeFormula({ expression: "x", variables: { x: { domain: [0.1, 2] } } }, "(x^2)^(1/2)").correct).toBe(true);
  });
  it("too few defined points: decided symbolically", () => {
    // sqrt(x-3) is undefined on [0,2] for both sides: nothing to sample
    const spec = { expression: "sqrt(x-3)", variables: { x: { domain: [0, 2] as const } } };
    const r1 = gradeFormula(spec, "sqrt(x-3)");
    expect(r1.correct).toBe(true);
    expect((r1.feedback.details as { report: { decidedSymbolically: boolean } }).report.decidedSymbolically).toBe(true);
    expect(gradeFormula(spec, "sqrt(x-4)").correct).toBe(false);
  });
});

describe("sampling", () => {
  it("is deterministic and inside the domains", () => {
    const a = samplePoints(XY, 50, 7);
    expect(a).toEqual(samplePoints(XY, 50, 7));
    for (const p of a) {
      expect(p.x).toBeGreaterThanOrEqual(-2);
      expect(p.x).toBeLessThanOrEqual(2);
    }
    expect(samplePoints(XY, 5, 8)).not.toEqual(samplePoints(XY, 5, 7));
  });
  it("grading is stable across calls (same seed)", () => {
    const spec = { expression: "2(x+y)", variables: XY };
    expect(gradeFormula(spec, "2x+y", { seed: 3 })).toEqual(gradeFormula(spec, "2x+y", { seed: 3 }));
  });
});
