// The numbers of the decimal module (General Decimal Arithmetic, as CPython's _decimal/libmpdec computes it): a sign,
// a BigInt coefficient and an exponent, or an infinity / quiet / signaling NaN; rounding to a context's precision
// (the spec's "fix") and the conditions each operation raises, which the binding (decimal.ts) turns into flags and
// trapped exceptions. Every BigInt operation on long coefficients is charged by its size (charge.ts).
import { bitLength, chargeBigDivOf, chargeBigMulOf, chargeBigPow, chargeNative, chargeString } from "../../charge";
import { exc, NotImplementedError } from "../../errors";

export const FINITE = 0,
  INF = 1,
  NAN = 2,
  SNAN = 3;
export class PyDecimal {
  private nd = -1;
  constructor(
    public sign: 0 | 1,
    public coef: bigint,
    public exp: number,
    public kind: 0 | 1 | 2 | 3 = FINITE,
  ) {
    if (kind === FINITE && !(Math.abs(exp) < LIMIT_EXP))
      throw exc(NotImplementedError, "decimal: exponents beyond ±2**50 are not supported by this engine");
  }
  /** digits of the coefficient (cached: Decimals are immutable) */
  digits(): number {
    if (this.nd < 0) this.nd = ndigits(this.coef);
    return this.nd;
  }
  adjusted(): number {
    return this.kind === FINITE ? this.exp + this.digits() - 1 : 0;
  }
  get special(): boolean {
    return this.kind !== FINITE;
  }
  get isNaN(): boolean {
    return this.kind >= NAN;
  }
  get isZero(): boolean {
    return this.kind === FINITE && this.coef === 0n;
  }
}
const LIMIT_EXP = 2 ** 50;

export type Rounding =
  | "ROUND_DOWN"
  | "ROUND_HALF_UP"
  | "ROUND_HALF_EVEN"
  | "ROUND_CEILING"
  | "ROUND_FLOOR"
  | "ROUND_UP"
  | "ROUND_HALF_DOWN"
  | "ROUND_05UP";
export const ROUNDINGS: Rounding[] = [
  "ROUND_CEILING",
  "ROUND_FLOOR",
  "ROUND_UP",
  "ROUND_DOWN",
  "ROUND_HALF_UP",
  "ROUND_HALF_DOWN",
  "ROUND_HALF_EVEN",
  "ROUND_05UP",
];
/** The arithmetic settings of a context (its flags and traps live in the binding). */
export interface Ctx {
  prec: number;
  rounding: Rounding;
  Emin: number;
  Emax: number;
  clamp: number;
}
/** Conditions an operation raised: signal names, with InvalidOperation's finer conditions kept apart. */
export type Status = Set<string>;

// ---------------------------------------------------------------- BigInt helpers, charged
const SMALL = 2n ** 53n;
export function ndigits(c: bigint): number {
  if (c < SMALL) return c === 0n ? 1 : String(Number(c)).length;
  const bits = bitLength(c);
  if (bits > 4096) chargeNative(bits * Math.log2(bits) * 2);
  return c.toString().length;
}
/** the coefficient's decimal digits (a conversion superlinear in its length: charged) */
export function digitsOf(c: bigint): string {
  if (c >= SMALL) {
    const bits = bitLength(c);
    if (bits > 4096) chargeNative(bits * Math.log2(bits) * 2);
    chargeString(bits / 3.3);
  }
  return c.toString();
}
const POW10: bigint[] = [1n];
export function pow10(k: number): bigint {
  if (k < 0) throw new RangeError("negative power of ten");
  if (k < 64) {
    while (POW10.length <= k) POW10.push(POW10[POW10.length - 1] * 10n);
    return POW10[k];
  }
  chargeBigPow(k * 3.33);
  return 10n ** BigInt(k);
}
export function mulBig(a: bigint, b: bigint): bigint {
  chargeBigMulOf(a, b);
  return a * b;
}
export function divBig(a: bigint, b: bigint): bigint {
  chargeBigDivOf(a, b);
  return a / b;
}
export function modBig(a: bigint, b: bigint): bigint {
  chargeBigDivOf(a, b);
  return a % b;
}
export const dec = (sign: 0 | 1, coef: bigint, exp: number) => new PyDecimal(sign, coef, exp);
export const nan = (sign: 0 | 1 = 0, payload = 0n) => new PyDecimal(sign, payload, 0, NAN);
export const inf = (sign: 0 | 1) => new PyDecimal(sign, 0n, 0, INF);

// ---------------------------------------------------------------- rounding
/**
 * Removes `drop` (>= 0) low digits of `c`, rounding by `mode`: the kept digits, and whether the value was rounded
 * up (1), down (-1) or kept exactly (0).
 */
export function roundDigits(c: bigint, drop: number, sign: 0 | 1, mode: Rounding): [bigint, number] {
  if (drop === 0) return [c, 0];
  let q: bigint, half: number; // half: the dropped part against half a unit (-1 below, 0 equal, 1 above)
  let exact: boolean;
  if (drop > ndigits(c) + 1) {
    q = 0n;
    exact = c === 0n;
    half = -1;
  } else {
    const p = pow10(drop);
    q = divBig(c, p);
    const r = c - q * p;
    exact = r === 0n;
    const h = 5n * pow10(drop - 1);
    half = r < h ? -1 : r === h ? 0 : 1;
  }
  if (exact) return [q, 0];
  let up: boolean;
  switch (mode) {
    case "ROUND_DOWN":
      up = false;
      break;
    case "ROUND_UP":
      up = true;
      break;
    case "ROUND_HALF_UP":
      up = half >= 0;
      break;
    case "ROUND_HALF_DOWN":
      up = half > 0;
      break;
    case "ROUND_HALF_EVEN":
      up = half > 0 || (half === 0 && (q & 1n) === 1n);
      break;
    case "ROUND_CEILING":
      up = sign === 0;
      break;
    case "ROUND_FLOOR":
      up = sign === 1;
      break;
    case "ROUND_05UP": {
      const last = q % 10n;
      up = last === 0n || last === 5n;
      break;
    }
  }
  return up ? [q + 1n, 1] : [q, -1];
}

/** `d` (finite) at exponent `exp` exactly: padded with zeros or rounded by `mode` (no context, no conditions). */
export function rescale(d: PyDecimal, exp: number, mode: Rounding): PyDecimal {
  if (d.coef === 0n) return dec(d.sign, 0n, exp);
  if (d.exp >= exp) return dec(d.sign, mulBig(d.coef, pow10(d.exp - exp)), exp);
  const [q] = roundDigits(d.coef, exp - d.exp, d.sign, mode);
  return dec(d.sign, q, exp);
}

export const etiny = (c: Ctx) => c.Emin - c.prec + 1;
export const etop = (c: Ctx) => c.Emax - c.prec + 1;

function overflow(sign: 0 | 1, c: Ctx, st: Status): PyDecimal {
  st.add("Overflow").add("Inexact").add("Rounded");
  const toInf =
    c.rounding === "ROUND_HALF_UP" ||
    c.rounding === "ROUND_HALF_EVEN" ||
    c.rounding === "ROUND_HALF_DOWN" ||
    c.rounding === "ROUND_UP" ||
    (c.rounding === "ROUND_CEILING" && sign === 0) ||
    (c.rounding === "ROUND_FLOOR" && sign === 1);
  return toInf ? inf(sign) : dec(sign, pow10(c.prec) - 1n, etop(c));
}

/** The spec's "fix": `d` rounded to the context's precision and exponent range, with the conditions it raises. */
export function fix(d: PyDecimal, c: Ctx, st: Status): PyDecimal {
  if (d.kind !== FINITE) return d.kind >= NAN ? fixNaN(d, c) : d;
  const Etiny = etiny(c),
    Etop = etop(c);
  if (d.coef === 0n) {
    const expMax = c.clamp ? Etop : c.Emax;
    const e = Math.min(Math.max(d.exp, Etiny), expMax);
    if (e !== d.exp) {
      st.add("Clamped");
      return dec(d.sign, 0n, e);
    }
    return d;
  }
  let expMin = d.digits() + d.exp - c.prec;
  if (expMin > Etop) return overflow(d.sign, c, st);
  const subnormal = expMin < Etiny;
  if (subnormal) expMin = Etiny;
  if (d.exp < expMin) {
    let [q, changed] = roundDigits(d.coef, expMin - d.exp, d.sign, c.rounding);
    if (changed > 0 && ndigits(q) > c.prec) {
      q /= 10n;
      expMin += 1;
    }
    if (expMin > Etop) return overflow(d.sign, c, st);
    if (changed && subnormal) st.add("Underflow");
    if (subnormal) st.add("Subnormal");
    if (changed) st.add("Inexact");
    st.add("Rounded");
    if (q === 0n) st.add("Clamped");
    return dec(d.sign, q, expMin);
  }
  if (subnormal) st.add("Subnormal");
  if (c.clamp === 1 && d.exp > Etop) {
    st.add("Clamped");
    return dec(d.sign, mulBig(d.coef, pow10(d.exp - Etop)), Etop);
  }
  return d;
}
/** A NaN's payload keeps at most prec - clamp digits (libmpdec drops the high ones). */
function fixNaN(d: PyDecimal, c: Ctx): PyDecimal {
  const max = c.prec - c.clamp;
  if (d.coef === 0n || d.digits() <= max) return d;
  return new PyDecimal(d.sign, d.coef % pow10(max), 0, d.kind);
}

/** The result of an invalid operation: a quiet NaN, with the condition recorded. */
export function invalid(st: Status, cond = "InvalidOperation"): PyDecimal {
  st.add(cond);
  return nan();
}
/** NaN operands: a signaling NaN is invalid (its quiet copy is the result), else the first quiet NaN propagates. */
export function checkNaNs(a: PyDecimal, b: PyDecimal | null, c: Ctx, st: Status): PyDecimal | null {
  const quiet = (x: PyDecimal) => fixNaN(new PyDecimal(x.sign, x.coef, 0, NAN), c);
  if (a.kind === SNAN) return (st.add("InvalidOperation"), quiet(a));
  if (b && b.kind === SNAN) return (st.add("InvalidOperation"), quiet(b));
  if (a.kind === NAN) return fixNaN(a, c);
  if (b && b.kind === NAN) return fixNaN(b, c);
  return null;
}

// ---------------------------------------------------------------- comparison
/** Sign of a - b for non-NaN operands. */
export function compareValues(a: PyDecimal, b: PyDecimal): number {
  const sa = a.isZero ? 0 : a.sign ? -1 : 1;
  const sb = b.isZero ? 0 : b.sign ? -1 : 1;
  if (a.kind === INF && b.kind === INF) return Math.sign(sa - sb);
  if (a.kind === INF) return sa;
  if (b.kind === INF) return -sb;
  if (sa !== sb) return sa > sb ? 1 : -1;
  if (sa === 0) return 0;
  const mag = compareAbs(a, b);
  return sa > 0 ? mag : -mag;
}
function compareAbs(a: PyDecimal, b: PyDecimal): number {
  const aa = a.adjusted(),
    ab = b.adjusted();
  if (aa !== ab) return aa > ab ? 1 : -1;
  let x = a.coef,
    y = b.coef;
  if (a.exp > b.exp) x = mulBig(x, pow10(a.exp - b.exp));
  else if (b.exp > a.exp) y = mulBig(y, pow10(b.exp - a.exp));
  return x > y ? 1 : x < y ? -1 : 0;
}

/** The spec's total order for numerically equal finite values: sign first, then the exponent (1.0 > 1.00 > -1.00 ...) */
function compareTotalEqual(a: PyDecimal, b: PyDecimal): number {
  if (a.sign !== b.sign) return a.sign ? -1 : 1;
  if (a.exp === b.exp) return 0;
  const up = a.exp > b.exp ? 1 : -1;
  return a.sign ? -up : up;
}
/** max (or min when `least`) in the spec's sense: a quiet NaN loses to a number; ties broken by the total order */
export function maxMin(a: PyDecimal, b: PyDecimal, least: boolean, c: Ctx, st: Status): PyDecimal {
  if (a.isNaN || b.isNaN) {
    if (b.kind === NAN && !a.isNaN) return fix(a, c, st);
    if (a.kind === NAN && !b.isNaN) return fix(b, c, st);
    return checkNaNs(a, b, c, st)!;
  }
  let k = compareValues(a, b);
  if (k === 0 && a.kind === FINITE && b.kind === FINITE) k = compareTotalEqual(a, b);
  const pickA = least ? k <= 0 : k >= 0;
  return fix(pickA ? a : b, c, st);
}
/** the next representable value above (or below, `down`) a in context c; raises no condition but for NaNs */
export function nextToward(a: PyDecimal, down: boolean, c: Ctx, st: Status): PyDecimal {
  if (a.isNaN) return checkNaNs(a, null, c, st)!;
  if (a.kind === INF) {
    if (a.sign === (down ? 1 : 0)) return a;
    return dec(a.sign, pow10(c.prec) - 1n, etop(c));
  }
  const quiet: Status = new Set();
  const cc: Ctx = { ...c, rounding: down ? "ROUND_FLOOR" : "ROUND_CEILING" };
  const r = fix(a, cc, quiet);
  if (compareValues(r, a) !== 0) return r;
  return add(a, dec(down ? 1 : 0, 1n, etiny(c) - 1), cc, quiet);
}
/** a · b + x with a single rounding */
export function fma(a: PyDecimal, b: PyDecimal, x: PyDecimal, c: Ctx, st: Status): PyDecimal {
  if (a.special || b.special || x.kind === SNAN) {
    const n = checkNaNs(a, b, c, st) ?? checkNaNs(x, null, c, st);
    if (n) return n;
    const p = mul(a, b, c, st);
    return p.isNaN ? p : add(p, x, c, st);
  }
  return add(dec((a.sign ^ b.sign) as 0 | 1, mulBig(a.coef, b.coef), a.exp + b.exp), x, c, st);
}

// ---------------------------------------------------------------- arithmetic
export function add(a: PyDecimal, b: PyDecimal, c: Ctx, st: Status): PyDecimal {
  if (a.special || b.special) {
    const n = checkNaNs(a, b, c, st);
    if (n) return n;
    if (a.kind === INF) {
      if (b.kind === INF && a.sign !== b.sign) return invalid(st);
      return a;
    }
    return b;
  }
  const negZero = c.rounding === "ROUND_FLOOR" && a.sign !== b.sign;
  let exp = Math.min(a.exp, b.exp);
  if (a.isZero && b.isZero) return fix(dec(negZero ? 1 : (Math.min(a.sign, b.sign) as 0 | 1), 0n, exp), c, st);
  if (a.isZero || b.isZero) {
    const o = a.isZero ? b : a;
    exp = Math.max(exp, o.exp - c.prec - 1);
    return fix(rescale(o, exp, c.rounding), c, st);
  }
  // a far smaller operand only matters as a sticky digit below the result's precision
  let [hi, lo] = a.exp < b.exp ? [b, a] : [a, b];
  const floor = hi.exp + Math.min(-1, hi.digits() - c.prec - 2);
  if (lo.digits() + lo.exp - 1 < floor) lo = dec(lo.sign, 1n, floor);
  const x = mulBig(hi.coef, pow10(hi.exp - lo.exp));
  const s = (hi.sign ? -x : x) + (lo.sign ? -lo.coef : lo.coef);
  if (s === 0n) return fix(dec(negZero ? 1 : 0, 0n, lo.exp), c, st);
  return fix(dec(s < 0n ? 1 : 0, s < 0n ? -s : s, lo.exp), c, st);
}
export const negate = (a: PyDecimal) => new PyDecimal(a.sign ? 0 : 1, a.coef, a.exp, a.kind);
export const sub = (a: PyDecimal, b: PyDecimal, c: Ctx, st: Status) => (b.isNaN ? add(a, b, c, st) : add(a, negate(b), c, st));

export function mul(a: PyDecimal, b: PyDecimal, c: Ctx, st: Status): PyDecimal {
  const sign = (a.sign ^ b.sign) as 0 | 1;
  if (a.special || b.special) {
    const n = checkNaNs(a, b, c, st);
    if (n) return n;
    if ((a.kind === INF && b.isZero) || (b.kind === INF && a.isZero)) return invalid(st);
    return inf(sign);
  }
  return fix(dec(sign, mulBig(a.coef, b.coef), a.exp + b.exp), c, st);
}

export function div(a: PyDecimal, b: PyDecimal, c: Ctx, st: Status): PyDecimal {
  const sign = (a.sign ^ b.sign) as 0 | 1;
  if (a.special || b.special) {
    const n = checkNaNs(a, b, c, st);
    if (n) return n;
    if (a.kind === INF && b.kind === INF) return invalid(st);
    if (a.kind === INF) return inf(sign);
    st.add("Clamped");
    return dec(sign, 0n, etiny(c));
  }
  if (b.isZero) {
    if (a.isZero) return invalid(st, "DivisionUndefined");
    st.add("DivisionByZero");
    return inf(sign);
  }
  let coef: bigint, exp: number;
  if (a.isZero) {
    coef = 0n;
    exp = a.exp - b.exp;
  } else {
    const shift = b.digits() - a.digits() + c.prec + 1;
    exp = a.exp - b.exp - shift;
    let rem: bigint;
    if (shift >= 0) {
      const x = mulBig(a.coef, pow10(shift));
      coef = divBig(x, b.coef);
      rem = x - coef * b.coef;
    } else {
      const y = mulBig(b.coef, pow10(-shift));
      coef = divBig(a.coef, y);
      rem = a.coef - coef * y;
    }
    if (rem !== 0n) {
      if (coef % 5n === 0n) coef += 1n;
    } else {
      const ideal = a.exp - b.exp;
      while (exp < ideal && coef % 10n === 0n) {
        coef /= 10n;
        exp += 1;
      }
    }
  }
  return fix(dec(sign, coef, exp), c, st);
}

/** Integer quotient (truncated) and remainder of finite a, b (b nonzero), or DivisionImpossible. */
function divideInt(a: PyDecimal, b: PyDecimal, c: Ctx, st: Status): [PyDecimal, PyDecimal] {
  const sign = (a.sign ^ b.sign) as 0 | 1;
  const ideal = b.kind === INF ? a.exp : Math.min(a.exp, b.exp);
  const expdiff = a.adjusted() - b.adjusted();
  if (a.isZero || b.kind === INF || expdiff <= -2) return [dec(sign, 0n, 0), rescale(a, ideal, c.rounding)];
  if (expdiff <= c.prec) {
    let x = a.coef,
      y = b.coef;
    if (a.exp >= b.exp) x = mulBig(x, pow10(a.exp - b.exp));
    else y = mulBig(y, pow10(b.exp - a.exp));
    const q = divBig(x, y);
    if (q < pow10(c.prec)) return [dec(sign, q, 0), dec(a.sign, x - q * y, ideal)];
  }
  const r = invalid(st, "DivisionImpossible");
  return [r, r];
}
export function floorDiv(a: PyDecimal, b: PyDecimal, c: Ctx, st: Status): PyDecimal {
  if (a.special || b.special) {
    const n = checkNaNs(a, b, c, st);
    if (n) return n;
    if (a.kind === INF) return b.kind === INF ? invalid(st) : inf((a.sign ^ b.sign) as 0 | 1);
  }
  if (b.isZero) {
    if (a.isZero) return invalid(st, "DivisionUndefined");
    st.add("DivisionByZero");
    return inf((a.sign ^ b.sign) as 0 | 1);
  }
  const q = divideInt(a, b, c, st)[0];
  return q.isNaN || b.kind === INF ? q : fix(q, c, st);
}
export function mod(a: PyDecimal, b: PyDecimal, c: Ctx, st: Status): PyDecimal {
  if (a.special || b.special) {
    const n = checkNaNs(a, b, c, st);
    if (n) return n;
    if (a.kind === INF) return invalid(st);
  }
  if (b.isZero) return invalid(st, a.isZero ? "DivisionUndefined" : "InvalidOperation");
  const r = divideInt(a, b, c, st)[1];
  return r.isNaN ? r : fix(r, c, st);
}
/** x - y·n with n the integer nearest x / y (ties to even) */
export function remainderNear(a: PyDecimal, b: PyDecimal, c: Ctx, st: Status): PyDecimal {
  if (a.special || b.special) {
    const n = checkNaNs(a, b, c, st);
    if (n) return n;
    if (a.kind === INF) return invalid(st);
    return fix(a, c, st);
  }
  if (b.isZero) return invalid(st, a.isZero ? "DivisionUndefined" : "InvalidOperation");
  const ideal = Math.min(a.exp, b.exp);
  if (a.isZero) return fix(dec(a.sign, 0n, ideal), c, st);
  const expdiff = a.adjusted() - b.adjusted();
  if (expdiff >= c.prec + 1) return invalid(st, "DivisionImpossible");
  if (expdiff <= -2) return fix(rescale(a, ideal, c.rounding), c, st);
  let x = a.coef,
    y = b.coef;
  if (a.exp > b.exp) x = mulBig(x, pow10(a.exp - b.exp));
  else y = mulBig(y, pow10(b.exp - a.exp));
  let q = divBig(x, y),
    r = x - q * y;
  if (2n * r + (q & 1n) > y) {
    r -= y;
    q += 1n;
  }
  if (q >= pow10(c.prec)) return invalid(st, "DivisionImpossible");
  let sign = a.sign;
  if (r < 0n) {
    sign = sign ? 0 : 1;
    r = -r;
  }
  return fix(dec(sign, r, ideal), c, st);
}
export function divmod(a: PyDecimal, b: PyDecimal, c: Ctx, st: Status): [PyDecimal, PyDecimal] {
  const sign = (a.sign ^ b.sign) as 0 | 1;
  if (a.special || b.special) {
    const n = checkNaNs(a, b, c, st);
    if (n) return [n, n];
    if (a.kind === INF) {
      if (b.kind === INF) {
        const r = invalid(st);
        return [r, r];
      }
      return [inf(sign), invalid(st)];
    }
  }
  if (b.isZero) {
    if (a.isZero) {
      const r = invalid(st, "DivisionUndefined");
      return [r, r];
    }
    st.add("DivisionByZero");
    return [inf(sign), invalid(st)];
  }
  const [q, r] = divideInt(a, b, c, st);
  return r.isNaN ? [q, r] : [b.kind === INF ? q : fix(q, c, st), fix(r, c, st)];
}

const integral = (d: PyDecimal) => d.kind === FINITE && (d.exp >= 0 || d.coef % pow10(Math.min(-d.exp, d.digits() + 1)) === 0n);
export const isIntegral = integral;
/** The value of an integral finite Decimal. */
export function intValue(d: PyDecimal): bigint {
  const v = d.exp >= 0 ? mulBig(d.coef, pow10(d.exp)) : d.coef / pow10(-d.exp);
  return d.sign ? -v : v;
}

/** a ** b for an integral b (libmpdec's method: binary powering at prec + digits(b) + 2, then one rounding). */
export function power(a: PyDecimal, b: PyDecimal, c: Ctx, st: Status): PyDecimal {
  const n = checkNaNs(a, b, c, st);
  if (n) return n;
  if (b.isZero) return a.isZero ? invalid(st) : dec(0, 1n, 0);
  const bInt = b.kind === FINITE && integral(b);
  if (!bInt && b.kind !== INF) {
    if (a.sign === 1 && !a.isZero) return invalid(st);
    throw exc(NotImplementedError, "decimal: a power with a non-integral exponent is not supported by this engine");
  }
  let sign: 0 | 1 = 0;
  if (a.sign === 1) {
    if (b.kind === INF) {
      if (!a.isZero) return invalid(st);
    } else if (isOdd(b)) sign = 1;
    a = negate(a);
  }
  if (a.isZero) return b.sign === 0 ? dec(sign, 0n, 0) : inf(sign);
  if (a.kind === INF) return b.sign === 0 ? inf(sign) : dec(sign, 0n, 0);
  const cmpOne = compareValues(a, dec(0, 1n, 0));
  if (b.kind === INF) {
    if (cmpOne === 0) {
      st.add("Inexact").add("Rounded");
      return dec(sign, pow10(c.prec - 1), 1 - c.prec);
    }
    return (b.sign === 0) === cmpOne > 0 ? inf(sign) : dec(sign, 0n, 0);
  }
  // libmpdec's working context: more digits, half-even, the same exponent range (an intermediate result that
  // underflows becomes 0; one that overflows, the overflowed result in the caller's rounding)
  const work: Ctx = {
    prec: c.prec + b.digits() + b.exp + 2 + (b.sign ? 1 : 0),
    rounding: "ROUND_HALF_EVEN",
    Emin: c.Emin,
    Emax: c.Emax,
    clamp: 0,
  };
  const overflowed = () => fix(dec(sign, 1n, c.Emax + 1), c, st);
  const underflowed = () => {
    for (const f of ["Underflow", "Subnormal", "Inexact", "Rounded", "Clamped"]) st.add(f);
    return fix(dec(sign, 0n, etiny(work)), c, st);
  };
  // libmpdec's bound check: |log10 a| >= 10^lbZeta and |b| >= 10^adjusted(b), so |log10 a^b| >= 10^(lbZeta +
  // adjusted(b)); beyond the digits of Emax (or Etiny) the result is 1E(Emax+1) or 1E(Etiny-1), rounded by the context
  const k = a.adjusted();
  if (k !== 0 && k !== -1) {
    const lb = String(k > 0 ? k : -k - 1).length - 1 + b.adjusted();
    if (k < 0 === (b.sign === 1)) {
      if (String(c.Emax).length < lb) return overflowed();
    } else if (String(-etiny(c)).length < lb) return fix(dec(sign, 1n, etiny(c) - 1), c, st);
  }
  // an exponent this large over/underflows unless a is within 10**-digits of 1, where log10(a) is still that large
  if (b.adjusted() > a.digits() + 40) return cmpOne > 0 === (b.sign === 0) ? overflowed() : underflowed();
  const e = intValue(b);
  const magnitude = e < 0n ? -e : e;
  // far beyond the exponent range: straight to the overflowed or underflowed result
  const log10a = Math.log10(Number(digitsOf(a.coef).slice(0, 17)) || 1) + a.adjusted() - Math.min(16, a.digits() - 1);
  if (magnitude > 1n && cmpOne !== 0 && Math.abs(log10a) > 0.25 && Math.abs(log10a) * Number(magnitude) > 2 * (c.Emax - etiny(c)) + 10)
    return log10a > 0 === e > 0n ? overflowed() : underflowed();
  const ws: Status = new Set();
  let base = e < 0n ? div(dec(0, 1n, 0), a, work, ws) : a;
  // left to right over the exponent's bits, as libmpdec: square, then multiply by the base where the bit is set
  const bits = magnitude.toString(2);
  let r = base;
  for (let i = 1; i < bits.length; i++) {
    r = mul(r, r, work, ws);
    if (bits[i] === "1") r = mul(r, base, work, ws);
    if (r.special || (r.isZero && ws.has("Clamped"))) break;
  }
  for (const f of ws) st.add(f);
  if (r.kind === INF) return overflowed();
  return fix(dec(sign, r.coef, r.exp), c, st);
}
/** pow(a, b, m) for integral a, b >= 0 and m != 0 with at most prec digits: (a ** b) % m, exponent 0 */
export function powerMod(a: PyDecimal, b: PyDecimal, m: PyDecimal, c: Ctx, st: Status): PyDecimal {
  const n = checkNaNs(a, b, c, st) ?? checkNaNs(m, null, c, st);
  if (n) return n;
  if (!integral(a) || !integral(b) || !integral(m)) return invalid(st);
  if (b.sign === 1 && !b.isZero) return invalid(st);
  if (m.isZero) return invalid(st);
  if (m.adjusted() >= c.prec) return invalid(st);
  if (a.isZero && b.isZero) return invalid(st);
  const sign: 0 | 1 = isOdd(b) ? a.sign : 0;
  const mod = intValue(m) < 0n ? -intValue(m) : intValue(m);
  const av = intValue(a);
  let base = (av < 0n ? -av : av) % mod;
  // b = coef · 10^exp: raise to coef, then to the tenth power exp times
  const modpow = (x: bigint, e: bigint) => {
    let r = 1n % mod;
    for (x %= mod; e > 0n; e >>= 1n) {
      if (e & 1n) r = mulBig(r, x) % mod;
      x = mulBig(x, x) % mod;
    }
    return r;
  };
  base = modpow(base, b.exp >= 0 ? b.coef : b.coef / pow10(-b.exp));
  for (let i = 0; i < b.exp; i++) base = modpow(base, 10n);
  return dec(sign, base, 0);
}
/** whether an integral b is odd, without making its (possibly huge) value */
const isOdd = (b: PyDecimal) => b.exp <= 0 && ((b.exp === 0 ? b.coef : b.coef / pow10(-b.exp)) & 1n) === 1n;

export function sqrt(a: PyDecimal, c: Ctx, st: Status): PyDecimal {
  if (a.special) {
    const n = checkNaNs(a, null, c, st);
    if (n) return n;
    if (a.sign === 0) return a;
  }
  if (a.isZero) return fix(dec(a.sign, 0n, Math.floor(a.exp / 2)), c, st);
  if (a.sign === 1) return invalid(st);
  const prec = c.prec + 1;
  let e = Math.floor(a.exp / 2);
  let x: bigint, l: number;
  if (a.exp & 1) {
    x = a.coef * 10n;
    l = (a.digits() >> 1) + 1;
  } else {
    x = a.coef;
    l = (a.digits() + 1) >> 1;
  }
  const shift = prec - l;
  let exact: boolean;
  if (shift >= 0) {
    x = mulBig(x, pow10(2 * shift));
    exact = true;
  } else {
    const p = pow10(-2 * shift);
    const q = divBig(x, p);
    exact = q * p === x;
    x = q;
  }
  e -= shift;
  let r = pow10(prec);
  for (;;) {
    const q = divBig(x, r);
    if (r <= q) break;
    r = (r + q) >> 1n;
  }
  exact = exact && r * r === x;
  if (exact) {
    if (shift >= 0) r /= pow10(shift);
    else r *= pow10(-shift);
    e += shift;
  } else if (r % 5n === 0n) r += 1n;
  return fix(dec(0, r, e), { ...c, rounding: "ROUND_HALF_EVEN" }, st);
}

/** Quantize a to b's exponent, rounding by `mode` (the spec's quantize, with its invalid cases). */
export function quantize(a: PyDecimal, b: PyDecimal, mode: Rounding, c: Ctx, st: Status): PyDecimal {
  if (a.special || b.special) {
    const n = checkNaNs(a, b, c, st);
    if (n) return n;
    if (a.kind === INF && b.kind === INF) return a;
    return invalid(st);
  }
  if (!(etiny(c) <= b.exp && b.exp <= c.Emax)) return invalid(st);
  if (a.isZero) return fix(dec(a.sign, 0n, b.exp), c, st);
  const adj = a.adjusted();
  if (adj > c.Emax || adj - b.exp + 1 > c.prec) return invalid(st);
  const r = rescale(a, b.exp, mode);
  if (r.adjusted() > c.Emax || r.digits() > c.prec) return invalid(st);
  if (!r.isZero && r.adjusted() < c.Emin) st.add("Subnormal");
  if (r.exp > a.exp) {
    if (compareValues(r, a) !== 0) st.add("Inexact");
    st.add("Rounded");
  }
  return fix(r, c, st);
}

/** Rounded to an integer (exponent 0 or above kept), by `mode`; `exact` raises Inexact/Rounded as the spec asks. */
export function toIntegral(a: PyDecimal, mode: Rounding, c: Ctx, st: Status, exact: boolean): PyDecimal {
  if (a.special) return checkNaNs(a, null, c, st) ?? a;
  if (a.exp >= 0) return a;
  if (a.isZero) return dec(a.sign, 0n, 0);
  const r = rescale(a, 0, mode);
  if (exact) {
    if (compareValues(r, a) !== 0) st.add("Inexact");
    st.add("Rounded");
  }
  return r;
}

/** The spec's reduce (normalize): rounded to the context, trailing zeros removed. */
export function normalize(a: PyDecimal, c: Ctx, st: Status): PyDecimal {
  if (a.special) return checkNaNs(a, null, c, st) ?? a;
  const d = fix(a, c, st);
  if (d.kind === INF) return d;
  if (d.isZero) return dec(d.sign, 0n, 0);
  const expMax = c.clamp ? etop(c) : c.Emax;
  let coef = d.coef,
    exp = d.exp;
  while (coef % 10n === 0n && exp < expMax) {
    coef /= 10n;
    exp += 1;
  }
  return dec(d.sign, coef, exp);
}

// ---------------------------------------------------------------- text
/** The spec's to-sci-string (or to-eng-string when `eng`). */
export function toSci(d: PyDecimal, eng: boolean, capitals: number): string {
  const sign = d.sign ? "-" : "";
  if (d.kind === INF) return sign + "Infinity";
  if (d.kind >= NAN) return sign + (d.kind === SNAN ? "sNaN" : "NaN") + (d.coef !== 0n ? d.coef.toString() : "");
  const coef = digitsOf(d.coef);
  const leftdigits = d.exp + coef.length;
  let dot: number;
  if (d.exp <= 0 && leftdigits > -6) dot = leftdigits;
  else if (!eng) dot = 1;
  else if (d.coef === 0n) dot = pymod(leftdigits + 1, 3) - 1;
  else dot = pymod(leftdigits - 1, 3) + 1;
  let intpart: string, frac: string;
  if (dot <= 0) {
    intpart = "0";
    frac = "." + "0".repeat(-dot) + coef;
  } else if (dot >= coef.length) {
    intpart = coef + "0".repeat(dot - coef.length);
    frac = "";
  } else {
    intpart = coef.slice(0, dot);
    frac = "." + coef.slice(dot);
  }
  const e = leftdigits - dot;
  const exp = leftdigits === dot ? "" : (capitals ? "E" : "e") + (e >= 0 ? "+" : "") + e;
  return sign + intpart + frac + exp;
}
const pymod = (a: number, b: number) => ((a % b) + b) % b;

/** Unicode decimal digits (Arabic-Indic, fullwidth, ...) as ASCII: each run of digits in Unicode is whole 0-9 blocks */
// (\p{Nd} literals where they are used rather than one made at load: the class takes ~0.3 ms to build)
function asciiDigits(s: string): string {
  let out = "";
  for (const ch of s) {
    if (ch < "\x80" || !/\p{Nd}/u.test(ch)) {
      out += ch;
      continue;
    }
    let cp = ch.codePointAt(0)!,
      n = 0;
    while (/\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
      cp--;
      n++;
    }
    out += String(n % 10);
  }
  return out;
}
const LITERAL = /^([-+])?(?:(?:(\d+)(?:\.(\d+)?)?|\.(\d+))(?:[eE]([-+]?\d+))?|(inf(?:inity)?)|(s)?nan(\d+)?)$/i;
/** The Decimal a numeric string spells (surrounding whitespace allowed; _decimal drops every underscore), or null. */
export function parseDecimal(s: string): PyDecimal | null {
  if (/[^\x00-\x7f]/.test(s)) s = asciiDigits(s);
  const m = LITERAL.exec(s.trim().replace(/_/g, ""));
  if (!m) return null;
  const clean = (x: string | undefined) => x ?? "";
  const sign = m[1] === "-" ? 1 : 0;
  if (m[6]) return inf(sign);
  if (m[2] === undefined && m[4] === undefined) {
    const payload = clean(m[8]);
    return new PyDecimal(sign, payload ? BigInt(payload) : 0n, 0, m[7] ? SNAN : NAN);
  }
  const intpart = clean(m[2]),
    frac = clean(m[3] ?? m[4]);
  const digits = (intpart + frac).replace(/^0+(?=\d)/, "");
  if (digits.length > 4096) chargeNative(digits.length * Math.log2(digits.length));
  const e = m[5] ? Number(clean(m[5])) : 0;
  return dec(sign, BigInt(digits), e - frac.length);
}
