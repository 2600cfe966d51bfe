import { describe, expect, it } from "vitest";
import {
  describeRule,
  gradeMultiChoice,
  gradeSingleChoice,
  PARTIAL_CREDIT_RULES,
  type PartialCreditRule,
  scoreByRule,
  shuffleOptions,
} from "@/lib/grading/choice";

const opts = ["a", "b", "c", "d", "e"];

describe("gradeSingleChoice", () => {
  const spec = {
    options: opts,
    answer: "c",
    optionFeedback: { b: { en: "b forgets the forget gate", ja: "b は忘却ゲートを無視しています" } },
  };
  it.each([
    ["c", true, 1, "choice.correct"],
    ["a", false, 0, "choice.incorrect"],
    ["b", false, 0, "choice.incorrect"],
    ["z", false, 0, "choice.unknown_option"],
    ["", false, 0, "choice.no_selection"],
    [null, false, 0, "choice.no_selection"],
    [undefined, false, 0, "choice.no_selection"],
  ] as const)("%s → correct=%s score=%s code=%s", (resp, correct, score, code) => {
    const r = gradeSingleChoice(spec, resp);
    expect(r.correct).toBe(correct);
    expect(r.score).toBe(score);
    expect(r.feedback.code).toBe(code);
    expect(r.feedback.message.en.length).toBeGreaterThan(0);
    expect(r.feedback.message.ja.length).toBeGreaterThan(0);
  });
  it("attaches the per-option explanation", () => {
    const r = gradeSingleChoice(spec, "b");
    expect(r.feedback.details?.explanation).toEqual(spec.optionFeedback.b);
  });
});

describe("scoreByRule", () => {
  // key = {a, b, c} out of 5 options
  const cases: Array<[string, string[], Record<PartialCreditRule, number>]> = [
    ["exact", ["a", "b", "c"], { all_or_nothing: 1, right_minus_wrong: 1, per_option: 1, coverage: 1 }],
    ["two right", ["a", "b"], { all_or_nothing: 0, right_minus_wrong: 2 / 3, per_option: 4 / 5, coverage: 2 / 3 }],
    [
      "two right one wrong",
      ["a", "b", "d"],
      { all_or_nothing: 0, right_minus_wrong: 1 / 3, per_option: 3 / 5, coverage: (2 / 3) * (2 / 3) },
    ],
    ["all options", ["a", "b", "c", "d", "e"], { all_or_nothing: 0, right_minus_wrong: 1 / 3, per_option: 3 / 5, coverage: 3 / 5 }],
    ["one right two wrong", ["a", "d", "e"], { all_or_nothing: 0, right_minus_wrong: 0, per_option: 1 / 5, coverage: (1 / 3) * (1 / 3) }],
    ["nothing", [], { all_or_nothing: 0, right_minus_wrong: 0, per_option: 2 / 5, coverage: 0 }],
    ["only wrong", ["d", "e"], { all_or_nothing: 0, right_minus_wrong: 0, per_option: 0, coverage: 0 }],
    ["duplicates ignored", ["a", "a", "b", "b", "c"], { all_or_nothing: 1, right_minus_wrong: 1, per_option: 1, coverage: 1 }],
  ];
  for (const [name, sel, expected] of cases) {
    for (const rule of PARTIAL_CREDIT_RULES) {
      it(`${name} under ${rule} → ${expected[rule].toFixed(3)}`, () => {
        const r = gradeMultiChoice({ options: opts, answers: ["a", "b", "c"], rule }, sel);
        expect(r.score).toBeCloseTo(expected[rule], 10);
        expect(r.correct).toBe(expected["all_or_nothing"] === 1);
      });
    }
  }
  it("empty key: empty selection is correct", () => {
    for (const rule of PARTIAL_CREDIT_RULES) {
      expect(scoreByRule(rule, { right: 0, wrong: 0, missed: 0, numCorrect: 0, numOptions: 4 })).toBe(1);
      expect(scoreByRule(rule, { right: 0, wrong: 1, missed: 0, numCorrect: 0, numOptions: 4 })).toBeLessThan(1);
    }
  });
});

describe("gradeMultiChoice feedback", () => {
  const spec = { options: opts, answers: ["a", "b"], rule: "right_minus_wrong" as const };
  it.each([
    [["a", "b"], "choice.correct"],
    [["a"], "choice.partial"],
    [["a", "c"], "choice.incorrect"],
    [[], "choice.no_selection"],
    [["a", "x"], "choice.unknown_option"],
  ])("%j → %s", (sel, code) => {
    expect(gradeMultiChoice(spec, sel).feedback.code).toBe(code);
  });
  it("reports counts, wrong picks and missed options", () => {
    const r = gradeMultiChoice(spec, ["a", "d"]);
    expect(r.feedback.details).toMatchObject({ right: 1, wrong: 1, missed: 1, wrongPicks: ["d"], missedOptions: ["b"] });
    expect(r.feedback.message.en).toContain("1 of 2");
    expect(r.feedback.message.ja).toContain("2 個のうち 1 個");
  });
  it("null response is treated as empty selection", () => {
    expect(gradeMultiChoice(spec, null).score).toBe(0);
  });
});

describe("describeRule", () => {
  it.each(PARTIAL_CREDIT_RULES.map((r) => [r]))("%s has en and ja text", (rule) => {
    const d = describeRule(rule);
    expect(d.en).toMatch(/\w{3}/);
    expect(d.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
  it("texts differ per rule", () => {
    expect(new Set(PARTIAL_CREDIT_RULES.map((r) => describeRule(r).en)).size).toBe(PARTIAL_CREDIT_RULES.length);
  });
});

describe("shuffleOptions", () => {
  const ids = ["a", "b", "c", "d", "e", "f"];
  it.each([[1], [42], ["attempt-7:rnn-bptt-01"], ["attempt-8:rnn-bptt-01"], [0]])("is a deterministic permutation for seed %s", (seed) => {
    const s1 = shuffleOptions(ids, seed);
    const s2 = shuffleOptions(ids, seed);
    expect(s1).toEqual(s2);
    expect([...s1].sort()).toEqual(ids);
  });
  it("different seeds usually give different orders", () => {
    const orders = new Set<string>();
    for (let s = 0; s < 50; s++) orders.add(shuffleOptions(ids, `att-${s}`).join(""));
    expect(orders.size).toBeGreaterThan(30);
  });
  it("is roughly uniform on first position", () => {
    const counts: Record<string, number> = {};
    for (let s = 0; s < 6000; s++) {
      const first = shuffleOptions(ids, s)[0]!;
      counts[first] = (counts[first] ?? 0) + 1;
    }
    for (const id of ids) expect(counts[id]).toBeGreaterThan(800);
  });
  it("keeps pinned options in place", () => {
    const withNone = ["a", "b", "c", "none"];
    for (let s = 0; s < 20; s++) {
      const out = shuffleOptions(withNone, s, { pinned: ["none"] });
      expect(out[3]).toBe("none");
      expect([...out].sort()).toEqual([...withNone].sort());
    }
  });
  it("does not mutate input and handles empty/single", () => {
    const frozen = Object.freeze([...ids]);
    shuffleOptions(frozen, 3);
    expect(shuffleOptions([], 3)).toEqual([]);
    expect(shuffleOptions(["x"], 3)).toEqual(["x"]);
  });
});
