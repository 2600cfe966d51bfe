import { describe, expect, it } from "vitest";
import { ItemFile } from "@/lib/content/schema";
import { gradeAnswer, isPending } from "@/lib/grading";
import { fakeEngine } from "./fake-engine";

const hints = [{ en: "h", ja: "ヒント" }];
const base = { section: "day3-bptt", hints };
const opt = (id: string) => ({ id, en: `option ${id}`, ja: `選択肢 ${id}` });

const single = ItemFile.parse({
  ...base,
  kind: "single_choice",
  options: [opt("a"), { ...opt("b"), feedback: { en: "no", ja: "いいえ" } }],
  answer: { correct: "a" },
});
const multi = ItemFile.parse({
  ...base,
  kind: "multi_choice",
  options: [opt("a"), opt("b"), opt("c"), opt("d")],
  answer: { correct: ["a", "b"] },
  scoring: { rule: "per_option" },
});
const numeric = ItemFile.parse({
  ...base,
  kind: "numeric",
  parameters: { a: { range: [1, 9] }, b: { range: [1, 9] } },
  base: { a: 3, b: 4 },
  answer: {
    expression: "sqrt(a^2 + b^2)",
    tolerance: { abs: 0.01 },
    distractors: [{ expression: "a + b", feedback: { en: "Not the sum.", ja: "和ではありません。" } }],
  },
});
const multiField = ItemFile.parse({
  ...base,
  kind: "numeric",
  answer: [
    { id: "h", label: { en: "height", ja: "高さ" }, value: 4 },
    { id: "w", label: { en: "width", ja: "幅" }, value: 6 },
  ],
  scoring: { rule: "per_field" },
});
const formula = ItemFile.parse({
  ...base,
  kind: "formula",
  variables: { x: { domain: [-3, 3] } },
  answer: { expression: "1 - tanh(x)^2" },
});
const codeBlank = ItemFile.parse({
  ...base,
  kind: "code_blank",
  template: "y = ____\n",
  answer: { setup: "x = SEED", reference: "x + 1", compare: ["y"] },
});
const shortText = ItemFile.parse({
  ...base,
  kind: "short_text",
  answer: {
    rubric: [
      { id: "vanish", keywords: { en: ["vanish"], ja: ["消失"] } },
      { id: "product", keywords: { en: ["product"], ja: ["積"] } },
    ],
    rightSamples: {
      en: ["The product makes it vanish", "A long product of factors below 1 vanishes", "It vanishes through the repeated product"],
      ja: ["積により消失する", "1未満の積が続くと消失する", "繰り返しの積で勾配が消失する"],
    },
    wrongSamples: {
      en: ["It will vanish", "The product grows", "The gradient explodes"],
      ja: ["消失する", "積が大きくなる", "勾配が爆発する"],
    },
  },
});

describe("gradeAnswer dispatch", () => {
  it.each<[string, ItemFile, unknown, string, boolean, number]>([
    ["single right", single, "a", "choice.correct", true, 1],
    ["single wrong", single, "b", "choice.incorrect", false, 0],
    ["single bad type", single, 3, "response.invalid", false, 0],
    ["multi right", multi, ["b", "a"], "choice.correct", true, 1],
    ["multi per_option partial", multi, ["a"], "choice.partial", false, 0.75],
    ["multi bad type", multi, "a", "response.invalid", false, 0],
    ["numeric base variant", numeric, "5", "numeric.correct", true, 1],
    ["numeric full-width", numeric, "５．００５", "numeric.correct", true, 1],
    ["numeric distractor", numeric, "7", "numeric.distractor", false, 0],
    ["numeric wrong", numeric, "5.1", "numeric.incorrect", false, 0],
    ["numeric number input", numeric, 5, "numeric.correct", true, 1],
    ["numeric bad type", numeric, ["5"], "response.invalid", false, 0],
    ["multi-field all right", multiField, { h: "4", w: "6" }, "numeric.correct", true, 1],
    ["multi-field per_field", multiField, { h: "4", w: "7" }, "numeric.fields", false, 0.5],
    ["multi-field missing", multiField, { h: "4" }, "numeric.fields", false, 0.5],
    ["multi-field bad type", multiField, "4", "response.invalid", false, 0],
    ["formula right", formula, "sech(x)^2", "formula.correct", true, 1],
    ["formula wrong", formula, "1 - tanh(x)", "formula.not_equivalent", false, 0],
    ["formula syntax", formula, "1 - tanh(x", "formula.syntax.unbalanced_open", false, 0],
    ["code_blank without engine", codeBlank, "x + 1", "code.engine_unavailable", false, 0],
  ])("%s", async (_n, item, response, code, correct, score) => {
    const r = await gradeAnswer(item, response, { slug: "t" });
    expect(r.feedback.code).toBe(code);
    expect(r.correct).toBe(correct);
    expect(r.score).toBeCloseTo(score);
  });

  it("numeric items use the drawn variant (params or variantSeed)", async () => {
    expect((await gradeAnswer(numeric, "10", { params: { a: 6, b: 8 } })).correct).toBe(true);
    const r1 = await gradeAnswer(numeric, "5", { variantSeed: 12345 });
    const r2 = await gradeAnswer(numeric, "5", { variantSeed: 12345 });
    expect(r1).toEqual(r2);
  });

  it("multi-field feedback names the first wrong field", async () => {
    const r = await gradeAnswer(multiField, { h: "4", w: "7" });
    expect(r.feedback.message.en).toContain("1 of 2 values are correct. width:");
    expect(r.feedback.message.ja).toContain("幅");
  });

  it("code_blank runs through the injected engine", async () => {
    const eng = fakeEngine({
      "x = SEED": (g) => g.set("x", g.get("SEED")),
      "y = x + 1": (g) => g.set("y", (g.get("x") as number) + 1),
      "y = 1 + x": (g) => g.set("y", 1 + (g.get("x") as number)),
      "y = x": (g) => g.set("y", g.get("x")),
    });
    expect((await gradeAnswer(codeBlank, "1 + x", { createSession: eng.createSession })).correct).toBe(true);
    const w = await gradeAnswer(codeBlank, "x", { createSession: eng.createSession });
    expect(w.correct).toBe(false);
    expect(w.feedback.code).toBe("array.value_mismatch");
  });

  it("short_text is pending with a provisional score", async () => {
    const r = await gradeAnswer(shortText, "It will vanish");
    expect(isPending(r)).toBe(true);
    expect(r.correct).toBe(false);
    expect(r.score).toBe(0);
    if (isPending(r)) expect(r.provisionalScore).toBe(0.5);
  });

  it("unknown kinds do not throw", async () => {
    const r = await gradeAnswer({ kind: "essay" } as unknown as ItemFile, "x");
    expect(r.feedback.code).toBe("item.unknown_kind");
  });
});
