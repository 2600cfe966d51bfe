// The float64 gemm kernels sum every C[i, j] in ascending p: a matrix · matrix product of up to 2^14 multiply-adds
// as a chain of fused multiply-adds (OpenBLAS dgemm's bits), the others — larger ones, and a row or a column (gemv,
// not reproduced) — as 0 + A[i,0]·B[0,j] + A[i,1]·B[1,j] + … (bit-identical to the plain i-k-j loop), for every
// shape, including partial register tiles.
import { describe, it, expect } from "vitest";
import { gemm, gemmS } from "../../../engine/ndarray/linalg";
import { fma64 } from "../../../engine/ndarray/fma64";

function rnd(n: number, seed: number): Float64Array {
  const a = new Float64Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    a[i] = s / 2147483648 - 0.5;
  }
  return a;
}
/** the reference: the fused chain where the engine reproduces dgemm, else the plain loop */
function naive(A: Float64Array, B: Float64Array, m: number, k: number, n: number): Float64Array {
  const fused = m > 1 && n > 1 && k > 1 && m * k * n <= 1 << 14;
  const C = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s = fused ? fma64(A[i * k + p], B[p * n + j], s) : s + A[i * k + p] * B[p * n + j];
      C[i * n + j] = s;
    }
  return C;
}

describe("gemm summation order", () => {
  const shapes = [
    [17, 19, 23],
    [64, 64, 64],
    [65, 70, 67],
    [3, 100, 4],
    [1, 300, 8],
    [2, 300, 8],
    [7, 50, 13],
    [100, 1, 100],
    [2, 5000, 3],
    [130, 40, 129],
  ];
  it.each(shapes)("contiguous %i×%i · %i×… is bit-identical to the reference loop", (m, k, n) => {
    const A = rnd(m * k, m + 1),
      B = rnd(k * n, n + 7);
    const C = new Float64Array(m * n + 4).fill(9);
    gemm(A, 0, B, 0, C, 2, m, k, n);
    const ref = naive(A, B, m, k, n);
    expect(C[0]).toBe(9);
    expect(C[1]).toBe(9);
    expect(C[m * n + 2]).toBe(9);
    expect(Array.from(C.subarray(2, 2 + m * n))).toEqual(Array.from(ref));
  });
  it("small strided (transposed B, plain arrays) matches the reference loop", () => {
    for (const [m, k, n] of [
      [1, 16, 16],
      [3, 5, 7],
      [16, 16, 1],
      [2, 9, 6],
    ]) {
      const A = rnd(m * k, 3),
        B = rnd(k * n, 5);
      const Bt = new Float64Array(k * n); // Bt[j*k + p] = B[p*n + j]
      for (let p = 0; p < k; p++) for (let j = 0; j < n; j++) Bt[j * k + p] = B[p * n + j];
      const C: number[] = new Array(m * n).fill(0);
      gemmS(Array.from(A), 0, k, 1, Array.from(Bt), 0, 1, k, C, 0, m, k, n);
      expect(C).toEqual(Array.from(naive(A, B, m, k, n)));
    }
  });
});
