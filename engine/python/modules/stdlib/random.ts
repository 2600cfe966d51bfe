// The random module, a port of CPython 3.11's random.py over its MT19937: the same stream for the same seed (int,
// float, str or bytes), every documented parameter by position or keyword, CPython's errors. The module's
// functions are the methods of a hidden Random instance, as in CPython; random.Random makes more.
import { PyModule, PyBuiltin, PyFloat, PyList, PyTuple, PyBytes, KW } from "../../objects/core";
import { toIndex, toNum, len, getitem, setitem, hashOf, binop, compare, truthy, isInt } from "../../objects/ops";
import { MT19937 } from "../../../random/index";
import { bitLength, chargeArithmetic, chargeBigLinear, chargeContainer, chargeNative, BYTES } from "../../charge";
import { typeError, valueError, indexError } from "../../errors";
import { def } from "../../objects/methods";
import { floatOperand } from "../../objects/ops/arithmetic";
import { chargeSteps } from "../../limits";
import { PyRange } from "../../objects/core";
import { bindPy } from "../numpy/signature";
import { nativeType } from "./util";
import { objectType } from "../../objects/types";
import { glibcExp } from "../../../random/glibc-exp";
import { glibcLog } from "../../../random/glibc-log";
import { glibcPow } from "../../../random/glibc-pow";
import { sha512 } from "./sha512";

const TWOPI = 2 * Math.PI;
const LOG4 = glibcLog(4);
const SG_MAGICCONST = 1 + glibcLog(4.5);
const NV_MAGICCONST = (4 * glibcExp(-0.5)) / Math.sqrt(2);
const F = (x: number) => new PyFloat(x);

/** Seeding from a str or bytes, per byte: its SHA-512 (in 64-bit BigInt words) and the hex form of the key;
 *  measured ~1.9 µs per byte (random.seed('ab' * 50_000) ~190 ms of CPU on the grader's cores), rounded up. */
const NS_PER_SEED_BYTE = 2000;

class Rng {
  mt = new MT19937();
  gaussNext: number | null = null;
  constructor() {
    this.seed(0);
  }
  seed(v: any): void {
    let n: bigint;
    if (v === null || v === undefined) n = BigInt(Date.now()) ^ BigInt(Math.floor(Math.random() * 2 ** 52));
    else if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") n = BigInt(v);
    else if (v instanceof PyFloat) n = BigInt.asUintN(64, BigInt(hashOf(v)));
    else if (typeof v === "string" || v instanceof PyBytes) {
      // version 2: the bytes followed by their SHA-512, as one big-endian number
      const bytes = typeof v === "string" ? new TextEncoder().encode(v) : Uint8Array.from(v.s, (c) => c.charCodeAt(0) & 255);
      chargeContainer(bytes.length, BYTES.item, NS_PER_SEED_BYTE);
      const all = new Uint8Array(bytes.length + 64);
      all.set(bytes);
      all.set(sha512(bytes), bytes.length);
      n = BigInt("0x" + Array.from(all, (b) => b.toString(16).padStart(2, "0")).join(""));
    } else throw typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    if (n < 0n) n = -n;
    chargeBigLinear(bitLength(n));
    // 32-bit words, least significant first (from the hex form: shifting n word by word is quadratic)
    const key: number[] = [];
    const hex = n.toString(16);
    for (let end = hex.length; end > 0; end -= 8) key.push(parseInt(hex.slice(Math.max(0, end - 8), end), 16));
    if (n === 0n) key.splice(0, key.length, 0);
    this.mt.seedArray(key);
    this.gaussNext = null;
  }
  random(): number {
    return this.mt.nextDouble();
  }
  getrandbits(k: number): bigint {
    if (k < 0) throw valueError("number of bits must be non-negative");
    if (k === 0) return 0n;
    if (k <= 32) return BigInt(this.mt.next32() >>> (32 - k));
    chargeBigLinear(k);
    chargeContainer(k / 32, BYTES.item, 150);
    const words: string[] = [];
    for (let left = k; left > 0; left -= 32) words.push((this.mt.next32() >>> Math.max(0, 32 - left)).toString(16).padStart(8, "0"));
    return BigInt("0x" + words.reverse().join(""));
  }
  /** _randbelow_with_getrandbits: an int in [0, n) */
  randbelow(n: number | bigint): number | bigint {
    if (typeof n === "number" && n <= 2 ** 32) {
      const k = n.toString(2).length;
      let r = Number(this.getrandbits(k));
      while (r >= n) r = Number(this.getrandbits(k));
      return r;
    }
    const bn = BigInt(n);
    const k = bn.toString(2).length;
    let r = this.getrandbits(k);
    while (r >= bn) r = this.getrandbits(k);
    return norm(r);
  }
}
const norm = (v: bigint): number | bigint =>
  v >= -BigInt(Number.MAX_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
const add = (a: any, b: any) => binop("+", a, b);
const mul = (a: any, b: any) => binop("*", a, b);

function randrange(r: Rng, start: any, stop: any, step: any): any {
  const idx = (v: any, which: number) => {
    if (v instanceof PyFloat) {
      if (!Number.isInteger(v.v)) throw valueError(`non-integer ${which === 1 ? "arg 1" : which === 2 ? "stop" : "step"} for randrange()`);
      return norm(BigInt(v.v));
    }
    return isInt(v) && typeof v !== "boolean" ? v : toIndex(v);
  };
  const istart = idx(start, 1);
  if (stop === null) {
    if (step !== 1) throw typeError("Missing a non-None stop argument");
    if (istart > 0) return r.randbelow(istart);
    throw valueError("empty range for randrange()");
  }
  const istop = idx(stop, 2);
  const width = binop("-", istop, istart);
  const istep = idx(step, 3);
  if (istep === 1) {
    if (width > 0) return add(istart, r.randbelow(width));
    throw valueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
  }
  let n: any;
  if (istep > 0) n = binop("//", add(width, binop("-", istep, 1)), istep);
  else if (istep < 0) n = binop("//", add(width, add(istep, 1)), istep);
  else throw valueError("zero step for randrange()");
  if (n <= 0) throw valueError("empty range for randrange()");
  return add(istart, mul(istep, r.randbelow(n)));
}

/** bisect.bisect_right(a, x, 0, hi) */
function bisectRight(a: any[], x: any, hi: number): number {
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (truthy(compare("<", x, a[mid]))) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
const accumulate = (items: any[]) => {
  const out: any[] = [];
  for (const v of chargeArithmetic(items)) out.push(out.length ? add(out[out.length - 1], v) : v);
  return out;
};
const isSequence = (v: any) => v instanceof PyList || v instanceof PyTuple || typeof v === "string" || v instanceof PyRange;

function sample(r: Rng, population: any, k: any, counts: any): PyList {
  if (!isSequence(population)) throw typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
  const n = len(population);
  if (counts !== undefined && counts !== null) {
    const cum = accumulate(listOf(counts));
    if (cum.length !== n) throw valueError("The number of counts does not match the population");
    const total = cum.pop();
    if (!isInt(total)) throw typeError("Counts must be integers");
    if (total <= 0) throw valueError("Total of counts must be greater than zero");
    const sel = sample(r, new PyRange(0, Number(total), 1), k, null);
    return new PyList(sel.items.map((s) => getitem(population, bisectRight(cum, s, cum.length))));
  }
  const kk = toIndex(k);
  if (!(0 <= kk && kk <= n)) throw valueError("Sample larger than population or is negative");
  const result = new Array(kk);
  let setsize = 21;
  if (kk > 5) setsize += 4 ** Math.ceil(glibcLog(kk * 3) / glibcLog(4));
  chargeContainer(kk, BYTES.item);
  if (n <= setsize) {
    const pool = listOf(population);
    for (let i = 0; i < kk; i++) {
      const j = r.randbelow(n - i) as number;
      result[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < kk; i++) {
      let j = r.randbelow(n) as number;
      while (selected.has(j)) j = r.randbelow(n) as number;
      selected.add(j);
      result[i] = getitem(population, j);
    }
  }
  return new PyList(result);
}
import { iterToArray } from "../../objects/ops";
const listOf = (v: any) => iterToArray(v);

function choices(r: Rng, population: any, weights: any, cumWeights: any, k: any): PyList {
  const n = len(population);
  const kk = toIndex(k);
  const out: any[] = [];
  chargeContainer(Math.max(0, kk), BYTES.item);
  if (cumWeights === null) {
    if (weights === null) {
      for (let i = 0; i < kk; i++) out.push(getitem(population, Math.floor(r.random() * n)));
      return new PyList(out);
    }
    if (isInt(weights)) throw typeError(`The number of choices must be a keyword argument: k=${weights}`);
    cumWeights = accumulate(listOf(weights));
  } else if (weights !== null) throw typeError("Cannot specify both weights and cumulative weights");
  else cumWeights = listOf(cumWeights);
  if (cumWeights.length !== n) throw valueError("The number of weights does not match the population");
  const total = toNum(cumWeights[cumWeights.length - 1]);
  if (total <= 0) throw valueError("Total of weights must be greater than zero");
  if (!isFinite(total)) throw valueError("Total of weights must be finite");
  for (let i = 0; i < kk; i++) out.push(getitem(population, bisectRight(cumWeights, F(r.random() * total), n - 1)));
  return new PyList(out);
}

// The rejection loops charge a step per try: with a NaN parameter they never accept (CPython loops forever too), and the
// run must still end at its time limit.
function gammavariate(r: Rng, alpha: number, beta: number): number {
  if (alpha <= 0 || beta <= 0) throw valueError("gammavariate: alpha and beta must be > 0.0");
  if (alpha > 1) {
    const ainv = Math.sqrt(2 * alpha - 1),
      bbb = alpha - LOG4,
      ccc = alpha + ainv;
    for (;;) {
      chargeSteps(1);
      const u1 = r.random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1 - r.random();
      const v = glibcLog(u1 / (1 - u1)) / ainv;
      const x = alpha * glibcExp(v);
      const z = u1 * u1 * u2;
      const rr = bbb + ccc * v - x;
      if (rr + SG_MAGICCONST - 4.5 * z >= 0 || rr >= glibcLog(z)) return x * beta;
    }
  }
  if (alpha === 1) return -glibcLog(1 - r.random()) * beta;
  let x: number;
  for (;;) {
    chargeSteps(1);
    const u = r.random();
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    x = p <= 1 ? glibcPow(p, 1 / alpha) : -glibcLog((b - p) / alpha);
    const u1 = r.random();
    if (p > 1) {
      if (u1 <= glibcPow(x, alpha - 1)) break;
    } else if (u1 <= glibcExp(-x)) break;
  }
  return x * beta;
}
function normalvariate(r: Rng, mu: number, sigma: number): number {
  let z: number;
  for (;;) {
    chargeSteps(1);
    const u1 = r.random(),
      u2 = 1 - r.random();
    z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
    if ((z * z) / 4 <= -glibcLog(u2)) break;
  }
  return mu + z * sigma;
}

type Method = [string[], number, (r: Rng, a: Record<string, any>) => any, string[]?];
// a float parameter, converted as float() does (an int past the double range is CPython's OverflowError, not inf)
const n = floatOperand;
const METHODS: Record<string, Method> = {
  seed: [
    ["a", "version"],
    0,
    (r, a) => {
      const version = a.version === undefined ? 2 : a.version;
      if (version === 1 && (typeof a.a === "string" || a.a instanceof PyBytes))
        throw exc(NotImplementedError, "random.seed(version=1) of a str or bytes is not available in this sandbox");
      r.seed(a.a ?? null);
      return null;
    },
  ],
  random: [[], 0, (r) => F(r.random())],
  uniform: [["a", "b"], 2, (r, a) => F(n(a.a) + (n(a.b) - n(a.a)) * r.random())],
  triangular: [
    ["low", "high", "mode"],
    0,
    (r, a) => {
      let low = a.low === undefined ? 0 : n(a.low),
        high = a.high === undefined ? 1 : n(a.high);
      let u = r.random();
      let c: number;
      if (a.mode === undefined || a.mode === null) c = 0.5;
      else {
        if (high - low === 0) return F(low);
        c = (n(a.mode) - low) / (high - low);
      }
      if (u > c) {
        u = 1 - u;
        c = 1 - c;
        [low, high] = [high, low];
      }
      return F(low + (high - low) * Math.sqrt(u * c));
    },
  ],
  randint: [["a", "b"], 2, (r, a) => randrange(r, a.a, add(a.b, 1), 1)],
  randrange: [["start", "stop", "step"], 1, (r, a) => randrange(r, a.start, a.stop ?? null, a.step ?? 1)],
  getrandbits: [["k"], 1, (r, a) => norm(r.getrandbits(toIndex(a.k)))],
  choice: [
    ["seq"],
    1,
    (r, a) => {
      const len0 = len(a.seq);
      if (!len0) throw indexError("Cannot choose from an empty sequence");
      return getitem(a.seq, r.randbelow(len0));
    },
  ],
  choices: [
    ["population", "weights"],
    1,
    (r, a) => choices(r, a.population, a.weights ?? null, a.cum_weights ?? null, a.k ?? 1),
    ["cum_weights", "k"],
  ],
  shuffle: [
    ["x"],
    1,
    (r, a) => {
      const x = a.x;
      if (x instanceof PyList) {
        chargeNative(x.items.length * NS_PER_SWAP);
        for (let i = x.items.length - 1; i > 0; i--) {
          const j = r.randbelow(i + 1) as number;
          [x.items[i], x.items[j]] = [x.items[j], x.items[i]];
        }
        return null;
      }
      // any other sequence (an ndarray) swaps through its own indexing: a few NumPy scalars or views per swap
      chargeNative(len(x) * NS_PER_INDEXED_SWAP);
      for (let i = len(x) - 1; i > 0; i--) {
        const j = r.randbelow(i + 1) as number;
        const xi = getitem(x, i),
          xj = getitem(x, j);
        setitem(x, i, xj);
        setitem(x, j, xi);
      }
      return null;
    },
  ],
  sample: [["population", "k"], 2, (r, a) => sample(r, a.population, a.k, a.counts), ["counts"]],
  gauss: [
    ["mu", "sigma"],
    0,
    (r, a) => {
      let z = r.gaussNext;
      r.gaussNext = null;
      if (z === null) {
        const x2pi = r.random() * TWOPI;
        const g2rad = Math.sqrt(-2 * glibcLog(1 - r.random()));
        z = Math.cos(x2pi) * g2rad;
        r.gaussNext = Math.sin(x2pi) * g2rad;
      }
      return F((a.mu === undefined ? 0 : n(a.mu)) + z * (a.sigma === undefined ? 1 : n(a.sigma)));
    },
  ],
  normalvariate: [
    ["mu", "sigma"],
    0,
    (r, a) => F(normalvariate(r, a.mu === undefined ? 0 : n(a.mu), a.sigma === undefined ? 1 : n(a.sigma))),
  ],
  lognormvariate: [["mu", "sigma"], 2, (r, a) => F(glibcExp(normalvariate(r, n(a.mu), n(a.sigma))))],
  expovariate: [["lambd"], 1, (r, a) => F(-glibcLog(1 - r.random()) / n(a.lambd))],
  vonmisesvariate: [
    ["mu", "kappa"],
    2,
    (r, a) => {
      const mu = n(a.mu),
        kappa = n(a.kappa);
      if (kappa <= 1e-6) return F(TWOPI * r.random());
      const s = 0.5 / kappa;
      const rr = s + Math.sqrt(1 + s * s);
      let z: number;
      for (;;) {
        chargeSteps(1);
        const u1 = r.random();
        z = Math.cos(Math.PI * u1);
        const d = z / (rr + z);
        const u2 = r.random();
        if (u2 < 1 - d * d || u2 <= (1 - d) * glibcExp(d)) break;
      }
      const q = 1 / rr;
      const f = (q + z) / (1 + q * z);
      const u3 = r.random();
      const th = u3 > 0.5 ? mu + Math.acos(f) : mu - Math.acos(f);
      return F(((th % TWOPI) + TWOPI) % TWOPI);
    },
  ],
  gammavariate: [["alpha", "beta"], 2, (r, a) => F(gammavariate(r, n(a.alpha), n(a.beta)))],
  betavariate: [
    ["alpha", "beta"],
    2,
    (r, a) => {
      const y = gammavariate(r, n(a.alpha), 1);
      return F(y ? y / (y + gammavariate(r, n(a.beta), 1)) : 0);
    },
  ],
  paretovariate: [["alpha"], 1, (r, a) => F(glibcPow(1 - r.random(), -1 / n(a.alpha)))],
  weibullvariate: [["alpha", "beta"], 2, (r, a) => F(n(a.alpha) * glibcPow(-glibcLog(1 - r.random()), 1 / n(a.beta)))],
  getstate: [
    [],
    0,
    (r) => new PyTuple([3, new PyTuple([...Array.from(r.mt.key), r.mt.pos]), r.gaussNext === null ? null : F(r.gaussNext)]),
  ],
  setstate: [
    ["state"],
    1,
    (r, a) => {
      const st = a.state;
      if (
        !(st instanceof PyTuple) ||
        st.items.length !== 3 ||
        st.items[0] !== 3 ||
        !(st.items[1] instanceof PyTuple) ||
        st.items[1].items.length !== 625
      )
        throw valueError("state with version 3 passed to Random.setstate() of version 3");
      const words = st.items[1].items;
      for (let i = 0; i < 624; i++) r.mt.key[i] = Number(words[i]);
      r.mt.pos = Number(words[624]);
      r.gaussNext = st.items[2] === null ? null : n(st.items[2]);
      return null;
    },
  ],
};
import { exc, NotImplementedError } from "../../errors";

/** Measured per element of random.shuffle on V8, rounded up: a list, a sequence indexed item by item. */
const NS_PER_SWAP = 100;
const NS_PER_INDEXED_SWAP = 1000;

/** the method `name` bound to rng: arguments bound as the def in random.py binds them */
function bound(name: string, rng: () => Rng): (args: any[], kw: KW) => any {
  const [positional, required, f, keywordOnly] = METHODS[name];
  const sig = { name: `Random.${name}`, positional: ["self", ...positional], required: required + 1, keywordOnly };
  return (args, kw) => {
    const r = rng();
    // random() is written in C: METH_NOARGS
    if (name === "random" && (args.length || (kw && kw.size)))
      throw typeError(
        args.length ? `Random.random() takes no arguments (${args.length} given)` : "Random.random() takes no keyword arguments",
      );
    const a = bindPy(sig, [r, ...args], kw);
    return f(r, a);
  };
}

export const randomType = nativeType("Random", [objectType], "random");
class PyRandom {
  rng = new Rng();
}
(PyRandom.prototype as any).pyType = randomType;
randomType.ctor = (_cls, args, kw) => {
  if (kw && kw.size) throw typeError("Random() takes no keyword arguments");
  if (args.length > 1) throw typeError(`Random() takes at most 1 argument (${args.length} given)`);
  const p = new PyRandom();
  p.rng.seed(args.length ? args[0] : null);
  return p;
};
for (const name of Object.keys(METHODS)) {
  let self: PyRandom | null = null;
  const f = bound(name, () => self!.rng);
  def(randomType, name, (s: PyRandom, args, kw) => {
    self = s;
    return f(args, kw);
  });
}

export function makeRandom(): PyModule {
  const m = new PyModule("random");
  const inst = new Rng();
  for (const name of Object.keys(METHODS))
    m.dict.set(
      name,
      new PyBuiltin(
        name,
        bound(name, () => inst),
      ),
    );
  m.dict.set("Random", randomType);
  m.dict.set(
    "randbytes",
    new PyBuiltin("randbytes", () => {
      throw exc(NotImplementedError, "random.randbytes() is not available: this sandbox has no bytes type");
    }),
  );
  return m;
}
