// NumPy's floating-point warnings of its sums and products: "overflow encountered in reduce" (np.array([1e308,
// 1e308]).sum()), "invalid value encountered in reduce" (inf + -inf), "… in accumulate" for cumsum/cumprod. NumPy
// reads the FPU's flags once after its loop; the engine reads them from the result, once per operation: a result
// that is all finite raised nothing, and only a lane whose result is not finite is looked at again — a reduction
// from what its lane holds (a NaN, an infinity of each sign), an accumulation step by step along its lane.
// A reduction lane holding an infinity and also overflowing elsewhere is not told apart (its warning is not shown).
import { FP_INVALID, FP_OVERFLOW, emitLoopFP } from "./ops";

const finite = (v: number) => v - v === 0;

/** Whether any of the first n values of d is not finite (a pass over a reduction's result, not its input). */
export function anyNonFinite(d: ArrayLike<number>, n: number): boolean {
  for (let i = 0; i < n; i++) if (!finite(d[i]!)) return true;
  return false;
}

/**
 * The flags of one reduction lane whose result r is not finite, from its largest and smallest elements (NaN when it
 * holds one): a NaN in the lane propagates quietly; an infinity the lane did not hold came from an overflow; a NaN
 * the lane did not hold came from inf - inf (a sum) or inf · 0 (a product).
 */
export function laneFlags(r: number, hi: number, lo: number, isProd: boolean): number {
  if (hi !== hi) return 0;
  const posInf = hi === Infinity,
    negInf = lo === -Infinity;
  if (r === r) {
    // r is ±inf
    if (isProd) return posInf || negInf ? 0 : FP_OVERFLOW;
    return (r > 0 ? posInf : negInf) ? 0 : FP_OVERFLOW;
  }
  if (isProd) return FP_INVALID | (posInf || negInf ? 0 : FP_OVERFLOW);
  return FP_INVALID | (posInf && negInf ? 0 : FP_OVERFLOW);
}

/** Raises the flags of reduction lanes: `out` the results, `hi`/`lo` each lane's largest and smallest element. */
export function emitReduceFP(out: ArrayLike<number>, hi: ArrayLike<number>, lo: ArrayLike<number>, isProd: boolean): void {
  let flags = 0;
  for (let i = 0; i < out.length; i++) if (!finite(out[i]!)) flags |= laneFlags(out[i]!, hi[i]!, lo[i]!, isProd);
  if (flags) emitLoopFP(flags, "reduce");
}

/** The flags of one step prev ∘ v = r of an accumulation (none when an input is already not finite). */
export function stepFlags(prev: number, v: number, r: number): number {
  if (finite(r) || !finite(prev) || !finite(v)) return 0;
  return r !== r ? FP_INVALID : FP_OVERFLOW;
}
