// The Python side of np.partition / np.argpartition and the ndarray methods: kth, axis, kind and order as NumPy
// reads them; the selection itself is engine/ndarray/partition.ts.
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import { toIndex } from "../../objects/ops";
import { typeError, valueError } from "../../errors";
import { toNd } from "./conv";

/** kth as NumPy accepts it: an integer or a 1-d sequence of integers (never booleans) */
function kthList(v: any): number[] {
  const k = toNd(v);
  if (k.dtype === "bool") throw valueError("Booleans unacceptable as partition index");
  const kind = N.kindOf(k.dtype);
  if (kind !== "i" && kind !== "u") throw typeError("Partition index must be integer");
  if (k.ndim > 1) throw valueError("object too deep for desired array");
  return Array.from(N.flatten(k).data as ArrayLike<number>, Number);
}

/** np.partition / np.argpartition / ndarray.partition / ndarray.argpartition after argument parsing */
export function partitionCall(arg: boolean, a: NDArray, kth: any, axis: any, kind: any, order: any): NDArray {
  if (kind !== undefined && kind !== "introselect") throw valueError(`select kind must be 'introselect' (got '${kind}')`);
  if (order !== undefined && order !== null) throw valueError("Cannot specify order when the array has no fields.");
  const ax = axis === undefined ? -1 : axis === null ? null : toIndex(axis);
  return N.partition(a, kthList(kth), ax, arg);
}
