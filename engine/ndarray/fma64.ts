// fma(a, b, c) for doubles: a·b + c rounded once, as the vfmadd instructions of OpenBLAS's kernels compute it.
// JavaScript has no fused multiply-add, and a·b + c rounds twice. Boldo and Melquiond's emulation ("Emulation of FMA
// and correctly rounded sums: proved algorithms using rounding to odd", IEEE TC 2008): the exact product as p + pe
// (Dekker), the exact sum p + c as s + se (TwoSum), then s + RO(se + pe) with the inner sum rounded to odd.
// Exact unless a product or the inner terms leave the normal range; there (rare in dot products) the exact value is
// computed in BigInt.

const SPLIT = 134217729; // 2^27 + 1
const LOW = 2 ** -450,
  HIGH = 2 ** 450;
const bits = new DataView(new ArrayBuffer(8));

/** x rounded to odd from the exact x + err: x itself if exact or odd, else its neighbour towards err */
function toOdd(x: number, err: number): number {
  if (err === 0) return x;
  bits.setFloat64(0, x);
  const lo = bits.getUint32(4);
  if ((lo & 1) === 1) return x;
  const up = err > 0 === x > 0; // away from zero when err has x's sign
  let hi = bits.getUint32(0),
    l = lo;
  if (up) {
    l = (l + 1) >>> 0;
    if (l === 0) hi++;
  } else {
    if (l === 0) hi--;
    l = (l - 1) >>> 0;
  }
  bits.setUint32(0, hi);
  bits.setUint32(4, l);
  return bits.getFloat64(0);
}

export function fma64(a: number, b: number, c: number): number {
  const p = a * b;
  const aa = Math.abs(a),
    ab = Math.abs(b);
  // the splits and partial products stay normal and finite (NaN compares false: exact path)
  if (!(aa > LOW && aa < HIGH && ab > LOW && ab < HIGH && Math.abs(c) < 2 ** 1000)) return fmaExact(a, b, c);
  let t = SPLIT * a;
  const ah = t - (t - a),
    al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b),
    bl = b - bh;
  const pe = ah * bh - p + ah * bl + al * bh + al * bl; // p + pe = a·b exactly
  const s = p + c;
  const v = s - p;
  const se = p - (s - v) + (c - v); // s + se = p + c exactly
  const u = se + pe;
  const w = u - se;
  const ue = se - (u - w) + (pe - w); // u + ue = se + pe exactly
  return s + toOdd(u, ue);
}

/** The rare cases: specials, zeros, products near overflow or underflow — exactly, through BigInt. */
function fmaExact(a: number, b: number, c: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c) || a === 0 || b === 0) return a * b + c;
  const [ma, ea] = decompose(a),
    [mb, eb] = decompose(b),
    [mc, ec] = c === 0 ? [0n, 0] : decompose(c);
  // a·b + c = (ma·mb·2^(ea+eb)) + mc·2^ec, on a common exponent
  const e = Math.min(ea + eb, c === 0 ? ea + eb : ec);
  const total = ((ma * mb) << BigInt(ea + eb - e)) + (c === 0 ? 0n : mc << BigInt(ec - e));
  if (total === 0n) return a * b + c; // an exact zero keeps IEEE's sign rule
  return roundBig(total, e);
}

/** x = m · 2^e with an integer m (53 bits at most) */
function decompose(x: number): [bigint, number] {
  bits.setFloat64(0, x);
  const hi = bits.getUint32(0),
    lo = bits.getUint32(4);
  const exp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (exp !== 0) m |= 1n << 52n;
  const sign = hi >>> 31 ? -1n : 1n;
  return [sign * m, (exp === 0 ? 1 : exp) - 1075];
}

/** m · 2^e rounded to the nearest double, ties to even */
function roundBig(m: bigint, e: number): number {
  const neg = m < 0n;
  let a = neg ? -m : m;
  const len = a.toString(2).length;
  // keep 53 significant bits (fewer below the normal range: the result's exponent is at least -1074)
  const shift = Math.max(len - 53, -1074 - e);
  if (shift > 0) {
    const s = BigInt(shift);
    const q = a >> s,
      r = a - (q << s),
      half = 1n << (s - 1n);
    a = r > half || (r === half && (q & 1n) === 1n) ? q + 1n : q;
    e += shift;
  }
  const v = Number(a) * 2 ** e; // e ≥ -1074 here: exact, or ±Infinity beyond the range
  return neg ? -v : v;
}
