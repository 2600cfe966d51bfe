// The WebAssembly SIMD GEMM kernels (gemm.wat, assembled into gemm-wasm.ts by `npm run build:wasm`) and their
// scratch memory: float64 (gemmWasm) and float32 with a fused multiply-add per term (sgemmWasm). Each is
// bit-identical to its JS kernel in linalg.ts (same per-element summation order and rounding); used by linalg.gemm
// for big enough products, with the JS kernel as the fallback whenever WebAssembly (or its SIMD) is unavailable,
// compilation is refused (CSP), or the operands don't fit the memory cap.
import { charge } from "../core";
import { packRows } from "../pack-rows";

// The module's bytes come with the stdlib chunk (engine/stdlib.ts calls provideGemmWasm), to keep them out of the first
// browser bundle; until then every product runs on the JS kernels, which give the same bits.
let BASE64: string | null = null;
export function provideGemmWasm(base64: string): void {
  BASE64 = base64;
}

interface GemmExports {
  mem: WebAssembly.Memory;
  pack_a(src: number, dst: number, m4: number, k: number): void;
  pack_b(src: number, dst: number, k: number, n: number): void;
  gemm4(a: number, bp: number, c: number, m4: number, k: number, np: number, ldc: number): void;
  gemm1(a: number, bp: number, c: number, m: number, k: number, np: number, ldc: number): void;
  sgemm4(a: number, bp: number, c: number, m4: number, k: number, np: number, ldc: number): void;
  sgemm1(a: number, bp: number, c: number, m: number, k: number, np: number, ldc: number): void;
  sgemm4n(a: number, bp: number, c: number, m4: number, k: number, np: number, ldc: number): void;
  sgemm1n(a: number, bp: number, c: number, m: number, k: number, np: number, ldc: number): void;
  f32_range(src: number, n: number): number;
  pack_a32(src: number, dst: number, m4: number, k: number): void;
  pack_b32(src: number, dst: number, k: number, n: number): void;
  widen32(src: number, dst: number, n: number): void;
  f32_range32(src: number, n: number): number;
}

/** the module's declared maximum (1024 pages); bigger products use the JS kernel */
const MAX_BYTES = 64 << 20;
/** memory grown beyond this is dropped after the call (a fresh instance starts small again) */
const KEEP_BYTES = 16 << 20;
/** multiply-adds per kernel call: the step budget and deadline are checked between calls (~1 ms each) */
const BLOCK_OPS = 1 << 22;

let compiled: WebAssembly.Module | null | undefined; // undefined: not tried yet; null: unavailable
let inst: GemmExports | null = null;
let view = new Float64Array(0);
let view32 = new Float32Array(0);
let enabled = true;
let normalKernels = true;
/** float32 products run by the normal-range kernels and by sgemm4/sgemm1 (read by tests) */
export const sgemmRuns = { normal: 0, general: 0 };

function decodeBase64(s: string): Uint8Array<ArrayBuffer> {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const val = new Uint8Array(128);
  for (let i = 0; i < 64; i++) val[alphabet.charCodeAt(i)] = i;
  const len = s.length - (s.endsWith("==") ? 2 : s.endsWith("=") ? 1 : 0);
  const out = new Uint8Array((len * 3) >> 2);
  let bits = 0,
    nbits = 0,
    o = 0;
  for (let i = 0; i < len; i++) {
    bits = ((bits << 6) | val[s.charCodeAt(i)]) & 0xffffff;
    nbits += 6;
    if (nbits >= 8) {
      nbits -= 8;
      out[o++] = (bits >> nbits) & 255;
    }
  }
  return out;
}

function instance(): GemmExports | null {
  if (inst !== null) return inst;
  if (compiled === undefined) {
    if (BASE64 === null) return null;
    compiled = null;
    try {
      if (typeof WebAssembly === "object") compiled = new WebAssembly.Module(decodeBase64(BASE64));
    } catch {
      /* no SIMD, or compilation refused (CSP without 'wasm-unsafe-eval'): stay on the JS kernel */
    }
  }
  if (compiled === null) return null;
  try {
    inst = new WebAssembly.Instance(compiled, {}).exports as unknown as GemmExports;
  } catch {
    compiled = null;
    return null;
  }
  return inst;
}

/** Turn the WebAssembly kernels on or off (tests compare both paths); returns the previous setting. */
export function setWasmGemm(on: boolean): boolean {
  const was = enabled;
  enabled = on;
  return was;
}
/** Let float32 products whose sums stay in the normal range take sgemm4n/sgemm1n, or not (tests and
 *  scripts/bench/sgemm-micro.ts compare both); returns the previous setting. */
export function setSgemmNormalKernels(on: boolean): boolean {
  const was = normalKernels;
  normalKernels = on;
  return was;
}
/** whether the WebAssembly kernel is enabled and could be instantiated here */
export function wasmGemmAvailable(): boolean {
  return enabled && instance() !== null;
}

function ensureBytes(ex: GemmExports, bytes: number): boolean {
  const have = ex.mem.buffer.byteLength;
  if (have < bytes) {
    try {
      ex.mem.grow(Math.ceil((bytes - have) / 65536));
    } catch {
      return false;
    }
  }
  if (view.buffer !== ex.mem.buffer) {
    view = new Float64Array(ex.mem.buffer);
    view32 = new Float32Array(ex.mem.buffer);
  }
  return true;
}

/** view[dst + i·c + j] = src[so + i·s0 + j·s1]: contiguous rows copied natively, the rest as linalg packs them */
function copyIn(src: any, so: number, s0: number, s1: number, r: number, c: number, dst: number): void {
  const typed = ArrayBuffer.isView(src);
  if (typed && s1 === 1 && s0 === c) view.set((src as Float64Array).subarray(so, so + r * c), dst);
  else if (typed && s1 === 1)
    for (let i = 0; i < r; i++) view.set((src as Float64Array).subarray(so + i * s0, so + i * s0 + c), dst + i * c);
  else packRows(src, so, s0, s1, view, r, c, dst);
}

/** view32[dst + i·c + j] = src[so + i·s0 + j] (float32 rows, copied as they are) */
function copyRows32(src: Float32Array, so: number, s0: number, r: number, c: number, dst: number): void {
  if (s0 === c) view32.set(src.subarray(so, so + r * c), dst);
  else for (let i = 0; i < r; i++) view32.set(src.subarray(so + i * s0, so + i * s0 + c), dst + i * c);
}

const align16 = (bytes: number) => (bytes + 15) & ~15;

/**
 * Whether every float32 sum of A·B stays in float32's normal range, so that the kernels that round with integer
 * operations (sgemm4n/sgemm1n) give fmaf's bits. `ra`, `rb`: f32_range of A and B (the smallest and largest biased
 * double exponent of their nonzero values). Needed: all values finite; every product a multiple of 2^-125 — the
 * smallest nonzero |a| and |b| are multiples of 2^(lo − 1023 − 23) — so every sum is one too and none lies in
 * (0, 2^-126]; and |sum| < 2^127: k·2^(hiA − 1022)·2^(hiB − 1022) ≤ 2^126 bounds the products' sum, and rounding
 * each of at most 2^22 sums (by a factor ≤ 1 + 2^-24, after the double sum's 1 + 2^-53) grows it by less than 1.3.
 */
export function sumsStayNormal(ra: number, rb: number, k: number): boolean {
  const loA = ra >>> 16,
    hiA = ra & 0xffff,
    loB = rb >>> 16,
    hiB = rb & 0xffff;
  if (hiA === 0x7ff || hiB === 0x7ff) return false; // a NaN or an infinity
  if (loA === 0 || loB === 0) return true; // an operand of zeros: every sum is ±0
  const log2k = 32 - Math.clz32(k - 1); // ⌈log2 k⌉
  return k <= 1 << 22 && loA + loB - 2 * (1023 + 23) >= -125 && hiA + hiB - 2 * 1022 + log2k <= 126;
}

/** C[m×n] = A[m×k] · B[k×n] (contiguous row-major with offsets; A and B any numeric storage, C float64 storage)
 *  on the WebAssembly kernel, charging the work in blocks of rows. Returns false, having done nothing, when the
 *  kernel is unavailable or the operands exceed its memory cap. */
export function gemmWasm(A: any, ao: number, B: any, bo: number, C: any, co: number, m: number, k: number, n: number): boolean {
  return gemmWasmStrided(false, A, ao, k, 1, B, bo, n, 1, C, co, m, k, n);
}

/** linalg's sgemmFma on the WebAssembly kernel: C[i,j] accumulated in float32 over ascending p with fmaf (A and B
 *  hold float32 values; C any numeric storage, float32 in practice). Same contract as gemmWasm. */
export function sgemmWasm(A: any, ao: number, B: any, bo: number, C: any, co: number, m: number, k: number, n: number): boolean {
  return gemmWasmStrided(true, A, ao, k, 1, B, bo, n, 1, C, co, m, k, n);
}

/** gemmWasm (sgemmWasm when `f32`) of strided operands: A[i,p] = A[ao + i·a0 + p·a1], B[p,j] = B[bo + p·b0 + j·b1],
 *  copied straight into the kernel's memory (no packed copy in between). Same contract. */
export function gemmWasmStrided(
  f32: boolean,
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
): boolean {
  if (!enabled) return false;
  const np = (n + 3) >> 2,
    ldc = np * 32,
    m4 = m >> 2,
    rowOps = k * n;
  // rows per kernel call (a multiple of 4); their A panels are packed into one reused region just before the call
  const block = Math.min(m4 * 4, Math.max(4, Math.floor(BLOCK_OPS / Math.max(1, rowOps)) & ~3));
  // B whose columns are contiguous (W.T of a row-major W): W's rows are copied as they are, padded with zero rows
  // to whole panels, and pack_a makes of them exactly the panels pack_b makes of B (W's 4 rows at each p)
  const bT = b0 === 1 && b1 !== 1;
  // float32 rows of a Float32Array are staged as float32 (copied as they are) and widened by the packing; anything
  // else as doubles. The rows gemm1 reads unpacked (m mod 4) are widened into a region of their own (offA1).
  const a32 = f32 && A instanceof Float32Array && a1 === 1,
    b32 = f32 && B instanceof Float32Array && (bT || b1 === 1);
  const aSize = a32 ? 4 : 8,
    bSize = b32 ? 4 : 8;
  const offA = 0,
    offA1 = align16(offA + m * k * aSize),
    offB = align16(offA1 + (a32 ? (m - m4 * 4) * k * 8 : 0)),
    offBp = align16(offB + k * (bT ? np * 4 : n) * bSize);
  const offAp = align16(offBp + k * np * 32),
    offC = align16(offAp + block * k * 8);
  const total = offC + m * ldc;
  if (total > MAX_BYTES) return false;
  const ex = instance();
  if (ex === null || !ensureBytes(ex, total)) return false;
  try {
    if (a32) copyRows32(A, ao, a0, m, k, offA >> 2);
    else copyIn(A, ao, a0, a1, m, k, offA >> 3);
    if (bT && b32) {
      copyRows32(B, bo, b1, n, k, offB >> 2);
      view32.fill(0, (offB >> 2) + n * k, (offB >> 2) + np * 4 * k);
      ex.pack_a32(offB, offBp, np, k);
    } else if (bT) {
      copyIn(B, bo, b1, 1, n, k, offB >> 3);
      view.fill(0, (offB >> 3) + n * k, (offB >> 3) + np * 4 * k);
      ex.pack_a(offB, offBp, np, k);
    } else if (b32) {
      copyRows32(B, bo, b0, k, n, offB >> 2);
      ex.pack_b32(offB, offBp, k, n);
    } else {
      copyIn(B, bo, b0, b1, k, n, offB >> 3);
      ex.pack_b(offB, offBp, k, n);
    }
    const normal =
      f32 &&
      normalKernels &&
      sumsStayNormal(
        a32 ? ex.f32_range32(offA, m * k) : ex.f32_range(offA, m * k),
        b32 ? ex.f32_range32(offB, k * n) : ex.f32_range(offB, k * n),
        k,
      );
    if (f32) sgemmRuns[normal ? "normal" : "general"]++;
    const gemm4 = f32 ? (normal ? ex.sgemm4n : ex.sgemm4) : ex.gemm4,
      gemm1 = f32 ? (normal ? ex.sgemm1n : ex.sgemm1) : ex.gemm1;
    for (let r = 0; r < m4 * 4; r += block) {
      const rows = Math.min(block, m4 * 4 - r);
      charge(rows * rowOps);
      (a32 ? ex.pack_a32 : ex.pack_a)(offA + r * k * aSize, offAp, rows >> 2, k);
      gemm4(offAp, offBp, offC + r * ldc, rows >> 2, k, np, ldc);
    }
    if (m4 * 4 < m) {
      const r = m4 * 4;
      charge((m - r) * rowOps);
      if (a32) ex.widen32(offA + r * k * 4, offA1, (m - r) * k);
      gemm1(a32 ? offA1 : offA + r * k * 8, offBp, offC + r * ldc, m - r, k, np, ldc);
    }
    const c0 = offC >> 3,
      w = np * 4;
    if (ArrayBuffer.isView(C) && n === w) (C as Float64Array).set(view.subarray(c0, c0 + m * n), co);
    else if (ArrayBuffer.isView(C))
      for (let i = 0; i < m; i++) (C as Float64Array).set(view.subarray(c0 + i * w, c0 + i * w + n), co + i * n);
    else for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) C[co + i * n + j] = view[c0 + i * w + j];
  } finally {
    if (ex.mem.buffer.byteLength > KEEP_BYTES) {
      inst = null;
      view = new Float64Array(0);
      view32 = new Float32Array(0);
    }
  }
  return true;
}
