/**
 * Short free-text answers. These are NEVER auto-graded as final: the result
 * is a {@link PendingGrade} (correct=false, score=0, pending=true) stored for an
 * instructor. Rubric keywords give instant practice feedback
 * ("you mentioned 2 of 3 key ideas") through `provisionalScore`.
 *
 * Matching (per rubric criterion; a criterion is met when any keyword matches):
 * - text and keywords are NFKC-normalised (full-width → half-width, half-width
 *   katakana → full-width), lower-cased, katakana folded to hiragana (option
 *   `foldKana`, default on), and runs of whitespace, `-`, `_`, `・` collapsed;
 * - keywords with Japanese (non-ASCII) characters match as substrings of the
 *   text with all separators removed ("勾配 消失" matches "勾配消失");
 * - ASCII keywords must start at a word boundary ("gate" does not match
 *   "aggregate"; "gradient" matches "gradients"), and keywords of 6+ characters
 *   also match with separators removed ("backprop" ↔ "back-prop");
 * - keywords of both locales are used by default (learners mix languages);
 *   restrict with `locales`.
 * Limitations: no negation handling ("does NOT vanish" still matches "vanish").
 */
import type { FinalGrade, LocalizedText, PendingGrade } from "./types";
import { fb, katakanaToHiragana, wrong } from "./util";

export interface RubricCriterionSpec {
  id: string;
  points?: number;
  /** Keywords/synonyms per locale, or one list for both. */
  keywords: { en: readonly string[]; ja: readonly string[] } | readonly string[];
  /** The key idea, shown in feedback (e.g. as "missing: …"). */
  description?: LocalizedText;
}

export interface ShortTextSpec {
  rubric: readonly RubricCriterionSpec[];
  maxLength?: number;
  /** How provisionalScore is computed. Default rubric_fraction. */
  rule?: "rubric_fraction" | "all_or_nothing";
  locales?: ReadonlyArray<"en" | "ja">;
  foldKana?: boolean;
}

export const DEFAULT_MAX_LENGTH = 200;

const SEP = /[\s\-_・‐･]+/g;

export function normalizeText(s: string, foldKana = true): string {
  let t = s.normalize("NFKC").toLowerCase();
  if (foldKana) t = katakanaToHiragana(t);
  return t.replace(SEP, " ").trim();
}

function isAscii(s: string): boolean {
  return /^[\x00-\x7f]*$/.test(s);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Does normalised `text` contain `keyword` under the rules above? */
export function keywordMatches(text: string, keyword: string, foldKana = true): boolean {
  const t = normalizeText(text, foldKana);
  const k = normalizeText(keyword, foldKana);
  if (k === "") return false;
  const tNoSep = t.replace(/ /g, "");
  const kNoSep = k.replace(/ /g, "");
  if (!isAscii(k)) return tNoSep.includes(kNoSep);
  const re = new RegExp(`(^|[^a-z0-9])${escapeRe(k)}`);
  if (re.test(t)) return true;
  return kNoSep.length >= 6 && tNoSep.includes(kNoSep);
}

function keywordsOf(c: RubricCriterionSpec, locales: ReadonlyArray<"en" | "ja">): string[] {
  if (Array.isArray(c.keywords)) return [...(c.keywords as readonly string[])];
  const kw = c.keywords as { en: readonly string[]; ja: readonly string[] };
  return locales.flatMap((l) => kw[l]);
}

export interface RubricMatch {
  id: string;
  met: boolean;
  points: number;
  /** The keyword that matched, if any. */
  keyword?: string;
  description?: LocalizedText;
}

export function matchRubric(spec: ShortTextSpec, text: string): RubricMatch[] {
  const locales = spec.locales ?? ["en", "ja"];
  const fold = spec.foldKana ?? true;
  return spec.rubric.map((c) => {
    const hit = keywordsOf(c, locales).find((k) => keywordMatches(text, k, fold));
    return {
      id: c.id,
      met: hit !== undefined,
      points: c.points ?? 1,
      ...(hit !== undefined ? { keyword: hit } : {}),
      ...(c.description ? { description: c.description } : {}),
    };
  });
}

export function gradeShortText(spec: ShortTextSpec, response: string | null | undefined): PendingGrade | FinalGrade {
  const text = (response ?? "").trim();
  if (text === "") return wrong(fb("short_text.empty", "The answer is empty.", "解答が空です。"));
  const max = spec.maxLength ?? DEFAULT_MAX_LENGTH;
  const len = [...text].length;
  if (len > max) {
    return wrong(
      fb("short_text.too_long", `The answer is too long (${len} characters; max ${max}).`, `解答が長すぎます（${len} 文字、最大 ${max} 文字）。`, { length: len, maxLength: max }),
    );
  }
  const matches = matchRubric(spec, text);
  const total = matches.reduce((a, m) => a + m.points, 0);
  const got = matches.filter((m) => m.met).reduce((a, m) => a + m.points, 0);
  const nMet = matches.filter((m) => m.met).length;
  const n = matches.length;
  const provisional = spec.rule === "all_or_nothing" ? (nMet === n ? 1 : 0) : total > 0 ? got / total : 0;
  const missing = matches.filter((m) => !m.met);
  const missingEn = missing.filter((m) => m.description).map((m) => m.description!.en);
  const missingJa = missing.filter((m) => m.description).map((m) => m.description!.ja);
  const tailEn = missingEn.length ? ` Not yet mentioned: ${missingEn.join("; ")}.` : "";
  const tailJa = missingJa.length ? `まだ触れていない点：${missingJa.join("／")}。` : "";
  return {
    correct: false,
    score: 0,
    pending: true,
    provisionalScore: provisional,
    feedback: fb(
      "short_text.pending",
      `Saved for grading by an instructor. Instant check (not your final mark): you mentioned ${nMet} of ${n} key idea(s).${tailEn}`,
      `講師による採点のために保存しました。自動チェック（最終評価ではありません）：${n} 個のキーポイントのうち ${nMet} 個に触れています。${tailJa}`,
      { matched: nMet, total: n, points: got, totalPoints: total, criteria: matches },
    ),
  };
}
