// The float64 gemm kernels: a matrix · matrix product of up to 2^14 multiply-adds as OpenBLAS's Haswell dgemm sums it
// (a chain of fused multiply-adds per block of the shared dimension, the blocks added in order, and the last row of an
// odd number of rows in four accumulators), the others — larger ones, and a row or a column (gemv, not reproduced) —
// as 0 + A[i,0]·B[0,j] + A[i,1]·B[1,j] + … (bit-identical to the plain i-k-j loop), for every shape, including
// partial register tiles.
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
/** OpenBLAS's cuts of the shared dimension: 256 while 512 or more remain, a remainder up to 512 in two halves (the
 *  first rounded up to a multiple of 4) */
function blocks(k: number): [number, number][] {
  const out: [number, number][] = [];
  for (let lo = 0; lo < k; ) {
    let len = k - lo;
    if (len >= 512) len = 256;
    else if (len > 256) len = Math.ceil(Math.floor(len / 2) / 4) * 4;
    out.push([lo, lo + len]);
    lo += len;
  }
  return out;
}
/** the reference: dgemm's order where the engine reproduces it, else the plain loop */
function naive(A: Float64Array, B: Float64Array, m: number, k: number, n: number): Float64Array {
  const fused = m > 1 && n > 1 && k > 1 && m * k * n <= 1 << 14;
  const C = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      if (!fused) {
        let s = 0;
        for (let p = 0; p < k; p++) s += A[i * k + p] * B[p * n + j];
        C[i * n + j] = s;
        continue;
      }
      const four = m % 2 === 1 && i === m - 1 && j < n - (n % 4);
      let c = 0;
      for (const [lo, hi] of blocks(k)) {
        const acc = [0, 0, 0, 0];
        const end8 = four && hi - lo >= 8 ? lo + 8 * Math.floor((hi - lo) / 8) : lo;
        for (let p = lo; p < hi; p++) {
          const q = p < end8 ? (p - lo) % 4 : 0;
          acc[q] = fma64(A[i * k + p], B[p * n + j], acc[q]);
        }
        c += acc[0] + acc[1] + (acc[2] + acc[3]);
      }
      C[i * n + j] = c;
    }
  return C;
}

describe("dgemm's bits, as NumPy 2 + OpenBLAS (Haswell) printed them", () => {
  it("the last row of a 3×8 · 8×4 product sums in four accumulators", () => {
    const A = Float64Array.from({ length: 24 }, (_, t) => 0.1 * (Math.floor(t / 8) + 1) + 0.01 * (t % 8));
    const B = Float64Array.from({ length: 32 }, (_, t) => 0.3 - 0.07 * Math.floor(t / 4) + 0.11 * (t % 4));
    const C = new Float64Array(12);
    gemm(A, 0, B, 0, C, 0, 3, 8, 4);
    // an in-order fused chain gives 0.11799999999999997 and 0.7076000000000001
    expect(Array.from(C.subarray(8))).toEqual([0.11799999999999994, 0.41279999999999994, 0.7076, 1.0024000000000002]);
  });
  it("a 2×300 · 300×2 product sums the shared dimension in two blocks", () => {
    const A = Float64Array.from({ length: 600 }, (_, t) => (((t % 300) * 7 + Math.floor(t / 300)) % 13) / 10 - 0.55);
    const B = Float64Array.from({ length: 600 }, (_, t) => ((Math.floor(t / 2) * 5 + (t % 2)) % 11) / 10 - 0.45);
    const C = new Float64Array(4);
    gemm(A, 0, B, 0, C, 0, 2, 300, 2);
    // one fused chain gives -0.5300000000000019, 0.579999999999999, 0.12499999999999939, 1.0249999999999988
    expect(Array.from(C)).toEqual([-0.5300000000000014, 0.5799999999999986, 0.12499999999999917, 1.0250000000000001]);
  });
});

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
      [5, 12, 6],
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
