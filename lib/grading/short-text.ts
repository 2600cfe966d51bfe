/**
 * Short free-text answers. These are NEVER auto-graded as final: the result
 * is a {@link PendingGrade} (correct=false, score=0, pending=true) stored for an
 * instructor. Rubric keywords give instant practice feedback
 * ("you mentioned 2 of 3 key ideas") through `provisionalScore`.
 *
 * Matching (per rubric criterion; a criterion is met when any keyword matches) respects word boundaries:
 * - text and keywords are NFKC-normalised (full-width → half-width, half-width katakana → full-width),
 *   lower-cased, katakana folded to hiragana (option `foldKana`, default on), and runs of whitespace, `-`, `_`,
 *   `・` collapsed;
 * - ASCII keywords match whole words: they start and end at a word boundary ("normal" does not match
 *   "normalization", "weighted sum" does not match "unweighted sum", "gate" does not match "aggregate"), an
 *   inflectional ending may follow (-s, -es, -ed, -d, -ing, -'s, y → -ies: "gradient" matches "gradients"), and
 *   separators between letters are optional ("backprop" ↔ "back-prop");
 * - keywords with Japanese (non-ASCII) characters match a run of whole words of the text, segmented by a
 *   Japanese tokenizer (japanese-words.ts: Lindera + IPADIC), separators ignored ("勾配 消失" matches
 *   "勾配消失"); the run's last word may be in its dictionary form ("消失する" matches "消失し"). 「後の」 does
 *   not match 「最後の」 (最後 is one word);
 * - keywords of both locales are used by default (learners mix languages); restrict with `locales`.
 * Limitations: no negation handling ("does NOT vanish" still matches "vanish").
 */
import type { FinalGrade, LocalizedText, PendingGrade } from "./types";
import { japaneseWords } from "./japanese-words";
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

const ALNUM = /[a-z0-9]/;

/** The whole-word pattern of a normalised ASCII keyword (see the rules above). */
function asciiPattern(k: string): RegExp {
  const chars = [...k.replace(/ /g, "")];
  const last = chars.length - 1;
  // Separators are optional between letters; a keyword ending in y also matches -ies.
  let body = chars.map((c, i) => (i === last && c === "y" && chars.length > 2 ? "(?:y|ies)" : escapeRe(c))).join(" ?");
  if (ALNUM.test(chars[last]!)) body += "(?:s|es|ed|d|ing|'s)?(?![a-z0-9])";
  const start = ALNUM.test(chars[0]!) ? "(?<![a-z0-9])" : "";
  return new RegExp(start + body);
}

const FOLD_CACHE_MAX = 256;
const wordCache = new Map<string, { surface: string; base: string }[]>();

/** The text's Japanese words, folded like the keywords (memoised: a rubric checks many keywords per text). */
function foldedWords(text: string, foldKana: boolean): { surface: string; base: string }[] {
  const key = `${foldKana ? 1 : 0}${text}`;
  const hit = wordCache.get(key);
  if (hit) return hit;
  const fold = (w: string) => normalizeText(w, foldKana).replace(/ /g, "");
  const words = japaneseWords(text.normalize("NFKC").toLowerCase()).map((w) => ({ surface: fold(w.surface), base: fold(w.base) }));
  if (wordCache.size >= FOLD_CACHE_MAX) wordCache.delete(wordCache.keys().next().value!);
  wordCache.set(key, words);
  return words;
}

/** Is `k` (normalised, separators removed) a run of whole words of the text (the last one possibly in dictionary form)? */
function japaneseRunMatches(text: string, k: string, foldKana: boolean): boolean {
  const words = foldedWords(text, foldKana);
  for (let i = 0; i < words.length; i++) {
    let run = "";
    for (let j = i; j < words.length; j++) {
      if (run + words[j]!.base === k) return true;
      run += words[j]!.surface;
      if (run === k) return true;
      if (run.length >= k.length || !k.startsWith(run)) break;
    }
  }
  return false;
}

/** Does `text` contain `keyword` under the rules above? */
export function keywordMatches(text: string, keyword: string, foldKana = true): boolean {
  const k = normalizeText(keyword, foldKana);
  if (k === "") return false;
  if (isAscii(k)) return asciiPattern(k).test(normalizeText(text, foldKana));
  return japaneseRunMatches(text, k.replace(/ /g, ""), foldKana);
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
      fb(
        "short_text.too_long",
        `The answer is too long (${len} characters; max ${max}).`,
        `解答が長すぎます（${len} 文字、最大 ${max} 文字）。`,
        { length: len, maxLength: max },
      ),
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
