// Core operations: repr/str, truthiness, equality/hash keys, arithmetic, comparisons,
// attribute access, calling, iteration, indexing.
import {
  PyType, PyFloat, PyList, PyTuple, PyDict, PySet, PyRange, PySlice, PyInstance, PyExcObj, PyFunction,
  PyBuiltin, PyMethodDescr, PyBoundMethod, PyProperty, PyStaticMethod, PyClassMethod, PyModule, PyIterator, PyGenerator,
  PySuper, PyEllipsisT, PyNotImplementedT, NotImplemented, KW, PyBytes, Cell, typeVersion, PyFastCall,
} from "./core";
import {
  typeOf, typeName, intType, floatType, boolType, strType, listType, tupleType, dictType, objectType, typeType,
} from "./types";
import {
  typeError, valueError, indexError, attrError, exc, KeyError, StopIteration, zeroDiv, overflowError,
  BaseException, TypeError as TypeErrorT,
} from "../errors";
import {
  floatRepr, normBig, big, intFloorDiv, bigFloorDiv, bigMod, intMod, floatMod, floatFloorDiv, intPow, floatPow,
} from "./num";
import { checkAlloc, chargeSteps, RT } from "../limits";
import {
  bitLength, chargeBigMulOf, chargeExtend, chargeBigDivOf, chargeBigLinear, chargeContainer, chargeGrowth, chargeLoop, chargeTally, chargeString,
  GROWTH_MASK, BYTES,
} from "../charge";

// ---------------------------------------------------------------- identity
const ids = new WeakMap<object, number>();
let nextId = 0x7f0000001000;
export function idOf(v: any): number {
  if (v === null || typeof v !== "object") {
    if (typeof v === "number") return v * 32 + 0x1000;
    if (typeof v === "boolean") return v ? 0x9a1200 : 0x9a1220;
    return 0x7e0000000000 + strHash(String(v)) % 100000;
  }
  let id = ids.get(v);
  if (id === undefined) { id = nextId; nextId += 48; ids.set(v, id); }
  return id;
}
function strHash(s: string): number { let h = 0; for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0; return Math.abs(h); }
const hexId = (v: any) => "0x" + idOf(v).toString(16).padStart(12, "0");

// ---------------------------------------------------------------- numbers
export const isInt = (v: any): boolean => typeof v === "number" || typeof v === "bigint" || typeof v === "boolean";
export function isNumber(v: any): boolean { return isInt(v) || v instanceof PyFloat; }
export function toNum(v: any): number {
  if (typeof v === "number") return v;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  const t = typeOf(v);
  const f = t.lookup("__float__");
  if (f !== undefined) { const r = callMethodObj(f, v, []); if (r instanceof PyFloat) return r.v; return toNum(r); }
  const ix = t.lookup("__index__");
  if (ix !== undefined) return toNum(callMethodObj(ix, v, []));
  throw typeError(`must be real number, not ${t.tpName ?? t.name}`);
}
export function toIndex(v: any, what?: string): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  const t = typeOf(v);
  const ix = t.lookup("__index__");
  if (ix !== undefined) return toIndex(callMethodObj(ix, v, []));
  throw typeError(what ?? `'${t.tpName ?? t.name}' object cannot be interpreted as an integer`);
}
export function toIntValue(v: any): number | bigint {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const t = typeOf(v);
  const ix = t.lookup("__index__");
  if (ix !== undefined) return toIntValue(callMethodObj(ix, v, []));
  throw typeError(`'${t.tpName ?? t.name}' object cannot be interpreted as an integer`);
}
export const mkFloat = (x: number) => new PyFloat(x);
export function floatToInt(x: number): number | bigint {
  if (x !== x) throw valueError("cannot convert float NaN to integer");
  if (!isFinite(x)) throw overflowError("cannot convert float infinity to integer");
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t);
}

// ---------------------------------------------------------------- repr / str
const reprActive = new Set<any>();
const PLAIN = /^[^'"\\\x00-\x1f\x7f-\x9f]*$/;
export function strRepr(s: string): string {
  if (PLAIN.test(s)) { chargeString(s.length); return "'" + s + "'"; }
  chargeString(s.length, 200);
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const code = c.charCodeAt(0);
    if (c === q || c === "\\") out += "\\" + c;
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (c === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += "\\x" + code.toString(16).padStart(2, "0");
    else if (code >= 0x80 && code < 0xa0) out += "\\x" + code.toString(16).padStart(2, "0");
    else out += c;
  }
  return out + q;
}

/** CPython 3.11's limit on int ↔ decimal string conversion (sys.int_info.default_max_str_digits): also keeps a
 *  learner from spending seconds converting a huge number */
export const INT_MAX_STR_DIGITS = 4300;
const LOG10_2 = Math.log10(2);
export function bigintToDecimal(v: bigint): string {
  // bits from the hex form (linear time) bound the decimal digit count before the costly conversion
  const hexDigits = (v < 0n ? -v : v).toString(16).length;
  if ((hexDigits - 1) * 4 * LOG10_2 >= INT_MAX_STR_DIGITS) throw intStrLimitError();
  const s = v.toString();
  if (s.length - (v < 0n ? 1 : 0) > INT_MAX_STR_DIGITS) throw intStrLimitError();
  return s;
}
export function intStrLimitError(digits?: number) {
  return valueError(`Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion${digits === undefined ? "" : `: value has ${digits} digits`}; use sys.set_int_max_str_digits() to increase the limit`);
}

export function repr(v: any): string {
  switch (typeof v) {
    case "number": return String(v);
    case "bigint": return bigintToDecimal(v);
    case "string": return strRepr(v);
    case "boolean": return v ? "True" : "False";
  }
  if (v === null) return "None";
  if (v instanceof PyFloat) return floatRepr(v.v);
  if (v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet) {
    if ((v as any).__sub === true) { const r = subOverride(v, "__repr__"); if (r !== undefined) return asStr(callMethodObj(r, v, []), "__repr__"); }
    if (reprActive.has(v)) return v instanceof PyList ? "[...]" : v instanceof PyDict ? "{...}" : "(...)";
    reprActive.add(v);
    try {
      chargeTally(v instanceof PyList || v instanceof PyTuple ? v.items.length : v.map.size);
      if (v instanceof PyList) return "[" + v.items.map(repr).join(", ") + "]";
      if (v instanceof PyTuple) return v.items.length === 1 ? "(" + repr(v.items[0]) + ",)" : "(" + v.items.map(repr).join(", ") + ")";
      if (v instanceof PyDict) {
        const parts: string[] = [];
        for (const [k, val] of v.map.values()) parts.push(repr(k) + ": " + repr(val));
        return "{" + parts.join(", ") + "}";
      }
      const items = setItems(v).map(repr);
      if (v.frozen) return items.length ? "frozenset({" + items.join(", ") + "})" : "frozenset()";
      return items.length ? "{" + items.join(", ") + "}" : "set()";
    } finally { reprActive.delete(v); }
  }
  if (v instanceof PyInstance) {
    const r = v.cls.lookup("__repr__");
    if (r !== undefined && !(r instanceof PyMethodDescr && r === objectReprDescr)) return asStr(callMethodObj(r, v, []), "__repr__");
    if (v instanceof PyExcObj) return excRepr(v);
    return `<${v.cls.module === "builtins" ? "" : v.cls.module + "."}${v.cls.name} object at ${hexId(v)}>`;
  }
  if (v instanceof PyRange) return v.step === 1 ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
  if (v instanceof PySlice) return `slice(${repr(v.start)}, ${repr(v.stop)}, ${repr(v.step)})`;
  if (v instanceof PyType) return `<class '${v.module === "builtins" ? "" : v.module + "."}${v.name}'>`;
  if (v instanceof PyFunction) return `<function ${v.qualname} at ${hexId(v)}>`;
  if (v instanceof PyBuiltin) return v.self !== undefined ? `<built-in method ${v.name} of ${typeName(v.self)} object at ${hexId(v.self)}>` : `<built-in function ${v.name}>`;
  if (v instanceof PyMethodDescr) return `<method '${v.name}' objects>`;
  if (v instanceof PyBoundMethod) {
    const fn = v.fn;
    if (fn instanceof PyMethodDescr) return `<built-in method ${fn.name} of ${typeName(v.self)} object at ${hexId(v.self)}>`;
    return `<bound method ${fn.qualname ?? fn.name} of ${repr(v.self)}>`;
  }
  if (v instanceof PyModule) return `<module '${v.name}'${v.dict.has("__file__") ? "" : " (built-in)"}>`;
  if (v instanceof PyEllipsisT) return "Ellipsis";
  if (v instanceof PyNotImplementedT) return "NotImplemented";
  if (v instanceof PyBytes) return "b" + strRepr(v.s);
  if (v instanceof PyGenerator) return `<generator object ${v.qualname} at ${hexId(v)}>`;
  if (v instanceof PyIterator) return `<${v.kind} object at ${hexId(v)}>`;
  if (v instanceof PyProperty) return `<property object at ${hexId(v)}>`;
  if (v instanceof Cell) return `<cell at ${hexId(v)}>`;
  const t = typeOf(v);
  const r = t.lookup("__repr__");
  if (r !== undefined) return asStr(callMethodObj(r, v, []), "__repr__");
  return `<${t.tpName ?? t.name} object at ${hexId(v)}>`;
}
function asStr(r: any, what: string): string {
  if (typeof r !== "string") throw typeError(`${what} returned non-string (type ${typeName(r)})`);
  return r;
}
function excRepr(e: PyExcObj): string {
  const a = e.args;
  return `${e.cls.name}(${a.length === 1 ? repr(a[0]) : a.map(repr).join(", ")})`;
}
export function str(v: any): string {
  if (typeof v === "string") return v;
  if (v instanceof PyInstance) {
    const s = v.cls.lookup("__str__");
    if (s !== undefined && s !== objectStrDescr) return asStr(callMethodObj(s, v, []), "__str__");
    if (v instanceof PyExcObj) {
      if (v.cls.isSubtype(KeyError) && v.args.length === 1) return repr(v.args[0]);
      return v.args.length === 0 ? "" : v.args.length === 1 ? str(v.args[0]) : repr(new PyTuple(v.args));
    }
    return repr(v);
  }
  if (typeof v === "object" && v !== null && !(v instanceof PyFloat)) {
    const t = typeOf(v);
    if (!t.builtin || t.module !== "builtins") {
      const s = t.lookup("__str__");
      if (s !== undefined) return asStr(callMethodObj(s, v, []), "__str__");
    }
  }
  return repr(v);
}
export const objectReprDescr = new PyMethodDescr("__repr__", (self) => `<${typeOf(self).name} object at ${hexId(self)}>`);
export const objectStrDescr = new PyMethodDescr("__str__", (self) => repr(self));

// ---------------------------------------------------------------- truthiness
export function truthy(v: any): boolean {
  switch (typeof v) {
    case "boolean": return v;
    case "number": return v !== 0;
    case "string": return v.length !== 0;
    case "bigint": return v !== 0n;
  }
  if (v === null) return false;
  if (v instanceof PyFloat) return v.v !== 0 && v.v === v.v || v.v !== v.v;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length !== 0;
  if (v instanceof PyDict || v instanceof PySet) return v.map.size !== 0;
  if (v instanceof PyRange) return v.length !== 0;
  const t = typeOf(v);
  if (v instanceof PyInstance || !t.builtin || t.module !== "builtins") {
    const b = t.lookup("__bool__");
    if (b !== undefined) {
      const r = callMethodObj(b, v, []);
      if (typeof r !== "boolean") throw typeError(`__bool__ should return bool, returned ${typeName(r)}`);
      return r;
    }
    const l = t.lookup("__len__");
    if (l !== undefined) return toIndex(callMethodObj(l, v, [])) !== 0;
  }
  return true;
}

// ---------------------------------------------------------------- hashing (dict keys)
const NONE_KEY = { none: true };
const TRUE_KEY = 1, FALSE_KEY = 0;
export function keyOf(v: any): any {
  switch (typeof v) {
    case "number": case "string": return v;
    case "boolean": return v ? TRUE_KEY : FALSE_KEY;
    case "bigint": return "\u0001i" + v.toString();
  }
  if (v === null) return NONE_KEY;
  if (v instanceof PyFloat) {
    const x = v.v;
    if (Number.isInteger(x) && !Number.isSafeInteger(x)) return "\u0001i" + BigInt(x).toString();
    return x;
  }
  if (v instanceof PyTuple) return "\u0001(" + v.items.map((x) => { const k = keyOf(x); return typeof k === "object" ? "o" + idOf(k) : typeof k + ":" + String(k).replace(/[\\,]/g, "\\$&"); }).join(",");
  if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet && !v.frozen)) throw typeError(`unhashable type: '${typeName(v)}'`);
  if (v instanceof PySet) return "\u0001f" + [...v.map.keys()].map((k) => typeof k === "object" ? "o" + idOf(k) : typeof k + ":" + String(k)).sort().join(",");
  if (v instanceof PyInstance) {
    const h = v.cls.lookup("__hash__");
    if (h === null) throw typeError(`unhashable type: '${v.cls.name}'`);
    if (h !== undefined) return "\u0001h" + repr(callMethodObj(h, v, []));
    return v;
  }
  const t = typeOf(v);
  const h = t.lookup("__hash__");
  if (h === null) throw typeError(`unhashable type: '${t.tpName ?? t.name}'`);
  if (h !== undefined && h instanceof PyMethodDescr) return h.fn(v, [], null);
  return v;
}
const HP = (1n << 61n) - 1n;
function hashBig(b: bigint): number | bigint {
  const neg = b < 0n;
  let r = (neg ? -b : b) % HP;
  if (neg) r = -r;
  if (r === -1n) r = -2n;
  return r <= BigInt(Number.MAX_SAFE_INTEGER) && r >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r;
}
function hashFloat(x: number): number | bigint {
  if (x !== x) return 0;
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  if (Number.isInteger(x)) return hashBig(BigInt(x));
  // x = m * 2^e exactly
  const neg = x < 0;
  let a = Math.abs(x), e = 0;
  while (!Number.isInteger(a)) { a *= 2; e--; }
  let m = BigInt(a) % HP;
  const k = ((e % 61) + 61) % 61; // 2^e mod P == 2^(e mod 61)
  m = (m << BigInt(k)) % HP;
  let r = neg ? -m : m;
  if (r === -1n) r = -2n;
  return r <= BigInt(Number.MAX_SAFE_INTEGER) && r >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r;
}
export function hashOf(v: any): number | bigint {
  if (typeof v === "number") return Math.abs(v) < 2305843009213693951 ? (v === -1 ? -2 : v) : hashBig(BigInt(v));
  if (typeof v === "bigint") return hashBig(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyFloat) return hashFloat(v.v);
  if (v === null) return 0x10d1e4f0 >> 4;
  const k = keyOf(v);
  if (typeof k === "string") return strHash(k);
  return idOf(v) >> 4;
}

// ---------------------------------------------------------------- equality & comparison
export function eq(a: any, b: any): boolean {
  if (a === b) return !(a instanceof PyFloat && a.v !== a.v);
  const ta = typeof a, tb = typeof b;
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
  if (a instanceof PyList && b instanceof PyList || a instanceof PyTuple && b instanceof PyTuple) {
    const x = a.items, y = b.items;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!(x[i] === y[i] || eq(x[i], y[i]))) return false;
    return true;
  }
  if (a instanceof PyDict && b instanceof PyDict) {
    if (a.map.size !== b.map.size) return false;
    for (const [k, e] of a.map) { const o = b.map.get(k); if (!o || !eq(e[1], o[1])) return false; }
    return true;
  }
  if (a instanceof PySet && b instanceof PySet) {
    if (a.map.size !== b.map.size) return false;
    for (const k of a.map.keys()) if (!b.map.has(k)) return false;
    return true;
  }
  if (a instanceof PyRange && b instanceof PyRange) {
    const la = a.length;
    return la === b.length && (la === 0 || a.start === b.start && (la === 1 || a.step === b.step));
  }
  if (a instanceof PySlice && b instanceof PySlice) return eq(a.start, b.start) && eq(a.stop, b.stop) && eq(a.step, b.step);
  if (typeof a === "object" && a !== null || typeof b === "object" && b !== null) {
    const r = richCompare("==", a, b);
    if (r !== NotImplemented) return truthy(r);
  }
  return false;
}

const reflected: Record<string, string> = { "<": ">", ">": "<", "<=": ">=", ">=": "<=", "==": "==", "!=": "!=" };
const cmpDunder: Record<string, string> = { "<": "__lt__", ">": "__gt__", "<=": "__le__", ">=": "__ge__", "==": "__eq__", "!=": "__ne__" };
function richCompare(op: string, a: any, b: any): any {
  const ta = typeOf(a), tb = typeOf(b);
  const userA = a instanceof PyInstance || !ta.builtin || ta.module !== "builtins";
  const userB = b instanceof PyInstance || !tb.builtin || tb.module !== "builtins";
  // subclass priority (e.g. ndarray on the right of a python scalar)
  if (userB && tb !== ta && (!userA || tb.isSubtype(ta))) {
    const f = tb.lookup(cmpDunder[reflected[op]]);
    if (f !== undefined && f !== null) { const r = callMethodObj(f, b, [a]); if (r !== NotImplemented) return r; }
  }
  if (userA) {
    const f = ta.lookup(cmpDunder[op]);
    if (f !== undefined && f !== null) { const r = callMethodObj(f, a, [b]); if (r !== NotImplemented) return r; }
  }
  if (userB) {
    const f = tb.lookup(cmpDunder[reflected[op]]);
    if (f !== undefined && f !== null) { const r = callMethodObj(f, b, [a]); if (r !== NotImplemented) return r; }
  }
  if (op === "!=" && userA) {
    const f = ta.lookup("__eq__");
    if (f !== undefined) { const r = callMethodObj(f, a, [b]); if (r !== NotImplemented) return !truthy(r); }
  }
  return NotImplemented;
}

function numCmp(a: any, b: any): number | null {
  // returns negative/0/positive or null if not numbers; NaN -> NaN
  let x: number | bigint, y: number | bigint;
  if (typeof a === "number") x = a; else if (a instanceof PyFloat) x = a.v; else if (typeof a === "boolean") x = a ? 1 : 0; else if (typeof a === "bigint") x = a; else return null;
  if (typeof b === "number") y = b; else if (b instanceof PyFloat) y = b.v; else if (typeof b === "boolean") y = b ? 1 : 0; else if (typeof b === "bigint") y = b; else return null;
  if (typeof x === "number" && typeof y === "number") return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
  if (typeof x === "number" && !isFinite(x)) return x !== x ? NaN : x > 0 ? 1 : -1;
  if (typeof y === "number" && !isFinite(y)) return y !== y ? NaN : y > 0 ? -1 : 1;
  const bx = typeof x === "bigint" ? x : BigInt(Math.trunc(x as number)), by = typeof y === "bigint" ? y : BigInt(Math.trunc(y as number));
  if (bx !== by) return bx < by ? -1 : 1;
  const fx = typeof x === "number" ? x - Math.trunc(x) : 0, fy = typeof y === "number" ? y - Math.trunc(y) : 0;
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
    case "<": return x.length < y.length;
    case "<=": return x.length <= y.length;
    case ">": return x.length > y.length;
    case ">=": return x.length >= y.length;
    case "==": return x.length === y.length;
    default: return x.length !== y.length;
  }
}

export function compare(op: string, a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") {
    switch (op) {
      case "<": return a < b; case ">": return a > b; case "<=": return a <= b; case ">=": return a >= b;
      case "==": return a === b; case "!=": return a !== b;
    }
  }
  if (npHooks.compare !== null && ((typeof a === "object" && a !== null && a.__np === true) || (typeof b === "object" && b !== null && b.__np === true))) {
    const r = npHooks.compare(op, a, b);
    if (r !== NotImplemented) return r;
  }
  if (op === "==" || op === "!=") {
    const ua = typeof a === "object" && a !== null && !(a instanceof PyFloat);
    if (ua || typeof b === "object" && b !== null && !(b instanceof PyFloat)) {
      const ta = typeOf(a), tb = typeOf(b);
      if (a instanceof PyInstance || b instanceof PyInstance || ta.module !== "builtins" || tb.module !== "builtins") {
        const r = richCompare(op, a, b);
        if (r !== NotImplemented) return r;
        return op === "==" ? a === b : a !== b;
      }
    }
    const r = eq(a, b);
    return op === "==" ? r : !r;
  }
  const c = numCmp(a, b);
  if (c !== null) {
    switch (op) { case "<": return c < 0; case ">": return c > 0; case "<=": return c <= 0; case ">=": return c >= 0; }
  }
  if (typeof a === "string" && typeof b === "string") {
    switch (op) { case "<": return a < b; case ">": return a > b; case "<=": return a <= b; case ">=": return a >= b; }
  }
  if (a instanceof PyList && b instanceof PyList || a instanceof PyTuple && b instanceof PyTuple) return seqCmp(op, a.items, b.items);
  if (a instanceof PySet && b instanceof PySet) {
    const sub = (x: PySet, y: PySet) => { for (const k of x.map.keys()) if (!y.map.has(k)) return false; return true; };
    switch (op) {
      case "<=": return sub(a, b); case ">=": return sub(b, a);
      case "<": return a.map.size < b.map.size && sub(a, b); case ">": return a.map.size > b.map.size && sub(b, a);
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

// ---------------------------------------------------------------- arithmetic
const opDunder: Record<string, [string, string, string]> = {
  "+": ["__add__", "__radd__", "__iadd__"], "-": ["__sub__", "__rsub__", "__isub__"],
  "*": ["__mul__", "__rmul__", "__imul__"], "/": ["__truediv__", "__rtruediv__", "__itruediv__"],
  "//": ["__floordiv__", "__rfloordiv__", "__ifloordiv__"], "%": ["__mod__", "__rmod__", "__imod__"],
  "**": ["__pow__", "__rpow__", "__ipow__"], "@": ["__matmul__", "__rmatmul__", "__imatmul__"],
  "<<": ["__lshift__", "__rlshift__", "__ilshift__"], ">>": ["__rshift__", "__rrshift__", "__irshift__"],
  "&": ["__and__", "__rand__", "__iand__"], "|": ["__or__", "__ror__", "__ior__"], "^": ["__xor__", "__rxor__", "__ixor__"],
};

/** numeric kind: 0 small int, 1 bigint, 2 float, -1 not numeric */
function nk(v: any): number {
  switch (typeof v) {
    case "number": case "boolean": return 0;
    case "bigint": return 1;
  }
  return v instanceof PyFloat ? 2 : -1;
}
const ival = (v: any): number => (typeof v === "boolean" ? (v ? 1 : 0) : v);

function numBinop(op: string, a: any, b: any, ka: number, kb: number): any {
  if (ka === 2 || kb === 2) {
    const x = toNum(a), y = toNum(b);
    switch (op) {
      case "+": return new PyFloat(x + y);
      case "-": return new PyFloat(x - y);
      case "*": return new PyFloat(x * y);
      case "/": if (y === 0) throw zeroDiv("float division by zero"); return new PyFloat(x / y);
      case "//": return new PyFloat(floatFloorDiv(x, y));
      case "%": return new PyFloat(floatMod(x, y));
      case "**": return new PyFloat(floatPow(x, y));
    }
    return undefined;
  }
  if (ka === 0 && kb === 0) {
    if (typeof a === "boolean" && typeof b === "boolean" && (op === "&" || op === "|" || op === "^")) return op === "&" ? a && b : op === "|" ? a || b : a !== b;
    const x = ival(a), y = ival(b);
    let r: number;
    switch (op) {
      case "+": r = x + y; break;
      case "-": r = x - y; break;
      case "*": r = x * y; break;
      case "/": if (y === 0) throw zeroDiv("division by zero"); return new PyFloat(x / y);
      case "//": return intFloorDiv(x, y);
      case "%": return intMod(x, y);
      case "**": { const p = intPow(x, y); return p; }
      case "&": return Number(BigInt(x) & BigInt(y));
      case "|": return Number(BigInt(x) | BigInt(y));
      case "^": return Number(BigInt(x) ^ BigInt(y));
      case "<<": if (y < 0) throw valueError("negative shift count"); if (y > 1000) chargeBigLinear(y + 53); return normBig(BigInt(x) << BigInt(y));
      case ">>": if (y < 0) throw valueError("negative shift count"); return normBig(BigInt(x) >> BigInt(y));
      default: return undefined;
    }
    if (Number.isSafeInteger(r)) return r;
  }
  const x = big(a), y = big(b);
  switch (op) {
    case "+": return normBig(x + y);
    case "-": return normBig(x - y);
    case "*": chargeBigMulOf(x, y); return normBig(x * y);
    case "/": {
      if (y === 0n) throw zeroDiv("division by zero");
      const r = Number(x) / Number(y);
      if (!isFinite(r)) throw overflowError("integer division result too large for a float");
      return new PyFloat(r);
    }
    case "//": chargeBigDivOf(x, y); return normBig(bigFloorDiv(x, y));
    case "%": chargeBigDivOf(x, y); return normBig(bigMod(x, y));
    case "**": return intPow(normBig(x), normBig(y));
    case "&": return normBig(x & y);
    case "|": return normBig(x | y);
    case "^": return normBig(x ^ y);
    case "<<": if (y < 0n) throw valueError("negative shift count"); chargeBigLinear(bitLength(x) + Number(y)); return normBig(x << y);
    case ">>": if (y < 0n) throw valueError("negative shift count"); return normBig(x >> y);
  }
  return undefined;
}

function seqRepeat(items: any[], n: any): any[] {
  const k = toIndex(n);
  if (k <= 0) return [];
  checkAlloc(items.length * k * 8);
  chargeContainer(items.length * k);
  const out = new Array(items.length * k);
  for (let i = 0, p = 0; i < k; i++) for (let j = 0; j < items.length; j++) out[p++] = items[j];
  return out;
}

export const npHooks: {
  binop: ((op: string, a: any, b: any) => any) | null;
  inplace: ((op: string, a: any, b: any) => any) | null;
  compare: ((op: string, a: any, b: any) => any) | null;
  getitem: ((o: any, k: any) => any) | null;
  setitem: ((o: any, k: any, v: any) => void) | null;
  /** o[k0, k1] / o[k0, k1] = v for NumPy objects without building the key tuple */
  getitem2: ((o: any, k0: any, k1: any) => any) | null;
  setitem2: ((o: any, k0: any, k1: any, v: any) => void) | null;
} = { binop: null, inplace: null, compare: null, getitem: null, setitem: null, getitem2: null, setitem2: null };

export function binop(op: string, a: any, b: any): any {
  if (npHooks.binop !== null && ((typeof a === "object" && a !== null && a.__np === true) || (typeof b === "object" && b !== null && b.__np === true))) {
    const r = npHooks.binop(op, a, b);
    if (r !== NotImplemented) return r;
  }
  const ka = nk(a), kb = nk(b);
  if (ka >= 0 && kb >= 0) {
    const r = numBinop(op, a, b, ka, kb);
    if (r !== undefined) return r;
  }
  // sequences
  switch (op) {
    case "+":
      if (typeof a === "string" && typeof b === "string") {
        if (a.length + b.length > 1 << 20) checkAlloc((a.length + b.length) * 2);
        return a + b;
      }
      if (a instanceof PyList && b instanceof PyList) { chargeContainer(a.items.length + b.items.length); return new PyList(a.items.concat(b.items)); }
      if (a instanceof PyTuple && b instanceof PyTuple) { chargeContainer(a.items.length + b.items.length); return new PyTuple(a.items.concat(b.items)); }
      break;
    case "*":
      if (typeof a === "string" && (kb === 0 || kb === 1)) return strRepeat(a, b);
      if (typeof b === "string" && (ka === 0 || ka === 1)) return strRepeat(b, a);
      if (a instanceof PyList && (kb === 0 || kb === 1)) return new PyList(seqRepeat(a.items, b));
      if (b instanceof PyList && (ka === 0 || ka === 1)) return new PyList(seqRepeat(b.items, a));
      if (a instanceof PyTuple && (kb === 0 || kb === 1)) return new PyTuple(seqRepeat(a.items, b));
      if (b instanceof PyTuple && (ka === 0 || ka === 1)) return new PyTuple(seqRepeat(b.items, a));
      break;
    case "%":
      if (typeof a === "string") return percentFormat(a, b);
      break;
    case "|":
      if (a instanceof PyDict && b instanceof PyDict) { chargeContainer(a.map.size + b.map.size, BYTES.dictEntry); const d = new PyDict(); for (const [k, e] of a.map) d.map.set(k, e); for (const [k, e] of b.map) d.map.set(k, [e[0], e[1]]); return d; }
      if (a instanceof PySet && b instanceof PySet) { chargeContainer(a.map.size + b.map.size, BYTES.setEntry); const s = new PySet(a.frozen); for (const [k, v] of a.map) s.map.set(k, v); for (const [k, v] of b.map) s.map.set(k, v); return s; }
      break;
    case "&":
      if (a instanceof PySet && b instanceof PySet) { chargeContainer(Math.min(a.map.size, b.map.size), BYTES.setEntry); chargeLoop(a.map.size); const s = new PySet(a.frozen); for (const [k, v] of a.map) if (b.map.has(k)) s.map.set(k, v); return s; }
      break;
    case "-":
      if (a instanceof PySet && b instanceof PySet) { chargeContainer(a.map.size, BYTES.setEntry); const s = new PySet(a.frozen); for (const [k, v] of a.map) if (!b.map.has(k)) s.map.set(k, v); return s; }
      break;
    case "^":
      if (a instanceof PySet && b instanceof PySet) { chargeContainer(a.map.size + b.map.size, BYTES.setEntry); const s = new PySet(a.frozen); for (const [k, v] of a.map) if (!b.map.has(k)) s.map.set(k, v); for (const [k, v] of b.map) if (!a.map.has(k)) s.map.set(k, v); return s; }
      break;
  }
  const r = dunderBinop(op, a, b);
  if (r !== NotImplemented) return r;
  if (op === "+" && typeof a === "string") throw typeError(`can only concatenate str (not "${typeName(b)}") to str`);
  if (op === "+" && a instanceof PyList) throw typeError(`can only concatenate list (not "${typeName(b)}") to list`);
  if (op === "+" && a instanceof PyTuple) throw typeError(`can only concatenate tuple (not "${typeName(b)}") to tuple`);
  if (op === "*" && (typeof a === "string" || a instanceof PyList || a instanceof PyTuple || typeof b === "string" || b instanceof PyList || b instanceof PyTuple))
    throw typeError(`can't multiply sequence by non-int of type '${typeName(typeof a === "string" || a instanceof PyList || a instanceof PyTuple ? b : a)}'`);
  if (op === "**") throw typeError(`unsupported operand type(s) for ** or pow(): '${typeName(a)}' and '${typeName(b)}'`);
  throw typeError(`unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`);
}

function dunderBinop(op: string, a: any, b: any): any {
  const names = opDunder[op];
  if (!names) return NotImplemented;
  const ta = typeOf(a), tb = typeOf(b);
  const userA = a instanceof PyInstance || ta.module !== "builtins";
  const userB = b instanceof PyInstance || tb.module !== "builtins";
  if (!userA && !userB) return NotImplemented;
  if (userB && ta !== tb && (!userA || tb.isSubtype(ta) || (b as any).__array_priority__ !== undefined)) {
    const f = tb.lookup(names[1]);
    if (f !== undefined) { const r = callMethodObj(f, b, [a]); if (r !== NotImplemented) return r; }
    if (userA) {
      const g = ta.lookup(names[0]);
      if (g !== undefined) { const r = callMethodObj(g, a, [b]); if (r !== NotImplemented) return r; }
    }
    return NotImplemented;
  }
  if (userA) {
    const f = ta.lookup(names[0]);
    if (f !== undefined) { const r = callMethodObj(f, a, [b]); if (r !== NotImplemented) return r; }
  }
  if (userB && ta !== tb) {
    const f = tb.lookup(names[1]);
    if (f !== undefined) { const r = callMethodObj(f, b, [a]); if (r !== NotImplemented) return r; }
  }
  return NotImplemented;
}

/** augmented assignment: in-place when the type supports it */
export function inplace(op: string, a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") {
    if (op === "+") { const r = a + b; if (Number.isSafeInteger(r)) return r; }
    else if (op === "-") { const r = a - b; if (Number.isSafeInteger(r)) return r; }
  }
  if (npHooks.inplace !== null && typeof a === "object" && a !== null && a.__np === true) {
    const r = npHooks.inplace(op, a, b);
    if (r !== NotImplemented) return r;
  }
  if (a instanceof PyList) {
    if (op === "+") { const it = iterToArray(b); chargeExtend(a.items.length + it.length, it.length); for (let i = 0; i < it.length; i++) a.items.push(it[i]); return a; }
    if (op === "*") { const r = seqRepeat(a.items, b); a.items.length = 0; for (const x of r) a.items.push(x); return a; }
  }
  if (a instanceof PySet && b instanceof PySet) {
    if (op === "|") { chargeExtend(a.map.size + b.map.size, b.map.size, BYTES.setEntry); for (const [k, v] of b.map) a.map.set(k, v); return a; }
  }
  if (a instanceof PyDict && b instanceof PyDict && op === "|") { chargeExtend(a.map.size + b.map.size, b.map.size, BYTES.dictEntry); for (const [k, e] of b.map) a.map.set(k, [e[0], e[1]]); return a; }
  if (typeof a === "object" && a !== null && !(a instanceof PyFloat)) {
    const t = typeOf(a);
    if (a instanceof PyInstance || t.module !== "builtins") {
      const f = t.lookup(opDunder[op][2]);
      if (f !== undefined) { const r = callMethodObj(f, a, [b]); if (r !== NotImplemented) return r; }
    }
  }
  return binop(op, a, b);
}

/** after one element was appended to l */
export function checkListMem(l: PyList): void {
  const n = l.items.length;
  if ((n & GROWTH_MASK) === 0) chargeGrowth(n, BYTES.item);
}

export function strRepeat(s: string, n: any): string {
  const k = toIndex(n);
  if (k <= 0 || s.length === 0) return "";
  checkAlloc(s.length * k * 2);
  if (s.length * k > 1 << 28) throw exc(excTypes_MemoryError(), undefined);
  return s.repeat(k);
}
import { MemoryError } from "../errors";
const excTypes_MemoryError = () => MemoryError;

// fast paths used by the compiler
export function add(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") { const r = a + b; if (Number.isSafeInteger(r)) return r; }
  else if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return new PyFloat(a.v + b.v);
    if (typeof b === "number") return new PyFloat(a.v + b);
  } else if (b instanceof PyFloat && typeof a === "number") return new PyFloat(a + b.v);
  return binop("+", a, b);
}
export function sub(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") { const r = a - b; if (Number.isSafeInteger(r)) return r; }
  else if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return new PyFloat(a.v - b.v);
    if (typeof b === "number") return new PyFloat(a.v - b);
  } else if (b instanceof PyFloat && typeof a === "number") return new PyFloat(a - b.v);
  return binop("-", a, b);
}
export function mul(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") { const r = a * b; if (Number.isSafeInteger(r)) return r === 0 ? 0 : r; }
  else if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return new PyFloat(a.v * b.v);
    if (typeof b === "number") return new PyFloat(a.v * b);
  } else if (b instanceof PyFloat && typeof a === "number") return new PyFloat(a * b.v);
  return binop("*", a, b);
}
export function truediv(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number" && b !== 0) return new PyFloat(a / b);
  if (a instanceof PyFloat && b instanceof PyFloat && b.v !== 0) return new PyFloat(a.v / b.v);
  return binop("/", a, b);
}

export function unary(op: string, a: any): any {
  switch (op) {
    case "not": return !truthy(a);
    case "-":
      if (typeof a === "number") return a === 0 ? 0 : -a;
      if (a instanceof PyFloat) return new PyFloat(-a.v);
      if (typeof a === "boolean") return a ? -1 : 0;
      if (typeof a === "bigint") return normBig(-a);
      break;
    case "+":
      if (typeof a === "number" || a instanceof PyFloat || typeof a === "bigint") return a;
      if (typeof a === "boolean") return a ? 1 : 0;
      break;
    case "~":
      if (typeof a === "number" || typeof a === "boolean") return -ival(a) - 1;
      if (typeof a === "bigint") return normBig(-a - 1n);
      break;
  }
  const t = typeOf(a);
  const name = op === "-" ? "__neg__" : op === "+" ? "__pos__" : "__invert__";
  const f = t.lookup(name);
  if (f !== undefined) return callMethodObj(f, a, []);
  throw typeError(`bad operand type for unary ${op}: '${t.tpName ?? t.name}'`);
}

// ---------------------------------------------------------------- attributes
export function bindAttr(a: any, self: any): any {
  if (a instanceof PyFunction) return new PyBoundMethod(self, a);
  if (a instanceof PyMethodDescr) return new PyBoundMethod(self, a);
  if (a instanceof PyProperty) return a.native ? a.fget(self) : call(a.fget, [self], null);
  if (a instanceof PyStaticMethod) return a.fn;
  if (a instanceof PyClassMethod) return new PyBoundMethod(typeOf(self), a.fn);
  return a;
}

const FORBIDDEN = new Set(["__subclasses__", "__globals__", "__code__", "__builtins__", "__dict__", "__closure__", "__getattribute__", "constructor", "__proto__", "prototype", "__import__", "__loader__", "__spec__", "func_globals", "gi_frame", "f_globals", "__init_subclass__", "__reduce__", "__reduce_ex__"]);

export function getattr(o: any, name: string): any {
  if (o instanceof PyInstance) {
    const d = o.dict.get(name);
    if (d !== undefined) return d;
    if (name === "__dict__") return attrDict(o.dict);
    const a = o.cls.lookup(name);
    if (a !== undefined) return bindAttr(a, o);
    if (o instanceof PyExcObj) {
      if (name === "args") return new PyTuple(o.args);
      if (name === "__cause__") return o.cause;
      if (name === "__context__") return o.context;
      if (name === "__traceback__") return null;
      if (name === "value" && o.cls.isSubtype(StopIteration)) return o.args.length ? o.args[0] : null;
    }
    if (name === "__class__") return o.cls;
    const ga = o.cls.lookup("__getattr__");
    if (ga !== undefined) return callMethodObj(ga, o, [name]);
    throw attrErr(o, name);
  }
  if (o instanceof PyType) return typeGetattr(o, name);
  if (o instanceof PyModule) {
    const v = o.dict.get(name);
    if (v !== undefined) return v;
    if (name === "__name__") return o.name;
    throw attrError(`module '${o.name}' has no attribute '${name}'`);
  }
  if (o instanceof PySuper) return superGetattr(o, name);
  const t = typeOf(o);
  const a = t.lookup(name);
  if (a !== undefined) return bindAttr(a, o);
  return specialAttr(o, t, name);
}
function attrErr(o: any, name: string) {
  const e = attrError(`'${typeName(o)}' object has no attribute '${name}'`);
  return e;
}
function specialAttr(o: any, t: PyType, name: string): any {
  if (name === "__class__") return t;
  if (o?.__sub === true && o.attrs !== undefined) {
    const v = o.attrs.get(name);
    if (v !== undefined) return v;
    if (name === "__dict__") return attrDict(o.attrs);
    const ga = t.lookup("__getattr__");
    if (ga !== undefined) return callMethodObj(ga, o, [name]);
  }
  if (o instanceof PyFunction) {
    if (name === "__name__") return o.name;
    if (name === "__qualname__") return o.qualname;
    if (name === "__doc__") return o.code.doc ?? null;
    if (name === "__module__") return "__main__";
    if (name === "__defaults__") return o.defaults.length ? new PyTuple(o.defaults) : null;
    if (o.dict) { const v = o.dict.get(name); if (v !== undefined) return v; }
    if (name === "__annotations__") { const d = new PyDict(); (o.dict ??= new Map()).set(name, d); return d; }
  }
  if (o instanceof PyBuiltin && name === "__name__") return o.name;
  if (o instanceof PyBoundMethod) {
    if (name === "__self__") return o.self;
    if (name === "__func__") return o.fn;
    if (name === "__name__") return o.fn.name;
  }
  if (o instanceof PyExcObj && name === "args") return new PyTuple(o.args);
  if (name === "__doc__") return null;
  throw attrErr(o, name);
}
function typeGetattr(t: PyType, name: string): any {
  if (!FORBIDDEN.has(name)) {
    const a = t.lookup(name);
    if (a !== undefined) {
      if (a instanceof PyClassMethod) return new PyBoundMethod(t, a.fn);
      if (a instanceof PyStaticMethod) return a.fn;
      if (a instanceof PyProperty && a.native) return a;
      return a;
    }
  }
  switch (name) {
    case "__name__": return t.name;
    case "__qualname__": return t.qualname ?? t.name;
    case "__module__": return t.module;
    case "__doc__": return null;
    case "__class__": return typeType;
    case "__bases__": return new PyTuple(t.bases.slice());
    case "__base__": return t.bases[0] ?? null;
    case "__mro__": return new PyTuple(t.mro.slice());
  }
  throw attrError(`type object '${t.tpName ?? t.name}' has no attribute '${name}'`);
}
function superGetattr(s: PySuper, name: string): any {
  const mro = typeOf(s.self) instanceof PyType && s.self instanceof PyType ? s.self.mro : typeOf(s.self).mro;
  const i = mro.indexOf(s.cls);
  for (let j = i + 1; j < mro.length; j++) {
    const a = mro[j].dict.get(name);
    if (a !== undefined) {
      if (s.self instanceof PyType) return a instanceof PyClassMethod ? new PyBoundMethod(s.self, a.fn) : a;
      return bindAttr(a, s.self);
    }
  }
  if (name === "__init__") return new PyBoundMethod(s.self, objectInit);
  throw attrError(`'super' object has no attribute '${name}'`);
}
export const objectInit = new PyMethodDescr("__init__", () => null);

const SET_FORBIDDEN = new Set([...FORBIDDEN, "__bases__", "__base__", "__mro__", "__class__", "__dict__", "__name__", "__qualname__"]);
export function setattr(o: any, name: string, v: any): void {
  if (o instanceof PyInstance) {
    const a = o.cls.lookup(name);
    if (a instanceof PyProperty) {
      if (a.fset === null) throw attrError(`property '${name}' of '${o.cls.name}' object has no setter`);
      if (a.native) a.fset(o, v); else call(a.fset, [o, v], null);
      return;
    }
    if (o instanceof PyExcObj && name === "args") { o.args = iterToArray(v); return; }
    if (o instanceof PyExcObj && name === "__cause__") { o.cause = v; return; }
    o.dict.set(name, v);
    return;
  }
  if (o instanceof PyType && !o.builtin) { if (SET_FORBIDDEN.has(name)) throw attrError(`cannot set '${name}'`); o.dict.set(name, v); typeVersion.v++; return; }
  if (o instanceof PyFunction) { if (!o.dict) o.dict = new Map(); if (SET_FORBIDDEN.has(name)) throw attrError(`cannot set '${name}'`); o.dict.set(name, v); return; }
  if (o instanceof PyModule) { o.dict.set(name, v); return; }
  const t = typeOf(o);
  const a = t.lookup(name);
  if (a instanceof PyProperty && a.fset) { if (a.native) a.fset(o, v); else call(a.fset, [o, v], null); return; }
  if (o?.__sub === true && o.attrs !== undefined) { o.attrs.set(name, v); return; }
  if (o instanceof PyType) throw typeError(`cannot set '${name}' attribute of immutable type '${o.name}'`);
  if (a !== undefined) throw attrError(`'${t.tpName ?? t.name}' object attribute '${name}' is read-only`);
  throw attrError(`'${t.tpName ?? t.name}' object has no attribute '${name}'`);
}
export function delattr(o: any, name: string): void {
  if (o instanceof PyInstance || o instanceof PyModule || (o instanceof PyType && !o.builtin)) {
    const d = (o as any).dict as Map<string, any>;
    if (!d.delete(name)) throw attrErr(o, name);
    if (o instanceof PyType) typeVersion.v++;
    return;
  }
  throw attrErr(o, name);
}
export function hasattr(o: any, name: string): boolean {
  try { getattr(o, name); return true; } catch (e) {
    if (e instanceof PyExcObj && e.cls.isSubtype(excAttr())) return false;
    throw e;
  }
}
import { AttributeError } from "../errors";
const excAttr = () => AttributeError;

// ---------------------------------------------------------------- calling
export function callMethodObj(f: any, self: any, args: any[]): any {
  if (f instanceof PyMethodDescr) return f.fn(self, args, null);
  if (f instanceof PyFunction) return f.code.call(f, [self, ...args], null);
  return call(bindAttr(f, self), args, null);
}

export function call(f: any, args: any[], kw: KW): any {
  if (f instanceof PyFunction) return f.code.call(f, args, kw);
  if (f instanceof PyBuiltin) return f.fn(args, kw);
  if (f instanceof PyFastCall) return f.fn(args, kw);
  if (f instanceof PyBoundMethod) {
    const fn = f.fn;
    if (fn instanceof PyMethodDescr) return fn.fn(f.self, args, kw);
    if (fn instanceof PyFunction) {
      const a = new Array(args.length + 1);
      a[0] = f.self;
      for (let i = 0; i < args.length; i++) a[i + 1] = args[i];
      return fn.code.call(fn, a, kw);
    }
    return call(fn, [f.self, ...args], kw);
  }
  if (f instanceof PyType) return callType(f, args, kw);
  if (f instanceof PyMethodDescr) {
    if (args.length === 0) throw typeError(`unbound method ${f.name}() needs an argument`);
    return f.fn(args[0], args.slice(1), kw);
  }
  if (f instanceof PyStaticMethod || f instanceof PyClassMethod) return call(f.fn, args, kw);
  const t = typeOf(f);
  const c = t.lookup("__call__");
  if (c !== undefined) {
    if (c instanceof PyMethodDescr) return c.fn(f, args, kw);
    return call(c, [f, ...args], kw);
  }
  throw typeError(`'${t.tpName ?? t.name}' object is not callable`);
}

/**
 * An instance of a class deriving from dict or list (`class Config(dict)`): the builtin object itself, so every
 * builtin accepts it, typed as the subclass (own pyType), with `__sub` marking it and `attrs` its instance
 * attributes. Methods the subclass defines are found through its MRO; the dunders it overrides that the fast
 * paths would bypass are checked with subOverride (repr, str, getitem, setitem) or wired here (__missing__).
 */
function newBuiltinSubclass(cls: PyType, base: PyType): any {
  const o: any = base === dictType ? new PyDict() : new PyList([]);
  o.pyType = cls;
  o.__sub = true;
  o.attrs = new Map<string, any>();
  const missing = cls.lookup("__missing__");
  if (base === dictType && missing !== undefined) o.missing = (k: any) => callMethodObj(missing, o, [k]);
  return o;
}
/** the method `name` as the builtin subclass of `o` overrides it (a class above the builtin base defines it) */
export function subOverride(o: any, name: string): any {
  for (const c of (o.pyType as PyType).mro) {
    if (c.builtin) return undefined;
    const v = c.dict.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}
/** obj.__dict__ / vars(obj): a dict of the instance's attributes; item assignment and update() write through */
export function attrDict(owner: Map<string, any>): PyDict {
  const d: any = new PyDict();
  for (const [k, v] of owner) d.map.set(keyOf(k), [k, v]);
  d.__sub = true;
  d.attrOwner = owner;
  return d;
}

export function callType(cls: PyType, args: any[], kw: KW): any {
  if (cls.builtin) {
    if (cls.ctor) return cls.ctor(cls, args, kw);
    for (const t of cls.mro) if (t.ctor) return t.ctor(cls, args, kw);
    throw typeError(`cannot create '${cls.name}' instances`);
  }
  let obj: any;
  let base: PyType | null = null;
  for (const t of cls.mro) if (t.builtin && t.ctor) { base = t; break; }
  if (base === null || base === objectType) obj = new PyInstance(cls);
  else if (cls.isException) obj = new PyExcObj(cls, args);
  else if (base === dictType || base === listType) obj = newBuiltinSubclass(cls, base);
  else throw typeError(`subclassing builtin type '${base.name}' is not supported`);
  const nw = cls.lookup("__new__");
  if (nw instanceof PyStaticMethod || nw instanceof PyFunction) {
    obj = call(nw instanceof PyStaticMethod ? nw.fn : nw, [cls, ...args], kw);
    if (!(obj instanceof PyInstance) || !obj.cls.isSubtype(cls)) return obj;
  }
  const init = cls.lookup("__init__");
  if (init instanceof PyFunction) {
    const r = init.code.call(init, [obj, ...args], kw);
    if (r !== null) throw typeError(`__init__() should return None, not '${typeName(r)}'`);
  } else if (init instanceof PyMethodDescr && init !== objectInit) {
    init.fn(obj, args, kw);
  } else if ((args.length || (kw && kw.size)) && base === objectType) {
    throw typeError(`${cls.name}() takes no arguments`);
  }
  return obj;
}

export function callMethod(o: any, name: string, args: any[], kw: KW): any {
  if (o instanceof PyModule) {
    // module function call (np.dot(...)): same as call(getattr(o, name), ...) for builtins, without the detours
    const v = o.dict.get(name);
    if (v instanceof PyBuiltin || v instanceof PyFastCall) return v.fn(args, kw);
  }
  if (!(o instanceof PyInstance && o.dict.has(name)) && !(o instanceof PyType) && !(o instanceof PyModule) && !(o instanceof PySuper)) {
    const t = typeOf(o);
    const a = t.lookup(name);
    if (a instanceof PyMethodDescr) return a.fn(o, args, kw);
    if (a instanceof PyFunction) {
      const full = new Array(args.length + 1);
      full[0] = o;
      for (let i = 0; i < args.length; i++) full[i + 1] = args[i];
      return a.code.call(a, full, kw);
    }
  }
  return call(getattr(o, name), args, kw);
}

// ---------------------------------------------------------------- iteration
export function getIter(o: any): PyIterator {
  if (o instanceof PyList) { const it = o.items; let i = 0; return new PyIterator(() => (i < it.length ? it[i++] : undefined), "list_iterator"); }
  if (o instanceof PyTuple) { const it = o.items; let i = 0; return new PyIterator(() => (i < it.length ? it[i++] : undefined), "tuple_iterator"); }
  if (typeof o === "string") { const s = o; let i = 0; return new PyIterator(() => (i < s.length ? s[i++] : undefined), "str_ascii_iterator"); }
  if (o instanceof PyRange) {
    const { start, step } = o; const n = o.length; let i = 0;
    return new PyIterator(() => (i < n ? start + step * i++ : undefined), "range_iterator");
  }
  if (o instanceof PyDict) { const it = o.map.values(); const size = o.map.size; const m = o.map; return new PyIterator(() => { if (m.size !== size) throw exc(RuntimeErr(), "dictionary changed size during iteration"); const r = it.next(); return r.done ? undefined : r.value[0]; }, "dict_keyiterator"); }
  if (o instanceof PySet) { const items = setItems(o); let i = 0; return new PyIterator(() => (i < items.length ? items[i++] : undefined), "set_iterator"); }
  if (o instanceof PyIterator) return o;
  const t = typeOf(o);
  const f = t.lookup("__iter__");
  if (f !== undefined) {
    const r = callMethodObj(f, o, []);
    if (r instanceof PyIterator) return r;
    const nx = typeOf(r).lookup("__next__");
    if (nx === undefined) throw typeError(`iter() returned non-iterator of type '${typeName(r)}'`);
    return new PyIterator(() => {
      try { return callMethodObj(nx, r, []); } catch (e) {
        if (e instanceof PyExcObj && e.cls.isSubtype(StopIteration)) return undefined;
        throw e;
      }
    });
  }
  const gi = t.lookup("__getitem__");
  if (gi !== undefined && o instanceof PyInstance) {
    let i = 0;
    return new PyIterator(() => {
      try { return callMethodObj(gi, o, [i++]); } catch (e) {
        if (e instanceof PyExcObj && (e.cls.isSubtype(StopIteration) || e.cls.isSubtype(IndexErr()))) return undefined;
        throw e;
      }
    });
  }
  throw typeError(`'${t.tpName ?? t.name}' object is not iterable`);
}
import { RuntimeError, IndexError } from "../errors";
const RuntimeErr = () => RuntimeError;
const IndexErr = () => IndexError;

/** CPython-like iteration order for sets whose elements are all ints/bools (hash-table slot order). */
export function setItems(s: PySet): any[] {
  chargeContainer(s.map.size, BYTES.slot * 4);
  const vals = [...s.map.values()];
  const n = vals.length;
  if (n < 2) return vals;
  for (const v of vals) if (!(typeof v === "number" || typeof v === "boolean")) return vals;
  let size = 8;
  for (let used = 1; used <= n; used++) if (used * 5 >= (size - 1) * 3) { const minused = used > 50000 ? used * 2 : used * 4; size = 8; while (size <= minused) size <<= 1; }
  const mask = size - 1;
  const slots: any[] = new Array(size);
  for (const v of vals) {
    const h = typeof v === "boolean" ? (v ? 1 : 0) : (v === -1 ? -2 : v);
    let i = (h >>> 0) & mask; // ToUint32 of an integer: its low 32 bits, as BigInt.asUintN(32, …)
    while (slots[i] !== undefined) i = (i + 1) & mask;
    slots[i] = v;
  }
  return slots.filter((x) => x !== undefined);
}

export function iterToArray(o: any): any[] {
  if (o instanceof PyList || o instanceof PyTuple) { chargeContainer(o.items.length); return o.items.slice(); }
  if (typeof o === "string") { chargeContainer(o.length); return Array.from(o); }
  if (o instanceof PyRange) {
    const n = o.length;
    checkAlloc(n * 8);
    chargeLoop(n);
    const out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = o.start + o.step * i;
    return out;
  }
  if (o instanceof PyDict) { chargeContainer(o.map.size); const out: any[] = []; for (const e of o.map.values()) out.push(e[0]); return out; }
  if (o instanceof PySet) return setItems(o);
  const it = getIter(o);
  const out: any[] = [];
  let v;
  while ((v = it.next()) !== undefined) {
    out.push(v);
    if ((out.length & GROWTH_MASK) === 0) chargeGrowth(out.length, BYTES.item);
  }
  return out;
}

// ---------------------------------------------------------------- len / contains
export function len(o: any): number {
  if (typeof o === "string") return o.length;
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length;
  if (o instanceof PyDict || o instanceof PySet) return o.map.size;
  if (o instanceof PyRange) return o.length;
  const t = typeOf(o);
  const f = t.lookup("__len__");
  if (f !== undefined) {
    const r = callMethodObj(f, o, []);
    const n = toIndex(r);
    if (n < 0) throw valueError("__len__() should return >= 0");
    return n;
  }
  throw typeError(`object of type '${t.tpName ?? t.name}' has no len()`);
}

export function contains(container: any, x: any): boolean {
  if (container instanceof PyList || container instanceof PyTuple) {
    const it = container.items;
    for (let i = 0; i < it.length; i++) if (it[i] === x || eq(it[i], x)) return true;
    return false;
  }
  if (typeof container === "string") {
    if (typeof x !== "string") throw typeError(`'in <string>' requires string as left operand, not ${typeName(x)}`);
    return container.includes(x);
  }
  if (container instanceof PyDict || container instanceof PySet) return container.map.has(keyOf(x));
  if (container instanceof PyRange) {
    if (!(typeof x === "number" || typeof x === "boolean" || (x instanceof PyFloat && Number.isInteger(x.v)))) {
      if (x instanceof PyFloat) return false;
      return iterToArray(container).some((v) => eq(v, x));
    }
    const v = toNum(x);
    const { start, stop, step } = container;
    if (step > 0 ? v < start || v >= stop : v > start || v <= stop) return false;
    return (v - start) % step === 0;
  }
  const t = typeOf(container);
  const f = t.lookup("__contains__");
  if (f !== undefined) return truthy(callMethodObj(f, container, [x]));
  const it = getIter(container);
  let v;
  while ((v = it.next()) !== undefined) if (v === x || eq(v, x)) return true;
  return false;
}

// ---------------------------------------------------------------- indexing
export function sliceIndices(s: PySlice, n: number): [number, number, number] {
  let step = s.step === null ? 1 : toIndex(s.step, "slice indices must be integers or None or have an __index__ method");
  if (step === 0) throw valueError("slice step cannot be zero");
  let start: number, stop: number;
  if (s.start === null) start = step < 0 ? n - 1 : 0;
  else {
    start = toIndex(s.start, "slice indices must be integers or None or have an __index__ method");
    if (start < 0) { start += n; if (start < 0) start = step < 0 ? -1 : 0; }
    else if (start >= n) start = step < 0 ? n - 1 : n;
  }
  if (s.stop === null) stop = step < 0 ? -1 : n;
  else {
    stop = toIndex(s.stop, "slice indices must be integers or None or have an __index__ method");
    if (stop < 0) { stop += n; if (stop < 0) stop = step < 0 ? -1 : 0; }
    else if (stop >= n) stop = step < 0 ? n - 1 : n;
  }
  return [start, stop, step];
}
export function sliceArr<T>(items: T[], s: PySlice): T[] {
  const [start, stop, step] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, Math.max(start, stop));
  const out: T[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) out.push(items[i]);
  else for (let i = start; i > stop; i += step) out.push(items[i]);
  return out;
}
function seqIndex(i: any, n: number, what: string): number {
  let k: number;
  if (typeof i === "number") k = i;
  else if (typeof i === "boolean") k = i ? 1 : 0;
  else if (typeof i === "bigint") throw indexError(`cannot fit 'int' into an index-sized integer`);
  else {
    const t = typeOf(i);
    if (t.lookup("__index__") === undefined) throw typeError(`${what} indices must be integers or slices, not ${t.tpName ?? t.name}`);
    k = toIndex(i);
  }
  if (k < 0) k += n;
  if (k < 0 || k >= n) throw indexError(`${what} index out of range`);
  return k;
}

export function getitem(o: any, k: any): any {
  if (o !== null && o.__np === true && npHooks.getitem !== null) return npHooks.getitem(o, k);
  if (o !== null && o.__sub === true && o.pyType !== undefined) { const f = subOverride(o, "__getitem__"); if (f !== undefined) return callMethodObj(f, o, [k]); }
  if (o instanceof PyList) {
    if (typeof k === "number") {
      const it = o.items;
      const i = k < 0 ? k + it.length : k;
      if (i >= 0 && i < it.length) return it[i];
      throw indexError("list index out of range");
    }
    if (k instanceof PySlice) return new PyList(sliceArr(o.items, k));
    return o.items[seqIndex(k, o.items.length, "list")];
  }
  if (o instanceof PyDict) {
    const e = o.map.get(keyOf(k));
    if (e !== undefined) return e[1];
    if (o instanceof PyDict && (o as any).missing) return (o as any).missing(k);
    throw exc(KeyError, k);
  }
  if (o instanceof PyTuple) {
    if (k instanceof PySlice) return new PyTuple(sliceArr(o.items, k));
    return o.items[seqIndex(k, o.items.length, "tuple")];
  }
  if (typeof o === "string") {
    if (k instanceof PySlice) {
      const [start, stop, step] = sliceIndices(k, o.length);
      if (step === 1) return o.slice(start, Math.max(start, stop));
      return sliceArr(Array.from(o), k).join("");
    }
    return o[seqIndex(k, o.length, "string")];
  }
  if (o instanceof PyRange) {
    if (k instanceof PySlice) {
      const [start, stop, step] = sliceIndices(k, o.length);
      return new PyRange(o.start + start * o.step, o.start + stop * o.step, o.step * step);
    }
    const i = seqIndex(k, o.length, "range object");
    return o.start + i * o.step;
  }
  const t = typeOf(o);
  const f = t.lookup("__getitem__");
  if (f !== undefined) return f instanceof PyMethodDescr ? f.fn(o, [k], null) : callMethodObj(f, o, [k]);
  if (o instanceof PyType) {
    const cg = t.lookup("__class_getitem__");
    if (cg === undefined) return o; // list[int] etc. in annotations
  }
  throw typeError(`'${t.tpName ?? t.name}' object is not subscriptable`);
}

export function setitem(o: any, k: any, v: any): void {
  if (o !== null && o.__np === true && npHooks.setitem !== null) { npHooks.setitem(o, k, v); return; }
  if (o !== null && o.__sub === true) {
    if (o.attrOwner !== undefined && typeof k === "string") o.attrOwner.set(k, v);
    else if (o.pyType !== undefined) { const f = subOverride(o, "__setitem__"); if (f !== undefined) { callMethodObj(f, o, [k, v]); return; } }
  }
  if (o instanceof PyList) {
    if (typeof k === "number") {
      const it = o.items;
      const i = k < 0 ? k + it.length : k;
      if (i >= 0 && i < it.length) { it[i] = v; return; }
      throw indexError("list assignment index out of range");
    }
    if (k instanceof PySlice) {
      const vals = iterToArray(v);
      const [start, stop, step] = sliceIndices(k, o.items.length);
      if (step === 1) { o.items.splice(start, Math.max(0, stop - start), ...vals); return; }
      const idx: number[] = [];
      if (step > 0) for (let i = start; i < stop; i += step) idx.push(i); else for (let i = start; i > stop; i += step) idx.push(i);
      if (idx.length !== vals.length) throw valueError(`attempt to assign sequence of size ${vals.length} to extended slice of size ${idx.length}`);
      idx.forEach((ix, j) => { o.items[ix] = vals[j]; });
      return;
    }
    const i = seqIndex(k, o.items.length + 0, "list");
    o.items[i] = v;
    return;
  }
  if (o instanceof PyDict) {
    const key = keyOf(k);
    const e = o.map.get(key);
    if (e !== undefined) e[1] = v;
    else {
      o.map.set(key, [k, v]);
      if ((o.map.size & GROWTH_MASK) === 0) chargeGrowth(o.map.size, BYTES.dictEntry);
    }
    return;
  }
  const t = typeOf(o);
  const f = t.lookup("__setitem__");
  if (f !== undefined) { if (f instanceof PyMethodDescr) f.fn(o, [k, v], null); else callMethodObj(f, o, [k, v]); return; }
  throw typeError(`'${t.tpName ?? t.name}' object does not support item assignment`);
}

export function delitem(o: any, k: any): void {
  if (o instanceof PyList) {
    if (k instanceof PySlice) {
      const [start, stop, step] = sliceIndices(k, o.items.length);
      if (step === 1) { if (stop > start) o.items.splice(start, stop - start); return; }
      const del = new Set<number>();
      if (step > 0) for (let i = start; i < stop; i += step) del.add(i); else for (let i = start; i > stop; i += step) del.add(i);
      o.items = o.items.filter((_, i) => !del.has(i));
      return;
    }
    let i = seqIndex(k, o.items.length, "list");
    o.items.splice(i, 1);
    void i;
    return;
  }
  if (o instanceof PyDict) {
    if (!o.map.delete(keyOf(k))) throw exc(KeyError, k);
    return;
  }
  const t = typeOf(o);
  const f = t.lookup("__delitem__");
  if (f !== undefined) { callMethodObj(f, o, [k]); return; }
  throw typeError(`'${t.tpName ?? t.name}' object doesn't support item deletion`);
}

// ---------------------------------------------------------------- isinstance
export function isinstance(v: any, t: any): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => isinstance(v, x));
  if (!(t instanceof PyType)) throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
  const vt = typeOf(v);
  if (vt === t || vt.isSubtype(t)) return true;
  const ic = t.dict.get("__instancecheck__");
  if (ic instanceof PyMethodDescr) return ic.fn(t, [v], null);
  return false;
}

// ---------------------------------------------------------------- % formatting (delegates to format.ts)
import { percentFormat } from "./format";
export { BaseException, TypeErrorT, intType, floatType, boolType, strType, listType, tupleType, dictType };
