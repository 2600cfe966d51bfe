// np.histogramdd and np.histogram2d: NumPy's argument handling (a sample without .shape is atleast_2d(sample).T, one
// bins or range entry per dimension) in front of engine/ndarray/histogramdd.ts.
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar } from "../../../ndarray/index";
import { histogramdd, type DdBins } from "../../../ndarray/histogramdd";
import { PyFloat, PyList, PyTuple } from "../../objects/core";
import { iterToArray, truthy, len } from "../../objects/ops";
import { valueError } from "../../errors";
import { toNd, num, parseArgs } from "./conv";
import { builtinAdder } from "./types";
import { lazyNumpy } from "./lazy";

const none = (v: any) => v === undefined || v === null;
const hasLen = (v: any) => v instanceof PyList || v instanceof PyTuple || (v instanceof NDArray && v.ndim > 0);

/** one entry of bins: a count (a float one is refused by histogramdd, after the range, as NumPy does) or 1-D edges */
function binsEntry(v: any): DdBins {
  // operator.index takes a Python bool (a count of 0 or 1), not np.bool_
  if (typeof v === "number" || typeof v === "boolean") return { count: Number(v), integer: true };
  if (v instanceof PyFloat) return { count: num(v), integer: false };
  if (v instanceof NPScalar) return { count: Number(v.value), integer: N.isInt(v.dtype) };
  const a = toNd(v);
  if (a.ndim === 0) return { count: Number(a.getFlat(0)), integer: N.isInt(a.dtype) };
  return a;
}

function dd(sampleArg: any, binsArg: any, rangeArg: any, densityArg: any, weightsArg: any): [NDArray, NDArray[]] {
  let sample: NDArray;
  if (sampleArg instanceof NDArray && sampleArg.ndim === 2) sample = sampleArg;
  else {
    const a = toNd(sampleArg);
    sample = N.transpose(a.ndim < 2 ? N.reshape(a, [1, a.size]) : a);
    if (sample.ndim !== 2) throw valueError(`too many values to unpack (expected 2)`);
  }
  const D = sample.shape[1];
  let bins: any[];
  if (hasLen(binsArg)) {
    bins = iterToArray(binsArg);
    if (bins.length !== D) throw valueError("The dimension of bins must be equal to the dimension of the sample x.");
  } else bins = new Array(D).fill(binsArg);
  let ranges: ([number, number] | null)[] = new Array(D).fill(null);
  if (!none(rangeArg)) {
    const r = iterToArray(rangeArg);
    if (r.length !== D) throw valueError("range argument must have one entry per dimension");
    ranges = r.map((x) => (none(x) ? null : (iterToArray(x).map((v) => num(v)) as [number, number])));
  }
  return histogramdd(
    sample,
    bins.map(binsEntry),
    ranges,
    !none(densityArg) && truthy(densityArg),
    none(weightsArg) ? null : toNd(weightsArg),
  );
}

lazyNumpy.push((d) => {
  const fn = builtinAdder(d);
  fn("histogramdd", (a, kw) => {
    const p = parseArgs("histogramdd", a, kw, ["sample", "bins", "range", "density", "weights"], 1);
    const [h, edges] = dd(p[0], p[1] ?? 10, p[2], p[3], p[4]);
    return new PyTuple([h, new PyList(edges)]);
  });
  fn("histogram2d", (a, kw) => {
    const p = parseArgs("histogram2d", a, kw, ["x", "y", "bins", "range", "density", "weights"], 2);
    if (len(p[0]) !== len(p[1])) throw valueError("x and y must have the same length.");
    let bins = p[2] ?? 10;
    const nb = hasLen(bins) ? len(bins) : 1;
    if (nb !== 1 && nb !== 2) {
      const e = toNd(bins);
      bins = new PyList([e, e]);
    }
    const [h, edges] = dd(new PyList([p[0], p[1]]), bins, p[3], p[4], p[5]);
    return new PyTuple([h, edges[0], edges[1]]);
  });
});
