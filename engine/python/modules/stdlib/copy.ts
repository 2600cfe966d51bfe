// The copy module: copy and deepcopy (types of other modules add their own copying to nativeCopy). Loaded on import
// with the other stdlib modules (all.ts), and kept out of the first bundle: it reaches into the ndarray code.
import { nativeCopy } from "./util";
import { PyModule, PyBuiltin, PyDict, PyList, PyTuple, PySet, PyFloat, PyInstance, type KW, PyExcObj } from "../../objects/core";
import { typeOf } from "../../objects/types";
import { callMethodObj } from "../../objects/ops";
import { NDArray } from "../../../ndarray/index";
import * as N from "../../../ndarray/index";

const fnOf = (m: PyModule) => (n: string, f: (a: any[], kw: KW) => any) => m.dict.set(n, new PyBuiltin(n, f));

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
  if (v instanceof NDArray) {
    const r = N.copy(v);
    memo.set(v, r);
    return r;
  }
  if (v instanceof PyInstance && !(v instanceof PyExcObj)) {
    const hook = v.cls.lookup("__deepcopy__");
    if (hook !== undefined) {
      // the class copies itself; its memo argument is a fresh dict (identities are not shared across this call)
      const r = callMethodObj(hook, v, [new PyDict()]);
      memo.set(v, r);
      return r;
    }
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
    const hook = v.cls.lookup("__copy__");
    if (hook !== undefined) return callMethodObj(hook, v, []);
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
  return m; // CPython's signatures are applied with the other modules' (all.ts)
}
