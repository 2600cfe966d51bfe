// Reductions of object arrays as NumPy's object loops do them: each step is a Python operation on the elements (+ and
// * for sum/prod/cumsum/cumprod, >= and <= for max/min, > and < for argmax/argmin, truth for any/all/count_nonzero),
// in NumPy's order; a reduction over no element gives the identity (0, 1) or NumPy's error; a 0-d result is the Python
// object itself; mean divides the sum by the count as np.mean does. An object array of str only is the str array NumPy
// would have made (str-arrays.ts): its sum, prod, max, min, mean and cumulations raise NumPy's str errors.
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar, type DType } from "../../../ndarray/index";
import { PyFloat, PyList, PyTuple } from "../../objects/core";
import { binop, compare, truthy } from "../../objects/ops";
import { typeError, valueError, exc, excTypes } from "../../errors";
import { chargeNative } from "../../charge";
import { strWidth, strLoopError, type StrLoop } from "./str-arrays";

/** one Python operation on an element: about one interpreted step */
const NS_PER_ELEMENT = 100;

type Fold = "sum" | "prod" | "max" | "min";
const FOLDS: Record<Fold, { step: (acc: any, v: any) => any; identity?: unknown; ufunc: string }> = {
  sum: { step: (acc, v) => binop("+", acc, v), identity: 0, ufunc: "add" },
  prod: { step: (acc, v) => binop("*", acc, v), identity: 1, ufunc: "multiply" },
  // NumPy's npy_ObjectMax/Min: keep the accumulator unless the comparison is false
  max: { step: (acc, v) => (truthy(compare(">=", acc, v)) ? acc : v), ufunc: "maximum" },
  min: { step: (acc, v) => (truthy(compare("<=", acc, v)) ? acc : v), ufunc: "minimum" },
};

/** the ufunc loop a str array lacks for each reduction (those not listed compare or test truth: they work on str) */
const STR_LOOPS: Record<string, StrLoop> = {
  sum: "add.reduce",
  mean: "add.reduce",
  std: "add.reduce",
  var: "add.reduce",
  median: "add.reduce",
  nanmedian: "add.reduce",
  average: "add.reduce",
  nanvar: "add.reduce",
  nanstd: "add.reduce",
  cumsum: "add.accumulate",
  prod: "multiply",
  cumprod: "multiply",
  max: "maximum",
  amax: "maximum",
  ptp: "maximum",
  min: "minimum",
  amin: "minimum",
};

type Plan = ReturnType<typeof N._internal.plan>;
/** the slices reduced over `axis`, charged as one Python operation per element */
function slices(a: NDArray, axis: N.Axis): Plan {
  const p = N._internal.plan(a, N.normAxes(axis, a.ndim));
  chargeNative(a.size * NS_PER_ELEMENT);
  return p;
}
/** one value per slice as the result of that shape: the value itself (a Python object or a NumPy scalar) when 0-d */
function result(values: any[], dt: DType, shape: number[]): any {
  if (shape.length === 0) return dt === "object" ? values[0] : new NPScalar(dt, values[0]);
  const out = N.emptyArray(dt, shape.slice());
  const od = out.data as any;
  for (let i = 0; i < values.length; i++) od[i] = values[i];
  return out;
}

/** sum, prod, max, min: a Python operation folds each slice, from `initial` or else from the slice's first element */
function fold(name: Fold, a: NDArray, axis: N.Axis, keepdims: boolean, initial: unknown): any {
  const { step, identity, ufunc } = FOLDS[name];
  const p = slices(a, axis);
  if (p.inner === 0 && initial === undefined && identity === undefined)
    throw valueError(`zero-size array to reduction operation ${ufunc} which has no identity`);
  const d = a.data as unknown[];
  const values = new Array(p.outer);
  for (let k = 0; k < p.outer; k++) {
    const b = p.base[k]!;
    let acc = initial,
      j = 0;
    if (acc === undefined) {
      if (p.inner === 0) acc = identity;
      else acc = d[b + p.rel[j++]!];
    }
    for (; j < p.inner; j++) acc = step(acc, d[b + p.rel[j]!]);
    values[k] = acc;
  }
  return result(values, "object", keepdims ? p.keepShape : p.outShape);
}

/** any, all, count_nonzero: the truth of every element (NumPy casts the objects to bool first) */
function truth(name: "any" | "all" | "count_nonzero", a: NDArray, axis: N.Axis, keepdims: boolean): any {
  const p = slices(a, axis);
  const d = a.data as unknown[];
  const values = new Array(p.outer);
  for (let k = 0; k < p.outer; k++) {
    const b = p.base[k]!;
    let n = 0;
    for (let j = 0; j < p.inner; j++) if (truthy(d[b + p.rel[j]!])) n++;
    values[k] = name === "count_nonzero" ? n : (name === "any" ? n > 0 : n === p.inner) ? 1 : 0;
  }
  return result(values, name === "count_nonzero" ? "int64" : "bool", keepdims ? p.keepShape : p.outShape);
}

/** argmax/argmin as NumPy's OBJECT_argmax: a later element wins when it compares greater (less) than the best so far */
function argBest(a: NDArray, axis: number | null, isMax: boolean, keepdims: boolean): any {
  if (a.ndim === 0) return (isMax ? N.argmax : N.argmin)(a, axis, { keepdims });
  const src = axis === null ? N.ravel(a) : a;
  const ax = axis === null ? 0 : N.normAxis(axis, a.ndim);
  const n = src.shape[ax]!;
  if (n === 0) throw valueError(`attempt to get ${isMax ? "argmax" : "argmin"} of an empty sequence`);
  const p = N._internal.plan(src, [ax]);
  chargeNative(src.size * NS_PER_ELEMENT);
  const d = src.data as unknown[],
    s = src.strides[ax]!,
    op = isMax ? ">" : "<";
  const values = new Array(p.outer);
  for (let k = 0; k < p.outer; k++) {
    const b = p.base[k]!;
    let best = d[b],
      at = 0;
    for (let j = 1; j < n; j++) {
      const v = d[b + j * s];
      if (truthy(compare(op, v, best))) {
        best = v;
        at = j;
      }
    }
    values[k] = at;
  }
  const shape = keepdims ? a.shape.map((x, i) => (axis === null || i === ax ? 1 : x)) : axis === null ? [] : p.outShape;
  return result(values, "int64", shape);
}

/** cumsum/cumprod: the first element as it is, then each partial result combined with the next element */
function cumulate(a: NDArray, axis: number | null, isProd: boolean): NDArray {
  const src = axis === null || a.ndim === 0 ? N.ravel(a) : a;
  const ax = axis === null || a.ndim === 0 ? 0 : N.normAxis(axis, a.ndim);
  const out = N.emptyArray("object", src.shape.slice());
  const p = N._internal.plan(src, [ax]),
    op = N._internal.plan(out, [ax]);
  chargeNative(src.size * NS_PER_ELEMENT);
  const d = src.data as unknown[],
    od = out.data as unknown[];
  const n = src.shape[ax]!,
    s = src.strides[ax]!,
    os = out.strides[ax]!,
    sym = isProd ? "*" : "+";
  for (let k = 0; k < p.outer; k++) {
    const b = p.base[k]!,
      ob = op.base[k]!;
    let acc: unknown;
    for (let j = 0; j < n; j++) {
      const v = d[b + j * s];
      acc = j === 0 ? v : binop(sym, acc, v);
      od[ob + j * os] = acc;
    }
  }
  return out;
}

/**
 * A reduced object total divided by its count as np.mean does (`ret / rcount`, rcount an np.intp): a Python number
 * gives an np.float64, a NumPy scalar keeps its type, a str finds no divide loop, a list becomes an array divided,
 * and anything else is divided by the count as a Python int.
 */
export function divideByCount(total: unknown, count: number): unknown {
  if (total instanceof NPScalar) {
    const q = binop("/", total, new NPScalar("int64", count));
    return q instanceof NPScalar && total.dtype !== "object" ? new NPScalar(total.dtype, N.castValue(Number(q.value), total.dtype)) : q;
  }
  const x =
    typeof total === "number"
      ? total
      : typeof total === "bigint"
        ? Number(total)
        : typeof total === "boolean"
          ? Number(total)
          : total instanceof PyFloat
            ? total.v
            : undefined;
  if (x !== undefined) {
    if (count === 0) N.warn("RuntimeWarning", `${x === 0 || x !== x ? "invalid value" : "divide by zero"} encountered in scalar divide`);
    return new NPScalar("float64", x / count);
  }
  if (typeof total === "string")
    throw typeError(
      "ufunc 'divide' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
    );
  if (total instanceof PyList || total instanceof PyTuple) return binop("/", total, new NPScalar("int64", count));
  return binop("/", total, count);
}

/** each element of an object array of totals divided by its count (a Python int), as np.true_divide's object loop */
export function divideEach(totals: NDArray, count: (i: number) => number): NDArray {
  const out = N.emptyArray("object", totals.shape.slice());
  const td = N.ravel(totals).data as unknown[],
    od = out.data as unknown[];
  chargeNative(td.length * NS_PER_ELEMENT);
  for (let i = 0; i < od.length; i++) od[i] = binop("/", td[i], count(i));
  return out;
}

function mean(a: NDArray, axis: N.Axis, keepdims: boolean): unknown {
  let n = 1;
  for (const ax of N.normAxes(axis, a.ndim)) n *= a.shape[ax]!;
  if (n === 0) N.warn("RuntimeWarning", "Mean of empty slice");
  const total = fold("sum", a, axis, keepdims, undefined);
  return total instanceof NDArray ? divideEach(total, () => n) : divideByCount(total, n);
}

/** NumPy's error for a reduction of what NumPy would have made a str array, after the axis is checked */
function checkStrArray(name: string, a: NDArray, axis: N.Axis): void {
  const loop = STR_LOOPS[name];
  if (loop === undefined) return;
  const w = strWidth(a);
  if (!w) return;
  if (name === "cumsum" || name === "cumprod") {
    if (typeof axis === "number") N.normAxis(axis, Math.max(a.ndim, 1));
  } else N.normAxes(axis, a.ndim);
  throw strLoopError(loop, w);
}

/**
 * np.<name>(a, axis, keepdims=..., initial=...) of an object array (axis already checked for a 0-d array; a 0-d
 * array's cumulations and argmax/argmin take axis null). `initial` is the Python object or undefined.
 */
export function objectReduction(name: string, a: NDArray, axis: N.Axis, keepdims: boolean, initial: unknown): unknown {
  checkStrArray(name, a, axis);
  switch (name) {
    case "sum":
    case "prod":
    case "max":
    case "min":
      return fold(name, a, axis, keepdims, initial);
    case "amax":
    case "amin":
      return fold(name === "amax" ? "max" : "min", a, axis, keepdims, initial);
    case "any":
    case "all":
    case "count_nonzero":
      return truth(name, a, axis, keepdims);
    case "mean":
      return mean(a, axis, keepdims);
    case "argmax":
    case "argmin":
      return argBest(a, axis as number | null, name === "argmax", keepdims);
    case "cumsum":
    case "cumprod":
      return cumulate(a, axis as number | null, name === "cumprod");
    default:
      throw exc(excTypes.get("NotImplementedError")!, `np.${name}() of an object array is not supported by this engine`);
  }
}

/** NumPy's _replace_nan for an object array: a copy with `fill` where an element is not equal to itself (a NaN) */
export function replaceObjectNan(a: NDArray, fill: unknown): { clean: NDArray; mask: NDArray } {
  const clean = N.copyArray(a);
  const mask = N.emptyArray("bool", a.shape.slice());
  const d = clean.data as unknown[],
    md = mask.data as Uint8Array;
  chargeNative(d.length * NS_PER_ELEMENT);
  for (let i = 0; i < d.length; i++) {
    if (truthy(compare("!=", d[i], d[i]))) {
      md[i] = 1;
      d[i] = fill;
    }
  }
  return { clean, mask };
}
