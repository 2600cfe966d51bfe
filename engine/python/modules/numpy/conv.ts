// Conversions between Python values and the ndarray library's operands.
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar, DType } from "../../../ndarray/index";
import { PyFloat, PyList, PyTuple, PyType, PyRange, PySlice, KW, PyEllipsisT, PyInstance, PyBytes } from "../../objects/core";
import { typeError, valueError, exc, excTypes } from "../../errors";
import { chargeContainer, chargeTally, BYTES } from "../../charge";
import { toIndex, iterToArray, repr } from "../../objects/ops";
import { typeName, typeOf, floatType, intType, boolType, objectType, strType } from "../../objects/types";
import { CASTINGS, type Casting } from "../../../ndarray/casting";

/** A dtype as NumPy names it in its messages: dtype('float64'), dtype('O'). */
export const dtRepr = (dt: DType) => `dtype('${dt === "object" ? "O" : dt}')`;
import { objectArray, restorePyLeaves } from "./object-arrays";

export const scalarTypes = new Map<DType, PyType>();
export class PyDtype {
  constructor(public dt: DType) {}
}

const ALIASES: Record<string, DType> = {
  float64: "float64",
  float: "float64",
  f8: "float64",
  double: "float64",
  d: "float64",
  float32: "float32",
  f4: "float32",
  single: "float32",
  f: "float32",
  int64: "int64",
  int: "int64",
  i8: "int64",
  int_: "int64",
  long: "int64",
  intp: "int64",
  l: "int64",
  p: "int64",
  n: "int64",
  int32: "int32",
  i4: "int32",
  i: "int32",
  intc: "int32",
  uint8: "uint8",
  u1: "uint8",
  B: "uint8",
  ubyte: "uint8",
  uint64: "uint64",
  u8: "uint64",
  uint: "uint64",
  ulonglong: "uint64",
  L: "uint64",
  Q: "uint64",
  ulong: "uint64",
  uintp: "uint64",
  P: "uint64",
  N: "uint64",
  int8: "int8",
  i1: "int8",
  b: "int8",
  byte: "int8",
  int16: "int16",
  i2: "int16",
  h: "int16",
  short: "int16",
  uint16: "uint16",
  u2: "uint16",
  H: "uint16",
  ushort: "uint16",
  uint32: "uint32",
  u4: "uint32",
  I: "uint32",
  uintc: "uint32",
  float16: "float16",
  f2: "float16",
  e: "float16",
  half: "float16",
  bool: "bool",
  bool_: "bool",
  "?": "bool",
  b1: "bool",
  object: "object",
  O: "object",
  object_: "object",
};
/** 'U5', '<U5', 'str' …: a str dtype ('<U0' when no width is given, as for dtype=str) */
const STR_DTYPE = /^(?:[<=|]?U(\d*)|str|str_|unicode)$/;
/** 'S5', '|S5', 'bytes', 'a5': NumPy's bytes dtype */
const BYTES_DTYPE = /^(?:[<=|]?[Sa]\d*|bytes_?)$/;
const bytesUnsupported = () =>
  exc(excTypes.get("NotImplementedError")!, "arrays of bytes (NumPy's 'S' dtype) are not supported by this engine");

export function toDType(v: any): DType | null {
  if (v === undefined || v === null) return null;
  if (v instanceof PyDtype) return v.dt;
  if (typeof v === "string") {
    const m = STR_DTYPE.exec(v);
    if (m) return N.strDType(m[1] ? +m[1] : 0);
    const k = v.replace(/^[<>=|]/, "");
    const d = Object.prototype.hasOwnProperty.call(ALIASES, v)
      ? ALIASES[v]
      : Object.prototype.hasOwnProperty.call(ALIASES, k)
        ? ALIASES[k]
        : undefined;
    if (!d && BYTES_DTYPE.test(v)) throw bytesUnsupported();
    if (!d) throw typeError(`data type '${v}' not understood`);
    return d;
  }
  if (v instanceof PyType) {
    if (v === floatType) return "float64";
    if (v === intType) return "int64";
    if (v === boolType) return "bool";
    if (v === objectType) return "object";
    if (v === strType) return "<U0";
    for (const [dt, t] of scalarTypes) if (t === v) return dt;
  }
  throw typeError(
    `Cannot interpret '${v instanceof PyType ? `<class '${v.name}'>` : typeof v === "number" ? String(v) : typeName(v)}' as a data type`,
  );
}

/** objects NumPy converts through their __array__ (np.poly1d): each hook gives the array, or undefined for another object */
export const arrayProtocols: ((v: any) => NDArray | undefined)[] = [];
export function viaArrayProtocol(v: any): NDArray | undefined {
  for (const f of arrayProtocols) {
    const a = f(v);
    if (a !== undefined) return a;
  }
  return undefined;
}

let convertedElements = 0;
/** Python value -> nested JS value accepted by N.array */
export function pyToJS(v: any): any {
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return v;
  if (v instanceof PyFloat) return Number.isInteger(v.v) ? N.pyFloat(v.v) : v.v;
  if (v instanceof NDArray || v instanceof NPScalar) return v;
  if (v instanceof PyList || v instanceof PyTuple) {
    const it = v.items,
      n = it.length;
    // small lists are charged together: [[0.5] * 1000] * 10**5 is 10^8 elements in lists of 1,000
    if ((convertedElements += n) >= 4096) {
      chargeContainer(convertedElements, BYTES.item, 100);
      convertedElements = 0;
    }
    const out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = pyToJS(it[i]);
    return out;
  }
  if (v instanceof PyRange) return iterToArray(v);
  if (v === null) return null;
  if (typeof v === "object" && typeof (v as any).next === "function" && (v as any).kind) return iterToArray(v).map(pyToJS);
  // NumPy makes an 'S' (bytes) array of them, which this engine does not have: refused, not held as objects
  if (v instanceof PyBytes) throw bytesUnsupported();
  // an instance of an int subclass (an IntEnum member) is its int, as for NumPy's PyLong_Check
  if (v instanceof PyInstance) return v.intValue ?? viaArrayProtocol(v) ?? v;
  return v; // object leaf
}

export function toNd(v: any, dtype?: DType | null): NDArray {
  if (v instanceof NDArray) return dtype && dtype !== v.dtype ? N.astype(v, dtype) : v;
  // a conversion costs microseconds: a list of 10^6 values stacked as 10^6 arrays is charged as it goes
  chargeTally(1);
  if (dtype === "object" && !(v instanceof NPScalar)) return objectArray(v);
  return restorePyLeaves(N.asarray(pyToJS(v), dtype ?? null));
}

/** Python value -> Operand for ufuncs; returns undefined if not convertible */
export function opnd(v: any): any {
  if (typeof v === "number") return v;
  if (v instanceof NDArray || v instanceof NPScalar) return v;
  if (v instanceof PyFloat) return Number.isInteger(v.v) ? N.pyFloat(v.v) : v.v;
  if (typeof v === "boolean" || typeof v === "bigint") return v;
  if (v instanceof PyList || v instanceof PyTuple) return toNd(v);
  if (v instanceof PyInstance) return v.intValue ?? viaArrayProtocol(v);
  return undefined;
}
/** opnd for np.where's operands: also a Python str (a str operand) and None */
export function opndStrict(v: any): any {
  if (typeof v === "string") return v;
  const o = opnd(v);
  if (o === undefined) {
    if (v === null) return N.asarray([null]) && N.array(null as any, "object");
    throw typeError(`unsupported operand type: '${typeName(v)}'`);
  }
  return o;
}

/** JS element -> Python value (for tolist/item) */
export function jsToPy(dt: DType, v: any): any {
  if (N.isStr(dt)) return v;
  switch (dt) {
    case "bool":
      return typeof v === "boolean" ? v : v !== 0;
    case "float64":
    case "float32":
    case "float16":
      return new PyFloat(v);
    case "object":
      return v;
    default:
      return Number.isSafeInteger(v) ? v : typeof v === "number" && Number.isInteger(v) ? BigInt(v) : v;
  }
}
export function nestedToPy(dt: DType, v: any): any {
  if (Array.isArray(v)) return new PyList(v.map((x) => nestedToPy(dt, x)));
  return jsToPy(dt, v);
}
export function scalarToPy(s: NPScalar): any {
  return jsToPy(s.dtype, s.value);
}

/** NumPy 2's NPY_MAXDIMS: also keeps a 10^6-element shape or axis list from costing ndim² work */
const MAXDIMS = 64;
function dims(n: number): void {
  if (n > MAXDIMS) throw valueError(`maximum supported dimension for an ndarray is currently ${MAXDIMS}, found ${n}`);
}
export function axisArg(v: any): number | number[] | null {
  if (v === undefined || v === null) return null;
  if (v instanceof PyTuple || v instanceof PyList) {
    dims(v.items.length);
    return v.items.map((x) => toIndex(x));
  }
  return toIndex(v);
}
/** NumPy's PyArray_Return: a 0-d array result is handed back as a NumPy scalar, anything else unchanged. */
export function arrayReturn<T>(r: T): T | NPScalar {
  return r instanceof NDArray && r.ndim === 0 ? (N.getIndex(r, []) as NPScalar) : r;
}
export const isBool = (v: any) => typeof v === "boolean" || (v instanceof NPScalar && v.dtype === "bool");
/** One entry of a shape sequence (PyArray_IntpFromIndexSequence): a bool is refused though Python's is an int. */
export function shapeItem(x: any): number {
  if (isBool(x)) throw typeError("an integer is required");
  return toIndex(x);
}
/**
 * A shape as NumPy's PyArray_IntpConverter reads it: a sequence of integers (a bool among them is "an integer is
 * required"), or one integer (a bool or anything without __index__ is refused with its repr; a str is a sequence).
 */
export function shapeArg(v: any): number[] {
  if (v instanceof PyTuple || v instanceof PyList) {
    dims(v.items.length);
    return v.items.map(shapeItem);
  }
  if (v instanceof NDArray) {
    dims(v.size);
    return N.tolist(v) as number[];
  }
  if (typeof v !== "string" && (isBool(v) || (typeof v !== "number" && typeof v !== "bigint" && !typeOf(v).lookup("__index__"))))
    throw typeError(`expected a sequence of integers or a single integer, got '${repr(v)}'`);
  return [toIndex(v)];
}
export function num(v: any): number {
  if (typeof v === "number") return v;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof NPScalar) return Number(v.value);
  if (v instanceof NDArray && v.size === 1) return v.dtype === "object" ? num(v.getFlat(0)) : Number(v.getFlat(0));
  throw typeError(`must be real number, not ${typeName(v)}`);
}

/** num() of a value that joins an array of dtype dt (initial=, constant_values=): a Python int past 2**53 exactly
 *  (or refused) where the values are integers, a double where they are floats */
export function numFor(v: any, dt: DType): number {
  if (typeof v !== "bigint" || dt === "object" || N.isStr(dt)) return num(v);
  return N.pyIntElement(v, N.isFloat(dt) ? "float64" : "int64");
}

/** index key -> IndexItem[] */
export function toSpec(k: any): N.IndexItem[] {
  if (typeof k === "number") return [{ kind: "int", i: k }];
  if (k instanceof PyTuple) {
    const it = k.items,
      n = it.length,
      r = new Array(n);
    for (let i = 0; i < n; i++) r[i] = specItem(it[i]);
    return r;
  }
  return [specItem(k)];
}
function sliceNum(x: any): number | null {
  if (x === null) return null;
  if (typeof x === "number") return x;
  return toIndex(x, "slice indices must be integers or None or have an __index__ method");
}
export function specItem(k: any): N.IndexItem {
  if (typeof k === "number") return { kind: "int", i: k };
  if (k instanceof PySlice) {
    if (k.npSpec !== undefined) return k.npSpec as N.IndexItem;
    const sp: N.IndexItem = { kind: "slice", start: sliceNum(k.start), stop: sliceNum(k.stop), step: sliceNum(k.step) };
    k.npSpec = sp;
    return sp;
  }
  if (k === null) return { kind: "newaxis" };
  if (k instanceof PyEllipsisT) return { kind: "ellipsis" };
  if (k instanceof NDArray) return { kind: "array", arr: k };
  if (k instanceof NPScalar) {
    if (k.dtype === "bool") return { kind: "array", arr: N.asarray(k) };
    if (N.isFloat(k.dtype))
      throw N.indexError(
        "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices",
      );
    return { kind: "int", i: Number(k.value) };
  }
  if (typeof k === "boolean") return { kind: "array", arr: N.asarray(k) };
  if (typeof k === "bigint") return { kind: "int", i: Number(k) };
  if (k instanceof PyList) {
    const arr = N.asarray(pyToJS(k));
    if (arr.size === 0) return { kind: "array", arr: N.astype(arr, "int64") };
    return { kind: "array", arr };
  }
  if (k instanceof PyInstance) return { kind: "int", i: toIndex(k) };
  throw N.indexError(
    "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices",
  );
}

export function parseArgs(fname: string, args: any[], kw: KW, names: string[], required = 0): any[] {
  if (kw === null && args.length >= required && args.length <= names.length) return args;
  const out: any[] = new Array(names.length).fill(undefined);
  if (args.length > names.length)
    throw typeError(`${fname}() takes at most ${names.length} positional argument${names.length === 1 ? "" : "s"} (${args.length} given)`);
  for (let i = 0; i < args.length; i++) out[i] = args[i];
  if (kw)
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
      if (i < args.length) throw typeError(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  for (let i = 0; i < required; i++)
    if (out[i] === undefined) throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  return out;
}

/** a function taking at most `n` positional arguments: more is Python's TypeError, never silently dropped */
export function maxPositional(fname: string, args: any[], n: number): void {
  if (args.length > n)
    throw typeError(
      n === 0
        ? `${fname}() takes no positional arguments (${args.length} given)`
        : `${fname}() takes at most ${n} positional argument${n === 1 ? "" : "s"} (${args.length} given)`,
    );
}

/** np.take's / ndarray.take's indices as intp: a Python list or number as int() would take it (0.5 → 0, booleans as
 *  0/1), an array of another kind than integers or booleans is NumPy's casting error */
export function takeIndices(v: any): NDArray {
  const ind = toNd(v);
  if (N.isInt(ind.dtype)) return ind;
  if (v instanceof NDArray && ind.dtype !== "bool")
    throw typeError(`Cannot cast array data from dtype('${ind.dtype}') to dtype('int64') according to the rule 'same_kind'`);
  return N.astype(ind, "int64");
}

/** Python-style argument binding by name: `args(...).axis`; a name missing from the call is undefined. */
export function parseNamed<K extends string>(fname: string, args: any[], kw: KW, names: readonly K[], required = 0): Record<K, any> {
  const p = parseArgs(fname, args, kw, names as unknown as string[], required);
  const out = {} as Record<K, any>;
  for (let i = 0; i < names.length; i++) out[names[i]!] = p[i];
  return out;
}
/** an argument this engine does not implement must not be silently ignored */
export function unsupported(
  fname: string,
  name: string,
  value: any,
  allowed: (v: any) => boolean = (v) => v === undefined || v === null,
): void {
  if (!allowed(value))
    throw exc(excTypes.get("NotImplementedError")!, `${fname}(): the argument '${name}' is not supported by this engine`);
}
/** the keyword arguments a function reads; any other is a TypeError, as in NumPy (never silently ignored) */
export function onlyKeywords(fname: string, kw: KW, names: readonly string[], numpyOnly: readonly string[] = []): void {
  if (kw)
    for (const k of kw.keys()) {
      if (names.includes(k)) continue;
      if (numpyOnly.includes(k)) unsupported(fname, k, kw.get(k));
      else throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
    }
}
/** a native function that reads no keyword arguments rejects them ("takes no keyword arguments") */
export function noKeywords(name: string, f: (a: any[], kw: KW) => any): (a: any[], kw: KW) => any {
  if (f.length > 1) return f;
  return (a, kw) => {
    if (kw && kw.size) throw typeError(`${name}() takes no keyword arguments`);
    return f(a, kw);
  };
}
export function noKeywordsMethod(name: string, f: (self: any, a: any[], kw: KW) => any): (self: any, a: any[], kw: KW) => any {
  if (f.length > 2) return f;
  return (s, a, kw) => {
    if (kw && kw.size) throw typeError(`${name}() takes no keyword arguments`);
    return f(s, a, kw);
  };
}

/** a `casting=` argument (np.can_cast, copyto, astype; astype's message also lists NumPy 2.4's 'same_value') */
export function castingArg(v: any, astype = false): Casting {
  if (typeof v !== "string") throw typeError(`casting must be str, not ${typeName(v)}`);
  if (!CASTINGS.includes(v))
    throw N.valueError(`casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe'${astype ? ", 'same_value'" : ""} (got '${v}')`);
  return v as Casting;
}
