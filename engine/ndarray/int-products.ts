// Sums of integer products (np.dot, @, tensordot, einsum, convolve) are computed in doubles: exact while every
// product and partial sum stays inside ±2**53, which k · max|a| · max|b| < 2**53 guarantees. Past that bound they are
// made with BigInt and wrapped to the dtype's width as NumPy's integer loops wrap; an int64 or uint64 result a double
// cannot hold is refused.
import { type DType, NDArray, charge, forEachOffset, isInt, itemsize, uint64Unsupported } from "./core";
import { EXACT_INT, exactI64 } from "./ops";

/** the largest |element| of an integer (or bool) array */
export function maxAbs(a: NDArray): number {
  const d = a.data as ArrayLike<number>;
  if (a.contig) return maxAbsRun(d, a.offset, a.size);
  let m = 0;
  forEachOffset(a, (o) => {
    m = Math.max(m, Math.abs(d[o]!));
  });
  return m;
}
// a separate function: a local the closure above captures would be slow in this loop
function maxAbsRun(d: ArrayLike<number>, start: number, n: number): number {
  let m = 0;
  for (let i = start, end = start + n; i < end; i++) m = Math.max(m, Math.abs(d[i]!));
  return m;
}

/** Whether sums of k products of one element of each operand are exact in doubles (always, for a float dtype). */
export function intSumsExact(dt: DType, k: number, ...ops: NDArray[]): boolean {
  if (!isInt(dt)) return true;
  let bound = k;
  for (const a of ops) {
    if (bound === 0) return true;
    bound *= maxAbs(a);
  }
  return bound < EXACT_INT;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** an exact integer sum wrapped to dt's width, as the double that holds it (or refused) */
export function wrapIntSum(s: bigint, dt: DType): number {
  if (dt === "int64") return exactI64(BigInt.asIntN(64, s));
  if (dt === "uint64") {
    const w = BigInt.asUintN(64, s);
    if (w > SAFE) throw uint64Unsupported();
    return Number(w);
  }
  const bits = itemsize(dt) * 8;
  return Number(dt[0] === "u" ? BigInt.asUintN(bits, s) : BigInt.asIntN(bits, s));
}

/** C[co + i·n + j] = Σ_p A[ao + i·a0 + p·a1] · B[bo + p·b0 + j·b1], exactly (gemmS's arguments) */
export function intGemmExact(
  A: ArrayLike<number>,
  ao: number,
  a0: number,
  a1: number,
  B: ArrayLike<number>,
  bo: number,
  b0: number,
  b1: number,
  C: any,
  co: number,
  m: number,
  k: number,
  n: number,
  dt: DType,
): void {
  const Bb: bigint[] = new Array(k * n);
  for (let p = 0; p < k; p++) for (let j = 0; j < n; j++) Bb[p * n + j] = BigInt(B[bo + p * b0 + j * b1]!);
  const row: bigint[] = new Array(k);
  for (let i = 0; i < m; i++) {
    charge(16 * k * n); // BigInt arithmetic: an order of magnitude slower than the double loops
    for (let p = 0; p < k; p++) row[p] = BigInt(A[ao + i * a0 + p * a1]!);
    for (let j = 0; j < n; j++) {
      let s = 0n;
      for (let p = 0; p < k; p++) s += row[p]! * Bb[p * n + j]!;
      C[co + i * n + j] = wrapIntSum(s, dt);
    }
  }
}
