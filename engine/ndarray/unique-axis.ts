// np.unique(ar, axis=k) of an array with more than one dimension: the distinct slices along axis k, sorted. NumPy
// moves the axis to the front, views each row of the (n, m) reshape as one structured element and runs its 1-d unique
// on those: rows compare field by field (lexicographically), equal means every field equal, the inverse is 1-d.
import { type DType, type NDArray, NPError, emptyArray, copyArray, chargeAlloc, isInt } from "./core";
import { normAxis } from "./reduce";
import { int64Array, moveaxis, orderOf, type UniqueResult } from "./shape";
import { chargeSort } from "./sort-numbers";

export function uniqueAlongAxis(
  a: NDArray,
  axis: number,
  opts: { returnIndex?: boolean; returnInverse?: boolean; returnCounts?: boolean } = {},
): UniqueResult {
  const ax = normAxis(axis, a.ndim);
  if (a.dtype === "object") throw new NPError("TypeError", "The axis argument to unique is not supported for dtype object");
  const moved = copyArray(moveaxis(a, ax, 0));
  const n = moved.shape[0]!;
  const m = n ? moved.size / n : 0;
  const d = moved.data as ArrayLike<any>;
  refuseUnreproducible(d, a.dtype, n, opts.returnIndex === true);
  const cmp = orderOf(a.dtype);
  const rowCmp = (i: number, j: number): number => {
    for (let k = 0; k < m; k++) {
      const c = cmp(d[i * m + k], d[j * m + k]);
      if (c) return c;
    }
    return 0;
  };
  chargeSort(n * Math.max(1, m), n, false);
  chargeAlloc(n * 8 * 4);
  // stable: the first of equal rows is the first in the array (NumPy's mergesort when indices are asked for)
  const order = [...Array(n).keys()].sort((i, j) => rowCmp(i, j) || i - j);
  const first: number[] = [];
  const counts: number[] = [];
  const inv = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    if (first.length && rowCmp(first[first.length - 1]!, i) === 0) counts[counts.length - 1]!++;
    else {
      first.push(i);
      counts.push(1);
    }
    inv[i] = first.length - 1;
  }
  const rows = emptyArray(a.dtype, [first.length, ...moved.shape.slice(1)]);
  const rd = rows.data as any;
  first.forEach((i, r) => {
    for (let k = 0; k < m; k++) rd[r * m + k] = d[i * m + k];
  });
  const r: UniqueResult = { values: moveaxis(rows, 0, ax) };
  if (opts.returnIndex) r.indices = int64Array(first);
  if (opts.returnInverse) r.inverse = int64Array(inv);
  if (opts.returnCounts) r.counts = int64Array(counts);
  return r;
}

/**
 * NaN rows never equal each other in NumPy's structured comparison, and sort where its void compare puts them; and
 * of rows equal up to a -0.0, which one its unstable quicksort keeps (values only, more than 16 rows) is its own:
 * neither is reproduced here, so both are refused rather than answered differently.
 */
function refuseUnreproducible(d: ArrayLike<any>, dt: DType, n: number, stable: boolean): void {
  if (isInt(dt) || typeof d[0] !== "number") return;
  let negZero = false;
  for (let i = 0; i < d.length; i++) {
    const x = d[i] as number;
    if (x !== x) throw new NPError("NotImplementedError", "np.unique(..., axis=...) of slices holding NaN is not supported by this engine");
    if (x === 0 && 1 / x < 0) negZero = true;
  }
  if (negZero && n > 16 && !stable)
    throw new NPError(
      "NotImplementedError",
      "np.unique(..., axis=...) of more than 16 slices holding -0.0 is not supported by this engine",
    );
}
