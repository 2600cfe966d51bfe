import { describe, expect, it } from "vitest";
import { gradeShortText, keywordMatches, matchRubric, normalizeText, type ShortTextSpec } from "@/lib/grading/short-text";
import { isPending } from "@/lib/grading/types";

describe("normalizeText", () => {
  it.each([
    ["ＬＳＴＭ", "lstm"],
    ["ｶﾀｶﾅ", "かたかな"], // half-width katakana → hiragana
    ["ゲート", "げーと"],
    ["Vanishing   Gradient", "vanishing gradient"],
    ["back-prop_through・time", "back prop through time"],
    ["勾配\u3000消失", "勾配 消失"],
  ])("%j → %j", (a, b) => expect(normalizeText(a)).toBe(b));
  it("kana folding can be disabled", () => expect(normalizeText("ゲート", false)).toBe("ゲート"));
});

describe("keywordMatches", () => {
  it.each([
    ["The gradient vanishes over many steps", "vanish", true],
    ["VANISHING gradients", "vanishing gradient", true], // plural suffix, case
    ["vanishing  gradient", "vanishing gradient", true], // extra spaces
    ["the aggregate", "gate", false], // word boundary
    ["the forget-gate", "gate", true],
    ["use backprop through time", "back-prop", true],
    ["use back-propagation", "backpropagation", true],
    ["勾配が消失する", "勾配消失", false], // particle in between: no match
    ["勾配 消失が起こる", "勾配消失", true], // spaces ignored in Japanese
    ["忘却ゲートで", "忘却げーと", true], // katakana/hiragana
    ["ﾌｫｰｹﾞｯﾄｹﾞｰﾄ", "フォーゲットゲート", true], // half-width katakana
    ["ＬＳＴＭを使う", "lstm", true], // full-width latin
    ["LSTMを使う", "lstm", true], // ASCII keyword followed by Japanese
    ["GRUを使う", "lstm", false],
    ["anything", "", false],
    // Whole words (issue 13): no match inside a longer word, in English or in Japanese.
    ["normalization helps", "normal", false],
    ["a normal distribution", "normal", true],
    ["an unweighted sum", "weighted sum", false],
    ["a weighted sum", "weighted sum", true],
    ["the weighted sums", "weighted sum", true],
    ["probabilities", "probability", true],
    ["x < 10", "< 1", false],
    ["x < 1", "< 1", true],
    ["最後の状態", "後の", false],
    ["後の単語", "後の", true],
    ["以前の状態", "前の", false],
    ["1つ前の状態", "前の", true],
    ["バッチ正規化", "正規分布", false],
    ["候補状態を計算するとき", "候補を計算", false],
    ["勾配が消失し、学習が止まる", "消失する", true], // the last word in its dictionary form
  ])("%j ~ %j → %s", (text, kw, expected) => expect(keywordMatches(text, kw)).toBe(expected));
});

const spec: ShortTextSpec = {
  rubric: [
    {
      id: "product",
      keywords: {
        en: ["product of jacobians", "repeated multiplication", "multiplied many times"],
        ja: ["積", "掛け合わせ", "掛け合う", "掛け合わす"],
      }, // whole words: 掛け合わす (dictionary form) matches 掛け合わされ
      description: { en: "gradients are products over time steps", ja: "勾配は時間方向の積になる" },
    },
    {
      id: "small",
      keywords: { en: ["less than 1", "smaller than one", "< 1"], ja: ["1より小さい", "1未満"] },
      description: { en: "factors smaller than 1", ja: "1より小さい因子" },
    },
    {
      id: "vanish",
      points: 2,
      keywords: { en: ["vanish", "shrinks exponentially"], ja: ["消失", "指数的に小さく"] },
      description: { en: "so the gradient vanishes", ja: "勾配が消失する" },
    },
  ],
  maxLength: 200,
};

describe("gradeShortText", () => {
  it.each([
    ["Repeated multiplication of factors smaller than one makes the gradient vanish.", 3, 1],
    ["The gradient vanishes.", 1, 0.5],
    ["Because of the product of Jacobians, it vanishes", 2, 0.75],
    ["勾配が時間方向に繰り返し掛け合わされ、1より小さいと消失する。", 3, 1],
    ["ＲＮＮでは勾配の積が１未満だと消失します", 3, 1], // full-width digits/latin
    ["It explodes.", 0, 0],
    ["Jacobianの積で勾配が vanish する", 2, 0.75], // mixed languages
  ])("%j → %i key ideas, provisional %s", (text, matched, prov) => {
    const r = gradeShortText(spec, text);
    expect(isPending(r)).toBe(true);
    if (!isPending(r)) return;
    expect(r.correct).toBe(false);
    expect(r.score).toBe(0);
    expect(r.feedback.code).toBe("short_text.pending");
    expect(r.feedback.details?.matched).toBe(matched);
    expect(r.provisionalScore).toBeCloseTo(prov);
    expect(r.feedback.message.en).toContain(`you mentioned ${matched} of 3 key idea`);
    expect(r.feedback.message.ja).toContain(`3 個のキーポイントのうち ${matched} 個`);
    expect(r.feedback.message.en).toContain("not your final mark");
  });

  it("lists missing key ideas", () => {
    const r = gradeShortText(spec, "The gradient vanishes.");
    expect(r.feedback.message.en).toContain("Not yet mentioned: gradients are products over time steps; factors smaller than 1.");
    expect(r.feedback.message.ja).toContain("まだ触れていない点：勾配は時間方向の積になる／1より小さい因子");
  });

  it("all_or_nothing rule for the provisional score", () => {
    const s = { ...spec, rule: "all_or_nothing" as const };
    const partial = gradeShortText(s, "The gradient vanishes.");
    expect(isPending(partial) && partial.provisionalScore).toBe(0);
    const full = gradeShortText(s, "Repeated multiplication of values less than 1 makes it vanish");
    expect(isPending(full) && full.provisionalScore).toBe(1);
  });

  it.each([
    ["", "short_text.empty"],
    ["   ", "short_text.empty"],
    [null, "short_text.empty"],
    ["あ".repeat(201), "short_text.too_long"],
  ])("%j → %s (not pending)", (text, code) => {
    const r = gradeShortText(spec, text);
    expect(isPending(r)).toBe(false);
    expect(r.feedback.code).toBe(code);
  });

  it("counts characters, not UTF-16 units, for maxLength", () => {
    expect(isPending(gradeShortText({ ...spec, maxLength: 3 }, "𝑥𝑦𝑧"))).toBe(true);
  });

  it("locales can be restricted", () => {
    const en = matchRubric({ ...spec, locales: ["en"] }, "勾配が消失する");
    expect(en.find((m) => m.id === "vanish")?.met).toBe(false);
    const both = matchRubric(spec, "勾配が消失する");
    expect(both.find((m) => m.id === "vanish")).toMatchObject({ met: true, keyword: "消失" });
  });

  it("plain keyword lists are accepted", () => {
    const r = matchRubric({ rubric: [{ id: "a", keywords: ["LSTM", "長短期記憶"] }] }, "長短期記憶を使う");
    expect(r[0]!.met).toBe(true);
  });
});
