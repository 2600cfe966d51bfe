// a[i, j] with two 1-D integer index arrays of one length on a 2-D array: y[np.arange(N), t] of the book's
// cross-entropy and dx[np.arange(N), t] -= 1 of its backward pass. The element offsets come straight from the
// indices, without the general path's broadcast copies of them (advPlan) and its typed offset array (advOffsets).
import { type NDArray, chargeAlloc, chargeNs, isInt } from "./core";
import { NS_PER_ELEMENT } from "./costs";
import type { IndexItem } from "./indexing";

/**
 * The offsets into a.data of the elements a[i, j] selects, charged as the general path charges them (its two index
 * copies and the gather); null for any other index, or an index out of range (the general path raises NumPy's error).
 */
export function pairOffsets(a: NDArray, spec: IndexItem[]): number[] | null {
  if (spec.length !== 2 || a.shape.length !== 2) return null;
  const s0 = spec[0],
    s1 = spec[1];
  if (s0.kind !== "array" || s1.kind !== "array") return null;
  const ia = s0.arr,
    ja = s1.arr;
  const n = ia.size;
  if (n === 0 || ia.shape.length !== 1 || ja.shape.length !== 1 || ja.size !== n || !ia.contig || !ja.contig) return null;
  if (!isInt(ia.dtype) || !isInt(ja.dtype)) return null;
  const rows = a.shape[0],
    cols = a.shape[1],
    st0 = a.strides[0],
    st1 = a.strides[1];
  const id = ia.data as ArrayLike<number>,
    jd = ja.data as ArrayLike<number>;
  const io = ia.offset,
    jo = ja.offset;
  const offsets: number[] = [];
  for (let k = 0; k < n; k++) {
    let p = id[io + k],
      q = jd[jo + k];
    if (p < 0) p += rows;
    if (q < 0) q += cols;
    if (!(p >= 0 && p < rows && q >= 0 && q < cols)) return null;
    offsets.push(a.offset + p * st0 + q * st1);
  }
  chargeAlloc(n * 8);
  chargeAlloc(n * 8);
  chargeNs(n * NS_PER_ELEMENT.fancyIndex);
  return offsets;
}
