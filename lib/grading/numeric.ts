/**
 * Numeric answers with PrairieLearn-style comparison.
 *
 * Comparison modes (same semantics as PrairieLearn's pl-number-input):
 * - `relabs`: correct iff |a − b| ≤ atol + rtol·|b|  (b = reference; numpy.allclose).
 *             Defaults rtol = 1e-2, atol = 1e-8.
 * - `sigfig`: correct iff |a − b| < 0.51·10^−n with n = digits − 1 − floor(log10|b|)
 *             (n = digits − 1 when b = 0), i.e. a rounds to b at `digits` significant figures.
 * - `decdig`: correct iff |a − b| < 0.51·10^−digits (digits after the decimal point).
 * - `exact`:  a === b (use for integer answers such as "number of time steps").
 * - `absrel`: correct iff |a − b| ≤ max(abs, rel·|b|) + 1e-12·max(1, |b|): the content
 *             schema's `tolerance: {abs, rel}` (same as lib/content/math.ts withinTolerance).
 *
 * Accepted input (after NFKC normalisation, so full-width "３．５" and "－２" work;
 * Unicode minus signs "−", "–", "ー" before a digit are read as "-"):
 * - integers and decimals: "3", "3.0", "  3 ", "-.5", "+2", "3."
 * - scientific notation: "1e-3", "1E+3", "1.2×10^-3", "1.2*10^(-3)", "1.2 x 10**-3"
 * - a simple fraction of two such numbers when `allowFractions` (default true): "1/4", "-3/8"
 * Rejected with a specific message: empty input, commas ("1,000" / "0,5" —
 * ambiguous), percentages, other expressions ("sqrt(2)", "pi", "2+3"),
 * division by zero, and non-finite values.
 */
import type { FinalGrade, LocalizedText } from "./types";
import { fb, final, formatNumber, normalizeInput, t, wrong } from "./util";

export type NumericTolerance =
  | { mode: "relabs"; rtol?: number; atol?: number }
  | { mode: "sigfig"; digits: number }
  | { mode: "decdig"; digits: number }
  | { mode: "exact" }
  | { mode: "absrel"; abs?: number; rel?: number };

export interface NumericSpec {
  answer: number;
  tolerance: NumericTolerance;
  /** Accept "a/b" input. Default true. */
  allowFractions?: boolean;
  /** Known wrong values (already evaluated for this variant) with targeted feedback. */
  distractors?: ReadonlyArray<{ value: number; feedback?: LocalizedText }>;
}

export const DEFAULT_RTOL = 1e-2;
export const DEFAULT_ATOL = 1e-8;

export type ParseNumberResult = { ok: true; value: number; normalized: string } | { ok: false; code: string; message: LocalizedText };

const NUM = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)`;
const PLAIN_RE = new RegExp(String.raw`^${NUM}(?:[eE][+-]?\d+)?$`);
const TIMES_TEN_RE = new RegExp(String.raw`^(${NUM})\s*(?:[x×*・·])\s*10\s*(?:\^|\*\*)\s*(\(?)\s*([+-]?\d+)\s*(\)?)$`);
const FRACTION_RE = new RegExp(String.raw`^(${NUM}(?:[eE][+-]?\d+)?)\s*/\s*(${NUM}(?:[eE][+-]?\d+)?)$`);

const ACCEPTED_HINT = t(
  "Enter a number such as 3, -0.25, 1.5e-3, 1.5×10^-3 or 1/4.",
  "3、-0.25、1.5e-3、1.5×10^-3、1/4 のような数値を入力してください。",
);

function fail(code: string, en: string, ja: string): ParseNumberResult {
  return { ok: false, code, message: { en: `${en} ${ACCEPTED_HINT.en}`, ja: `${ja}${ACCEPTED_HINT.ja}` } };
}

export function parseNumber(raw: string, opts: { allowFractions?: boolean } = {}): ParseNumberResult {
  const allowFractions = opts.allowFractions ?? true;
  let s = normalizeInput(raw);
  // Japanese long-vowel mark typed as a minus sign before a number.
  s = s.replace(/^[\u30FC\uFF70]\s*(?=[\d.])/, "-");
  if (s === "") return fail("numeric.empty", "The answer is empty.", "解答が空です。");
  if (/[,、，]/.test(s)) {
    return fail(
      "numeric.comma",
      "Do not use commas: write 1000 rather than 1,000, and 0.5 rather than 0,5.",
      "カンマは使わないでください。1,000 は 1000、0,5 は 0.5 と書きます。",
    );
  }
  if (/%/.test(s)) {
    return fail(
      "numeric.percent",
      "Write the value as a plain number, not a percentage (50% → 0.5).",
      "パーセントではなく数値で書いてください（50% → 0.5）。",
    );
  }
  if (/^[+-]?(inf(inity)?|nan|∞)$/i.test(s)) {
    return fail("numeric.not_finite", "The answer must be a finite number.", "解答は有限の数値でなければなりません。");
  }
  if (PLAIN_RE.test(s)) return finish(Number(s), s);
  const tt = TIMES_TEN_RE.exec(s);
  if (tt && (tt[2] === "") === (tt[4] === "")) {
    return finish(Number(`${tt[1]}e${tt[3]}`), s);
  }
  const fr = FRACTION_RE.exec(s);
  if (fr) {
    if (!allowFractions) {
      return fail(
        "numeric.fraction_not_allowed",
        "Fractions are not accepted here; enter a decimal number.",
        "この問題では分数は使えません。小数で入力してください。",
      );
    }
    const num = Number(fr[1]);
    const den = Number(fr[2]);
    if (den === 0) return fail("numeric.division_by_zero", "The denominator is zero.", "分母が 0 です。");
    return finish(num / den, s);
  }
  if (/\d\s+\d/.test(s)) {
    return fail("numeric.space_in_number", "There is a space inside the number.", "数値の途中に空白があります。");
  }
  if (/[a-zA-Z(){}[\]√π+*^]/.test(s) || /\d-/.test(s)) {
    return fail(
      "numeric.expression_not_allowed",
      "Only a number is accepted here, not an expression or a constant name: evaluate it first.",
      "ここには式や定数名ではなく数値を入力してください。先に計算してから入力してください。",
    );
  }
  return fail("numeric.unparsable", `"${s}" is not a number.`, `「${s}」は数値として読み取れません。`);
}

function finish(value: number, normalized: string): ParseNumberResult {
  if (!Number.isFinite(value)) {
    return fail("numeric.not_finite", "The number is too large.", "数値が大きすぎます。");
  }
  return { ok: true, value, normalized };
}

/** Whether `value` matches `answer` under `tol` (pure comparison). */
export function isClose(value: number, answer: number, tol: NumericTolerance): boolean {
  if (!Number.isFinite(value) || !Number.isFinite(answer)) return false;
  const diff = Math.abs(value - answer);
  switch (tol.mode) {
    case "exact":
      return value === answer;
    case "relabs":
      return diff <= (tol.atol ?? DEFAULT_ATOL) + (tol.rtol ?? DEFAULT_RTOL) * Math.abs(answer);
    case "decdig":
      return diff < 0.51 * 10 ** -tol.digits;
    case "absrel":
      return diff <= Math.max(tol.abs ?? 0, (tol.rel ?? 0) * Math.abs(answer)) + 1e-12 * Math.max(1, Math.abs(answer));
    case "sigfig": {
      const n = answer === 0 ? tol.digits - 1 : tol.digits - 1 - Math.floor(Math.log10(Math.abs(answer)));
      return diff < 0.51 * 10 ** -n;
    }
  }
}

/** Learner-facing description of how close an answer must be. */
export function describeTolerance(tol: NumericTolerance): LocalizedText {
  switch (tol.mode) {
    case "exact":
      return t("The exact value is required.", "正確な値が必要です。");
    case "relabs": {
      const r = tol.rtol ?? DEFAULT_RTOL;
      const a = tol.atol ?? DEFAULT_ATOL;
      return t(
        `Answers within a relative error of ${formatNumber(r * 100)}% (plus an absolute margin of ${formatNumber(a)}) are accepted.`,
        `相対誤差 ${formatNumber(r * 100)}%（および絶対誤差 ${formatNumber(a)}）以内の解答を正解とします。`,
      );
    }
    case "sigfig":
      return t(`Give the answer to ${tol.digits} significant figures.`, `有効数字 ${tol.digits} 桁で答えてください。`);
    case "decdig":
      return t(`Give the answer to ${tol.digits} decimal places.`, `小数点以下 ${tol.digits} 桁で答えてください。`);
    case "absrel": {
      const parts: LocalizedText[] = [];
      if (tol.rel) parts.push(t(`a relative error of ${formatNumber(tol.rel * 100)}%`, `相対誤差 ${formatNumber(tol.rel * 100)}%`));
      if (tol.abs) parts.push(t(`an absolute error of ${formatNumber(tol.abs)}`, `絶対誤差 ${formatNumber(tol.abs)}`));
      if (parts.length === 0) return t("The exact value is required.", "正確な値が必要です。");
      return t(
        `Answers within ${parts.map((p) => p.en).join(" or ")} are accepted.`,
        `${parts.map((p) => p.ja).join("または")}以内の解答を正解とします。`,
      );
    }
  }
}

export function gradeNumeric(spec: NumericSpec, response: string | number | null | undefined): FinalGrade {
  let value: number;
  let normalized: string;
  if (typeof response === "number") {
    value = response;
    normalized = String(response);
    if (!Number.isFinite(value))
      return wrong(fb("numeric.not_finite", "The answer must be a finite number.", "解答は有限の数値でなければなりません。"));
  } else {
    const p = parseNumber(response ?? "", { allowFractions: spec.allowFractions });
    if (!p.ok) return wrong({ code: p.code, message: p.message, details: { input: response ?? "" } });
    value = p.value;
    normalized = p.normalized;
  }
  const tolerance = describeTolerance(spec.tolerance);
  const details: Record<string, unknown> = { parsed: value, normalized, tolerance };
  if (isClose(value, spec.answer, spec.tolerance)) {
    return final(true, 1, fb("numeric.correct", "Correct.", "正解です。", details));
  }
  for (const d of spec.distractors ?? []) {
    if (isClose(value, d.value, spec.tolerance) && !isClose(d.value, spec.answer, spec.tolerance)) {
      const m = d.feedback ?? t("This is a common mistake.", "よくある間違いです。");
      return final(false, 0, fb("numeric.distractor", `Incorrect. ${m.en}`, `不正解です。${m.ja}`, details));
    }
  }
  // Cheap diagnostics on common slips.
  if (spec.answer !== 0 && isClose(-value, spec.answer, spec.tolerance)) {
    return final(
      false,
      0,
      fb("numeric.sign", "Incorrect: check the sign of your answer.", "不正解です。符号を確認してください。", details),
    );
  }
  if (spec.answer !== 0 && value !== 0) {
    const k = Math.round(Math.log10(Math.abs(value / spec.answer)));
    if (k !== 0 && Math.abs(k) <= 12 && isClose(value / 10 ** k, spec.answer, spec.tolerance)) {
      return final(
        false,
        0,
        fb(
          "numeric.power_of_ten",
          `Incorrect: your answer seems off by a factor of 10^${k}. Check units and the exponent.`,
          `不正解です。10^${k} 倍ずれているようです。単位や指数を確認してください。`,
          { ...details, factorPowerOfTen: k },
        ),
      );
    }
  }
  return final(false, 0, fb("numeric.incorrect", `Incorrect. ${tolerance.en}`, `不正解です。${tolerance.ja}`, details));
}
