// numpy.linalg.vector_norm and matrix_norm (NumPy 2's array-API norms): numpy/linalg/_linalg.py statement for statement
// over the engine's np.linalg.norm, which charges the work. Registered lazily (./lazy.ts): engine/stdlib.ts imports it.
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import { PyFloat, PyTuple } from "../../objects/core";
import { call, toIndex, truthy } from "../../objects/ops";
import { exc, excTypes, typeError, valueError } from "../../errors";
import { toNd } from "./conv";
import { bindXThenKeywords } from "./signature";
import { lazyLinalg } from "./lazy";

/** numpy's normalize_axis_tuple */
function normalizeAxisTuple(axes: number[], nd: number): number[] {
  const out = axes.map((a) => {
    if (a < -nd || a >= nd) throw exc(excTypes.get("AxisError")!, `axis ${a} is out of bounds for array of dimension ${nd}`);
    return a < 0 ? a + nd : a;
  });
  if (new Set(out).size !== out.length) throw valueError("repeated axis");
  return out;
}

/** norm's int(axis) for an axis that is neither None nor a tuple */
function intAxis(v: any): number {
  if (v instanceof PyFloat && Number.isFinite(v.v)) return Math.trunc(v.v);
  try {
    return toIndex(v);
  } catch {
    throw typeError("'axis' must be None, an integer or a tuple of integers");
  }
}

lazyLinalg.push((linalg, lf) => {
  const norm = (x: NDArray, axis: any, ord: any, keepdims = false) =>
    call(
      linalg.dict.get("norm"),
      [x],
      new Map<string, any>([
        ["axis", axis],
        ["ord", ord],
        ["keepdims", keepdims],
      ]),
    );
  lf("vector_norm", (args, kw) => {
    const o = bindXThenKeywords("vector_norm", args, kw, ["axis", "keepdims", "ord"]);
    let x = toNd(args[0]);
    const shape = [...x.shape];
    const axis = o.get("axis") ?? null;
    let axes: number[] | null = null;
    let normAxis: number;
    if (axis === null) {
      x = N.ravel(x);
      normAxis = 0;
    } else if (axis instanceof PyTuple) {
      const given = axis.items.map((a) => toIndex(a));
      const normalized = normalizeAxisTuple(given, x.ndim);
      const rest = [...x.shape.keys()].filter((i) => !normalized.includes(i));
      const moved = N.transpose(x, normalizeAxisTuple([...given, ...rest], x.ndim));
      x = N.reshape(moved, [normalized.reduce((p, i) => p * x.shape[i]!, 1), ...rest.map((i) => x.shape[i]!)]);
      normAxis = 0;
      axes = normalized;
    } else normAxis = intAxis(axis);
    const res = norm(x, normAxis, o.get("ord") ?? 2);
    if (o.has("keepdims") && truthy(o.get("keepdims"))) {
      const kept = axis === null ? [...shape.keys()] : (axes ?? normalizeAxisTuple([normAxis], shape.length));
      for (const i of kept) shape[i] = 1;
      return N.reshape(toNd(res), shape);
    }
    return res;
  });
  lf("matrix_norm", (args, kw) => {
    const o = bindXThenKeywords("matrix_norm", args, kw, ["keepdims", "ord"]);
    const keepdims = o.has("keepdims") && truthy(o.get("keepdims"));
    return norm(toNd(args[0]), new PyTuple([-2, -1]), o.get("ord") ?? "fro", keepdims);
  });
});
