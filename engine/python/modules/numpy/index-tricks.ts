// Index helpers: np.c_ / np.r_, unravel_index, ravel_multi_index, nditer, ndenumerate, ndindex.
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar } from "../../../ndarray/index";
import { PyType, PyList, PyTuple, PyIterator, PyInstance, PySlice } from "../../objects/core";
import { objectType } from "../../objects/types";
import { toIndex, iterToArray } from "../../objects/ops";
import { toNd, opnd, shapeArg, num } from "./conv";
import { def, builtinAdder } from "./types";
import { nditerType } from "./nditer";
import { lazyNumpy } from "./lazy";

export function addIndexTricks(d: Map<string, any>): void {
  const fn = builtinAdder(d);
  const cType = new PyType("CClass", [objectType]);
  cType.module = "numpy.lib._index_tricks_impl";
  const rType = new PyType("RClass", [objectType]);
  rType.module = "numpy.lib._index_tricks_impl";
  const idxItems = (k: any): NDArray[] =>
    (k instanceof PyTuple ? k.items : [k]).map((x: any) => {
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
  fn("unravel_index", (a) => {
    const shape = shapeArg(a[1]);
    const one = (i: number) => {
      const idx: number[] = new Array(shape.length);
      let r = i;
      for (let k = shape.length - 1; k >= 0; k--) {
        idx[k] = r % shape[k];
        r = Math.floor(r / shape[k]);
      }
      return idx;
    };
    if (a[0] instanceof NDArray) {
      const flat = N.ravel(a[0]);
      const outs = shape.map(() => new Float64Array(flat.size));
      for (let i = 0; i < flat.size; i++) {
        const idx = one(Number(flat.getFlat(i)));
        idx.forEach((v, k) => {
          outs[k][i] = v;
        });
      }
      return new PyTuple(outs.map((o) => N.reshape(new NDArray("int64", [o.length], o), a[0].shape.slice())));
    }
    return new PyTuple(one(num(a[0])).map((v) => new NPScalar("int64", v)));
  });
  fn("ravel_multi_index", (a) => {
    const idx = iterToArray(a[0]).map((x: any) => num(x));
    const shape = shapeArg(a[1]);
    let r = 0;
    for (let k = 0; k < shape.length; k++) r = r * shape[k] + idx[k];
    return new NPScalar("int64", r);
  });
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
}

lazyNumpy.push((d) => addIndexTricks(d));
