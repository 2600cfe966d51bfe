// numpy.lib.stride_tricks: sliding_window_view (read-only window views, as pooling and im2col code uses them) and
// as_strided, limited to views inside the array's memory (NumPy would read whatever lies outside: here that, and
// strides that are not a multiple of the item size, raise NotImplementedError).
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import { PyModule, PyList, PyTuple } from "../../objects/core";
import { exc, excTypes, valueError } from "../../errors";
import { truthy, toIndex } from "../../objects/ops";
import { toNd, parseNamed, shapeArg, axisArg } from "./conv";
import { builtinAdder } from "./types";
import { lazyNumpy } from "./lazy";

const notSupported = (what: string) => exc(excTypes.get("NotImplementedError")!, `${what} is not supported by this engine`);

/** a view of `a`'s memory with `shape` and `strides` (in elements), checked to stay inside it */
function stridedView(a: NDArray, shape: number[], strides: number[], writeable: boolean): NDArray {
  if (shape.every((n) => n > 0)) {
    let lo = a.offset,
      hi = a.offset;
    for (let k = 0; k < shape.length; k++) {
      const span = (shape[k] - 1) * strides[k];
      if (span < 0) lo += span;
      else hi += span;
    }
    if (lo < 0 || hi >= a.data.length) throw notSupported("as_strided() reaching outside the array's memory");
  }
  const v = new NDArray(a.dtype, shape, a.data, strides, a.offset, a);
  v.writeable = writeable && a.writeable;
  return v;
}

function asStrided(a: any[], kw: any): NDArray {
  const p = parseNamed("as_strided", a, kw, ["x", "shape", "strides", "subok", "writeable"] as const, 1);
  const x = toNd(p.x);
  const shape = p.shape === undefined || p.shape === null ? x.shape.slice() : shapeArg(p.shape);
  const item = N.itemsize(x.dtype);
  let strides: number[];
  if (p.strides === undefined || p.strides === null) {
    // NumPy keeps the array interface's strides: none (C order for the new shape) for a C-contiguous array
    if (x.contig) strides = N.cStrides(shape);
    else if (shape.length === x.ndim) strides = x.strides.slice();
    else throw notSupported("as_strided() of a non-contiguous array with a new number of dimensions and no strides");
  } else {
    const bytes = shapeArg(p.strides);
    if (bytes.length !== shape.length) throw valueError("mismatch in length of strides and shape");
    if (bytes.some((b) => b % item !== 0)) throw notSupported("as_strided() with strides that are not a multiple of the item size");
    strides = bytes.map((b) => b / item);
  }
  return stridedView(x, shape, strides, p.writeable === undefined || truthy(p.writeable));
}

function slidingWindowView(a: any[], kw: any): NDArray {
  const p = parseNamed("sliding_window_view", a, kw, ["x", "window_shape", "axis", "subok", "writeable"] as const, 2);
  const x = toNd(p.x);
  const ws = p.window_shape;
  const window = ws instanceof PyList || ws instanceof PyTuple ? ws.items.map((v) => toIndex(v)) : [toIndex(ws)];
  if (window.some((w) => w < 0)) throw valueError("`window_shape` cannot contain negative values");
  let axes: number[];
  if (p.axis === undefined || p.axis === null) {
    axes = x.shape.map((_, k) => k);
    if (window.length !== axes.length)
      throw valueError(
        `Since axis is \`None\`, must provide window_shape for all dimensions of \`x\`; got ${window.length} window_shape elements and \`x.ndim\` is ${x.ndim}.`,
      );
  } else {
    const ax = axisArg(p.axis)!;
    axes = (typeof ax === "number" ? [ax] : ax).map((k) => N.normAxis(k, x.ndim));
    if (window.length !== axes.length)
      throw valueError(
        `Must provide matching length window_shape and axis; got ${window.length} window_shape elements and ${axes.length} axes elements.`,
      );
  }
  const trimmed = x.shape.slice();
  axes.forEach((ax, i) => {
    if (trimmed[ax] < window[i]) throw valueError("window shape cannot be larger than input array shape");
    trimmed[ax] -= window[i] - 1;
  });
  const strides = x.strides.concat(axes.map((ax) => x.strides[ax]));
  return stridedView(x, trimmed.concat(window), strides, p.writeable !== undefined && truthy(p.writeable));
}

lazyNumpy.push((d) => {
  const lib = new PyModule("numpy.lib");
  const st = new PyModule("numpy.lib.stride_tricks");
  const fn = builtinAdder(st.dict);
  fn("as_strided", asStrided);
  fn("sliding_window_view", slidingWindowView);
  lib.dict.set("stride_tricks", st);
  d.set("lib", lib);
});
