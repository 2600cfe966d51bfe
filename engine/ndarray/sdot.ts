// float32 vector · vector as NumPy computes it on OpenBLAS's Haswell kernels (the ones the corpus is recorded with,
// scripts/corpus-record.py), so that np.dot and @ of two float32 vectors print NumPy's last digit:
// - a stride that is not positive (a reversed view, a broadcast) is not "BLAS-able" for @, which then sums float32
//   products in a float32 accumulator one by one (FLOAT_dot, numpy/_core/src/multiarray/arraytypes.c.src); np.dot
//   copies such a vector first (cblas_matrixproduct), linalg.ts;
// - otherwise OpenBLAS's sdot (kernel/x86_64/sdot.c, compiled without fused multiply-adds):
//   - both strides 1: for each 32 elements its AVX2 kernel (sdot_microk_haswell-2.c), the rest as float32 products
//     added in a double, then the kernel's sum;
//   - any other stride: pairs of float32 products summed in float32, each pair added to a double.
// The result is the double rounded to float32. Checked against NumPy in tests/engine/corpus/np_linalg/sdot_strides.py.
import { fmaf } from "./f32math";

const f = Math.fround;

/** Σ a[ao + i·as] · b[bo + i·bs] for i < n, with NumPy's float32 summation for these strides (element units). */
export function sdot(a: ArrayLike<number>, ao: number, as: number, b: ArrayLike<number>, bo: number, bs: number, n: number): number {
  if (as <= 0 || bs <= 0) {
    let s = 0;
    for (let i = 0; i < n; i++, ao += as, bo += bs) s = f(s + f(a[ao]! * b[bo]!));
    return s;
  }
  let d = 0;
  if (as === 1 && bs === 1) {
    const n1 = n & ~31;
    for (let i = n1; i < n; i++) d += f(a[ao + i]! * b[bo + i]!);
    if (n1) d += kernel16(a, ao, b, bo, n1);
    return f(d);
  }
  let i = 0;
  for (; i + 1 < n; i += 2, ao += 2 * as, bo += 2 * bs) d += f(f(a[ao]! * b[bo]!) + f(a[ao + as]! * b[bo + bs]!));
  if (i < n) d += f(a[ao]! * b[bo]!);
  return f(d);
}

/**
 * OpenBLAS's Haswell sdot_kernel_16 over n1 (a multiple of 32) elements: four 8-lane accumulators of fused
 * multiply-adds; each folded upper 4 lanes onto lower, then (0 + 1) + (2 + 3), and two horizontal adds.
 */
function kernel16(a: ArrayLike<number>, ao: number, b: ArrayLike<number>, bo: number, n1: number): number {
  const acc = new Float64Array(32);
  for (let i = 0; i < n1; i += 32) for (let k = 0; k < 32; k++) acc[k] = fmaf(a[ao + i + k]!, b[bo + i + k]!, acc[k]!);
  const half = new Float64Array(16); // accumulator j's lanes l and 4 + l, l < 4
  for (let j = 0; j < 4; j++) for (let l = 0; l < 4; l++) half[j * 4 + l] = f(acc[j * 8 + l]! + acc[j * 8 + 4 + l]!);
  const x = [0, 1, 2, 3].map((l) => f(f(half[l]! + half[4 + l]!) + f(half[8 + l]! + half[12 + l]!)));
  return f(f(x[0]! + x[1]!) + f(x[2]! + x[3]!));
}
