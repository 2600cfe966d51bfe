// The cost of floor_divide, remainder and fmod on floats, charged before their loop. JavaScript's % (C's fmod)
// reduces x by y one exponent bit at a time: its time grows with exp(|x|) − exp(|y|), from ~10 ns for operands of
// like size to ~840 ns for 1e308 % 1.5 (measured over 10^5 elements, Node 20: ~0.8 ns per bit of difference).
// The spread is read from the largest |x| and the smallest non-zero |y| (a scan of ~1 ns per element).
import { NDArray, chargeNs, forEachOffset, isFloat } from "./core";

const NS_PER_BIT = 1;
/** Below this spread (bits) the loop costs what the flat charge already counts. */
const FREE_BITS = 64;

/** Charge n results of x % y (or x // y) with ct a float type; an operand is an array or a number. */
export function chargeFmod(x: NDArray | null, xv: number, y: NDArray | null, yv: number, n: number): void {
  const big = x ? extremeAbs(x, true) : Math.abs(xv);
  const small = y ? extremeAbs(y, false) : Math.abs(yv);
  if (!(big > 0 && small > 0 && big < Infinity)) return;
  const bits = Math.log2(big) - Math.log2(small);
  if (bits > FREE_BITS) chargeNs(n * bits * NS_PER_BIT);
}

/** The largest |v| of a (largest), or its smallest non-zero |v|; integer arrays are bounded by their range. */
function extremeAbs(a: NDArray, largest: boolean): number {
  if (!isFloat(a.dtype)) return largest ? 2 ** 64 : 1;
  let m = largest ? 0 : Infinity;
  const see = (v: number) => {
    const x = Math.abs(v);
    if (largest ? x > m && x < Infinity : x < m && x > 0) m = x;
  };
  const d = a.data as ArrayLike<number>;
  if (a.contig) for (let i = a.offset, end = a.offset + a.size; i < end; i++) see(d[i]);
  else forEachOffset(a, (o) => see(d[o]));
  return m;
}
