// Numeric helpers: float repr, int normalisation, Python division/modulo semantics.
import { PyFloat } from "./core";
import { zeroDiv, overflowError, valueError } from "../errors";
import { checkAlloc } from "../limits";
import { bitLength, chargeBigPow } from "../charge";
import { glibcPow } from "../../random/glibc-pow";

const MAXS = BigInt(Number.MAX_SAFE_INTEGER),
  MINS = -MAXS;
export function normBig(b: bigint): number | bigint {
  return b <= MAXS && b >= MINS ? Number(b) : b;
}
export const big = (v: number | bigint | boolean): bigint => (typeof v === "bigint" ? v : BigInt(typeof v === "boolean" ? (v ? 1 : 0) : v));

export function floatRepr(x: number): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const e = x.toExponential(); // shortest round-trip digits
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(e)!;
  const sign = m[1],
    digits = m[2] + (m[3] ?? ""),
    exp = parseInt(m[4], 10);
  if (exp < -4 || exp >= 16) {
    const mant = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    const es = Math.abs(exp) < 10 ? "0" + Math.abs(exp) : String(Math.abs(exp));
    return `${sign}${mant}e${exp < 0 ? "-" : "+"}${es}`;
  }
  if (exp >= 0) {
    if (digits.length <= exp + 1) return sign + digits + "0".repeat(exp + 1 - digits.length) + ".0";
    return sign + digits.slice(0, exp + 1) + "." + digits.slice(exp + 1);
  }
  return sign + "0." + "0".repeat(-exp - 1) + digits;
}

export function intFloorDiv(a: number, b: number): number | bigint {
  if (b === 0) throw zeroDiv("integer division or modulo by zero");
  return Math.floor(a / b) === a / b && Number.isSafeInteger(a / b) ? a / b : normBig(bigFloorDiv(BigInt(a), BigInt(b)));
}
export function bigFloorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw zeroDiv("integer division or modulo by zero");
  const q = a / b;
  if (a % b !== 0n && a < 0n !== b < 0n) return q - 1n;
  return q;
}
export function bigMod(a: bigint, b: bigint): bigint {
  if (b === 0n) throw zeroDiv("integer modulo by zero");
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
}
export function intMod(a: number, b: number): number {
  if (b === 0) throw zeroDiv("integer modulo by zero");
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r === 0 ? 0 : r;
}
export function floatMod(a: number, b: number): number {
  if (b === 0) throw zeroDiv("float modulo");
  const r = a % b;
  if (r !== 0 && r < 0 !== b < 0) return r + b;
  if (r === 0) return b < 0 ? -0 : 0;
  return r;
}
export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw zeroDiv("float floor division by zero");
  // CPython's float_divmod: a zero quotient takes the sign of a / b
  const m = floatMod(a, b);
  const d = Math.round((a - m) / b);
  return d === 0 ? (a / b < 0 || Object.is(a / b, -0) ? -0 : 0) : d;
}
export function intPow(a: number | bigint, b: number | bigint): number | bigint | PyFloat {
  if (b < 0) {
    const fa = Number(a),
      fb = Number(b);
    if (fa === 0) throw zeroDiv("0.0 cannot be raised to a negative power");
    return new PyFloat(glibcPow(fa, fb));
  }
  if (typeof a === "number" && typeof b === "number") {
    const r = Math.pow(a, b);
    if (Number.isSafeInteger(r)) return r;
  }
  const ba = big(a),
    bb = big(b);
  const baseBits = bitLength(ba);
  // 0, ±1 stay small whatever the exponent
  if (baseBits > 1) {
    const small = Math.abs(Number(ba));
    const est = (small < 2 ** 1000 ? Math.log2(small) : baseBits - 1) * Number(bb);
    if (est > 8 * 1e7) checkAlloc(est / 8);
    if (est > 1e6 * 8 * 4) throw overflowError("exponent too large");
    chargeBigPow(est);
  }
  return normBig(ba ** bb);
}
export function floatPow(a: number, b: number): number {
  if (a === 0 && b < 0) throw zeroDiv("0.0 cannot be raised to a negative power");
  if (a < 0 && !Number.isInteger(b) && isFinite(b)) throw valueError("complex results are not supported");
  const r = glibcPow(a, b); // CPython's float ** is libm's pow
  if (r === Infinity && isFinite(a) && isFinite(b)) throw overflowError("(34, 'Numerical result out of range')");
  if (a === 1 || b === 0) return 1;
  return r;
}

/** Banker's rounding of x to nd digits, like Python's round(float, nd). */
export function roundHalfEven(x: number, nd: number): number {
  if (!isFinite(x)) return x;
  if (nd === 0) {
    const r = Math.round(x);
    if (Math.abs(x % 1) === 0.5) return 2 * Math.round(x / 2);
    return r;
  }
  // use string-based correct rounding
  if (nd > 0) {
    // past 1074 decimals every double is exact
    if (nd > 1100) return x;
    const exact = exactDecimal(x);
    const res = roundDecimalString(exact, nd);
    return parseFloat(res);
  }
  // to a multiple of 10**-nd, from the exact decimal value (x / 10**-nd is inexact, and 0 * inf past 1e308)
  if (-nd > 308) return x * 0;
  const [ip, fp = ""] = exactDecimal(Math.abs(x)).split(".");
  const P = 10n ** BigInt(-nd);
  const b = BigInt(ip);
  let q = b / P;
  const twice = 2n * (b % P);
  if (twice > P || (twice === P && (/[1-9]/.test(fp) || (q & 1n) === 1n))) q += 1n;
  const r = Number(q * P);
  return x < 0 ? -r : r;
}

/** exact decimal expansion of a double */
export function exactDecimal(x: number): string {
  if (x === 0) return "0";
  const neg = x < 0;
  x = Math.abs(x);
  // decompose
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0),
    lo = buf.getUint32(4);
  const expBits = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (expBits === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = expBits - 1075;
  }
  let s: string;
  if (e >= 0) s = (mant << BigInt(e)).toString();
  else {
    const num = mant * 5n ** BigInt(-e);
    const str = num.toString().padStart(-e + 1, "0");
    s = str.slice(0, str.length + e) + "." + str.slice(str.length + e);
    s = s.replace(/0+$/, "").replace(/\.$/, "");
  }
  return (neg ? "-" : "") + s;
}
function roundDecimalString(s: string, nd: number): string {
  const neg = s.startsWith("-");
  if (neg) s = s.slice(1);
  let [ip, fp = ""] = s.split(".");
  if (fp.length <= nd) return (neg ? "-" : "") + s;
  const keep = fp.slice(0, nd),
    rest = fp.slice(nd);
  let roundUp = false;
  if (rest[0] > "5") roundUp = true;
  else if (rest[0] === "5") {
    if (/[1-9]/.test(rest.slice(1))) roundUp = true;
    else {
      const last = keep.length ? keep[keep.length - 1] : ip[ip.length - 1];
      roundUp = parseInt(last, 10) % 2 === 1;
    }
  }
  let digits = ip + keep;
  if (roundUp) {
    const arr = digits.split("").map(Number);
    let i = arr.length - 1;
    while (i >= 0) {
      if (arr[i] === 9) {
        arr[i] = 0;
        i--;
      } else {
        arr[i]++;
        break;
      }
    }
    if (i < 0) arr.unshift(1);
    digits = arr.join("");
  }
  const ipl = digits.length - nd;
  return (neg ? "-" : "") + digits.slice(0, ipl) + "." + digits.slice(ipl);
}

/** Format a float with fixed decimals exactly like C printf %.Nf (round-half-even on exact value). */
export function toFixedExact(x: number, nd: number): string {
  if (nd <= 20 && Math.abs(x) < 1e21) {
    const r = x.toFixed(nd);
    // JS toFixed uses exact decimal value of double too (spec: "let n be an integer for which n/10^f - x is as close to zero as possible; if two such n, pick the larger")
    // ties only happen when exact value is a tie; then C rounds half-even but JS picks larger.
    const ex = exactDecimal(x);
    const dot = ex.indexOf(".");
    if (dot >= 0 && ex.length - dot - 1 === nd + 1 && ex.endsWith("5")) {
      const r2 = roundDecimalString(ex, nd).replace(/^(-?)\./, "$10.");
      return nd === 0 ? r2.replace(/\.$/, "") : r2;
    }
    return r;
  }
  const ex = exactDecimal(x);
  let s = ex.includes(".") ? roundDecimalString(ex, nd) : ex + (nd > 0 ? "." + "0".repeat(nd) : "");
  if (s.includes(".")) {
    const [a, b] = s.split(".");
    s = nd > 0 ? a + "." + b.padEnd(nd, "0") : a;
  }
  return s;
}

/** x / y of ints correctly rounded, as CPython's long_true_divide (a double of each is inexact past 2**53) */
export function trueDivBig(x: bigint, y: bigint): number {
  const LIM = 1n << 53n;
  const a = x < 0n ? -x : x,
    b = y < 0n ? -y : y;
  if (a <= LIM && b <= LIM) return Number(x) / Number(y);
  const la = a.toString(2).length,
    lb = b.toString(2).length;
  // a quotient of at least 55 bits, with a sticky bit for a nonzero remainder: one rounding, in Number()
  let k = Math.max(0, 55 + lb - la);
  let q = (a << BigInt(k)) / b;
  if ((a << BigInt(k)) % b !== 0n) {
    q = (q << 1n) | 1n;
    k++;
  }
  let r = Number(q);
  for (; k > 1000; k -= 1000) r /= 2 ** 1000;
  r /= 2 ** k;
  return x < 0n !== y < 0n ? -r : r;
}
