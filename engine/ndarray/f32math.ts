// float32 exp, log and tanh computed the way NumPy 2.x computes them on x86-64 with FMA (its SIMD kernels), so a
// float32 program prints the same digits as under NumPy. Correctly rounded results (fround(Math.exp(x))) differ from
// NumPy's in the last bit for a good share of inputs, and float32 prints 8 significant digits, so the difference shows.
//
// Algorithms and constants are NumPy's (numpy/_core/src/umath): exp and log use a Cody–Waite reduction and a rational
// minimax approximation (loops_exponent_log.dispatch.c.src, constants from npy_math_internal), tanh a 32-interval
// table of degree-6 polynomials converted from Intel SVML (loops_hyperbolic.dispatch.cpp.src). Checked bit for bit
// against NumPy 2.4 in tests/engine/ndarray/f32math.test.ts (recorded reference values).

const f = Math.fround;

/** fma in float32: a*b+c rounded once. a, b, c must be float32 values. */
export function fmaf(a: number, b: number, c: number): number {
  const p = a * b; // exact: two 24-bit significands fit in 53 bits
  const s = p + c;
  const r = f(s);
  if (r === s || r - r !== 0) return r; // exact, or NaN / ±Infinity
  // s was rounded to double; rounding it again to float32 is only wrong when s landed exactly on a float32 midpoint
  const other = 2 * s - r;
  if (f(other) !== other) return r; // s is not a midpoint (the common case: checked before the TwoSum)
  const bp = s - c;
  const e = p - bp + (c - (s - bp)); // exact error of p + c (TwoSum)
  if (e === 0) return r;
  return e > 0 ? Math.max(r, other) : Math.min(r, other);
}

/** c[lo] + x·(c[lo+1] + x·(… + x·c[hi])) with a float32 fma per step (Horner, highest coefficient first, as NumPy). */
function hornerf(c: ArrayLike<number>, x: number, lo = 0, hi = c.length - 1): number {
  let r = fmaf(c[hi]!, x, c[hi - 1]!);
  for (let i = hi - 2; i >= lo; i--) r = fmaf(r, x, c[i]!);
  return r;
}

const EXP_P = [
  9.999999999980870924916e-1, 7.257664613233124478488e-1, 2.473615434895520810817e-1, 5.114512081637298353406e-2,
  6.757896990527504603057e-3, 5.082762527590693718096e-4,
].map(f);
const EXP_Q = [1, -2.742335390411667452936e-1, 2.159509375685829852307e-2].map(f);
const CW_LN2_HI = f(-6.93145752e-1),
  CW_LN2_LO = f(-1.42860677e-6);
const RINT_MAGIC = f(1.5 * 2 ** 23),
  LOG2E = f(Math.LOG2E);
const EXP_XMAX = 88.72283935546875,
  EXP_XMIN = -103.97208404541015625;
// 2^q for the q expf can reach (-150..128), looked up: V8 computes 2 ** q with a Math.pow call
const POW2_BIAS = 160;
const POW2 = Float64Array.from({ length: 300 }, (_, i) => 2 ** (i - POW2_BIAS));

// the Horner steps spelled out with the coefficients as constants: no array reads, and fmaf inlines
const [P0, P1, P2, P3, P4, P5] = EXP_P as [number, number, number, number, number, number];
const [Q0, Q1, Q2] = EXP_Q as [number, number, number];

export function expf(x: number): number {
  if (x !== x) return NaN;
  if (x >= EXP_XMAX) return Infinity;
  if (x <= EXP_XMIN) return 0;
  const q = f(f(f(x * LOG2E) + RINT_MAGIC) - RINT_MAGIC);
  // NumPy's reduction is fmaf(q, ln2_hi, x), then fmaf(q, ln2_lo, ·), then fmaf(q, 0, ·). The first is exact: q·ln2_hi
  // has at most 24 bits (|q| ≤ 150, ln2_hi 16) and x is within a factor 2 of −q·ln2_hi (or q = 0), so the sum is exact
  // too (Sterbenz). The third only turns a zero r into +0 or −0, which the polynomials below do not see (r·c + d = d).
  // Both are left out: each was a step of the chain every expf waits on. (Checked for all 2,239,849,421 float32 x
  // between EXP_XMIN and EXP_XMAX when this was written: the first step equals q·ln2_hi + x, the third returns r.)
  let r = q * CW_LN2_HI + x;
  r = fmaf(q, CW_LN2_LO, r);
  // hornerf(EXP_P, r) and hornerf(EXP_Q, r)
  let num = fmaf(P5, r, P4);
  num = fmaf(num, r, P3);
  num = fmaf(num, r, P2);
  num = fmaf(num, r, P1);
  num = fmaf(num, r, P0);
  const den = fmaf(fmaf(Q2, r, Q1), r, Q0);
  return f(f(num / den) * POW2[q + POW2_BIAS]!); // scalef: exact unless the result is subnormal, then rounded once
}

const LOG_P = [
  0, 9.999999999999998702752e-1, 2.112677543073053063722, 1.480000633576506585156, 3.808837741388407920751e-1, 2.589979117907922693523e-2,
].map(f);
const LOG_Q = [
  1, 2.612677543073109236779, 2.453006071784736363091, 9.864942958519418960339e-1, 1.546476374983906719538e-1, 5.87509540312457434295e-3,
].map(f);
const LN2F = f(Math.LN2),
  SQRT1_2F = f(Math.SQRT1_2);
const bits = new DataView(new ArrayBuffer(8));

export function logf(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  // x = m · 2^e with m in [0.5, 1) (AVX-512 getmant/getexp; subnormals included)
  bits.setFloat64(0, x);
  const hi = bits.getUint32(0);
  let e = ((hi >>> 20) & 0x7ff) - 1022;
  bits.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  let m = bits.getFloat64(0);
  if (m <= SQRT1_2F) {
    m = m + m;
    e = e - 1;
  }
  m = f(m - 1);
  return fmaf(e, LN2F, f(hornerf(LOG_P, m) / hornerf(LOG_Q, m)));
}

// tanh: per interval (index from the exponent bits of |x|) the shift b and coefficients c0..c6, as float32 bit patterns
const TANH_TABLE = new Float32Array(
  new Uint32Array([
    0x0, 0x0, 0x3f800000, 0xb0343c7b, 0xbeaaaaa5, 0xb76dd6b9, 0x3e0910e9, 0xbc0e2f66, 0x3d700000, 0x3d6fb9c9, 0x3f7f1f84, 0xbd6ee69d,
    0xbeab0612, 0xbe1c276d, 0x43761143, 0x460bda12, 0x3d900000, 0x3d8fc35f, 0x3f7ebd11, 0xbd8f0da7, 0xbea7f01f, 0x3c1dcf2f, 0x4165ecdc,
    0x43d638ef, 0x3db00000, 0x3daf9169, 0x3f7e1e5f, 0xbdae477d, 0xbea4e120, 0x3dc1a78d, 0xc190f756, 0xc3e11c3e, 0x3dd00000, 0x3dcf49ab,
    0x3f7d609f, 0xbdcd2a1f, 0xbea387b7, 0x3d96f985, 0xc08c097d, 0xc2baa4e9, 0x3df00000, 0x3deee849, 0x3f7c842d, 0xbdeba80d, 0xbea15962,
    0x3da2b61b, 0xc02ba813, 0xc249da2d, 0x3e100000, 0x3e0f0ee8, 0x3f7b00e5, 0xbe0c443b, 0xbe9d57f7, 0x3dc13397, 0xbf7f6bda, 0xc1859b82,
    0x3e300000, 0x3e2e4984, 0x3f789580, 0xbe293cf3, 0xbe976b5a, 0x3dd2f670, 0x3f2b1dc0, 0x40dd5b57, 0x3e500000, 0x3e4d2f8e, 0x3f75b8ad,
    0xbe44f282, 0xbe90230d, 0x3df48a0a, 0x3ece105d, 0x40494640, 0x3e700000, 0x3e6bb32e, 0x3f726fd9, 0xbe5f3651, 0xbe880dff, 0x3e06c5a8,
    0x3f426a94, 0x40c730a8, 0x3e900000, 0x3e8c51cd, 0x3f6cc59b, 0xbe81c7c0, 0xbe7479b3, 0x3e1a3aba, 0xbadb0dc4, 0xbf0f160e, 0x3eb00000,
    0x3ea96163, 0x3f63fb92, 0xbe96d7ca, 0xbe4c3d88, 0x3e27c405, 0x3da43b17, 0x3e30e76f, 0x3ed00000, 0x3ec543f1, 0x3f59ff97, 0xbea7fb8e,
    0xbe212482, 0x3e2e78d0, 0xbd51ab88, 0xbea81387, 0x3ef00000, 0x3edfd735, 0x3f4f11d7, 0xbeb50e9e, 0xbdeb8cba, 0x3e2c3e44, 0xbcaea23d,
    0xbdb26a1c, 0x3f100000, 0x3f028438, 0x3f3d7573, 0xbec12efe, 0xbd5e78ad, 0x3e1d3097, 0xbd3b6d8d, 0xbd351e57, 0x3f300000, 0x3f18abf0,
    0x3f24f360, 0xbec4be92, 0x3c6b5e6e, 0x3df4a8f4, 0xbd6caaad, 0xbb4c01a0, 0x3f500000, 0x3f2bc480, 0x3f0cbfe7, 0xbebce070, 0x3d839143,
    0x3da38508, 0xbd795bed, 0x3c1d7bfb, 0x3f700000, 0x3f3bec1c, 0x3eec1a69, 0xbead510e, 0x3dc21ee1, 0x3d31416a, 0xbd5fddda, 0x3c722cd1,
    0x3f900000, 0x3f4f2e5b, 0x3eb0a801, 0xbe8ef7d6, 0x3de347af, 0x3b562657, 0xbd038f3b, 0x3c973f1c, 0x3fb00000, 0x3f613c53, 0x3e6753a2,
    0xbe4b8704, 0x3dcbec96, 0xbcaeeac9, 0xbc1cad63, 0x3c33a31b, 0x3fd00000, 0x3f6ce37d, 0x3e132f1a, 0xbe083237, 0x3d99ef2d, 0xbcce9419,
    0x3abb4766, 0x3b862ef4, 0x3ff00000, 0x3f743c4f, 0x3db7e7d3, 0xbdaf7449, 0x3d542ea1, 0xbcaaeac4, 0x3b95f10b, 0x3a27b3d0, 0x40100000,
    0x3f7a5feb, 0x3d320845, 0xbd2e1ec4, 0x3cdde701, 0xbc49e7d0, 0x3b825873, 0xba3b5907, 0x40300000, 0x3f7dea85, 0x3c84d3d4, 0xbc83bf06,
    0x3c2cca67, 0xbba71ddd, 0x3afaea66, 0xba0efc22, 0x40500000, 0x3f7f3b3d, 0x3bc477b7, 0xbbc3e0b5, 0x3b81cb27, 0xbb003b0e, 0x3a49f878,
    0xb97f9f0f, 0x40700000, 0x3f7fb78c, 0x3b10d3da, 0xbb10aadc, 0x3ac073a1, 0xba3f9a05, 0x39996bf3, 0xb8c8af50, 0x40900000, 0x3f7fefd4,
    0x3a01601e, 0xba0157db, 0x39ac3032, 0xb92c08a7, 0x388f3e6c, 0xb7bdddfb, 0x40b00000, 0x3f7ffdd0, 0x388c1a3b, 0xb88c18f2, 0x383a94d9,
    0xb7ba9232, 0x371bb0e3, 0xb64f2950, 0x40d00000, 0x3f7fffb4, 0x3717b0da, 0xb717b096, 0x36ca081d, 0xb64a0b0f, 0x35a8a5e6, 0xb4e085b1,
    0x40f00000, 0x3f7ffff6, 0x35a43bce, 0xb5a43bae, 0x355abd4c, 0xb4dac169, 0x34369b17, 0xb3731dfa, 0x41100000, 0x3f7fffff, 0x338306c6,
    0xb383012c, 0x332b3cb6, 0xb2ab78ac, 0x322487b0, 0xb15a1f04, 0x0, 0x3f800000, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0,
  ]).buffer,
);
const f32bits = new Float32Array(1);
const u32bits = new Uint32Array(f32bits.buffer);

export function tanhf(x: number): number {
  if (x !== x) return NaN;
  f32bits[0] = x;
  const ax = u32bits[0]! & 0x7fffffff;
  const ndnan = ax & 0x7fe00000;
  const negative = u32bits[0]! >>> 31 === 1;
  let r: number;
  if (ndnan > 0x7f000000)
    r = 1; // |x| huge or infinite
  else {
    const t = (Math.min(Math.max(ndnan - 0x3d400000, 0), 0x3e00000) >>> 21) * 8;
    const T = TANH_TABLE;
    // hornerf(T, y, t + 1, t + 7): c0..c6 after the interval's shift b, spelled out (one typed-array reader)
    const y = f(Math.abs(x) - T[t]!);
    let p = fmaf(T[t + 7]!, y, T[t + 6]!);
    p = fmaf(p, y, T[t + 5]!);
    p = fmaf(p, y, T[t + 4]!);
    p = fmaf(p, y, T[t + 3]!);
    p = fmaf(p, y, T[t + 2]!);
    r = fmaf(p, y, T[t + 1]!);
  }
  return negative ? -r : r;
}
