// float64 vector · vector as NumPy computes it on OpenBLAS's Haswell kernels (see sdot.ts for the float32 side and
// for which loop NumPy picks by stride): ddot (kernel/x86_64/ddot.c, compiled without fused multiply-adds)
// - both strides 1: for each 16 elements its AVX2 kernel (ddot_microk_haswell-2.c: four 4-lane accumulators of fused
//   multiply-adds, folded upper 2 lanes onto lower, (0 + 1) + (2 + 3), one horizontal add), then the rest added in
//   order onto that sum;
// - any other positive stride: two accumulators, each taking a pair of products per step, the rest on the first.
import { fma64 } from "./fma64";

/** Σ a[ao + i·as] · b[bo + i·bs] for i < n (positive strides, element units) with OpenBLAS's Haswell ddot order */
export function ddot(a: ArrayLike<number>, ao: number, as: number, b: ArrayLike<number>, bo: number, bs: number, n: number): number {
  if (as === 1 && bs === 1) {
    const n1 = n & ~15;
    let dot = n1 ? kernel8(a, ao, b, bo, n1) : 0;
    for (let i = n1; i < n; i++) dot += b[bo + i]! * a[ao + i]!;
    return dot;
  }
  let t1 = 0,
    t2 = 0,
    i = 0;
  for (const n1 = n & ~3; i < n1; i += 4, ao += 4 * as, bo += 4 * bs) {
    t1 += b[bo]! * a[ao]! + b[bo + 2 * bs]! * a[ao + 2 * as]!;
    t2 += b[bo + bs]! * a[ao + as]! + b[bo + 3 * bs]! * a[ao + 3 * as]!;
  }
  for (; i < n; i++, ao += as, bo += bs) t1 += b[bo]! * a[ao]!;
  return t1 + t2;
}

function kernel8(a: ArrayLike<number>, ao: number, b: ArrayLike<number>, bo: number, n1: number): number {
  const acc = new Float64Array(16);
  for (let i = 0; i < n1; i += 16) for (let k = 0; k < 16; k++) acc[k] = fma64(a[ao + i + k]!, b[bo + i + k]!, acc[k]!);
  const h = (j: number, l: number) => acc[j * 4 + l]! + acc[j * 4 + 2 + l]!;
  const x0 = h(0, 0) + h(1, 0) + (h(2, 0) + h(3, 0)),
    x1 = h(0, 1) + h(1, 1) + (h(2, 1) + h(3, 1));
  return x0 + x1;
}
