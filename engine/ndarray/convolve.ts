// np.convolve / np.correlate on 1-D arrays, in the order of NumPy's _pyarray_correlate: every output element is the
// dtype's `dot` over one window (BLAS ddot / sdot for floats), except the full-overlap windows of kernels of at most
// 11 elements, which NumPy's small_correlate sums sequentially in the dtype itself. BLAS's order depends on the build
// and the CPU: with NumPy 2.4's OpenBLAS 0.3.31 on one machine, ddot's tail loop (windows under 16) is a plain sum with
// OPENBLAS_CORETYPE=Haswell and a chain of FMAs with the kernels picked for an AVX-512 CPU; longer windows use FMA
// vector accumulators. So float64 is accepted only where no BLAS rounding is involved (kernels of at most 2 elements, or mode
// 'valid' with at most 11), and float32 below 32 elements, where every sdot measured rounds each product to float32
// and sums them in double.
import { NDArray, NPError, emptyArray, charge, valueError, astype, ascontig } from "./core";
import { promoteTypes } from "./ops";

export type CorrMode = 0 | 1 | 2;

const notImpl = (m: string) => new NPError("NotImplementedError", m);

/** correlate(a, v) with a the longer input (NumPy swaps them and reports `inverted`) */
export function correlate1d(a0: NDArray, v0: NDArray, mode: CorrMode, fname: string): NDArray {
  const dt = promoteTypes(a0.dtype, v0.dtype);
  let a = ascontig(astype(a0, dt, false)),
    v = ascontig(astype(v0, dt, false));
  const inverted = a.size < v.size;
  if (inverted) [a, v] = [v, a];
  const n1 = a.size,
    n2 = v.size;
  if (dt === "float64" && n2 > 2 && !(mode === 0 && n2 <= 11))
    throw notImpl(
      `np.${fname}() of float64 arrays is only supported when the shorter input has at most 2 elements, or at most 11 with mode='valid' (NumPy sums other windows with BLAS ddot, whose rounding depends on the CPU)`,
    );
  if (dt === "float32" && n2 > 31)
    throw notImpl(
      `np.${fname}() of float32 arrays is only supported when the shorter input has at most 31 elements (NumPy sums longer windows with BLAS sdot, whose rounding depends on the CPU)`,
    );
  if (dt !== "float64" && dt !== "float32" && dt !== "int64" && dt !== "bool")
    throw notImpl(`np.${fname}() of ${dt} arrays is not supported by this engine (use int64, float64 or bool)`);
  const A = a.data as ArrayLike<number>,
    V = v.data as ArrayLike<number>;
  const ao = a.offset,
    vo = v.offset;
  if (dt === "int64") {
    let ma = 0,
      mv = 0;
    for (let i = 0; i < n1; i++) ma = Math.max(ma, Math.abs(A[ao + i]!));
    for (let i = 0; i < n2; i++) mv = Math.max(mv, Math.abs(V[vo + i]!));
    if (ma * mv * n2 > 2 ** 53) throw notImpl(`np.${fname}() of int64 arrays whose sums may exceed 2**53 is not supported by this engine`);
  }
  let nl: number, nr: number, len: number;
  if (mode === 0) {
    nl = nr = 0;
    len = n1 - n2 + 1;
  } else if (mode === 1) {
    nl = Math.floor(n2 / 2);
    nr = n2 - nl - 1;
    len = n1;
  } else {
    nl = nr = n2 - 1;
    len = n1 + n2 - 1;
  }
  charge(len * n2);
  const out = emptyArray(dt, [len]);
  const O = out.data as Float64Array | Float32Array | Uint8Array;
  const f32 = dt === "float32",
    isBool = dt === "bool";
  const fr = Math.fround;
  const dot = (i1: number, i2: number, n: number): number => {
    let s = 0;
    if (isBool) {
      for (let j = 0; j < n; j++) if (A[ao + i1 + j] && V[vo + i2 + j]) return 1;
      return 0;
    }
    if (f32) {
      // sdot: float32 products, double sum
      for (let j = 0; j < n; j++) s += fr(A[ao + i1 + j]! * V[vo + i2 + j]!);
      return fr(s);
    }
    for (let j = 0; j < n; j++) s += A[ao + i1 + j]! * V[vo + i2 + j]!;
    return s;
  };
  // small_correlate: a float32 sum in float32 (a double sum of two float32 values rounds to the float32 sum)
  const small = (i1: number, i2: number, n: number): number => {
    let s = 0;
    for (let j = 0; j < n; j++) s = fr(s + fr(A[ao + i1 + j]! * V[vo + i2 + j]!));
    return s;
  };
  const mid = f32 && n2 <= 11 ? small : dot;
  let o = 0,
    ip1 = 0,
    ip2 = nl,
    n = n2 - nl;
  for (let i = 0; i < nl; i++) O[o++] = dot(0, ip2--, n++);
  for (let i = 0; i < n1 - n2 + 1; i++) O[o++] = mid(ip1++, ip2, n);
  for (let i = 0; i < nr; i++) O[o++] = dot(ip1++, ip2, --n);
  if (inverted) O.reverse();
  return out;
}

/** NumPy's mode argument: a name or 0/1/2 */
export function corrMode(m: unknown): CorrMode {
  if (typeof m === "number") {
    if (m === 0 || m === 1 || m === 2) return m;
    throw valueError("integer convolve/correlate mode must be 0, 1, or 2");
  }
  const i = ["valid", "same", "full"].indexOf(m as string);
  if (i < 0) throw valueError("Use one of 'valid', 'same', or 'full' for convolve/correlate mode");
  return i as CorrMode;
}
