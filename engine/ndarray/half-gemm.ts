// float16 matrix products as NumPy computes them. There is no BLAS for half precision: HALF_dot and matmul's
// no-BLAS inner loop convert each element to float32, accumulate the products (exact in float32) in a float32 sum
// over ascending k, and round the sum to half once at the end (npy_float_to_half, which flags an overflow).
import { charge, fpCondition, getErrState } from "./core";
import { f16round } from "./float16";
import { halfProducts } from "./linalg";

/** a long product is charged and run in blocks of rows, so the deadline is checked between blocks */
const BLOCK_WORK = 1 << 22;

/**
 * C[i·n + j] (contiguous at co) = Σₚ A[ao + i·a0 + p·a1] · B[bo + p·b0 + j·b1] for i < m, j < n, in float32 then
 * rounded to half. `op` names the operation in NumPy's overflow warning ("dot", "matmul").
 */
export function halfGemm(
  A: ArrayLike<number>,
  ao: number,
  a0: number,
  a1: number,
  B: ArrayLike<number>,
  bo: number,
  b0: number,
  b1: number,
  C: { [i: number]: number },
  co: number,
  m: number,
  k: number,
  n: number,
  op: string,
): void {
  const rowsPerBlock = Math.max(1, Math.floor(BLOCK_WORK / Math.max(1, k * n)));
  let overflow = false;
  for (let i0 = 0; i0 < m; i0 += rowsPerBlock) {
    const i1 = Math.min(m, i0 + rowsPerBlock);
    charge((i1 - i0) * k * n);
    for (let i = i0; i < i1; i++)
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let p = 0, pa = ao + i * a0, pb = bo + j * b1; p < k; p++, pa += a1, pb += b0) s = Math.fround(s + A[pa]! * B[pb]!);
        const h = f16round(s);
        if (h - h !== 0 && s - s === 0) overflow = true;
        C[co + i * n + j] = h;
      }
  }
  if (overflow) fpCondition(getErrState().over, `overflow encountered in ${op}`);
}

halfProducts.gemm = halfGemm;
