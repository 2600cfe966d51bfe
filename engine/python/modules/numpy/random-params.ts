// Parameters of NumPy's random distributions as _common.pyx's cont()/disc() take them: each scalar or array-like,
// checked with NumPy's constraint messages, broadcast against each other and `size`, one draw per output element in
// C order with that element's parameters. Scalars with size=None give one Python float or int.
import * as N from "../../../ndarray/index";
import { NDArray, DType } from "../../../ndarray/index";
import { PyFloat, PyList, PyTuple, type KW } from "../../objects/core";
import { valueError, typeError, exc, excTypes } from "../../errors";
import { checkAlloc } from "../../limits";
import { chargeNative, predictNative, chargeLoop } from "../../charge";
import { toNd, shapeArg, numFor } from "./conv";
import { toIndex } from "../../objects/ops";
import { typeName } from "../../objects/types";

export type Constraint =
  | "none"
  | "nonNegative"
  | "positive"
  | "bounded01"
  | "boundedGt0To1"
  | "boundedLt0To1"
  | "poisson"
  | "legacyPoisson"
  | "gt1"
  | "gte1";
export interface Param {
  value: any;
  name: string;
  cons: Constraint;
  /** converted like NPY_INT64 (n of binomial) instead of NPY_DOUBLE */
  int?: boolean;
}

const INT64_MAX = 9223372036854775807;
const POISSON_LAM_MAX = INT64_MAX - Math.sqrt(INT64_MAX) * 10;

export const isArrayLike = (v: any) => (v instanceof NDArray && v.ndim > 0) || v instanceof PyList || v instanceof PyTuple;

/** check_constraint (one scalar) */
function checkScalar(v: number, name: string, cons: Constraint): void {
  switch (cons) {
    case "nonNegative":
      if (!Number.isNaN(v) && (v < 0 || Object.is(v, -0))) throw valueError(`${name} < 0`);
      return;
    case "positive":
      if (v <= 0) throw valueError(`${name} <= 0`);
      return;
    case "bounded01":
      if (!(v >= 0) || !(v <= 1)) throw valueError(`${name} < 0, ${name} > 1 or ${name} is NaN`);
      return;
    case "boundedGt0To1":
      if (!(v > 0) || !(v <= 1)) throw valueError(`${name} <= 0, ${name} > 1 or ${name} contains NaNs`);
      return;
    case "boundedLt0To1":
      if (!(v >= 0) || !(v < 1)) throw valueError(`${name} < 0, ${name} >= 1 or ${name} is NaN`);
      return;
    case "gt1":
      if (!(v > 1)) throw valueError(`${name} <= 1 or ${name} is NaN`);
      return;
    case "gte1":
      if (!(v >= 1)) throw valueError(`${name} < 1 or ${name} is NaN`);
      return;
    case "poisson":
    case "legacyPoisson":
      if (!(v >= 0)) throw valueError(`${name} < 0 or ${name} is NaN`);
      if (!(v <= POISSON_LAM_MAX)) throw valueError(`${name} value too large`);
  }
}

/** check_array_constraint (every element; NaN handling as NumPy's np.any / np.all tests) */
function checkArray(d: ArrayLike<number>, name: string, cons: Constraint): void {
  const all = (f: (x: number) => boolean) => {
    for (let i = 0; i < d.length; i++) if (!f(d[i])) return false;
    return true;
  };
  switch (cons) {
    case "nonNegative":
      if (!all((x) => Number.isNaN(x) || !(x < 0 || Object.is(x, -0)))) throw valueError(`${name} < 0`);
      return;
    case "positive":
      if (!all((x) => !(x <= 0))) throw valueError(`${name} <= 0`);
      return;
    case "bounded01":
      if (!all((x) => x >= 0 && x <= 1)) throw valueError(`${name} < 0, ${name} > 1 or ${name} contains NaNs`);
      return;
    case "boundedGt0To1":
      if (!all((x) => x > 0 && x <= 1)) throw valueError(`${name} <= 0, ${name} > 1 or ${name} contains NaNs`);
      return;
    case "boundedLt0To1":
      if (!all((x) => x >= 0 && x < 1)) throw valueError(`${name} < 0, ${name} >= 1 or ${name} contains NaNs`);
      return;
    case "gt1":
      if (!all((x) => x > 1)) throw valueError(`${name} <= 1 or ${name} contains NaNs`);
      return;
    case "gte1":
      if (!all((x) => x >= 1)) throw valueError(`${name} < 1 or ${name} contains NaNs`);
      return;
    case "poisson":
    case "legacyPoisson":
      if (!all((x) => x <= POISSON_LAM_MAX)) throw valueError(`${name} value too large`);
      if (!all((x) => x >= 0)) throw valueError(`${name} < 0 or ${name} contains NaNs`);
  }
}

const shapeStr = (s: number[]) => `(${s.join(", ")}${s.length === 1 ? "," : ""})`;

/** np.broadcast(*shapes) with NumPy's "shape mismatch" message */
function broadcastAll(shapes: number[][]): number[] {
  const nd = Math.max(0, ...shapes.map((s) => s.length));
  const out = new Array<number>(nd).fill(1);
  const from = new Array<number>(nd).fill(-1);
  shapes.forEach((s, k) => {
    const off = nd - s.length;
    for (let i = 0; i < s.length; i++) {
      const dim = s[i],
        o = out[off + i];
      if (dim === o || dim === 1) continue;
      if (o === 1) {
        out[off + i] = dim;
        from[off + i] = k;
      } else {
        throw valueError(
          `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg ${from[off + i]} with shape ${shapeStr(shapes[from[off + i]])} and arg ${k} with shape ${shapeStr(s)}.`,
        );
      }
    }
  });
  return out;
}

export function sizeShape(size: any): number[] | null {
  return size === undefined || size === null ? null : shapeArg(size);
}

/** Elements of an output of `shape`, checked against the memory limit. */
function countElements(shape: number[] | null, bytesPer = 8): number {
  const n = shape === null ? 1 : shape.reduce((x, y) => x * y, 1);
  if (n < 0) throw valueError("negative dimensions are not allowed");
  checkAlloc(n * bytesPer);
  return n;
}

/** Elements of an output of `shape`: checked against the memory limit, their draws charged at `nsPer` each. */
export function countDraws(shape: number[] | null, nsPer: number, bytesPer = 8): number {
  const n = countElements(shape, bytesPer);
  chargeNative(n * nsPer);
  return n;
}

const CHUNK = 1024;
/**
 * f(0) … f(n - 1), refused up front if they could not end before the deadline and charged as they go, so that
 * draws slower than estimated (rejection loops, a loaded machine) still stop at the deadline.
 */
function drawChunked(n: number, nsPer: number, f: (i: number) => void): void {
  predictNative(n * nsPer);
  for (let i = 0; i < n; i += CHUNK) {
    const end = Math.min(n, i + CHUNK);
    chargeNative((end - i) * nsPer);
    for (let j = i; j < end; j++) f(j);
  }
}

/** the elements of `a` in C order as doubles */
export function flatNumbers(a: NDArray): Float64Array {
  checkAlloc(a.size * 8);
  chargeLoop(a.size);
  const out = new Float64Array(a.size);
  for (let i = 0; i < out.length; i++) out[i] = Number(a.getFlat(i));
  return out;
}

/** PyArray_FROM_OTF(v, NPY_INT64): an ndarray of floats is refused (safe casting); lists and scalars truncate */
export function checkInt64Cast(v: any): void {
  if (v instanceof NDArray && !N.isInt(v.dtype) && v.dtype !== "bool")
    throw typeError(
      `Cannot cast ${v.ndim ? "array data" : "scalar"} from dtype('${v.dtype}') to dtype('int64') according to the rule 'safe'`,
    );
}

/** a scalar parameter read as NPY_INT64 (a float truncated, a Python int past 2**53 refused) */
export const int64Of = (v: any): number => {
  // + 0: a truncated -0.5 is the int 0, not -0
  if (v instanceof PyFloat) return Math.trunc(v.v) + 0;
  if (typeof v === "bigint") {
    // a Python int past 2**53 (the engine's ints are doubles): NumPy's OverflowError past int64, refused below it
    if (v < -(2n ** 63n) || v >= 2n ** 63n) throw exc(excTypes.get("OverflowError")!, "Python int too large to convert to C long");
    throw notImplemented("a Python int parameter above 2**53 is not supported by this engine's random distributions");
  }
  return typeof v === "number" ? Math.trunc(v) + 0 : toIndex(v);
};

/**
 * One draw per output element: `draw(params)` with that element's parameter values. `kind` "float" returns
 * float64 (a Python float for a scalar draw), "int" int64 (a Python int).
 */
export function drawEach(params: Param[], size: any, kind: "float" | "int", nsPer: number, draw: (v: number[]) => number): any {
  for (const p of params) if (p.int) checkInt64Cast(p.value);
  const shape = sizeShape(size);
  const dtype: DType = kind === "float" ? "float64" : "int64";
  if (!params.some((p) => isArrayLike(p.value))) {
    // numFor: a Python int past float range is an OverflowError, as NPY_DOUBLE conversion raises (num() gives inf)
    const vals = params.map((p) => (p.int ? int64Of(p.value) : numFor(p.value, "float64")));
    params.forEach((p, i) => checkScalar(vals[i], p.name, p.cons));
    const n = countElements(shape);
    if (shape === null) {
      const x = draw(vals);
      return kind === "float" ? new PyFloat(x) : x;
    }
    const out = new Float64Array(n);
    drawChunked(n, nsPer, (i) => {
      out[i] = draw(vals);
    });
    return new NDArray(dtype, shape, out);
  }
  const arrs = params.map((p) => toNd(p.value, p.int ? "int64" : "float64"));
  arrs.forEach((a, i) => checkArray(flatNumbers(a), params[i].name, params[i].cons));
  const inputs = broadcastAll(arrs.map((a) => a.shape));
  let outShape = inputs;
  if (shape !== null) {
    const it = broadcastAll([shape, ...arrs.map((a) => a.shape)]);
    if (shapeStr(it) !== shapeStr(shape))
      throw valueError(`Output size ${shapeStr(shape)} is not compatible with broadcast dimensions of inputs ${shapeStr(it)}.`);
    outShape = shape;
  }
  const n = countElements(outShape, 8 * (params.length + 1));
  const cols = arrs.map((a) => flatNumbers(N.broadcastTo(a, outShape)));
  const out = new Float64Array(n),
    vals = new Array<number>(params.length);
  drawChunked(n, nsPer, (i) => {
    for (let k = 0; k < cols.length; k++) vals[k] = cols[k][i];
    out[i] = draw(vals);
  });
  return new NDArray(dtype, outShape, out);
}

/** A NotImplementedError naming what this engine does not do. */
export const notImplemented = (msg: string) => exc(excTypes.get("NotImplementedError")!, msg);

/** Cython's message for a method called without one of its required arguments: "given" counts those before the first
 *  missing one */
export function requireArgs(fname: string, args: any[], kw: KW, names: string[]): void {
  const missing = names.findIndex((n, i) => i >= args.length && !kw?.has(n));
  if (missing >= 0)
    throw typeError(`${fname}() takes at least ${names.length} positional argument${names.length === 1 ? "" : "s"} (${missing} given)`);
}

/** an int64 draw the engine holds exactly (integers are doubles here); a larger one is refused rather than rounded */
export function exactInt64(fname: string, v: number): number {
  if (v > Number.MAX_SAFE_INTEGER) throw notImplemented(`${fname}() drew a value above 2**53, which this engine cannot hold exactly`);
  return v;
}

/** dirichlet's alpha, as Generator and RandomState both read it: a sized 1-d sequence, as float64 values */
export function dirichletAlpha(v: any): Float64Array {
  if (!(v instanceof PyList || v instanceof PyTuple || (v instanceof NDArray && v.ndim > 0)))
    throw typeError(`object of type '${typeName(v)}' has no len()`);
  const alpha = toNd(v, "float64");
  if (alpha.ndim !== 1)
    throw valueError("setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.");
  return flatNumbers(alpha);
}

/** triangular's checks of left <= mode <= right, left < right (np.any over arrays), before any draw */
export function checkTriangular(left: any, mode: any, right: any): void {
  const arrs = [left, mode, right].map((v) => toNd(v, "float64"));
  const shape = broadcastAll(arrs.map((a) => a.shape));
  const [l, m, r] = arrs.map((a) => flatNumbers(N.broadcastTo(a, shape)));
  const any = (f: (i: number) => boolean) => {
    for (let i = 0; i < l!.length; i++) if (f(i)) return true;
    return false;
  };
  if (any((i) => l![i]! > m![i]!)) throw valueError("left > mode");
  if (any((i) => m![i]! > r![i]!)) throw valueError("mode > right");
  if (any((i) => l![i]! === r![i]!)) throw valueError("left == right");
}
export const triangularParams = (p: any[]): Param[] => [
  { value: p[0], name: "left", cons: "none" },
  { value: p[1], name: "mode", cons: "none" },
  { value: p[2], name: "right", cons: "none" },
];

/** Generator.negative_binomial's checks: n > 0 and not NaN, 0 < p <= 1, and a Poisson rate that stays below its limit */
export function checkNegativeBinomial(n: any, p: any): void {
  const ns = flatNumbers(toNd(n, "float64")),
    ps = flatNumbers(toNd(p, "float64"));
  if (ns.some((x) => Number.isNaN(x))) throw valueError("n must not be NaN");
  if (ns.some((x) => x <= 0)) throw valueError("n <= 0");
  if (!ps.every((x) => x > 0 && x <= 1)) throw valueError("p <= 0, p > 1 or p contains NaNs");
  const shape = broadcastAll([toNd(n).shape, toNd(p).shape]);
  const nb = flatNumbers(N.broadcastTo(toNd(n, "float64"), shape)),
    pb = flatNumbers(N.broadcastTo(toNd(p, "float64"), shape));
  for (let i = 0; i < nb.length; i++)
    if (((1 - pb[i]!) / pb[i]!) * (nb[i]! + 10 * Math.sqrt(nb[i]!)) > POISSON_LAM_MAX)
      throw valueError("n too large or p too small, see Generator.negative_binomial Notes");
}
