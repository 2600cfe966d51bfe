// Python bindings of more construction helpers (engine/ndarray/construct-more.ts): triu/tril/diag index tuples,
// diagflat, vander, geomspace, put_along_axis, rollaxis, dsplit, histogram_bin_edges. Registered lazily (./lazy.ts).
import * as N from "../../../ndarray/index";
import * as C from "../../../ndarray/construct-more";
import { NDArray, NPScalar } from "../../../ndarray/index";
import { PyFloat, PyList, PyTuple, PyType, PyInstance, PySlice } from "../../objects/core";
import { objectType, typeName } from "../../objects/types";
import { toIndex, truthy, iterToArray } from "../../objects/ops";
import { typeError, valueError, exc, excTypes } from "../../errors";
import { toNd, toDType, num, opnd, parseArgs, shapeArg } from "./conv";
import { builtinAdder, def } from "./types";
import { lazyNumpy } from "./lazy";
import { estimatedBinCount } from "../../../ndarray/histogram-bins";
import { histogram as statsHistogram } from "../../../ndarray/stats";

const none = (v: any) => v === undefined || v === null;
const intOr = (v: any, d: number) => (none(v) ? d : toIndex(v));
const notImpl = (m: string) => exc(excTypes.get("NotImplementedError")!, m);

function addConstructMore(d: Map<string, any>): void {
  const fn = builtinAdder(d);
  for (const [name, upper] of [
    ["triu_indices", true],
    ["tril_indices", false],
  ] as const) {
    fn(name, (a, kw) => {
      const p = parseArgs(name, a, kw, ["n", "k", "m"], 1);
      const n = toIndex(p[0]);
      return new PyTuple(C.triIndices(n, intOr(p[1], 0), intOr(p[2], n), upper));
    });
    fn(`${name}_from`, (a, kw) => {
      const p = parseArgs(`${name}_from`, a, kw, ["arr", "k"], 1);
      const arr = toNd(p[0]);
      if (arr.ndim !== 2) throw valueError("input array must be 2-d");
      return new PyTuple(C.triIndices(arr.shape[0], intOr(p[1], 0), arr.shape[1], upper));
    });
  }
  const diagIdx = (n: number, ndim: number) => {
    const idx = N.arange(0, n, 1, "int64");
    return new PyTuple(Array(Math.max(ndim, 0)).fill(idx));
  };
  fn("diag_indices", (a, kw) => {
    const p = parseArgs("diag_indices", a, kw, ["n", "ndim"], 1);
    return diagIdx(toIndex(p[0]), intOr(p[1], 2));
  });
  fn("diag_indices_from", (a, kw) => {
    const p = parseArgs("diag_indices_from", a, kw, ["arr"], 1);
    const arr = toNd(p[0]);
    if (arr.ndim < 2) throw valueError("input array must be at least 2-d");
    if (arr.shape.some((s) => s !== arr.shape[0])) throw valueError("All dimensions of input must be of equal length");
    return diagIdx(arr.shape[0], arr.ndim);
  });
  fn("diagflat", (a, kw) => {
    const p = parseArgs("diagflat", a, kw, ["v", "k"], 1);
    return C.diagflat(toNd(p[0]), intOr(p[1], 0));
  });
  fn("vander", (a, kw) => {
    const p = parseArgs("vander", a, kw, ["x", "N", "increasing"], 1);
    const x = toNd(p[0]);
    if (x.dtype === "object" || N.isStr(x.dtype)) throw notImpl(`vander of ${x.dtype} arrays is not supported by this engine`);
    return C.vander(x, none(p[1]) ? null : toIndex(p[1]), truthy(p[2] ?? false));
  });
  fn("geomspace", (a, kw) => {
    const p = parseArgs("geomspace", a, kw, ["start", "stop", "num", "endpoint", "dtype", "axis"], 2);
    const real = (v: any) => {
      if (typeof v === "number" || typeof v === "boolean" || v instanceof PyFloat) return num(v);
      if (v instanceof NPScalar && (N.isInt(v.dtype) || N.isFloat(v.dtype) || v.dtype === "bool")) return Number(v.value);
      throw notImpl("geomspace(): only real Python or NumPy scalars are supported by this engine as start and stop");
    };
    const s = real(p[0]),
      e = real(p[1]);
    const n = intOr(p[2], 50);
    if (n < 0) throw valueError(`Number of samples, ${n}, must be non-negative.`);
    const ax = intOr(p[5], 0);
    if (ax !== 0 && ax !== -1) throw exc(excTypes.get("AxisError")!, `destination: axis ${ax} is out of bounds for array of dimension 1`);
    const dt = toDType(p[4]);
    if (dt && (dt === "object" || N.isStr(dt))) throw notImpl(`geomspace(): dtype ${dt} is not supported by this engine`);
    return C.geomspace(s, e, n, p[3] === undefined ? true : truthy(p[3]), dt);
  });
}

lazyNumpy.push((d) => addConstructMore(d));

// np.mgrid / np.ogrid (NumPy's nd_grid.__getitem__; complex steps do not exist in this engine)
const gridTypes = (["MGridClass", "OGridClass"] as const).map((name) => {
  const t = new PyType(name, [objectType]);
  t.module = "numpy.lib._index_tricks_impl";
  return t;
});
const noStep = (v: any) => exc(excTypes.get("AttributeError")!, `'${typeName(v)}' object has no attribute 'step'`);
/** a slice bound as a number, and whether it is a float; NumPy scalars other than int64/float64 are refused */
function gridNum(v: any): [number, boolean] {
  if (typeof v === "number") return [v, false];
  if (typeof v === "boolean") return [v ? 1 : 0, false];
  if (v instanceof PyFloat) return [v.v, true];
  if (v instanceof NPScalar && (v.dtype === "int64" || v.dtype === "float64")) return [Number(v.value), v.dtype === "float64"];
  throw notImpl(`mgrid/ogrid: slice bounds of type ${typeName(v)} are not supported by this engine`);
}
function gridItem(sparse: boolean, key: any): any {
  if (!(key instanceof PyTuple)) {
    if (!(key instanceof PySlice)) throw noStep(key);
    const o = (v: any) => (v === null || v === undefined ? null : opnd(v));
    return N.arange(o(key.start) ?? 0, o(key.stop), o(key.step));
  }
  let isFloat = false;
  const axes = key.items.map((s: any) => {
    if (!(s instanceof PySlice)) throw noStep(s);
    if (s.stop === null || s.stop === undefined) throw noStep(key);
    const [start, f0] = s.start === null || s.start === undefined ? [0, false] : gridNum(s.start);
    const [stop, f1] = gridNum(s.stop);
    const [step, f2] = s.step === null || s.step === undefined ? [1, false] : gridNum(s.step);
    if (step === 0) throw exc(excTypes.get("ZeroDivisionError")!, f0 || f1 || f2 ? "float division by zero" : "division by zero");
    isFloat ||= f0 || f1 || f2;
    return { start, step, size: Math.ceil((stop - start) / step) };
  });
  const r = C.ndGrid(axes, isFloat ? "float64" : "int64", sparse);
  return Array.isArray(r) ? new PyTuple(r) : r;
}
gridTypes.forEach((t, i) => def(t, "__getitem__", (_s, a) => gridItem(i === 1, a[0])));
lazyNumpy.push((d) => {
  d.set("mgrid", new PyInstance(gridTypes[0]));
  d.set("ogrid", new PyInstance(gridTypes[1]));
});

function addRearrange(d: Map<string, any>): void {
  const fn = builtinAdder(d);
  fn("put_along_axis", (a, kw) => {
    const p = parseArgs("put_along_axis", a, kw, ["arr", "indices", "values", "axis"], 4);
    if (!(p[0] instanceof NDArray)) throw exc(excTypes.get("AttributeError")!, `'${typeName(p[0])}' object has no attribute 'ndim'`);
    C.putAlongAxis(p[0], toNd(p[1]), toNd(p[2]), none(p[3]) ? null : toIndex(p[3]));
    return null;
  });
  fn("rollaxis", (a, kw) => {
    const p = parseArgs("rollaxis", a, kw, ["a", "axis", "start"], 2);
    return C.rollaxis(toNd(p[0]), toIndex(p[1]), intOr(p[2], 0));
  });
  fn("dsplit", (a, kw) => {
    const p = parseArgs("dsplit", a, kw, ["ary", "indices_or_sections"], 2);
    const x = toNd(p[0]);
    if (x.ndim < 3) throw valueError("dsplit only works on arrays of 3 or more dimensions");
    const s = p[1] instanceof PyList || p[1] instanceof PyTuple || p[1] instanceof NDArray ? shapeArg(p[1]) : toIndex(p[1]);
    return new PyList(N.split(x, s, 2));
  });
  fn("histogram_bin_edges", (a, kw) => {
    const p = parseArgs("histogram_bin_edges", a, kw, ["a", "bins", "range", "weights"], 1);
    const x = toNd(p[0]);
    if (!none(p[3]) && toNd(p[3]).shape.join() !== x.shape.join()) throw valueError("weights should have the same shape as a.");
    let b = p[1] === undefined ? 10 : p[1];
    if (typeof b === "string") {
      const rg = none(p[2]) ? null : (iterToArray(p[2]).map((v) => num(v)) as [number, number]);
      b = estimatedBinCount(N.ravel(x), b, rg, !none(p[3]), (y, n, r) => statsHistogram(y, n, r, null, false)[0]);
    }
    const bn = b instanceof NDArray ? b : b instanceof PyList || b instanceof PyTuple ? toNd(b) : null;
    if (bn === null || bn.ndim === 0) {
      let n: number;
      try {
        n = toIndex(bn === null ? b : N.getIndex(bn, []));
      } catch {
        throw typeError("`bins` must be an integer, a string, or an array");
      }
      const rg = none(p[2]) ? null : iterToArray(p[2]);
      if (rg && rg.length !== 2) throw valueError(`too many values to unpack (expected 2)`);
      const isF = (v: any) => v instanceof PyFloat || (v instanceof NPScalar && !N.isInt(v.dtype));
      return C.histogramBinEdges(x, n, rg ? [num(rg[0]), num(rg[1])] : null, rg ? [isF(rg[0]), isF(rg[1])] : [false, false]);
    }
    if (bn.ndim !== 1) throw valueError("`bins` must be 1d, when an array");
    const f = N.astype(bn, "float64").data as any;
    for (let i = 0; i + 1 < bn.size; i++)
      if (f[bn.offset + i * bn.strides[0]] > f[bn.offset + (i + 1) * bn.strides[0]])
        throw valueError("`bins` must increase monotonically, when an array");
    return bn;
  });
  fn("block", (a, kw) => {
    const p = parseArgs("block", a, kw, ["arrays"], 1);
    return block(p[0]);
  });
}
lazyNumpy.push((d) => addRearrange(d));

const blockIndex = (idx: (number | null)[]) =>
  `arrays${idx
    .filter((i) => i !== null)
    .map((i) => `[${i}]`)
    .join("")}`;
/** np.block: NumPy's depth check, then concatenation from the innermost lists outwards along the last axes */
function block(arrays: any): NDArray {
  const check = (x: any, parent: (number | null)[]): [(number | null)[], number] => {
    if (x instanceof PyTuple)
      throw typeError(
        `${blockIndex(parent)} is a tuple. Only lists can be used to arrange blocks, and np.block does not allow implicit conversion from tuple to ndarray.`,
      );
    if (x instanceof PyList) {
      if (!x.items.length) return [[...parent, null], 0];
      let [first, maxNd] = check(x.items[0], [...parent, 0]);
      for (let i = 1; i < x.items.length; i++) {
        const [idx, nd] = check(x.items[i], [...parent, i]);
        maxNd = Math.max(maxNd, nd);
        if (idx.length !== first.length)
          throw valueError(
            `List depths are mismatched. First element was at depth ${first.length}, but there is an element at depth ${idx.length} (${blockIndex(idx)})`,
          );
        if (idx[idx.length - 1] === null) first = idx;
      }
      return [first, maxNd];
    }
    return [parent, toNd(x).ndim];
  };
  const [bottom, arrNd] = check(arrays, []);
  const listNd = bottom.length;
  if (listNd && bottom[listNd - 1] === null) throw valueError(`List at ${blockIndex(bottom)} cannot be empty`);
  const resNd = Math.max(arrNd, listNd);
  const rec = (x: any, depth: number): NDArray => {
    if (depth < listNd)
      return N.concatenate(
        (x as PyList).items.map((y) => rec(y, depth + 1)),
        resNd - (listNd - depth),
      );
    const v = toNd(x);
    return v.ndim < resNd ? N.reshape(v, [...Array(resNd - v.ndim).fill(1), ...v.shape]) : v;
  };
  const r = rec(arrays, 0);
  return listNd === 0 ? N.copy(r) : r;
}
