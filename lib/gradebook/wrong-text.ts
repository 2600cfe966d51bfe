// The most common wrong short-text answers: answers graded by hand below full marks (or scored 0 automatically), with
// the text normalised as the rubric matcher does (lib/grading/short-text normalizeText: NFKC, lower case, katakana →
// hiragana, runs of spaces/-/_/・ collapsed) and trailing punctuation dropped, so "Vanishing gradient." and
// "ｖａｎｉｓｈｉｎｇ　gradient" are one answer. Answers still waiting for a grade are counted, not grouped.
import { normalizeText } from "@/lib/grading/short-text";
import { addToTally, topGroups, type Tally, type WrongGroup } from "./wrong-groups";

export interface TextWrongReport {
  kind: "text";
  wrong: number;
  pending: number;
  groups: Array<WrongGroup<{ kind: "text"; text: string }>>;
  other: number;
}

export interface TextAnswerInput {
  response: unknown;
  correct: boolean | null;
  score: number | null;
  manualScore: number | null;
}

export function normalizeWrongText(s: string): string {
  return normalizeText(s).replace(/[\s。．.、,，!！?？]+$/u, "");
}

export function textWrongAnswers(answers: TextAnswerInput[], limit = 10): TextWrongReport {
  const tally: Tally<{ kind: "text"; text: string }> = new Map();
  let wrong = 0;
  let pending = 0;
  for (const a of answers) {
    if (typeof a.response !== "string" || a.response.trim() === "") continue;
    const effective = a.manualScore ?? (a.correct === null ? null : a.score);
    if (effective === null) {
      pending++;
      continue;
    }
    if (effective >= 1) continue;
    const key = normalizeWrongText(a.response);
    wrong++;
    addToTally(tally, key, { kind: "text", text: key }, a.response.trim());
  }
  const top = topGroups(tally, wrong, limit);
  return { kind: "text", wrong, pending, groups: top.groups, other: top.rest };
}
