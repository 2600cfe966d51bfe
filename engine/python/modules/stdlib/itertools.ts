// The itertools module, every function a lazy iterator as in CPython (count, cycle and repeat are infinite):
// nothing is computed before it is asked for, and pools are copied only where CPython copies them.
import { PyModule, PyBuiltin, PyType, PyTuple, PyStaticMethod, PyIterator, KW } from "../../objects/core";
import { objectType } from "../../objects/types";
import { call, getIter, iterToArray, toIndex, binop, truthy, compare, isNumber } from "../../objects/ops";
import { chargeContainer, chargeExtend, chargeGrowth, BYTES, GROWTH_MASK } from "../../charge";
import { typeError, valueError } from "../../errors";
import { fnOf, arg, onlyKw, lazyIter } from "./util";

const MAXSIZE = 2 ** 63 - 1;
const pool = (x: any) => iterToArray(x);
/** pulls every value of `it` (undefined ends) */
function* each(it: PyIterator): Generator<any, void, void> {
  let v;
  while ((v = it.next()) !== undefined) yield v;
}

function islice(a: any[], kw: KW): PyIterator {
  onlyKw("islice", kw, []);
  if (a.length < 2 || a.length > 4)
    throw typeError(`islice expected ${a.length < 2 ? "at least 2" : "at most 4"} arguments, got ${a.length}`);
  const it = getIter(a[0]);
  const index = (v: any, msg: string, dflt: number | null) => {
    if (v === null) return dflt;
    if (!(typeof v === "number" || typeof v === "bigint" || typeof v === "boolean")) throw valueError(msg);
    const n = Number(v);
    if (n < 0 || n > MAXSIZE) throw valueError(msg);
    return n;
  };
  const idxMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  let start = 0,
    stop: number | null,
    step = 1;
  if (a.length === 2) stop = index(a[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", null);
  else {
    start = index(a[1], idxMsg, 0)!;
    stop = index(a[2], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", null);
    if (a.length > 3 && a[3] !== null) {
      const s = a[3];
      if (!(typeof s === "number" || typeof s === "boolean") || Number(s) < 1)
        throw valueError("Step for islice() must be a positive integer or None.");
      step = Number(s);
    }
  }
  // CPython's islice_next: skip to `next`, stop at `stop`, and never look past stop once reached
  return lazyIter("itertools.islice", function* () {
    let cnt = 0,
      next = start;
    for (;;) {
      while (cnt < next) {
        if (it.next() === undefined) return;
        cnt++;
      }
      if (stop !== null && cnt >= stop) return;
      const v = it.next();
      if (v === undefined) return;
      cnt++;
      next += step;
      if (stop !== null && next > stop) next = stop;
      yield v;
    }
  });
}

function combinations(a: any[], kw: KW, withReplacement: boolean): PyIterator {
  const name = withReplacement ? "combinations_with_replacement" : "combinations";
  const items = pool(arg(name, a, kw, 0, "iterable"));
  const r = toIndex(arg(name, a, kw, 1, "r"));
  if (r < 0) throw valueError("r must be non-negative");
  const n = items.length;
  return lazyIter(`itertools.${name}`, function* () {
    if (withReplacement ? n === 0 && r > 0 : r > n) return;
    chargeContainer(r, BYTES.slot * 2); // the index array and the first r-tuple (r may exceed n with replacement)
    const idx = withReplacement ? new Array(r).fill(0) : Array.from({ length: r }, (_, i) => i);
    yield new PyTuple(idx.map((i) => items[i]));
    for (;;) {
      let i = r - 1;
      if (withReplacement) {
        while (i >= 0 && idx[i] === n - 1) i--;
      } else {
        while (i >= 0 && idx[i] === i + n - r) i--;
      }
      if (i < 0) return;
      if (withReplacement) {
        const v = idx[i] + 1;
        for (let j = i; j < r; j++) idx[j] = v;
      } else {
        idx[i]++;
        for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
      }
      yield new PyTuple(idx.map((k) => items[k]));
    }
  });
}

function permutations(a: any[], kw: KW): PyIterator {
  const items = pool(arg("permutations", a, kw, 0, "iterable"));
  const rr = arg("permutations", a, kw, 1, "r", null);
  const n = items.length;
  const r = rr === null ? n : toIndex(rr);
  if (r < 0) throw valueError("r must be non-negative");
  return lazyIter("itertools.permutations", function* () {
    if (r > n) return;
    const idx = Array.from({ length: n }, (_, i) => i);
    const cycles = Array.from({ length: r }, (_, i) => n - i);
    yield new PyTuple(idx.slice(0, r).map((i) => items[i]));
    while (n) {
      let i = r - 1;
      for (; i >= 0; i--) {
        cycles[i]--;
        if (cycles[i] === 0) {
          idx.push(...idx.splice(i, 1));
          cycles[i] = n - i;
        } else {
          const j = n - cycles[i];
          [idx[i], idx[j]] = [idx[j], idx[i]];
          yield new PyTuple(idx.slice(0, r).map((k) => items[k]));
          break;
        }
      }
      if (i < 0) return;
    }
  });
}

function product(a: any[], kw: KW): PyIterator {
  onlyKw("product", kw, ["repeat"]);
  const rep = kw?.has("repeat") ? toIndex(kw.get("repeat")) : 1;
  if (rep < 0) throw valueError("repeat argument cannot be negative");
  const base = a.map(pool);
  const pools: any[][] = [];
  for (let r = 0; r < rep; r++) pools.push(...base);
  return lazyIter("itertools.product", function* () {
    if (pools.some((p) => p.length === 0)) return;
    const idx = new Array(pools.length).fill(0);
    for (;;) {
      yield new PyTuple(idx.map((k, i) => pools[i][k]));
      let i = pools.length - 1;
      while (i >= 0 && idx[i] === pools[i].length - 1) {
        idx[i] = 0;
        i--;
      }
      if (i < 0) return;
      idx[i]++;
    }
  });
}

/** groupby: each group reads the shared iterator; moving the outer iterator on ends the current group */
function groupby(a: any[], kw: KW): PyIterator {
  const it = getIter(arg("groupby", a, kw, 0, "iterable"));
  const keyfn = arg("groupby", a, kw, 1, "key", null);
  const keyOf = (v: any) => (keyfn === null ? v : call(keyfn, [v], null));
  const st = { cur: undefined as any, curKey: undefined as any, tgtKey: undefined as any, gen: 0, done: false };
  const step = () => {
    const v = it.next();
    if (v === undefined) {
      st.done = true;
      return false;
    }
    st.cur = v;
    st.curKey = keyOf(v);
    return true;
  };
  const same = (x: any, y: any) => truthy(compare("==", x, y));
  return lazyIter("itertools.groupby", function* () {
    for (;;) {
      st.gen++;
      if (st.done) return;
      if (st.cur === undefined) {
        if (!step()) return;
      } else {
        while (same(st.curKey, st.tgtKey)) if (!step()) return;
      }
      st.tgtKey = st.curKey;
      const mine = st.gen;
      const grouper = lazyIter("itertools._grouper", function* () {
        while (mine === st.gen && !st.done && same(st.curKey, st.tgtKey)) {
          const v = st.cur;
          if (!step()) {
            yield v;
            return;
          }
          yield v;
        }
      });
      yield new PyTuple([st.tgtKey, grouper]);
    }
  });
}

/** One tee copy: its generator, the iterator wrapping it, its position slot (measured order of magnitude). */
const TEE_COPY_BYTES = 400;

function tee(a: any[], kw: KW): PyTuple {
  const it = getIter(arg("tee", a, kw, 0, "iterable"));
  const n = toIndex(arg("tee", a, kw, 1, "n", 2));
  if (n < 0) throw valueError("n must be >= 0");
  chargeContainer(n, TEE_COPY_BYTES); // n iterator objects, made at once
  // one shared buffer; `base` is the absolute index of buffer[0], trimmed as the slowest copy advances
  const buf: any[] = [];
  let base = 0,
    ended = false;
  const pos = new Array(n).fill(0);
  const copies = Array.from({ length: n }, (_, c) =>
    lazyIter("itertools._tee", function* () {
      for (;;) {
        if (pos[c] - base >= buf.length) {
          if (ended) return;
          const v = it.next();
          if (v === undefined) {
            ended = true;
            return;
          }
          buf.push(v);
          if ((buf.length & GROWTH_MASK) === 0) chargeGrowth(buf.length, BYTES.slot);
        }
        const v = buf[pos[c]++ - base];
        const low = Math.min(...pos);
        if (low - base > 64) {
          buf.splice(0, low - base);
          base = low;
        }
        yield v;
      }
    }),
  );
  return new PyTuple(copies);
}

function accumulate(a: any[], kw: KW): PyIterator {
  onlyKw("accumulate", kw, ["iterable", "func", "initial"]);
  const it = getIter(arg("accumulate", a, kw, 0, "iterable"));
  const fn = arg("accumulate", a, kw, 1, "func", null);
  const initial = kw?.get("initial") ?? null;
  return lazyIter("itertools.accumulate", function* () {
    let acc: any = initial;
    let first = initial === null;
    if (!first) yield acc;
    for (const x of each(it)) {
      acc = first ? x : fn === null ? binop("+", acc, x) : call(fn, [acc, x], null);
      first = false;
      yield acc;
    }
  });
}

function zipLongest(a: any[], kw: KW): PyIterator {
  onlyKw("zip_longest", kw, ["fillvalue"]);
  const its = a.map(getIter);
  const fill = kw?.get("fillvalue") ?? null;
  return lazyIter("itertools.zip_longest", function* () {
    if (!its.length) return;
    const live = its.map(() => true);
    let alive = its.length;
    for (;;) {
      const row = its.map((it, i) => {
        if (!live[i]) return fill;
        const v = it.next();
        if (v === undefined) {
          live[i] = false;
          alive--;
          return fill;
        }
        return v;
      });
      if (!alive) return;
      yield new PyTuple(row);
    }
  });
}

/** a type whose calls build the iterator (chain needs to be one: chain.from_iterable) */
function iterType(name: string, make: (a: any[], kw: KW) => any): PyType {
  const t = new PyType(name, [objectType]);
  t.module = "itertools";
  t.ctor = (_c, a, kw) => make(a, kw);
  return t;
}

export function makeItertools(): PyModule {
  const m = new PyModule("itertools");
  const fn = fnOf(m);
  const chainOf = (its: PyIterator) =>
    lazyIter("itertools.chain", function* () {
      for (const x of each(its)) yield* each(getIter(x));
    });
  const chain = iterType("chain", (a, kw) => {
    onlyKw("chain", kw, []);
    return chainOf(getIter(new PyTuple(a)));
  });
  chain.dict.set("from_iterable", new PyStaticMethod(new PyBuiltin("from_iterable", (a) => chainOf(getIter(a[0])))));
  m.dict.set("chain", chain);
  fn("islice", islice);
  fn("combinations", (a, kw) => combinations(a, kw, false));
  fn("combinations_with_replacement", (a, kw) => combinations(a, kw, true));
  fn("permutations", permutations);
  fn("product", product);
  fn("groupby", groupby);
  fn("tee", tee);
  fn("accumulate", accumulate);
  fn("zip_longest", zipLongest);
  fn("count", (a, kw) => {
    if (a.length + (kw?.size ?? 0) > 2) throw typeError(`count() takes at most 2 arguments (${a.length + (kw?.size ?? 0)} given)`);
    const start = arg("count", a, kw, 0, "start", 0),
      step = arg("count", a, kw, 1, "step", 1);
    if (!isNumber(start) || !isNumber(step)) throw typeError("a number is required");
    let c = start;
    const it = lazyIter("itertools.count", function* () {
      for (;;) {
        const v = c;
        c = binop("+", c, step);
        yield v;
      }
    });
    return it;
  });
  fn("cycle", (a, kw) => {
    onlyKw("cycle", kw, []);
    const it = getIter(a[0]);
    return lazyIter("itertools.cycle", function* () {
      const saved: any[] = [];
      for (const x of each(it)) {
        saved.push(x);
        chargeExtend(saved.length, 1);
        yield x;
      }
      if (!saved.length) return;
      for (;;) yield* saved;
    });
  });
  fn("repeat", (a, kw) => {
    const obj = arg("repeat", a, kw, 0, "object");
    const times = arg("repeat", a, kw, 1, "times", null);
    let n = times === null ? Infinity : Math.max(0, toIndex(times));
    return lazyIter("itertools.repeat", function* () {
      while (n > 0) {
        n--;
        yield obj;
      }
    });
  });
  fn("compress", (a, kw) => {
    const data = getIter(arg("compress", a, kw, 0, "data")),
      sel = getIter(arg("compress", a, kw, 1, "selectors"));
    return lazyIter("itertools.compress", function* () {
      for (;;) {
        const d = data.next();
        if (d === undefined) return;
        const s = sel.next();
        if (s === undefined) return;
        if (truthy(s)) yield d;
      }
    });
  });
  fn("dropwhile", (a) => {
    const pred = a[0],
      it = getIter(a[1]);
    return lazyIter("itertools.dropwhile", function* () {
      let dropping = true;
      for (const x of each(it)) {
        if (dropping && truthy(call(pred, [x], null))) continue;
        dropping = false;
        yield x;
      }
    });
  });
  fn("takewhile", (a) => {
    const pred = a[0],
      it = getIter(a[1]);
    return lazyIter("itertools.takewhile", function* () {
      for (const x of each(it)) {
        if (!truthy(call(pred, [x], null))) return;
        yield x;
      }
    });
  });
  fn("filterfalse", (a) => {
    const pred = a[0],
      it = getIter(a[1]);
    return lazyIter("itertools.filterfalse", function* () {
      for (const x of each(it)) if (!truthy(pred === null ? x : call(pred, [x], null))) yield x;
    });
  });
  fn("starmap", (a) => {
    const f = a[0],
      it = getIter(a[1]);
    return lazyIter("itertools.starmap", function* () {
      for (const x of each(it)) yield call(f, iterToArray(x), null);
    });
  });
  fn("pairwise", (a) => {
    const it = getIter(a[0]);
    return lazyIter("itertools.pairwise", function* () {
      let prev = it.next();
      if (prev === undefined) return;
      for (const x of each(it)) {
        yield new PyTuple([prev, x]);
        prev = x;
      }
    });
  });
  return m;
}
