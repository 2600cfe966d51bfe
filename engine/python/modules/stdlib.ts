// Small pure-Python-compatible stdlib modules in the interpreter's own table: copy, time, random, string. The larger
// ones (collections, itertools, functools, json, re, ...) are in stdlib/ and load as a chunk of their own (engine/stdlib.ts).
import { nativeCopy } from "./stdlib/util";
import { PyModule, PyBuiltin, PyDict, PyList, PyTuple, PySet, PyFloat, PyInstance, KW, PyExcObj } from "../objects/core";
import { typeOf } from "../objects/types";
import { iterToArray, toIndex, toNum, len, getitem } from "../objects/ops";
import { MT19937 } from "../../random/index";
import { RT } from "../limits";
import { bitLength, chargeBigLinear, chargeContainer, chargeString, BYTES } from "../charge";
import { typeError, valueError, indexError } from "../errors";
import { NDArray } from "../../ndarray/index";
import * as N from "../../ndarray/index";

const fnOf = (m: PyModule) => (n: string, f: (a: any[], kw: KW) => any) => m.dict.set(n, new PyBuiltin(n, f));

// ---------------------------------------------------------------- copy
export function deepcopy(v: any, memo = new Map<any, any>()): any {
  if (v === null || typeof v !== "object" || v instanceof PyFloat) return v;
  if (memo.has(v)) return memo.get(v);
  if (v instanceof PyList) {
    const r = new PyList([]);
    memo.set(v, r);
    for (const x of v.items) r.items.push(deepcopy(x, memo));
    return r;
  }
  if (v instanceof PyTuple) {
    const r = new PyTuple(v.items.map((x) => deepcopy(x, memo)));
    if (Object.hasOwn(v, "pyType")) (r as any).pyType = (v as any).pyType;
    return r;
  }
  const own = nativeCopy.get(typeOf(v));
  if (own) {
    const r = own(v, (x) => deepcopy(x, memo));
    memo.set(v, r);
    return r;
  }
  if (v instanceof PyDict) {
    const r = new PyDict();
    if (Object.hasOwn(v, "pyType"))
      Object.assign(r, { pyType: (v as any).pyType, missing: (v as any).missing, factory: (v as any).factory });
    memo.set(v, r);
    for (const [k, e] of v.map) r.map.set(k, [e[0], deepcopy(e[1], memo)]);
    return r;
  }
  if (v instanceof PySet) {
    const r = new PySet(v.frozen);
    for (const [k, x] of v.map) r.map.set(k, x);
    return r;
  }
  if (v instanceof NDArray) return N.copy(v);
  if (v instanceof PyInstance && !(v instanceof PyExcObj)) {
    const r = new PyInstance(v.cls);
    memo.set(v, r);
    for (const [k, x] of v.dict) r.dict.set(k, deepcopy(x, memo));
    return r;
  }
  return v;
}
export function shallowcopy(v: any): any {
  if (v instanceof PyList) return new PyList(v.items.slice());
  if (v instanceof PyDict) {
    const r = new PyDict();
    if (Object.hasOwn(v, "pyType"))
      Object.assign(r, { pyType: (v as any).pyType, missing: (v as any).missing, factory: (v as any).factory });
    for (const [k, e] of v.map) r.map.set(k, [e[0], e[1]]);
    return r;
  }
  const own = nativeCopy.get(typeOf(v));
  if (own) return own(v, (x) => x);
  if (v instanceof PySet) {
    const r = new PySet(v.frozen);
    for (const [k, x] of v.map) r.map.set(k, x);
    return r;
  }
  if (v instanceof NDArray) return N.copy(v);
  if (v instanceof PyInstance && !(v instanceof PyExcObj)) {
    const r = new PyInstance(v.cls);
    for (const [k, x] of v.dict) r.dict.set(k, x);
    return r;
  }
  return v;
}
export function makeCopy(): PyModule {
  const m = new PyModule("copy");
  fnOf(m)("copy", (a) => shallowcopy(a[0]));
  fnOf(m)("deepcopy", (a) => deepcopy(a[0]));
  return m;
}

// ---------------------------------------------------------------- time (deterministic fake clock)
export function makeTime(): PyModule {
  const m = new PyModule("time");
  const fn = fnOf(m);
  const fake = () => new PyFloat(1.7e9 + RT.steps * 1e-7);
  fn("time", fake);
  fn("perf_counter", () => new PyFloat(RT.steps * 1e-7));
  fn("process_time", () => new PyFloat(RT.steps * 1e-7));
  fn("monotonic", () => new PyFloat(RT.steps * 1e-7));
  fn("sleep", () => null);
  return m;
}

// ---------------------------------------------------------------- random (CPython-compatible MT19937 stream)
export function makeRandom(): PyModule {
  const m = new PyModule("random");
  const fn = fnOf(m);
  const mt = new MT19937();
  let gaussNext: number | null = null;
  const seed = (v: any) => {
    let n: bigint;
    if (v === null || v === undefined) n = 0n;
    else if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") n = BigInt(v);
    else if (v instanceof PyFloat)
      n = BigInt(Math.trunc(v.v)); // CPython hashes floats; approximation
    else if (typeof v === "string") {
      // the code units' low bytes as one big-endian number, built in linear time
      chargeString(v.length * 2);
      n = BigInt("0x0" + Array.from(v, (c) => (c.charCodeAt(0) & 255).toString(16).padStart(2, "0")).join(""));
    } else n = BigInt(toIndex(v));
    if (n < 0n) n = -n;
    chargeBigLinear(bitLength(n));
    // 32-bit words, least significant first (from the hex form: shifting n word by word is quadratic)
    const key: number[] = [];
    const hex = n.toString(16);
    for (let end = hex.length; end > 0; end -= 8) key.push(parseInt(hex.slice(Math.max(0, end - 8), end), 16));
    if (n === 0n) key.splice(0, key.length, 0);
    mt.seedArray(key);
    gaussNext = null;
  };
  seed(0);
  const random = () => mt.nextDouble();
  const getrandbits = (k: number): bigint => {
    if (k < 0) throw valueError("number of bits must be non-negative");
    if (k === 0) return 0n;
    if (k <= 32) return BigInt(mt.next32() >>> (32 - k));
    // 32-bit words, least significant first, written out in hex (OR-ing them in one by one is quadratic)
    chargeBigLinear(k);
    chargeContainer(k / 32, BYTES.item, 150);
    const words: string[] = [];
    for (let left = k; left > 0; left -= 32) words.push((mt.next32() >>> Math.max(0, 32 - left)).toString(16).padStart(8, "0"));
    return BigInt("0x" + words.reverse().join(""));
  };
  const randbelow = (n: number): number => {
    if (n <= 0) throw valueError("empty range for randrange()");
    const k = n.toString(2).length;
    let r = Number(getrandbits(k));
    while (r >= n) r = Number(getrandbits(k));
    return r;
  };
  const randrange = (a: any[]) => {
    let start = toIndex(a[0]),
      stop: number,
      step = 1;
    if (a.length < 2 || a[1] === null) {
      stop = start;
      start = 0;
    } else stop = toIndex(a[1]);
    if (a.length > 2) step = toIndex(a[2]);
    const width = stop - start;
    if (step === 1) {
      if (width <= 0) throw valueError(`empty range in randrange(${start}, ${stop})`);
      return start + randbelow(width);
    }
    const n = step > 0 ? Math.floor((width + step - 1) / step) : Math.floor((width + step + 1) / step);
    if (n <= 0) throw valueError("empty range for randrange()");
    return start + step * randbelow(n);
  };
  fn("seed", (a) => {
    seed(a[0]);
    return null;
  });
  fn("random", () => new PyFloat(random()));
  fn("uniform", (a) => {
    const x = toNum(a[0]),
      y = toNum(a[1]);
    return new PyFloat(x + (y - x) * random());
  });
  fn("randint", (a) => randrange([a[0], toIndex(a[1]) + 1]));
  fn("randrange", (a) => randrange(a));
  fn("getrandbits", (a) => {
    const r = getrandbits(toIndex(a[0]));
    return r <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r;
  });
  fn("choice", (a) => {
    const n = len(a[0]);
    if (!n) throw indexError("Cannot choose from an empty sequence");
    return getitem(a[0], randbelow(n));
  });
  fn("shuffle", (a) => {
    const x = a[0];
    if (!(x instanceof PyList)) throw typeError("shuffle() expects a list");
    for (let i = x.items.length - 1; i > 0; i--) {
      const j = randbelow(i + 1);
      const t = x.items[i];
      x.items[i] = x.items[j];
      x.items[j] = t;
    }
    return null;
  });
  fn("sample", (a, kw) => {
    const pop = iterToArray(a[0]);
    const k = toIndex(a[1] ?? kw?.get("k"));
    const n = pop.length;
    if (k < 0 || k > n) throw valueError("Sample larger than population or is negative");
    const result = new Array(k);
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
    if (n <= setsize) {
      const pool = pop.slice();
      for (let i = 0; i < k; i++) {
        const j = randbelow(n - i);
        result[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      const sel = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = randbelow(n);
        while (sel.has(j)) j = randbelow(n);
        sel.add(j);
        result[i] = pop[j];
      }
    }
    return new PyList(result);
  });
  fn("gauss", (a) => {
    const mu = a.length ? toNum(a[0]) : 0,
      sigma = a.length > 1 ? toNum(a[1]) : 1;
    let z = gaussNext;
    gaussNext = null;
    if (z === null) {
      const x2pi = random() * 2 * Math.PI;
      const g2rad = Math.sqrt(-2.0 * Math.log(1.0 - random()));
      z = Math.cos(x2pi) * g2rad;
      gaussNext = Math.sin(x2pi) * g2rad;
    }
    return new PyFloat(mu + z * sigma);
  });
  fn("normalvariate", (a) => {
    const mu = a.length ? toNum(a[0]) : 0,
      sigma = a.length > 1 ? toNum(a[1]) : 1;
    const NV = (4 * Math.exp(-0.5)) / Math.sqrt(2.0);
    let z: number;
    for (;;) {
      const u1 = random(),
        u2 = 1.0 - random();
      z = (NV * (u1 - 0.5)) / u2;
      if ((z * z) / 4.0 <= -Math.log(u2)) break;
    }
    return new PyFloat(mu + z * sigma);
  });
  return m;
}

export { makeString } from "./stdlib/string";
