// The bisect module: bisect_left/right and insort_left/right with lo, hi and key (Python 3.10+), comparing with `<`
// only, as CPython does.
import { PyModule, PyList, KW } from "../../objects/core";
import { compare, truthy, getitem, len, toIndex, call, callMethod } from "../../objects/ops";
import { valueError } from "../../errors";
import { fnOf, arg } from "./util";

const lt = (a: any, b: any) => truthy(compare("<", a, b));
function search(name: string, a: any[], kw: KW, right: boolean, useKeyOnX: boolean): number {
  const seq = arg(name, a, kw, 0, "a");
  const x = arg(name, a, kw, 1, "x");
  let lo = toIndex(arg(name, a, kw, 2, "lo", 0));
  const hiArg = arg(name, a, kw, 3, "hi", null);
  const key = kw?.get("key") ?? null;
  if (lo < 0) throw valueError("lo must be non-negative");
  let hi = hiArg === null ? len(seq) : toIndex(hiArg);
  const k = key !== null && useKeyOnX ? call(key, [x], null) : x;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = key === null ? getitem(seq, mid) : call(key, [getitem(seq, mid)], null);
    if (right ? lt(k, v) : lt(v, k)) {
      if (right) hi = mid;
      else lo = mid + 1;
    } else if (right) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function makeBisect(): PyModule {
  const m = new PyModule("bisect");
  const fn = fnOf(m);
  fn("bisect_left", (a, kw) => search("bisect_left", a, kw, false, false));
  fn("bisect_right", (a, kw) => search("bisect_right", a, kw, true, false));
  m.dict.set("bisect", m.dict.get("bisect_right"));
  const insort = (name: string, right: boolean) => (a: any[], kw: KW) => {
    const i = search(name, a, kw, right, true);
    const seq = arg(name, a, kw, 0, "a");
    if (seq instanceof PyList) seq.items.splice(i, 0, arg(name, a, kw, 1, "x"));
    else callMethod(seq, "insert", [i, arg(name, a, kw, 1, "x")], null);
    return null;
  };
  fn("insort_left", insort("insort_left", false));
  fn("insort_right", insort("insort_right", true));
  m.dict.set("insort", m.dict.get("insort_right"));
  return m;
}
