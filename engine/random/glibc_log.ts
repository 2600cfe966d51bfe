/**
 * Natural logarithm bit-compatible with glibc >= 2.28 `log` as selected on
 * x86-64 CPUs with FMA (the `__log_fma` ifunc variant, i.e. e_log.c built
 * with -mfma and GCC's default floating-point contraction).
 *
 * Why: NumPy's legacy_gauss calls libm `log`; V8's Math.log (fdlibm) differs
 * from glibc in the last bit for ~5% of inputs, which would make ~3% of
 * `randn` values differ. Verified bit-for-bit against glibc 2.36 on 470k
 * inputs (see tests/engine/random).
 *
 * FMA is emulated exactly (Dekker two-product + two-sum with tie repair).
 */
import { LN2HI, LN2LO, POLY as A, POLY1 as B, TAB } from "./glibc_log_data";

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const SPLIT = 134217729; // 2^27 + 1

/** Exact error of the product: a*b = p + err (barring over/underflow). */
function twoProdErr(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/** Correctly rounded a*b + c (for the finite, non-extreme ranges used here). */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  const pe = twoProdErr(a, b, p);
  const s = p + c;
  let bb = s - p;
  const se = p - (s - bb) + (c - bb);
  const t = se + pe;
  bb = t - se;
  const te = se - (t - bb) + (pe - bb);
  const r = s + t;
  if (te === 0) return r; // s + t is the exact value: one rounding
  // r is wrong only if s + t is exactly halfway between two doubles.
  bb = r - s;
  const e = s - (r - bb) + (t - bb); // s + t = r + e exactly
  if (e === 0) return r;
  f64[0] = r;
  const ex = (u32[1] >>> 20) & 0x7ff;
  const halfUlp = Math.pow(2, (ex === 0 ? 1 : ex) - 1076);
  if (Math.abs(e) !== halfUlp) return r;
  if (e > 0 !== te > 0) return r; // exact value is on r's side of the tie
  // exact value is past the midpoint: go to the neighbour in e's direction
  if (e < 0 && u32[0] === 0 && (u32[1] & 0xfffff) === 0) return r + e; // r is a power of two
  return r + 2 * e;
}

/** glibc log(x). */
export function glibcLog(x: number): number {
  if (x >= 0.9375 && x < 1.064697265625) {
    // |log(x)| < 2^-4: dedicated polynomial (contracted as GCC does with -mfma)
    if (x === 1) return 0;
    const r = x - 1.0;
    const r2 = r * r;
    const r3 = r * r2;
    const p3 = fma(r3, B[10], fma(r2, B[9], fma(r, B[8], B[7])));
    const p2 = fma(r3, p3, fma(r2, B[6], fma(r, B[5], B[4])));
    const p1 = fma(r3, p2, fma(r2, B[3], fma(r, B[2], B[1])));
    let w = r * 134217728; // 2^27
    const rhi = r + w - w;
    const rlo = r - rhi;
    w = rhi * rhi * B[0]; // exact (B[0] = -0.5)
    const hi = r + w;
    let lo = r - hi + w;
    lo = fma(B[0] * rlo, rhi + r, lo);
    const y = fma(r3, p1, lo);
    return y + hi;
  }
  f64[0] = x;
  let hi = u32[1];
  let k0 = 0;
  if (hi < 0x00100000 || hi >= 0x7ff00000) {
    // x < 2^-1022 or inf or nan (or negative)
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if (!(x > 0)) return NaN;
    f64[0] = x * 4503599627370496; // subnormal: normalize by 2^52
    hi = u32[1];
    k0 = -52;
  }
  const tmpHi = (hi - 0x3fe60000) | 0;
  const i = (tmpHi >>> 13) & 127;
  const k = (tmpHi >> 20) + k0;
  u32[1] = (hi - (tmpHi & 0xfff00000)) >>> 0;
  const z = f64[0];
  const invc = TAB[2 * i];
  const logc = TAB[2 * i + 1];
  // r = fma(z, invc, -1): z*invc is within 2^-8 of 1, so p - 1 is exact
  const p = z * invc;
  const r = p - 1 + twoProdErr(z, invc, p);
  const w = k * LN2HI + logc; // exact by table construction
  const h = w + r;
  const l = fma(k, LN2LO, w - h + r);
  const r2 = r * r;
  const poly = fma(r2, fma(r, A[4], A[3]), fma(r, A[2], A[1]));
  return fma(r * r2, poly, fma(r2, A[0], l)) + h;
}
