// Exact rational arithmetic on BigInts (what CPython's statistics does with Fraction): floats converted exactly,
// results rounded to the nearest float once, correctly (round-half-even).
import { bitLength, chargeNative } from "../../charge";

/** n/d in lowest terms, d > 0 */
export interface Q {
  n: bigint;
  d: bigint;
}
const babs = (x: bigint) => (x < 0n ? -x : x);
export function gcd(a: bigint, b: bigint): bigint {
  a = babs(a);
  b = babs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}
const NS_PER_GCD_BIT = 24;
export function q(n: bigint, d: bigint = 1n): Q {
  if (d === 0n) throw new RangeError("zero denominator");
  // Euclid's gcd below runs a BigInt remainder per ~1 bit of its operands, each costing more as they grow: 22–32 ns
  // per bit at a few words, quadratic beyond ~40 words (statistics.mean of 10^5 random floats: ~140 bits per sum,
  // 570 ms of CPU, charged 4.6 s at 150 ns per bit; of 2·10^4 floats scaled by 10**±30: 270 ms, charged 1.9 s)
  const bits = bitLength(n) + bitLength(d);
  if (bits > 64) chargeNative(bits * NS_PER_GCD_BIT * Math.max(1, bits / 2560));
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}
export const add = (a: Q, b: Q) => (a.d === b.d ? q(a.n + b.n, a.d) : q(a.n * b.d + b.n * a.d, a.d * b.d));
export const sub = (a: Q, b: Q) => q(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Q, b: Q) => q(a.n * b.n, a.d * b.d);
export const div = (a: Q, b: Q) => q(a.n * b.d, a.d * b.n);
export const cmp = (a: Q, b: Q) => {
  const x = a.n * b.d,
    y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
};

/** the exact value of a finite double */
export function fromFloat(x: number): Q {
  if (Number.isInteger(x)) return { n: BigInt(x), d: 1n };
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0),
    lo = buf.getUint32(4);
  const exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (exp === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = exp - 1075;
  }
  const n = x < 0 ? -mant : mant;
  return e >= 0 ? { n: n << BigInt(e), d: 1n } : q(n, 1n << BigInt(-e));
}

const bitLen = (x: bigint) => (x === 0n ? 0 : babs(x).toString(2).length);
/** n/d rounded to the nearest double (ties to even), as Python's int / int and float(Fraction) */
export function toFloat(a: Q): number {
  if (a.n === 0n) return 0;
  const neg = a.n < 0n;
  const n = babs(a.n),
    d = a.d;
  // a quotient of 66+ bits with a sticky low bit rounds correctly when Number() rounds it to 53 bits
  const shift = 66 - (bitLen(n) - bitLen(d));
  const num = shift >= 0 ? n << BigInt(shift) : n;
  const den = shift >= 0 ? d : d << BigInt(-shift);
  let quo = num / den;
  if (quo * den !== num) quo |= 1n;
  let r = Number(quo);
  // scale by 2^-shift in steps that stay exact while the result is a normal double
  let s = -shift;
  while (s > 1000) {
    r *= 2 ** 1000;
    s -= 1000;
  }
  while (s < -1000) {
    r *= 2 ** -1000;
    s += 1000;
  }
  r *= 2 ** s;
  return neg ? -r : r;
}

/** floor(sqrt(x)) for x >= 0 */
export function isqrt(x: bigint): bigint {
  if (x < 2n) return x;
  let r = BigInt(Math.floor(Math.sqrt(Number(x))));
  // Newton from the float estimate, then fix up
  for (;;) {
    const nr = (r + x / r) >> 1n;
    if (nr >= r) break;
    r = nr;
  }
  while (r * r > x) r--;
  while ((r + 1n) * (r + 1n) <= x) r++;
  return r;
}
/** sqrt(n/m) correctly rounded to a double: CPython statistics._float_sqrt_of_frac (round-to-odd) */
export function sqrtOfFrac(a: Q): number {
  const rto = (n: bigint, m: bigint) => {
    const r = isqrt(n / m);
    return r * r * m !== n ? r | 1n : r;
  };
  const width = 2 * 53 + 3;
  const k = bitLen(a.n) - bitLen(a.d) - width;
  const qq = Math.floor(k / 2);
  if (qq >= 0) return toFloat({ n: rto(a.n, a.d << BigInt(2 * qq)) << BigInt(qq), d: 1n });
  return toFloat({ n: rto(a.n << BigInt(-2 * qq), a.d), d: 1n << BigInt(-qq) });
}
