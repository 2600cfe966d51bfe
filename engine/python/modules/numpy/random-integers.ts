// Python side of Generator.integers and RandomState.randint / np.random.randint: arguments, dtype, shapes and the
// Python type of the result; the draws and NumPy's checks are engine/random/integers.ts.
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar } from "../../../ndarray/index";
import { isIntegerDType, WordSource } from "../../../random/bounded-integers";
import { IntegerCall, checkArrayBounds, integersBroadcast, integersScalar } from "../../../random/integers";
import { PyFloat, PyList, PyTuple } from "../../objects/core";
import { intType, boolType } from "../../objects/types";
import { toIndex } from "../../objects/ops";
import { typeError } from "../../errors";
import { toDType, toNd, shapeArg } from "./conv";

export interface IntegersArgs {
  /** "integers" or "randint": names the method in the unsupported-dtype message */
  method: string;
  low: any;
  /** null/undefined: the one-argument form, draws in [0, low) */
  high: any;
  size: any;
  /** undefined: the method's default (np.int64 for Generator, builtin int for RandomState) */
  dtype: any;
  closed: boolean;
  masked: boolean;
  /** the legacy default dtype is the builtin int, whose scalar result is a Python int */
  defaultIsBuiltin: boolean;
  /** the element count of a shape (null: one value), charged for the allocation */
  count: (shape: number[] | null) => number;
}

export function drawIntegers(src: WordSource, a: IntegersArgs): any {
  const dt = a.dtype === undefined ? "int64" : toDType(a.dtype);
  if (dt === null || !isIntegerDType(dt)) throw typeError(`Unsupported dtype dtype('${dt ?? "float64"}') for ${a.method}`);
  const builtinScalar = a.dtype === undefined ? a.defaultIsBuiltin : a.dtype === intType || a.dtype === boolType;
  let low = a.low,
    high = a.high;
  if (high === undefined || high === null) {
    high = low;
    low = 0;
  }
  const size = a.size === undefined || a.size === null ? null : shapeArg(a.size);
  if (size !== null && size.reduce((x, y) => x * y, 1) === 0) return new NDArray(dt, size, []);
  const call: IntegerCall = { dtype: dt, masked: a.masked, closed: a.closed };

  if (!isArrayLike(low) && !isArrayLike(high)) {
    const values = integersScalar(src, call, scalarInt(low), scalarInt(high), a.count(size));
    if (size !== null) return typedArray(dt, size, values);
    if (builtinScalar) return dt === "bool" ? values[0] !== 0 : values[0];
    return new NPScalar(dt, values[0]);
  }
  const L = toNd(low),
    H = toNd(high);
  const lows = elements(L),
    highs = elements(H);
  checkArrayBounds(call, lows, highs);
  const shape = size ?? N.broadcastShapes(L.shape, H.shape);
  a.count(shape);
  const Lb = elements(N.broadcastTo(L, shape)),
    Hb = elements(N.broadcastTo(H, shape));
  return typedArray(dt, shape, integersBroadcast(src, call, Lb, Hb, lows.every((v) => v === 0n)));
}

const isArrayLike = (v: any) => v instanceof PyList || v instanceof PyTuple || (v instanceof NDArray && v.ndim > 0);

/** `int(np.asarray(v))`: floats truncate, booleans are 0/1 */
function scalarInt(v: any): bigint {
  if (typeof v === "bigint") return v;
  if (typeof v === "boolean") return BigInt(+v);
  if (typeof v === "number") return BigInt(Math.trunc(v));
  if (v instanceof PyFloat) return BigInt(Math.trunc(v.v));
  if (v instanceof NDArray) return scalarInt(N.tolist(v));
  if (v instanceof NPScalar) return scalarInt(v.value);
  return BigInt(toIndex(v));
}

function elements(a: NDArray): bigint[] {
  const flat = N.tolist(N.ravel(a) as NDArray) as any[];
  return flat.map(scalarInt);
}

function typedArray(dt: string, shape: number[], values: number[]): NDArray {
  const int64 = new NDArray("int64", shape, values);
  return dt === "int64" ? int64 : N.astype(int64, dt as N.DType);
}
