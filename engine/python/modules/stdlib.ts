// Small pure-Python-compatible stdlib modules: collections, copy, functools, itertools, time, random, string.
import { PyModule, PyBuiltin, PyType, PyDict, PyList, PyTuple, PySet, PyFloat, PyInstance, PyIterator, KW, PyExcObj } from "../objects/core";
import { dictType, objectType, typeOf } from "../objects/types";
import {
  call, iterToArray, getIter, keyOf, repr, toIndex, toNum, len, getitem, binop, truthy, callMethod, compare,
} from "../objects/ops";
import { def, dictSet, dictUpdate, sortItems } from "../objects/methods";
import { MT19937 } from "../../random/index";
import { RT } from "../limits";
import { bitLength, chargeBigLinear, chargeContainer, chargeExtend, chargeGrowth, chargeString, GROWTH_MASK, BYTES } from "../charge";
import { typeError, valueError, indexError, exc, KeyError } from "../errors";
import { NDArray } from "../../ndarray/index";
import * as N from "../../ndarray/index";

const fnOf = (m: PyModule) => (n: string, f: (a: any[], kw: KW) => any) => m.dict.set(n, new PyBuiltin(n, f));

// ---------------------------------------------------------------- collections
const defaultdictType = new PyType("defaultdict", [dictType]);
defaultdictType.module = "collections";
const counterType = new PyType("Counter", [dictType]);
counterType.module = "collections";
const ordereddictType = new PyType("OrderedDict", [dictType]);
ordereddictType.module = "collections";
function mkDict(t: PyType): PyDict { const d = new PyDict(); (d as any).pyType = t; return d; }
defaultdictType.ctor = (_c, a, kw) => {
  const d = mkDict(defaultdictType);
  const factory = a.length ? a[0] : null;
  (d as any).factory = factory;
  (d as any).missing = (k: any) => {
    if (factory === null) throw exc(KeyError, k);
    const v = call(factory, [], null);
    dictSet(d, k, v);
    return v;
  };
  dictUpdate(d, a[1], kw);
  return d;
};
def(defaultdictType, "__repr__", (d: PyDict) => `defaultdict(${repr((d as any).factory)}, ${dictRepr(d)})`);
function dictRepr(d: PyDict): string { const p: string[] = []; for (const [k, v] of d.map.values()) p.push(repr(k) + ": " + repr(v)); return "{" + p.join(", ") + "}"; }
counterType.ctor = (_c, a, kw) => {
  const d = mkDict(counterType);
  (d as any).missing = () => 0;
  counterUpdate(d, a[0]);
  if (kw) for (const [k, v] of kw) dictSet(d, k, v);
  return d;
};
function counterUpdate(d: PyDict, src: any): void {
  if (src === undefined || src === null) return;
  if (src instanceof PyDict) { for (const [k, v] of src.map.values()) { const e = d.map.get(keyOf(k)); dictSet(d, k, e ? binop("+", e[1], v) : v); } return; }
  for (const x of iterToArray(src)) { const e = d.map.get(keyOf(x)); if (e) e[1] = binop("+", e[1], 1); else d.map.set(keyOf(x), [x, 1]); }
}
def(counterType, "update", (d: PyDict, a) => { counterUpdate(d, a[0]); return null; });
def(counterType, "most_common", (d: PyDict, a) => {
  const items = [...d.map.values()].map(([k, v]) => new PyTuple([k, v]));
  const sorted = sortItems(items, new PyBuiltin("key", (x) => (x[0] as PyTuple).items[1]), true);
  return new PyList(a.length && a[0] !== null ? sorted.slice(0, toIndex(a[0])) : sorted);
});
def(counterType, "elements", (d: PyDict) => {
  const out: any[] = [];
  for (const [k, v] of d.map.values()) {
    const n = toIndex(v);
    chargeExtend(out.length + n, n);
    for (let i = 0; i < n; i++) out.push(k);
  }
  return new PyList(out);
});
def(counterType, "total", (d: PyDict) => { let s: any = 0; for (const [, v] of d.map.values()) s = binop("+", s, v); return s; });
def(counterType, "__repr__", (d: PyDict) => {
  const items = sortItems([...d.map.values()].map(([k, v]) => new PyTuple([k, v])), new PyBuiltin("key", (x) => (x[0] as PyTuple).items[1]), true);
  return `Counter({${items.map((t: PyTuple) => repr(t.items[0]) + ": " + repr(t.items[1])).join(", ")}})`;
});
ordereddictType.ctor = (_c, a, kw) => { const d = mkDict(ordereddictType); dictUpdate(d, a[0], kw); return d; };
def(ordereddictType, "__repr__", (d: PyDict) => d.map.size ? `OrderedDict({${[...d.map.values()].map(([k, v]) => repr(k) + ": " + repr(v)).join(", ")}})` : "OrderedDict()");
def(ordereddictType, "move_to_end", (d: PyDict, a) => { const k = keyOf(a[0]); const e = d.map.get(k); if (!e) throw exc(KeyError, a[0]); d.map.delete(k); if (a.length > 1 && !truthy(a[1])) { const rest = [...d.map]; d.map.clear(); d.map.set(k, e); for (const [kk, ee] of rest) d.map.set(kk, ee); } else d.map.set(k, e); return null; });
def(ordereddictType, "popitem", (d: PyDict, a, kw) => {
  const last = a.length ? truthy(a[0]) : kw?.has("last") ? truthy(kw.get("last")) : true;
  if (!d.map.size) throw exc(KeyError, "dictionary is empty");
  const keys = [...d.map.keys()];
  const k = last ? keys[keys.length - 1] : keys[0];
  const e = d.map.get(k)!; d.map.delete(k);
  return new PyTuple([e[0], e[1]]);
});

const dequeType = new PyType("deque", [objectType]);
dequeType.module = "collections";
class PyDeque { constructor(public items: any[], public maxlen: number | null) {} }
(PyDeque.prototype as any).pyType = dequeType;
dequeType.ctor = (_c, a, kw) => {
  const ml = a[1] ?? kw?.get("maxlen") ?? null;
  const dq = new PyDeque(a.length ? iterToArray(a[0]) : [], ml === null ? null : toIndex(ml));
  trim(dq, false);
  return dq;
};
function trim(dq: PyDeque, left: boolean) { if (dq.maxlen !== null) while (dq.items.length > dq.maxlen) left ? dq.items.pop() : dq.items.shift(); }
def(dequeType, "append", (dq: PyDeque, a) => { dq.items.push(a[0]); trim(dq, false); return null; });
def(dequeType, "appendleft", (dq: PyDeque, a) => { dq.items.unshift(a[0]); trim(dq, true); return null; });
def(dequeType, "pop", (dq: PyDeque) => { if (!dq.items.length) throw indexError("pop from an empty deque"); return dq.items.pop(); });
def(dequeType, "popleft", (dq: PyDeque) => { if (!dq.items.length) throw indexError("pop from an empty deque"); return dq.items.shift(); });
def(dequeType, "extend", (dq: PyDeque, a) => { for (const x of iterToArray(a[0])) dq.items.push(x); trim(dq, false); return null; });
def(dequeType, "clear", (dq: PyDeque) => { dq.items.length = 0; return null; });
def(dequeType, "__len__", (dq: PyDeque) => dq.items.length);
def(dequeType, "__iter__", (dq: PyDeque) => getIter(new PyList(dq.items)));
def(dequeType, "__getitem__", (dq: PyDeque, a) => getitem(new PyList(dq.items), a[0]));
def(dequeType, "__repr__", (dq: PyDeque) => `deque(${repr(new PyList(dq.items))}${dq.maxlen !== null ? `, maxlen=${dq.maxlen}` : ""})`);

export function makeCollections(): PyModule {
  const m = new PyModule("collections");
  m.dict.set("defaultdict", defaultdictType);
  m.dict.set("Counter", counterType);
  m.dict.set("OrderedDict", ordereddictType);
  m.dict.set("deque", dequeType);
  fnOf(m)("namedtuple", (a) => {
    const name = String(a[0]);
    const fields = typeof a[1] === "string" ? a[1].replace(/,/g, " ").split(/\s+/).filter(Boolean) : iterToArray(a[1]).map(String);
    const t = new PyType(name, [objectType], false);
    t.module = "__main__";
    t.ctor = null;
    def(t, "__init__", (self: PyInstance, args, kw) => {
      fields.forEach((f, i) => { const v = i < args.length ? args[i] : kw?.get(f); if (v === undefined) throw typeError(`${name}.__new__() missing required argument: '${f}'`); self.dict.set(f, v); });
      return null;
    });
    def(t, "__repr__", (self: PyInstance) => `${name}(${fields.map((f) => `${f}=${repr(self.dict.get(f))}`).join(", ")})`);
    def(t, "__iter__", (self: PyInstance) => getIter(new PyList(fields.map((f) => self.dict.get(f)))));
    def(t, "__getitem__", (self: PyInstance, a2) => getitem(new PyTuple(fields.map((f) => self.dict.get(f))), a2[0]));
    def(t, "__len__", () => fields.length);
    def(t, "__eq__", (self: PyInstance, a2) => a2[0] instanceof PyInstance && a2[0].cls === t && fields.every((f) => truthy(compare("==", self.dict.get(f), (a2[0] as PyInstance).dict.get(f)))));
    def(t, "_asdict", (self: PyInstance) => { const d = new PyDict(); for (const f of fields) dictSet(d, f, self.dict.get(f)); return d; });
    t.dict.set("_fields", new PyTuple(fields));
    def(t, "_replace", (self: PyInstance, _a, kw2) => { const r = new PyInstance(t); for (const f of fields) r.dict.set(f, kw2?.has(f) ? kw2.get(f) : self.dict.get(f)); return r; });
    return t;
  });
  return m;
}

// ---------------------------------------------------------------- copy
export function deepcopy(v: any, memo = new Map<any, any>()): any {
  if (v === null || typeof v !== "object" || v instanceof PyFloat) return v;
  if (memo.has(v)) return memo.get(v);
  if (v instanceof PyList) { const r = new PyList([]); memo.set(v, r); for (const x of v.items) r.items.push(deepcopy(x, memo)); return r; }
  if (v instanceof PyTuple) return new PyTuple(v.items.map((x) => deepcopy(x, memo)));
  if (v instanceof PyDict) { const r = new PyDict(); if ((v as any).pyType) Object.assign(r, { pyType: (v as any).pyType, missing: (v as any).missing, factory: (v as any).factory }); memo.set(v, r); for (const [k, e] of v.map) r.map.set(k, [e[0], deepcopy(e[1], memo)]); return r; }
  if (v instanceof PySet) { const r = new PySet(v.frozen); for (const [k, x] of v.map) r.map.set(k, x); return r; }
  if (v instanceof NDArray) return N.copy(v);
  if (v instanceof PyInstance && !(v instanceof PyExcObj)) {
    const r = new PyInstance(v.cls); memo.set(v, r);
    for (const [k, x] of v.dict) r.dict.set(k, deepcopy(x, memo));
    return r;
  }
  return v;
}
export function shallowcopy(v: any): any {
  if (v instanceof PyList) return new PyList(v.items.slice());
  if (v instanceof PyDict) { const r = new PyDict(); if ((v as any).pyType) Object.assign(r, { pyType: (v as any).pyType, missing: (v as any).missing, factory: (v as any).factory }); for (const [k, e] of v.map) r.map.set(k, [e[0], e[1]]); return r; }
  if (v instanceof PySet) { const r = new PySet(v.frozen); for (const [k, x] of v.map) r.map.set(k, x); return r; }
  if (v instanceof NDArray) return N.copy(v);
  if (v instanceof PyInstance && !(v instanceof PyExcObj)) { const r = new PyInstance(v.cls); for (const [k, x] of v.dict) r.dict.set(k, x); return r; }
  return v;
}
export function makeCopy(): PyModule {
  const m = new PyModule("copy");
  fnOf(m)("copy", (a) => shallowcopy(a[0]));
  fnOf(m)("deepcopy", (a) => deepcopy(a[0]));
  return m;
}

// ---------------------------------------------------------------- functools / itertools
export function makeFunctools(): PyModule {
  const m = new PyModule("functools");
  const fn = fnOf(m);
  fn("reduce", (a) => {
    const items = iterToArray(a[1]);
    let acc: any;
    let i = 0;
    if (a.length > 2) acc = a[2]; else { if (!items.length) throw typeError("reduce() of empty iterable with no initial value"); acc = items[i++]; }
    for (; i < items.length; i++) acc = call(a[0], [acc, items[i]], null);
    return acc;
  });
  fn("partial", (a, kw) => {
    const f = a[0], pre = a.slice(1);
    return new PyBuiltin("partial", (b, kw2) => {
      let k: KW = kw;
      if (kw2) { k = new Map(kw ?? []); for (const [x, y] of kw2) k.set(x, y); }
      return call(f, [...pre, ...b], k);
    });
  });
  fn("lru_cache", (a) => (a.length && typeof a[0] === "object" && a[0] !== null && !(a[0] instanceof PyFloat) ? a[0] : new PyBuiltin("lru_cache", (b) => b[0])));
  fn("cache", (a) => a[0]);
  fn("wraps", () => new PyBuiltin("wraps", (b) => b[0]));
  return m;
}
export function makeItertools(): PyModule {
  const m = new PyModule("itertools");
  const fn = fnOf(m);
  const lazy = (arr: any[], kind: string) => { let i = 0; return new PyIterator(() => (i < arr.length ? arr[i++] : undefined), kind); };
  /** a product of n tuples is about to be built */
  const capped = (n: number) => { chargeContainer(n, BYTES.item * 2, 100); return n; };
  /** one more tuple was added to out */
  const grown = (out: any[]) => { if ((out.length & GROWTH_MASK) === 0) chargeGrowth(out.length, BYTES.item * 2); };
  fn("product", (a, kw) => {
    const rep = kw?.has("repeat") ? toIndex(kw.get("repeat")) : 1;
    let pools = a.map(iterToArray);
    const base = pools; pools = []; for (let r = 0; r < rep; r++) pools.push(...base);
    let res: any[][] = [[]];
    for (const p of pools) { const nx: any[][] = []; capped(res.length * p.length); for (const r of res) for (const x of p) nx.push([...r, x]); res = nx; }
    return lazy(res.map((r) => new PyTuple(r)), "product");
  });
  fn("permutations", (a) => {
    const pool = iterToArray(a[0]);
    const r = a.length > 1 && a[1] !== null ? toIndex(a[1]) : pool.length;
    const out: any[] = [];
    const used = new Array(pool.length).fill(false), cur: any[] = [];
    const rec = () => { if (cur.length === r) { out.push(new PyTuple(cur.slice())); grown(out); return; } for (let i = 0; i < pool.length; i++) if (!used[i]) { used[i] = true; cur.push(pool[i]); rec(); cur.pop(); used[i] = false; } };
    if (r <= pool.length) rec();
    return lazy(out, "permutations");
  });
  fn("combinations", (a) => {
    const pool = iterToArray(a[0]);
    const r = toIndex(a[1]);
    const out: any[] = [];
    const cur: any[] = [];
    const rec = (s: number) => { if (cur.length === r) { out.push(new PyTuple(cur.slice())); grown(out); return; } for (let i = s; i < pool.length; i++) { cur.push(pool[i]); rec(i + 1); cur.pop(); } };
    rec(0);
    return lazy(out, "combinations");
  });
  fn("chain", (a) => { const its = a.map(getIter); let k = 0; return new PyIterator(() => { while (k < its.length) { const v = its[k].next(); if (v !== undefined) return v; k++; } return undefined; }, "chain"); });
  fn("count", (a) => { let c = a.length ? a[0] : 0; const step = a.length > 1 ? a[1] : 1; return new PyIterator(() => { const v = c; c = binop("+", c, step); return v; }, "count"); });
  fn("repeat", (a) => { let n = a.length > 1 ? toIndex(a[1]) : Infinity; return new PyIterator(() => (n-- > 0 ? a[0] : undefined), "repeat"); });
  fn("islice", (a) => {
    const it = getIter(a[0]);
    let start = 0, stop: number | null, step = 1;
    if (a.length === 2) stop = a[1] === null ? null : toIndex(a[1]); else { start = a[1] === null ? 0 : toIndex(a[1]); stop = a[2] === null ? null : toIndex(a[2]); step = a.length > 3 && a[3] !== null ? toIndex(a[3]) : 1; }
    let i = 0, next = start;
    return new PyIterator(() => {
      for (;;) {
        if (stop !== null && next >= stop) return undefined;
        const v = it.next();
        if (v === undefined) return undefined;
        if (i++ === next) { next += step; return v; }
      }
    }, "islice");
  });
  fn("accumulate", (a) => { const items = iterToArray(a[0]); const out: any[] = []; let acc: any; items.forEach((x, i) => { acc = i === 0 ? x : a.length > 1 && a[1] !== null ? call(a[1], [acc, x], null) : binop("+", acc, x); out.push(acc); }); return lazy(out, "accumulate"); });
  fn("zip_longest", (a, kw) => {
    const arrs = a.map(iterToArray); const fill = kw?.get("fillvalue") ?? null;
    const n = Math.max(0, ...arrs.map((x) => x.length));
    const out: any[] = []; for (let i = 0; i < n; i++) out.push(new PyTuple(arrs.map((x) => (i < x.length ? x[i] : fill))));
    return lazy(out, "zip_longest");
  });
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
    else if (v instanceof PyFloat) n = BigInt(Math.trunc(v.v)); // CPython hashes floats; approximation
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
    let start = toIndex(a[0]), stop: number, step = 1;
    if (a.length < 2 || a[1] === null) { stop = start; start = 0; } else stop = toIndex(a[1]);
    if (a.length > 2) step = toIndex(a[2]);
    const width = stop - start;
    if (step === 1) { if (width <= 0) throw valueError(`empty range in randrange(${start}, ${stop})`); return start + randbelow(width); }
    const n = step > 0 ? Math.floor((width + step - 1) / step) : Math.floor((width + step + 1) / step);
    if (n <= 0) throw valueError("empty range for randrange()");
    return start + step * randbelow(n);
  };
  fn("seed", (a) => { seed(a[0]); return null; });
  fn("random", () => new PyFloat(random()));
  fn("uniform", (a) => { const x = toNum(a[0]), y = toNum(a[1]); return new PyFloat(x + (y - x) * random()); });
  fn("randint", (a) => randrange([a[0], toIndex(a[1]) + 1]));
  fn("randrange", (a) => randrange(a));
  fn("getrandbits", (a) => { const r = getrandbits(toIndex(a[0])); return r <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r; });
  fn("choice", (a) => { const n = len(a[0]); if (!n) throw indexError("Cannot choose from an empty sequence"); return getitem(a[0], randbelow(n)); });
  fn("shuffle", (a) => {
    const x = a[0];
    if (!(x instanceof PyList)) throw typeError("shuffle() expects a list");
    for (let i = x.items.length - 1; i > 0; i--) { const j = randbelow(i + 1); const t = x.items[i]; x.items[i] = x.items[j]; x.items[j] = t; }
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
      for (let i = 0; i < k; i++) { const j = randbelow(n - i); result[i] = pool[j]; pool[j] = pool[n - i - 1]; }
    } else {
      const sel = new Set<number>();
      for (let i = 0; i < k; i++) { let j = randbelow(n); while (sel.has(j)) j = randbelow(n); sel.add(j); result[i] = pop[j]; }
    }
    return new PyList(result);
  });
  fn("gauss", (a) => {
    const mu = a.length ? toNum(a[0]) : 0, sigma = a.length > 1 ? toNum(a[1]) : 1;
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
    const mu = a.length ? toNum(a[0]) : 0, sigma = a.length > 1 ? toNum(a[1]) : 1;
    const NV = (4 * Math.exp(-0.5)) / Math.sqrt(2.0);
    let z: number;
    for (;;) { const u1 = random(), u2 = 1.0 - random(); z = (NV * (u1 - 0.5)) / u2; if ((z * z) / 4.0 <= -Math.log(u2)) break; }
    return new PyFloat(mu + z * sigma);
  });
  return m;
}

export function makeString(): PyModule {
  const m = new PyModule("string");
  m.dict.set("ascii_lowercase", "abcdefghijklmnopqrstuvwxyz");
  m.dict.set("ascii_uppercase", "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  m.dict.set("ascii_letters", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
  m.dict.set("digits", "0123456789");
  m.dict.set("punctuation", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
  return m;
}
void callMethod; void typeOf;
