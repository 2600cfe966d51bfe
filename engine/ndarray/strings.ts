// NumPy's fixed-width unicode dtype '<Un': elements are JS strings of at most n code points (longer ones are
// truncated on every write, as NumPy does). Casts to and from numbers, the ufuncs NumPy has string loops for
// (comparisons, add) and NumPy's errors for the ones it has none for.
import {
  type DType,
  type StrDType,
  NDArray,
  NPScalar,
  PyScalar,
  NPError,
  isStr,
  strWidth,
  isFloat,
  itemsize,
  castValue,
  charge,
  emptyArray,
  forEachOffset,
  getObjectHooks,
  setStrHooks,
  valueError,
} from "./core";
import { broadcastShapes, broadcastTo, type Operand } from "./ops";
import { floatScalarStr, widthOf } from "./print";
import { pyIntDType } from "./py-int";

/** an operand of a string operation: also a Python str (a JS string) */
export type StrOperand = Operand | string;

export function strDType(n: number): StrDType {
  return `<U${n}`;
}
// the last string measured: a list repeating one long str measures it once
let lastStr = "",
  lastLen = 0;
/** code points in s (NumPy's str length), charged as a scan */
export function codeLen(s: string): number {
  if (s.length < 2) return s.length;
  if (s === lastStr) return lastLen;
  charge(s.length);
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00) n--;
  }
  lastStr = s;
  lastLen = n;
  return n;
}
/** s cut to n code points */
export function truncate(s: string, n: number): string {
  if (s.length <= n) return s;
  if (codeLen(s) <= n) return s;
  return Array.from(s).slice(0, n).join("");
}

/** the width NumPy gives a number of dtype dt made a str (np.array([1]).astype(str) is '<U21') */
export function numStrWidth(dt: DType): number {
  switch (dt) {
    case "bool":
      return 5;
    case "uint8":
      return 3;
    case "int8":
      return 4;
    case "uint16":
      return 5;
    case "int16":
      return 6;
    case "uint32":
      return 10;
    case "int32":
      return 11;
    case "uint64":
      return 20;
    case "int64":
      return 21;
    case "float16":
    case "float32":
    case "float64":
      return 32;
    default:
      return isStr(dt) ? strWidth(dt) : 0;
  }
}

/** an element of dtype `from` as the str NumPy's cast makes of it (str(np.float64(2.0)) is '2.0') */
export function elementStr(v: any, from: DType): string {
  if (isStr(from)) return v;
  if (from === "bool") return v ? "True" : "False";
  if (isFloat(from)) return floatScalarStr(v, widthOf(from));
  if (from === "object") {
    const h = getObjectHooks();
    return (h.str ?? h.repr)(v);
  }
  return Number.isSafeInteger(v) ? String(v) : BigInt(v).toString();
}

/** how NumPy names a str in a conversion error: np.str_('x') for an array's element, 'x' for a Python str */
function strRepr(s: string, element: boolean): string {
  const r = getObjectHooks().repr(s);
  return element ? `np.str_(${r})` : r;
}
// Python's float() and int() syntax (surrounding whitespace and single underscores between digits allowed)
const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)?\.?(?:\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?|inf|infinity|nan)$/i;
const INT_RE = /^[+-]?\d(?:_?\d)*$/;
/** a str element as a number of dtype `to`, as NumPy's cast parses it (Python's float()/int() syntax) */
export function parseStr(s: string, to: DType, element = true): number {
  const t = s.trim();
  if (to === "bool") {
    // NumPy 2 casts a str to bool by its truth (non-empty)
    return s.length > 0 ? 1 : 0;
  }
  if (isFloat(to)) {
    if (!FLOAT_RE.test(t) || !/[0-9]|inf|nan/i.test(t)) throw valueError(`could not convert string to float: ${strRepr(s, element)}`);
    const x = t.replace(/_/g, "");
    const low = x.toLowerCase().replace(/^[+-]/, "");
    const v = low === "nan" ? NaN : low === "inf" || low === "infinity" ? (x[0] === "-" ? -Infinity : Infinity) : Number(x);
    return castValue(v, to);
  }
  if (!INT_RE.test(t)) throw valueError(`invalid literal for int() with base 10: ${strRepr(s, element)}`);
  const b = BigInt(t.replace(/_/g, ""));
  // past what NumPy reads into a C long first; then the dtype's own bounds
  if (b < -(2n ** 63n) || b > (to === "uint64" ? 2n ** 64n : 2n ** 63n) - 1n)
    throw new NPError("OverflowError", "Python int too large to convert to C long");
  const bits = BigInt(itemsize(to) * 8);
  const [lo, hi] = to.startsWith("u") ? [0n, 2n ** bits - 1n] : [-(2n ** (bits - 1n)), 2n ** (bits - 1n) - 1n];
  if (b < lo || b > hi) throw new NPError("OverflowError", `Python integer ${b} out of bounds for ${to}`);
  return Number(b);
}

/** the element conversion from dtype `from` to `to` where either is a str dtype */
export function strCast(from: DType, to: DType): (v: any) => any {
  if (isStr(to)) {
    const w = strWidth(to);
    return (v) => truncate(elementStr(v, from), w);
  }
  if (to === "object") return (v) => v;
  return (v) => parseStr(v, to);
}

setStrHooks({
  cast: strCast,
  width(a) {
    if (a.dtype !== "object") return strDType(Math.max(1, numStrWidth(a.dtype)));
    let w = 1;
    for (const v of values(a)) w = Math.max(w, codeLen(elementStr(v, "object")));
    return strDType(w);
  },
});

/** a value assigned into a str array of width w: a str (truncated), or a number made a str as NumPy does */
export function toStrElement(v: unknown, w: number): string {
  if (typeof v === "string") return truncate(v, w);
  if (v instanceof NPScalar) return truncate(elementStr(v.value, v.dtype), w);
  if (typeof v === "number") return truncate(Number.isInteger(v) ? String(v) : floatScalarStr(v), w);
  if (typeof v === "boolean") return truncate(v ? "True" : "False", w);
  if (v instanceof PyScalar)
    return truncate(v.kind === "bool" ? (v.value ? "True" : "False") : v.kind === "float" ? floatScalarStr(v.value) : String(v.value), w);
  if (typeof v === "bigint") return truncate(v.toString(), w);
  const h = getObjectHooks();
  return truncate((h.str ?? h.repr)(v), w);
}

// ------------------------------------------------------------------ ufuncs
const CMP: Record<string, (x: string, y: string) => boolean> = {
  equal: (x, y) => x === y,
  not_equal: (x, y) => x !== y,
  less: (x, y) => x < y,
  less_equal: (x, y) => x <= y,
  greater: (x, y) => x > y,
  greater_equal: (x, y) => x >= y,
};
const NO_LOOP = new Set(["add", "subtract", "multiply", "maximum", "minimum", "fmax", "fmin", "gcd", "lcm"]);

/** is o a str operand (str array, np.str_ or Python str)? */
export function isStrOperand(o: unknown): boolean {
  return typeof o === "string" || ((o instanceof NDArray || o instanceof NPScalar) && isStr(o.dtype));
}
function dtypeOfOperand(o: StrOperand): DType {
  if (typeof o === "string") return strDType(Math.max(1, codeLen(o)));
  if (o instanceof NDArray || o instanceof NPScalar) return o.dtype;
  if (typeof o === "boolean" || (o instanceof PyScalar && o.kind === "bool")) return "bool";
  if (typeof o === "number") return Number.isInteger(o) ? "int64" : "float64";
  if (o instanceof PyScalar) return o.kind === "int" ? "int64" : "float64";
  return "int64";
}
const dtypeRepr = (dt: DType) => `dtype('${dt === "object" ? "O" : dt}')`;
const DTYPE_CLASS: Record<string, string> = {
  bool: "BoolDType",
  uint8: "UInt8DType",
  int32: "Int32DType",
  int64: "Int64DType",
  uint64: "UInt64DType",
  float32: "Float32DType",
  float64: "Float64DType",
  object: "ObjectDType",
};
/** NumPy's name of an operand's DType class in a comparison's error (a Python scalar has its own) */
function dtypeClass(o: StrOperand): string {
  const dt = dtypeOfOperand(o);
  let name = isStr(dt) ? "StrDType" : DTYPE_CLASS[dt];
  if (typeof o === "number" || typeof o === "bigint" || typeof o === "boolean" || o instanceof PyScalar) {
    const k =
      typeof o === "boolean" ? "bool" : o instanceof PyScalar ? o.kind : typeof o === "bigint" || Number.isInteger(o) ? "int" : "float";
    name = k === "bool" ? "_PyBoolDType" : k === "int" ? "_PyLongDType" : "_PyFloatDType";
  }
  return `<class 'numpy.dtypes.${name}'>`;
}
const coerceError = (name: string) =>
  new NPError(
    "TypeError",
    `ufunc '${name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`,
  );

/** a binary ufunc with a str operand: comparisons and add of two str operands; NumPy's error otherwise */
export function strBinary(name: string, x: StrOperand, y: StrOperand): NDArray | NPScalar {
  const both = isStrOperand(x) && isStrOperand(y);
  const cmp = CMP[name];
  if (cmp !== undefined) {
    if (!both)
      throw new NPError(
        "UFuncTypeError",
        `ufunc '${name}' did not contain a loop with signature matching types (${dtypeClass(x)}, ${dtypeClass(y)}) -> None`,
      );
    return elementwise(x, y, "bool", (p, q) => (cmp(p, q) ? 1 : 0));
  }
  if (name === "add" && both) {
    const w = strWidth(dtypeOfOperand(x) as StrDType) + strWidth(dtypeOfOperand(y) as StrDType);
    return elementwise(x, y, strDType(w), (p, q) => p + q);
  }
  if (name === "multiply" && (isStrOperand(x) ? !isStrOperand(y) && !isFloat(dtypeOfOperand(y)) : !isFloat(dtypeOfOperand(x))))
    throw new NPError(
      "TypeError",
      "The 'out' kwarg is necessary when using the string multiply ufunc directly. Use numpy.strings.multiply to multiply strings without specifying 'out'.",
    );
  if (NO_LOOP.has(name))
    throw new NPError(
      "UFuncTypeError",
      `ufunc '${name}' did not contain a loop with signature matching types (${dtypeRepr(dtypeOfOperand(x))}, ${dtypeRepr(dtypeOfOperand(y))}) -> None`,
    );
  if (name.startsWith("logical_")) throw new NPError("NotImplementedError", `np.${name}() of str arrays is not supported by this engine`);
  throw coerceError(name);
}

const NO_LOOP_UNARY = new Set(["negative", "positive", "absolute", "sign"]);
/** NumPy's error for a unary ufunc on a str operand (it has no string loop for any this engine has) */
export function strUnaryError(name: string): NPError {
  if (NO_LOOP_UNARY.has(name))
    return new NPError(
      "UFuncTypeError",
      `ufunc '${name}' did not contain a loop with signature matching types <class 'numpy.dtypes.StrDType'> -> None`,
    );
  return coerceError(name);
}

/** an operand as a str-valued array (a Python str as a 0-d array) */
function asStrArray(o: StrOperand): NDArray {
  if (o instanceof NDArray) return o;
  const v = typeof o === "string" ? o : (o as NPScalar).value;
  const a = new NDArray(strDType(Math.max(1, codeLen(v))), [], [v]);
  return a;
}

/** f over two str operands with broadcasting; a 0-d result is a scalar (np.str_ / np.bool) */
function elementwise(x: StrOperand, y: StrOperand, out: DType, f: (p: string, q: string) => any): NDArray | NPScalar {
  const a = asStrArray(x),
    b = asStrArray(y);
  const shape = broadcastShapes(a.shape, b.shape);
  const res = emptyArray(out, shape);
  const n = res.size;
  charge(n);
  const av = values(broadcastTo(a, shape)),
    bv = values(broadcastTo(b, shape));
  const od = res.data as any;
  for (let i = 0; i < n; i++) od[i] = f(av[i], bv[i]);
  return shape.length === 0 ? new NPScalar(out, od[0]) : res;
}
/** the elements of a in C order */
export function values(a: NDArray): any[] {
  const d = a.data as any;
  const out = new Array(a.size);
  forEachOffset(a, (o, i) => {
    out[i] = d[o];
  });
  return out;
}

/** the str dtype np.array gives a list mixing str and other leaves: the widest of their str forms (a number
 *  counting as its dtype's full width, '<U21' for an int, unless `exact`: dtype=str measures each value's str) */
export function inferStrDType(leaves: unknown[], exact = false): StrDType {
  let w = 1;
  for (const v of leaves) {
    if (typeof v === "string") w = Math.max(w, codeLen(v));
    else if (exact) w = Math.max(w, codeLen(toStrElement(v, Infinity)));
    else if (v instanceof NPScalar) w = Math.max(w, isStr(v.dtype) ? codeLen(v.value) : numStrWidth(v.dtype));
    else if (typeof v === "boolean" || (v instanceof PyScalar && v.kind === "bool")) w = Math.max(w, 5);
    else if (typeof v === "bigint") w = Math.max(w, numStrWidth(pyIntDType(v)));
    else if (typeof v === "number" || v instanceof PyScalar) w = Math.max(w, dtypeOfOperand(v as Operand) === "float64" ? 32 : 21);
  }
  return strDType(w);
}
/** does a leaf list hold a str and otherwise only what NumPy makes a str (numbers, bools)? */
export function isStrLeafList(leaves: unknown[]): boolean {
  let str = false;
  for (const v of leaves) {
    if (typeof v === "string" || (v instanceof NPScalar && isStr(v.dtype))) str = true;
    else if (
      !(
        typeof v === "number" ||
        typeof v === "boolean" ||
        (typeof v === "bigint" && pyIntDType(v) !== "object") ||
        v instanceof PyScalar ||
        (v instanceof NPScalar && v.dtype !== "object")
      )
    )
      return false;
  }
  return str;
}

/** np.where(cond, x, y) with a str x or y: the other may be a str or a number array (made a str) */
export function strWhere(cond: Operand, x: StrOperand, y: StrOperand): NDArray | NPScalar {
  for (const o of [x, y])
    if (!isStrOperand(o) && !(o instanceof NDArray || o instanceof NPScalar))
      throw new NPError("NotImplementedError", "np.where() of a str and a Python number is not supported by this engine");
  const dx = dtypeOfOperand(x),
    dy = dtypeOfOperand(y);
  const w = Math.max(numStrWidth(dx), numStrWidth(dy));
  if (dx === "object" || dy === "object")
    throw new NPError("NotImplementedError", "np.where() of a str and an object array is not supported by this engine");
  const c = cond instanceof NDArray ? cond : null;
  const xa = asAnyArray(x),
    ya = asAnyArray(y);
  const shape = broadcastShapes(c ? c.shape : [], xa.shape, ya.shape);
  const res = emptyArray(strDType(w), shape);
  const n = res.size;
  charge(n);
  const cv = c ? broadcastValues(c, shape) : null;
  const cs = c ? 0 : truthy(cond);
  const xv = broadcastValues(xa, shape),
    yv = broadcastValues(ya, shape);
  const od = res.data as string[];
  for (let i = 0; i < n; i++) {
    const t = cv ? cv[i] !== 0 && cv[i] !== false && cv[i] !== "" : cs;
    od[i] = t ? elementStr(xv[i], xa.dtype) : elementStr(yv[i], ya.dtype);
  }
  return shape.length === 0 ? new NPScalar(res.dtype, od[0]) : res;
}
function truthy(c: Operand): boolean {
  if (c instanceof NPScalar) return !!c.value;
  if (c instanceof PyScalar) return c.value !== 0;
  return !!c;
}
function asAnyArray(o: StrOperand): NDArray {
  if (o instanceof NPScalar && !isStr(o.dtype)) return new NDArray(o.dtype, [], [o.value]);
  return asStrArray(o);
}
function broadcastValues(a: NDArray, shape: number[]): any[] {
  return values(broadcastTo(a, shape));
}
