// quantile / percentile / median and their nan-ignoring variants over any axes, with keepdims and all thirteen of
// NumPy's `method`s — the same virtual indexes, gamma fixes and two-sided lerp as numpy/lib/_function_base_impl.py,
// so results match NumPy to the last bit.
import {
  NDArray,
  NPScalar,
  DType,
  emptyArray,
  charge,
  warn,
  fpCondition,
  getErrState,
  isFloat,
  indexError,
  valueError,
  copyArray,
  castValue,
} from "./core";
import { chargeSort } from "./sort-numbers";
import { normAxes, type Axis } from "./reduce";
import { transpose } from "./shape";
import { f16round, f16viaF32 } from "./float16";

export const QUANTILE_METHODS = [
  "inverted_cdf",
  "averaged_inverted_cdf",
  "closest_observation",
  "interpolated_inverted_cdf",
  "hazen",
  "weibull",
  "linear",
  "median_unbiased",
  "normal_unbiased",
  "lower",
  "higher",
  "midpoint",
  "nearest",
] as const;
export type QuantileMethod = (typeof QUANTILE_METHODS)[number];

export interface QuantileOpts {
  axis: Axis;
  keepdims: boolean;
  method: QuantileMethod;
  /** nanquantile / nanpercentile: NaNs are dropped from each lane */
  ignoreNan: boolean;
  /** q was a Python scalar (NEP 50 weak): a float32 array keeps float32 */
  weakQ: boolean;
  /** q holds integers (np.quantile(a, 0)): linear then takes elements and keeps the array's dtype */
  qInt: boolean;
}

/** the lanes of `a` along `axes`, as contiguous float64 rows, and the shapes of what remains */
function lanes(a: NDArray, axis: Axis, keepdims: boolean): { rows: Float64Array; count: number; n: number; outShape: number[] } {
  const nd = a.ndim;
  const axes = axis === null || axis === undefined ? [...Array(nd).keys()] : normAxes(axis, nd);
  const kept = [...Array(nd).keys()].filter((i) => !axes.includes(i));
  const moved = copyArray(transpose(a, [...kept, ...axes]), "float64");
  const n = axes.reduce((p, i) => p * a.shape[i]!, 1);
  const count = kept.reduce((p, i) => p * a.shape[i]!, 1);
  const rows = Float64Array.from(moved.data as ArrayLike<number>);
  const outShape = keepdims ? a.shape.map((s, i) => (axes.includes(i) ? 1 : s)) : kept.map((i) => a.shape[i]!);
  return { rows, count, n, outShape };
}

/** ascending with NaN last, as np.sort / np.partition order them */
function sortLane(v: Float64Array): Float64Array {
  return v.sort((x, y) => (x !== x ? (y !== y ? 0 : 1) : y !== y ? -1 : x - y));
}

const roundHalfEven = (x: number) => {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
};

export const DISCRETE = new Set<QuantileMethod>(["lower", "higher", "nearest", "inverted_cdf", "closest_observation"]);

/** index-valued methods (NumPy takes the element, keeping the dtype) */
function discreteIndex(method: QuantileMethod, n: number, q: number): number | null {
  const boundary = (index: number, pickPrevious: (gamma: number, index: number) => boolean) => {
    const previous = Math.floor(index),
      gamma = index - previous;
    const r = pickPrevious(gamma, index) ? previous : previous + 1;
    return Math.min(Math.max(r, 0), n - 1);
  };
  switch (method) {
    case "lower":
      return Math.floor((n - 1) * q);
    case "higher":
      return Math.ceil((n - 1) * q);
    case "nearest":
      return roundHalfEven((n - 1) * q);
    case "inverted_cdf":
      return boundary(n * q - 1, (g) => g === 0);
    case "closest_observation":
      return boundary(n * q - 1 - 0.5, (g, i) => g === 0 && ((Math.floor(i) % 2) + 2) % 2 === 1);
    default:
      return null;
  }
}

function virtualIndex(method: QuantileMethod, n: number, q: number): number {
  const hf = (alpha: number, beta: number) => n * q + (alpha + q * (1 - alpha - beta)) - 1;
  switch (method) {
    case "linear":
      return (n - 1) * q;
    case "averaged_inverted_cdf":
      return n * q - 1;
    case "interpolated_inverted_cdf":
      return hf(0, 1);
    case "hazen":
      return hf(0.5, 0.5);
    case "weibull":
      return hf(0, 0);
    case "median_unbiased":
      return hf(1 / 3.0, 1 / 3.0);
    case "normal_unbiased":
      return hf(3 / 8.0, 3 / 8.0);
    case "midpoint":
      return 0.5 * (Math.floor((n - 1) * q) + Math.ceil((n - 1) * q));
    default:
      throw valueError(`'${method}' is not a valid method`);
  }
}

/** How NumPy's _lerp rounds for an array of a float dtype: its element-wise operations (float16's in float32,
 *  then to half), and a Python float weight cast to the dtype. Identity for float64 and integer arrays. */
interface Rounding {
  op: (x: number) => number;
  cast: (x: number) => number;
}
const EXACT: Rounding = { op: (x) => x, cast: (x) => x };
const ROUNDING: Partial<Record<DType, Rounding>> = {
  float32: { op: Math.fround, cast: Math.fround },
  float16: { op: f16viaF32, cast: f16round },
};

/**
 * One quantile of a sorted NaN-free lane. `b - a` is an operation on the array's elements, rounded to its dtype; with
 * a weak (Python scalar) q the weights are cast to that dtype and the whole lerp stays in it, otherwise the weights
 * are float64 arrays and the rest is computed in float64.
 */
function laneQuantile(s: Float64Array, n: number, q: number, o: QuantileOpts, rounding: Rounding, weak: boolean): number {
  const idx = discreteIndex(o.method, n, q);
  if (idx !== null) return s[idx < 0 ? idx + n : idx]!;
  const v = virtualIndex(o.method, n, q);
  let prev = Math.floor(v),
    next = prev + 1;
  if (v >= n - 1) {
    prev = -1;
    next = -1;
  }
  if (v < 0) {
    prev = 0;
    next = 0;
  }
  if (v !== v) {
    prev = -1;
    next = -1;
  }
  let gamma = v - prev;
  if (o.method === "midpoint") gamma = v % 1 === 0 ? 0 : 0.5;
  if (o.method === "averaged_inverted_cdf") gamma = gamma === 0 ? 0.5 : 1;
  const a = s[prev < 0 ? prev + n : prev]!,
    b = s[next < 0 ? next + n : next]!;
  const diff = rounding.op(b - a);
  const { op, cast } = weak ? rounding : EXACT;
  return gamma >= 0.5 ? op(b - op(diff * cast(1 - gamma))) : op(a + op(diff * cast(gamma)));
}

function finish(out: NDArray): NDArray | NPScalar {
  return out.ndim === 0 ? new NPScalar(out.dtype, (out.data as ArrayLike<number>)[0]!) : out;
}

/** np.quantile(a, q, axis, method, keepdims) and np.nanquantile: `qs` are fractions in [0, 1] */
/**
 * NumPy's error for the quantile of an empty lane: a float array's NaN check reads arr[-1]; an integer array's
 * methods that take elements take from nothing, the others read the first q's neighbour (_get_indexes: the index
 * clipped to -1 above n - 1, then to 0 below 0).
 */
function emptyLaneError(inexact: boolean, takes: boolean, method: QuantileMethod, q: number): Error {
  if (!inexact && takes) return indexError("cannot do a non-empty take from an empty axes.");
  let i = -1;
  if (!inexact) {
    const v = virtualIndex(method, 0, q);
    i = v >= -1 ? -1 : Math.floor(v);
    if (v < 0) i = 0;
  }
  return indexError(`index ${i} is out of bounds for axis 0 with size 0`);
}

export function quantile(a: NDArray, qs: NDArray, o: QuantileOpts): NDArray | NPScalar {
  const { rows, count, n, outShape } = lanes(a, o.axis, o.keepdims);
  // each lane is sorted by a comparator (sortLane), at its measured cost per n·log n
  chargeSort(rows.length, n, false);
  charge(count * qs.size);
  const qv = Float64Array.from(copyArray(qs, "float64").data as ArrayLike<number>);
  const takes = DISCRETE.has(o.method) || (o.method === "linear" && o.qInt);
  const rounding = ROUNDING[a.dtype] ?? EXACT;
  // a float32 or float16 array keeps its dtype with a weak q; otherwise the result is float64
  const dt: DType = takes || (o.weakQ && rounding !== EXACT) ? a.dtype : "float64";
  const out = emptyArray(dt, [...qs.shape, ...outShape]);
  const od = out.data as any;
  const inexact = isFloat(a.dtype);
  let allNan = false;
  for (let r = 0; r < count; r++) {
    let lane = sortLane(rows.subarray(r * n, (r + 1) * n));
    const hasNan = inexact && n > 0 && lane[n - 1] !== lane[n - 1];
    if (o.ignoreNan && hasNan) {
      let m = n;
      while (m > 0 && lane[m - 1] !== lane[m - 1]) m--;
      lane = lane.subarray(0, m);
      if (m === 0) allNan = true;
    }
    const len = lane.length;
    if (len === 0 && !o.ignoreNan) throw emptyLaneError(inexact, takes, o.method, qv[0] ?? 0);
    for (let k = 0; k < qv.length; k++) {
      const v = len === 0 || (hasNan && !o.ignoreNan) ? NaN : laneQuantile(lane, len, qv[k]!, o, rounding, o.weakQ);
      od[k * count + r] = castValue(v, dt);
    }
  }
  if (allNan) warn("RuntimeWarning", "All-NaN slice encountered");
  return finish(out);
}

/** np.median / np.nanmedian: the mean of the middle element(s), as np.mean computes it */
export function median(a: NDArray, axis: Axis, keepdims: boolean, ignoreNan: boolean): NDArray | NPScalar {
  const { rows, count, n, outShape } = lanes(a, axis, keepdims);
  chargeSort(rows.length, n, false);
  // np.mean of the middle two: summed in float32 for float16 and float32 (then divided in float32), float64 otherwise
  const dt: DType = a.dtype === "float32" || a.dtype === "float16" ? a.dtype : "float64";
  const r32 = dt === "float64" ? (x: number) => x : Math.fround;
  const out = emptyArray(dt, outShape);
  const od = out.data as any;
  const inexact = isFloat(a.dtype);
  let allNan = false;
  for (let r = 0; r < count; r++) {
    let lane = sortLane(rows.subarray(r * n, (r + 1) * n));
    let len = n;
    if (inexact && n > 0 && lane[n - 1] !== lane[n - 1]) {
      if (!ignoreNan) {
        od[r] = NaN;
        continue;
      }
      while (len > 0 && lane[len - 1] !== lane[len - 1]) len--;
      lane = lane.subarray(0, len);
      if (len === 0) {
        allNan = true;
        od[r] = NaN;
        continue;
      }
    }
    if (len === 0) {
      warn("RuntimeWarning", "Mean of empty slice");
      fpCondition(getErrState().invalid, "invalid value encountered in scalar divide");
      od[r] = NaN;
      continue;
    }
    // the sum starts from add's identity 0.0, so a middle -0.0 comes out as 0.0
    const mid = len % 2 ? 0 + lane[(len - 1) / 2]! : r32(r32(0 + lane[len / 2 - 1]! + lane[len / 2]!) / 2);
    od[r] = dt === "float16" ? f16round(mid) : mid;
  }
  if (allNan) warn("RuntimeWarning", "All-NaN slice encountered");
  return finish(out);
}
