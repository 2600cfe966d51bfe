import type { Feedback, FinalGrade, LocalizedText } from "./types";

export function t(en: string, ja: string): LocalizedText {
  return { en, ja };
}

export function fb(code: string, en: string, ja: string, details?: Record<string, unknown>): Feedback {
  return details === undefined ? { code, message: { en, ja } } : { code, message: { en, ja }, details };
}

export function final(correct: boolean, score: number, feedback: Feedback): FinalGrade {
  const s = Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
  return { correct, score: s, feedback };
}

export function wrong(feedback: Feedback): FinalGrade {
  return final(false, 0, feedback);
}

export function right(feedback: Feedback): FinalGrade {
  return final(true, 1, feedback);
}

// ---------------------------------------------------------------------------
// Seeded PRNG (mulberry32) and string hashing (FNV-1a + murmur finaliser).
// ---------------------------------------------------------------------------

/** 32-bit hash of a string; stable across platforms. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // murmur3 fmix32 to spread low-entropy inputs
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export type Seed = number | string;

export function seedToUint32(seed: Seed): number {
  if (typeof seed === "string") return hashString(seed);
  if (!Number.isFinite(seed)) return 0;
  // fold non-integers and large numbers deterministically
  return hashString(String(seed));
}

/** mulberry32: returns a function producing floats in [0, 1). */
export function mulberry32(seed: Seed): () => number {
  let a = seedToUint32(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------
// Text normalisation
// ---------------------------------------------------------------------------

/** Minus-like characters that learners (esp. with Japanese IMEs) type. */
const MINUS_LIKE = /[\u2212\u2012\u2013\u2014\u2015\uFE63\uFF0D]/g;

/**
 * NFKC (full-width → ASCII digits/letters/operators, ideographic space →
 * space), unify minus signs, trim. Does not lower-case.
 */
export function normalizeInput(s: string): string {
  return s
    .normalize("NFKC")
    .replace(MINUS_LIKE, "-")
    .replace(/\u3000/g, " ")
    .trim();
}

/** Katakana → hiragana (U+30A1..U+30F6 → U+3041..U+3096). */
export function katakanaToHiragana(s: string): string {
  return s.replace(/[\u30A1-\u30F6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return "0";
  const ax = Math.abs(x);
  if (ax >= 1e-4 && ax < 1e6) return String(Number(x.toPrecision(6)));
  return x.toExponential(4);
}
