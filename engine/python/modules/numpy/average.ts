// np.average(a, axis=None, weights=None, returned=False, *, keepdims=False) as NumPy computes it: the weighted sum in
// the result dtype divided by the weights' sum; 1-D weights lie along the one axis given.
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar } from "../../../ndarray/index";
import { PyTuple, KW } from "../../objects/core";
import { truthy } from "../../objects/ops";
import { typeError, valueError, exc, excTypes } from "../../errors";
import { toNd, axisArg, parseNamed, maxPositional, arrayReturn } from "./conv";
import { objectReduction } from "./object-reductions";

export function average(args: any[], kw: KW): any {
  maxPositional("average", args, 4);
  const p = parseNamed("average", args, kw, ["a", "axis", "weights", "returned", "keepdims"], 1);
  const arr = toNd(p.a);
  const axis = axisArg(p.axis);
  if (axis !== null) N.normalizeAxisTuple(axis, arr.ndim, "axis");
  const keepdims = p.keepdims !== undefined && truthy(p.keepdims);
  const returned = p.returned !== undefined && truthy(p.returned);
  if (arr.dtype === "object") {
    if (p.weights !== undefined && p.weights !== null)
      throw new N.NPError("NotImplementedError", "average(weights=…) of object arrays is not supported by this engine");
    if (returned || keepdims)
      throw new N.NPError("NotImplementedError", "average(returned=, keepdims=) of object arrays is not supported by this engine");
    return objectReduction("average", arr, axis, false, undefined);
  }
  if (p.weights === undefined || p.weights === null) {
    const avg = N.mean(arr, axis, { keepdims });
    if (!returned) return avg;
    const n = arr.size / Math.max(1, avg instanceof NDArray ? avg.size : 1);
    const dt = avg instanceof NDArray ? avg.dtype : (avg as NPScalar).dtype;
    const scl = avg instanceof NDArray ? N.full(avg.shape, n, dt) : new NPScalar(dt, n);
    return new PyTuple([avg, scl]);
  }
  if (arr.dtype === "float16")
    throw new N.NPError(
      "NotImplementedError",
      `average(weights=…) of float16 arrays is not supported by this engine (use .astype(np.float32))`,
    );
  let w = toNd(p.weights);
  const rd = N.isFloat(arr.dtype) ? N.promoteTypes(arr.dtype, w.dtype) : N.promoteTypes(N.promoteTypes(arr.dtype, w.dtype), "float64");
  if (w.shape.length !== arr.shape.length || w.shape.some((s, i) => s !== arr.shape[i])) {
    if (axis === null) throw typeError("Axis must be specified when shapes of a and weights differ.");
    const axes = (typeof axis === "number" ? [axis] : axis).map((ax) => N.normAxis(ax, arr.ndim));
    if (w.ndim !== axes.length || w.shape.some((s, i) => s !== arr.shape[axes[i]!]))
      throw valueError("Shape of weights must be consistent with shape of a along specified axis.");
    // NumPy: transposed by argsort(axis), reshaped to a's shape with 1 on the other axes
    const order = [...axes.keys()].sort((i, j) => axes[i]! - axes[j]!);
    w = N.reshape(
      N.ascontiguousarray(N.transpose(w, order)),
      arr.shape.map((s, ax) => (axes.includes(ax) ? s : 1)),
    );
  }
  const wr = N.astype(w, rd);
  const scl = N.asarray(N.sum(wr, axis, { keepdims }));
  if (truthy(N.any(N.asarray(N.binary("equal", scl, 0)))))
    throw exc(excTypes.get("ZeroDivisionError")!, "Weights sum to zero, can't be normalized");
  const num = N.sum(N.asarray(N.binary("multiply", N.astype(arr, rd), wr)), axis, { keepdims });
  const avg = arrayReturn(N.binary("divide", num, scl));
  if (!returned) return avg;
  return new PyTuple([avg, arrayReturn(avg instanceof NDArray ? N.broadcastTo(scl, avg.shape) : scl)]);
}
