// Python-facing `numpy` module binding over engine/ndarray and engine/random.
import * as N from "../../ndarray/index";
import { NDArray, NPScalar, DType } from "../../ndarray/index";
import { RandomState } from "../../random/index";
import {
  PyModule, PyBuiltin, PyType, PyFloat, PyList, PyTuple, PyDict, PyProperty, PyMethodDescr, PyIterator, KW,
  NotImplemented, PyInstance, PyClassMethod, typeVersion, PySlice, PyFastCall,
} from "../objects/core";
import { objectType, floatType, foreignTypes, typeName, typeOf } from "../objects/types";
import {
  npHooks, repr as pyRepr, str as pyStr, truthy, toIndex, iterToArray, keyOf, call, isNumber, getIter, toNum,
  unary as pyUnary, eq as pyEq, compare as pyCompare,
} from "../objects/ops";
import { typeError, valueError, exc, excTypes } from "../errors";
import { formatNumber, formatValue } from "../objects/format";
import { numpyBinding } from "./registry";
import {
  scalarTypes, PyDtype, toDType, pyToJS, toNd, opnd, opndStrict, jsToPy, nestedToPy, scalarToPy, axisArg, shapeArg, num, toSpec,
  parseArgs, specItem,
} from "./numpy_conv";
import { chargeSteps, checkAlloc, countAlloc, RT } from "../limits";
import { chargeContainer, chargeLoop, BYTES } from "../charge";
import { CTX } from "../context";
import { plotState } from "./pyplot";
import { addGenerator } from "./numpy_generator";
import { addExtras } from "./numpy_extras";
import { emitWarning, useWarnedSet } from "./warnings";
import { exponentialN, gammaN, betaN, multinomialN } from "../../random/legacy_more";

// ---------------------------------------------------------------- types
export const ndarrayType = new PyType("ndarray", [objectType]);
ndarrayType.module = "numpy";
ndarrayType.tpName = "numpy.ndarray";
(NDArray.prototype as any).pyType = ndarrayType;
(NDArray.prototype as any).__np = true;
(NPScalar.prototype as any).__np = true;

const genericType = new PyType("generic", [objectType]);
genericType.module = "numpy";
for (const dt of ["float64", "float32", "int64", "int32", "uint8", "uint64", "bool", "object"] as DType[]) {
  const bases = dt === "float64" ? [genericType, floatType] : [genericType];
  const t = new PyType(dt === "object" ? "object_" : dt, bases);
  t.module = "numpy";
  t.tpName = "numpy." + t.name;
  scalarTypes.set(dt, t);
}
Object.defineProperty(NPScalar.prototype, "pyType", { get() { return scalarTypes.get((this as NPScalar).dtype); }, configurable: true });

const dtypeType = new PyType("dtype", [objectType]);
dtypeType.module = "numpy";
(PyDtype.prototype as any).pyType = dtypeType;
const dtypeCache = new Map<DType, PyDtype>();
const dtypeOf = (dt: DType) => { let d = dtypeCache.get(dt); if (!d) { d = new PyDtype(dt); dtypeCache.set(dt, d); } return d; };

const ufuncType = new PyType("ufunc", [objectType]);
ufuncType.module = "numpy";
class PyUfunc extends PyFastCall { constructor(public name: string, fn: (args: any[], kw: KW) => any, public nin: number) { super(fn); } }
(PyUfunc.prototype as any).pyType = ufuncType;

void foreignTypes;

const def = (t: PyType, name: string, f: (self: any, args: any[], kw: KW) => any) => { t.dict.set(name, new PyMethodDescr(name, f)); typeVersion.v++; };
const prop = (t: PyType, name: string, g: (self: any) => any, s?: (self: any, v: any) => void) => t.dict.set(name, new PyProperty(g, s ?? null, true));

// ---------------------------------------------------------------- operators
const BIN: Record<string, string> = {
  "+": "add", "-": "subtract", "*": "multiply", "/": "divide", "//": "floor_divide", "%": "remainder",
  "&": "bitwise_and", "|": "bitwise_or", "^": "bitwise_xor", "<<": "left_shift", ">>": "right_shift",
};
const BINOBJ: Record<string, N.BinOp | undefined> = Object.create(null);
for (const k of Object.keys(BIN)) BINOBJ[k] = N.BINOPS[BIN[k]];
const CMP: Record<string, string> = { "<": "less", "<=": "less_equal", ">": "greater", ">=": "greater_equal", "==": "equal", "!=": "not_equal" };

function npBinop(op: string, a: any, b: any): any {
  const x = opnd(a), y = opnd(b);
  if (x === undefined || y === undefined) return NotImplemented;
  if (op === "**") return N.powerOperator(x, y);
  if (op === "@") return N.matmul(x, y);
  const bo = BINOBJ[op];
  if (bo === undefined) return NotImplemented;
  return N.binary(bo, x, y);
}
function npInplace(op: string, a: any, b: any): any {
  if (!(a instanceof NDArray)) return NotImplemented;
  const y = opnd(b);
  if (y === undefined) return NotImplemented;
  if (op === "@") { const r = N.matmul(a, y); N.setIndex(a, [{ kind: "ellipsis" }], r); return a; }
  const bo = op === "**" ? N.BINOPS.power : BINOBJ[op];
  if (bo === undefined) return NotImplemented;
  N.binary(bo, a, y, a);
  return a;
}
/** Comparison with an object array (e.g. words: np.array(["you", "say"]) == "say"): Python's comparison per element. */
function objectCompare(op: string, a: any, b: any): NDArray | undefined {
  const isObj = (v: any) => v instanceof NDArray && v.dtype === "object";
  if (!isObj(a) && !isObj(b)) return undefined;
  const toArr = (v: any): NDArray => {
    if (v instanceof NDArray) return v;
    const z = N.emptyArray("object", []);
    (z.data as any[])[0] = v;
    return z;
  };
  const [xa, ya] = N.broadcast_arrays([toArr(a), toArr(b)]);
  const xs = N.ravel(N.copyArray(xa!)).data as any[], ys = N.ravel(N.copyArray(ya!)).data as any[];
  const out = N.emptyArray("bool", xa!.shape.slice());
  const od = out.data as Uint8Array;
  for (let i = 0; i < xs.length; i++) od[i] = truthy(op === "==" ? pyEq(xs[i], ys[i]) : op === "!=" ? !pyEq(xs[i], ys[i]) : pyCompare(op, xs[i], ys[i])) ? 1 : 0;
  return out;
}
function npCompare(op: string, a: any, b: any): any {
  const objectResult = objectCompare(op, a, b);
  if (objectResult) return objectResult;
  const x = opnd(a), y = opnd(b);
  if (x === undefined || y === undefined) {
    if (op === "==") return a instanceof NDArray ? N.full(a.shape, false, "bool") : false;
    if (op === "!=") return a instanceof NDArray ? N.full(a.shape, true, "bool") : true;
    return NotImplemented;
  }
  return N.binary(CMP[op], x, y);
}
npHooks.binop = npBinop;
npHooks.inplace = npInplace;
npHooks.compare = npCompare;
/** An element of an object array is the Python object itself, not a NumPy scalar wrapping it. */
function pyItem(r: any): any {
  return r.dtype === "object" && r instanceof NPScalar ? r.value : r;
}
npHooks.getitem = (o: any, k: any) => {
  if (o instanceof NDArray) return pyItem(N.getIndex(o, toSpec(k)));
  throw exc(excTypes.get("IndexError")!, "invalid index to scalar variable.");
};
npHooks.setitem = (o: any, k: any, v: any) => {
  if (o instanceof NDArray) { N.setIndex(o, toSpec(k), v instanceof NDArray || v instanceof NPScalar || typeof v === "number" ? v : opnd(v) ?? v); return; }
  throw typeError(`'${typeName(o)}' object does not support item assignment`);
};

/** 2-key subscript item without allocation (int or slice), or null */
function key2(k: any): number | N.IndexItem | null {
  if (typeof k === "number") return k;
  if (k instanceof PySlice) return specItem(k);
  return null;
}
npHooks.getitem2 = (o: any, k0: any, k1: any) => {
  if (o instanceof NDArray) {
    const s0 = key2(k0), s1 = s0 === null ? null : key2(k1);
    if (s1 !== null) { const r = N.getIndex2(o, s0!, s1); if (r !== null) return pyItem(r); }
  }
  return npHooks.getitem!(o, new PyTuple([k0, k1]));
};
npHooks.setitem2 = (o: any, k0: any, k1: any, v: any) => {
  if (o instanceof NDArray && v instanceof NDArray) {
    const s0 = key2(k0), s1 = s0 === null ? null : key2(k1);
    if (s1 !== null && N.setIndex2(o, s0!, s1, v)) return;
  }
  npHooks.setitem!(o, new PyTuple([k0, k1]), v);
};

for (const T of [ndarrayType, genericType]) {
  for (const [op, name] of Object.entries({ ...BIN, "**": "pow", "@": "matmul" })) {
    const dn = { "+": "add", "-": "sub", "*": "mul", "/": "truediv", "//": "floordiv", "%": "mod", "&": "and", "|": "or", "^": "xor", "<<": "lshift", ">>": "rshift", "**": "pow", "@": "matmul" }[op]!;
    void name;
    def(T, `__${dn}__`, (s, a) => npBinop(op, s, a[0]));
    def(T, `__r${dn}__`, (s, a) => npBinop(op, a[0], s));
    if (T === ndarrayType) def(T, `__i${dn}__`, (s, a) => npInplace(op, s, a[0]));
  }
  for (const [op, name] of Object.entries({ "<": "lt", "<=": "le", ">": "gt", ">=": "ge", "==": "eq", "!=": "ne" })) def(T, `__${name}__`, (s, a) => npCompare(op, s, a[0]));
  def(T, "__neg__", (s) => N.unary(N.UNOPS.negative, s));
  def(T, "__pos__", (s) => N.unary("positive", s));
  def(T, "__abs__", (s) => N.unary("absolute", s));
  def(T, "__invert__", (s) => N.unary("invert", s));
}

// ---------------------------------------------------------------- scalars
def(genericType, "__repr__", (s: NPScalar) => N.scalarRepr(s));
def(genericType, "__str__", (s: NPScalar) => N.scalarStr(s));
def(genericType, "__bool__", (s: NPScalar) => !!s.value && !(s.value !== s.value) || s.value !== s.value);
def(genericType, "__float__", (s: NPScalar) => new PyFloat(Number(s.value)));
def(genericType, "__int__", (s: NPScalar) => { const v = Number(s.value); if (v !== v) throw valueError("cannot convert float NaN to integer"); return Math.trunc(v); });
def(genericType, "__hash__", (s: NPScalar) => keyOf(scalarToPy(s)));
def(genericType, "__format__", (s: NPScalar, a) => formatValue(scalarToPy(s), pyStr(a[0])));
def(genericType, "__round__", (s: NPScalar, a) => {
  const r = N.around(s, a.length && a[0] !== null ? toIndex(a[0]) : 0) as NPScalar;
  return a.length && a[0] !== null ? r : scalarToPy(N.around(s, 0) as NPScalar) instanceof PyFloat ? Math.round(Number(r.value)) : scalarToPy(r);
});
def(genericType, "item", (s: NPScalar) => scalarToPy(s));
def(genericType, "tolist", (s: NPScalar) => scalarToPy(s));
def(genericType, "astype", (s: NPScalar, a) => N.asarray(s, toDType(a[0])).data.length ? new NPScalar(toDType(a[0])!, N.castValue(Number(s.value), toDType(a[0])!)) : s);
def(genericType, "is_integer", (s: NPScalar) => Number.isInteger(Number(s.value)));
prop(genericType, "dtype", (s: NPScalar) => dtypeOf(s.dtype));
prop(genericType, "shape", () => new PyTuple([]));
prop(genericType, "ndim", () => 0);
prop(genericType, "size", () => 1);
prop(genericType, "real", (s) => s);
prop(genericType, "T", (s) => s);
for (const m of ["sum", "mean", "max", "min", "reshape", "squeeze", "flatten", "ravel", "copy", "round", "all", "any", "argmax", "argmin", "std", "var", "prod", "clip"]) {
  def(genericType, m, (s: NPScalar, a, kw) => callNdMethod(m, N.asarray(s), a, kw));
}
for (const dt of ["int64", "int32", "uint8", "uint64", "bool"] as DType[]) def(scalarTypes.get(dt)!, "__index__", (s: NPScalar) => Number(s.value));
for (const [dt, t] of scalarTypes) {
  t.ctor = (_cls, args) => {
    const v = args.length ? args[0] : 0;
    if (v instanceof NDArray || v instanceof PyList || v instanceof PyTuple) return toNd(v, dt);
    if (dt === "object") return v;
    if (typeof v === "string") {
      const x = dt === "bool" ? (v.length ? 1 : 0) : Number(v);
      if (x !== x && !/nan/i.test(v)) throw valueError(`could not convert string to float: '${v}'`);
      return new NPScalar(dt, N.castValue(x, dt));
    }
    const o = opnd(v);
    if (o === undefined) throw typeError(`${t.name}() argument must be a real number, not '${typeName(v)}'`);
    const arr = N.asarray(o);
    const val = arr.getFlat(0);
    if (dt === "bool") return new NPScalar("bool", truthy(v) ? 1 : 0);
    if ((dt === "uint8" || dt === "int32") && typeof v === "number" && N.castValue(v, dt) !== v) {
      throw exc(excTypes.get("OverflowError")!, `Python integer ${v} out of bounds for ${dt}`);
    }
    return new NPScalar(dt, N.castValue(Number(val), dt));
  };
  t.dict.set("__instancecheck__", undefined as any);
  t.dict.delete("__instancecheck__");
}

// dtype objects
def(dtypeType, "__repr__", (d: PyDtype) => `dtype('${d.dt === "object" ? "O" : d.dt}')`);
def(dtypeType, "__str__", (d: PyDtype) => d.dt);
def(dtypeType, "__eq__", (d: PyDtype, a) => { try { return toDType(a[0]) === d.dt; } catch { return false; } });
def(dtypeType, "__ne__", (d: PyDtype, a) => { try { return toDType(a[0]) !== d.dt; } catch { return true; } });
def(dtypeType, "__hash__", (d: PyDtype) => "dtype:" + d.dt);
prop(dtypeType, "name", (d: PyDtype) => d.dt);
prop(dtypeType, "itemsize", (d: PyDtype) => N.itemsize(d.dt));
prop(dtypeType, "kind", (d: PyDtype) => N.kindOf(d.dt).replace("O", "O"));
prop(dtypeType, "type", (d: PyDtype) => scalarTypes.get(d.dt));
dtypeType.ctor = (_c, a) => dtypeOf(toDType(a[0])!);

// ---------------------------------------------------------------- ndarray methods
function reduceCall(name: string, a: NDArray, args: any[], kw: KW): any {
  if (args.length === 0 && kw === null) {
    // no axis/options: skip argument parsing (np.mean(x), x.sum())
    switch (name) {
      case "sum": return N.sum(a, undefined, NOOPTS);
      case "mean": return N.mean(a, undefined, NOOPTS);
      case "max": return N.max(a, undefined, NOOPTS);
      case "min": return N.min(a, undefined, NOOPTS);
    }
  }
  const names = name === "std" || name === "var" ? ["axis", "dtype", "out", "ddof", "keepdims"] : name === "argmax" || name === "argmin" ? ["axis", "out", "keepdims"] : name === "cumsum" || name === "cumprod" ? ["axis", "dtype", "out"] : ["axis", "dtype", "out", "keepdims", "initial"];
  const p = parseArgs(name, args, kw, names);
  const o: any = {};
  const kd = p[names.indexOf("keepdims")], dt = p[names.indexOf("dtype")], dd = p[names.indexOf("ddof")], ini = p[names.indexOf("initial")];
  if (kd !== undefined) o.keepdims = truthy(kd);
  if (dt !== undefined && dt !== null) o.dtype = toDType(dt);
  if (dd !== undefined) o.ddof = num(dd);
  if (ini !== undefined) o.initial = num(ini);
  const axis = axisArg(p[0]);
  let r: any;
  switch (name) {
    case "sum": r = N.sum(a, axis, o); break;
    case "mean": r = N.mean(a, axis, o); break;
    case "max": case "amax": r = N.max(a, axis, o); break;
    case "min": case "amin": r = N.min(a, axis, o); break;
    case "prod": r = N.prod(a, axis, o); break;
    case "std": r = N.std(a, axis, o); break;
    case "var": r = N.var_(a, axis, o); break;
    case "all": r = N.all(a, axis, o); break;
    case "any": r = N.any(a, axis, o); break;
    case "argmax": r = N.argmax(a, axis as any, o); break;
    case "argmin": r = N.argmin(a, axis as any, o); break;
    case "cumsum": r = N.cumsum(a, axis as any, o.dtype); break;
    case "cumprod": r = N.cumprod(a, axis as any, o.dtype); break;
    case "ptp": r = N.ptp(a, axis, o); break;
    case "count_nonzero": r = N.count_nonzero(a, axis, o); break;
    default: throw typeError(name);
  }
  return r;
}
const NOOPTS = Object.freeze({}) as any;
const REDUCTIONS = ["sum", "mean", "max", "min", "prod", "std", "var", "all", "any", "argmax", "argmin", "cumsum", "cumprod", "ptp"];
for (const r of REDUCTIONS) def(ndarrayType, r, (s, a, kw) => reduceCall(r, s, a, kw));

function shapeFromArgs(a: any[]): number[] {
  if (a.length === 1 && (a[0] instanceof PyTuple || a[0] instanceof PyList)) return shapeArg(a[0]);
  const n = a.length, r = new Array(n);
  for (let i = 0; i < n; i++) { const x = a[i]; r[i] = typeof x === "number" ? x : toIndex(x); }
  return r;
}
function callNdMethod(m: string, s: NDArray, a: any[], kw: KW): any {
  const f = ndarrayType.dict.get(m) as PyMethodDescr;
  return f.fn(s, a, kw);
}
const nd = ndarrayType;
/** NumPy's order argument: 'F' means column-major; 'C', 'A' and 'K' read our (C-ordered) layouts row-major */
function orderArg(o: any): "C" | "F" {
  if (o === undefined || o === null) return "C";
  const v = pyStr(o);
  if (!["C", "F", "A", "K"].includes(v.toUpperCase()) || v.length !== 1) throw valueError(`order must be one of 'C', 'F', 'A', or 'K' (got '${v}')`);
  return v.toUpperCase() === "F" ? "F" : "C";
}
/** column-major reshape: the C-order reshape of the transposed array with the reversed shape, transposed back */
function reshapeOrder(s: NDArray, shape: number[], order: "C" | "F"): NDArray {
  if (order === "C") return N.reshape(s, shape);
  return N.transpose(N.reshape(N.transpose(s), shape.slice().reverse()));
}
const flatOrder = (s: NDArray, order: "C" | "F", copy: boolean) => (order === "F" ? N.flatten(N.transpose(s)) : copy ? N.flatten(s) : N.ravel(s));
def(nd, "reshape", (s: NDArray, a, kw) => {
  if (!a.length && kw?.has("shape")) a = [kw.get("shape")];
  return reshapeOrder(s, shapeFromArgs(a), orderArg(kw?.get("order")));
});
def(nd, "transpose", (s: NDArray, a) => (a.length === 0 || (a.length === 1 && a[0] === null) ? N.transpose(s) : N.transpose(s, shapeFromArgs(a))));
def(nd, "swapaxes", (s: NDArray, a) => N.swapaxes(s, toIndex(a[0]), toIndex(a[1])));
def(nd, "flatten", (s: NDArray, a, kw) => flatOrder(s, orderArg(a[0] ?? kw?.get("order")), true));
def(nd, "ravel", (s: NDArray, a, kw) => flatOrder(s, orderArg(a[0] ?? kw?.get("order")), false));
def(nd, "squeeze", (s: NDArray, a, kw) => N.squeeze(s, axisArg(a[0] ?? kw?.get("axis")) as any));
def(nd, "copy", (s: NDArray) => N.copy(s));
def(nd, "view", (s: NDArray) => s.view());
def(nd, "astype", (s: NDArray, a, kw) => N.astype(s, toDType(a[0] ?? kw?.get("dtype"))!, a.length > 1 ? truthy(a[1]) : kw?.has("copy") ? truthy(kw.get("copy")) : true));
def(nd, "dot", (s: NDArray, a) => N.dot(s, opnd(a[0])));
def(nd, "clip", (s: NDArray, a, kw) => { const p = parseArgs("clip", a, kw, ["min", "max", "out", "a_min", "a_max"]); const lo = p[0] ?? p[3] ?? null, hi = p[1] ?? p[4] ?? null; return N.clip(s, lo === null ? null : opnd(lo), hi === null ? null : opnd(hi)); });
def(nd, "round", (s: NDArray, a, kw) => N.around(s, a.length ? toIndex(a[0]) : kw?.has("decimals") ? toIndex(kw.get("decimals")) : 0));
def(nd, "tolist", (s: NDArray) => { chargeContainer(s.size, BYTES.converted, 300); return nestedToPy(s.dtype, N.tolist(s)); });
def(nd, "item", (s: NDArray, a) => jsToPy(s.dtype, N.item(s, ...(a.length === 1 && a[0] instanceof PyTuple ? a[0].items : a).map((x) => toIndex(x)))));
def(nd, "fill", (s: NDArray, a) => { N.setIndex(s, [{ kind: "ellipsis" }], opnd(a[0])); return null; });
def(nd, "sort", (s: NDArray, a, kw) => { const ax = a.length ? a[0] : kw?.get("axis"); const r = N.sort(s, ax === undefined ? -1 : (axisArg(ax) as any)); N.setIndex(s, [{ kind: "ellipsis" }], r); return null; });
def(nd, "argsort", (s: NDArray, a, kw) => { const ax = a.length ? a[0] : kw?.get("axis"); return N.argsort(s, ax === undefined ? -1 : (axisArg(ax) as any)); });
def(nd, "nonzero", (s: NDArray) => new PyTuple(N.nonzero(s)));
def(nd, "repeat", (s: NDArray, a, kw) => N.repeat(s, a[0] instanceof PyList || a[0] instanceof PyTuple ? shapeArg(a[0]) : toIndex(a[0]), (axisArg(a[1] ?? kw?.get("axis")) as any) ?? null));
def(nd, "trace", (s: NDArray) => N.trace(s));
def(nd, "diagonal", (s: NDArray) => N.diag(s));
def(nd, "conj", (s: NDArray) => s);
def(nd, "__len__", (s: NDArray) => { if (s.ndim === 0) throw typeError("len() of unsized object"); return s.shape[0]; });
def(nd, "__getitem__", (s: NDArray, a) => pyItem(N.getIndex(s, toSpec(a[0]))));
def(nd, "__setitem__", (s: NDArray, a) => { const v = a[1]; N.setIndex(s, toSpec(a[0]), v instanceof NDArray || v instanceof NPScalar || typeof v === "number" ? v : opnd(v) ?? v); return null; });
def(nd, "__iter__", (s: NDArray) => {
  if (s.ndim === 0) throw typeError("iteration over a 0-d array");
  let i = 0;
  const n = s.shape[0];
  return new PyIterator(() => (i < n ? pyItem(N.getIndex(s, [{ kind: "int", i: i++ }])) : undefined), "iterator");
});
def(nd, "__contains__", (s: NDArray, a) => truthy(N.any(N.asarray(N.binary("equal", s, opnd(a[0]))))));
def(nd, "__bool__", (s: NDArray) => {
  if (s.size === 1) return truthy(N.getIndex(N.ravel(s), [{ kind: "int", i: 0 }]));
  if (s.size === 0) throw valueError("The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.");
  throw valueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
});
def(nd, "__float__", (s: NDArray) => { if (s.ndim !== 0) throw typeError("only 0-dimensional arrays can be converted to Python scalars"); return new PyFloat(Number(s.getFlat(0))); });
def(nd, "__int__", (s: NDArray) => { if (s.ndim !== 0) throw typeError("only 0-dimensional arrays can be converted to Python scalars"); const v = Number(s.getFlat(0)); if (v !== v) throw valueError("cannot convert float NaN to integer"); return Math.trunc(v); });
def(nd, "__index__", (s: NDArray) => { if (s.ndim !== 0 || !N.isInt(s.dtype)) throw typeError("only integer scalar arrays can be converted to a scalar index"); return s.getFlat(0); });
def(nd, "__repr__", (s: NDArray) => N.arrayRepr(s));
def(nd, "__str__", (s: NDArray) => N.arrayStr(s));
def(nd, "__format__", (s: NDArray, a) => { if (pyStr(a[0]) === "") return N.arrayStr(s); if (s.ndim === 0) return formatNumber(Number(s.getFlat(0)), a[0], !N.isFloat(s.dtype)); throw typeError("unsupported format string passed to numpy.ndarray.__format__"); });
def(nd, "__copy__", (s: NDArray) => N.copy(s));
def(nd, "__deepcopy__", (s: NDArray) => N.copy(s));
nd.dict.set("__hash__", null);
prop(nd, "shape", (s: NDArray) => new PyTuple(s.shape.slice()), (s: NDArray, v) => { const r = N.reshape(s, shapeArg(v)); if (r.data !== s.data) throw exc(excTypes.get("AttributeError")!, "Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape."); s.shape = r.shape; s.strides = r.strides; });
prop(nd, "ndim", (s: NDArray) => s.ndim);
prop(nd, "size", (s: NDArray) => s.size);
prop(nd, "dtype", (s: NDArray) => dtypeOf(s.dtype));
prop(nd, "T", (s: NDArray) => s.T);
// a view's base is the array that owns the memory (NumPy collapses chains of views); a copy has none
prop(nd, "base", (s: NDArray) => s.base ?? null);
const flagsType = new PyType("flagsobj", [objectType]);
flagsType.module = "numpy";
function fContiguous(a: NDArray): boolean {
  if (a.size === 0) return true;
  let expected = 1;
  for (let i = 0; i < a.ndim; i++) {
    if (a.shape[i] !== 1 && a.strides[i] !== expected) return false;
    expected *= a.shape[i]!;
  }
  return true;
}
const FLAG_NAMES: Record<string, string> = { C: "C_CONTIGUOUS", F: "F_CONTIGUOUS", O: "OWNDATA", W: "WRITEABLE", A: "ALIGNED", X: "WRITEBACKIFCOPY", CONTIGUOUS: "C_CONTIGUOUS", FORTRAN: "F_CONTIGUOUS" };
function flagValue(a: NDArray, key: string): boolean {
  switch (FLAG_NAMES[key] ?? key) {
    case "C_CONTIGUOUS": return a.contig;
    case "F_CONTIGUOUS": return fContiguous(a);
    case "OWNDATA": return !a.base;
    case "WRITEABLE": return a.writeable;
    case "ALIGNED": return true;
    case "WRITEBACKIFCOPY": return false;
    default: throw exc(excTypes.get("KeyError")!, `Unknown flag ${key}`);
  }
}
prop(nd, "flags", (s: NDArray) => { const f = new PyInstance(flagsType) as any; f.arr = s; return f; });
flagsType.dict.set("__getitem__", new PyMethodDescr("__getitem__", (f: any, a) => flagValue(f.arr, pyStr(a[0]))));
flagsType.dict.set("__repr__", new PyMethodDescr("__repr__", (f: any) =>
  ["C_CONTIGUOUS", "F_CONTIGUOUS", "OWNDATA", "WRITEABLE", "ALIGNED", "WRITEBACKIFCOPY"].map((k) => `  ${k} : ${flagValue(f.arr, k) ? "True" : "False"}`).join("\n") + "\n"));
for (const [attr, key] of [["c_contiguous", "C_CONTIGUOUS"], ["f_contiguous", "F_CONTIGUOUS"], ["owndata", "OWNDATA"], ["aligned", "ALIGNED"], ["writeable", "WRITEABLE"]] as const) {
  prop(flagsType, attr, (f: any) => flagValue(f.arr, key), attr === "writeable" ? (f: any, v) => { f.arr.writeable = truthy(v); } : undefined);
}
prop(nd, "itemsize", (s: NDArray) => N.itemsize(s.dtype));
prop(nd, "nbytes", (s: NDArray) => N.itemsize(s.dtype) * s.size);
prop(nd, "flat", (s: NDArray) => N.ravel(s));
prop(nd, "real", (s: NDArray) => s);
prop(nd, "strides", (s: NDArray) => new PyTuple(s.strides.map((x) => x * N.itemsize(s.dtype))));

// ---------------------------------------------------------------- nditer (multi_index iteration)
class NdIter { i = 0; constructor(public arr: NDArray) {} }
const nditerType = new PyType("nditer", [objectType]);
nditerType.module = "numpy";
(NdIter.prototype as any).pyType = nditerType;
nditerType.ctor = (_c, a) => new NdIter(toNd(a[0]));
const iterIdx = (it: NdIter): number[] => {
  const shape = it.arr.shape, idx: number[] = new Array(shape.length);
  let r = it.i;
  for (let k = shape.length - 1; k >= 0; k--) { idx[k] = r % shape[k]; r = Math.floor(r / shape[k]); }
  return idx;
};
prop(nditerType, "finished", (it: NdIter) => it.i >= it.arr.size);
prop(nditerType, "multi_index", (it: NdIter) => new PyTuple(iterIdx(it)));
prop(nditerType, "index", (it: NdIter) => it.i);
prop(nditerType, "value", (it: NdIter) => N.getIndex(it.arr, iterIdx(it).map((x) => ({ kind: "int" as const, i: x }))));
def(nditerType, "iternext", (it: NdIter) => { it.i++; return it.i < it.arr.size; });
def(nditerType, "__iter__", (it: NdIter) => new PyIterator(() => { if (it.i >= it.arr.size) return undefined; const v = N.getIndex(it.arr, iterIdx(it).map((x) => ({ kind: "int" as const, i: x }))); it.i++; return v; }, "nditer"));
def(nditerType, "__enter__", (it) => it);
def(nditerType, "__exit__", () => false);

// ---------------------------------------------------------------- module
let warned = new Set<string>();

function ufunc1(name: string, opName = name) {
  const uo = N.UNOPS[opName];
  return new PyUfunc(name, (a, kw) => {
    if (a.length < 1) throw typeError(`${name}() takes from 1 to 2 positional arguments but 0 were given`);
    const out = kw?.get("out") ?? (a.length > 1 ? a[1] : null);
    const x = opnd(a[0]);
    if (x === undefined) throw typeError(`loop of ufunc does not support argument 0 of type ${typeName(a[0])} which has no callable ${name} method`);
    return N.unary(uo ?? opName, x, out instanceof NDArray ? out : null);
  }, 1);
}
function ufunc2(name: string, opName = name) {
  const bo = N.BINOPS[opName];
  return new PyUfunc(name, (a, kw) => {
    if (a.length < 2) throw typeError(`${name}() takes from 2 to 3 positional arguments but ${a.length} were given`);
    const out = kw?.get("out") ?? (a.length > 2 ? a[2] : null);
    const x = opnd(a[0]), y = opnd(a[1]);
    if (x === undefined || y === undefined) throw typeError(`unsupported operand type(s) for ${name}: '${typeName(a[0])}' and '${typeName(a[1])}'`);
    return N.binary(bo ?? opName, x, y, out instanceof NDArray ? out : null);
  }, 2);
}
def(ufuncType, "__call__", (u: PyUfunc, a, kw) => u.fn(a, kw));
def(ufuncType, "__repr__", (u: PyUfunc) => `<ufunc '${u.name}'>`);
def(ufuncType, "at", (u: PyUfunc, a) => { N.ufuncAt(u.name, a[0], toSpec(a[1]), a.length > 2 ? opnd(a[2]) : undefined); return null; });
def(ufuncType, "reduce", (u: PyUfunc, a, kw) => {
  const arr = toNd(a[0]);
  const axis = a.length > 1 ? axisArg(a[1]) : kw?.has("axis") ? axisArg(kw.get("axis")) : 0;
  if (u.name === "add") return N.sum(arr, axis);
  if (u.name === "multiply") return N.prod(arr, axis);
  if (u.name === "maximum") return N.max(arr, axis);
  if (u.name === "minimum") return N.min(arr, axis);
  if (u.name === "logical_and") return N.all(arr, axis);
  if (u.name === "logical_or") return N.any(arr, axis);
  throw typeError(`reduce not supported for ${u.name}`);
});
def(ufuncType, "accumulate", (u: PyUfunc, a, kw) => {
  let arr = toNd(a[0]);
  if (arr.ndim === 0) throw typeError("cannot accumulate on a scalar");
  const raw = a.length > 1 ? a[1] : kw?.has("axis") ? kw.get("axis") : 0;
  const axis = raw === null ? null : toIndex(raw);
  if (axis === null) arr = N.ravel(arr);
  const ax = axis === null ? 0 : axis < 0 ? axis + arr.ndim : axis;
  if (ax < 0 || ax >= arr.ndim) throw new N.NPError("AxisError", `axis ${axis} is out of bounds for array of dimension ${arr.ndim}`);
  // add / multiply accumulate exactly as cumsum / cumprod (same dtype rules: booleans count as integers)
  if (u.name === "add") return N.cumsum(arr, ax);
  if (u.name === "multiply") return N.cumprod(arr, ax);
  const front = N.moveaxis(arr, ax, 0);
  const parts: NDArray[] = [];
  let prev: NDArray | NPScalar = N.getIndex(front, [{ kind: "int", i: 0 }]);
  parts.push(N.asarray(prev));
  for (let i = 1; i < front.shape[0]; i++) {
    prev = N.binary(u.name, prev, N.getIndex(front, [{ kind: "int", i }]));
    parts.push(N.asarray(prev));
  }
  return N.ascontiguousarray(N.moveaxis(N.stack(parts, 0), 0, ax));
});
def(ufuncType, "outer", (u: PyUfunc, a) => { const x = toNd(a[0]), y = toNd(a[1]); return N.binary(u.name, N.reshape(x, [...x.shape, ...y.shape.map(() => 1)]), y); });
prop(ufuncType, "__name__", (u: PyUfunc) => u.name);

function makeRandom(getRS: () => RandomState, name: string): PyModule {
  const m = new PyModule(name);
  const fn = (n: string, f: (a: any[], kw: KW) => any) => m.dict.set(n, new PyBuiltin(n, f));
  const sizeOf = (v: any): number[] | null => (v === undefined || v === null ? null : shapeArg(v));
  const wrapF = (data: Float64Array, shape: number[] | null, dt: DType = "float64"): any => {
    if (shape === null) return dt === "float64" ? new PyFloat(data[0]) : data[0];
    return new NDArray(dt, shape, dt === "float64" || dt === "int64" ? data : N.astype(new NDArray("float64", shape, data), dt).data);
  };
  const count = (s: number[] | null) => { const n = s === null ? 1 : s.reduce((x, y) => x * y, 1); checkAlloc(n * 8); if (n > 4096) chargeSteps(n / 32); return n; };
  fn("seed", (a) => { const s = a[0] ?? null; getRS().seed(s === null ? null : s instanceof NDArray || s instanceof PyList ? (iterToArray(s).map((x) => num(x))) : typeof s === "bigint" ? s : toIndex(s)); return null; });
  fn("rand", (a) => { const s = a.length ? a.map((x) => toIndex(x)) : null; return wrapF(getRS().randomSample(count(s)), s); });
  fn("randn", (a) => { const s = a.length ? a.map((x) => toIndex(x)) : null; return wrapF(getRS().standardNormal(count(s)), s); });
  for (const n of ["random", "random_sample", "sample", "ranf"]) fn(n, (a, kw) => { const s = sizeOf(a[0] ?? kw?.get("size")); return wrapF(getRS().randomSample(count(s)), s); });
  fn("standard_normal", (a, kw) => { const s = sizeOf(a[0] ?? kw?.get("size")); return wrapF(getRS().standardNormal(count(s)), s); });
  fn("normal", (a, kw) => {
    const p = parseArgs("normal", a, kw, ["loc", "scale", "size"]);
    const loc = p[0] ?? 0, scale = p[1] ?? 1;
    const s = sizeOf(p[2]);
    if (loc instanceof NDArray || scale instanceof NDArray || loc instanceof PyList || scale instanceof PyList || loc instanceof PyTuple || scale instanceof PyTuple) {
      const L = toNd(loc, "float64"), S = toNd(scale, "float64");
      const shape = s ?? N.broadcastShapes(L.shape, S.shape);
      const z = new NDArray("float64", shape, getRS().standardNormal(count(shape)));
      return N.add(N.multiply(z, S), L);
    }
    return wrapF(getRS().normal(num(loc), num(scale), count(s)), s);
  });
  fn("uniform", (a, kw) => {
    const p = parseArgs("uniform", a, kw, ["low", "high", "size"]);
    const s = sizeOf(p[2]);
    const lo = p[0] ?? 0, hi = p[1] ?? 1;
    if (lo instanceof NDArray || hi instanceof NDArray || lo instanceof PyList || hi instanceof PyList || lo instanceof PyTuple || hi instanceof PyTuple) {
      const L = toNd(lo, "float64"), H = toNd(hi, "float64");
      const shape = s ?? N.broadcastShapes(L.shape, H.shape);
      const z = new NDArray("float64", shape, getRS().randomSample(count(shape)));
      return N.add(L, N.multiply(N.subtract(H, L), z));
    }
    return wrapF(getRS().uniform(num(lo), num(hi), count(s)), s);
  });
  fn("randint", (a, kw) => {
    const p = parseArgs("randint", a, kw, ["low", "high", "size", "dtype"], 1);
    const lo = p[0], hi = p[1] ?? null;
    const toInt = (v: any) => (v instanceof PyFloat ? Math.trunc(v.v) : typeof v === "bigint" ? v : v instanceof NPScalar ? Number(v.value) : toIndex(v));
    const s = sizeOf(p[2]);
    const dt = toDType(p[3]) ?? "int64";
    const data = getRS().randint(toInt(lo), hi === null ? null : toInt(hi), count(s));
    if (s === null) return p[3] !== undefined ? new NPScalar(dt, data[0]) : data[0];
    return wrapF(data, s, dt);
  });
  fn("choice", (a, kw) => {
    const p = parseArgs("choice", a, kw, ["a", "size", "replace", "p"], 1);
    const s = sizeOf(p[1]);
    const replace = p[2] === undefined ? true : truthy(p[2]);
    const probs = p[3] === undefined || p[3] === null ? null : Array.from(N.astype(toNd(p[3]), "float64").data as Float64Array);
    const n = count(s);
    if (typeof p[0] === "number" || typeof p[0] === "bigint" || p[0] instanceof NPScalar) {
      const idx = getRS().choiceIndices(num(p[0]), n, replace, probs, true);
      if (s === null) return new NPScalar("int64", idx[0]);
      return new NDArray("int64", s, idx);
    }
    const arr = toNd(p[0]);
    if (arr.ndim !== 1) throw valueError("a must be 1-dimensional");
    const idx = getRS().choiceIndices(arr.size, n, replace, probs, false);
    const taken = N.getIndex(arr, [{ kind: "array", arr: new NDArray("int64", [n], idx) }]) as NDArray;
    if (s === null) return N.getIndex(taken, [{ kind: "int", i: 0 }]);
    return N.reshape(taken, s);
  });
  fn("permutation", (a) => {
    const x = a[0];
    if (typeof x === "number") { checkAlloc(x * 8); chargeLoop(x); return new NDArray("int64", [x], getRS().permutation(x)); }
    const arr = N.copy(toNd(x));
    shuffleInPlace(getRS(), arr);
    return arr;
  });
  fn("shuffle", (a) => {
    const x = a[0];
    if (x instanceof PyList) { getRS().shuffleSwaps(x.items.length, (i, j) => { const t = x.items[i]; x.items[i] = x.items[j]; x.items[j] = t; }); return null; }
    if (x instanceof NDArray) { shuffleInPlace(getRS(), x); return null; }
    throw typeError("shuffle expects a list or ndarray");
  });
  fn("binomial", (a, kw) => { const p = parseArgs("binomial", a, kw, ["n", "p", "size"], 2); const s = sizeOf(p[2]); const d = getRS().binomial(num(p[0]), num(p[1]), count(s)); return s === null ? d[0] : new NDArray("int64", s, d); });
  fn("poisson", (a, kw) => { const p = parseArgs("poisson", a, kw, ["lam", "size"]); const s = sizeOf(p[1]); const d = getRS().poisson(num(p[0] ?? 1), count(s)); return s === null ? d[0] : new NDArray("int64", s, d); });
  fn("exponential", (a, kw) => { const p = parseArgs("exponential", a, kw, ["scale", "size"]); const s = sizeOf(p[1]); return wrapF(exponentialN(getRS(), p[0] === undefined ? 1 : num(p[0]), count(s)), s); });
  fn("standard_exponential", (a, kw) => { const s = sizeOf(parseArgs("standard_exponential", a, kw, ["size"])[0]); return wrapF(exponentialN(getRS(), 1, count(s)), s); });
  fn("gamma", (a, kw) => { const p = parseArgs("gamma", a, kw, ["shape", "scale", "size"], 1); const s = sizeOf(p[2]); return wrapF(gammaN(getRS(), num(p[0]), p[1] === undefined ? 1 : num(p[1]), count(s)), s); });
  fn("standard_gamma", (a, kw) => { const p = parseArgs("standard_gamma", a, kw, ["shape", "size"], 1); const s = sizeOf(p[1]); return wrapF(gammaN(getRS(), num(p[0]), 1, count(s)), s); });
  fn("beta", (a, kw) => { const p = parseArgs("beta", a, kw, ["a", "b", "size"], 2); const s = sizeOf(p[2]); return wrapF(betaN(getRS(), num(p[0]), num(p[1]), count(s)), s); });
  fn("multinomial", (a, kw) => {
    const p = parseArgs("multinomial", a, kw, ["n", "pvals", "size"], 2);
    const pv = Float64Array.from(N.tolist(N.ravel(toNd(p[1], "float64"))) as number[]);
    const s = sizeOf(p[2]);
    const rows = count(s);
    return new NDArray("int64", [...(s ?? []), pv.length], multinomialN(getRS(), toIndex(p[0]), pv, rows));
  });
  fn("get_state", () => { const st = getRS().getState() as any; return new PyTuple(["MT19937", new NDArray("int64", [st.key.length], Float64Array.from(st.key)), st.pos, st.hasGauss ? 1 : 0, new PyFloat(st.gauss ?? 0)]); });
  fn("set_state", (a) => { const t = a[0] as PyTuple; getRS().setState({ key: Array.from((t.items[1] as NDArray).data as any), pos: toIndex(t.items[2]), hasGauss: toIndex(t.items[3] ?? 0), gauss: toNum(t.items[4] ?? new PyFloat(0)) }); return null; });
  return m;
}
function shuffleInPlace(r: RandomState, arr: NDArray): void {
  if (arr.ndim === 0) throw typeError("object of type 'numpy.ndarray' has no len()");
  const n = arr.shape[0];
  if (arr.ndim === 1) {
    const d = arr.data as any, st = arr.strides[0], o = arr.offset;
    r.shuffleSwaps(n, (i, j) => { const t = d[o + i * st]; d[o + i * st] = d[o + j * st]; d[o + j * st] = t; });
  } else {
    r.shuffleSwaps(n, (i, j) => {
      const a = N.copy(N.getIndex(arr, [{ kind: "int", i }]) as NDArray);
      N.setIndex(arr, [{ kind: "int", i }], N.getIndex(arr, [{ kind: "int", i: j }]));
      N.setIndex(arr, [{ kind: "int", i: j }], a);
    });
  }
}

// np.seterr / np.geterr / np.errstate: floating-point conditions ignored, warned about or raised (FloatingPointError)
const ERR_KEYS = ["divide", "over", "under", "invalid"] as const;
const ERR_MODES = new Set(["ignore", "warn", "raise", "call", "print", "log"]);
function errDict(s: N.ErrState): PyDict {
  const dd = new PyDict();
  for (const k of ERR_KEYS) dd.map.set(k, [k, s[k]]);
  return dd;
}
function errSettings(all: unknown, kw: KW | null | undefined): Partial<N.ErrState> {
  const out: Partial<N.ErrState> = {};
  const mode = (v: unknown): N.ErrMode => {
    const m = pyStr(v);
    if (!ERR_MODES.has(m)) throw valueError(`invalid error mode '${m}'`);
    return m as N.ErrMode;
  };
  if (all !== undefined && all !== null) for (const k of ERR_KEYS) out[k] = mode(all);
  for (const [k, v] of kw ?? []) {
    if (k === "all") continue;
    if (!(ERR_KEYS as readonly string[]).includes(k)) throw typeError(`seterr() got an unexpected keyword argument '${k}'`);
    if (v !== null) out[k as (typeof ERR_KEYS)[number]] = mode(v);
  }
  return out;
}
const errstateType = new PyType("errstate", [objectType]);
errstateType.module = "numpy";
errstateType.ctor = (_c, a, kw) => {
  const inst = new PyInstance(errstateType) as any;
  inst.settings = errSettings(a[0] ?? kw?.get("all"), kw);
  return inst;
};
errstateType.dict.set("__enter__", new PyMethodDescr("__enter__", (self: any) => { self.saved = N.getErrState(); N.setErrState(self.settings); return null; }));
errstateType.dict.set("__exit__", new PyMethodDescr("__exit__", (self: any) => { if (self.saved) N.setErrState(self.saved); return false; }));

const rsType = new PyType("RandomState", [objectType]);
rsType.module = "numpy.random.mtrand";
rsType.ctor = (_c, a, kw) => {
  const inst = new PyInstance(rsType);
  const sd = a[0] ?? kw?.get("seed") ?? null;
  const r = new RandomState(sd === null ? null : toIndex(sd));
  const mod = makeRandom(() => r, "RandomState");
  for (const [k, v] of mod.dict) inst.dict.set(k, v);
  return inst;
};

function arrList(v: any): NDArray[] {
  return iterToArray(v).map((x) => toNd(x));
}

function makeNumpy(): PyModule {
  const m = new PyModule("numpy");
  const d = m.dict;
  const fn = (n: string, f: (a: any[], kw: KW) => any) => d.set(n, new PyBuiltin(n, f));
  d.set("ndarray", ndarrayType);
  d.set("generic", genericType);
  d.set("dtype", dtypeType);
  d.set("ufunc", ufuncType);
  for (const [dt, t] of scalarTypes) d.set(dt === "bool" ? "bool_" : dt === "object" ? "object_" : dt, t);
  d.set("bool", scalarTypes.get("bool"));
  d.set("double", scalarTypes.get("float64"));
  d.set("single", scalarTypes.get("float32"));
  d.set("int_", scalarTypes.get("int64"));
  d.set("intp", scalarTypes.get("int64"));
  d.set("ubyte", scalarTypes.get("uint8"));
  d.set("floating", genericType); d.set("integer", genericType); d.set("number", genericType);
  d.set("pi", new PyFloat(Math.PI)); d.set("e", new PyFloat(Math.E)); d.set("inf", new PyFloat(Infinity)); d.set("nan", new PyFloat(NaN));
  d.set("newaxis", null);
  d.set("True_", new NPScalar("bool", 1)); d.set("False_", new NPScalar("bool", 0));
  d.set("__version__", "2.4.6"); // the NumPy the corpus is recorded with (tests/engine/corpus/VERSIONS.json)
  const state = { rs: new RandomState() };
  d.set("random", makeRandom(() => state.rs, "numpy.random"));
  (d.get("random") as PyModule).dict.set("RandomState", rsType);
  addGenerator(d.get("random") as PyModule);
  // creation
  const shapeDt = (name: string, f: (shape: number[], dt: DType) => NDArray) => fn(name, (a, kw) => {
    const p = parseArgs(name, a, kw, ["shape", "dtype", "order"], 1);
    const sh = shapeArg(p[0]);
    const dt = toDType(p[1]) ?? "float64";
    checkAlloc(sh.reduce((x, y) => x * y, 1) * N.itemsize(dt));
    return f(sh, dt);
  });
  shapeDt("zeros", N.zeros); shapeDt("ones", N.ones); shapeDt("empty", N.empty);
  fn("full", (a, kw) => { const p = parseArgs("full", a, kw, ["shape", "fill_value", "dtype"], 2); const sh = shapeArg(p[0]); checkAlloc(sh.reduce((x, y) => x * y, 1) * 8); return N.full(sh, opnd(p[1]) ?? p[1], toDType(p[2])); });
  const like = (name: string, f: (a: NDArray, dt?: DType | null) => NDArray) => fn(name, (a, kw) => { const p = parseArgs(name, a, kw, ["a", "dtype"], 1); return f(toNd(p[0]), toDType(p[1])); });
  like("zeros_like", N.zeros_like); like("ones_like", N.ones_like); like("empty_like", N.empty_like);
  fn("full_like", (a, kw) => { const p = parseArgs("full_like", a, kw, ["a", "fill_value", "dtype"], 2); return N.full_like(toNd(p[0]), opnd(p[1]), toDType(p[2])); });
  fn("array", (a, kw) => {
    if (kw === null && a.length === 1 && a[0] instanceof PyList) {
      // np.array([s0, s1, …]) of NumPy scalars of one numeric dtype: a 1-D array of that dtype (what N.array infers)
      const it = a[0].items, n = it.length;
      const s0 = n > 0 ? it[0] : null;
      if (s0 instanceof NPScalar && s0.dtype !== "object") {
        const dt = s0.dtype;
        let same = true;
        for (let i = 1; i < n; i++) { const x = it[i]; if (!(x instanceof NPScalar) || x.dtype !== dt) { same = false; break; } }
        if (same) {
          const r = N.emptyArray(dt, [n]);
          const d = r.data as any;
          for (let i = 0; i < n; i++) d[i] = (it[i] as NPScalar).value;
          return r;
        }
      }
    }
    const p = parseArgs("array", a, kw, ["object", "dtype", "copy", "order", "subok", "ndmin"], 1);
    const dt = toDType(p[1]);
    const jsv = pyToJS(p[0]);
    return N.array(jsv, dt, { copy: p[2] === undefined ? true : truthy(p[2]), ndmin: p[5] === undefined ? 0 : toIndex(p[5]) });
  });
  fn("asarray", (a, kw) => { const p = parseArgs("asarray", a, kw, ["a", "dtype", "order"], 1); return toNd(p[0], toDType(p[1])); });
  fn("ascontiguousarray", (a) => N.ascontiguousarray(toNd(a[0])));
  fn("copy", (a) => N.copy(toNd(a[0])));
  fn("arange", (a, kw) => {
    const p = parseArgs("arange", a, kw, ["start", "stop", "step", "dtype"], 1);
    const o = (v: any) => {
      if (v === undefined || v === null) return null;
      const x = opnd(v);
      if (x === undefined) throw typeError(`unsupported operand type(s) for -: '${typeName(v)}' and 'int'`);
      return x;
    };
    const r = N.arange(o(p[0]), o(p[1]), o(p[2]), toDType(p[3]));
    checkAlloc(r.size * 8);
    return r;
  });
  fn("linspace", (a, kw) => {
    const p = parseArgs("linspace", a, kw, ["start", "stop", "num", "endpoint", "retstep", "dtype"], 2);
    const n = p[2] === undefined ? 50 : toIndex(p[2]);
    checkAlloc(n * 8);
    const r = N.linspace(num(p[0]), num(p[1]), n, p[3] === undefined ? true : truthy(p[3]), toDType(p[5]));
    if (p[4] !== undefined && truthy(p[4])) return new PyTuple([r, new PyFloat(N.linspaceStep(num(p[0]), num(p[1]), n, p[3] === undefined ? true : truthy(p[3])))]);
    return r;
  });
  fn("eye", (a, kw) => { const p = parseArgs("eye", a, kw, ["N", "M", "k", "dtype"], 1); return N.eye(toIndex(p[0]), p[1] === undefined || p[1] === null ? null : toIndex(p[1]), p[2] === undefined ? 0 : toIndex(p[2]), toDType(p[3]) ?? "float64"); });
  fn("identity", (a, kw) => { const p = parseArgs("identity", a, kw, ["n", "dtype"], 1); return N.identity(toIndex(p[0]), toDType(p[1]) ?? "float64"); });
  // ufuncs
  const U1 = ["negative", "positive", "absolute", "sign", "sqrt", "square", "reciprocal", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "floor", "ceil", "trunc", "rint", "isnan", "isinf", "isfinite", "signbit", "logical_not", "invert", "cbrt", "deg2rad", "rad2deg", "degrees", "radians", "fabs"];
  for (const n of U1) if ((N.UNOPS as any)[n]) d.set(n, ufunc1(n));
  d.set("abs", ufunc1("absolute"));
  const U2 = Object.keys(N.BINOPS);
  for (const n of U2) d.set(n, ufunc2(n));
  if (!d.has("divide")) d.set("divide", ufunc2("divide"));
  d.set("true_divide", ufunc2("divide"));
  d.set("mod", ufunc2("remainder"));
  d.set("bitwise_not", ufunc1("invert"));
  const round = (a: any[], kw: KW) => { const p = parseArgs("round", a, kw, ["a", "decimals", "out"], 1); const x = opnd(p[0]); return N.around(x, p[1] === undefined ? 0 : toIndex(p[1]), p[2] instanceof NDArray ? p[2] : null); };
  fn("round", round); fn("around", round);
  fn("clip", (a, kw) => { const p = parseArgs("clip", a, kw, ["a", "a_min", "a_max", "out"], 1); return N.clip(opnd(p[0]), p[1] === null || p[1] === undefined ? null : opnd(p[1]), p[2] === null || p[2] === undefined ? null : opnd(p[2]), p[3] instanceof NDArray ? p[3] : null); });
  fn("where", (a) => { if (a.length === 1) return new PyTuple(N.nonzero(toNd(a[0]))); if (a.length !== 3) throw valueError("either both or neither of x and y should be given"); return N.where3(opndStrict(a[0]), opndStrict(a[1]), opndStrict(a[2])); });
  fn("nonzero", (a) => new PyTuple(N.nonzero(toNd(a[0]))));
  fn("isclose", (a, kw) => { const p = parseArgs("isclose", a, kw, ["a", "b", "rtol", "atol", "equal_nan"], 2); return N.isclose(opnd(p[0]), opnd(p[1]), p[2] === undefined ? 1e-5 : num(p[2]), p[3] === undefined ? 1e-8 : num(p[3]), p[4] === undefined ? false : truthy(p[4])); });
  fn("allclose", (a, kw) => { const p = parseArgs("allclose", a, kw, ["a", "b", "rtol", "atol", "equal_nan"], 2); const r = N.isclose(opnd(p[0]), opnd(p[1]), p[2] === undefined ? 1e-5 : num(p[2]), p[3] === undefined ? 1e-8 : num(p[3]), p[4] === undefined ? false : truthy(p[4])); return truthy(r instanceof NDArray ? N.all(r) : r); });
  fn("array_equal", (a) => { const x = toNd(a[0]), y = toNd(a[1]); if (x.shape.length !== y.shape.length || x.shape.some((s, i) => s !== y.shape[i])) return false; return truthy(N.all(N.asarray(N.binary("equal", x, y)))); });
  // reductions
  for (const r of [...REDUCTIONS, "amax", "amin", "count_nonzero"]) {
    fn(r, (a, kw) => {
      if (!a.length && !kw?.has("a")) throw typeError(`${r}() missing required argument 'a' (pos 1)`);
      const arr = toNd(a.length ? a[0] : kw!.get("a"));
      let k2 = kw;
      if (kw?.has("a")) { k2 = new Map(kw); k2.delete("a"); }
      return reduceCall(r, arr, a.slice(1), k2);
    });
  }
  fn("median", (a, kw) => {
    const p = parseArgs("median", a, kw, ["a", "axis", "out", "overwrite_input", "keepdims"], 1);
    const arr = N.astype(toNd(p[0]), "float64");
    const ax = axisArg(p[1]);
    if (ax === null) {
      const s = N.sort(N.ravel(arr), -1);
      const n = s.size;
      if (!n) return new NPScalar("float64", NaN);
      const v = n % 2 ? s.getFlat((n - 1) / 2) : (s.getFlat(n / 2 - 1) + s.getFlat(n / 2)) / 2;
      return new NPScalar("float64", v);
    }
    const axn = ax as number;
    const s = N.sort(arr, axn);
    const n = s.shape[axn < 0 ? axn + s.ndim : axn];
    const sl = (i: number) => N.getIndex(s, [...Array((axn < 0 ? axn + s.ndim : axn)).fill({ kind: "slice" }), { kind: "int", i }]);
    if (n % 2) return sl((n - 1) / 2);
    return N.binary("divide", N.binary("add", sl(n / 2 - 1), sl(n / 2)), 2);
  });
  fn("average", (a, kw) => {
    const p = parseArgs("average", a, kw, ["a", "axis", "weights"], 1);
    const arr = toNd(p[0]);
    if (p[2] === undefined || p[2] === null) return N.mean(arr, axisArg(p[1]));
    const w = toNd(p[2]);
    return N.binary("divide", N.sum(N.binary("multiply", arr, w) as NDArray, axisArg(p[1])), N.sum(w, axisArg(p[1])));
  });
  // linalg
  fn("dot", (a, kw) => { const p = parseArgs("dot", a, kw, ["a", "b", "out"], 2); return N.dot(opnd(p[0]), opnd(p[1])); });
  fn("matmul", (a) => N.matmul(opnd(a[0]), opnd(a[1])));
  fn("outer", (a) => N.outer(opnd(a[0]), opnd(a[1])));
  fn("inner", (a) => N.inner(opnd(a[0]), opnd(a[1])));
  fn("vdot", (a) => N.vdot(opnd(a[0]), opnd(a[1])));
  fn("tensordot", (a, kw) => { const p = parseArgs("tensordot", a, kw, ["a", "b", "axes"], 2); const ax = p[2]; return N.tensordot(opnd(p[0]), opnd(p[1]), ax === undefined ? 2 : typeof ax === "number" ? ax : (iterToArray(ax).map((x) => (isNumber(x) ? [toIndex(x)] : iterToArray(x).map((y) => toIndex(y)))) as any)); });
  fn("trace", (a) => N.trace(toNd(a[0]), a[1] === undefined ? 0 : toIndex(a[1])));
  const linalg = new PyModule("numpy.linalg");
  const lf = (n: string, f: (a: any[], kw: KW) => any) => linalg.dict.set(n, new PyBuiltin(n, f));
  lf("norm", (a, kw) => {
    const p = parseArgs("norm", a, kw, ["x", "ord", "axis", "keepdims"], 1);
    const ord = p[1] === undefined || p[1] === null ? null : typeof p[1] === "string" ? p[1] : num(p[1]);
    return N.norm(toNd(p[0]), ord as any, axisArg(p[2]) as any, p[3] === undefined ? false : truthy(p[3]));
  });
  lf("det", (a) => N.det(toNd(a[0])));
  lf("inv", (a) => N.inv(toNd(a[0])));
  lf("solve", (a) => N.solve(toNd(a[0]), toNd(a[1])));
  lf("eigh", (a) => new PyTuple(N.eigh(toNd(a[0]))));
  lf("matrix_rank", (a) => { const sv = N.singularValues(toNd(a[0])); const mx = Math.max(...sv, 0); const x = toNd(a[0]); return sv.filter((s) => s > mx * Math.max(...x.shape) * 2.220446049250313e-16).length; });
  linalg.dict.set("LinAlgError", excTypes.get("LinAlgError"));
  d.set("linalg", linalg);
  addExtras(d, linalg, ndarrayType);
  const exceptions = new PyModule("numpy.exceptions");
  exceptions.dict.set("AxisError", excTypes.get("AxisError"));
  d.set("exceptions", exceptions);
  d.set("AxisError", excTypes.get("AxisError"));
  // shape
  fn("reshape", (a, kw) => { const p = parseArgs("reshape", a, kw, ["a", "newshape", "order", "shape"], 1); return reshapeOrder(toNd(p[0]), shapeArg(p[1] ?? p[3]), orderArg(p[2])); });
  fn("transpose", (a, kw) => { const p = parseArgs("transpose", a, kw, ["a", "axes"], 1); return N.transpose(toNd(p[0]), p[1] === undefined || p[1] === null ? null : shapeArg(p[1])); });
  fn("swapaxes", (a) => N.swapaxes(toNd(a[0]), toIndex(a[1]), toIndex(a[2])));
  fn("moveaxis", (a) => N.moveaxis(toNd(a[0]), axisArg(a[1]) as any, axisArg(a[2]) as any));
  fn("ravel", (a, kw) => flatOrder(toNd(a[0]), orderArg(a[1] ?? kw?.get("order")), false));
  fn("squeeze", (a, kw) => N.squeeze(toNd(a[0]), axisArg(a[1] ?? kw?.get("axis")) as any));
  fn("expand_dims", (a, kw) => N.expand_dims(toNd(a[0]), axisArg(a[1] ?? kw?.get("axis")) as any));
  fn("atleast_1d", (a) => N.atleast_1d(toNd(a[0])));
  fn("atleast_2d", (a) => N.atleast_2d(toNd(a[0])));
  fn("atleast_3d", (a) => N.atleast_3d(toNd(a[0])));
  fn("concatenate", (a, kw) => { const p = parseArgs("concatenate", a, kw, ["arrays", "axis", "out", "dtype"], 1); return N.concatenate(arrList(p[0]), p[1] === undefined ? 0 : p[1] === null ? null : toIndex(p[1]), toDType(p[3]) ?? undefined); });
  fn("stack", (a, kw) => { const p = parseArgs("stack", a, kw, ["arrays", "axis"], 1); return N.stack(arrList(p[0]), p[1] === undefined ? 0 : toIndex(p[1])); });
  fn("vstack", (a) => N.vstack(arrList(a[0])));
  fn("row_stack", (a) => N.vstack(arrList(a[0])));
  fn("hstack", (a) => N.hstack(arrList(a[0])));
  fn("dstack", (a) => N.dstack(arrList(a[0])));
  fn("column_stack", (a) => N.column_stack(arrList(a[0])));
  const splitArg = (v: any) => (v instanceof PyList || v instanceof PyTuple || v instanceof NDArray ? shapeArg(v) : toIndex(v));
  fn("split", (a, kw) => { const p = parseArgs("split", a, kw, ["ary", "indices_or_sections", "axis"], 2); return new PyList(N.split(toNd(p[0]), splitArg(p[1]), p[2] === undefined ? 0 : toIndex(p[2]))); });
  fn("array_split", (a, kw) => { const p = parseArgs("array_split", a, kw, ["ary", "indices_or_sections", "axis"], 2); return new PyList(N.array_split(toNd(p[0]), splitArg(p[1]), p[2] === undefined ? 0 : toIndex(p[2]))); });
  fn("hsplit", (a) => new PyList(N.hsplit(toNd(a[0]), splitArg(a[1]))));
  fn("vsplit", (a) => new PyList(N.vsplit(toNd(a[0]), splitArg(a[1]))));
  fn("append", (a, kw) => { const p = parseArgs("append", a, kw, ["arr", "values", "axis"], 2); return N.append(toNd(p[0]), toNd(p[1]), p[2] === undefined || p[2] === null ? null : toIndex(p[2])); });
  fn("delete", (a, kw) => { const p = parseArgs("delete", a, kw, ["arr", "obj", "axis"], 2); const o = p[1]; return N.del(toNd(p[0]), typeof o === "number" ? o : o instanceof NDArray ? o : shapeArg(o), p[2] === undefined || p[2] === null ? null : toIndex(p[2])); });
  fn("insert", (a, kw) => { const p = parseArgs("insert", a, kw, ["arr", "obj", "values", "axis"], 3); return N.insert(toNd(p[0]), toIndex(p[1]), opnd(p[2]), p[3] === undefined || p[3] === null ? null : toIndex(p[3])); });
  fn("pad", (a, kw) => {
    const p = parseArgs("pad", a, kw, ["array", "pad_width", "mode", "constant_values"], 2);
    const pw = p[1];
    const w = typeof pw === "number" ? pw : iterToArray(pw).map((x: any) => (isNumber(x) ? toIndex(x) : iterToArray(x).map((y) => toIndex(y))));
    return N.pad(toNd(p[0]), w as any, (p[2] ?? "constant") as any, p[3] === undefined ? 0 : num(p[3]));
  });
  fn("repeat", (a, kw) => { const p = parseArgs("repeat", a, kw, ["a", "repeats", "axis"], 2); return N.repeat(toNd(p[0]), typeof p[1] === "number" ? p[1] : shapeArg(p[1]), p[2] === undefined || p[2] === null ? null : toIndex(p[2])); });
  fn("tile", (a) => N.tile(toNd(a[0]), typeof a[1] === "number" ? a[1] : shapeArg(a[1])));
  fn("flip", (a, kw) => N.flip(toNd(a[0]), axisArg(a[1] ?? kw?.get("axis")) as any));
  fn("fliplr", (a) => N.fliplr(toNd(a[0])));
  fn("flipud", (a) => N.flipud(toNd(a[0])));
  fn("roll", (a, kw) => { const p = parseArgs("roll", a, kw, ["a", "shift", "axis"], 2); return N.roll(toNd(p[0]), toIndex(p[1]), p[2] === undefined || p[2] === null ? null : toIndex(p[2])); });
  fn("sort", (a, kw) => { const p = parseArgs("sort", a, kw, ["a", "axis", "kind"], 1); return N.sort(toNd(p[0]), p[1] === undefined ? -1 : p[1] === null ? null : toIndex(p[1])); });
  fn("argsort", (a, kw) => { const p = parseArgs("argsort", a, kw, ["a", "axis", "kind"], 1); return N.argsort(toNd(p[0]), p[1] === undefined ? -1 : p[1] === null ? null : toIndex(p[1])); });
  fn("unique", (a, kw) => {
    const p = parseArgs("unique", a, kw, ["ar", "return_index", "return_inverse", "return_counts", "axis"], 1);
    const o = { returnIndex: truthy(p[1] ?? false), returnInverse: truthy(p[2] ?? false), returnCounts: truthy(p[3] ?? false) };
    const r = N.unique(toNd(p[0]), o);
    if (!o.returnIndex && !o.returnInverse && !o.returnCounts) return r.values;
    const out: any[] = [r.values];
    if (o.returnIndex) out.push(r.indices); if (o.returnInverse) out.push(r.inverse); if (o.returnCounts) out.push(r.counts);
    return new PyTuple(out);
  });
  fn("searchsorted", (a, kw) => { const p = parseArgs("searchsorted", a, kw, ["a", "v", "side"], 2); return N.searchsorted(toNd(p[0]), opnd(p[1]), (p[2] ?? "left") as any); });
  fn("packbits", (a, kw) => { const p = parseArgs("packbits", a, kw, ["a", "axis", "bitorder"], 1); return N.packbits(toNd(p[0]), p[1] === undefined || p[1] === null ? null : toIndex(p[1]), (p[2] ?? "big") as any); });
  fn("unpackbits", (a, kw) => { const p = parseArgs("unpackbits", a, kw, ["a", "axis", "count", "bitorder"], 1); return N.unpackbits(toNd(p[0]), p[1] === undefined || p[1] === null ? null : toIndex(p[1]), p[2] === undefined || p[2] === null ? null : toIndex(p[2]), (p[3] ?? "big") as any); });
  fn("diag", (a, kw) => N.diag(toNd(a[0]), a[1] === undefined ? (kw?.has("k") ? toIndex(kw.get("k")) : 0) : toIndex(a[1])));
  fn("triu", (a, kw) => N.triu(toNd(a[0]), a[1] === undefined ? (kw?.has("k") ? toIndex(kw.get("k")) : 0) : toIndex(a[1])));
  fn("tril", (a, kw) => N.tril(toNd(a[0]), a[1] === undefined ? (kw?.has("k") ? toIndex(kw.get("k")) : 0) : toIndex(a[1])));
  fn("meshgrid", (a, kw) => new PyList(N.meshgrid(a.map((x) => toNd(x)), (kw?.get("indexing") ?? "xy") as any)));
  fn("broadcast_to", (a) => N.broadcastTo(toNd(a[0]), shapeArg(a[1])));
  fn("broadcast_arrays", (a) => new PyList(N.broadcast_arrays(a.map((x) => toNd(x)))));
  fn("argwhere", (a) => N.argwhere(toNd(a[0])));
  fn("flatnonzero", (a) => N.flatnonzero(toNd(a[0])));
  fn("take", (a, kw) => { const p = parseArgs("take", a, kw, ["a", "indices", "axis"], 2); return N.take(toNd(p[0]), toNd(p[1]), p[2] === undefined || p[2] === null ? null : toIndex(p[2])); });
  fn("shape", (a) => new PyTuple(toNd(a[0]).shape.slice()));
  fn("ndim", (a) => toNd(a[0]).ndim);
  fn("size", (a) => toNd(a[0]).size);
  fn("isscalar", (a) => isNumber(a[0]) || a[0] instanceof NPScalar || typeof a[0] === "string");
  fn("result_type", (a) => dtypeOf(N.resultType(...a.map((x) => (x instanceof PyDtype || x instanceof PyType || typeof x === "string" ? N.zeros([1], toDType(x)!) : opnd(x))))));
  fn("promote_types", (a) => dtypeOf(N.promoteTypes(toDType(a[0])!, toDType(a[1])!)));
  fn("set_printoptions", (a, kw) => {
    const o: any = {};
    if (kw) for (const [k, v] of kw) if (["precision", "threshold", "edgeitems", "linewidth"].includes(k)) o[k] = v === null ? undefined : num(v); else if (k === "suppress") o.suppress = truthy(v);
    N.setPrintOptions(o);
    return null;
  });
  fn("get_printoptions", () => { const o = N.getPrintOptions() as any; const dd = new PyDict(); for (const k of Object.keys(o)) dd.map.set(k, [k, typeof o[k] === "boolean" ? o[k] : o[k]]); return dd; });
  fn("seterr", (a, kw) => { const old = N.getErrState(); N.setErrState(errSettings(a[0] ?? kw?.get("all"), kw)); return errDict(old); });
  fn("geterr", () => errDict(N.getErrState()));
  d.set("errstate", errstateType);
  // c_ / r_
  const cType = new PyType("CClass", [objectType]); cType.module = "numpy.lib._index_tricks_impl";
  const rType = new PyType("RClass", [objectType]); rType.module = "numpy.lib._index_tricks_impl";
  const idxItems = (k: any): NDArray[] => (k instanceof PyTuple ? k.items : [k]).map((x: any) => {
    if (x instanceof PySliceT) { const o = (v: any) => (v === null ? null : opnd(v)); return N.arange(o(x.start) ?? 0, o(x.stop), o(x.step)); }
    return N.atleast_1d(toNd(x));
  });
  def(cType, "__getitem__", (_s, a) => N.concatenate(idxItems(a[0]).map((x) => (x.ndim === 1 ? N.reshape(x, [x.size, 1]) : x)), 1));
  def(rType, "__getitem__", (_s, a) => N.concatenate(idxItems(a[0]), 0));

  // ---- extras
  fn("unravel_index", (a) => {
    const shape = shapeArg(a[1]);
    const one = (i: number) => { const idx: number[] = new Array(shape.length); let r = i; for (let k = shape.length - 1; k >= 0; k--) { idx[k] = r % shape[k]; r = Math.floor(r / shape[k]); } return idx; };
    if (a[0] instanceof NDArray) {
      const flat = N.ravel(a[0]); const outs = shape.map(() => new Float64Array(flat.size));
      for (let i = 0; i < flat.size; i++) { const idx = one(Number(flat.getFlat(i))); idx.forEach((v, k) => { outs[k][i] = v; }); }
      return new PyTuple(outs.map((o) => N.reshape(new NDArray("int64", [o.length], o), a[0].shape.slice())));
    }
    return new PyTuple(one(num(a[0])).map((v) => new NPScalar("int64", v)));
  });
  fn("ravel_multi_index", (a) => { const idx = iterToArray(a[0]).map((x: any) => num(x)); const shape = shapeArg(a[1]); let r = 0; for (let k = 0; k < shape.length; k++) r = r * shape[k] + idx[k]; return new NPScalar("int64", r); });
  fn("isposinf", (a) => N.binary("logical_and", N.unary("isinf", opnd(a[0])), N.binary("greater", opnd(a[0]), 0)));
  fn("isneginf", (a) => N.binary("logical_and", N.unary("isinf", opnd(a[0])), N.binary("less", opnd(a[0]), 0)));
  fn("fix", (a) => N.unary("trunc", N.astype(toNd(a[0]), "float64")));
  fn("nan_to_num", (a, kw) => {
    const p = parseArgs("nan_to_num", a, kw, ["x", "copy", "nan", "posinf", "neginf"], 1);
    const x = N.copy(N.astype(toNd(p[0]), "float64"));
    const d = x.data as Float64Array;
    const nanv = p[2] === undefined ? 0 : num(p[2]), pinf = p[3] === undefined || p[3] === null ? 1.7976931348623157e308 : num(p[3]), ninf = p[4] === undefined || p[4] === null ? -1.7976931348623157e308 : num(p[4]);
    for (let i = 0; i < d.length; i++) { const v = d[i]; d[i] = v !== v ? nanv : v === Infinity ? pinf : v === -Infinity ? ninf : v; }
    return x.ndim === 0 ? N.getIndex(x, []) : x;
  });
  fn("bincount", (a, kw) => {
    const p = parseArgs("bincount", a, kw, ["x", "weights", "minlength"], 1);
    const x = N.ravel(toNd(p[0]));
    let n = p[2] === undefined ? 0 : toIndex(p[2]);
    for (let i = 0; i < x.size; i++) { const v = Number(x.getFlat(i)); if (v < 0) throw valueError("'list' argument must have no negative elements"); n = Math.max(n, v + 1); }
    const w = p[1] === undefined || p[1] === null ? null : N.ravel(N.astype(toNd(p[1]), "float64"));
    const out = new Float64Array(n);
    for (let i = 0; i < x.size; i++) out[Number(x.getFlat(i))] += w ? Number(w.getFlat(i)) : 1;
    return new NDArray(w ? "float64" : "int64", [n], out);
  });
  const quant = (name: string, scale: number) => fn(name, (a, kw) => {
    const p = parseArgs(name, a, kw, ["a", "q", "axis"], 2);
    const arr = N.sort(N.ravel(N.astype(toNd(p[0]), "float64")), -1);
    const n = arr.size;
    const qOf = (q: number) => { const pos = (q / scale) * (n - 1); const lo = Math.floor(pos), hi = Math.ceil(pos); const vl = Number(arr.getFlat(lo)), vh = Number(arr.getFlat(hi)); return vl + (vh - vl) * (pos - lo); };
    const q = p[1];
    if (q instanceof PyList || q instanceof PyTuple || q instanceof NDArray) { const qs = N.ravel(N.astype(toNd(q), "float64")); const out = new Float64Array(qs.size); for (let i = 0; i < qs.size; i++) out[i] = qOf(Number(qs.getFlat(i))); return new NDArray("float64", [qs.size], out); }
    return new NPScalar("float64", qOf(num(q)));
  });
  quant("percentile", 100); quant("quantile", 1);
  const nanRed = (name: string, base: string, fill: number | null) => fn(name, (a, kw) => {
    const arr = N.astype(toNd(a[0]), "float64");
    const mask = N.unary("isnan", arr) as NDArray;
    const axis = a.length > 1 ? a[1] : kw?.get("axis");
    if (base === "mean") {
      const clean = N.where3(mask, 0, arr) as NDArray;
      const cnt = N.sum(N.asarray(N.unary("logical_not", mask)), axisArg(axis));
      return N.binary("divide", N.sum(clean, axisArg(axis)), cnt);
    }
    const clean = N.where3(mask, fill === null ? 0 : fill, arr) as NDArray;
    return reduceCall(base, clean, axis === undefined ? [] : [axis], null);
  });
  nanRed("nansum", "sum", 0); nanRed("nanmax", "max", -Infinity); nanRed("nanmin", "min", Infinity); nanRed("nanmean", "mean", 0);
  nanRed("nanargmax", "argmax", -Infinity); nanRed("nanargmin", "argmin", Infinity); nanRed("nanprod", "prod", 1);
  const infoType = new PyType("iinfo", [objectType]); infoType.module = "numpy";
  const info = (a: any[]) => {
    const dt = toDType(a[0] instanceof NDArray ? dtypeOf(a[0].dtype) : a[0])!;
    const inst = new PyInstance(infoType);
    const lim: Record<string, [number, number]> = { uint8: [0, 255], int32: [-2147483648, 2147483647], int64: [-9223372036854775808, 9223372036854775807], bool: [0, 1] };
    if (lim[dt]) { inst.dict.set("min", dt === "int64" ? -(2n ** 63n) : lim[dt][0]); inst.dict.set("max", dt === "int64" ? 2n ** 63n - 1n : lim[dt][1]); inst.dict.set("bits", N.itemsize(dt) * 8); }
    else {
      const f32 = dt === "float32";
      const sc = (v: number) => new NPScalar(dt, v);
      inst.dict.set("eps", sc(f32 ? 1.1920928955078125e-7 : 2.220446049250313e-16));
      inst.dict.set("max", sc(f32 ? 3.4028234663852886e38 : 1.7976931348623157e308));
      inst.dict.set("min", sc(f32 ? -3.4028234663852886e38 : -1.7976931348623157e308));
      inst.dict.set("tiny", sc(f32 ? 1.1754943508222875e-38 : 2.2250738585072014e-308));
      inst.dict.set("bits", f32 ? 32 : 64);
    }
    inst.dict.set("dtype", dtypeOf(dt));
    return inst;
  };
  fn("iinfo", info); fn("finfo", info);
  const poType = new PyType("printoptions", [objectType]); poType.module = "numpy";
  def(poType, "__enter__", (self: PyInstance) => { (self as any).saved = N.getPrintOptions(); N.setPrintOptions((self as any).opts); return null; });
  def(poType, "__exit__", (self: PyInstance) => { N.setPrintOptions((self as any).saved); return false; });
  fn("printoptions", (_a, kw) => {
    const o: any = {};
    if (kw) for (const [k, v] of kw) if (["precision", "threshold", "edgeitems", "linewidth"].includes(k)) o[k] = v === null ? undefined : num(v); else if (k === "suppress") o.suppress = truthy(v);
    const inst = new PyInstance(poType); (inst as any).opts = o; return inst;
  });
  fn("array2string", (a, kw) => {
    const p = parseArgs("array2string", a, kw, ["a", "max_line_width", "precision", "suppress_small", "separator", "prefix"], 1);
    const opts = N.getPrintOptions();
    if (p[1] !== undefined && p[1] !== null) opts.linewidth = num(p[1]);
    if (p[2] !== undefined && p[2] !== null) opts.precision = num(p[2]);
    if (p[3] !== undefined && p[3] !== null) opts.suppress = truthy(p[3]);
    return N.array2string(toNd(p[0]), p[4] === undefined ? " " : pyStr(p[4]), p[5] === undefined ? "" : pyStr(p[5]), "", opts);
  });
  fn("array_repr", (a) => N.arrayRepr(toNd(a[0])));
  fn("array_str", (a) => N.arrayStr(toNd(a[0])));
  fn("fmax", (a) => { const x = N.astype(toNd(a[0]), "float64"), y = N.astype(toNd(a[1]), "float64"); return N.where3(N.unary("isnan", x), y, N.where3(N.unary("isnan", y), x, N.binary("maximum", x, y))); });
  fn("fmin", (a) => { const x = N.astype(toNd(a[0]), "float64"), y = N.astype(toNd(a[1]), "float64"); return N.where3(N.unary("isnan", x), y, N.where3(N.unary("isnan", y), x, N.binary("minimum", x, y))); });
  fn("modf", (a) => { const x = N.astype(toNd(a[0]), "float64"); const i = N.unary("trunc", x); return new PyTuple([N.binary("subtract", x, i), i]); });
  fn("divmod", (a) => new PyTuple([N.binary("floor_divide", opnd(a[0]), opnd(a[1])), N.binary("remainder", opnd(a[0]), opnd(a[1]))]));
  d.set("c_", new PyInstance(cType));
  d.set("nditer", nditerType);
  fn("ndenumerate", (a) => {
    const arr = toNd(a[0]);
    const shape = arr.shape, n = arr.size;
    let i = 0;
    return new PyIterator(() => {
      if (i >= n) return undefined;
      const idx: number[] = new Array(shape.length);
      let r = i;
      for (let k = shape.length - 1; k >= 0; k--) { idx[k] = r % shape[k]; r = Math.floor(r / shape[k]); }
      i++;
      return new PyTuple([new PyTuple(idx), N.getIndex(arr, idx.map((x) => ({ kind: "int" as const, i: x })))]);
    }, "ndenumerate");
  });
  fn("ndindex", (a) => {
    const shape = a.length === 1 && (a[0] instanceof PyTuple || a[0] instanceof PyList) ? shapeArg(a[0]) : a.map((x) => toIndex(x));
    const n = shape.reduce((x, y) => x * y, 1);
    let i = 0;
    return new PyIterator(() => {
      if (i >= n) return undefined;
      const idx: number[] = new Array(shape.length);
      let r = i;
      for (let k = shape.length - 1; k >= 0; k--) { idx[k] = r % shape[k]; r = Math.floor(r / shape[k]); }
      i++;
      return new PyTuple(idx);
    }, "ndindex");
  });
  d.set("r_", new PyInstance(rType));
  return m;
}
import { PySlice as PySliceT } from "../objects/core";

// ---------------------------------------------------------------- registration
numpyBinding.make = makeNumpy;
const defaultPrintOptions = N.getPrintOptions();
numpyBinding.onRunStart = (st: any) => {
  typeVersion.v++;
  N.setPrintOptions({ ...(st.printOptions ?? defaultPrintOptions) });
  if (!st.warned) st.warned = new Set();
  warned = st.warned;
  N.setBudget({
    charge: (ops: number) => chargeSteps(ops / 64),
    alloc: (bytes: number) => checkAlloc(bytes),
    count: (bytes: number) => countAlloc(bytes),
  });
  useWarnedSet(warned);
  N.onWarning((cat, msg) => emitWarning(cat, msg));
  N.setErrState(st.errState ?? N.DEFAULT_ERRSTATE);
  N.setObjectHooks({ none: null, repr: (x) => pyRepr(x), str: (x) => pyStr(x) });
  plotState.numHook = (v: any) => {
    if (v instanceof NDArray) return Array.from(N.ravel(N.astype(v, "float64")).data as Float64Array).slice(0, v.size);
    if (v instanceof NPScalar) return [Number(v.value)];
    return null;
  };
};
numpyBinding.onRunEnd = (st: any) => { st.printOptions = N.getPrintOptions(); st.errState = N.getErrState(); };
numpyBinding.exportValue = (v: any) => {
  if (v instanceof NDArray) {
    const flat = N.ravel(v);
    const data: (number | boolean)[] = [];
    for (let i = 0; i < flat.size; i++) { const x = flat.getFlat(i); data.push(v.dtype === "bool" ? x !== 0 : v.dtype === "object" ? Number(x) : x); }
    return { py: "ndarray", dtype: v.dtype, shape: v.shape.slice(), data };
  }
  if (v instanceof NPScalar) return { py: "scalar", dtype: v.dtype, value: v.dtype === "bool" ? v.value !== 0 : v.value };
  return undefined;
};
numpyBinding.importValue = (v: any) => {
  if (v.py === "ndarray") return N.reshape(N.array(v.data.map((x: any) => (typeof x === "boolean" ? x : x)), v.dtype as DType), v.shape);
  if (v.py === "scalar") return new NPScalar(v.dtype, typeof v.value === "boolean" ? (v.value ? 1 : 0) : v.value);
  return undefined;
};
void call; void getIter; void pyUnary; void typeOf; void PyClassMethod;
