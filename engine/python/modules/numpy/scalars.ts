// NumPy scalar methods and constructors (np.float64(x), ...) and the methods of dtype objects.
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar, DType } from "../../../ndarray/index";
import { PyFloat, PyList, PyTuple } from "../../objects/core";
import { typeName } from "../../objects/types";
import { str as pyStr, truthy, toIndex, keyOf, floatToInt } from "../../objects/ops";
import { typeError, exc, excTypes } from "../../errors";
import { formatValue } from "../../objects/format";
import { scalarTypes, PyDtype, toDType, toNd, opnd, scalarToPy, arrayReturn } from "./conv";
import { genericType, dtypeType, dtypeOf, def, prop, callNdMethod, strScalarType } from "./types";
import { strScalar } from "./str-arrays";

// ---------------------------------------------------------------- scalars
def(genericType, "__repr__", (s: NPScalar) => N.scalarRepr(s));
def(genericType, "__str__", (s: NPScalar) => N.scalarStr(s));
def(genericType, "__bool__", (s: NPScalar) => (!!s.value && !(s.value !== s.value)) || s.value !== s.value);
def(genericType, "__float__", (s: NPScalar) => new PyFloat(Number(s.value)));
def(genericType, "__int__", (s: NPScalar) => floatToInt(Number(s.value)));
def(genericType, "__hash__", (s: NPScalar) => keyOf(scalarToPy(s)));
def(genericType, "__format__", (s: NPScalar, a) => formatValue(scalarToPy(s), pyStr(a[0])));
def(genericType, "__round__", (s: NPScalar, a) => {
  const r = N.around(s, a.length && a[0] !== null ? toIndex(a[0]) : 0) as NPScalar;
  return a.length && a[0] !== null
    ? r
    : scalarToPy(N.around(s, 0) as NPScalar) instanceof PyFloat
      ? Math.round(Number(r.value))
      : scalarToPy(r);
});
def(genericType, "item", (s: NPScalar) => scalarToPy(s));
def(genericType, "tolist", (s: NPScalar) => scalarToPy(s));
def(genericType, "astype", (s: NPScalar, a) => {
  const dt = toDType(a[0])!;
  // a str scalar or a cast to str goes through the array cast (NumPy's parsing, formatting and errors)
  if (N.isStr(s.dtype) || N.isStr(dt)) return N.getIndex(N.astype(N.asarray(s), dt), []);
  // into an integer or a narrower float: the array cast, with its warnings ("overflow encountered in cast")
  if ((N.isInt(dt) || dt === "float32" || dt === "float16") && dt !== s.dtype) return N.getIndex(N.astype(N.asarray(s), dt), []);
  return N.asarray(s, dt).data.length ? new NPScalar(dt, N.castValue(Number(s.value), dt)) : s;
});
def(genericType, "is_integer", (s: NPScalar) => Number.isInteger(Number(s.value)));
prop(genericType, "dtype", (s: NPScalar) => dtypeOf(s.dtype));
prop(genericType, "shape", () => new PyTuple([]));
prop(genericType, "ndim", () => 0);
prop(genericType, "size", () => 1);
prop(genericType, "real", (s) => s);
prop(genericType, "T", (s) => s);
for (const m of [
  "sum",
  "mean",
  "max",
  "min",
  "reshape",
  "squeeze",
  "flatten",
  "ravel",
  "copy",
  "round",
  "all",
  "any",
  "argmax",
  "argmin",
  "std",
  "var",
  "prod",
  "clip",
  "transpose",
  "cumsum",
  "cumprod",
  "repeat",
  "swapaxes",
  "take",
  "conj",
  "conjugate",
]) {
  // a scalar's method is the 0-d array's, with a 0-d result returned as a scalar (NumPy's PyArray_Return)
  def(genericType, m, (s: NPScalar, a, kw) => {
    const r = callNdMethod(m, N.asarray(s), a, kw);
    return arrayReturn(r);
  });
}
for (const dt of ["int64", "int32", "int16", "int8", "uint8", "uint16", "uint32", "uint64"] as DType[])
  def(scalarTypes.get(dt)!, "__index__", (s: NPScalar) => Number(s.value));
for (const [dt, t] of scalarTypes) {
  t.ctor = (_cls, args) => {
    let v = args.length ? args[0] : 0;
    const fromStr_ = v instanceof NPScalar && N.isStr(v.dtype);
    if (fromStr_) v = v.value; // np.float64(np.str_('1.5')) parses the text
    if (v instanceof NDArray || v instanceof PyList || v instanceof PyTuple) return toNd(v, dt);
    if (dt === "object") return v;
    // Python's float()/int() syntax, as NumPy parses a str ('inf', '1_000'; not '0x10', nor '5.5' into an integer)
    if (typeof v === "string") {
      const x = N.parseStr(v, dt, fromStr_);
      // a finite text past float32's or float16's range: NumPy's scalar cast warns (an array's astype does not)
      if ((dt === "float32" || dt === "float16") && x - x !== 0 && Number.isFinite(N.parseStr(v, "float64", fromStr_)))
        N.fpCondition(N.getErrState().over, "overflow encountered in cast");
      return new NPScalar(dt, x);
    }
    // a Python int past 2**53: exactly, or NumPy's OverflowError, or this engine's refusal (never rounded)
    if (typeof v === "bigint") return new NPScalar(dt, dt === "uint64" ? N.pyIntUint64Scalar(v) : N.pyIntElement(v, dt));
    if (v instanceof PyFloat && N.isInt(dt)) return new NPScalar(dt, N.pyFloatAsInt(v.v, dt));
    const o = opnd(v);
    if (o === undefined) throw typeError(`${t.name}() argument must be a real number, not '${typeName(v)}'`);
    const arr = N.asarray(o);
    // a NumPy scalar into an integer type is NumPy's cast (np.int64(np.uint64(2**63)) wraps, a float past int64 warns)
    if (o instanceof NPScalar && N.isInt(dt) && o.dtype !== dt && !N.isStr(o.dtype)) return N.getIndex(N.astype(arr, dt), []);
    const val = arr.getFlat(0);
    // into a narrower float, the cast's "overflow encountered in cast" (np.float32(1e300)), when a finite value overflows
    if ((dt === "float32" || dt === "float16") && arr.dtype !== dt) {
      const x = Number(val),
        r = N.castValue(x, dt);
      if (r - r !== 0 && x - x === 0) return N.getIndex(N.astype(arr, dt), []);
    }
    if (dt === "bool") return new NPScalar("bool", truthy(v) ? 1 : 0);
    if (N.isInt(dt) && dt !== "int64" && typeof v === "number" && N.castValue(v, dt) !== v) {
      throw exc(excTypes.get("OverflowError")!, `Python integer ${v} out of bounds for ${dt}`);
    }
    return new NPScalar(dt, N.castValue(Number(val), dt));
  };
  t.dict.set("__instancecheck__", undefined as any);
  t.dict.delete("__instancecheck__");
}

strScalarType.ctor = (_cls, args) => strScalar(args.length ? pyStr(args[0]) : "");

// dtype objects ('<U0' is dtype=str without a width, which NumPy prints as '<U')
def(dtypeType, "__repr__", (d: PyDtype) => `dtype('${d.dt === "object" ? "O" : d.dt === "<U0" ? "<U" : d.dt}')`);
def(dtypeType, "__str__", (d: PyDtype) => d.dt);
def(dtypeType, "__eq__", (d: PyDtype, a) => {
  try {
    return toDType(a[0]) === d.dt;
  } catch {
    return false;
  }
});
def(dtypeType, "__ne__", (d: PyDtype, a) => {
  try {
    return toDType(a[0]) !== d.dt;
  } catch {
    return true;
  }
});
def(dtypeType, "__hash__", (d: PyDtype) => "dtype:" + d.dt);
prop(dtypeType, "name", (d: PyDtype) => (N.isStr(d.dt) ? `str${N.itemsize(d.dt) * 8}` : d.dt));
prop(dtypeType, "itemsize", (d: PyDtype) => N.itemsize(d.dt));
prop(dtypeType, "kind", (d: PyDtype) => N.kindOf(d.dt).replace("O", "O"));
/** dtype.char: the type codes NumPy gives on Linux x86-64 (int64 is 'l', a C long) */
const DTYPE_CHAR: Record<string, string> = {
  bool: "?",
  int8: "b",
  uint8: "B",
  int16: "h",
  uint16: "H",
  int32: "i",
  uint32: "I",
  int64: "l",
  uint64: "L",
  float16: "e",
  float32: "f",
  float64: "d",
  object: "O",
};
prop(dtypeType, "char", (d: PyDtype) => (N.isStr(d.dt) ? "U" : DTYPE_CHAR[d.dt]));
prop(dtypeType, "type", (d: PyDtype) => (N.isStr(d.dt) ? strScalarType : scalarTypes.get(d.dt)));
dtypeType.ctor = (_c, a) => dtypeOf(toDType(a[0])!);
