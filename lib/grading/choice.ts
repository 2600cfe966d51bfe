/**
 * Single-choice and select-all (multiple response) grading, plus
 * deterministic per-attempt option shuffling.
 */
import type { FinalGrade, LocalizedText } from "./types";
import { fb, final, mulberry32, type Seed, t, wrong } from "./util";

/**
 * Partial-credit rules for select-all questions (names match
 * lib/content/schema.ts MultiScoringRule; `coverage` is an extra rule the
 * schema may adopt). Let C = number of correct options,
 * N = number of options, R = correct options selected ("right picks"),
 * W = incorrect options selected ("wrong picks"), S = R + W.
 *
 * - `all_or_nothing`:        1 if the selection equals the key exactly, else 0.
 * - `right_minus_wrong`:     max(0, (R − W) / C).               (PL "PC")
 * - `per_option`:            (R + (N − C − W)) / N: each option is a
 *                            yes/no decision, each right decision earns 1/N. (PL "EDC")
 * - `coverage`:              (R / C) × (R / S), 0 if nothing selected. (PL "COV")
 *
 * If C = 0 (a key with no correct option), every rule except
 * `per_option` gives 1 for an empty selection and 0 otherwise.
 */
export type PartialCreditRule = "all_or_nothing" | "right_minus_wrong" | "per_option" | "coverage";

export const PARTIAL_CREDIT_RULES: readonly PartialCreditRule[] = ["all_or_nothing", "right_minus_wrong", "per_option", "coverage"];

export interface SingleChoiceSpec {
  /** All option ids, in authored order. */
  options: readonly string[];
  /** The id of the correct option. */
  answer: string;
  /** Optional per-option explanation shown after answering (e.g. why a distractor is wrong). */
  optionFeedback?: Readonly<Record<string, LocalizedText>>;
}

export interface MultiChoiceSpec {
  options: readonly string[];
  /** Ids of all correct options (may be empty). */
  answers: readonly string[];
  rule: PartialCreditRule;
  optionFeedback?: Readonly<Record<string, LocalizedText>>;
}

/** Learner-facing description of a partial-credit rule. */
export function describeRule(rule: PartialCreditRule): LocalizedText {
  switch (rule) {
    case "all_or_nothing":
      return t(
        "Select every correct option and no other. Full marks only for an exact match; otherwise 0.",
        "正しい選択肢をすべて、かつそれだけを選んでください。完全に一致した場合のみ満点、それ以外は0点です。",
      );
    case "right_minus_wrong":
      return t(
        "Each correct option you select earns 1/(number of correct options); each incorrect option you select takes the same amount away. The score never goes below 0.",
        "正しい選択肢を1つ選ぶごとに「1 ÷ 正解の数」点を加点し、誤った選択肢を1つ選ぶごとに同じだけ減点します。0点未満にはなりません。",
      );
    case "per_option":
      return t(
        "Every option is a yes/no decision: you earn 1/(number of options) for each option you correctly select or correctly leave unselected.",
        "各選択肢について「選ぶ／選ばない」を判断します。正しく選んだ選択肢と、正しく選ばなかった選択肢1つにつき「1 ÷ 選択肢の数」点が得られます。",
      );
    case "coverage":
      return t(
        "Score = (fraction of the correct options you found) × (fraction of your selections that are correct). Selecting nothing scores 0.",
        "得点 =（見つけた正解の割合）×（選んだもののうち正解の割合）です。何も選ばない場合は0点です。",
      );
  }
}

function unknownOption(ids: string[]): FinalGrade {
  return wrong(
    fb(
      "choice.unknown_option",
      `Your answer refers to an option that does not exist (${ids.join(", ")}). Please reload the question and try again.`,
      `存在しない選択肢が送信されました（${ids.join(", ")}）。問題を再読み込みしてもう一度解答してください。`,
      { unknown: ids },
    ),
  );
}

export function gradeSingleChoice(spec: SingleChoiceSpec, response: string | null | undefined): FinalGrade {
  if (response === null || response === undefined || response === "") {
    return wrong(fb("choice.no_selection", "No option was selected.", "選択肢が選ばれていません。"));
  }
  if (!spec.options.includes(response)) return unknownOption([response]);
  const explanation = spec.optionFeedback?.[response];
  const details = { selected: response, ...(explanation ? { explanation } : {}) };
  if (response === spec.answer) {
    return final(true, 1, fb("choice.correct", "Correct.", "正解です。", details));
  }
  return final(false, 0, fb("choice.incorrect", "Incorrect.", "不正解です。", details));
}

export interface MultiChoiceCounts {
  right: number;
  wrong: number;
  missed: number;
  numCorrect: number;
  numOptions: number;
}

export function scoreByRule(rule: PartialCreditRule, c: MultiChoiceCounts): number {
  const { right: R, wrong: W, numCorrect: C, numOptions: N } = c;
  const S = R + W;
  const exact = W === 0 && R === C;
  if (rule === "all_or_nothing") return exact ? 1 : 0;
  if (rule === "per_option") return N === 0 ? 1 : (R + (N - C - W)) / N;
  if (C === 0) return S === 0 ? 1 : 0;
  if (rule === "right_minus_wrong") return Math.max(0, (R - W) / C);
  // coverage
  if (S === 0) return 0;
  return (R / C) * (R / S);
}

export function gradeMultiChoice(spec: MultiChoiceSpec, response: readonly string[] | null | undefined): FinalGrade {
  const selected = [...new Set(response ?? [])];
  const unknown = selected.filter((id) => !spec.options.includes(id));
  if (unknown.length > 0) return unknownOption(unknown);
  const key = new Set(spec.answers);
  const rightPicks = selected.filter((id) => key.has(id));
  const wrongPicks = selected.filter((id) => !key.has(id));
  const missed = spec.answers.filter((id) => !selected.includes(id));
  const counts: MultiChoiceCounts = {
    right: rightPicks.length,
    wrong: wrongPicks.length,
    missed: missed.length,
    numCorrect: key.size,
    numOptions: spec.options.length,
  };
  const score = scoreByRule(spec.rule, counts);
  const correct = counts.wrong === 0 && counts.missed === 0;
  const explanations: Record<string, LocalizedText> = {};
  for (const id of selected) {
    const e = spec.optionFeedback?.[id];
    if (e) explanations[id] = e;
  }
  const details = {
    rule: spec.rule,
    ruleDescription: describeRule(spec.rule),
    ...counts,
    wrongPicks,
    missedOptions: missed,
    ...(Object.keys(explanations).length ? { explanations } : {}),
  };
  if (correct)
    return final(
      true,
      1,
      fb("choice.correct", "Correct: you selected exactly the right options.", "正解です。正しい選択肢をすべて選べています。", details),
    );
  if (selected.length === 0) {
    return final(false, score, fb("choice.no_selection", "No option was selected.", "選択肢が選ばれていません。", details));
  }
  const pct = Math.round(score * 100);
  return final(
    false,
    score,
    fb(
      score > 0 ? "choice.partial" : "choice.incorrect",
      `You selected ${counts.right} of ${counts.numCorrect} correct option(s) and ${counts.wrong} incorrect option(s). Score: ${pct}%.`,
      `正しい選択肢 ${counts.numCorrect} 個のうち ${counts.right} 個を選び、誤った選択肢を ${counts.wrong} 個選びました。得点：${pct}%`,
      details,
    ),
  );
}

export interface ShuffleOptions {
  /**
   * Options that keep their authored position (e.g. "None of the above"
   * at the end). Everything else is shuffled among the remaining slots.
   */
  pinned?: readonly string[];
}

/**
 * Deterministic Fisher–Yates shuffle. The same (optionIds, seed) always
 * yields the same order, so a reload shows the same order. Use a seed such
 * as `${attemptId}:${itemId}`.
 */
export function shuffleOptions<T extends string>(optionIds: readonly T[], seed: Seed, opts: ShuffleOptions = {}): T[] {
  const pinned = new Set(opts.pinned ?? []);
  const movable = optionIds.filter((id) => !pinned.has(id));
  const rand = mulberry32(seed);
  for (let i = movable.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const tmp = movable[i]!;
    movable[i] = movable[j]!;
    movable[j] = tmp;
  }
  let k = 0;
  return optionIds.map((id) => (pinned.has(id) ? id : movable[k++]!));
}
