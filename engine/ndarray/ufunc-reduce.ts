// ufunc.reduce and ufunc.accumulate of any binary ufunc, as NumPy's loop runs them: in one dtype (reduceLoopDtype),
// element by element along the reduced axes (acc = acc ∘ next), starting from `initial`, or from the identity when a
// `where` mask leaves elements out, or else from the first element; FP warnings once, "… encountered in reduce".
// A ufunc that is not reorderable (subtract, divide, power, the comparisons …) reduces over at most one axis.
// (np.add/np.multiply/np.maximum/… reduce through sum/prod/max/… in reduce.ts, whose float sums are pairwise.)
import { DType, NDArray, NPScalar, NPError, astype, ascontig, castValue, charge, emptyArray, exactUint64, valueError } from "./core";
import { BINOPS, type BinOp, broadcastTo, reduceLoopDtype, reduceStep } from "./ops";
import { transpose } from "./shape";

/** the ufuncs whose reduction may run over several axes at once (NumPy's reorderable flag) */
export const REORDERABLE = new Set([
  "add",
  "multiply",
  "logical_and",
  "logical_or",
  "logical_xor",
  "bitwise_and",
  "bitwise_or",
  "bitwise_xor",
  "gcd",
  "maximum",
  "minimum",
  "fmax",
  "fmin",
  "hypot",
  "logaddexp",
  "logaddexp2",
]);

/** each ufunc's identity (ufunc.identity; what an empty reduction gives), as a number in the loop's dtype */
export const IDENTITY: Record<string, number> = {
  add: 0,
  multiply: 1,
  logical_and: 1,
  logical_or: 0,
  logical_xor: 0,
  bitwise_and: -1,
  bitwise_or: 0,
  bitwise_xor: 0,
  gcd: 0,
  hypot: 0,
  logaddexp: -Infinity,
  logaddexp2: -Infinity,
};

/**
 * NumPy's float32/float64 power and arctan2 loops on AVX-512 machines (Intel SVML kernels, the machines the corpus is
 * recorded on) read the accumulator of a reduction once per vector of 8 (float64) or 16 (float32) elements: along
 * the loop's inner axis a reduction folds in only each vector's last element (np.power.reduce([2., 3., 2.]) is
 * 2.0 ** 2.0). The width of that vector for `name` in dtype `dt`, else 0 (an element-by-element loop).
 */
export function vectorReduceWidth(name: string, dt: DType): number {
  if (name !== "power" && name !== "arctan2") return 0;
  return dt === "float64" ? 8 : dt === "float32" ? 16 : 0;
}
/** Whether NumPy's iterator runs `axis` of `a` as its inner loop (its stride the smallest of the axes longer than 1). */
export function innerAxis(a: NDArray, axis: number): boolean {
  const s = Math.abs(a.strides[axis]!);
  return a.shape.every((n, i) => i === axis || n <= 1 || Math.abs(a.strides[i]!) > s);
}
/** acc folded with d[from..to) by `step`: one by one, or (width w > 0) only each w-element vector's last element */
export function foldRun(
  step: (acc: number, v: number) => number,
  acc: number,
  d: ArrayLike<number>,
  from: number,
  to: number,
  w: number,
): number {
  if (w === 0) for (let j = from; j < to; j++) acc = step(acc, d[j]!);
  else for (let j = from; j < to; j += w) acc = step(acc, d[Math.min(j + w, to) - 1]!);
  return acc;
}

/** NumPy's refusal to reduce a non-reorderable ufunc over several axes at once */
export function checkReorderable(name: string, naxes: number): void {
  if (naxes > 1 && !REORDERABLE.has(name))
    throw valueError(`reduction operation '${name}' is not reorderable, so at most one axis may be specified`);
}

export interface UfuncReduceOpts {
  /** the loop's dtype asked for (dtype=, or the out= array's) */
  dtype: DType | null;
  /** the first value of every fold (initial=), in the loop's dtype's values */
  initial: number | null;
  keepdims: boolean;
  /** where=: only the elements where it is True take part (broadcast to the array's shape) */
  where: NDArray | null;
}

const opOf = (name: string): BinOp => {
  const op = BINOPS[name];
  if (op === undefined) throw new NPError("NotImplementedError", `np.${name}.reduce is not supported by this engine`);
  return op;
};

/** `a` with the axes `last` moved to the end, as a contiguous copy in dtype dt */
function axesLast(a: NDArray, last: number[], dt: DType): NDArray {
  const perm = [...a.shape.keys()].filter((i) => !last.includes(i)).concat(last);
  return ascontig(astype(perm.every((p, i) => p === i) ? a : transpose(a, perm), dt));
}

/** ufunc.reduce over `axes` (sorted, distinct, in range; none: each element on its own, as axis=() or a 0-d array) */
export function ufuncReduce(name: string, a: NDArray, axes: number[], o: UfuncReduceOpts): NDArray | NPScalar {
  const op = opOf(name);
  const dt = reduceLoopDtype(op, a.dtype, o.dtype);
  checkReorderable(name, axes.length);
  const identity = IDENTITY[name];
  let start = o.initial;
  if (o.where !== null && start === null) {
    if (identity === undefined)
      throw valueError(`reduction operation '${name}' does not have an identity, so to use a where mask one has to specify 'initial'`);
    start = identity;
  }
  let count = 1;
  for (const ax of axes) count *= a.shape[ax]!;
  if (count === 0 && start === null && identity === undefined)
    throw valueError(`zero-size array to reduction operation ${name} which has no identity`);
  const src = axesLast(a, axes, dt);
  const mask = o.where === null ? null : axesLast(broadcastTo(o.where, a.shape), axes, "bool");
  const outShape = a.shape.filter((_, i) => !axes.includes(i));
  const res = emptyArray(dt, outShape);
  charge(a.size + res.size);
  const d = src.data as ArrayLike<number>,
    md = mask?.data as ArrayLike<number> | undefined,
    od = res.data as any;
  const { step, flush } = reduceStep(op, dt);
  // the vector loop runs only on a forward stride: along a reversed axis NumPy takes the element-by-element loop
  const w = axes.length === 1 && innerAxis(a, axes[0]!) && a.strides[axes[0]!]! > 0 ? vectorReduceWidth(name, dt) : 0;
  // the value each fold starts from when it does not start from its first element
  const first = start ?? identity ?? 0;
  const from = dt === "bool" ? (first ? 1 : 0) : castValue(first, dt);
  for (let i = 0, base = 0; i < res.size; i++, base += count) {
    let acc: number,
      j = base;
    const end = base + count;
    if (start !== null || count === 0) acc = from;
    else acc = d[j++]!;
    if (md === undefined) acc = foldRun(step, acc, d, j, end, w);
    // the where= mask's runs of selected elements, each a loop of its own
    else
      while (j < end) {
        if (!md[j]) {
          j++;
          continue;
        }
        let e = j;
        while (e < end && md[e]) e++;
        acc = foldRun(step, acc, d, j, e, w);
        j = e;
      }
    od[i] = acc;
  }
  flush("reduce");
  // uint64 results past 2**53 are refused (exactUint64), as everywhere in the engine
  if (o.keepdims)
    return exactUint64(
      new NDArray(
        dt,
        a.shape.map((n, i) => (axes.includes(i) ? 1 : n)),
        res.data,
      ),
    );
  return exactUint64(res.ndim === 0 ? new NPScalar(dt, od[0]) : res);
}

/** ufunc.accumulate along `axis` (in range): every partial fold, in the loop's dtype */
export function ufuncAccumulate(name: string, a: NDArray, axis: number, dtype: DType | null): NDArray {
  const op = opOf(name);
  const dt = reduceLoopDtype(op, a.dtype, dtype);
  const src = axesLast(a, [axis], dt);
  const n = a.shape[axis]!;
  const res = emptyArray(dt, src.shape.slice());
  charge(a.size);
  const d = src.data as ArrayLike<number>,
    od = res.data as any;
  const { step, flush } = reduceStep(op, dt);
  for (let base = 0; base < res.size; base += n) {
    let acc = d[base]!;
    od[base] = acc;
    for (let j = 1; j < n; j++) od[base + j] = acc = step(acc, d[base + j]!);
  }
  flush("accumulate");
  // the accumulated axis back in its place
  const perm = [...a.shape.keys()].filter((i) => i !== axis);
  const inv = new Array(a.ndim);
  [...perm, axis].forEach((p, i) => (inv[p] = i));
  return exactUint64(ascontig(transpose(res, inv)));
}
