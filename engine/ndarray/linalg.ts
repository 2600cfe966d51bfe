// Linear algebra: dot, matmul, outer, inner, tensordot, norm, inv, det, slogdet, eigh, eigvalsh (solve: solve.ts).
import {
  DType,
  NDArray,
  NPScalar,
  NPError,
  emptyArray,
  charge,
  copyArray,
  isFloat,
  isInt,
  valueError,
  typeError,
  indexError,
  astype,
  castValue,
  chargeNs,
  forEachOffset,
} from "./core";
import {
  Operand,
  classify,
  scalarValue,
  promoteTypes,
  multiply,
  broadcastShapes,
  unary,
  binary,
  BINOPS,
  shapeStr,
  EXACT_INT,
  FP_OVERFLOW,
  FP_INVALID,
  emitLoopFP,
} from "./ops";
import { sum, max, min, normAxes, normAxis, Axis } from "./reduce";
import { scratchArray, scratchF64 } from "./scratch";
import { transpose } from "./shape";
import { glibcLog } from "../random/glibc-log";
import { glibcExp } from "../random/glibc-exp";
import { dsyevd, dsytd2, EIGH_MAX_ORDER } from "./eigh-lapack";
import { dsterf } from "./dsterf";
import { solve } from "./solve";
import { gemmWasm, gemmWasmStrided, sgemmWasm } from "./wasm/gemm";
import { sdot } from "./sdot";
import { NS_PER_ELEMENT } from "./costs";
import { packRows } from "./pack-rows";
import { ddot } from "./ddot";
import { fma64 } from "./fma64";
import { fmaf } from "./f32math";
import { f16viaF32 } from "./float16";
import { intGemmExact, intSumsExact } from "./int-products";

/** float16 products (half-gemm.ts): registered with the stdlib chunk, which every run loads before it starts */
export const halfProducts: { gemm: typeof import("./half-gemm").halfGemm | null } = { gemm: null };
function halfGemm(...args: Parameters<typeof import("./half-gemm").halfGemm>): void {
  if (!halfProducts.gemm) throw halfUnsupported("a product");
  halfProducts.gemm(...args);
}

const halfUnsupported = (what: string) =>
  new NPError("NotImplementedError", `${what} of float16 arrays is not supported by this engine (use .astype(np.float32))`);

function dotType(a: DType, b: DType): DType {
  const t = promoteTypes(a, b);
  if (t === "object") throw new NPError("TypeError", "dot on object arrays is not supported");
  // NumPy accumulates uint32 products in uint32, wrapping at every step; this engine sums them in doubles
  if (t === "uint32")
    throw new NPError("NotImplementedError", `dot/matmul of ${t} arrays is not supported by this engine (convert with .astype)`);
  return t;
}

let packA = new Float64Array(3072);
let packB = new Float64Array(4096);
/** Register-tiled C = A·B for float64 results: A packed into 3-row panels and B into 4-column panels (contiguous
 *  Float64Arrays, interleaved by p), 3×4 blocks of C held in locals. Every C[i,j] is 0 + A[i,0]·B[0,j] +
 *  A[i,1]·B[1,j] + … in ascending p — the same order as the plain i-k-j loop, so the results are bit-identical
 *  to it (and to the edge loops below). */
function gemmTiled(A: any, ao: number, B: any, bo: number, C: any, co: number, m: number, k: number, n: number): void {
  // int32 index arithmetic even when the caller's numbers are heap doubles: otherwise V8 computes every index in
  // float64 and converts it per access (~1.8× slower)
  ao |= 0;
  bo |= 0;
  co |= 0;
  m |= 0;
  k |= 0;
  n |= 0;
  // A panels cover all rows: a last partial panel is padded with zero rows (computed, never stored)
  const mp = ((m + 2) / 3) | 0,
    np4 = n >> 2;
  if (packA.length < 3 * k * mp) packA = new Float64Array(3 * k * mp);
  if (packB.length < 4 * k * np4) packB = new Float64Array(4 * k * np4);
  const Ap = packA,
    Bp = packB;
  for (let ib = 0; ib < mp; ib++) {
    const base = ib * 3 * k,
      s0 = ao + ib * 3 * k,
      s1 = s0 + k,
      s2 = s1 + k,
      r = ib * 3;
    if (r + 2 < m)
      for (let p = 0, t = base; p < k; p++, t += 3) {
        Ap[t] = A[s0 + p];
        Ap[t + 1] = A[s1 + p];
        Ap[t + 2] = A[s2 + p];
      }
    else
      for (let p = 0, t = base; p < k; p++, t += 3) {
        Ap[t] = A[s0 + p];
        Ap[t + 1] = r + 1 < m ? A[s1 + p] : 0;
        Ap[t + 2] = 0;
      }
  }
  const k4 = 4 * k;
  for (let p = 0; p < k; p++) {
    for (let jb = 0, q = bo + p * n, t = 4 * p; jb < np4; jb++, q += 4, t += k4) {
      Bp[t] = B[q];
      Bp[t + 1] = B[q + 1];
      Bp[t + 2] = B[q + 2];
      Bp[t + 3] = B[q + 3];
    }
  }
  gemmKernel34(Ap, Bp, C, co, m, mp, np4, k, n);
  if (Ap.length > 1 << 20) packA = new Float64Array(3072); // don't keep big scratch alive
  if (Bp.length > 1 << 20) packB = new Float64Array(4096);
  // edge: columns np4*4..
  const j1 = np4 * 4;
  if (j1 < n)
    for (let i = 0; i < m; i++) {
      const r = ao + i * k;
      for (let j = j1; j < n; j++) {
        let s = 0;
        for (let p = 0, q = bo + j; p < k; p++, q += n) s += A[r + p] * B[q];
        C[co + i * n + j] = s;
      }
    }
}
function gemmKernel34(
  Ap: Float64Array,
  Bp: Float64Array,
  C: any,
  co: number,
  m: number,
  mp: number,
  np4: number,
  k: number,
  n: number,
): void {
  const kb = 4 * k,
    ka = 3 * k;
  for (let jb = 0; jb < np4; jb++) {
    const bb = jb * kb,
      e = bb + kb;
    for (let ib = 0; ib < mp; ib++) {
      let ab = ib * ka;
      let c00 = 0,
        c01 = 0,
        c02 = 0,
        c03 = 0,
        c10 = 0,
        c11 = 0,
        c12 = 0,
        c13 = 0,
        c20 = 0,
        c21 = 0,
        c22 = 0,
        c23 = 0;
      for (let t = bb; t < e; t += 4, ab += 3) {
        const b0 = Bp[t],
          b1 = Bp[t + 1],
          b2 = Bp[t + 2],
          b3 = Bp[t + 3];
        let a = Ap[ab];
        c00 += a * b0;
        c01 += a * b1;
        c02 += a * b2;
        c03 += a * b3;
        a = Ap[ab + 1];
        c10 += a * b0;
        c11 += a * b1;
        c12 += a * b2;
        c13 += a * b3;
        a = Ap[ab + 2];
        c20 += a * b0;
        c21 += a * b1;
        c22 += a * b2;
        c23 += a * b3;
      }
      let o = co + ib * 3 * n + jb * 4;
      C[o] = c00;
      C[o + 1] = c01;
      C[o + 2] = c02;
      C[o + 3] = c03;
      if (ib * 3 + 2 < m) {
        o += n;
        C[o] = c10;
        C[o + 1] = c11;
        C[o + 2] = c12;
        C[o + 3] = c13;
        o += n;
        C[o] = c20;
        C[o + 1] = c21;
        C[o + 2] = c22;
        C[o + 3] = c23;
      } else if (ib * 3 + 1 < m) {
        o += n;
        C[o] = c10;
        C[o + 1] = c11;
        C[o + 2] = c12;
        C[o + 3] = c13;
      }
    }
  }
}

/** C[m×n] (+)= A[m×k] · B[k×n]; all contiguous row-major with offsets */
export function gemm(
  A: any,
  ao: number,
  B: any,
  bo: number,
  C: any,
  co: number,
  m: number,
  k: number,
  n: number,
  f32 = false,
  isBool = false,
): void {
  if (dgemmFmaApplies(f32, isBool, m, k, n)) {
    dgemmFma(A, ao, k, 1, B, bo, n, 1, C, co, m, k, n);
    return;
  }
  // the WebAssembly SIMD kernel where it pays (it charges the work itself, in blocks of rows), unless unavailable
  if (onWasm(f32, isBool, C, m, k, n) && (f32 ? sgemmWasm : gemmWasm)(A, ao, B, bo, C, co, m, k, n)) return;
  // the JS kernels charge their work up front: a long product runs in blocks of rows so that the deadline and the
  // step budget are checked between blocks (rows are independent: the bits do not change). Blocks of at least 48
  // rows keep the cost of re-packing B small.
  if (m * k * n > GEMM_BLOCK_WORK && m > 1) {
    const rows = Math.max(48, Math.floor(GEMM_BLOCK_WORK / (k * n)));
    for (let i0 = 0; i0 < m; i0 += rows) gemmJs(A, ao + i0 * k, B, bo, C, co + i0 * n, Math.min(rows, m - i0), k, n, f32, isBool);
    return;
  }
  gemmJs(A, ao, B, bo, C, co, m, k, n, f32, isBool);
}

/**
 * Whether a product goes to the WebAssembly kernel: float64 results beyond the small-product loops (bit-identical to
 * gemmTiled and the blocked loop); float32 matrix · matrix (sgemmFma's bits) where it pays for copying in and out —
 * rows of C with little work each, e.g. k = n = 2, cost more to copy back than they save.
 */
function onWasm(f32: boolean, isBool: boolean, C: any, m: number, k: number, n: number): boolean {
  if (isBool) return false;
  if (f32) return m > 1 && n > 1 && m * n * k > SGEMM_WASM_MIN_WORK && k * n >= 64;
  return n > 1 && m * n * k > 4096 && (C instanceof Float64Array || Array.isArray(C));
}

const GEMM_BLOCK_WORK = 1 << 24;
const F32_VECTOR_PRODUCT_OPS = 16;
/** float32 products with at most this many multiply-adds stay on sgemmFma (scripts/bench/sgemm-micro.ts: below it
 *  the WebAssembly kernel gains little) */
const SGEMM_WASM_MIN_WORK = 512;

function gemmJs(
  A: any,
  ao: number,
  B: any,
  bo: number,
  C: any,
  co: number,
  m: number,
  k: number,
  n: number,
  f32: boolean,
  isBool: boolean,
): void {
  // float32 vector products run the loops below on Float32Arrays at 9–29 ns per multiply-add (Xf @ v of 10^6
  // elements used 29 ms of CPU, v @ Xf 9 ms), against ~1.5 ns for float64
  charge(m * k * n * (f32 && (m === 1 || n === 1) ? F32_VECTOR_PRODUCT_OPS : 1));
  if (isBool) {
    for (let i = 0; i < m; i++)
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let p = 0; p < k; p++)
          if (A[ao + i * k + p] && B[bo + p * n + j]) {
            s = 1;
            break;
          }
        C[co + i * n + j] = s;
      }
    return;
  }
  if (!f32 && m * n * k <= 4096 && Array.isArray(A) && Array.isArray(B) && Array.isArray(C)) {
    gemmSArr(A, ao, k, 1, B, bo, n, 1, C, co, m, k, n);
    return;
  }
  if (f32 && m > 1 && n > 1) {
    sgemmFma(A, ao, B, bo, C, co, m, k, n);
    return;
  }
  if (n === 1) {
    // matrix · vector
    for (let i = 0; i < m; i++) {
      let s = 0;
      const ai = ao + i * k;
      for (let p = 0; p < k; p++) s += A[ai + p] * B[bo + p];
      C[co + i] = s;
    }
    return;
  }
  if (m * n * k <= 4096) {
    gemmLoc(A, ao, k, 1, B, bo, n, 1, C, co, m, k, n);
    return;
  }
  if (!Array.isArray(C) ? C instanceof Float64Array : true) {
    if (!(A instanceof Float32Array) && !(B instanceof Float32Array)) {
      gemmTiled(A, ao, B, bo, C, co, m, k, n);
      return;
    }
  }
  // larger: blocked i-k-j on Float64Array
  const Cd = C;
  for (let i = 0; i < m; i++) {
    const ci = co + i * n;
    for (let j = 0; j < n; j++) Cd[ci + j] = 0;
  }
  const KB = 128,
    JB = 512;
  for (let j0 = 0; j0 < n; j0 += JB) {
    const j1 = Math.min(n, j0 + JB);
    for (let p0 = 0; p0 < k; p0 += KB) {
      const p1 = Math.min(k, p0 + KB);
      let i = 0;
      for (; i + 1 < m; i += 2) {
        const ci0 = co + i * n,
          ci1 = ci0 + n;
        const ai0 = ao + i * k,
          ai1 = ai0 + k;
        for (let p = p0; p < p1; p++) {
          const a0 = A[ai0 + p],
            a1 = A[ai1 + p];
          const bp = bo + p * n;
          for (let j = j0; j < j1; j++) {
            const b = B[bp + j];
            Cd[ci0 + j] += a0 * b;
            Cd[ci1 + j] += a1 * b;
          }
        }
      }
      for (; i < m; i++) {
        const ci = co + i * n,
          ai = ao + i * k;
        for (let p = p0; p < p1; p++) {
          const a = A[ai + p];
          const bp = bo + p * n;
          for (let j = j0; j < j1; j++) Cd[ci + j] += a * B[bp + j];
        }
      }
    }
  }
}

/** float32 matrix · matrix as OpenBLAS's sgemm kernels compute it for the small products learners write: each
 *  C[i,j] accumulated in float32 over ascending p with a fused multiply-add (fmaf). Summing in double and rounding
 *  once is more accurate but prints other last digits than NumPy. (Vector products, gemv/sdot, use other orders that
 *  no simple model reproduces; they keep the double sum.) */
export function sgemmFma(A: any, ao: number, B: any, bo: number, C: any, co: number, m: number, k: number, n: number): void {
  for (let i = 0; i < m; i++) {
    const ai = ao + i * k,
      ci = co + i * n;
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0, pb = bo + j; p < k; p++, pb += n) s = fmaf(A[ai + p], B[pb], s);
      C[ci + j] = s;
    }
  }
}

/** strided C[m×n] = A · B where A[i,p] = A[ao + i*a0 + p*a1], B[p,j] = B[bo + p*b0 + j*b1]; C contiguous at co */
// gemmS's small strided loops for plain-array (small float64) storage only: a separate function keeps its element
// accesses monomorphic (gemmS also sees typed arrays). Same arithmetic, same order.
function gemmSArr(
  A: number[],
  ao: number,
  a0: number,
  a1: number,
  B: number[],
  bo: number,
  b0: number,
  b1: number,
  C: number[],
  co: number,
  m: number,
  k: number,
  n: number,
): void {
  if (n === 1) {
    for (let i = 0; i < m; i++) {
      let s = 0;
      let pa = ao + i * a0,
        pb = bo;
      for (let p = 0; p < k; p++, pa += a1, pb += b0) s += A[pa] * B[pb];
      C[co + i] = s;
    }
    return;
  }
  if (k === 1) {
    for (let i = 0; i < m; i++) {
      const a = A[ao + i * a0];
      const ci = co + i * n;
      for (let j = 0, pb = bo; j < n; j++, pb += b1) C[ci + j] = 0 + a * B[pb];
    }
    return;
  }
  // 4 columns at a time in locals: each C[i,j] = 0 + Σ_p A[i,p]·B[p,j] in ascending p (every term: 0·inf is nan, as
  // in BLAS)
  for (let i = 0; i < m; i++) {
    const ai = ao + i * a0,
      ci = co + i * n;
    let j = 0;
    for (; j + 3 < n; j += 4) {
      let s0 = 0,
        s1 = 0,
        s2 = 0,
        s3 = 0;
      for (let p = 0, pa = ai, pb = bo + j * b1; p < k; p++, pa += a1, pb += b0) {
        const a = A[pa];
        s0 += a * B[pb];
        s1 += a * B[pb + b1];
        s2 += a * B[pb + 2 * b1];
        s3 += a * B[pb + 3 * b1];
      }
      C[ci + j] = s0;
      C[ci + j + 1] = s1;
      C[ci + j + 2] = s2;
      C[ci + j + 3] = s3;
    }
    for (; j < n; j++) {
      let s0 = 0;
      for (let p = 0, pa = ai, pb = bo + j * b1; p < k; p++, pa += a1, pb += b0) s0 += A[pa] * B[pb];
      C[ci + j] = s0;
    }
  }
}

/** float64 matrix · matrix products of at most this many multiply-adds take dgemmFma (NumPy's bits); larger ones the
 *  faster kernels below, whose last bits differ (the emulated fused multiply-adds cost about 4× the plain loop: a
 *  16×16 · 16×16 product took 24 µs against 6 µs in Node 20 when this was written) */
const DGEMM_FMA_MAX_WORK = 1 << 14;
const dgemmFmaApplies = (f32: boolean, isBool: boolean, m: number, k: number, n: number) =>
  !f32 && !isBool && m > 1 && n > 1 && k > 1 && m * k * n <= DGEMM_FMA_MAX_WORK;

/**
 * float64 matrix · matrix as OpenBLAS's dgemm kernels compute it (a matrix · matrix product NumPy hands to BLAS): each
 * C[i,j] a chain of fused multiply-adds over ascending p from 0 — so a sum that cancels gives NumPy's tiny residue
 * (-1.08e-18, printed in scientific notation) where adding rounded products gives 0. Strided operands, C contiguous.
 * Except: the shared dimension is summed in OpenBLAS's blocks (dgemmKChunks), and the last row of an odd number of
 * rows in four accumulators (fourAccumulatorDot).
 */
function dgemmFma(
  A: any,
  ao: number,
  a0: number,
  a1: number,
  B: any,
  bo: number,
  b0: number,
  b1: number,
  C: any,
  co: number,
  m: number,
  k: number,
  n: number,
): void {
  charge(m * k * n);
  // the last row of an odd count, in its columns that come in blocks of 4 (see fourAccumulatorDot)
  const tailRow = m % 2 === 1 ? m - 1 : -1,
    tailCols = n - (n % 4);
  const chunks = dgemmKChunks(k);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      const four = i === tailRow && j < tailCols;
      let c = 0;
      for (let q = 0; q + 1 < chunks.length; q++) {
        const lo = chunks[q],
          len = chunks[q + 1] - lo,
          pa = ao + i * a0 + lo * a1,
          pb = bo + j * b1 + lo * b0;
        let s = 0;
        if (four && len >= 8) s = fourAccumulatorDot(A, pa, a1, B, pb, b0, len);
        else for (let p = 0, x = pa, y = pb; p < len; p++, x += a1, y += b0) s = fma64(A[x], B[y], s);
        c += s;
      }
      C[co + i * n + j] = c;
    }
}

/** OpenBLAS's Haswell dgemm block of the shared dimension (DGEMM_DEFAULT_Q) and its kernel's row unroll */
const DGEMM_Q = 256,
  DGEMM_UNROLL_M = 4;
/**
 * Where OpenBLAS's level-3 driver cuts the shared dimension (driver/level3/level3.c): blocks of DGEMM_Q while 2·Q or
 * more remain, a remainder between Q and 2·Q in two (the first rounded up to the unroll). The kernel sums each block
 * from zero and adds it to C, so C[i,j] is the in-order sum of the blocks' results. Returns the block boundaries.
 */
function dgemmKChunks(k: number): number[] {
  const cuts = [0];
  for (let ls = 0; ls < k; ) {
    let len = k - ls;
    if (len >= 2 * DGEMM_Q) len = DGEMM_Q;
    else if (len > DGEMM_Q) len = Math.ceil(Math.floor(len / 2) / DGEMM_UNROLL_M) * DGEMM_UNROLL_M;
    ls += len;
    cuts.push(ls);
  }
  return cuts;
}

/**
 * NumPy's row-major C = A·B is OpenBLAS's column-major Cᵀ = Bᵀ·Aᵀ, so C's rows are the kernel's columns; the Haswell
 * dgemm kernel (dgemm_kernel_4x8_haswell.S) takes them 24, 8, 4, 2 and finally 1 at a time, and for that single last
 * column its 4-wide blocks (KERNEL4x1) cycle each 8 terms over four accumulators (term p into p mod 4), add the
 * k mod 8 leftover terms into the first in order, and sum them as (acc0 + acc1) + (acc2 + acc3).
 */
function fourAccumulatorDot(A: any, pa: number, sa: number, B: any, pb: number, sb: number, k: number): number {
  const acc = [0, 0, 0, 0];
  const k8 = k - (k % 8);
  let p = 0;
  for (; p < k8; p++, pa += sa, pb += sb) acc[p & 3] = fma64(A[pa], B[pb], acc[p & 3]);
  for (; p < k; p++, pa += sa, pb += sb) acc[0] = fma64(A[pa], B[pb], acc[0]);
  return acc[0] + acc[1] + (acc[2] + acc[3]);
}

export function gemmS(
  A: any,
  ao: number,
  a0: number,
  a1: number,
  B: any,
  bo: number,
  b0: number,
  b1: number,
  C: any,
  co: number,
  m: number,
  k: number,
  n: number,
  f32 = false,
  isBool = false,
): void {
  if (a1 === 1 && b1 === 1 && a0 === k && b0 === n) {
    gemm(A, ao, B, bo, C, co, m, k, n, f32, isBool);
    return;
  }
  if (dgemmFmaApplies(f32, isBool, m, k, n)) {
    dgemmFma(A, ao, a0, a1, B, bo, b0, b1, C, co, m, k, n);
    return;
  }
  // strided operands (x.T, W.T) go straight into the kernel's memory, without a packed copy first; it charges itself
  if (onWasm(f32, isBool, C, m, k, n) && gemmWasmStrided(f32, A, ao, a0, a1, B, bo, b0, b1, C, co, m, k, n)) return;
  const work = m * k * n;
  charge(work);
  if (isBool || f32 || work > 65536) {
    // copy to contiguous then use the contiguous kernel (a float64 operand that is already row-major is used as it is:
    // the kernels read the same values either way)
    const aRow = !f32 && !isBool && a1 === 1 && a0 === k,
      bRow = !f32 && !isBool && b1 === 1 && b0 === n;
    const Ac = aRow ? A : new Float64Array(m * k),
      Bc = bRow ? B : new Float64Array(k * n);
    if (!aRow) packRows(A, ao, a0, a1, Ac, m, k);
    if (!bRow) packRows(B, bo, b0, b1, Bc, k, n);
    gemm(Ac, aRow ? ao : 0, Bc, bRow ? bo : 0, C, co, m, k, n, f32, isBool);
    return;
  }
  if (Array.isArray(A) && Array.isArray(B) && Array.isArray(C)) {
    gemmSArr(A, ao, a0, a1, B, bo, b0, b1, C, co, m, k, n);
    return;
  }
  if (n === 1) {
    for (let i = 0; i < m; i++) {
      let s = 0;
      let pa = ao + i * a0,
        pb = bo;
      for (let p = 0; p < k; p++, pa += a1, pb += b0) s += A[pa] * B[pb];
      C[co + i] = s;
    }
    return;
  }
  if (k === 1) {
    // outer product (column × row): acc = 0 + a*b as in the loop below
    for (let i = 0; i < m; i++) {
      const a = A[ao + i * a0];
      const ci = co + i * n;
      for (let j = 0, pb = bo; j < n; j++, pb += b1) C[ci + j] = 0 + a * B[pb];
    }
    return;
  }
  if (a1 !== 1 && m * k >= 1024) {
    // a transposed A (h.T @ dout): its rows packed first, so the same loop reads them in order (same terms, same order)
    const Ap = new Float64Array(m * k);
    packRows(A, ao, a0, a1, Ap, m, k);
    gemmLoc(Ap, 0, k, 1, B, bo, b0, b1, C, co, m, k, n);
    return;
  }
  gemmLoc(A, ao, a0, a1, B, bo, b0, b1, C, co, m, k, n);
}

/** generic small strided product: 4 columns of C at a time in locals, each C[i,j] = 0 + Σ_p A[i,p]·B[p,j] in
 *  ascending p (the same terms in the same order as an accumulator-row i-k-j loop) */
function gemmLoc(
  A: any,
  ao: number,
  a0: number,
  a1: number,
  B: any,
  bo: number,
  b0: number,
  b1: number,
  C: any,
  co: number,
  m: number,
  k: number,
  n: number,
): void {
  for (let i = 0; i < m; i++) {
    const ai = ao + i * a0,
      ci = co + i * n;
    let j = 0;
    for (; j + 3 < n; j += 4) {
      let s0 = 0,
        s1 = 0,
        s2 = 0,
        s3 = 0;
      for (let p = 0, pa = ai, pb = bo + j * b1; p < k; p++, pa += a1, pb += b0) {
        const a = A[pa];
        s0 += a * B[pb];
        s1 += a * B[pb + b1];
        s2 += a * B[pb + 2 * b1];
        s3 += a * B[pb + 3 * b1];
      }
      C[ci + j] = s0;
      C[ci + j + 1] = s1;
      C[ci + j + 2] = s2;
      C[ci + j + 3] = s3;
    }
    for (; j < n; j++) {
      let s0 = 0;
      for (let p = 0, pa = ai, pb = bo + j * b1; p < k; p++, pa += a1, pb += b0) s0 += A[pa] * B[pb];
      C[ci + j] = s0;
    }
  }
}

function toArr(x: Operand): NDArray {
  const c = classify(x);
  if (c.arr) return c.arr;
  const a = emptyArray(c.dtype, []);
  (a.data as any)[0] = scalarValue(c);
  return a;
}

function mm2(a: NDArray, b: NDArray, dt: DType, op = "dot"): NDArray {
  const m = a.shape[0],
    k = a.shape[1],
    n = b.shape[1];
  // every kernel gemmS reaches writes all of C (0 when k is 0): float results may take a dead temporary's storage
  const out = dt === "float64" || dt === "float32" ? scratchArray(dt, [m, n]) : emptyArray(dt, [m, n]);
  if (dt === "float16") {
    halfGemm(
      a.data as any,
      a.offset,
      a.strides[0],
      a.strides[1],
      b.data as any,
      b.offset,
      b.strides[0],
      b.strides[1],
      out.data as any,
      0,
      m,
      k,
      n,
      op,
    );
    return out;
  }
  if (dt === "float32" && m === 1 && n === 1) {
    // a 1×1 float32 result is NumPy's dot loop (matmul's row @ column, np.dot's two vectors): sdot on the row of `a`
    // and the column of `b`, with their strides
    const row = new NDArray(a.dtype, [k], a.data, [a.strides[1]!], a.offset);
    const col = new NDArray(b.dtype, [k], b.data, [b.strides[0]!], b.offset);
    (out.data as any)[0] = vdotCore(row, col, dt, op === "dot");
    return out;
  }
  if (!intSumsExact(dt, k, a, b)) {
    intGemmExact(
      a.data as any,
      a.offset,
      a.strides[0],
      a.strides[1],
      b.data as any,
      b.offset,
      b.strides[0],
      b.strides[1],
      out.data,
      0,
      m,
      k,
      n,
      dt,
    );
    return out;
  }
  gemmS(
    a.data,
    a.offset,
    a.strides[0],
    a.strides[1],
    b.data,
    b.offset,
    b.strides[0],
    b.strides[1],
    out.data,
    0,
    m,
    k,
    n,
    dt === "float32",
    dt === "bool",
  );
  return out;
}

/** np.dot */
/** float64 2-D × 2-D (both C-contiguous) */
function fastMM(a: NDArray, b: NDArray): NDArray | null {
  if (a.shape.length !== 2) return null;
  // float64 results (float64 with any numeric dtype): the same gemmS call mm2 would make
  if (
    (a.dtype !== "float64" || b.dtype !== "float64") &&
    (a.dtype === "object" || b.dtype === "object" || promoteTypes(a.dtype, b.dtype) !== "float64")
  )
    return null;
  const m = a.shape[0],
    k = a.shape[1];
  if (b.shape.length === 2) {
    const n = b.shape[1];
    if (b.shape[0] !== k) return null;
    const st = scratchF64("float64", m * n);
    gemmS(a.data, a.offset, a.strides[0], a.strides[1], b.data, b.offset, b.strides[0], b.strides[1], st, 0, m, k, n);
    return new NDArray("float64", [m, n], st);
  }
  if (b.shape.length === 1) {
    if (b.shape[0] !== k) return null;
    const st = scratchF64("float64", m);
    gemmS(a.data, a.offset, a.strides[0], a.strides[1], b.data, b.offset, b.strides[0], 0, st, 0, m, k, 1);
    return new NDArray("float64", [m], st);
  }
  return null;
}
export function dot(x: Operand, y: Operand): NDArray | NPScalar {
  const r = dotOf(x, y);
  checkProductFP(x, y, r, "dot");
  return r;
}
function dotOf(x: Operand, y: Operand): NDArray | NPScalar {
  if (x instanceof NDArray && y instanceof NDArray) {
    if (x.shape.length === 1 && y.shape.length === 2 && x.dtype === "float64" && y.dtype === "float64" && x.shape[0] === y.shape[0]) {
      // vector · matrix: exactly the gemmS call the general path makes (via mm2, x as a 1×k row with strides [1, s])
      const k = x.shape[0],
        n = y.shape[1];
      const st = scratchF64("float64", n);
      gemmS(x.data, x.offset, 1, x.strides[0], y.data, y.offset, y.strides[0], y.strides[1], st, 0, 1, k, n);
      return new NDArray("float64", [n], st);
    }
    const r = fastMM(x, y);
    if (r !== null) return r;
  }
  const cx = classify(x),
    cy = classify(y);
  // np.dot converts a Python scalar to an array first: it promotes as a strong int64/float64 (NEP 50 does not apply)
  const strong = (o: Operand, c: typeof cx) => (c.weak ? new NPScalar(c.dtype, scalarValue(c)) : o);
  if (!cx.arr || !cy.arr || cx.arr.ndim === 0 || cy.arr.ndim === 0) {
    const r = multiply(strong(x, cx), strong(y, cy));
    // NumPy's BLAS route for a float scalar times a float array of 1 or 2 dimensions and more than one element adds
    // the products into a zeroed output (daxpy), so a -0 product comes out as +0; and OpenBLAS's daxpy returns at
    // once when the scalar is 0, so the output stays zero even where the array holds NaN or inf
    if (r instanceof NDArray && (r.dtype === "float64" || r.dtype === "float32") && r.ndim <= 2 && r.size > 1) {
      const d = r.data as Float64Array;
      const s = cx.arr && cx.arr.ndim > 0 ? cy : cx;
      if (Number(s.arr ? s.arr.getFlat(0) : scalarValue(s)) === 0) d.fill(0);
      else for (let i = 0; i < d.length; i++) d[i] = d[i]! + 0;
    }
    return r;
  }
  const a = cx.arr,
    b = cy.arr;
  const dt = dotType(a.dtype, b.dtype);
  const an = a.ndim,
    bn = b.ndim;
  const ka = a.shape[an - 1],
    kbDim = bn === 1 ? 0 : bn - 2,
    kb = b.shape[kbDim];
  if (ka !== kb)
    throw valueError(`shapes ${shapeStr(a.shape)} and ${shapeStr(b.shape)} not aligned: ${ka} (dim ${an - 1}) != ${kb} (dim ${kbDim})`);
  if (an === 1 && bn === 1) {
    const r = vdotCore(a, b, dt, true);
    return new NPScalar(dt, r);
  }
  if (an === 2 && bn === 2) return mm2(a, b, dt);
  if (an === 2 && bn === 1) {
    const r = mm2(a, new NDArray(b.dtype, [kb, 1], b.data, [b.strides[0], 1], b.offset), dt);
    return new NDArray(dt, [a.shape[0]], r.data);
  }
  if (an === 1 && bn === 2) {
    const r = mm2(new NDArray(a.dtype, [1, ka], a.data, [1, a.strides[0]], a.offset), b, dt);
    return new NDArray(dt, [b.shape[1]], r.data);
  }
  // general N-D: reshape a to (M, k), b to (k, N) with b's axis kbDim moved
  const aOuter = a.shape.slice(0, an - 1);
  const M = aOuter.reduce((p, q) => p * q, 1);
  const A2 = reshapeCopy(a, [M, ka]);
  const bAxes = [...Array(bn).keys()].filter((i) => i !== kbDim);
  const bPerm = [kbDim, ...bAxes];
  const bT = new NDArray(
    b.dtype,
    bPerm.map((i) => b.shape[i]),
    b.data,
    bPerm.map((i) => b.strides[i]),
    b.offset,
  );
  const bOuter = bAxes.map((i) => b.shape[i]);
  const N = bOuter.reduce((p, q) => p * q, 1);
  const B2 = reshapeCopy(bT, [kb, N]);
  const r = mm2(A2, B2, dt);
  const shape = [...aOuter, ...bOuter];
  if (shape.length === 0) return new NPScalar(dt, (r.data as any)[0]);
  return new NDArray(dt, shape, r.data);
}
function reshapeCopy(a: NDArray, shape: number[]): NDArray {
  const c = a.contig ? a : copyArray(a);
  return new NDArray(c.dtype, shape, c.data, undefined, c.offset);
}
/** vector · vector; `npDot`: np.dot's route (cblas_matrixproduct), which copies a vector whose stride is not positive */
function vdotCore(a: NDArray, b: NDArray, dt: DType, npDot = false): number {
  const n = a.shape[0];
  chargeNs(n * NS_PER_ELEMENT.dot);
  const ad = a.data as any,
    bd = b.data as any;
  let s = 0;
  if (dt === "float16") {
    const r = [0];
    halfGemm(ad, a.offset, 0, a.strides[0], bd, b.offset, b.strides[0], 0, r, 0, 1, n, 1, "dot");
    return r[0]!;
  }
  if (dt === "bool") {
    for (let i = 0; i < n; i++) if (ad[a.offset + i * a.strides[0]] && bd[b.offset + i * b.strides[0]]) return 1;
    return 0;
  }
  if (dt === "float32" || dt === "float64") {
    // NumPy casts an operand of another dtype (int16, float16, bool) to a new contiguous array first, and np.dot
    // copies one whose stride is not positive
    const operand = (v: NDArray): [any, number, number] =>
      v.dtype === dt && (!npDot || v.strides[0]! > 0 || n < 2) ? [v.data, v.offset, v.strides[0]!] : [copyArray(v, dt).data, 0, 1];
    const [xd, xo, xs] = operand(a),
      [yd, yo, ys] = operand(b);
    if (dt === "float32") return sdot(xd, xo, xs, yd, yo, ys, n);
    // BLAS (ddot) unless @ meets a stride that is not positive: then NumPy's own loop below, products added in order
    if (xs > 0 && ys > 0) return ddot(xd, xo, xs, yd, yo, ys, n);
  }
  // integers: every partial sum and product is at most Σ|products|; while that stays below 2**53 the sum is exact
  let bound = 0;
  for (let i = 0, ao = a.offset, bo = b.offset, as = a.strides[0], bs = b.strides[0]; i < n; i++, ao += as, bo += bs) {
    const p = ad[ao] * bd[bo];
    s += p;
    bound += Math.abs(p);
  }
  if (bound >= EXACT_INT && isInt(dt)) {
    const r = [0];
    intGemmExact(ad, a.offset, 0, a.strides[0], bd, b.offset, b.strides[0], 0, r, 0, 1, n, 1, dt);
    return r[0]!;
  }
  if (isInt(dt) && dt !== "int64" && dt !== "uint64") s = castValue(s, dt); // wraps in the integer dtype, as NumPy does
  return s;
}

/**
 * NumPy's "overflow encountered in dot/matmul" ("invalid value …" for a NaN): read from the product of two arrays once
 * it is made, and only when it holds a value that is not finite are the operands looked at: finite operands overflowed
 * (a NaN then came from inf - inf, after an overflow); operands holding an infinity but no NaN gave a NaN from inf · 0.
 */
function checkProductFP(x: Operand, y: Operand, r: NDArray | NPScalar, name: string): void {
  if (!(x instanceof NDArray && y instanceof NDArray) || x.ndim === 0 || y.ndim === 0 || !isFloat(r.dtype)) return;
  const rd: ArrayLike<number> = r instanceof NPScalar ? [r.value as number] : (r.data as ArrayLike<number>);
  let inf = false,
    nan = false;
  for (let i = 0; i < rd.length; i++) {
    const v = rd[i]!;
    if (v !== v) nan = true;
    else if (v - v !== 0) inf = true;
  }
  if (!inf && !nan) return;
  const scan = (a: NDArray) => {
    let hasNaN = false,
      hasInf = false;
    const d = a.data as ArrayLike<number>;
    forEachOffset(a, (o) => {
      const v = d[o]!;
      if (v !== v) hasNaN = true;
      else if (v - v !== 0) hasInf = true;
    });
    return { hasNaN, hasInf };
  };
  const sx = scan(x),
    sy = scan(y);
  if (sx.hasNaN || sy.hasNaN) return;
  const finiteOperands = !sx.hasInf && !sy.hasInf;
  const flags = (finiteOperands ? FP_OVERFLOW : 0) | (nan ? FP_INVALID : 0);
  if (flags) emitLoopFP(flags, name);
}

const SIG = "(n?,k),(k,m?)->(n?,m?)";
/** np.matmul / @ */
export function matmul(x: Operand, y: Operand, out?: NDArray | null): NDArray | NPScalar {
  const r = matmulOf(x, y, out);
  checkProductFP(x, y, r, "matmul");
  return r;
}
function matmulOf(x: Operand, y: Operand, out?: NDArray | null): NDArray | NPScalar {
  if (out == null && x instanceof NDArray && y instanceof NDArray) {
    const r = fastMM(x, y);
    if (r !== null) return r;
  }
  const a = toArr(x),
    b = toArr(y);
  if (a.ndim === 0)
    throw valueError(`matmul: Input operand 0 does not have enough dimensions (has 0, gufunc core with signature ${SIG} requires 1)`);
  if (b.ndim === 0)
    throw valueError(`matmul: Input operand 1 does not have enough dimensions (has 0, gufunc core with signature ${SIG} requires 1)`);
  const dt = dotType(a.dtype, b.dtype);
  const a1 = a.ndim === 1,
    b1 = b.ndim === 1;
  const A = a1 ? new NDArray(a.dtype, [1, a.shape[0]], a.data, [0, a.strides[0]], a.offset) : a;
  const Bm = b1 ? new NDArray(b.dtype, [b.shape[0], 1], b.data, [b.strides[0], 0], b.offset) : b;
  const m = A.shape[A.ndim - 2],
    k = A.shape[A.ndim - 1],
    k2 = Bm.shape[Bm.ndim - 2],
    n = Bm.shape[Bm.ndim - 1];
  if (k !== k2)
    throw valueError(
      `matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ${SIG} (size ${k2} is different from ${k})`,
    );
  // vector @ vector is NumPy's dot loop (sdot/ddot), as np.dot
  if (a1 && b1 && !out && dt !== "float16") return new NPScalar(dt, vdotCore(a, b, dt));
  let res: NDArray;
  if (A.ndim === 2 && Bm.ndim === 2) {
    res = mm2(A, Bm, dt, "matmul");
  } else {
    const sa = A.shape.slice(0, -2),
      sb = Bm.shape.slice(0, -2);
    const bs = broadcastStacks(a, sa, b, sb, [...(a1 ? [] : [m]), ...(b1 ? [] : [n])]);
    const nb = bs.reduce((p, q) => p * q, 1);
    res = emptyArray(dt, [...bs, m, n]);
    const Ac = A.contig ? A : copyArray(A),
      Bc = Bm.contig ? Bm : copyArray(Bm);
    const Aa = Ac.dtype === dt || isFloat(dt) ? Ac : astype(Ac, dt);
    const Ba = Bc.dtype === dt || isFloat(dt) ? Bc : astype(Bc, dt);
    const idx = new Array(bs.length).fill(0);
    const strA = stackStrides(sa, bs, m * k),
      strB = stackStrides(sb, bs, k * n);
    const exact = intSumsExact(dt, k, Aa, Ba);
    for (let t = 0; t < nb; t++) {
      let oa = Aa.offset,
        ob = Ba.offset;
      for (let d = 0; d < bs.length; d++) {
        oa += idx[d] * strA[d];
        ob += idx[d] * strB[d];
      }
      if (dt === "float16") halfGemm(Aa.data as any, oa, k, 1, Ba.data as any, ob, n, 1, res.data as any, t * m * n, m, k, n, "matmul");
      // row @ column: NumPy's dot loop, as in mm2 (on the contiguous copies)
      else if (dt === "float32" && m === 1 && n === 1) (res.data as any)[t] = sdot(Aa.data as any, oa, 1, Ba.data as any, ob, 1, k);
      else if (!exact) intGemmExact(Aa.data as any, oa, k, 1, Ba.data as any, ob, n, 1, res.data, t * m * n, m, k, n, dt);
      else gemm(Aa.data, oa, Ba.data, ob, res.data, t * m * n, m, k, n, dt === "float32", dt === "bool");
      for (let d = bs.length - 1; d >= 0; d--) {
        idx[d]++;
        if (idx[d] < bs[d]) break;
        idx[d] = 0;
      }
    }
  }
  // drop prepended/appended 1-dims
  let shape = res.shape.slice();
  if (a1) shape.splice(shape.length - 2, 1);
  if (b1) shape.splice(shape.length - 1, 1);
  if (shape.length !== res.shape.length) res = new NDArray(dt, shape, res.data);
  if (out) {
    binary(BINOPS.add, res, 0, out);
    return out;
  }
  if (res.ndim === 0) return new NPScalar(dt, (res.data as any)[0]);
  return res;
}
/** The broadcast stack (loop) shape of two gufunc operands whose stack dimensions are sa and sb; NumPy's gufunc wording
 *  when they do not broadcast: each operand's shape, its core dimensions as newaxis, and the output's core shape */
export function broadcastStacks(a: NDArray, sa: number[], b: NDArray, sb: number[], outCore: number[]): number[] {
  try {
    return broadcastShapes(sa, sb);
  } catch {
    const tuple = (xs: (number | string)[]) => `(${xs.join(",")}${xs.length === 1 ? "," : ""})`;
    const remap = (arr: NDArray, batch: number[]) =>
      `${tuple(arr.shape)}->${tuple([...batch, ...arr.shape.slice(batch.length).map(() => "newaxis")])}`;
    throw valueError(
      `operands could not be broadcast together with remapped shapes [original->remapped]: ${remap(a, sa)} ${remap(b, sb)}  and requested shape ${tuple(outCore)}`,
    );
  }
}

/** The element offset each stack dimension of bs steps in an operand of stack shape s (0 where s broadcasts), whose
 *  matrices hold `block` elements */
export function stackStrides(s: number[], bs: number[], block: number): number[] {
  const off = bs.length - s.length;
  const st = new Array(bs.length).fill(0);
  let acc = block;
  for (let i = s.length - 1; i >= 0; i--) {
    st[i + off] = s[i] === 1 ? 0 : acc;
    acc *= s[i];
  }
  return st;
}

export function outer(x: Operand, y: Operand): NDArray {
  const a = toArr(x),
    b = toArr(y);
  const av = a.contig ? a : copyArray(a),
    bv = b.contig ? b : copyArray(b);
  const A = new NDArray(av.dtype, [av.size, 1], av.data, [1, 0], av.offset);
  const B = new NDArray(bv.dtype, [1, bv.size], bv.data, [0, 1], bv.offset);
  return multiply(A, B) as NDArray;
}

export function inner(x: Operand, y: Operand): NDArray | NPScalar {
  const a = toArr(x),
    b = toArr(y);
  if (a.ndim === 0 || b.ndim === 0) return dot(x, y); // a scalar: dot's route (BLAS's for floats)
  if (b.ndim === 1) return dot(a, b);
  // inner(a, b) = tensordot(a, b, axes=(-1, -1))
  return tensordot(a, b, [[a.ndim - 1], [b.ndim - 1]]);
}

export function vdot(x: Operand, y: Operand): NPScalar {
  const a = toArr(x),
    b = toArr(y);
  const fa = a.contig ? a : copyArray(a),
    fb = b.contig ? b : copyArray(b);
  if (fa.size !== fb.size) throw valueError("cannot reshape array");
  return dot(
    new NDArray(fa.dtype, [fa.size], fa.data, [1], fa.offset),
    new NDArray(fb.dtype, [fb.size], fb.data, [1], fb.offset),
  ) as NPScalar;
}

export function tensordot(x: Operand, y: Operand, axes: number | [number[], number[]] = 2): NDArray | NPScalar {
  const a = toArr(x),
    b = toArr(y);
  let axA: number[], axB: number[];
  if (typeof axes === "number") {
    // NumPy indexes the shapes with range(-axes, 0): more axes than dimensions is an IndexError (not a huge loop)
    if (axes > a.ndim || axes > b.ndim) throw indexError("tuple index out of range");
    axA = [...Array(axes).keys()].map((i) => a.ndim - axes + i);
    axB = [...Array(axes).keys()];
  } else {
    axA = axes[0].map((i) => (i < 0 ? i + a.ndim : i));
    axB = axes[1].map((i) => (i < 0 ? i + b.ndim : i));
  }
  if (axA.length !== axB.length) throw valueError("shape-mismatch for sum");
  for (let i = 0; i < axA.length; i++) if (a.shape[axA[i]] !== b.shape[axB[i]]) throw valueError("shape-mismatch for sum");
  const freeA = [...Array(a.ndim).keys()].filter((i) => !axA.includes(i));
  const freeB = [...Array(b.ndim).keys()].filter((i) => !axB.includes(i));
  const permA = [...freeA, ...axA],
    permB = [...axB, ...freeB];
  const tA = new NDArray(
    a.dtype,
    permA.map((i) => a.shape[i]),
    a.data,
    permA.map((i) => a.strides[i]),
    a.offset,
  );
  const tB = new NDArray(
    b.dtype,
    permB.map((i) => b.shape[i]),
    b.data,
    permB.map((i) => b.strides[i]),
    b.offset,
  );
  const M = freeA.reduce((p, i) => p * a.shape[i], 1),
    N = freeB.reduce((p, i) => p * b.shape[i], 1);
  const K = axA.reduce((p, i) => p * a.shape[i], 1);
  const r = mm2(reshapeCopy(tA, [M, K]), reshapeCopy(tB, [K, N]), dotType(a.dtype, b.dtype));
  const shape = [...freeA.map((i) => a.shape[i]), ...freeB.map((i) => b.shape[i])];
  return new NDArray(r.dtype, shape, r.data);
}

// ------------------------------------------------------------------ norm
export type NormOrd = number | "fro" | "nuc" | null | undefined;
export function norm(x: NDArray, ord: NormOrd = null, axis: Axis = null, keepdims = false): NDArray | NPScalar {
  let a = x;
  if (!isFloat(a.dtype)) a = astype(a, "float64");
  const nd = a.ndim;
  if (axis === null || axis === undefined) {
    if (ord === null || ord === undefined || (ord === "fro" && nd === 2) || (ord === 2 && nd === 1)) {
      const c = a.contig ? a : copyArray(a);
      const d = c.data as any;
      let r: number;
      if (a.dtype === "float16") {
        // sqrt(x.dot(x)) in half precision: the float16 dot, then a float32 sqrt rounded to half
        const sq = [0];
        halfGemm(d, c.offset, 0, 1, d, c.offset, 1, 0, sq, 0, 1, c.size, 1, "dot");
        r = f16viaF32(Math.sqrt(sq[0]!));
      } else if (a.dtype === "float32") r = Math.fround(Math.sqrt(sdot(d, c.offset, 1, d, c.offset, 1, c.size)));
      else r = Math.sqrt(ddot(d, c.offset, 1, d, c.offset, 1, c.size)); // NumPy: sqrt(x.dot(x)) of the raveled x
      if (r - r !== 0) {
        const flat = new NDArray(c.dtype, [c.size], c.data, [1], c.offset);
        checkProductFP(flat, flat, new NPScalar(a.dtype, r), "dot");
      }
      if (keepdims) {
        const o = emptyArray(
          a.dtype,
          a.shape.map(() => 1),
        );
        (o.data as any)[0] = r;
        return o;
      }
      return new NPScalar(a.dtype, r);
    }
    axis = nd === 1 ? [0] : nd === 2 ? [0, 1] : null;
    if (axis === null) throw valueError("Improper number of dimensions to norm.");
  }
  const axes = typeof axis === "number" ? [axis] : axis;
  if (axes.length === 1) {
    const ax = normAxes(axes, nd);
    const absA = unary("absolute", a) as NDArray;
    if (ord === null || ord === undefined || ord === 2) {
      const sq = multiply(a, a) as NDArray;
      return unary("sqrt", sum(sq, ax, { keepdims }));
    }
    if (ord === Infinity) return max(absA, ax, { keepdims });
    if (ord === -Infinity) return min(absA, ax, { keepdims });
    // the count of nonzero entries (NaN counts), in the float dtype
    if (ord === 0) return sum(binary(BINOPS.not_equal, a, 0) as NDArray, ax, { keepdims, dtype: a.dtype });
    if (ord === 1) return sum(absA, ax, { keepdims });
    if (typeof ord === "number") {
      const p = binary(BINOPS.power, absA, ord) as NDArray;
      return binary(BINOPS.power, sum(p, ax, { keepdims }), 1 / ord);
    }
    throw valueError(`Invalid norm order '${ord}' for vectors`);
  }
  if (axes.length === 2) {
    const [r0, c0] = axes.map((q) => normAxis(q, nd));
    if (r0 === c0) throw valueError("Duplicate axes given.");
    const absA = unary("absolute", a) as NDArray;
    let res: NDArray | NPScalar;
    if (ord === null || ord === undefined || ord === "fro") {
      res = unary("sqrt", sum(multiply(a, a) as NDArray, [r0, c0]));
    } else if (ord === 1 || ord === -1) {
      const s = sum(absA, r0) as NDArray;
      const c1 = c0 > r0 ? c0 - 1 : c0;
      res = ord === 1 ? max(s, c1) : min(s, c1);
    } else if (ord === Infinity || ord === -Infinity) {
      const s = sum(absA, c0) as NDArray;
      const r1 = r0 > c0 ? r0 - 1 : r0;
      res = ord === Infinity ? max(s, r1) : min(s, r1);
    } else if (ord === 2 || ord === -2 || ord === "nuc") {
      // NumPy's _multi_svd_norm: the singular values of each matrix (axes moved last), their max, min or sum
      if (a.dtype === "float16") throw new NPError("TypeError", "array type float16 is unsupported in linalg");
      if (!svdHook.svdvals) throw new NPError("RuntimeError", "internal error: the SVD is not loaded");
      const rest = [...a.shape.keys()].filter((i) => i !== r0 && i !== c0);
      const sv = svdHook.svdvals(transpose(a, [...rest, r0, c0]));
      res = ord === 2 ? max(sv, -1) : ord === -2 ? min(sv, -1) : sum(sv, -1);
    } else throw valueError("Invalid norm order for matrices.");
    if (keepdims) {
      const shape = a.shape.map((d, i) => (i === r0 || i === c0 ? 1 : d));
      const arr =
        res instanceof NDArray
          ? res
          : (() => {
              const o = emptyArray(res.dtype, []);
              (o.data as any)[0] = res.value;
              return o;
            })();
      const c = arr.contig ? arr : copyArray(arr);
      return new NDArray(c.dtype, shape, c.data, undefined, c.offset);
    }
    return res;
  }
  throw valueError("Improper number of dimensions to norm.");
}

/** The singular values of each matrix of a stack (…, m, n): svd.ts, which loads with the stdlib chunk, sets it. */
export const svdHook: { svdvals?: (a: NDArray) => NDArray } = {};

// ------------------------------------------------------------------ LU based routines
/** NumPy's checks of a (stack of) square matrices for det, slogdet, inv, solve, eigh and eigvalsh */
export function checkSquare(a: NDArray): void {
  if (a.ndim < 2) throw new NPError("LinAlgError", `${a.ndim}-dimensional array given. Array must be at least two-dimensional`);
  if (a.shape[a.ndim - 1] !== a.shape[a.ndim - 2]) throw new NPError("LinAlgError", "Last 2 dimensions of the array must be square");
}

/** The dtype NumPy's linalg computes a and b in: float64, except that float16 is refused (as NumPy does) and a float32
 *  result (sgesv's arithmetic, which this engine does not follow) is refused too. */
export function linalgFloat64(name: string, ...arrays: NDArray[]): void {
  const dts = arrays.map((x) => x.dtype);
  if (dts.includes("float16")) throw typeError("array type float16 is unsupported in linalg");
  const ok = (d: DType) => d === "float64" || d === "bool" || /int/.test(d);
  if (dts.every((d) => d === "float32"))
    throw new NPError("NotImplementedError", `${name}() of float32 arrays is not supported by this engine (use .astype(np.float64))`);
  if (!dts.every((d) => ok(d) || d === "float32"))
    throw new NPError(
      "NotImplementedError",
      `${name}() of ${dts.find((d) => !ok(d) && d !== "float32")} arrays is not supported by this engine`,
    );
}

/** f applied to each matrix of a stack (..., n, n), the results stacked over the leading dimensions */
function overStack<T>(a: NDArray, f: (m: NDArray) => T): { batch: number[]; results: T[] } {
  const n = a.shape[a.ndim - 1],
    batch = a.shape.slice(0, -2);
  const data = copyArray(a, "float64").data as Float64Array;
  const results: T[] = [];
  for (let k = 0, count = data.length / (n * n || 1); k < count; k++)
    results.push(f(new NDArray("float64", [n, n], data.slice(k * n * n, (k + 1) * n * n))));
  return { batch, results };
}

/** LU with partial pivoting of the row-major n×n `LU` (overwritten), as LAPACK's dgetrf: the row permutation, its sign,
 *  and whether a pivot was zero. The trailing update runs for a zero multiplier too (a NaN or inf there spreads, as
 *  in dgemm). */
export function luInPlace(LU: Float64Array, n: number): { LU: Float64Array; perm: number[]; sign: number; singular: boolean } {
  const perm = [...Array(n).keys()];
  let sign = 1,
    singular = false;
  charge(n * n * n);
  for (let k = 0; k < n; k++) {
    let p = k,
      mx = Math.abs(LU[k * n + k]);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(LU[i * n + k]);
      if (v > mx) {
        mx = v;
        p = i;
      }
    }
    if (mx === 0) {
      singular = true;
      continue;
    }
    if (p !== k) {
      for (let j = 0; j < n; j++) {
        const t = LU[k * n + j];
        LU[k * n + j] = LU[p * n + j];
        LU[p * n + j] = t;
      }
      [perm[k], perm[p]] = [perm[p], perm[k]];
      sign = -sign;
    }
    const rpiv = 1 / LU[k * n + k]; // LAPACK scales the column by the pivot's reciprocal
    for (let i = k + 1; i < n; i++) {
      const f = (LU[i * n + k] *= rpiv);
      for (let j = k + 1; j < n; j++) LU[i * n + j] -= f * LU[k * n + j];
    }
  }
  return { LU, perm, sign, singular };
}

/** NumPy's det: LU with partial pivoting, then sign · exp(Σ log|u_ii|) (so det([[4,1],[2,3]]) is 10.000000000000002) */
export function det(a: NDArray): NPScalar | NDArray {
  checkSquare(a);
  linalgFloat64("det", a);
  if (a.ndim > 2) {
    const { batch, results } = overStack(a, (m) => (det(m) as NPScalar).value as number);
    return new NDArray("float64", batch, Float64Array.from(results));
  }
  const [sign, logdet] = slogdet(a) as [NPScalar, NPScalar];
  // NumPy computes det from slogdet, with glibc's exp (V8's differs in the last bit)
  return sign.value === 0 ? sign : new NPScalar("float64", (sign.value as number) * glibcExp(logdet.value as number));
}

/** (sign, log|det|) from the LU factors, as numpy.linalg.slogdet; a singular matrix gives (0.0, -inf) */
export function slogdet(a: NDArray): [NPScalar, NPScalar] | [NDArray, NDArray] {
  checkSquare(a);
  linalgFloat64("slogdet", a);
  if (a.ndim > 2) {
    const { batch, results } = overStack(a, (m) => slogdet(m) as [NPScalar, NPScalar]);
    const part = (i: number) => new NDArray("float64", batch, Float64Array.from(results.map((r) => r[i].value as number)));
    return [part(0), part(1)];
  }
  const n = a.shape[0];
  const { LU, sign } = luInPlace(copyArray(a, "float64").data as Float64Array, n);
  let s = sign,
    logdet = 0;
  for (let i = 0; i < n; i++) {
    const u = LU[i * n + i];
    if (u === 0) return [new NPScalar("float64", 0), new NPScalar("float64", -Infinity)];
    if (u < 0) s = -s;
    logdet += glibcLog(Math.abs(u)); // glibc's log, as NumPy's npy_log is on Linux (V8's differs in the last bit)
  }
  return [new NPScalar("float64", s), new NPScalar("float64", logdet)];
}

/** NumPy's inv: the gufunc solve of each matrix of the stack against the identity (dgesv), "Singular matrix" from there */
export function inv(a: NDArray): NDArray {
  checkSquare(a);
  linalgFloat64("inv", a);
  const n = a.shape[a.ndim - 1];
  const I = emptyArray("float64", [n, n]);
  for (let i = 0; i < n; i++) (I.data as Float64Array)[i * n + i] = 1;
  return solve(a, I);
}

export function trace(a: NDArray, offset = 0): NPScalar {
  if (a.dtype === "float16") throw halfUnsupported("trace");
  const n = Math.min(a.shape[0], a.shape[1]);
  let s = 0;
  const d = a.data as any;
  for (let i = 0; i < n; i++) {
    const j = i + offset;
    if (j < 0 || j >= a.shape[1]) continue;
    s += d[a.offset + i * a.strides[0] + j * a.strides[1]];
  }
  const dt: DType = isFloat(a.dtype) ? a.dtype : "int64";
  return new NPScalar(dt, s);
}

/** NumPy's checks for eigh/eigvalsh, and the float64 copy of each matrix of the stack (dsytd2 reads only the UPLO
 *  triangle, so the other is left as it is) */
function symmetricStack(name: string, a: NDArray): { batch: number[]; n: number; mats: Float64Array[] } {
  checkSquare(a);
  linalgFloat64(name, a);
  const { batch, results } = overStack(a, (m) => m.data as Float64Array);
  return { batch, n: a.shape[a.ndim - 1], mats: results };
}

/** eigenpairs of the (stack of) symmetric matrices whose lower (UPLO 'L') or upper ('U') triangle `a` holds: the other
 *  is not read. LAPACK's dsyevd, whose divide and conquer (n > 25) this engine does not follow: refused there. */
export function eigh(a: NDArray, uplo: "L" | "U" = "L"): [NDArray, NDArray] {
  const { batch, n, mats } = symmetricStack("eigh", a);
  if (n > EIGH_MAX_ORDER)
    throw new NPError(
      "NotImplementedError",
      `eigh() of a matrix larger than ${EIGH_MAX_ORDER}×${EIGH_MAX_ORDER} is not supported by this engine (np.linalg.eigvalsh gives the eigenvalues at any size)`,
    );
  const w = new Float64Array(mats.length * n),
    V = new Float64Array(mats.length * n * n);
  mats.forEach((S, k) => {
    charge(n * n * n);
    const r = dsyevd(S, n, uplo);
    w.set(r.w, k * n);
    V.set(r.Z, k * n * n);
  });
  return [new NDArray("float64", [...batch, n], w), new NDArray("float64", [...batch, n, n], V)];
}

/** dsytd2's reduction, ns per n³ (measured 2.5–7 at orders 200–400; `charge`'s 1.56 let it run past a deadline) */
const NS_PER_DSYTD2_CUBE = 5;

/** eigenvalues (ascending) of the (stack of) symmetric matrices `a`'s `uplo` triangle holds: dsyevd with JOBZ = 'N',
 *  that is dsytd2 then dsterf (dsytrd's blocked reduction above order 32 sums in another order: last bits may differ) */
export function eigvalsh(a: NDArray, uplo: "L" | "U" = "L"): NDArray {
  const { batch, n, mats } = symmetricStack("eigvalsh", a);
  const w = new Float64Array(mats.length * n);
  mats.forEach((S, k) => {
    chargeNs(n * n * n * NS_PER_DSYTD2_CUBE);
    const { d, e } = dsytd2(S, n, uplo);
    charge(30 * n * n);
    dsterf(d, e, n);
    w.set(d, k * n);
  });
  return new NDArray("float64", [...batch, n], w);
}
