// np.nansum, nanprod, nanmax, nanmin, nanmean, nanargmax, nanargmin: NaNs replaced by the reduction's identity, with
// NumPy's signatures (Python functions: CPython's argument errors) and NumPy's errors for str arrays.
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import { truthy } from "../../objects/ops";
import { PyList, type PyExcObj } from "../../objects/core";
import { typeError, valueError, exc, UFuncTypeError } from "../../errors";
import { chargeLoop } from "../../charge";
import { toNd, axisArg, unsupported } from "./conv";
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

/** Code points of s (NumPy's str width), charged as a scan when long. */
function codePoints(s: string): number {
  chargeLoop(s.length);
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00) n--;
  }
  return n;
}

/**
 * This engine keeps strings in object arrays where NumPy makes a str array ('<Un'): the width n NumPy would give
 * `arr` when every element is a str, 0 otherwise (an object array NumPy keeps as object).
 */
function strWidth(arr: NDArray): number {
  if (arr.dtype !== "object" || arr.size === 0) return 0;
  chargeLoop(arr.size);
  for (let i = 0; i < arr.size; i++) if (typeof arr.getFlat(i) !== "string") return 0;
  let w = 1;
  for (let i = 0; i < arr.size; i++) w = Math.max(w, codePoints(arr.getFlat(i)));
  return w;
}

/**
 * The error NumPy raises reducing a str array of width w (sum and mean find no add loop for str, prod no multiply
 * loop; max and min go through fmax/fmin for an ndarray, maximum/minimum for anything else); undefined where NumPy
 * goes on (argmax/argmin compare str; prod with a dtype casts first).
 */
function strError(base: Base, w: number, wasArray: boolean, dtype: any): PyExcObj | undefined {
  const u = `dtype('<U${w}')`;
  const noLoop = (ufunc: string) =>
    exc(UFuncTypeError, `ufunc '${ufunc}' did not contain a loop with signature matching types (${u}, ${u}) -> None`);
  switch (base) {
    case "sum":
    case "mean":
      return typeError(`the resolved dtypes are not compatible with add.reduce. Resolved (${u}, ${u}, dtype('<U${2 * w}'))`);
    case "prod":
      return dtype === undefined || dtype === null ? noLoop("multiply") : undefined;
    case "max":
      return noLoop(wasArray ? "fmax" : "maximum");
    case "min":
      return noLoop(wasArray ? "fmin" : "minimum");
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
  if (!N.isFloat(arr.dtype)) return reduceCall(base, arr, [], restOrNull);
  const mask = N.asarray(N.unary("isnan", arr));
  const clean = N.asarray(N.where3(mask, FILL[base], arr));
  if (base === "mean") {
    const cnt = N.sum(N.asarray(N.unary("logical_not", mask)), axis, { keepdims });
    const total = reduceCall("sum", clean, [], restOrNull);
    if (truthy(N.any(N.asarray(N.binary("equal", cnt, 0))))) N.warn("RuntimeWarning", "Mean of empty slice");
    return quietly(() => N.binary("divide", total, cnt));
  }
  const r = reduceCall(base, clean, [], restOrNull);
  // a 0-d array has one slice whatever the axis (argmax takes it as 1-d)
  const allNan = N.all(mask, arr.ndim === 0 ? null : axis, { keepdims });
  if (!truthy(N.any(N.asarray(allNan)))) return r;
  if (base === "argmax" || base === "argmin") throw valueError("All-NaN slice encountered");
  if (base === "max" || base === "min") {
    N.warn("RuntimeWarning", "All-NaN slice encountered");
    return N.where3(allNan, NaN, r);
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
