// The WebAssembly GEMM kernel (engine/ndarray/wasm) against the JS kernels: the same bits for the same inputs
// (each C[i,j] = 0 + A[i,0]·B[0,j] + A[i,1]·B[1,j] + … in ascending p, no FMA), whichever path runs, so a Run in
// the browser and the server's grade agree. NaNs are compared as NaN: neither JS nor WebAssembly fixes a NaN's
// sign or payload. Also: the work is charged to the budget in blocks, the memory cap falls back to JS, scratch
// memory reused across calls never shows an earlier call's data, and the committed module matches gemm.wat.
import { afterEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { gemm, gemmS, matmul, dot } from "../../../engine/ndarray/linalg";
import { gemmWasm, setWasmGemm, wasmGemmAvailable } from "../../../engine/ndarray/wasm/gemm";
import { NDArray, setBudget } from "../../../engine/ndarray/core";
import { Session } from "../../../engine/index";
import { buildAll } from "../../../scripts/build-wasm";

let seed = 12345;
function rand(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
function randInt(lo: number, hi: number): number {
  return lo + Math.floor(rand() * (hi - lo + 1));
}
/** values with a spread of magnitudes (so the summation order matters), some exact zeros and signed zeros,
 *  and — when `specials` — NaN and ±Infinity */
function values(n: number, specials = false): Float64Array {
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = rand();
    a[i] = r < 0.05 ? 0 : r < 0.08 ? -0 : (rand() - 0.5) * 10 ** randInt(-8, 8);
    if (specials && r > 0.97) a[i] = [NaN, Infinity, -Infinity][randInt(0, 2)];
  }
  return a;
}
/** plain i-k-j reference without skipping zero terms (the order every kernel must reproduce) */
function naive(A: ArrayLike<number>, B: ArrayLike<number>, m: number, k: number, n: number): Float64Array {
  const C = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += A[i * k + p] * B[p * n + j];
      C[i * n + j] = s;
    }
  return C;
}
function bitsDiffer(x: ArrayLike<number>, y: ArrayLike<number>): string | null {
  if (x.length !== y.length) return `length ${x.length} != ${y.length}`;
  const bx = new BigUint64Array(Float64Array.from(x).buffer),
    by = new BigUint64Array(Float64Array.from(y).buffer);
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]) && Number.isNaN(y[i])) continue;
    if (bx[i] !== by[i]) return `[${i}]: ${x[i]} (0x${bx[i].toString(16)}) != ${y[i]} (0x${by[i].toString(16)})`;
  }
  return null;
}
function jsOnly<T>(f: () => T): T {
  const was = setWasmGemm(false);
  try {
    return f();
  } finally {
    setWasmGemm(was);
  }
}

afterEach(() => {
  setWasmGemm(true);
  setBudget(null);
});

describe("WebAssembly gemm module", () => {
  it("is available in Node (otherwise the comparisons below would compare JS with JS)", () => {
    expect(wasmGemmAvailable()).toBe(true);
  });

  it("the committed gemm-wasm.ts is what `npm run build:wasm` makes from gemm.wat", async () => {
    const built = await buildAll();
    expect(built.map((m) => m.source)).toContain("gemm.wat");
    for (const m of built) {
      expect(readFileSync(m.output, "utf8"), `${m.output} is stale: run npm run build:wasm`).toBe(m.text);
      expect(WebAssembly.validate(new Uint8Array(m.bytes))).toBe(true);
    }
  });
});

describe("WebAssembly gemm is bit-identical to the JS kernels", () => {
  it("kernel alone = i-k-j loop, small and degenerate shapes (k = 0, one row, one column, partial tiles), NaN/Inf", () => {
    const shapes: number[][] = [
      [1, 1, 1],
      [1, 0, 5],
      [4, 0, 4],
      [3, 0, 1],
      [1, 7, 1],
      [5, 3, 1],
      [1, 9, 9],
      [4, 4, 4],
      [5, 5, 5],
      [7, 6, 9],
      [8, 1, 8],
      [13, 17, 3],
      [2, 2, 2],
    ];
    for (let t = 0; t < 60; t++) shapes.push([randInt(1, 23), randInt(0, 23), randInt(1, 23)]);
    for (const [m, k, n] of shapes) {
      const A = values(m * k, true),
        B = values(k * n, true);
      const C = new Float64Array(m * n + 3).fill(7);
      expect(gemmWasm(A, 0, B, 0, C, 1, m, k, n)).toBe(true);
      expect([C[0], C[m * n + 1], C[m * n + 2]]).toEqual([7, 7, 7]); // nothing written outside C
      expect(bitsDiffer(C.subarray(1, 1 + m * n), naive(A, B, m, k, n)), `${m}×${k}·${k}×${n}`).toBeNull();
    }
  });

  it("gemm with and without WebAssembly: random odd shapes, offsets, NaN/Inf, mixed storages", () => {
    const shapes: number[][] = [
      [1, 300, 40],
      [40, 300, 2],
      [2, 3000, 3],
      [64, 64, 64],
      [65, 67, 66],
      [129, 31, 127],
      [7, 700, 5],
    ];
    for (let t = 0; t < 25; t++) shapes.push([randInt(1, 90), randInt(1, 90), randInt(2, 90)]);
    let wasmRuns = 0;
    for (const [m, k, n] of shapes) {
      if (m * k * n <= 4096) continue;
      wasmRuns++;
      const specials = rand() < 0.5;
      const Af = values(m * k + 5, specials),
        B = values(k * n + 2, specials);
      // A as float64, float32 (float32 · float64 → float64) or int32 storage; C as Float64Array or plain array
      const kind = randInt(0, 2);
      const A =
        kind === 0 ? Af : kind === 1 ? Float32Array.from(Af) : Int32Array.from(Af, (v) => (Number.isFinite(v) ? Math.trunc(v) % 1000 : 3));
      const plainC = m * n <= 8192 && rand() < 0.5;
      const mk = () => (plainC ? new Array<number>(m * n + 1).fill(0) : new Float64Array(m * n + 1));
      const Cw = mk(),
        Cj = mk();
      gemm(A, 5, B, 2, Cw, 1, m, k, n);
      jsOnly(() => gemm(A, 5, B, 2, Cj, 1, m, k, n));
      expect(bitsDiffer(Cw, Cj), `${m}×${k}·${k}×${n} A kind ${kind}, plain C ${plainC}`).toBeNull();
    }
    expect(wasmRuns).toBeGreaterThan(20);
  });

  it("strided and transposed operands (gemmS), and matmul/dot on views", () => {
    for (let t = 0; t < 12; t++) {
      const m = randInt(20, 70),
        k = randInt(20, 70),
        n = randInt(20, 70);
      // A stored transposed (A[i,p] at p*m + i), B with every other row and column of a bigger matrix
      const At = values(k * m, t % 2 === 0),
        Bb = values(2 * k * 2 * n, t % 3 === 0);
      const a = new NDArray("float64", [m, k], At, [1, m], 0);
      const b = new NDArray("float64", [k, n], Bb, [4 * n, 2], 1);
      const viaMatmul = matmul(a, b) as NDArray,
        viaDot = dot(a, b) as NDArray;
      const jsMatmul = jsOnly(() => matmul(a, b) as NDArray);
      const Cs = new Float64Array(m * n);
      gemmS(At, 0, 1, m, Bb, 1, 4 * n, 2, Cs, 0, m, k, n);
      const Cj = jsOnly(() => {
        const c = new Float64Array(m * n);
        gemmS(At, 0, 1, m, Bb, 1, 4 * n, 2, c, 0, m, k, n);
        return c;
      });
      expect(bitsDiffer(viaMatmul.data as Float64Array, jsMatmul.data as Float64Array)).toBeNull();
      expect(bitsDiffer(viaDot.data as Float64Array, jsMatmul.data as Float64Array)).toBeNull();
      expect(bitsDiffer(Cs, Cj)).toBeNull();
      if (t % 2 === 1 && t % 3 !== 0) {
        // no specials: the strided small-product loop skips zero terms, so compare with the plain loop only here
        const A = new Float64Array(m * k),
          B = new Float64Array(k * n);
        for (let i = 0; i < m; i++) for (let p = 0; p < k; p++) A[i * k + p] = At[p * m + i];
        for (let p = 0; p < k; p++) for (let j = 0; j < n; j++) B[p * n + j] = Bb[1 + p * 4 * n + 2 * j];
        expect(bitsDiffer(Cs, naive(A, B, m, k, n))).toBeNull();
      }
    }
  });

  it("a Python program (views, transposes, @, np.dot, stacked matmul) prints the same with and without WebAssembly", () => {
    const program = [
      "import numpy as np",
      "rng = np.random.RandomState(3)",
      "a = rng.randn(70, 90) * 10.0 ** rng.randint(-5, 5, size=(70, 90))",
      "b = rng.randn(90, 45)",
      "a[3, 4] = np.nan; b[7, 2] = np.inf; b[8, 5] = -np.inf; a[10, :] = 0.0",
      "outs = [a @ b, np.dot(a[::2, 1:], b[1:, ::3]), a[:, :45].T @ a[:, 45:], np.matmul(b.T, a.T), a[5] @ b, a[:5] @ b[:, 7],",
      "        np.matmul(np.stack([a, a * 2]), b)]",
      "for o in outs:",
      "    print(o.shape, [repr(float(x)) for x in np.ravel(o)])",
    ].join("\n");
    const run = () => {
      const r = new Session({ timeoutMs: 20_000 }).exec(program, "<test>");
      expect(r.ok, r.stderr).toBe(true);
      return r.stdout;
    };
    const withWasm = run(),
      withoutWasm = jsOnly(run);
    expect(withWasm.length).toBeGreaterThan(10_000);
    expect(withWasm).toBe(withoutWasm);
  });
});

describe("WebAssembly gemm: limits and scratch memory", () => {
  it("charges the whole work to the budget, in several blocks for a big product, and stops when it throws", () => {
    const charges: number[] = [];
    setBudget({
      charge: (ops) => {
        charges.push(ops);
      },
      alloc: () => {},
    });
    const m = 256,
      k = 256,
      n = 256;
    gemm(values(m * k), 0, values(k * n), 0, new Float64Array(m * n), 0, m, k, n);
    expect(charges.reduce((s, x) => s + x, 0)).toBe(m * k * n);
    expect(charges.length).toBeGreaterThanOrEqual(4);
    let calls = 0;
    setBudget({
      charge: () => {
        if (++calls === 2) throw new Error("step limit");
      },
      alloc: () => {},
    });
    expect(() => gemm(values(m * k), 0, values(k * n), 0, new Float64Array(m * n), 0, m, k, n)).toThrow("step limit");
    expect(calls).toBe(2);
    setBudget(null);
    // the kernel is usable again after an interrupted call
    const A = values(37 * 41),
      B = values(41 * 43),
      C = new Float64Array(37 * 43);
    gemm(A, 0, B, 0, C, 0, 37, 41, 43);
    expect(bitsDiffer(C, naive(A, B, 37, 41, 43))).toBeNull();
  });

  it("falls back to the JS kernel beyond the memory cap", () => {
    const m = 3000,
      k = 2,
      n = 3000; // C alone needs > 64 MiB of scratch
    const A = values(m * k),
      B = values(k * n);
    const C = new Float64Array(m * n);
    expect(gemmWasm(A, 0, B, 0, C, 0, m, k, n)).toBe(false);
    expect(C.every((v) => v === 0)).toBe(true);
    gemm(A, 0, B, 0, C, 0, m, k, n);
    expect(bitsDiffer(C.subarray(0, 5 * n), naive(A.subarray(0, 5 * k), B, 5, k, n))).toBeNull();
  });

  it("scratch reused after a bigger call never shows that call's data", () => {
    const big = 300;
    const nan = new Float64Array(big * big).fill(NaN);
    gemm(nan, 0, nan, 0, new Float64Array(big * big), 0, big, big, big);
    for (const [m, k, n] of [
      [9, 30, 30],
      [30, 9, 17],
      [1, 90, 90],
      [33, 1, 130],
    ]) {
      const A = values(m * k),
        B = values(k * n),
        C = new Float64Array(m * n);
      expect(gemmWasm(A, 0, B, 0, C, 0, m, k, n)).toBe(true);
      expect(C.some(Number.isNaN)).toBe(false);
      expect(bitsDiffer(C, naive(A, B, m, k, n))).toBeNull();
    }
  });
});
