// Index helpers: np.c_ / np.r_, np.s_ / np.index_exp, unravel_index, ravel_multi_index, nditer, ndenumerate, ndindex.
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import { PyType, PyList, PyTuple, PyIterator, PyInstance, PySlice } from "../../objects/core";
import { objectType } from "../../objects/types";
import { toIndex } from "../../objects/ops";
import { toNd, opnd, shapeArg } from "./conv";
import { def, builtinAdder } from "./types";
import { nditerType } from "./nditer";
import { lazyNumpy } from "./lazy";
import { exc, excTypes, valueError } from "../../errors";
import { unravelIndex, ravelMultiIndex } from "./ravel-index";

export function addIndexTricks(d: Map<string, any>): void {
  const fn = builtinAdder(d);
  const cType = new PyType("CClass", [objectType]);
  cType.module = "numpy.lib._index_tricks_impl";
  const rType = new PyType("RClass", [objectType]);
  rType.module = "numpy.lib._index_tricks_impl";
  const idxItems = (k: any): NDArray[] =>
    (k instanceof PyTuple ? k.items : [k]).map((x: any, i: number) => {
      // a str is a directive ('0,2', 'r', 'c', '1'), not data
      if (typeof x === "string") {
        if (i !== 0) throw valueError("special directives must be the first entry.");
        throw exc(excTypes.get("NotImplementedError")!, `np.r_/np.c_ with a directive ('${x}') is not supported by this engine`);
      }
      if (x instanceof PySlice) {
        const o = (v: any) => (v === null ? null : opnd(v));
        return N.arange(o(x.start) ?? 0, o(x.stop), o(x.step));
      }
      return N.atleast_1d(toNd(x));
    });
  def(cType, "__getitem__", (_s, a) =>
    N.concatenate(
      idxItems(a[0]).map((x) => (x.ndim === 1 ? N.reshape(x, [x.size, 1]) : x)),
      1,
    ),
  );
  def(rType, "__getitem__", (_s, a) => N.concatenate(idxItems(a[0]), 0));
  fn("unravel_index", unravelIndex);
  fn("ravel_multi_index", ravelMultiIndex);
  d.set("c_", new PyInstance(cType));
  d.set("nditer", nditerType);
  fn("ndenumerate", (a) => {
    const arr = toNd(a[0]);
    const shape = arr.shape,
      n = arr.size;
    let i = 0;
    return new PyIterator(() => {
      if (i >= n) return undefined;
      const idx: number[] = new Array(shape.length);
      let r = i;
      for (let k = shape.length - 1; k >= 0; k--) {
        idx[k] = r % shape[k];
        r = Math.floor(r / shape[k]);
      }
      i++;
      return new PyTuple([
        new PyTuple(idx),
        N.getIndex(
          arr,
          idx.map((x) => ({ kind: "int" as const, i: x })),
        ),
      ]);
    }, "ndenumerate");
  });
  fn("ndindex", (a) => {
    const shape = a.length === 1 && (a[0] instanceof PyTuple || a[0] instanceof PyList) ? shapeArg(a[0]) : a.map((x) => toIndex(x));
    const n = shape.reduce((x, y) => x * y, 1);
    let i = 0;
    return new PyIterator(() => {
      if (i >= n) return undefined;
      const idx: number[] = new Array(shape.length);
      let r = i;
      for (let k = shape.length - 1; k >= 0; k--) {
        idx[k] = r % shape[k];
        r = Math.floor(r / shape[k]);
      }
      i++;
      return new PyTuple(idx);
    }, "ndindex");
  });
  d.set("r_", new PyInstance(rType));
  // np.s_[k] is k itself, np.index_exp[k] k as a tuple (IndexExpression's maketuple)
  const indexExpression = new PyType("IndexExpression", [objectType]);
  indexExpression.module = "numpy.lib._index_tricks_impl";
  def(indexExpression, "__getitem__", (self: PyInstance, a) =>
    self.dict.get("maketuple") && !(a[0] instanceof PyTuple) ? new PyTuple([a[0]]) : a[0],
  );
  for (const [name, maketuple] of [
    ["s_", false],
    ["index_exp", true],
  ] as const) {
    const e = new PyInstance(indexExpression);
    e.dict.set("maketuple", maketuple);
    d.set(name, e);
  }
}

lazyNumpy.push((d) => addIndexTricks(d));
