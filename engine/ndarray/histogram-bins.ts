// np.histogram's string `bins` (NumPy's _hist_bin_selectors: 'auto', 'fd', 'doane', 'scott', 'stone', 'rice',
// 'sturges', 'sqrt'): the bin width each estimator computes, step by step in NumPy's dtypes (a float32 array's std
// stays float32, a Python float is weak), then NumPy's count of equal bins, ceil((last - first) / width).
import { NDArray, NPScalar, NPError, PyScalar, charge, astype, isInt, valueError, typeError, warn } from "./core";
import { binary, unary } from "./ops";
import { max, min, mean, variance } from "./reduce";
import { quantile } from "./quantile";
import { ddot } from "./ddot";
import { glibcPow } from "../random/glibc-pow";

export const BIN_ESTIMATORS = ["stone", "auto", "doane", "fd", "rice", "scott", "sqrt", "sturges"];

type Num = NDArray | NPScalar;
const f = (v: number) => new PyScalar("float", v); // a Python float
const val = (x: Num | number): number => (typeof x === "number" ? x : x instanceof NPScalar ? Number(x.value) : Number(x.getFlat(0)));
const div = (a: any, b: any) => binary("divide", a, b);
const mul = (a: any, b: any) => binary("multiply", a, b);
const add = (a: any, b: any) => binary("add", a, b);

/** _ptp: x.max() - x.min(), an integer difference taken unsigned (exact here) */
function ptp(x: NDArray): Num {
  const hi = max(x) as NPScalar,
    lo = min(x) as NPScalar;
  if (isInt(x.dtype)) return new NPScalar(x.dtype.startsWith("u") ? x.dtype : "uint64", Number(hi.value) - Number(lo.value));
  return binary("subtract", hi, lo);
}

const sqrtW = (x: NDArray) => div(ptp(x), unary("sqrt", new NPScalar("float64", x.size)));
const sturgesW = (x: NDArray) => div(ptp(x), add(unary("log2", new NPScalar("float64", x.size)), f(1)));
const fdW = (x: NDArray) => {
  const q = quantile(x, new NDArray("float64", [2], Float64Array.of(0.75, 0.25)), {
    axis: null,
    keepdims: false,
    method: "linear",
    ignoreNan: false,
    weakQ: false,
    qInt: false,
  }) as NDArray;
  const iqr = binary("subtract", new NPScalar(q.dtype, q.getFlat(0)), new NPScalar(q.dtype, q.getFlat(1)));
  return mul(mul(f(2), iqr), f(glibcPow(x.size, -1 / 3)));
};

function stoneW(x: NDArray, range: [number, number], histogram: HistogramFn): Num | number {
  const n = x.size,
    ptpX = ptp(x);
  if (n <= 1 || val(ptpX) === 0) return 0;
  const upper = Math.max(100, Math.trunc(Math.sqrt(n)));
  let best = 1,
    bestJ = Infinity;
  for (let nbins = 1; nbins <= upper; nbins++) {
    const hh = div(ptpX, new PyScalar("int", nbins));
    const counts = histogram(x, nbins, range);
    charge(nbins);
    const pk = astype(div(counts, new PyScalar("int", n)) as NDArray, "float64").data as Float64Array;
    const j = val(div(f(2 - (n + 1) * ddot(pk, 0, 1, pk, 0, 1, nbins)), hh));
    if (j < bestJ || nbins === 1) {
      best = nbins;
      bestJ = j;
    }
  }
  if (best === upper) warn("RuntimeWarning", "The number of bins estimated may be suboptimal.");
  return div(ptpX, new PyScalar("int", best));
}

function doaneW(x: NDArray): Num | number {
  const n = x.size;
  if (n > 2) {
    const sg1 = Math.sqrt((6 * (n - 2)) / ((n + 1) * (n + 3)));
    const sigma = variance(x, undefined, {}, true) as NPScalar;
    if (val(sigma) > 0) {
      let temp = binary("subtract", x, mean(x)) as NDArray;
      temp = div(temp, sigma) as NDArray;
      temp = binary("power", temp, new PyScalar("int", 3)) as NDArray;
      const g1 = mean(temp) as NPScalar;
      const denom = add(add(f(1), unary("log2", new NPScalar("float64", n))), unary("log2", add(f(1), div(unary("absolute", g1), f(sg1)))));
      return div(ptp(x), denom);
    }
  }
  return 0;
}

export type HistogramFn = (x: NDArray, bins: number, range: [number, number]) => NDArray;

/** The number of equal bins NumPy's estimator `name` gives the data `a` (ravelled) within `range` (or its own). */
export function estimatedBinCount(
  a: NDArray,
  name: string,
  range: [number, number] | null,
  weighted: boolean,
  histogram: HistogramFn,
): number {
  if (!BIN_ESTIMATORS.includes(name)) throw valueError(`'${name}' is not a valid estimator for \`bins\``);
  if (weighted) throw typeError("Automated estimation of the number of bins is not supported for weighted data");
  if (a.dtype !== "float64" && a.dtype !== "float32" && !isInt(a.dtype))
    throw new NPError("NotImplementedError", `histogram(bins='${name}') of ${a.dtype} arrays is not supported by this engine`);
  let x = a;
  let first: number, last: number;
  if (range) {
    [first, last] = range;
    if (first > last) throw valueError("max must be larger than min in range parameter.");
    if (!Number.isFinite(first) || !Number.isFinite(last))
      throw new NPError("NotImplementedError", "histogram: a range that is not finite");
    const src = astype(a, "float64").data as Float64Array;
    charge(src.length);
    const kept = src.filter((v) => v >= first && v <= last);
    if (kept.length !== src.length) x = astype(new NDArray("float64", [kept.length], kept), a.dtype);
  } else if (a.size === 0) [first, last] = [0, 1];
  else {
    first = val(min(a) as NPScalar);
    last = val(max(a) as NPScalar);
    if (!Number.isFinite(first) || !Number.isFinite(last)) throw valueError(`autodetected range of [${first}, ${last}] is not finite`);
  }
  if (first === last) [first, last] = [first - 0.5, last + 0.5];
  if (x.size === 0) return 1;
  let width: Num | number;
  switch (name) {
    case "sqrt":
      width = sqrtW(x);
      break;
    case "sturges":
      width = sturgesW(x);
      break;
    case "rice":
      width = div(ptp(x), f(2 * glibcPow(x.size, 1 / 3)));
      break;
    case "scott":
      width = mul(f(glibcPow((24 * glibcPow(Math.PI, 0.5)) / x.size, 1 / 3)), variance(x, undefined, {}, true));
      break;
    case "fd":
      width = fdW(x);
      break;
    case "doane":
      width = doaneW(x);
      break;
    case "stone":
      width = stoneW(x, [first, last], histogram);
      break;
    default: {
      // auto: min(max(fd, sqrt / 2), sturges), with Python's max and min
      const fd = fdW(x),
        half = div(sqrtW(x), new PyScalar("int", 2)),
        st = sturgesW(x);
      const corrected = val(half) > val(fd) ? half : fd;
      width = val(st) < val(corrected) ? st : corrected;
    }
  }
  let w = val(width);
  if (!w) return 1;
  if (isInt(a.dtype) && w < 1) w = 1;
  // delta: in the data's dtype when the edges come from it (float32 data: a float32 difference)
  const delta = !range && a.dtype === "float32" ? Math.fround(last - first) : last - first;
  const widthIsF32 = typeof width !== "number" && width.dtype === "float32" && !(isInt(a.dtype) && val(width) < 1);
  const q = widthIsF32 && !range && a.dtype === "float32" ? Math.fround(delta / w) : delta / w;
  return Math.ceil(q);
}
