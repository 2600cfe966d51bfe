// Array construction and rearrangement extras: logspace, tri, kron, indices, rot90, resize, diagonal,
// take_along_axis, put, fill_diagonal, select.
import {
  NDArray,
  NPScalar,
  NPError,
  DType,
  emptyArray,
  valueError,
  indexError,
  typeError,
  charge,
  castValue,
  shapeSize,
  isStr,
} from "./core";
import { linspace, asarray } from "./creation";
import { binary, broadcastShapes, broadcastTo, resultType, where3 } from "./ops";
import { reshape, transpose, flip, ravel, copy } from "./shape";
import { normAxis } from "./reduce";
import { astype } from "./core";

export function logspace(start: number, stop: number, num = 50, endpoint = true, base = 10, dtype?: DType | null): NDArray {
  const r = binary(
    "power",
    base === Math.trunc(base) ? new NPScalar("float64", base) : base,
    linspace(start, stop, num, endpoint),
  ) as NDArray;
  return dtype ? astype(r, dtype) : r;
}

export function triMatrix(n: number, m: number | null = null, k = 0, dtype: DType = "float64"): NDArray {
  const M = m ?? n;
  const out = emptyArray(dtype, [n, M]);
  const d = out.data as any;
  for (let i = 0; i < n; i++) for (let j = 0; j < M; j++) d[i * M + j] = j - i <= k ? 1 : 0;
  return out;
}

export function kron(a: NDArray, b: NDArray): NDArray {
  const nd = Math.max(a.ndim, b.ndim);
  const sa = [...Array(nd - a.ndim).fill(1), ...a.shape],
    sb = [...Array(nd - b.ndim).fill(1), ...b.shape];
  const ra = reshape(
      a,
      sa.flatMap((n) => [n, 1]),
    ),
    rb = reshape(
      b,
      sb.flatMap((n) => [1, n]),
    );
  return reshape(
    binary("multiply", ra, rb) as NDArray,
    sa.map((n, i) => n * sb[i]),
  );
}

export function indices(dims: number[], dtype: DType = "int64"): NDArray {
  const n = dims.length,
    size = shapeSize(dims);
  const out = emptyArray(dtype, [n, ...dims]);
  const d = out.data as any;
  charge(n * size);
  for (let k = 0; k < n; k++) {
    const inner = shapeSize(dims.slice(k + 1));
    for (let i = 0; i < size; i++) d[k * size + i] = Math.floor(i / inner) % dims[k];
  }
  return out;
}

export function rot90(m: NDArray, k = 1, axes: number[] = [0, 1]): NDArray {
  if (axes.length !== 2) throw valueError("len(axes) must be 2.");
  const [a0, a1] = axes;
  if (a0 === a1 || Math.abs(a0 - a1) === m.ndim) throw valueError("Axes must be different.");
  if (a0 >= m.ndim || a0 < -m.ndim || a1 >= m.ndim || a1 < -m.ndim)
    throw valueError(`Axes=(${a0}, ${a1}) out of range for array of ndim=${m.ndim}.`);
  k = ((k % 4) + 4) % 4;
  if (k === 0) return m.view();
  if (k === 2) return flip(flip(m, a0), a1);
  const perm = [...Array(m.ndim).keys()];
  const p0 = a0 < 0 ? a0 + m.ndim : a0,
    p1 = a1 < 0 ? a1 + m.ndim : a1;
  [perm[p0], perm[p1]] = [perm[p1], perm[p0]];
  return k === 1 ? transpose(flip(m, a1), perm) : flip(transpose(m, perm), a1);
}

/** np.resize: the data repeated cyclically to fill new_shape */
export function resize(a: NDArray, shape: number[]): NDArray {
  if (shape.some((n) => n < 0)) throw valueError("all elements of `new_shape` must be non-negative");
  const out = emptyArray(a.dtype, shape);
  const f = ravel(a),
    d = out.data as any;
  if (f.size === 0) return out.size ? astype(out, a.dtype) : out;
  charge(out.size);
  for (let i = 0; i < out.size; i++) d[i] = f.getFlat(i % f.size);
  return out;
}

/** np.diagonal / ndarray.diagonal: a read-only view, the diagonal as the last axis */
export function diagonal(a: NDArray, offset = 0, axis1 = 0, axis2 = 1): NDArray {
  if (a.ndim < 2) throw valueError("diag requires an array of at least two dimensions");
  const ax = (v: number, name: string) => {
    if (v < -a.ndim || v >= a.ndim) throw new NPError("AxisError", `${name}: axis ${v} is out of bounds for array of dimension ${a.ndim}`);
    return v < 0 ? v + a.ndim : v;
  };
  const x1 = ax(axis1, "axis1"),
    x2 = ax(axis2, "axis2");
  if (x1 === x2) throw valueError("axis1 and axis2 cannot be the same");
  const n1 = a.shape[x1],
    n2 = a.shape[x2],
    s1 = a.strides[x1],
    s2 = a.strides[x2];
  const len = Math.max(0, offset >= 0 ? Math.min(n1, n2 - offset) : Math.min(n1 + offset, n2));
  const off = a.offset + (len > 0 ? (offset >= 0 ? offset * s2 : -offset * s1) : 0);
  const keep = [...a.shape.keys()].filter((d) => d !== x1 && d !== x2);
  const v = new NDArray(a.dtype, [...keep.map((d) => a.shape[d]), len], a.data, [...keep.map((d) => a.strides[d]), s1 + s2], off, a);
  v.writeable = false;
  return v;
}

export function takeAlongAxis(arr: NDArray, ind: NDArray, axis: number | null): NDArray {
  if (ind.dtype !== "int64" && ind.dtype !== "int32" && ind.dtype !== "uint8" && ind.dtype !== "uint64")
    throw indexError("`indices` must be an integer array");
  if (axis === null) {
    arr = ravel(arr);
    axis = 0;
    if (ind.ndim !== 1) throw valueError("when axis=None, `indices` must have a single dimension.");
  }
  if (ind.ndim !== arr.ndim) throw valueError("`indices` and `arr` must have the same number of dimensions");
  const ax = normAxis(axis, arr.ndim);
  const shape = arr.shape.map((n, d) => (d === ax ? ind.shape[d] : broadcastShapes([n], [ind.shape[d]])[0]));
  const ib = broadcastTo(ind, shape);
  const out = emptyArray(arr.dtype, shape);
  const od = out.data as any,
    ad = arr.data as any,
    n = arr.shape[ax];
  charge(out.size);
  const idx = new Array(shape.length).fill(0);
  for (let i = 0; i < out.size; i++) {
    let j = ib.getFlat(i);
    if (j < -n || j >= n) throw indexError(`index ${j} is out of bounds for axis ${ax} with size ${n}`);
    if (j < 0) j += n;
    let off = arr.offset;
    for (let d = 0; d < shape.length; d++) off += (d === ax ? j : arr.shape[d] === 1 ? 0 : idx[d]) * arr.strides[d];
    od[i] = ad[off];
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
  return out;
}

/** np.put(a, ind, v): flat assignment, values cycled */
export function put(a: NDArray, ind: NDArray, v: NDArray): void {
  const fi = ravel(ind),
    fv = ravel(v),
    n = a.size;
  if (fv.size === 0) return;
  for (let k = 0; k < fi.size; k++) {
    let j = fi.getFlat(k);
    if (j < -n || j >= n) throw indexError(`index ${j} is out of bounds for axis 0 with size ${n}`);
    if (j < 0) j += n;
    (a.data as any)[a.contig ? a.offset + j : a.flatToOffset(j)] = castValue(+fv.getFlat(k % fv.size), a.dtype);
  }
}

export function fillDiagonal(a: NDArray, val: NDArray, wrap = false): void {
  if (a.ndim < 2) throw valueError("array must be at least 2-d");
  let step: number,
    end = a.size;
  if (a.ndim === 2) {
    step = a.shape[1] + 1;
    if (!wrap) end = Math.min(a.size, a.shape[1] * a.shape[1]);
  } else {
    if (a.shape.some((n) => n !== a.shape[0])) throw valueError("All dimensions of input must be of equal length");
    let c = 0;
    step = 1;
    for (let d = 0; d < a.ndim - 1; d++) {
      c += a.shape[d];
      step += c;
    }
  }
  const fv = ravel(val);
  if (fv.size === 0) return;
  for (let j = 0, k = 0; j < end; j += step, k++)
    (a.data as any)[a.contig ? a.offset + j : a.flatToOffset(j)] = castValue(+fv.getFlat(k % fv.size), a.dtype);
}

export function select(conds: NDArray[], choices: NDArray[], dflt: NDArray): NDArray {
  if (conds.length !== choices.length) throw valueError("list of cases must be same length as list of conditions");
  if (conds.length === 0) throw valueError("select with an empty condition list is not possible");
  conds.forEach((c, i) => {
    if (c.dtype !== "bool") throw typeError(`invalid entry ${i} in condlist: should be boolean ndarray`);
  });
  if (choices.some((c) => isStr(c.dtype)) && (!isStr(dflt.dtype) || !choices.every((c) => isStr(c.dtype)))) {
    // a str choice with a number (the default default is 0): NumPy finds no common dtype
    const py =
      dflt.ndim === 0 && !isStr(dflt.dtype)
        ? { bool: "_PyBoolDType", int64: "_PyLongDType", float64: "_PyFloatDType" }[dflt.dtype as string]
        : undefined;
    if (py === undefined || !choices.every((c) => isStr(c.dtype)))
      throw new NPError("NotImplementedError", "np.select() mixing str and number choices is not supported by this engine");
    throw typeError(
      `Choicelist and default value do not have a common dtype: The DType <class 'numpy.dtypes.StrDType'> could not be promoted by <class 'numpy.dtypes.${py}'>. This means that no common DType exists for the given inputs. For example they cannot be stored in a single array unless the dtype is \`object\`. The full list of DTypes is: (<class 'numpy.dtypes.StrDType'>, <class 'numpy.dtypes.${py}'>)`,
    );
  }
  const dt = resultType(...choices, dflt);
  let r: NDArray = astype(asarray(dflt), dt);
  for (let i = conds.length - 1; i >= 0; i--) r = astype(asarray(where3(conds[i], choices[i], r)), dt);
  const shape = broadcastShapes(...conds.map((c) => c.shape), ...choices.map((c) => c.shape), dflt.shape);
  return copy(broadcastTo(r, shape));
}
