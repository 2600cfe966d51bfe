// Pure scorers for the declarative item kinds. The content check uses them to prove that model answers
// score full marks and declared wrong answers do not; graders may reuse them.
import { evaluateNumber, withinTolerance, type Scope } from "./math";
import { mulberry32, fnv1a } from "./params";
import type { Locale } from "./schema";

export function scoreSingleChoice(correct: string, selected: string | null | undefined): number {
  return selected === correct ? 1 : 0;
}

export function scoreMultiChoice(
  rule: "all_or_nothing" | "per_option" | "right_minus_wrong",
  optionIds: string[],
  correct: string[],
  selected: string[],
): number {
  const want = new Set(correct);
  const got = new Set(selected.filter((s) => optionIds.includes(s)));
  const right = [...got].filter((s) => want.has(s)).length;
  const wrong = got.size - right;
  switch (rule) {
    case "all_or_nothing":
      return right === want.size && wrong === 0 ? 1 : 0;
    case "per_option": {
      const ok = optionIds.filter((id) => want.has(id) === got.has(id)).length;
      return ok / optionIds.length;
    }
    case "right_minus_wrong":
      return Math.max(0, (right - wrong) / want.size);
  }
}

/** NFKC, lower case, collapsed whitespace: ｆｏｒｇｅｔ　ゲート → "forget ゲート". */
export function normalizeText(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

export interface RubricLike {
  id: string;
  points: number;
  keywords: Record<Locale, string[]>;
}

/** Criteria met by a short text answer and the resulting score in [0, 1]. */
export function scoreShortText(
  rubric: RubricLike[],
  rule: "rubric_fraction" | "all_or_nothing",
  response: string,
  locale: Locale,
): { score: number; met: string[] } {
  const text = normalizeText(response);
  // Accept keywords of either locale: a Japanese learner may answer with the English term.
  const met = rubric.filter((c) => [...c.keywords[locale], ...c.keywords[locale === "en" ? "ja" : "en"]].some((k) => text.includes(normalizeText(k))));
  const total = rubric.reduce((a, c) => a + c.points, 0);
  const got = met.reduce((a, c) => a + c.points, 0);
  const score = rule === "all_or_nothing" ? (met.length === rubric.length ? 1 : 0) : got / total;
  return { score, met: met.map((c) => c.id) };
}

export function scoreNumericField(response: number, expected: number, tol: { abs?: number; rel?: number }): boolean {
  return withinTolerance(response, expected, tol);
}

/** Deterministic sample points inside the variables' domains. */
export function samplePoints(variables: Record<string, { domain: [number, number] }>, n: number, seed: string): Scope[] {
  const rand = mulberry32(fnv1a(seed));
  const names = Object.keys(variables).sort();
  const pts: Scope[] = [];
  for (let k = 0; k < n; k++) {
    const p: Scope = {};
    for (const v of names) {
      const [a, b] = variables[v]!.domain;
      p[v] = a + (b - a) * rand();
    }
    pts.push(p);
  }
  return pts;
}

/**
 * Compares two expressions on sample points. Returns "equal", "different" or an error when the
 * candidate cannot be evaluated (unknown symbol, not a number…).
 */
export function compareExpressions(
  candidate: string,
  reference: string,
  points: Scope[],
  tol: { abs?: number; rel?: number },
): { result: "equal" | "different" } | { error: string } {
  let different = false;
  for (const p of points) {
    let want: number;
    try {
      want = evaluateNumber(reference, p);
    } catch (e) {
      return { error: `reference: ${(e as Error).message}` };
    }
    if (!Number.isFinite(want)) continue;
    let got: number;
    try {
      got = evaluateNumber(candidate, p);
    } catch (e) {
      return { error: (e as Error).message };
    }
    if (!withinTolerance(got, want, tol)) different = true;
  }
  return { result: different ? "different" : "equal" };
}
