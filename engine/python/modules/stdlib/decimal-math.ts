// exp, ln and log10 of Decimals, correctly rounded (CPython's _decimal rounds them correctly, its contexts set
// libmpdec's allcr, and always half-even whatever the context's rounding). Each is computed on BigInts to a working
// precision with a proven error bound; when the bound straddles a rounding boundary the work is redone with more
// digits (Ziv's strategy), which ends because these results are never exactly representable (the exact cases are
// answered first). All BigInt work goes through decimal-number's charged helpers, so a huge precision ends at the
// run's limits.
import {
  type Ctx,
  type Status,
  type PyDecimal,
  FINITE,
  INF,
  NAN,
  dec,
  inf,
  fix,
  invalid,
  checkNaNs,
  ndigits,
  pow10,
  mulBig,
  divBig,
  etiny,
} from "./decimal-number";
import { chargeBigMulOf } from "../../charge";

/** |true value| lies strictly within (m - err, m + err) · 10^e */
interface Approx {
  m: bigint;
  e: number;
  err: bigint;
  sign: 0 | 1;
}

/** Rounds an approximation when its error bound allows, else null (more digits are needed). */
function settle(a: Approx, c: Ctx, st: Status): PyDecimal | null {
  if (a.m <= a.err) return null;
  const g = ndigits(2n * a.err) + 1;
  const p = pow10(g);
  const lo = (a.m - a.err) / p,
    hi = (a.m + a.err) / p;
  if (lo !== hi || ndigits(lo) < c.prec + 2) return null;
  // the true value is strictly inside (lo, lo + 1) · 10^(e + g): a sticky 1 below stands for it in every rounding
  return fix(dec(a.sign, lo * 10n + 1n, a.e + g - 1), c, st);
}
/** the correctly rounded result; always ROUND_HALF_EVEN, whatever the context's rounding (as libmpdec) */
function ziv(c: Ctx, st: Status, compute: (digits: number) => Approx): PyDecimal {
  const even: Ctx = { ...c, rounding: "ROUND_HALF_EVEN" };
  for (let digits = c.prec + 12; ; digits += Math.max(16, digits >> 1)) {
    const r = settle(compute(digits), even, st);
    if (r) return r;
  }
}
const log10Of = (d: PyDecimal) => Math.log10(Number(d.coef.toString().slice(0, 17))) + d.exp + Math.max(0, d.digits() - 17);

/** floor(d · 10^p) for finite d >= 0 (d = coef · 10^exp) */
function scaled(d: PyDecimal, p: number): bigint {
  const s = d.exp + p;
  return s >= 0 ? mulBig(d.coef, pow10(s)) : divBig(d.coef, pow10(-s));
}

// ---------------------------------------------------------------- exp
export function exp(x: PyDecimal, c: Ctx, st: Status): PyDecimal {
  if (x.kind !== FINITE) {
    const n = checkNaNs(x, null, c, st);
    if (n) return n;
    return x.sign ? dec(0, 0n, 0) : inf(0);
  }
  if (x.isZero) return dec(0, 1n, 0);
  // |x| below 10^-(prec+4): exp(x) lies strictly between 1 and 1 + x, closer to 1 than half a unit of any digit kept
  if (x.adjusted() < -(c.prec + 5)) {
    const k = c.prec + 6;
    return fix(dec(0, x.sign ? pow10(k) - 1n : pow10(k) + 1n, -k), { ...c, rounding: "ROUND_HALF_EVEN" }, st);
  }
  // far outside the exponent range: the overflowed or underflowed result
  const mag = Math.abs(log10Of(x)) > 300 ? Infinity : Number(x.coef.toString().slice(0, 17)) * 10 ** (x.exp + Math.max(0, x.digits() - 17));
  if (mag * Math.LOG10E > c.Emax - etiny(c) + c.prec + 10)
    return fix(dec(0, 1n, x.sign ? etiny(c) - 1 : c.Emax + 1), { ...c, rounding: "ROUND_HALF_EVEN" }, st);
  return ziv(c, st, (digits) => expApprox(x, digits));
}
function expApprox(x: PyDecimal, digits: number): Approx {
  // exp(|x|) = exp(|x| / 2^m) ^ (2^m), with |x| / 2^m < 2^-8 so that the series converges fast
  const log2 = Math.log2(Number(x.coef.toString().slice(0, 17))) + (x.exp + Math.max(0, x.digits() - 17)) * Math.log2(10);
  const m = Math.max(0, Math.ceil(log2) + 8);
  const P = digits + Math.ceil(m * 0.302) + 8;
  const F = pow10(P);
  const r = divBig(scaled(x, P), 1n << BigInt(m));
  let term = F,
    sum = F,
    n = 0;
  for (let k = 1n; term !== 0n; k++) {
    chargeBigMulOf(term, r);
    term = (term * r) / (k * F);
    sum += term;
    n++;
  }
  // sum = exp(r) · F within n + 4 units; squared m times keeping P + 1 digits: relative error at most 2^(m+1)·(n+8)·10^-P
  let y = sum,
    e = -P;
  for (let i = 0; i < m; i++) {
    y = mulBig(y, y);
    e *= 2;
    const extra = ndigits(y) - (P + 1);
    if (extra > 0) {
      y = divBig(y, pow10(extra));
      e += extra;
    }
  }
  // relative error bound ε = 2^(m+1)·(n+8)·10^-P; in units of y (< 10^(P+1)): ε·10^(P+1)
  let err = (1n << BigInt(m + 1)) * BigInt(n + 8) * 10n + 2n;
  if (x.sign) {
    // exp(-|x|) = 1 / exp(|x|): relative error grows by at most one more unit
    // y in [10^P, 10^(P+1)): q has P + 2 digits, kept to P + 1 with the same relative error plus a few units
    const q = divBig(pow10(2 * P + 2), y);
    const shift = Math.max(0, ndigits(q) - (P + 1));
    return { m: q / pow10(shift), e: -(2 * P + 2) - e + shift, err: err * 10n + 4n, sign: 0 };
  }
  return { m: y, e, err, sign: 0 };
}

// ---------------------------------------------------------------- ln, log10
/** ln(v) · 10^P within `err` units, for v = coef · 10^exp > 0 given as a Decimal (square roots, then atanh's series) */
function lnFixed(v: PyDecimal, P: number): { y: bigint; err: bigint } {
  const F = pow10(P);
  let a = scaled(v, P);
  // a^(1/2^j) within 10^-3 of 1: about log2(|ln v| · 1000) square roots
  const lnv = Math.abs(Math.log(Number(v.coef.toString().slice(0, 17))) + (v.exp + Math.max(0, v.digits() - 17)) * Math.LN10);
  const j = Math.max(0, Math.ceil(Math.log2(lnv * 1000 + 1)));
  for (let i = 0; i < j; i++) a = isqrtBig(mulBig(a, F));
  const z = divBig(mulBig(a - F, F), a + F);
  const zz = divBig(mulBig(z, z), F);
  let term = z,
    sum = z,
    n = 0;
  for (let k = 1n; term !== 0n; k++) {
    term = divBig(mulBig(term, zz), F);
    sum += term / (2n * k + 1n);
    n++;
  }
  const y = sum << BigInt(j + 1);
  return { y, err: (BigInt(n + j + 10) << BigInt(j + 1)) + 2n };
}
function isqrtBig(x: bigint): bigint {
  if (x < 2n) return x;
  let r = 1n << BigInt(Math.ceil((ndigits(x) * 3.3219) / 2) + 1);
  for (;;) {
    const nr = (r + divBig(x, r)) >> 1n;
    if (nr >= r) break;
    r = nr;
  }
  while (r * r > x) r--;
  return r;
}
/** x = a · 10^k with a in [1, 10) */
function split(x: PyDecimal): { a: PyDecimal; k: number } {
  const k = x.adjusted();
  return { a: dec(0, x.coef, x.exp - k), k };
}
const TEN = dec(0, 10n, 0);

export function ln(x: PyDecimal, c: Ctx, st: Status): PyDecimal {
  const special = logSpecial(x, c, st);
  if (special) return special;
  if (x.exp <= 0 && x.coef === pow10(-x.exp)) return dec(0, 0n, 0);
  const { a, k } = split(x);
  return ziv(c, st, (digits) => {
    const P = digits + String(Math.abs(k)).length + 4;
    const la = lnFixed(a, P);
    const l10 = k ? lnFixed(TEN, P) : { y: 0n, err: 0n };
    const y = la.y + BigInt(k) * l10.y;
    return { m: y < 0n ? -y : y, e: -P, err: la.err + BigInt(Math.abs(k)) * l10.err + 1n, sign: y < 0n ? 1 : 0 };
  });
}
export function log10(x: PyDecimal, c: Ctx, st: Status): PyDecimal {
  const special = logSpecial(x, c, st);
  if (special) return special;
  const { a, k } = split(x);
  // an exact power of ten: its exponent
  if (x.coef === pow10(x.digits() - 1)) {
    return fix(dec(k < 0 ? 1 : 0, BigInt(Math.abs(k)), 0), { ...c, rounding: "ROUND_HALF_EVEN" }, st);
  }
  return ziv(c, st, (digits) => {
    const P = digits + String(Math.abs(k)).length + 4;
    const la = lnFixed(a, P);
    const l10 = lnFixed(TEN, P);
    // log10(a) = ln(a) / ln(10), a in [1, 10): in [0, 1), error (err_a + err_10) / ln 10 + 1 < err_a + err_10 + 1
    const q = divBig(mulBig(la.y, pow10(P)), l10.y);
    const y = q + BigInt(k) * pow10(P);
    return { m: y < 0n ? -y : y, e: -P, err: la.err + l10.err + 2n, sign: y < 0n ? 1 : 0 };
  });
}
function logSpecial(x: PyDecimal, c: Ctx, st: Status): PyDecimal | null {
  if (x.kind === NAN || x.kind > NAN) return checkNaNs(x, null, c, st);
  if (x.sign === 1 && !x.isZero) return invalid(st);
  if (x.kind === INF) return inf(0);
  if (x.isZero) return inf(1);
  return null;
}
