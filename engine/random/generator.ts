/**
 * NumPy's `np.random.Generator` over PCG64, reproduced bit for bit (NumPy 2.x):
 * random, integers (Lemire's bounded method), standard_normal/normal (ziggurat),
 * uniform, choice, shuffle/permutation.
 *
 * Like random-state.ts, sampling methods take a flat count and return flat
 * arrays; the interpreter binding owns shapes and Python types.
 */
import { PCG64, pcg64FromEntropy, entropyWords } from "./pcg64";
import { standardNormal } from "./ziggurat";
import { RandomError } from "./random-state";
import { BoundedDraws, type IntegerDType } from "./bounded-integers";
import { integersScalar } from "./integers";

const U32 = 0xffffffff;

export class Generator {
  readonly bg: PCG64;
  /** 64-bit bounded draws take whole words: no buffer is carried from one draw to the next */
  private readonly lemire: BoundedDraws;
  private readonly masked: BoundedDraws;
  constructor(seed: PCG64 | bigint | readonly bigint[] | null) {
    this.bg = seed instanceof PCG64 ? seed : pcg64FromEntropy(entropyWords(seed === null ? randomEntropy() : seed));
    this.lemire = new BoundedDraws(this.bg, "int64", false);
    this.masked = new BoundedDraws(this.bg, "int64", true);
  }

  random(n: number): Float64Array {
    const out = new Float64Array(n),
      g = this.bg;
    for (let i = 0; i < n; i++) out[i] = g.nextDouble();
    return out;
  }

  standardNormal(n: number): Float64Array {
    const out = new Float64Array(n),
      g = this.bg;
    for (let i = 0; i < n; i++) out[i] = standardNormal(g);
    return out;
  }

  /** random_bounded_uint64(off=0, rng, use_masked=0): Lemire's method */
  bounded(rng: number): number {
    return rng <= U32 ? this.lemire.draw(rng) : Number(this.lemire.drawBig(BigInt(rng)));
  }

  /** random_interval(max): masked rejection (used by shuffle) */
  interval(max: number): number {
    return max <= U32 ? this.masked.draw(max) : Number(this.masked.drawBig(BigInt(max)));
  }

  /** `integers(low, high, size, dtype, endpoint)` with scalar bounds (Lemire's method, see integers.ts) */
  integers(low: bigint, high: bigint | null, n: number, dtype: IntegerDType = "int64", endpoint = false): number[] {
    if (high === null) {
      high = low;
      low = 0n;
    }
    return integersScalar(this.bg, { dtype, masked: false, closed: endpoint }, low, high, n);
  }

  /** for i = n-1 … first: swap(i, random_interval(i)) */
  shuffleSwaps(n: number, swap: (i: number, j: number) => void, first = 1): void {
    for (let i = n - 1; i >= first; i--) swap(i, this.interval(i));
  }

  /**
   * Indices drawn by `choice(a, size, replace, p, shuffle)` for a population of popSize,
   * consuming the stream exactly like NumPy (integers / random+searchsorted / Floyd / tail shuffle).
   */
  choiceIndices(popSize: number, n: number, replace: boolean, p: Float64Array | null, shuffle = true): number[] {
    if (p !== null) {
      if (p.length !== popSize) throw new RandomError("ValueError", "a and p must have same size");
      let sum = 0,
        c = 0; // kahan_sum
      for (let i = 0; i < p.length; i++) {
        const y = p[i] - c,
          t = sum + y;
        c = t - sum - y;
        sum = t;
      }
      if (sum !== sum) throw new RandomError("ValueError", "Probabilities contain NaN");
      for (let i = 0; i < p.length; i++) if (p[i] < 0) throw new RandomError("ValueError", "Probabilities are not non-negative");
      if (Math.abs(sum - 1) > Math.sqrt(2.220446049250313e-16))
        throw new RandomError("ValueError", "Probabilities do not sum to 1. See Notes section of docstring for more information.");
    }
    const cdfOf = (w: Float64Array) => {
      const cdf = new Float64Array(w.length);
      let s = 0;
      for (let i = 0; i < w.length; i++) {
        s += w[i];
        cdf[i] = s;
      }
      const last = cdf[w.length - 1];
      for (let i = 0; i < w.length; i++) cdf[i] /= last;
      return cdf;
    };
    const searchRight = (cdf: Float64Array, x: number) => {
      let lo = 0,
        hi = cdf.length;
      while (lo < hi) {
        const m = (lo + hi) >> 1;
        if (cdf[m] <= x) lo = m + 1;
        else hi = m;
      }
      return lo;
    };
    if (replace) {
      if (p !== null) {
        const cdf = cdfOf(p),
          u = this.random(n),
          out = new Array<number>(n);
        for (let i = 0; i < n; i++) out[i] = searchRight(cdf, u[i]);
        return out;
      }
      return this.integers(0n, BigInt(popSize), n);
    }
    if (n > popSize) throw new RandomError("ValueError", "Cannot take a larger sample than population when replace is False");
    if (p !== null) {
      let nz = 0;
      for (let i = 0; i < p.length; i++) if (p[i] > 0) nz++;
      if (nz < n) throw new RandomError("ValueError", "Fewer non-zero entries in p than size");
      const w = Float64Array.from(p),
        found: number[] = [];
      while (found.length < n) {
        const x = this.random(n - found.length);
        for (const f of found) w[f] = 0;
        const cdf = cdfOf(w),
          seen = new Set<number>();
        for (let k = 0; k < x.length; k++) {
          const v = searchRight(cdf, x[k]);
          if (!seen.has(v)) {
            seen.add(v);
            found.push(v);
          }
        }
      }
      return found;
    }
    if (popSize > 10000 && n > Math.floor(popSize / (shuffle ? 50 : 20))) {
      const idx = new Array<number>(popSize);
      for (let i = 0; i < popSize; i++) idx[i] = i;
      this.shuffleIntTail(idx, popSize, Math.max(popSize - n, 1));
      return idx.slice(popSize - n);
    }
    // Floyd's algorithm with an open-addressing set, as NumPy
    const out = new Array<number>(n);
    let mask = Math.floor(1.2 * n);
    for (const s of [1, 2, 4, 8, 16]) mask |= mask >>> s;
    const set = new Float64Array(mask + 1).fill(-1);
    for (let j = popSize - n; j < popSize; j++) {
      const val = this.bounded(j);
      let loc = val % (mask + 1);
      while (set[loc] !== -1 && set[loc] !== val) loc = (loc + 1) & mask;
      if (set[loc] === -1) {
        set[loc] = val;
        out[j - popSize + n] = val;
      } else {
        loc = j % (mask + 1);
        while (set[loc] !== -1) loc = (loc + 1) & mask;
        set[loc] = j;
        out[j - popSize + n] = j;
      }
    }
    if (shuffle) this.shuffleIntTail(out, n, 1);
    return out;
  }

  /** _shuffle_int: for i = n-1 … first: swap with random_bounded_uint64(0, i) (Lemire) */
  private shuffleIntTail(d: number[], n: number, first: number): void {
    for (let i = n - 1; i >= first; i--) {
      const j = this.bounded(i);
      const t = d[j];
      d[j] = d[i];
      d[i] = t;
    }
  }
}

/** default_rng() without a seed: fresh entropy (non-reproducible, as in NumPy) */
function randomEntropy(): bigint[] {
  const c = (globalThis as any).crypto;
  const w = new Uint32Array(4);
  if (c?.getRandomValues) c.getRandomValues(w);
  else for (let i = 0; i < 4; i++) w[i] = Math.floor(Math.random() * 4294967296);
  return Array.from(w, (x) => BigInt(x));
}
