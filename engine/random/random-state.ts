/**
 * Bit-for-bit reproduction of NumPy's legacy `numpy.random.RandomState`
 * (MT19937 + legacy distributions), as of NumPy 2.x.
 *
 * All sampling methods take a flat count `n` and return flat typed arrays;
 * the caller owns shapes. Drawing n values consumes exactly the same stream
 * as NumPy drawing an array of n elements (C order), and n = 1 matches the
 * scalar (`size=None`) path.
 *
 * Errors are thrown as `RandomError` with `pyType` set to the Python
 * exception class NumPy raises and `message` equal to NumPy's message.
 */
import { MT19937, N as STATE_LEN } from "./mt19937";
import { glibcLog } from "./glibc-log";
import { legacyBinomial, poisson as poissonDraw } from "./discrete";
import { integersScalar } from "./integers";
import { BoundedDraws } from "./bounded-integers";

// local alias: transpilers may turn imported names into getter calls
const log = glibcLog;

export type PyErrorType = "ValueError" | "TypeError" | "OverflowError" | "IndexError" | "NotImplementedError";

export class RandomError extends Error {
  readonly pyType: PyErrorType;
  constructor(pyType: PyErrorType, message: string) {
    super(message);
    this.name = pyType;
    this.pyType = pyType;
  }
}

/** An int, or a 1-d array of ints in [0, 2**32 - 1] (init_by_array). */
export type Seed = number | bigint | ArrayLike<number | bigint>;

/** Integer argument as the interpreter may hold it: JS number (int or float) or bigint. */

/**
 * Seed used when none is given. NumPy seeds from OS entropy; this engine is
 * deterministic, so an unseeded RandomState behaves like `RandomState(5489)`
 * (5489 is the reference MT19937 default seed).
 */
export const DEFAULT_SEED = 5489;

export interface RandomStateState {
  /** 'MT19937' like NumPy's get_state()[0]. */
  kind: "MT19937";
  key: Uint32Array;
  pos: number;
  hasGauss: boolean;
  gauss: number;
}

const U32_MAX = 0xffffffff;

/** Kahan summation exactly as NumPy's `kahan_sum` (used to validate p). */
function kahanSum(a: Float64Array): number {
  if (a.length === 0) return 0;
  let sum = a[0];
  let c = 0.0;
  for (let i = 1; i < a.length; i++) {
    const y = a[i] - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}

/** searchsorted(cdf, u, side='right'): number of cdf entries <= u. */
function searchRight(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (u < cdf[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** np.cumsum(p) followed by cdf /= cdf[-1] (sequential accumulate). */
function normalizedCdf(p: Float64Array): Float64Array {
  const cdf = new Float64Array(p.length);
  let acc = 0;
  for (let i = 0; i < p.length; i++) {
    acc += p[i];
    cdf[i] = acc;
  }
  const last = cdf[cdf.length - 1];
  for (let i = 0; i < cdf.length; i++) cdf[i] /= last;
  return cdf;
}

type Swappable = { length: number; [i: number]: unknown };

export class RandomState {
  /** The MT19937 bit generator (exposed for advanced use / benchmarks). */
  readonly mt = new MT19937();
  /** masked rejection over whole words (legacy random_interval and randint) */
  private readonly masked = new BoundedDraws(this.mt, "int64", true);
  private hasGauss = false;
  private gaussValue = 0;

  constructor(seed?: Seed | null) {
    this.seed(seed ?? DEFAULT_SEED);
  }

  // ---------------------------------------------------------------- seeding

  /**
   * `RandomState.seed` / `_legacy_seeding`: an int uses `mt19937_seed`
   * (init_genrand); a 1-d array of ints uses `init_by_array`.
   * `null`/`undefined` reseeds with DEFAULT_SEED (NumPy would use entropy).
   */
  seed(seed?: Seed | null): void {
    if (seed === undefined || seed === null) seed = DEFAULT_SEED;
    if (typeof seed === "number" || typeof seed === "bigint") {
      if (typeof seed === "number" && !Number.isInteger(seed)) {
        throw new RandomError("TypeError", "Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'");
      }
      const b = BigInt(seed);
      if (b < 0n || b > 0xffffffffn) throw new RandomError("ValueError", "Seed must be between 0 and 2**32 - 1");
      this.mt.seedInt(Number(b));
    } else {
      const n = seed.length;
      if (n === 0) throw new RandomError("ValueError", "Seed must be non-empty");
      const words = new Uint32Array(n);
      for (let i = 0; i < n; i++) {
        const v = seed[i];
        if (typeof v === "number" && !Number.isInteger(v)) {
          throw new RandomError("TypeError", "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
        }
        const b = BigInt(v);
        if (b < 0n || b > 0xffffffffn) throw new RandomError("ValueError", "Seed must be between 0 and 2**32 - 1");
        words[i] = Number(b);
      }
      this.mt.seedArray(words);
    }
    this.hasGauss = false;
    this.gaussValue = 0;
  }

  /** `get_state()` (copy). */
  getState(): RandomStateState {
    return {
      kind: "MT19937",
      key: new Uint32Array(this.mt.key),
      pos: this.mt.pos,
      hasGauss: this.hasGauss,
      gauss: this.gaussValue,
    };
  }

  /** The cached second gauss, which NumPy's set_state stores before it validates the key. */
  setGauss(hasGauss: boolean, gauss: number): void {
    this.hasGauss = hasGauss;
    this.gaussValue = hasGauss ? gauss : 0;
  }

  /** `set_state(state)`. */
  setState(state: { key: ArrayLike<number>; pos: number; hasGauss?: boolean | number; gauss?: number }): void {
    if (state.key.length !== STATE_LEN) throw new RandomError("ValueError", "state must be 624 elements");
    if (!(state.pos >= 0 && state.pos <= STATE_LEN)) throw new RandomError("ValueError", "invalid state position");
    this.mt.key.set(Array.from(state.key, (v) => v >>> 0));
    this.mt.pos = state.pos | 0;
    this.hasGauss = !!state.hasGauss;
    this.gaussValue = this.hasGauss ? (state.gauss ?? 0) : 0;
  }

  // ---------------------------------------------------------------- raw draws

  /** One `random_sample()` value. */
  nextDouble(): number {
    return this.mt.nextDouble();
  }

  /** One raw tempered 32-bit word (`next_uint32`). */
  nextUint32(): number {
    return this.mt.next32();
  }

  /** `legacy_gauss`: polar Box–Muller with the cached second value. */
  nextGauss(): number {
    if (this.hasGauss) {
      const t = this.gaussValue;
      this.hasGauss = false;
      this.gaussValue = 0;
      return t;
    }
    const mt = this.mt;
    let x1: number, x2: number, r2: number;
    do {
      x1 = 2.0 * mt.nextDouble() - 1.0;
      x2 = 2.0 * mt.nextDouble() - 1.0;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 === 0.0);
    const f = Math.sqrt((-2.0 * log(r2)) / r2);
    this.gaussValue = f * x1;
    this.hasGauss = true;
    return f * x2;
  }

  // ---------------------------------------------------------------- floats

  /** `random_sample` / `random` / `rand` / `ranf` / `sample`. */
  randomSample(n: number): Float64Array {
    const out = new Float64Array(n);
    this.mt.fillDoubles(out, n);
    return out;
  }

  /** `standard_normal` / `randn`. */
  standardNormal(n: number): Float64Array {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = this.nextGauss();
    return out;
  }

  /**
   * `normal(loc, scale, size)` with scalar loc/scale: loc + scale * gauss.
   * (For array loc/scale NumPy broadcasts and draws one gauss per output
   * element in C order: combine `standardNormal(n)` elementwise.)
   */
  normal(loc: number, scale: number, n: number): Float64Array {
    if (!Number.isNaN(scale) && (scale < 0 || Object.is(scale, -0))) {
      throw new RandomError("ValueError", "scale < 0");
    }
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = loc + scale * this.nextGauss();
    return out;
  }

  /**
   * `uniform(low, high, size)` with scalar bounds: low + (high-low) * double.
   * (For array bounds: low[i] + (high[i]-low[i]) * randomSample.)
   */
  uniform(low: number, high: number, n: number): Float64Array {
    const range = high - low;
    if (!Number.isFinite(range)) throw new RandomError("OverflowError", "Range exceeds valid bounds");
    const out = new Float64Array(n);
    const mt = this.mt;
    for (let i = 0; i < n; i++) out[i] = low + range * mt.nextDouble();
    return out;
  }

  /** `random_interval(max)`: uniform in [0, max] by masked rejection. */
  randomInterval(max: number): number {
    return max <= U32_MAX ? this.masked.draw(max) : Number(this.masked.drawBig(BigInt(max)));
  }

  // ---------------------------------------------------------------- discrete

  /**
   * Legacy `binomial(n, p, size)` with scalar n, p (n truncated to an int
   * like NumPy's `<long>n`). Results are integral doubles.
   */
  binomial(n: number, p: number, size: number): Float64Array {
    if (!(p >= 0 && p <= 1)) throw new RandomError("ValueError", "p < 0, p > 1 or p is NaN");
    const ni = Math.trunc(n);
    if (ni < 0) throw new RandomError("ValueError", "n < 0");
    const out = new Float64Array(size);
    for (let i = 0; i < size; i++) out[i] = legacyBinomial(this.mt, p, ni);
    return out;
  }

  /** Legacy `poisson(lam, size)` with scalar lam. Results are integral doubles. */
  poisson(lam: number, size: number): Float64Array {
    if (lam > 9.223372006484771e18) throw new RandomError("ValueError", "lam value too large");
    if (!(lam >= 0)) throw new RandomError("ValueError", "lam < 0 or lam is NaN");
    const out = new Float64Array(size);
    for (let i = 0; i < size; i++) out[i] = poissonDraw(this.mt, lam);
    return out;
  }

  // ---------------------------------------------------------------- permutations

  /**
   * Drives NumPy's legacy shuffle loop: for i = n-1 down to 1,
   * j = random_interval(i), swap(i, j). (NumPy's n-d path skips the copy
   * when i == j; the stream is the same either way.)
   */
  shuffleSwaps(n: number, swap: (i: number, j: number) => void): void {
    for (let i = n - 1; i >= 1; i--) swap(i, this.randomInterval(i));
  }

  /** `shuffle(x)` for a 1-d JS array or typed array, in place. */
  shuffle<T extends Swappable>(x: T): T {
    const a = x as unknown as { [i: number]: unknown };
    for (let i = x.length - 1; i >= 1; i--) {
      const j = this.randomInterval(i);
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return x;
  }

  /**
   * `permutation(n)` — shuffled arange(n) as doubles. Also the index order
   * for permuting / shuffling an n-d array along its first axis:
   * `shuffle(x)` ≡ `x[:] = x[permutation(len(x))]`.
   */
  permutation(n: number): Float64Array {
    const len = Math.max(0, Math.ceil(n));
    const out = new Float64Array(len);
    for (let i = 0; i < len; i++) out[i] = i;
    return this.shuffle(out);
  }

  /** `permutation(array)` for a 1-d JS array: shuffled copy. */
  permutationOf<T>(arr: ArrayLike<T>): T[] {
    return this.shuffle(Array.from(arr));
  }

  // ---------------------------------------------------------------- choice

  /**
   * Legacy `choice` on indices: `a` is the population size (pop_size;
   * `aIsInt` tells whether the Python `a` was an int, which only changes
   * the error messages). Returns n indices into the population.
   *
   * Stream consumption exactly as NumPy:
   *  - replace, no p: randint(0, pop_size, n) (integers.ts, masked like every legacy bounded draw)
   *  - replace, p: random_sample(n) + searchsorted on the normalized cdf
   *  - no replace, no p: permutation(pop_size)[:n] (always the full shuffle)
   *  - no replace, p: NumPy's rand/unique loop
   */
  choiceIndices(popSize: number, n: number, replace = true, p?: ArrayLike<number> | null, aIsInt = true): Float64Array {
    if (aIsInt) {
      if (popSize <= 0 && n !== 0) {
        throw new RandomError("ValueError", "a must be greater than 0 unless no samples are taken");
      }
    } else if (popSize === 0 && n !== 0) {
      throw new RandomError("ValueError", "'a' cannot be empty unless no samples are taken");
    }
    let pArr: Float64Array | null = null;
    if (p !== undefined && p !== null) {
      pArr = Float64Array.from(p as ArrayLike<number>);
      const atol = Math.sqrt(2.220446049250313e-16);
      if (pArr.length !== popSize) throw new RandomError("ValueError", "'a' and 'p' must have same size");
      const pSum = kahanSum(pArr);
      if (Number.isNaN(pSum)) throw new RandomError("ValueError", "probabilities contain NaN");
      for (let i = 0; i < pArr.length; i++) {
        if (pArr[i] < 0) throw new RandomError("ValueError", "probabilities are not non-negative");
      }
      if (Math.abs(pSum - 1) > atol) throw new RandomError("ValueError", "probabilities do not sum to 1");
    }

    if (replace) {
      if (pArr) {
        const cdf = normalizedCdf(pArr);
        const out = new Float64Array(n);
        for (let i = 0; i < n; i++) out[i] = searchRight(cdf, this.mt.nextDouble());
        return out;
      }
      return Float64Array.from(integersScalar(this.mt, { dtype: "int64", masked: true, closed: false }, 0n, BigInt(popSize), n));
    }

    if (n > popSize) {
      throw new RandomError("ValueError", "Cannot take a larger sample than population when 'replace=False'");
    }
    if (n < 0) throw new RandomError("ValueError", "negative dimensions are not allowed");

    if (pArr) {
      let nonzero = 0;
      for (let i = 0; i < pArr.length; i++) if (pArr[i] > 0) nonzero++;
      if (nonzero < n) throw new RandomError("ValueError", "Fewer non-zero entries in p than size");
      const pw = new Float64Array(pArr);
      const found = new Float64Array(n);
      let nUniq = 0;
      while (nUniq < n) {
        const x = this.randomSample(n - nUniq);
        if (nUniq > 0) for (let k = 0; k < nUniq; k++) pw[found[k]] = 0;
        const cdf = normalizedCdf(pw);
        const seen = new Set<number>();
        for (let k = 0; k < x.length; k++) {
          const idx = searchRight(cdf, x[k]);
          if (!seen.has(idx)) {
            seen.add(idx);
            found[nUniq++] = idx;
          }
        }
      }
      return found;
    }

    const perm = this.permutation(popSize);
    return perm.slice(0, n);
  }

  /**
   * `choice(a, size, replace, p)`: `a` an int (population arange(a)) or a
   * 1-d array-like; returns n drawn values (indices for an int `a`).
   */
  choice<T>(a: number | ArrayLike<T>, n: number, replace = true, p?: ArrayLike<number> | null): Float64Array | T[] {
    if (typeof a === "number") {
      if (!Number.isInteger(a)) throw new RandomError("ValueError", "a must be 1-dimensional or an integer");
      return this.choiceIndices(a, n, replace, p, true);
    }
    const idx = this.choiceIndices(a.length, n, replace, p, false);
    const out: T[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = a[idx[i]];
    return out;
  }
}

/** Factory: a fresh RandomState (the interpreter makes one per run for `np.random.*`). */
export function createRandomState(seed?: Seed | null): RandomState {
  return new RandomState(seed);
}
