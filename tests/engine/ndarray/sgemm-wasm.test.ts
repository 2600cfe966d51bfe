// The WebAssembly float32 GEMM (sgemm4/sgemm1 in engine/ndarray/wasm/gemm.wat) against linalg's sgemmFma: the same
// bits for the same inputs, so a float32 product prints NumPy's digits on either path. The kernel's fast loop rounds
// each double sum to float32 and flags the sums fmaf decides otherwise (float32 midpoints, sums below 2^-126); the
// values below are chosen so that those cases occur, and the test counts them. NaNs are compared as NaN. Operands
// whose sums all stay in float32's normal range take sgemm4n/sgemm1n, which round with integer operations; the
// midpoint tests run on them, and their bounds are tested at the edges.
import { afterEach, describe, expect, it } from "vitest";
import { gemm, sgemmFma } from "../../../engine/ndarray/linalg";
import {
  gemmWasmStrided,
  setSgemmNormalKernels,
  setWasmGemm,
  sgemmRuns,
  sgemmWasm,
  sumsStayNormal,
  wasmGemmAvailable,
} from "../../../engine/ndarray/wasm/gemm";
import { fmaf } from "../../../engine/ndarray/f32math";
import { setBudget } from "../../../engine/ndarray/core";
import { Session } from "../../../engine/index";

let seed = 777;
function rand(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
function randInt(lo: number, hi: number): number {
  return lo + Math.floor(rand() * (hi - lo + 1));
}
const pick = <T>(xs: T[]): T => xs[randInt(0, xs.length - 1)]!;

type Gen = () => number;

/** float32 values of every magnitude: products overflow, underflow into subnormals, or vanish */
function wide(): number {
  return Math.fround((rand() - 0.5) * 2 ** randInt(-140, 120));
}
/** significands within a few ulps of 1 at exponents 24 apart, so that sums land exactly on float32 midpoints
 *  (1 + 2^-24 is halfway between 1 and 1 + 2^-23), and some land there only after rounding to double: with
 *  s = 1 + 3·2^-23, (1 + 2^-23)·2^-12 · -(1 - 2^-23)·2^-12 + s = s - 2^-24 + 2^-70 rounds to the midpoint
 *  s - 2^-24 in double, then to even in float32, where fmaf's exact rule keeps s */
function nearMidpoint(): number {
  const sign = pick([1, -1]);
  if (rand() < 0.3) return Math.fround(sign * (1 + randInt(0, 3) * 2 ** -23));
  return Math.fround(sign * pick([1 + 2 ** -23, 1 - 2 ** -23, 1 + 2 ** -22, 1 - 2 ** -22]) * 2 ** randInt(-13, -11));
}
/** float32 subnormal sums, and midpoints between subnormals that only the exact rule gets right: A holds ±1 and
 *  ±(1 ± 2^-23)·2^-75, B subnormals near 2^-127 and the same tiny values, so that s = 2^-127 + 2^-149 plus the
 *  product 2^-150 - 2^-196 rounds in double to the midpoint s + 2^-150 */
const tinyProduct: Gen = () => Math.fround(pick([1, -1]) * pick([1 + 2 ** -23, 1 - 2 ** -23]) * 2 ** -75);
const subnormalA: Gen = () => (rand() < 0.5 ? pick([1, -1]) : tinyProduct());
const subnormalB: Gen = () => (rand() < 0.5 ? Math.fround(pick([1, -1]) * (2 ** -127 + randInt(0, 3) * 2 ** -149)) : tinyProduct());
function special(): number {
  return pick([NaN, Infinity, -Infinity, 0, -0, 2 ** -149, -(2 ** -149), 3.4028234663852886e38, -3.4028234663852886e38]);
}
const plain: Gen = () => Math.fround(rand() * 2 - 1);
function mixed(gens: Gen[], specialShare: number): Gen {
  return () => (rand() < specialShare ? special() : pick(gens)());
}
function fill(n: number, gen: Gen): Float32Array {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = gen();
  return a;
}

/** index of the first element whose float32 bits differ (NaN matches NaN), or -1 */
function firstDifference(x: Float32Array, y: Float32Array): number {
  const bx = new Uint32Array(x.buffer, x.byteOffset, x.length),
    by = new Uint32Array(y.buffer, y.byteOffset, y.length);
  for (let i = 0; i < x.length; i++) if (bx[i] !== by[i] && !(Number.isNaN(x[i]) && Number.isNaN(y[i]))) return i;
  return -1;
}
function describeDifference(x: Float32Array, y: Float32Array, label: string): string {
  const i = firstDifference(x, y);
  return i < 0 ? "" : `${label} [${i}]: wasm ${x[i]} != sgemmFma ${y[i]}`;
}

/** the steps of sgemmFma whose double sum is a float32 midpoint, and those where fmaf's exact rule then gives
 *  another float32 than rounding the double sum (what the kernel's exact path exists for) */
function countMidpoints(A: Float32Array, B: Float32Array, m: number, k: number, n: number): { midpoints: number; corrected: number } {
  let midpoints = 0,
    corrected = 0;
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) {
        const t = A[i * k + p]! * B[p * n + j]! + s,
          r = Math.fround(t);
        const next = fmaf(A[i * k + p]!, B[p * n + j]!, s);
        if (r !== t && Number.isFinite(r) && Math.fround(2 * t - r) === 2 * t - r) midpoints++;
        if (!Object.is(next, r) && !(Number.isNaN(next) && Number.isNaN(r))) corrected++;
        s = next;
      }
    }
  return { midpoints, corrected };
}

function compare(m: number, k: number, n: number, gen: Gen, genB = gen): { A: Float32Array; B: Float32Array } {
  const A = fill(m * k + 3, gen),
    B = fill(k * n + 1, genB);
  const Cw = new Float32Array(m * n + 2).fill(7),
    Cj = new Float32Array(m * n + 2).fill(7);
  expect(sgemmWasm(A, 3, B, 1, Cw, 1, m, k, n)).toBe(true);
  sgemmFma(A, 3, B, 1, Cj, 1, m, k, n);
  expect([Cw[0], Cw[m * n + 1]]).toEqual([7, 7]); // nothing written outside C
  expect(describeDifference(Cw, Cj, `${m}×${k}·${k}×${n}`)).toBe("");
  return { A: A.subarray(3), B: B.subarray(1) };
}

afterEach(() => {
  setWasmGemm(true);
  setSgemmNormalKernels(true);
  setBudget(null);
});

/** which kernels `f` ran: normal-range (sgemm4n/sgemm1n) and general (sgemm4/sgemm1) calls */
function kernelRuns(f: () => void): { normal: number; general: number } {
  const { normal, general } = sgemmRuns;
  f();
  return { normal: sgemmRuns.normal - normal, general: sgemmRuns.general - general };
}

describe("WebAssembly sgemm is bit-identical to sgemmFma", () => {
  it("is available in Node (otherwise the comparisons below would compare JS with JS)", () => {
    expect(wasmGemmAvailable()).toBe(true);
  });

  it("random shapes (m or n of 1 and 2, odd sizes, k = 0 and 1, long k) with plain and wide-range values", () => {
    const shapes: number[][] = [
      [2, 1, 2],
      [2, 0, 3],
      [1, 5, 7],
      [7, 5, 1],
      [2, 3000, 2],
      [4, 4, 4],
      [5, 9, 13],
      [8, 1, 8],
      [3, 700, 9],
      [64, 100, 40],
    ];
    for (let t = 0; t < 60; t++) shapes.push([randInt(1, 21), pick([0, 1, 2, randInt(1, 40), randInt(100, 400)]), randInt(1, 21)]);
    for (const [m, k, n] of shapes) {
      compare(m!, k!, n!, plain);
      compare(m!, k!, n!, mixed([wide], 0));
    }
  });

  it("midpoint sums, including those where rounding the double sum would be wrong, are counted and matched", () => {
    for (const normalKernels of [true, false]) {
      setSgemmNormalKernels(normalKernels);
      let midpoints = 0,
        corrected = 0;
      const runs = kernelRuns(() => {
        for (let t = 0; t < 40; t++) {
          const m = randInt(1, 12),
            k = randInt(1, 60),
            n = randInt(1, 12);
          const { A, B } = compare(m, k, n, nearMidpoint);
          const c = countMidpoints(A, B, m, k, n);
          midpoints += c.midpoints;
          corrected += c.corrected;
        }
      });
      expect(runs).toEqual(normalKernels ? { normal: 40, general: 0 } : { normal: 0, general: 40 });
      expect(midpoints).toBeGreaterThan(200);
      expect(corrected).toBeGreaterThan(20);
    }
  });

  it("subnormal sums and midpoints between subnormals", () => {
    let midpoints = 0,
      corrected = 0;
    for (let t = 0; t < 30; t++) {
      const m = randInt(1, 10),
        k = randInt(1, 30),
        n = randInt(1, 10);
      const { A, B } = compare(m, k, n, subnormalA, subnormalB);
      const c = countMidpoints(A, B, m, k, n);
      midpoints += c.midpoints;
      corrected += c.corrected;
    }
    expect(midpoints).toBeGreaterThan(100);
    expect(corrected).toBeGreaterThan(10);
  });

  it("a midpoint just below 2^-126 that nothing else in its tile flags, in every lane position", () => {
    // in column `hit`: s = 2^-126 - 2^-149 (odd), then s - 2^-150 + 2^-196, which rounds to double as the midpoint
    // s - 2^-150 and from there to the even neighbour; fmaf keeps s. Other columns sum 1 + 2^-76·(1 + 2^-23) = 1.
    const largestSubnormal = Math.fround(2 ** -126 - 2 ** -149);
    for (const [m, n] of [
      [4, 4],
      [5, 8],
      [1, 4],
    ])
      for (let hit = 0; hit < n; hit++) {
        const A = new Float32Array(m * 2),
          B = new Float32Array(2 * n);
        for (let i = 0; i < m; i++) [A[2 * i], A[2 * i + 1]] = [1, Math.fround((1 + 2 ** -23) * 2 ** -75)];
        for (let j = 0; j < n; j++)
          [B[j], B[n + j]] = j === hit ? [largestSubnormal, Math.fround(-(1 - 2 ** -23) * 2 ** -75)] : [1, 2 ** -1];
        const Cw = new Float32Array(m * n),
          Cj = new Float32Array(m * n);
        expect(sgemmWasm(A, 0, B, 0, Cw, 0, m, 2, n)).toBe(true);
        sgemmFma(A, 0, B, 0, Cj, 0, m, 2, n);
        expect(Cj[hit]).toBe(largestSubnormal); // not the even neighbour that rounding the double sum gives
        expect(describeDifference(Cw, Cj, `${m}×2·2×${n}, column ${hit}`)).toBe("");
      }
  });

  it("NaN, ±Infinity, overflow to Infinity, signed zeros, the largest and smallest float32", () => {
    for (let t = 0; t < 50; t++) {
      const gen = mixed([wide, nearMidpoint, tinyProduct, subnormalB, plain], pick([0.02, 0.1, 0.5]));
      compare(randInt(1, 14), randInt(0, 50), randInt(1, 14), gen);
    }
    // -0 inputs only: every sum starts at +0 and +0 + -0 = +0, so the results are +0 on both paths
    const { A } = compare(4, 3, 4, () => -0);
    expect(A.every((v) => Object.is(v, -0))).toBe(true);
  });

  it("gemm with and without WebAssembly, and a Python float32 program, print the same", () => {
    for (let t = 0; t < 20; t++) {
      const m = randInt(2, 70),
        k = randInt(1, 120),
        n = randInt(2, 70);
      const A = fill(m * k, mixed([plain, wide, nearMidpoint], 0.01)),
        B = fill(k * n, mixed([plain, wide, nearMidpoint], 0.01));
      const Cw = new Float32Array(m * n),
        Cj = new Float32Array(m * n);
      gemm(A, 0, B, 0, Cw, 0, m, k, n, true);
      setWasmGemm(false);
      gemm(A, 0, B, 0, Cj, 0, m, k, n, true);
      setWasmGemm(true);
      expect(describeDifference(Cw, Cj, `gemm ${m}×${k}·${k}×${n}`)).toBe("");
    }
    const program = [
      "import numpy as np",
      "rng = np.random.RandomState(5)",
      "a = rng.randn(33, 70).astype(np.float32); b = rng.randn(70, 41).astype(np.float32)",
      "a[2, 3] = np.nan; b[4, 5] = np.inf; a[6] = 1 + 2.0 ** -12; b[:, 7] = 1 + 2.0 ** -12",
      "for o in [a @ b, np.dot(a[::2, 1:], b[1:, ::3]), a[:, :41].T @ a[:, 41:], np.matmul(np.stack([a, a * 2]), b),",
      "          a @ a.T, np.dot(a[:, 1:], a[:30, :-1].T), np.dot(b.T, b[:, 3:].T.T)]:",
      "    print(o.dtype, o.shape, [repr(float(x)) for x in np.ravel(o)])",
    ].join("\n");
    const run = () => {
      const r = new Session({ timeoutMs: 20_000 }).exec(program, "<test>");
      expect(r.ok, r.stderr).toBe(true);
      return r.stdout;
    };
    const withWasm = run();
    setWasmGemm(false);
    const withoutWasm = run();
    expect(withWasm).toContain("float32");
    expect(withWasm).toBe(withoutWasm);
  });
});

describe("float32 operands staged as float32 rows or as doubles", () => {
  /** A[i,p] = A[i·a0 + p·a1], B[p,j] = B[p·b0 + j·b1] as plain arrays, for sgemmFma */
  function dense(X: ArrayLike<number>, r: number, c: number, s0: number, s1: number): Float32Array {
    const out = new Float32Array(r * c);
    for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) out[i * c + j] = X[i * s0 + j * s1]!;
    return out;
  }
  it("row views, transposed views, leftover rows and storages other than Float32Array give sgemmFma's bits", () => {
    const gens: Gen[] = [plain, nearMidpoint, mixed([wide, nearMidpoint, subnormalB], 0.05)];
    for (let t = 0; t < 60; t++) {
      const m = randInt(2, 13),
        k = randInt(1, 70),
        n = randInt(2, 13),
        gen = pick(gens);
      // A: rows of a wider array (a0 > k), or its transpose; B: rows, a wider array, or W.T (columns contiguous)
      const aT = rand() < 0.3,
        aWide = k + randInt(0, 3),
        bKind = randInt(0, 2),
        bWide = n + randInt(0, 3);
      const Araw = aT ? fill(k * m, gen) : fill(m * aWide, gen);
      const [a0, a1] = aT ? [1, m] : [aWide, 1];
      const Braw = bKind === 2 ? fill(n * k, gen) : fill(k * bWide, gen);
      const [b0, b1] = bKind === 2 ? [1, k] : [bWide, 1];
      // float32 values held in another storage (an int16 operand promoted to float32) are staged as doubles
      const A = rand() < 0.2 ? Int16Array.from(Araw, (v) => Math.round(v * 100) | 0) : Araw;
      const Cw = new Float32Array(m * n),
        Cj = new Float32Array(m * n);
      expect(gemmWasmStrided(true, A, 0, a0, a1, Braw, 0, b0, b1, Cw, 0, m, k, n)).toBe(true);
      sgemmFma(dense(A, m, k, a0, a1), 0, dense(Braw, k, n, b0, b1), 0, Cj, 0, m, k, n);
      expect(describeDifference(Cw, Cj, `${m}×${k}·${k}×${n}, a ${a0},${a1} b ${b0},${b1}`)).toBe("");
    }
  });
});

describe("the normal-range kernels (sgemm4n/sgemm1n) and their bounds", () => {
  // f32_range's encoding: (smallest << 16) | largest biased double exponent of the nonzero values
  const range = (lo: number, hi: number) => ((lo + 1023) << 16) | (hi + 1023);
  it("sumsStayNormal: products on multiples of 2^-125 at least, sums below 2^126 (bound), finite values", () => {
    // the smallest nonzero |a| and |b| are multiples of 2^(e − 23): e_a + e_b − 46 ≥ −125
    expect(sumsStayNormal(range(-39, 0), range(-40, 0), 100)).toBe(true);
    expect(sumsStayNormal(range(-40, 0), range(-40, 0), 100)).toBe(false);
    expect(sumsStayNormal(range(-79, 0), range(0, 0), 100)).toBe(true);
    expect(sumsStayNormal(range(-80, 0), range(0, 0), 100)).toBe(false);
    // |a| < 2^(e_a + 1): k·2^(e_a + 1)·2^(e_b + 1) ≤ 2^126, with k rounded up to a power of 2
    expect(sumsStayNormal(range(0, 61), range(0, 61), 4)).toBe(true);
    expect(sumsStayNormal(range(0, 61), range(0, 61), 5)).toBe(false);
    expect(sumsStayNormal(range(0, 62), range(0, 61), 4)).toBe(false);
    expect(sumsStayNormal(range(0, 0), range(0, 0), 2 ** 22)).toBe(true);
    expect(sumsStayNormal(range(0, 0), range(0, 0), 2 ** 22 + 1)).toBe(false);
    // a NaN or an infinity (exponent 0x7ff) anywhere; an operand of zeros only (lo 0) gives ±0 sums
    expect(sumsStayNormal(range(0, 1024), range(0, 0), 10)).toBe(false);
    expect(sumsStayNormal(range(0, 0), range(0, 1024), 10)).toBe(false);
    expect(sumsStayNormal(0, range(-140, 100), 10)).toBe(true);
    expect(sumsStayNormal(range(-140, 100), 0, 10)).toBe(true);
  });

  it("a sum just below a float32 midpoint that rounds onto it in double, in every row and column of a tile", () => {
    // s = 1 + 2^-22, then s + (1 + 2^-23)·2^-12 · (1 - 2^-23)·2^-12 = s + 2^-24 - 2^-70, which rounds in double to the
    // midpoint s + 2^-24; rounding that tie away from zero gives 1 + 3·2^-23, fmaf keeps s. Elsewhere 1 + 2^-13-ish.
    const s = 1 + 2 ** -22,
      tiny = Math.fround((1 + 2 ** -23) * 2 ** -12),
      tinyB = Math.fround((1 - 2 ** -23) * 2 ** -12);
    for (const [m, n] of [
      [4, 4],
      [8, 8],
      [5, 8],
      [4, 12],
    ])
      for (let hitRow = 0; hitRow < m; hitRow++)
        for (let hitCol = 0; hitCol < n; hitCol++) {
          const A = new Float32Array(m * 2),
            B = new Float32Array(2 * n);
          for (let i = 0; i < m; i++) [A[2 * i], A[2 * i + 1]] = [1, i === hitRow ? tiny : 0.5];
          for (let j = 0; j < n; j++) [B[j], B[n + j]] = j === hitCol ? [s, tinyB] : [1, 0.5];
          const Cw = new Float32Array(m * n),
            Cj = new Float32Array(m * n);
          const runs = kernelRuns(() => expect(sgemmWasm(A, 0, B, 0, Cw, 0, m, 2, n)).toBe(true));
          expect(runs).toEqual({ normal: 1, general: 0 });
          sgemmFma(A, 0, B, 0, Cj, 0, m, 2, n);
          expect(Cj[hitRow * n + hitCol]).toBe(s);
          expect(describeDifference(Cw, Cj, `${m}×2·2×${n}, [${hitRow}, ${hitCol}]`)).toBe("");
        }
  });

  it("operands at the edges of the bounds: the kernel chosen, and fmaf's bits either way", () => {
    const significand = () => pick([1, -1]) * (1 + randInt(0, 7) * 2 ** -23);
    /** significands near 1 (midpoints, cancellation) at 2^lo .. 2^hi, some zeros; the first value at 2^edge */
    function operand(size: number, lo: number, hi: number, edge: number): Float32Array {
      const a = fill(size, () => (rand() < 0.1 ? 0 : Math.fround(significand() * 2 ** randInt(lo, hi))));
      a[0] = Math.fround(significand() * 2 ** edge);
      return a;
    }
    const cases: [number, number, number, number, number, number, number, "normal" | "general"][] = [
      // [A's lo, hi, edge], [B's lo, hi, edge], k, kernel
      [-39, -36, -39, -40, -37, -40, 20, "normal"], // products on multiples of 2^-125, down to 2^-79
      [-39, -36, -39, -40, -37, -41, 20, "general"], // on multiples of 2^-126
      [59, 61, 61, 59, 61, 61, 4, "normal"], // |sums| < 4·2^62·2^62 = 2^126
      [59, 61, 61, 59, 61, 62, 4, "general"],
      [59, 61, 61, 59, 61, 61, 5, "general"],
      [-2, 0, 0, -140, -138, -140, 8, "general"], // float32 subnormals in B: subnormal sums
    ];
    for (const [aLo, aHi, aEdge, bLo, bHi, bEdge, k, kernel] of cases) {
      let midpoints = 0;
      const runs = kernelRuns(() => {
        for (let t = 0; t < 30; t++) {
          const m = randInt(1, 9),
            n = randInt(1, 9);
          const A = operand(m * k, aLo, aHi, aEdge),
            B = operand(k * n, bLo, bHi, bEdge);
          const Cw = new Float32Array(m * n),
            Cj = new Float32Array(m * n);
          expect(sgemmWasm(A, 0, B, 0, Cw, 0, m, k, n)).toBe(true);
          sgemmFma(A, 0, B, 0, Cj, 0, m, k, n);
          expect(describeDifference(Cw, Cj, `${m}×${k}·${k}×${n}`)).toBe("");
          midpoints += countMidpoints(A, B, m, k, n).midpoints;
        }
      });
      expect(runs).toEqual(kernel === "normal" ? { normal: 30, general: 0 } : { normal: 0, general: 30 });
      if (aEdge > -100 && bEdge > -100) expect(midpoints).toBeGreaterThan(0);
    }
  });
});

describe("WebAssembly sgemm: charging and deadlines", () => {
  it("charges the whole work to the budget in several blocks, and stops when a charge throws", () => {
    const charges: number[] = [];
    setBudget({ charge: (ops) => void charges.push(ops), alloc: () => {} });
    const m = 256,
      k = 256,
      n = 256;
    const A = fill(m * k, plain),
      B = fill(k * n, plain);
    gemm(A, 0, B, 0, new Float32Array(m * n), 0, m, k, n, true);
    expect(charges.reduce((s, x) => s + x, 0)).toBe(m * k * n);
    expect(charges.length).toBeGreaterThanOrEqual(4);
    let calls = 0;
    setBudget({
      charge: () => {
        if (++calls === 2) throw new Error("step limit");
      },
      alloc: () => {},
    });
    expect(() => gemm(A, 0, B, 0, new Float32Array(m * n), 0, m, k, n, true)).toThrow("step limit");
    expect(calls).toBe(2);
  });

  it("a long float32 product raises TimeoutError at the deadline", () => {
    const r = new Session({ timeoutMs: 200 }).exec(
      "import numpy as np\na = np.ones((1000, 1000), dtype=np.float32)\nfor _ in range(20): c = a @ a",
      "<test>",
    );
    expect(r.error?.type).toBe("TimeoutError");
  });

  it("without WebAssembly the JS kernel computes the product (sgemmWasm declines, gemm still answers)", () => {
    const A = fill(6 * 7, plain),
      B = fill(7 * 5, plain);
    const C = new Float32Array(30),
      expected = new Float32Array(30);
    setWasmGemm(false);
    expect(sgemmWasm(A, 0, B, 0, C, 0, 6, 7, 5)).toBe(false);
    expect(C.every((v) => v === 0)).toBe(true);
    gemm(A, 0, B, 0, C, 0, 6, 7, 5, true);
    sgemmFma(A, 0, B, 0, expected, 0, 6, 7, 5);
    expect(describeDifference(C, expected, "fallback")).toBe("");
  });
});
