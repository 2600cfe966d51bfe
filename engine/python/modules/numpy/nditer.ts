// np.nditer: multi_index iteration over an array.
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import { PyType, PyTuple, PyIterator } from "../../objects/core";
import { objectType } from "../../objects/types";
import { toNd } from "./conv";
import { def, prop } from "./types";

// ---------------------------------------------------------------- nditer (multi_index iteration)
class NdIter {
  i = 0;
  constructor(public arr: NDArray) {}
}
export const nditerType = new PyType("nditer", [objectType]);
nditerType.module = "numpy";
(NdIter.prototype as any).pyType = nditerType;
nditerType.ctor = (_c, a) => new NdIter(toNd(a[0]));
const iterIdx = (it: NdIter): number[] => {
  const shape = it.arr.shape,
    idx: number[] = new Array(shape.length);
  let r = it.i;
  for (let k = shape.length - 1; k >= 0; k--) {
    idx[k] = r % shape[k];
    r = Math.floor(r / shape[k]);
  }
  return idx;
};
prop(nditerType, "finished", (it: NdIter) => it.i >= it.arr.size);
prop(nditerType, "multi_index", (it: NdIter) => new PyTuple(iterIdx(it)));
prop(nditerType, "index", (it: NdIter) => it.i);
prop(nditerType, "value", (it: NdIter) =>
  N.getIndex(
    it.arr,
    iterIdx(it).map((x) => ({ kind: "int" as const, i: x })),
  ),
);
def(nditerType, "iternext", (it: NdIter) => {
  it.i++;
  return it.i < it.arr.size;
});
def(
  nditerType,
  "__iter__",
  (it: NdIter) =>
    new PyIterator(() => {
      if (it.i >= it.arr.size) return undefined;
      const v = N.getIndex(
        it.arr,
        iterIdx(it).map((x) => ({ kind: "int" as const, i: x })),
      );
      it.i++;
      return v;
    }, "nditer"),
);
def(nditerType, "__enter__", (it) => it);
def(nditerType, "__exit__", () => false);
