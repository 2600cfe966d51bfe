// np.nansum, nanprod, nanmax, nanmin, nanmean, nanargmax, nanargmin: NaNs replaced by the reduction's identity, with
// NumPy's signatures (Python functions: CPython's argument errors), NumPy's errors for str arrays and NumPy's
// _replace_nan for object arrays (an element not equal to itself is a NaN).
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar } from "../../../ndarray/index";
import { truthy } from "../../objects/ops";
import { PyFloat, PyList, type PyExcObj } from "../../objects/core";
import { typeName } from "../../objects/types";
import { typeError, valueError, exc, excTypes } from "../../errors";
import { strWidth, strLoopError } from "./str-arrays";
import { replaceObjectNan, divideByCount, divideEach } from "./object-reductions";
import { toNd, axisArg, unsupported, toDType } from "./conv";
import { reduceCall } from "./ndarray-methods";
import { quietly } from "./errstate";
import { builtinAdder } from "./types";
import { bindPy, type PySignature } from "./signature";

type Base = "sum" | "prod" | "max" | "min" | "mean" | "argmax" | "argmin";
type Param = "a" | "axis" | "dtype" | "out" | "keepdims" | "initial" | "where";

/** NumPy's signatures (numpy/lib/_nanfunctions_impl.py) */
const SIGNATURES: Record<Base, { positional: Param[]; keywordOnly?: Param[] }> = {
  sum: { positional: ["a", "axis", "dtype", "out", "keepdims", "initial", "where"] },
  max: { positional: ["a", "axis", "out", "keepdims", "initial", "where"] },
  min: { positional: ["a", "axis", "out", "keepdims", "initial", "where"] },
  mean: { positional: ["a", "axis", "dtype", "out", "keepdims"], keywordOnly: ["where"] },
  argmax: { positional: ["a", "axis", "out"], keywordOnly: ["keepdims"] },
  argmin: { positional: ["a", "axis", "out"], keywordOnly: ["keepdims"] },
  prod: { positional: ["a", "axis", "dtype", "out", "keepdims", "initial", "where"] },
};
/** what a NaN becomes before the reduction */
const FILL: Record<Base, number> = { sum: 0, prod: 1, max: -Infinity, min: Infinity, mean: 0, argmax: -Infinity, argmin: Infinity };

/**
 * The error NumPy raises reducing a str array of width w (sum and mean find no add loop for str, prod no multiply
 * loop; max and min go through fmax/fmin for an ndarray, maximum/minimum for anything else); undefined where NumPy
 * goes on (argmax/argmin compare str; prod with a dtype casts first).
 */
function strError(base: Base, w: number, wasArray: boolean, dtype: any): PyExcObj | undefined {
  switch (base) {
    case "sum":
    case "mean":
      return strLoopError("add.reduce", w);
    case "prod":
      return dtype === undefined || dtype === null ? strLoopError("multiply", w) : undefined;
    case "max":
      return strLoopError(wasArray ? "fmax" : "maximum", w);
    case "min":
      return strLoopError(wasArray ? "fmin" : "minimum", w);
    default:
      return undefined;
  }
}

/** The axis check NumPy makes before it looks for a loop: a ufunc reduction takes axis 0 or -1 of a 0-d array. */
function checkAxis(base: Base, axis: number | number[] | null, ndim: number): void {
  if (axis === null) return;
  if (ndim === 0 && base !== "mean" && (axis === 0 || axis === -1)) return;
  N.normAxes(axis, ndim);
}

/**
 * nanargmax/nanargmin take one int axis; NumPy first reduces the NaN mask of a float or object array over it (so the
 * axis is checked as a reduction's), then calls argmax.
 */
function checkArgAxis(pyAxis: any, axis: number | number[] | null, arr: NDArray, masked: boolean): void {
  if (pyAxis instanceof PyList) throw typeError("'list' object cannot be interpreted as an integer");
  if (masked) checkAxis("argmax", axis, arr.ndim);
  if (Array.isArray(axis)) throw typeError("'tuple' object cannot be interpreted as an integer");
}

function nanReduce(base: Base, p: Record<Param, any>): any {
  const name = `nan${base}`;
  unsupported(name, "out", p.out);
  unsupported(name, "where", p.where, (v) => v === undefined || v === true);
  const arr = toNd(p.a);
  const axis = axisArg(p.axis);
  const keepdims = p.keepdims !== undefined && truthy(p.keepdims);
  const w = strWidth(arr);
  if (w) {
    const e = strError(base, w, p.a instanceof NDArray, p.dtype);
    if (e) {
      checkAxis(base, axis, arr.ndim);
      throw e;
    }
  }
  if (base === "argmax" || base === "argmin") checkArgAxis(p.axis, axis, arr, N.isFloat(arr.dtype) || (arr.dtype === "object" && !w));
  const rest = new Map<string, any>();
  for (const k of ["axis", "dtype", "keepdims", "initial"] as const) if (p[k] !== undefined) rest.set(k, p[k]);
  const restOrNull = rest.size ? rest : null;
  if (arr.dtype === "object" && !w) return nanObject(base, arr, rest);
  if (!N.isFloat(arr.dtype)) return reduceCall(base, arr, [], restOrNull);
  const mask = N.asarray(N.unary("isnan", arr));
  const clean = N.asarray(N.where3(mask, FILL[base], arr));
  if (base === "mean") {
    if (p.dtype !== undefined && p.dtype !== null && !N.isFloat(toDType(p.dtype)!))
      throw typeError("If a is inexact, then dtype must be inexact");
    const cnt = reduceCall("sum", N.asarray(N.unary("logical_not", mask)), [], axisOptions(rest));
    const total = reduceCall("sum", clean, [], restOrNull);
    if (truthy(N.any(N.asarray(N.binary("equal", cnt, 0))))) N.warn("RuntimeWarning", "Mean of empty slice");
    const avg = quietly(() => N.binary("divide", total, cnt));
    // NumPy divides into the sum's own array (true_divide(..., out=tot, casting='unsafe')): float32/float16 stay
    const dt = (total as NDArray | NPScalar).dtype;
    if (dt === "float64" || !N.isFloat(dt)) return avg;
    return avg instanceof NPScalar ? new NPScalar(dt, N.castValue(avg.value, dt)) : N.astype(avg as NDArray, dt);
  }
  const r = reduceCall(base, clean, [], restOrNull);
  // a 0-d array has one slice whatever the axis (argmax takes it as 1-d)
  const allNan = N.all(mask, arr.ndim === 0 ? null : axis, { keepdims });
  if (!truthy(N.any(N.asarray(allNan)))) return r;
  if (base === "argmax" || base === "argmin") throw valueError("All-NaN slice encountered");
  if (base === "max" || base === "min") {
    // NumPy's fast path (an ndarray) and its _replace_nan path (anything else: a list) word the warning differently
    N.warn("RuntimeWarning", p.a instanceof NDArray ? "All-NaN slice encountered" : "All-NaN axis encountered");
    return N.where3(allNan, NaN, r);
  }
  return r;
}

/** the axis and keepdims of a nan-function's options (those the NaN mask is reduced with) */
function axisOptions(rest: Map<string, any>): Map<string, any> {
  const m = new Map<string, any>();
  for (const k of ["axis", "keepdims"]) if (rest.has(k)) m.set(k, rest.get(k));
  return m;
}

/** what NumPy puts in place of a NaN of an object array before the reduction */
const OBJECT_FILL: Record<Base, () => unknown> = {
  sum: () => 0,
  mean: () => 0,
  prod: () => 1,
  max: () => new PyFloat(-Infinity),
  argmax: () => new PyFloat(-Infinity),
  min: () => new PyFloat(Infinity),
  argmin: () => new PyFloat(Infinity),
};

/**
 * A nan-function of an object array as NumPy's Python code runs it: the elements not equal to themselves replaced,
 * the reduction run on the copy; an all-NaN slice of max/min becomes nan (NumPy's _copyto, which fails on the object
 * a full reduction gives), of argmax/argmin a ValueError; nanmean divides the sum by the count of the others.
 */
function nanObject(base: Base, arr: NDArray, rest: Map<string, any>): any {
  const { clean, mask } = replaceObjectNan(arr, OBJECT_FILL[base]());
  const allNan = () => reduceCall("all", mask, [], axisOptions(rest));
  if (base === "mean") {
    const cnt = reduceCall("sum", N.asarray(N.unary("logical_not", mask)), [], axisOptions(rest));
    const total = reduceCall("sum", clean, [], rest);
    if (truthy(N.any(N.asarray(N.binary("equal", cnt, 0))))) N.warn("RuntimeWarning", "Mean of empty slice");
    if (!(total instanceof NDArray)) return divideByCount(total, Number((cnt as NPScalar).value));
    if (total.dtype !== "object") return quietly(() => N.binary("divide", total, cnt));
    const counts = N.ravel(cnt as NDArray).data as ArrayLike<number>;
    return divideEach(total, (i) => counts[i]!);
  }
  if (base === "argmax" || base === "argmin") {
    if (mask.size && truthy(N.any(N.asarray(allNan())))) throw valueError("All-NaN slice encountered");
    return reduceCall(base, clean, [], rest);
  }
  const r = reduceCall(base, clean, [], rest);
  if ((base === "max" || base === "min") && truthy(N.any(N.asarray(allNan())))) {
    if (!(r instanceof NDArray || r instanceof NPScalar))
      throw exc(excTypes.get("AttributeError")!, `'${typeName(r)}' object has no attribute 'dtype'`);
    N.warn("RuntimeWarning", "All-NaN axis encountered");
    if (r instanceof NPScalar) return new NPScalar(r.dtype, NaN);
    const nan = N.ravel(N.asarray(allNan())).data as ArrayLike<number>;
    const rd = r.data as unknown[];
    for (let i = 0; i < rd.length; i++) if (nan[i]) rd[i] = r.dtype === "object" ? new PyFloat(NaN) : NaN;
  }
  return r;
}

export function addNanReductions(d: Map<string, any>): void {
  const fn = builtinAdder(d);
  for (const base of Object.keys(SIGNATURES) as Base[]) {
    const sig: PySignature<Param> = { name: `nan${base}`, required: 1, ...SIGNATURES[base] };
    fn(sig.name, (a, kw) => nanReduce(base, bindPy(sig, a, kw)));
  }
}
