// Core operations: equality & comparison.
import { PyFloat, PyList, PyTuple, PyDict, PySet, PyRange, PySlice, PyInstance, NotImplemented } from "../core";
import { asSet, isSetView } from "./view-set";
import { typeOf, typeName } from "../types";
import { typeError } from "../../errors";
import { npHooks } from "./arithmetic";
import { callMethodObj } from "./calls";
import { truthy } from "./truthiness";
export function eq(a: any, b: any): boolean {
  if (a === b) return !(a instanceof PyFloat && a.v !== a.v);
  const ta = typeof a,
    tb = typeof b;
  if (ta === "number") {
    if (tb === "number") return false;
    if (b instanceof PyFloat) return a === b.v;
    if (tb === "boolean") return a === (b ? 1 : 0);
    if (tb === "bigint") return false;
  } else if (ta === "string") {
    if (tb === "string") return false;
  }
  if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return a.v === b.v;
    if (tb === "number") return a.v === b;
    if (tb === "boolean") return a.v === (b ? 1 : 0);
    if (tb === "bigint") return Number.isInteger(a.v) && BigInt(a.v) === b;
  }
  if (ta === "boolean") {
    if (tb === "number") return (a ? 1 : 0) === b;
    if (b instanceof PyFloat) return (a ? 1 : 0) === b.v;
    if (tb === "boolean") return false;
  }
  if (ta === "bigint") {
    if (tb === "bigint") return a === b;
    if (b instanceof PyFloat) return Number.isInteger(b.v) && BigInt(b.v) === a;
    return false;
  }
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    const x = a.items,
      y = b.items;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!(x[i] === y[i] || eq(x[i], y[i]))) return false;
    return true;
  }
  if (a instanceof PyDict && b instanceof PyDict) {
    // Counter (missing counts are zero) and OrderedDict (order matters) compare their own way with their own kind
    const own = (a as any).pyType.dictEq;
    if (own !== undefined && (b as any).pyType === (a as any).pyType) return own(a, b);
    if (a.map.size !== b.map.size) return false;
    for (const [k, e] of a.map) {
      const o = b.map.get(k);
      if (!o || !eq(e[1], o[1])) return false;
    }
    return true;
  }
  if ((isSetView(a) && (isSetView(b) || b instanceof PySet)) || (isSetView(b) && a instanceof PySet)) return eq(asSet(a), asSet(b));
  if (a instanceof PySet && b instanceof PySet) {
    if (a.map.size !== b.map.size) return false;
    for (const k of a.map.keys()) if (!b.map.has(k)) return false;
    return true;
  }
  if (a instanceof PyRange && b instanceof PyRange) {
    const la = a.length;
    return la === b.length && (la === 0 || (a.start === b.start && (la === 1 || a.step === b.step)));
  }
  if (a instanceof PySlice && b instanceof PySlice) return eq(a.start, b.start) && eq(a.stop, b.stop) && eq(a.step, b.step);
  if ((typeof a === "object" && a !== null) || (typeof b === "object" && b !== null)) {
    const r = richCompare("==", a, b);
    if (r !== NotImplemented) return truthy(r);
  }
  return false;
}

const reflected: Record<string, string> = { "<": ">", ">": "<", "<=": ">=", ">=": "<=", "==": "==", "!=": "!=" };
const cmpDunder: Record<string, string> = { "<": "__lt__", ">": "__gt__", "<=": "__le__", ">=": "__ge__", "==": "__eq__", "!=": "__ne__" };
function richCompare(op: string, a: any, b: any): any {
  const ta = typeOf(a),
    tb = typeOf(b);
  const userA = a instanceof PyInstance || !ta.builtin || ta.module !== "builtins";
  const userB = b instanceof PyInstance || !tb.builtin || tb.module !== "builtins";
  // subclass priority (e.g. ndarray on the right of a python scalar)
  if (userB && tb !== ta && (!userA || tb.isSubtype(ta))) {
    const f = tb.lookup(cmpDunder[reflected[op]]);
    if (f !== undefined && f !== null) {
      const r = callMethodObj(f, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  if (userA) {
    const f = ta.lookup(cmpDunder[op]);
    if (f !== undefined && f !== null) {
      const r = callMethodObj(f, a, [b]);
      if (r !== NotImplemented) return r;
    }
  }
  if (userB) {
    const f = tb.lookup(cmpDunder[reflected[op]]);
    if (f !== undefined && f !== null) {
      const r = callMethodObj(f, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === "!=" && userA) {
    const f = ta.lookup("__eq__");
    if (f !== undefined) {
      const r = callMethodObj(f, a, [b]);
      if (r !== NotImplemented) return !truthy(r);
    }
  }
  return NotImplemented;
}

function numCmp(a: any, b: any): number | null {
  // returns negative/0/positive or null if not numbers; NaN -> NaN
  let x: number | bigint, y: number | bigint;
  if (typeof a === "number") x = a;
  else if (a instanceof PyFloat) x = a.v;
  else if (typeof a === "boolean") x = a ? 1 : 0;
  else if (typeof a === "bigint") x = a;
  else return null;
  if (typeof b === "number") y = b;
  else if (b instanceof PyFloat) y = b.v;
  else if (typeof b === "boolean") y = b ? 1 : 0;
  else if (typeof b === "bigint") y = b;
  else return null;
  if (typeof x === "number" && typeof y === "number") return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
  if (typeof x === "number" && !isFinite(x)) return x !== x ? NaN : x > 0 ? 1 : -1;
  if (typeof y === "number" && !isFinite(y)) return y !== y ? NaN : y > 0 ? -1 : 1;
  const bx = typeof x === "bigint" ? x : BigInt(Math.trunc(x as number)),
    by = typeof y === "bigint" ? y : BigInt(Math.trunc(y as number));
  if (bx !== by) return bx < by ? -1 : 1;
  const fx = typeof x === "number" ? x - Math.trunc(x) : 0,
    fy = typeof y === "number" ? y - Math.trunc(y) : 0;
  return fx < fy ? -1 : fx > fy ? 1 : 0;
}

function seqCmp(op: string, x: any[], y: any[]): boolean {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (!eq(x[i], y[i])) {
      if (op === "==") return false;
      if (op === "!=") return true;
      return truthy(compare(op, x[i], y[i]));
    }
  }
  switch (op) {
    case "<":
      return x.length < y.length;
    case "<=":
      return x.length <= y.length;
    case ">":
      return x.length > y.length;
    case ">=":
      return x.length >= y.length;
    case "==":
      return x.length === y.length;
    default:
      return x.length !== y.length;
  }
}

const isContainer = (v: any) => v instanceof PyDict || v instanceof PyList || v instanceof PyTuple || v instanceof PySet;
export function compare(op: string, a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") {
    switch (op) {
      case "<":
        return a < b;
      case ">":
        return a > b;
      case "<=":
        return a <= b;
      case ">=":
        return a >= b;
      case "==":
        return a === b;
      case "!=":
        return a !== b;
    }
  }
  if (
    npHooks.compare !== null &&
    ((typeof a === "object" && a !== null && a.__np === true) || (typeof b === "object" && b !== null && b.__np === true))
  ) {
    const r = npHooks.compare(op, a, b);
    if (r !== NotImplemented) return r;
  }
  if (op === "==" || op === "!=") {
    const ua = typeof a === "object" && a !== null && !(a instanceof PyFloat);
    if (ua || (typeof b === "object" && b !== null && !(b instanceof PyFloat))) {
      const ta = typeOf(a),
        tb = typeOf(b);
      if (a instanceof PyInstance || b instanceof PyInstance || ta.module !== "builtins" || tb.module !== "builtins") {
        const r = richCompare(op, a, b);
        if (r !== NotImplemented) return r;
        // natively made subclasses of the containers (Counter, namedtuple, ...) compare as their base
        if (isContainer(a) && isContainer(b)) return op === "==" ? eq(a, b) : !eq(a, b);
        return op === "==" ? a === b : a !== b;
      }
    }
    const r = eq(a, b);
    return op === "==" ? r : !r;
  }
  const c = numCmp(a, b);
  if (c !== null) {
    switch (op) {
      case "<":
        return c < 0;
      case ">":
        return c > 0;
      case "<=":
        return c <= 0;
      case ">=":
        return c >= 0;
    }
  }
  if (typeof a === "string" && typeof b === "string") {
    switch (op) {
      case "<":
        return a < b;
      case ">":
        return a > b;
      case "<=":
        return a <= b;
      case ">=":
        return a >= b;
    }
  }
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) return seqCmp(op, a.items, b.items);
  if ((isSetView(a) && (isSetView(b) || b instanceof PySet)) || (isSetView(b) && a instanceof PySet))
    return compare(op, asSet(a), asSet(b));
  if (a instanceof PySet && b instanceof PySet) {
    const sub = (x: PySet, y: PySet) => {
      for (const k of x.map.keys()) if (!y.map.has(k)) return false;
      return true;
    };
    switch (op) {
      case "<=":
        return sub(a, b);
      case ">=":
        return sub(b, a);
      case "<":
        return a.map.size < b.map.size && sub(a, b);
      case ">":
        return a.map.size > b.map.size && sub(b, a);
    }
  }
  const r = richCompare(op, a, b);
  if (r !== NotImplemented) return r;
  throw typeError(`'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

export function is(a: any, b: any): boolean {
  if (a === b) return true;
  return false;
}
