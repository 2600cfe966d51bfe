// Python operators on ndarrays and NumPy scalars: arithmetic, in-place, comparisons, subscripts (the npHooks the interpreter calls).
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar } from "../../../ndarray/index";
import { PyList, PyTuple, NotImplemented, PySlice, PyInstance } from "../../objects/core";
import { typeName, typeOf } from "../../objects/types";
import { npHooks, truthy, eq as pyEq, compare as pyCompare, binop as pyBinop } from "../../objects/ops";
import { typeError, exc, excTypes } from "../../errors";
import { KEPT_NONE, TEMP, tempHooks } from "../../objects/ops/temporaries";
import { opnd, toNd, toSpec, specItem, scalarToPy, viaArrayProtocol } from "./conv";
import { ndarrayType, genericType, def } from "./types";
import { objectSetValue } from "./object-arrays";
import { notSupported, strScalarText } from "./str-arrays";
import { inplaceObjectError, objectLoop } from "./object-operand-errors";

// ---------------------------------------------------------------- operators
const BIN: Record<string, string> = {
  "+": "add",
  "-": "subtract",
  "*": "multiply",
  "/": "divide",
  "//": "floor_divide",
  "%": "remainder",
  "&": "bitwise_and",
  "|": "bitwise_or",
  "^": "bitwise_xor",
  "<<": "left_shift",
  ">>": "right_shift",
};
const BINOBJ: Record<string, N.BinOp | undefined> = Object.create(null);
for (const k of Object.keys(BIN)) BINOBJ[k] = N.BINOPS[BIN[k]];
const CMP: Record<string, string> = {
  "<": "less",
  "<=": "less_equal",
  ">": "greater",
  ">=": "greater_equal",
  "==": "equal",
  "!=": "not_equal",
};

const REFLECTED: Record<string, string> = { "<": ">", ">": "<", "<=": ">=", ">=": "<=" };

const isNpStr = (v: any) => (v instanceof NDArray || v instanceof NPScalar) && N.isStr(v.dtype);
/** an operand of a ufunc: also a Python str (the ufuncs give str arrays' results and NumPy's errors) */
const strOpnd = (v: any) => (typeof v === "string" ? v : opnd(v));
/** np.str_ with a Python operand (not an array) acts as its text: the interpreter's operator on the unwrapped values */
function strScalarOperands(a: any, b: any): [any, any] | null {
  const sa = strScalarText(a),
    sb = strScalarText(b);
  if (sa === undefined && sb === undefined) return null;
  if (a instanceof NDArray || b instanceof NDArray) return null;
  return [sa ?? a, sb ?? b];
}
/**
 * Whether an operator is NumPy's scalar arithmetic (its warnings say "scalar divide"): the method that runs is a
 * NumPy scalar's (the left operand's when it is a NumPy object, else the right one's), and not np.bool_'s, whose
 * operators are the ufuncs themselves. (With an array on either side the ufunc's name is used in any case.)
 */
const scalarMath = (owner: any) => !(owner instanceof NPScalar && owner.dtype === "bool");
const isNp = (v: any) => typeof v === "object" && v !== null && v.__np === true;

/** a list, tuple or str: what a NumPy scalar repeats instead of multiplying (NumPy's gentype_multiply) */
const isSequence = (v: any) => v instanceof PyList || v instanceof PyTuple || typeof v === "string";

export function npBinop(op: string, a: any, b: any, owner: any = isNp(a) ? a : b): any {
  const r = npBinopValue(op, a, b, owner);
  // + - * / … through N.binary, ** and @ make a new array or scalar that nothing else holds
  TEMP.v = r !== NotImplemented && made ? r : null;
  made = false;
  return r;
}
let made = false;
function npBinopValue(op: string, a: any, b: any, owner: any): any {
  // an object with __array__ (np.poly1d) on the left has its own operator first, as in Python
  if (a instanceof PyInstance && viaArrayProtocol(a) !== undefined) return NotImplemented;
  const u = strScalarOperands(a, b);
  if (u !== null) return pyBinop(op, u[0], u[1]);
  if (op === "*" && (isSequence(a) || isSequence(b))) {
    // a NumPy scalar times a sequence is the sequence repeated, by an integer only
    const [seq, n] = isSequence(a) ? [a, b] : [b, a];
    if (n instanceof NPScalar) {
      if (!N.isInt(n.dtype)) throw typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
      return pyBinop("*", seq, scalarToPy(n));
    }
  }
  // a Python str goes to the ufunc (NumPy's "did not contain a loop" errors), except on the left of % ('%s' % x is
  // Python's formatting) and with @
  // ('ab' + np.float64(1) is left to str, whose error it is)
  const pyStr = (typeof b === "string" || (typeof a === "string" && op !== "%" && !(op === "+" && b instanceof NPScalar))) && op !== "@";
  const str = isNpStr(a) || isNpStr(b) || pyStr;
  const x = str ? strOpnd(a) : opnd(a),
    y = str ? strOpnd(b) : opnd(b);
  if (x === undefined || y === undefined) return objectLoop(op, a, b, false) ?? NotImplemented;
  // a str array ** 2 is NumPy's square fast path (2.0, 0.5, -1 … are not)
  if (op === "**") {
    if (!str) {
      const r = scalarMath(owner) ? N.asOperator(() => N.powerOperator(x, y)) : N.powerOperator(x, y);
      made = true;
      return r;
    }
    return b === 2 && N.isStrOperand(x) ? N.unary("square", x) : N.binary("power", x, y);
  }
  if (op === "@") {
    if (str) throw notSupported("the @ operator");
    // NumPy scalars have no @ of their own: without an array on either side, Python's TypeError
    if (!(a instanceof NDArray) && !(b instanceof NDArray)) return NotImplemented;
    const r = N.matmul(x, y);
    made = true;
    return r;
  }
  const bo = BINOBJ[op];
  if (bo === undefined) return NotImplemented;
  const r = scalarMath(owner) ? N.asOperator(() => N.binary(bo, x, y)) : N.binary(bo, x, y);
  made = true;
  return r;
}
/** divmod() of NumPy operands: np.divmod's one loop (its warnings "… in divmod", "scalar divmod" for scalars) */
export function npDivmod(a: any, b: any, owner: any = isNp(a) ? a : b): any {
  if (strScalarOperands(a, b) !== null) return NotImplemented;
  const str = isNpStr(a) || isNpStr(b);
  const x = str ? strOpnd(a) : opnd(a),
    y = str ? strOpnd(b) : opnd(b);
  if (x === undefined || y === undefined) return NotImplemented;
  return new PyTuple(N.divmod(x, y, scalarMath(owner)));
}
/** -x of a numeric ndarray (ndarray.__neg__), marked as a temporary; NotImplemented for everything else */
function npUnary(op: string, a: any): any {
  if (op !== "-" || !(a instanceof NDArray) || N.isStr(a.dtype) || typeOf(a) !== ndarrayType) return NotImplemented;
  const r = N.asOperator(() => N.unary(N.UNOPS.negative, a));
  TEMP.v = r;
  return r;
}
/** whether r, a ufunc's result from x (and y), shares no storage with them (a new array, or a scalar) */
function madeFrom(r: unknown, x: unknown, y: unknown): boolean {
  if (r instanceof NPScalar) return true;
  if (!(r instanceof NDArray) || r === x || r === y || r.base !== undefined) return false;
  return !(x instanceof NDArray && x.data === r.data) && !(y instanceof NDArray && y.data === r.data);
}
function releaseTemp(dead: unknown, result: unknown): void {
  if (dead instanceof NDArray && !(result instanceof NDArray && result.data === dead.data)) N.releaseStorage(dead);
}
export function npInplace(op: string, a: any, b: any): any {
  const r = npInplaceValue(op, a, b);
  // a ufunc with out=a keeps no operand (temporaries.ts): `p -= lr * g` may release lr * g
  TEMP.v = r !== NotImplemented && inplaceDone ? KEPT_NONE : null;
  inplaceDone = false;
  return r;
}
let inplaceDone = false;
function npInplaceValue(op: string, a: any, b: any): any {
  if (!(a instanceof NDArray)) return NotImplemented;
  if (isNpStr(a) || isNpStr(b) || typeof b === "string") {
    // the result is written back into a, truncated to its width (NumPy's errors where there is no str loop)
    const bo = op === "**" ? N.BINOPS.power : BINOBJ[op];
    const y = strOpnd(b);
    if (bo === undefined || y === undefined) return NotImplemented;
    N.setIndex(a, [{ kind: "ellipsis" }], N.binary(bo, a, y));
    return a;
  }
  const y = opnd(b);
  if (y === undefined) {
    const e = inplaceObjectError(op === "**" ? "power" : op === "@" ? "matmul" : BIN[op], a, b);
    if (e !== null) throw e;
    return NotImplemented;
  }
  if (op === "@") {
    const r = N.matmul(a, y);
    N.setIndex(a, [{ kind: "ellipsis" }], r);
    return a;
  }
  if (op === "**") N.powerOperator(a, y, a);
  else {
    const bo = BINOBJ[op];
    if (bo === undefined) return NotImplemented;
    N.binary(bo, a, y, a);
  }
  inplaceDone = true;
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
  const xs = N.ravel(N.copyArray(xa!)).data as any[],
    ys = N.ravel(N.copyArray(ya!)).data as any[];
  const out = N.emptyArray("bool", xa!.shape.slice());
  const od = out.data as Uint8Array;
  for (let i = 0; i < xs.length; i++)
    od[i] = truthy(op === "==" ? pyEq(xs[i], ys[i]) : op === "!=" ? !pyEq(xs[i], ys[i]) : pyCompare(op, xs[i], ys[i])) ? 1 : 0;
  return out;
}
/** a str array compared with what has no str loop: == and != are False and True everywhere (Python's fallback) */
function strCompare(op: string, a: any, b: any): any {
  const x = strOpnd(a),
    y = strOpnd(b);
  if ((x === undefined || y === undefined || !(N.isStrOperand(x) && N.isStrOperand(y))) && (op === "==" || op === "!=")) {
    const arr = (a instanceof NDArray ? a : b) as NDArray;
    return N.full(arr.shape, op === "!=", "bool");
  }
  return N.binary(CMP[op], x ?? a, y ?? b);
}
export function npCompare(op: string, a: any, b: any): any {
  const u = strScalarOperands(a, b);
  if (u !== null) return pyCompare(op, u[0], u[1]);
  if (isNpStr(a) || isNpStr(b)) return strCompare(op, a, b);
  const objectResult = objectCompare(op, a, b);
  if (objectResult) return objectResult;
  if ((typeof a === "string" || typeof b === "string") && op !== "==" && op !== "!=") {
    // the NumPy operand's ufunc (reflected when it is on the right) has no loop for a str
    return typeof a === "string" ? N.binary(CMP[REFLECTED[op]], opnd(b), strOpnd(a)) : N.binary(CMP[op], opnd(a), strOpnd(b));
  }
  const x = opnd(a),
    y = opnd(b);
  if (x === undefined || y === undefined) {
    if (op === "==") return a instanceof NDArray ? N.full(a.shape, false, "bool") : false;
    if (op === "!=") return a instanceof NDArray ? N.full(a.shape, true, "bool") : true;
    return objectLoop(op, a, b, true) ?? NotImplemented;
  }
  return N.binary(CMP[op], x, y);
}
npHooks.binop = npBinop;
npHooks.unary = npUnary;
tempHooks.made = madeFrom;
tempHooks.release = releaseTemp;
npHooks.inplace = npInplace;
npHooks.compare = npCompare;
/** a[k] = v: an object array stores Python objects as they are, other arrays take v as an operand */
export function setItem(a: NDArray, k: any, v: any): void {
  const spec = toSpec(k);
  if (a.dtype === "object" && !(v instanceof NDArray)) N.setIndex(a, spec, objectSetValue(spec, a.ndim, v));
  // a list's Python ints and floats are converted to the array's dtype, as NumPy converts them (OverflowError past
  // its range; a float array takes 2**53 + 1 rounded, where an int64 array made of the list first could not hold it)
  else if ((v instanceof PyList || v instanceof PyTuple) && (N.isInt(a.dtype) || N.isFloat(a.dtype)))
    N.setIndex(a, spec, toNd(v, a.dtype), true);
  else N.setIndex(a, spec, v instanceof NDArray || v instanceof NPScalar || typeof v === "number" ? v : (opnd(v) ?? v));
}
/** An element of an object array is the Python object itself, not a NumPy scalar wrapping it. */
export function pyItem(r: any): any {
  return r.dtype === "object" && r instanceof NPScalar ? r.value : r;
}
npHooks.getitem = (o: any, k: any) => {
  if (o instanceof NDArray) return pyItem(N.getIndex(o, toSpec(k)));
  // a NumPy scalar is indexed as a 0-d array: s[()] is s, s[...] a 0-d array, s[None] or s[s > 0] a 1-d one
  if (o instanceof NPScalar)
    try {
      return pyItem(N.getIndex(N.asarray(o), toSpec(k)));
    } catch (e) {
      if (!(e instanceof N.NPError && e.pyType === "IndexError")) throw e;
    }
  throw exc(excTypes.get("IndexError")!, "invalid index to scalar variable.");
};
npHooks.setitem = (o: any, k: any, v: any) => {
  if (o instanceof NDArray) {
    setItem(o, k, v);
    return;
  }
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
    const s0 = key2(k0),
      s1 = s0 === null ? null : key2(k1);
    if (s1 !== null) {
      const r = N.getIndex2(o, s0!, s1);
      if (r !== null) return pyItem(r);
    }
  }
  return npHooks.getitem!(o, new PyTuple([k0, k1]));
};
npHooks.setitem2 = (o: any, k0: any, k1: any, v: any) => {
  if (o instanceof NDArray && v instanceof NDArray) {
    const s0 = key2(k0),
      s1 = s0 === null ? null : key2(k1);
    if (s1 !== null && N.setIndex2(o, s0!, s1, v)) return;
  }
  npHooks.setitem!(o, new PyTuple([k0, k1]), v);
};

for (const T of [ndarrayType, genericType]) {
  for (const op of Object.keys({ ...BIN, "**": "pow", "@": "matmul" })) {
    const dn = {
      "+": "add",
      "-": "sub",
      "*": "mul",
      "/": "truediv",
      "//": "floordiv",
      "%": "mod",
      "&": "and",
      "|": "or",
      "^": "xor",
      "<<": "lshift",
      ">>": "rshift",
      "**": "pow",
      "@": "matmul",
    }[op]!;
    def(T, `__${dn}__`, (s, a) => npBinop(op, s, a[0], s));
    def(T, `__r${dn}__`, (s, a) => npBinop(op, a[0], s, s));
    if (T === ndarrayType) def(T, `__i${dn}__`, (s, a) => npInplace(op, s, a[0]));
  }
  def(T, "__divmod__", (s, a) => npDivmod(s, a[0], s));
  def(T, "__rdivmod__", (s, a) => npDivmod(a[0], s, s));
  for (const [op, name] of Object.entries({ "<": "lt", "<=": "le", ">": "gt", ">=": "ge", "==": "eq", "!=": "ne" }))
    def(T, `__${name}__`, (s, a) => npCompare(op, s, a[0]));
  def(T, "__neg__", (s) => N.asOperator(() => N.unary(N.UNOPS.negative, s)));
  def(T, "__pos__", (s) => N.asOperator(() => N.unary("positive", s)));
  def(T, "__abs__", (s) => N.asOperator(() => N.unary("absolute", s)));
  def(T, "__invert__", (s) => N.asOperator(() => N.unary("invert", s)));
}
