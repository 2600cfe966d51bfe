// The heapq module with CPython's exact sift algorithms (so a printed heap matches element for element), merge as a
// lazy iterator, and nlargest / nsmallest as the stable sorts the documentation says they equal.
import { PyModule, PyList, KW } from "../../objects/core";
import { typeName } from "../../objects/types";
import { compare, truthy, getIter, iterToArray, call } from "../../objects/ops";
import { sortItems } from "../../objects/methods";
import { chargeLoop, chargeExtend } from "../../charge";
import { typeError, indexError } from "../../errors";
import { fnOf, arg, lazyIter } from "./util";

const lt = (a: any, b: any) => truthy(compare("<", a, b));
const list = (fname: string, v: any, what = "argument 1"): any[] => {
  if (!(v instanceof PyList)) throw typeError(`${fname}() ${what} must be list, not ${typeName(v)}`);
  return v.items;
};
// heapq._siftdown / _siftup, max-heap variants with `less` swapped
function siftdown(h: any[], start: number, pos: number, less = lt): void {
  const item = h[pos];
  while (pos > start) {
    const parent = (pos - 1) >> 1;
    if (less(item, h[parent])) {
      h[pos] = h[parent];
      pos = parent;
      continue;
    }
    break;
  }
  h[pos] = item;
}
function siftup(h: any[], pos: number, less = lt): void {
  const end = h.length,
    start = pos,
    item = h[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !less(h[child], h[right])) child = right;
    h[pos] = h[child];
    pos = child;
    child = 2 * pos + 1;
  }
  h[pos] = item;
  siftdown(h, start, pos, less);
}
const cost = (n: number) => chargeLoop(Math.max(1, Math.log2(n + 1)) * 16);
/** CPython's argument counts: a missing item must not be pushed as a hole in the list */
function two(fname: string, a: any[]): void {
  if (a.length !== 2) throw typeError(`${fname} expected 2 arguments, got ${a.length}`);
}
function one(fname: string, a: any[]): void {
  if (a.length !== 1) throw typeError(`_heapq.${fname}() takes exactly one argument (${a.length} given)`);
}

export function makeHeapq(): PyModule {
  const m = new PyModule("heapq");
  const fn = fnOf(m);
  fn("heappush", (a) => {
    two("heappush", a);
    const h = list("heappush", a[0]);
    h.push(a[1]);
    chargeExtend(h.length, 1);
    cost(h.length);
    siftdown(h, 0, h.length - 1);
    return null;
  });
  fn("heappop", (a) => {
    one("heappop", a);
    const h = list("heappop", a[0]);
    if (!h.length) throw indexError("index out of range");
    const last = h.pop();
    if (!h.length) return last;
    const r = h[0];
    h[0] = last;
    cost(h.length);
    siftup(h, 0);
    return r;
  });
  fn("heapify", (a) => {
    one("heapify", a);
    const h = list("heapify", a[0], "argument");
    chargeLoop(h.length * 8);
    for (let i = (h.length >> 1) - 1; i >= 0; i--) siftup(h, i);
    return null;
  });
  fn("heapreplace", (a) => {
    two("heapreplace", a);
    const h = list("heapreplace", a[0]);
    if (!h.length) throw indexError("index out of range");
    const r = h[0];
    h[0] = a[1];
    cost(h.length);
    siftup(h, 0);
    return r;
  });
  fn("heappushpop", (a) => {
    two("heappushpop", a);
    const h = list("heappushpop", a[0]);
    let item = a[1];
    if (h.length && lt(h[0], item)) {
      const r = h[0];
      h[0] = item;
      item = r;
      cost(h.length);
      siftup(h, 0);
    }
    return item;
  });
  const pick = (name: string, reverse: boolean) => (a: any[], kw: KW) => {
    const n = Number(arg(name, a, kw, 0, "n"));
    const items = iterToArray(arg(name, a, kw, 1, "iterable"));
    const key = kw?.get("key") ?? null;
    if (n <= 0) return new PyList([]);
    return new PyList(sortItems(items, key, reverse).slice(0, n));
  };
  fn("nlargest", pick("nlargest", true));
  fn("nsmallest", pick("nsmallest", false));
  fn("merge", (a, kw) => {
    const key = kw?.get("key") ?? null;
    const reverse = truthy(kw?.get("reverse") ?? false);
    const its = a.map(getIter);
    // a heap of [value's key, order, value, iterator index], as CPython's merge (stable across iterables)
    return lazyIter("generator", function* () {
      const less = (x: any[], y: any[]) => {
        const c = reverse ? lt(y[0], x[0]) : lt(x[0], y[0]);
        return c || (!(reverse ? lt(x[0], y[0]) : lt(y[0], x[0])) && x[1] < y[1]);
      };
      const h: any[][] = [];
      its.forEach((it, i) => {
        const v = it.next();
        if (v !== undefined) h.push([key === null ? v : call(key, [v], null), i, v, i]);
      });
      for (let i = (h.length >> 1) - 1; i >= 0; i--) siftup(h, i, less);
      while (h.length) {
        const top = h[0];
        yield top[2];
        const v = its[top[3]].next();
        if (v === undefined) {
          const last = h.pop()!;
          if (h.length) {
            h[0] = last;
            siftup(h, 0, less);
          }
        } else {
          h[0] = [key === null ? v : call(key, [v], null), top[1], v, top[3]];
          siftup(h, 0, less);
        }
      }
    });
  });
  return m;
}
