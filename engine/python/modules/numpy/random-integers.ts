// Python side of Generator.integers and RandomState.randint / np.random.randint: arguments, dtype, shapes and the
// Python type of the result; the draws and NumPy's checks are engine/random/integers.ts.
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar } from "../../../ndarray/index";
import { INTEGER_DTYPES, isIntegerDType, WordSource } from "../../../random/bounded-integers";
import { IntegerCall, checkArrayBounds, checkOrder, integersBroadcast, integersScalar } from "../../../random/integers";
import { PyFloat, PyList, PyTuple } from "../../objects/core";
import { intType, boolType } from "../../objects/types";
import { floatToInt, toIndex } from "../../objects/ops";
import { typeError, valueError } from "../../errors";
import { chargeContainer, BYTES } from "../../charge";
import { toDType, toNd, shapeArg } from "./conv";
import { notImplemented } from "./random-params";

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
  chargeBounds(low);
  chargeBounds(high);
  const L = boundsArray(low),
    H = boundsArray(high);
  if (INTEGER_DTYPES[dt].bits === 64 && [L, H].some(convertsThroughFloat))
    throw notImplemented("integers/randint with array bounds between 2**63 and 2**64 (NumPy converts them through float64)");
  checkArrayBounds(call, L.values, H.values);
  // NumPy compares low with high before it broadcasts them to size (so a mismatch gives the ufunc's message)
  const pairShape = N.broadcastShapes(L.shape, H.shape);
  checkOrder(
    call,
    broadcastValues(L, pairShape),
    broadcastValues(H, pairShape),
    L.values.every((v) => v === 0n),
  );
  if (size !== null) checkMultiIter([L.shape, H.shape, size]);
  const shape = size ?? pairShape;
  a.count(shape);
  return typedArray(dt, shape, integersBroadcast(src, call, broadcastValues(L, shape), broadcastValues(H, shape)));
}

/** `np.broadcast(low, high, out)`'s error when size does not hold the bounds' shapes */
function checkMultiIter(shapes: number[][]): void {
  const nd = Math.max(...shapes.map((s) => s.length));
  for (let k = 0; k < nd; k++) {
    let dim = 1,
      from = -1;
    shapes.forEach((s, i) => {
      const d = s[s.length - nd + k] ?? 1;
      if (d === 1) return;
      if (dim === 1) [dim, from] = [d, i];
      else if (d !== dim)
        throw valueError(
          "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between " +
            `arg ${from} with shape ${pyShape(shapes[from])} and arg ${i} with shape ${pyShape(s)}.`,
        );
    });
  }
}

const pyShape = (s: number[]) => (s.length === 1 ? `(${s[0]},)` : `(${s.join(", ")})`);

/** an array argument's elements as exact integers (Python ints beyond int64 included, as NumPy checks them) */
interface Bounds {
  shape: number[];
  values: bigint[];
}

/** Reading, checking and broadcasting array bounds as exact integers, per element: measured ~1.2 µs
 *  (np.random.randint(list(range(10**5))) ~120 ms of CPU before its ValueError), rounded up. */
const NS_PER_BOUND = 1500;

/** Charged before the bounds are read: an array's size, a list's length (a nested list's rows as one each). */
function chargeBounds(v: any): void {
  const n = v instanceof NDArray ? v.size : v instanceof PyList || v instanceof PyTuple ? v.items.length : 1;
  chargeContainer(n, BYTES.item, NS_PER_BOUND);
}

function boundsArray(v: any): Bounds {
  const nested = nestedInts(v);
  if (nested) return nested;
  const nd = toNd(v);
  const flat = N.tolist(N.ravel(nd) as NDArray) as any[];
  // NumPy checks float bounds as floats, then casts them, for which there is no exact integer reading
  if (flat.some((x) => typeof x === "number" && !Number.isInteger(x)))
    throw notImplemented("integers/randint with non-integral float array bounds");
  return { shape: nd.shape, values: flat.map(scalarInt) };
}

/** NumPy makes a list holding ints in [2**63, 2**64) a uint64 or float64 array (beyond that: object, exact) */
function convertsThroughFloat(b: Bounds): boolean {
  const inUint64Only = (v: bigint) => v >= 2n ** 63n && v < 2n ** 64n;
  const inObjectOnly = (v: bigint) => v < -(2n ** 63n) || v >= 2n ** 64n;
  return b.values.some(inUint64Only) && !b.values.some(inObjectOnly);
}

/** a rectangular nested list/tuple of Python ints, read without going through an int64 array; else null */
function nestedInts(v: any): Bounds | null {
  if (!(v instanceof PyList || v instanceof PyTuple)) {
    return typeof v === "number" && Number.isInteger(v)
      ? { shape: [], values: [BigInt(v)] }
      : typeof v === "bigint"
        ? { shape: [], values: [v] }
        : null;
  }
  const parts = v.items.map(nestedInts);
  if (parts.some((p) => p === null)) return null;
  const first = (parts[0] as Bounds | undefined)?.shape ?? [];
  if (parts.some((p) => p!.shape.join() !== first.join())) return null;
  return { shape: [parts.length, ...first], values: parts.flatMap((p) => p!.values) };
}

/** the elements of b broadcast to shape, in C order (an index array is broadcast, then looked up) */
function broadcastValues(b: Bounds, shape: number[]): bigint[] {
  const index = new NDArray(
    "int64",
    b.shape,
    b.values.map((_, i) => i),
  );
  const flat = N.tolist(N.ravel(N.broadcastTo(index, shape)) as NDArray) as number[];
  return flat.map((i) => b.values[i]);
}

/** NumPy's array path: anything np.asarray makes at least 1-d (lists, tuples, ranges, arrays) */
const isArrayLike = (v: any) =>
  !(typeof v === "number" || typeof v === "bigint" || typeof v === "boolean" || v instanceof PyFloat || v instanceof NPScalar) &&
  !(v instanceof NDArray && v.ndim === 0);

/** `int(np.asarray(v))`: floats truncate, booleans are 0/1 */
function scalarInt(v: any): bigint {
  if (typeof v === "bigint") return v;
  if (typeof v === "boolean") return BigInt(+v);
  if (typeof v === "number") return BigInt(floatToInt(v));
  if (v instanceof PyFloat) return BigInt(floatToInt(v.v));
  if (v instanceof NDArray) return scalarInt(N.tolist(v));
  if (v instanceof NPScalar) return scalarInt(v.value);
  return BigInt(toIndex(v));
}

function typedArray(dt: string, shape: number[], values: number[]): NDArray {
  const int64 = new NDArray("int64", shape, values);
  return dt === "int64" ? int64 : N.astype(int64, dt as N.DType);
}
