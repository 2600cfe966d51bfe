// Shape manipulation, joining/splitting, sorting, set ops, misc.
import {
  DType,
  NDArray,
  NPScalar,
  NPError,
  emptyArray,
  copyArray,
  copyInto,
  valueError,
  typeError,
  charge,
  forEachOffset,
  shapeSize,
  castValue,
  astype,
  chargeAlloc,
  itemsize,
  objectFromNumber,
  objectToNumber,
  objectOrder,
  isStr,
  isInt,
  chargeNs,
} from "./core";
import { strCast } from "./strings";
import { chargeSort, sortedNumbers, sortRowsInPlace } from "./sort-numbers";
import { NS_PER_ELEMENT } from "./costs";
import { promoteTypes, broadcastTo, broadcastShapes, shapeStr, classify, Operand } from "./ops";
import { normAxis } from "./reduce";
import { pyIntCompared, pyIntElement } from "./py-int";
import { getIndex, IndexItem, nonzero } from "./indexing";
import { isStatMode, padConstantPairs, padStatistic, padLinearRamp, refuseRampDtype, type Pairs, type StatLengths } from "./pad-modes";

export function reshape(a: NDArray, shape: number[] | number): NDArray {
  if (typeof shape !== "number" && shape.length === 2 && a.shape.length === 1) {
    // fast path: 1-D → row/column (reshape(1, -1), reshape(-1, 1)) is always a view
    const n = a.shape[0],
      s0 = shape[0],
      s1 = shape[1];
    if ((s0 === 1 && (s1 === -1 || s1 === n)) || ((s0 === -1 || s0 === n) && s1 === 1)) {
      const sh = s0 === 1 ? [1, n] : [n, 1];
      if (a.contig) return new NDArray(a.dtype, sh, a.data, undefined, a.offset, a);
      const st = a.strides[0];
      return new NDArray(a.dtype, sh, a.data, s0 === 1 ? [0, st] : [st, 0], a.offset, a);
    }
  }
  const sh = typeof shape === "number" ? [shape] : shape.slice();
  let unknown = -1,
    known = 1;
  for (let i = 0; i < sh.length; i++) {
    if (sh[i] === -1) {
      if (unknown >= 0) throw valueError("can only specify one unknown dimension");
      unknown = i;
    } else if (sh[i] < 0) throw valueError("negative dimensions not allowed");
    else known *= sh[i];
  }
  if (unknown >= 0) {
    if (known === 0 || a.size % known !== 0) {
      let k = 0;
      while (k < sh.length && sh[k] === -1) k++;
      throw valueError(
        `cannot reshape array of size ${a.size} into shape (${sh
          .slice(k)
          .map((d) => (d === -1 ? "newaxis" : String(d)))
          .join(",")})`,
      );
    }
    sh[unknown] = a.size / known;
  }
  if (shapeSize(sh) !== a.size) throw valueError(`cannot reshape array of size ${a.size} into shape ${shapeStr(sh)}`);
  if (a.contig) return new NDArray(a.dtype, sh, a.data, undefined, a.offset, a);
  // try to make a strided view (NumPy's attempt_nocopy_reshape)
  const st = nocopyStrides(a, sh);
  if (st) return new NDArray(a.dtype, sh, a.data, st, a.offset, a);
  // NumPy reshapes a C-ordered copy of the array, so the result's base is that copy
  const c = copyArray(a);
  return new NDArray(a.dtype, sh, c.data, undefined, 0, c);
}

function nocopyStrides(a: NDArray, newShape: number[]): number[] | null {
  const oldDims: number[] = [],
    oldStr: number[] = [];
  for (let i = 0; i < a.ndim; i++)
    if (a.shape[i] !== 1) {
      oldDims.push(a.shape[i]);
      oldStr.push(a.strides[i]);
    }
  const newStr = new Array(newShape.length).fill(0);
  let oi = 0,
    oj = 1,
    ni = 0,
    nj = 1;
  const on = oldDims.length,
    nn = newShape.length;
  while (ni < nn && oi < on) {
    let np_ = newShape[ni],
      op = oldDims[oi];
    while (np_ !== op) {
      if (np_ < op) np_ *= newShape[nj++];
      else op *= oldDims[oj++];
    }
    for (let ok = oi; ok < oj - 1; ok++) if (oldStr[ok] !== oldDims[ok + 1] * oldStr[ok + 1]) return null;
    newStr[nj - 1] = oldStr[oj - 1];
    for (let nk = nj - 1; nk > ni; nk--) newStr[nk - 1] = newStr[nk] * newShape[nk];
    ni = nj++;
    oi = oj++;
  }
  for (let i = 0; i < nn; i++) if (newShape[i] === 1) newStr[i] = 0;
  if (ni < nn && newShape.slice(ni).some((d) => d !== 1)) return null;
  return newStr;
}

export function transpose(a: NDArray, axes?: number[] | null): NDArray {
  const nd = a.ndim;
  let perm: number[];
  if (!axes || axes.length === 0) perm = [...Array(nd).keys()].reverse();
  else {
    if (axes.length !== nd) throw valueError("axes don't match array");
    perm = axes.map((x) => normAxis(x, nd));
    if (new Set(perm).size !== nd) throw valueError("repeated axis in transpose");
  }
  return new NDArray(
    a.dtype,
    perm.map((i) => a.shape[i]),
    a.data,
    perm.map((i) => a.strides[i]),
    a.offset,
    a,
  );
}
/** normAxis whose AxisError names the argument, as NumPy's normalize_axis_index(axis, ndim, argname) */
export function normalizeAxisIndex(ax: number, nd: number, argname: string): number {
  if (Number.isInteger(ax) && (ax < -nd || ax >= nd))
    throw new NPError("AxisError", `${argname}: axis ${ax} is out of bounds for array of dimension ${nd}`);
  return normAxis(ax, nd);
}
/** NumPy's normalize_axis_tuple(axis, ndim, argname): each axis in range (the error names the argument), none twice */
export function normalizeAxisTuple(axis: number | number[], nd: number, argname: string): number[] {
  const axes = (typeof axis === "number" ? [axis] : axis).map((x) => normalizeAxisIndex(x, nd, argname));
  if (new Set(axes).size !== axes.length) throw valueError(`repeated axis in \`${argname}\` argument`);
  return axes;
}
export function swapaxes(a: NDArray, a1: number, a2: number): NDArray {
  const p = [...Array(a.ndim).keys()];
  const x = normalizeAxisIndex(a1, a.ndim, "axis1"),
    y = normalizeAxisIndex(a2, a.ndim, "axis2");
  [p[x], p[y]] = [p[y], p[x]];
  return transpose(a, p);
}
export function moveaxis(a: NDArray, src: number | number[], dst: number | number[]): NDArray {
  const s = normalizeAxisTuple(src, a.ndim, "source");
  const d = normalizeAxisTuple(dst, a.ndim, "destination");
  if (s.length !== d.length) throw valueError("`source` and `destination` arguments must have the same number of elements");
  const order = [...Array(a.ndim).keys()].filter((i) => !s.includes(i));
  const pairs = d.map((x, i) => [x, s[i]]).sort((p, q) => p[0] - q[0]);
  for (const [dd, ss] of pairs) order.splice(dd, 0, ss);
  return transpose(a, order);
}

export function ravel(a: NDArray): NDArray {
  if (a.contig) return new NDArray(a.dtype, [a.size], a.data, [1], a.offset, a);
  return new NDArray(a.dtype, [a.size], copyArray(a).data);
}
export function flatten(a: NDArray): NDArray {
  const c = copyArray(a);
  c.shape = [a.size];
  c.strides = [1];
  return c;
}
export function squeeze(a: NDArray, axis?: number | number[] | null): NDArray {
  let axes: number[];
  if (axis === null || axis === undefined) axes = a.shape.map((d, i) => (d === 1 ? i : -1)).filter((i) => i >= 0);
  else {
    axes = (typeof axis === "number" ? [axis] : axis).map((x) => normAxis(x, a.ndim));
    for (const x of axes) if (a.shape[x] !== 1) throw valueError("cannot select an axis to squeeze out which has size not equal to one");
  }
  const shape: number[] = [],
    strides: number[] = [];
  for (let i = 0; i < a.ndim; i++)
    if (!axes.includes(i)) {
      shape.push(a.shape[i]);
      strides.push(a.strides[i]);
    }
  return new NDArray(a.dtype, shape, a.data, strides, a.offset, a);
}
export function expand_dims(a: NDArray, axis: number | number[]): NDArray {
  const list = typeof axis === "number" ? [axis] : axis;
  const nd = a.ndim + list.length;
  const axes = list.map((x) => normAxis(x, nd));
  if (new Set(axes).size !== axes.length) throw valueError("repeated axis");
  const shape: number[] = [],
    strides: number[] = [];
  let j = 0;
  for (let i = 0; i < nd; i++) {
    if (axes.includes(i)) {
      shape.push(1);
      strides.push(0);
    } else {
      shape.push(a.shape[j]);
      strides.push(a.strides[j]);
      j++;
    }
  }
  return new NDArray(a.dtype, shape, a.data, strides, a.offset, a);
}
export function atleast_1d(a: NDArray): NDArray {
  return a.ndim >= 1 ? a : reshape(a, [1]);
}
export function atleast_2d(a: NDArray): NDArray {
  return a.ndim >= 2 ? a : a.ndim === 1 ? reshape(a, [1, a.shape[0]]) : reshape(a, [1, 1]);
}
export function atleast_3d(a: NDArray): NDArray {
  if (a.ndim >= 3) return a;
  if (a.ndim === 2) return reshape(a, [...a.shape, 1]);
  if (a.ndim === 1) return reshape(a, [1, a.shape[0], 1]);
  return reshape(a, [1, 1, 1]);
}

// ------------------------------------------------------------------ joining
function commonType(arrs: NDArray[]): DType {
  let dt = arrs[0].dtype;
  for (const x of arrs) dt = promoteTypes(dt, x.dtype);
  return dt;
}

export function concatenate(arrs: NDArray[], axis: number | null = 0, dtype?: DType): NDArray {
  if (arrs.length === 0) throw valueError("need at least one array to concatenate");
  if (axis === null) arrs = arrs.map((a) => ravel(a));
  const nd = arrs[0].ndim;
  if (nd === 0) throw valueError("zero-dimensional arrays cannot be concatenated");
  const ax = normAxis(axis ?? 0, nd);
  for (let k = 1; k < arrs.length; k++) {
    const a = arrs[k];
    if (a.ndim !== nd)
      throw valueError(
        `all the input arrays must have same number of dimensions, but the array at index 0 has ${nd} dimension(s) and the array at index ${k} has ${a.ndim} dimension(s)`,
      );
    for (let d = 0; d < nd; d++)
      if (d !== ax && a.shape[d] !== arrs[0].shape[d])
        throw valueError(
          `all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${d}, the array at index 0 has size ${arrs[0].shape[d]} and the array at index ${k} has size ${a.shape[d]}`,
        );
  }
  const dt = dtype ?? commonType(arrs);
  const shape = arrs[0].shape.slice();
  shape[ax] = arrs.reduce((s, a) => s + a.shape[ax], 0);
  const out = emptyArray(dt, shape);
  // copy each piece: view into out
  let pos = 0;
  for (const a of arrs) {
    const v = new NDArray(dt, a.shape.slice(), out.data, out.strides.slice(), pos * out.strides[ax]);
    assignArray(v, a);
    pos += a.shape[ax];
  }
  return out;
}

/** dst[...] = src (same shape), casting */
export function assignArray(dst: NDArray, src: NDArray): void {
  const dd = dst.data as any,
    sd = src.data as any;
  const conv =
    src.dtype === dst.dtype
      ? null
      : isStr(src.dtype) || isStr(dst.dtype)
        ? strCast(src.dtype, dst.dtype)
        : (v: any) =>
            dst.dtype === "object"
              ? objectFromNumber(v, src.dtype)
              : src.dtype === "object"
                ? objectToNumber(v, dst.dtype)
                : castValue(v, dst.dtype);
  if (dst.contig && src.contig && conv === null) {
    copyInto(dd, dst.offset, src);
    return;
  }
  chargeNs(src.size * NS_PER_ELEMENT.elementCopy);
  if (dst.shape.length === 2 && src.shape.length === 2 && dst.shape[0] === src.shape[0] && dst.shape[1] === src.shape[1]) {
    // 2-D blocks (np.hstack of the LSTM's gate gradients): row by row in C order, no callback per element
    const rows = dst.shape[0],
      cols = dst.shape[1],
      d0 = dst.strides[0],
      d1 = dst.strides[1],
      s0 = src.strides[0],
      s1 = src.strides[1];
    for (let i = 0; i < rows; i++) {
      let o = dst.offset + i * d0,
        so = src.offset + i * s0;
      if (conv === null) for (let j = 0; j < cols; j++, o += d1, so += s1) dd[o] = sd[so];
      else for (let j = 0; j < cols; j++, o += d1, so += s1) dd[o] = conv(sd[so]);
    }
    return;
  }
  if (dst.contig) {
    const o = dst.offset;
    forEachOffset(src, (so, i) => {
      dd[o + i] = conv ? conv(sd[so]) : sd[so];
    });
    return;
  }
  const offs: number[] = [];
  forEachOffset(dst, (o) => offs.push(o));
  forEachOffset(src, (so, i) => {
    dd[offs[i]] = conv ? conv(sd[so]) : sd[so];
  });
}

export function stack(arrs: NDArray[], axis = 0): NDArray {
  if (arrs.length === 0) throw valueError("need at least one array to stack");
  const s0 = arrs[0].shape;
  for (const a of arrs)
    if (a.shape.length !== s0.length || a.shape.some((d, i) => d !== s0[i])) throw valueError("all input arrays must have the same shape");
  const ax = normAxis(axis, s0.length + 1);
  return concatenate(
    arrs.map((a) => expand_dims(a, ax)),
    ax,
  );
}
export function vstack(arrs: NDArray[]): NDArray {
  return concatenate(arrs.map(atleast_2d), 0);
}
export function hstack(arrs: NDArray[]): NDArray {
  const as = arrs.map(atleast_1d);
  return concatenate(as, as[0].ndim === 1 ? 0 : 1);
}
export function dstack(arrs: NDArray[]): NDArray {
  return concatenate(arrs.map(atleast_3d), 2);
}
export function column_stack(arrs: NDArray[]): NDArray {
  return concatenate(
    arrs.map((a) => (a.ndim < 2 ? transpose(atleast_2d(a)) : a)),
    1,
  );
}

export function array_split(a: NDArray, sections: number | number[], axis = 0, strict = false): NDArray[] {
  // NumPy reads ary.shape[axis] in Python first: an axis out of range is a tuple's IndexError, not an AxisError
  if (Number.isInteger(axis) && (axis < -a.ndim || axis >= a.ndim)) throw new NPError("IndexError", "tuple index out of range");
  const ax = normAxis(axis, a.ndim);
  const n = a.shape[ax];
  let divs: number[];
  if (typeof sections === "number") {
    if (sections <= 0) throw valueError("number sections must be larger than 0.");
    if (strict && n % sections !== 0) throw valueError("array split does not result in an equal division");
    const each = Math.floor(n / sections),
      extras = n % sections;
    chargeAlloc(sections * 128); // one array object per section, mostly empty ones when sections > n
    divs = [0];
    for (let i = 0; i < sections; i++) divs.push(divs[i] + each + (i < extras ? 1 : 0));
  } else {
    divs = [0, ...sections, n];
  }
  const out: NDArray[] = [];
  for (let i = 0; i + 1 < divs.length; i++) {
    const spec: IndexItem[] = [];
    for (let d = 0; d < ax; d++) spec.push({ kind: "slice" });
    spec.push({ kind: "slice", start: divs[i], stop: divs[i + 1] });
    out.push(getIndex(a, spec) as NDArray);
  }
  return out;
}
export const split = (a: NDArray, s: number | number[], axis = 0) => array_split(a, s, axis, true);
export const hsplit = (a: NDArray, s: number | number[]) => array_split(a, s, a.ndim === 1 ? 0 : 1, true);
export const vsplit = (a: NDArray, s: number | number[]) => array_split(a, s, 0, true);

export function append(a: NDArray, values: NDArray, axis: number | null = null): NDArray {
  if (axis === null) return concatenate([ravel(a), ravel(values)], 0);
  return concatenate([a, values], axis);
}

export function del(a: NDArray, obj: number | number[] | NDArray, axis: number | null = null): NDArray {
  let arr = a;
  if (axis === null) {
    arr = ravel(a);
    axis = 0;
  }
  const ax = normAxis(axis, arr.ndim);
  const n = arr.shape[ax];
  let idx: number[];
  if (obj instanceof NDArray) {
    if (obj.dtype === "bool") {
      const nz = nonzero(obj)[0];
      idx = Array.from(nz.data as Float64Array);
    } else {
      idx = [];
      forEachOffset(obj, (o) => idx.push((obj.data as any)[o]));
    }
  } else idx = typeof obj === "number" ? [obj] : obj;
  const drop = new Set<number>();
  for (const i of idx) {
    const j = i < 0 ? i + n : i;
    if (j < 0 || j >= n) throw new NPError("IndexError", `index ${i} is out of bounds for axis ${ax} with size ${n}`);
    drop.add(j);
  }
  const keep: number[] = [];
  for (let i = 0; i < n; i++) if (!drop.has(i)) keep.push(i);
  return takeAxis(arr, keep, ax);
}
export { del as delete_ };

function takeAxis(a: NDArray, keep: number[], ax: number): NDArray {
  const ind = emptyArray("int64", [keep.length]);
  for (let i = 0; i < keep.length; i++) (ind.data as any)[i] = keep[i];
  const spec: IndexItem[] = [];
  for (let d = 0; d < ax; d++) spec.push({ kind: "slice" });
  spec.push({ kind: "array", arr: ind });
  return getIndex(a, spec) as NDArray;
}

export function insert(a: NDArray, index: number, values: Operand, axis: number | null = null): NDArray {
  let arr = a;
  if (axis === null) {
    arr = ravel(a);
    axis = 0;
  }
  const ax = normAxis(axis, arr.ndim);
  const n = arr.shape[ax];
  let i = index < 0 ? index + n : index;
  if (i < 0 || i > n) throw new NPError("IndexError", `index ${index} is out of bounds for axis ${ax} with size ${n}`);
  const c = classify(values);
  let v: NDArray;
  if (c.arr) v = c.arr;
  else {
    v = emptyArray(arr.dtype, []);
    (v.data as any)[0] =
      c.big === undefined ? castValue(c.val, arr.dtype) : arr.dtype === "object" ? c.big : pyIntElement(c.big, arr.dtype);
  }
  const sliceShape = arr.shape.slice();
  sliceShape[ax] = v.ndim === 0 ? 1 : v.ndim <= 1 && arr.ndim > 1 ? 1 : (v.shape[v.ndim === 1 && arr.ndim === 1 ? 0 : ax] ?? 1);
  let piece: NDArray;
  if (arr.ndim === 1) piece = v.ndim === 0 ? reshape(v, [1]) : ravel(v);
  else piece = broadcastTo(v.ndim === 1 && arr.ndim > 1 ? expand_dims(v, ax) : v, sliceShape);
  piece = astype(piece, arr.dtype);
  const before = getIndex(arr, [...Array(ax).fill({ kind: "slice" }), { kind: "slice", stop: i }]) as NDArray;
  const after = getIndex(arr, [...Array(ax).fill({ kind: "slice" }), { kind: "slice", start: i }]) as NDArray;
  return concatenate([before, piece, after], ax, arr.dtype);
}

export type PadWidth = number | [number, number] | [number, number][] | number[][];
export type PadMode = "constant" | "edge" | "reflect" | "symmetric" | "wrap";
const PAD_MODES = new Set(["constant", "edge", "reflect", "symmetric", "wrap"]);

/** Where a padded position i (relative to the original's first element, n elements) takes its value from. */
function padSource(mode: PadMode, i: number, n: number): number {
  switch (mode) {
    case "edge":
      return i < 0 ? 0 : n - 1;
    case "wrap":
      return ((i % n) + n) % n;
    case "reflect": {
      if (n === 1) return 0;
      const p = 2 * (n - 1);
      const m = ((i % p) + p) % p;
      return m < n ? m : p - m;
    }
    case "symmetric": {
      const p = 2 * n;
      const m = ((i % p) + p) % p;
      return m < n ? m : p - 1 - m;
    }
    default:
      return i;
  }
}

export interface PadOptions {
  constantValue?: number;
  /** constant_values given as pairs (before, after) per axis */
  constantPairs?: Pairs;
  /** stat_length per axis (null: the whole axis) */
  statLength?: StatLengths;
  /** linear_ramp's end_values per axis, and whether they were given per axis (NumPy then promotes them as Python scalars) */
  endValues?: Pairs;
  endValuesPerAxis?: boolean;
}

/** a pad_width-like argument as one (before, after) pair per axis */
export function padPairs(padWidth: PadWidth, nd: number): [number, number][] {
  if (typeof padWidth === "number") return Array.from({ length: nd }, () => [padWidth, padWidth]);
  if (typeof padWidth[0] === "number") {
    const p = padWidth as number[];
    return Array.from({ length: nd }, () => [p[0], p.length > 1 ? p[1] : p[0]]);
  }
  const p = padWidth as number[][];
  if (p.length === 1) return Array.from({ length: nd }, () => [p[0][0], p[0].length > 1 ? p[0][1] : p[0][0]]);
  if (p.length !== nd)
    throw valueError(
      `operands could not be broadcast together with remapped shapes [original->remapped]: (${p.length},2)  and requested shape (${nd},2)`,
    );
  return p.map((x) => [x[0], x.length > 1 ? x[1] : x[0]]);
}

export function pad(a: NDArray, padWidth: PadWidth, mode: string = "constant", opts: PadOptions = {}): NDArray {
  if (!PAD_MODES.has(mode) && !isStatMode(mode) && mode !== "linear_ramp" && mode !== "empty")
    throw valueError(`mode '${mode}' is not supported`);
  const nd = a.ndim;
  const pw = padPairs(padWidth, nd);
  for (const [l, r] of pw) if (l < 0 || r < 0) throw valueError("index can't contain negative values");
  const shape = a.shape.map((d, i) => d + pw[i][0] + pw[i][1]);
  const constantValue = opts.constantValue ?? 0;
  // mode='empty' leaves the pad area as np.empty left it (any value): zeros here
  const out = emptyArray(a.dtype, shape);
  if (mode === "constant" && constantValue !== 0) (out.data as any).fill(castValue(constantValue, a.dtype));
  let off = 0;
  for (let i = 0; i < nd; i++) off += pw[i][0] * out.strides[i];
  assignArray(new NDArray(a.dtype, a.shape.slice(), out.data, out.strides.slice(), off), a);
  if (mode === "constant" && opts.constantPairs) padConstantPairs(out, a.shape, pw, opts.constantPairs);
  if (mode === "constant" || mode === "empty") return out;
  for (let ax = 0; ax < nd; ax++)
    if (a.shape[ax] === 0 && pw[ax][0] + pw[ax][1] > 0)
      throw valueError(`can't extend empty axis ${ax} using modes other than 'constant' or 'empty'`);
  if (isStatMode(mode)) {
    padStatistic(out, a.shape, pw, mode, opts.statLength ?? pw.map(() => [null, null]));
    return out;
  }
  if (mode === "linear_ramp") {
    refuseRampDtype(a.dtype, opts.endValuesPerAxis === true);
    padLinearRamp(out, a.shape, pw, opts.endValues ?? pw.map(() => [0, 0]));
    return out;
  }
  // axis by axis, as NumPy does: later axes copy values that earlier axes already padded
  for (let ax = 0; ax < nd; ax++) {
    const n = a.shape[ax],
      lo = pw[ax][0];
    const od = out.data as any,
      st = out.strides[ax];
    forEachOffset(out, (o, flat) => {
      const idx = Math.floor(flat / st) % shape[ax];
      const i = idx - lo;
      if (i < 0 || i >= n) od[o] = od[o + (padSource(mode as PadMode, i, n) - i) * st];
    });
  }
  return out;
}

export function repeat(a: NDArray, repeats: number | number[], axis: number | null = null): NDArray {
  let arr = a;
  if (axis === null) {
    arr = ravel(a);
    axis = 0;
  }
  const ax = normAxis(axis, arr.ndim);
  const n = arr.shape[ax];
  const reps = typeof repeats === "number" ? new Array(n).fill(repeats) : repeats;
  if (reps.length !== n) throw valueError(`operands could not be broadcast together with shape (${n},) (${reps.length},)`);
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (reps[i] < 0) throw valueError("repeats may not contain negative values.");
    total += reps[i];
  }
  // the index list and the result, charged before either is built
  chargeAlloc(total * 8 + (n ? (arr.size / n) * total * itemsize(arr.dtype) : 0));
  chargeNs(total * NS_PER_ELEMENT.indexList);
  const keep: number[] = [];
  for (let i = 0; i < n; i++) for (let r = 0; r < reps[i]; r++) keep.push(i);
  return takeAxis(arr, keep, ax);
}

export function tile(a: NDArray, reps: number | number[]): NDArray {
  const r = typeof reps === "number" ? [reps] : reps.slice();
  const nd = Math.max(a.ndim, r.length);
  while (r.length < nd) r.unshift(1);
  let arr = a;
  while (arr.ndim < nd) arr = expand_dims(arr, 0);
  if (r.some((x) => x < 0)) throw valueError("negative dimensions are not allowed");
  chargeAlloc(r.reduce((p, x) => p * x, 1) * arr.size * itemsize(arr.dtype)); // the result, before the copies list
  // build via repeat along each axis of a tiled view
  // a zero repetition leaves an empty axis (concatenating no copies has nothing to join)
  if (r.includes(0))
    return emptyArray(
      arr.dtype,
      arr.shape.map((n, i) => n * r[i]!),
    );
  let out = arr.contig ? arr : copyArray(arr);
  for (let ax = 0; ax < nd; ax++) {
    if (r[ax] === 1) continue;
    out = concatenate(new Array(r[ax]).fill(out), ax);
  }
  return out === arr ? copyArray(arr) : out;
}

export function flip(a: NDArray, axis: number | number[] | null = null): NDArray {
  const axes = axis === null ? [...Array(a.ndim).keys()] : (typeof axis === "number" ? [axis] : axis).map((x) => normAxis(x, a.ndim));
  const strides = a.strides.slice();
  let off = a.offset;
  for (const ax of axes) {
    if (a.shape[ax] > 0) off += (a.shape[ax] - 1) * a.strides[ax];
    strides[ax] = -a.strides[ax];
  }
  return new NDArray(a.dtype, a.shape.slice(), a.data, strides, off, a);
}
export const fliplr = (a: NDArray) => flip(a, 1);
export const flipud = (a: NDArray) => flip(a, 0);

export function roll(a: NDArray, shift: number, axis: number | null = null): NDArray {
  if (axis === null) return reshape(roll(flatten(a), shift, 0), a.shape);
  const ax = normAxis(axis, a.ndim);
  const n = a.shape[ax];
  if (n === 0) return copyArray(a);
  const s = ((shift % n) + n) % n;
  chargeNs(a.size * NS_PER_ELEMENT.indexList);
  const keep: number[] = [];
  for (let i = 0; i < n; i++) keep.push((i - s + n) % n);
  return takeAxis(a, keep, ax);
}

// ------------------------------------------------------------------ sorting
function cmpNum(x: number, y: number): number {
  // NaN sorts last
  if (x !== x) return y !== y ? 0 : 1;
  if (y !== y) return -1;
  return x < y ? -1 : x > y ? 1 : 0;
}

function cmpStr(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
/** how a sort orders elements of dtype dt */
export function orderOf(dt: DType): (x: any, y: any) => number {
  return dt === "object" ? objectOrder : isStr(dt) ? cmpStr : cmpNum;
}

function alongAxis(a: NDArray, axis: number, f: (vals: number[]) => number[] | void, outDtype?: DType): NDArray {
  const ax = normAxis(axis, a.ndim);
  const out = copyArray(a, outDtype ?? a.dtype);
  const n = a.shape[ax];
  charge(a.size * Math.max(1, Math.log2(n + 1)));
  const od = out.data as any,
    sd = a.data as any;
  const outerShape = a.shape.filter((_, i) => i !== ax);
  const outer = shapeSize(outerShape);
  const idx = new Array(outerShape.length).fill(0);
  const dims = [...Array(a.ndim).keys()].filter((i) => i !== ax);
  for (let k = 0; k < outer; k++) {
    let so = a.offset,
      oo = 0;
    for (let j = 0; j < dims.length; j++) {
      so += idx[j] * a.strides[dims[j]];
      oo += idx[j] * out.strides[dims[j]];
    }
    const vals = new Array(n);
    for (let i = 0; i < n; i++) vals[i] = sd[so + i * a.strides[ax]];
    const r = f(vals) ?? vals;
    for (let i = 0; i < n; i++) od[oo + i * out.strides[ax]] = r[i];
    for (let j = dims.length - 1; j >= 0; j--) {
      idx[j]++;
      if (idx[j] < outerShape[j]) break;
      idx[j] = 0;
    }
  }
  return out;
}

export function sort(a: NDArray, axis: number | null = -1): NDArray {
  if (axis === null) return sort(flatten(a), 0);
  if (a.ndim === 0) throw new NPError("AxisError", `axis ${axis} is out of bounds for array of dimension 0`);
  const numeric = a.dtype !== "object" && !isStr(a.dtype);
  const ax = normAxis(axis, a.ndim);
  const n = a.shape[ax];
  chargeSort(a.size, n, numeric);
  if (numeric && ax === a.ndim - 1) {
    const out = copyArray(a);
    if (sortRowsInPlace(out.data, n)) return out;
  }
  const cmp = orderOf(a.dtype);
  return alongAxis(a, axis, (v) => {
    const sorted = numeric ? sortedNumbers(v) : null;
    if (sorted !== null) return sorted as unknown as number[];
    if (numeric) chargeSort(n, n, false);
    v.sort(cmp);
  });
}
export function argsort(a: NDArray, axis: number | null = -1): NDArray {
  if (axis === null) return argsort(flatten(a), 0);
  // NumPy argsorts a 0-d array as the 1-d array of its one element
  if (a.ndim === 0) return argsort(reshape(a, [1]), normAxis(axis, 1));
  chargeSort(a.size, a.shape[normAxis(axis, a.ndim)], false);
  const cmp = orderOf(a.dtype);
  return alongAxis(
    a,
    axis,
    (v) => {
      const idx = v.map((_, i) => i);
      idx.sort((i, j) => cmp(v[i], v[j]) || i - j);
      return idx;
    },
    "int64",
  );
}

export interface UniqueResult {
  values: NDArray;
  indices?: NDArray;
  inverse?: NDArray;
  counts?: NDArray;
}
export function unique(a: NDArray, opts: { returnIndex?: boolean; returnInverse?: boolean; returnCounts?: boolean } = {}): UniqueResult {
  const flat = flatten(a);
  const d = flat.data as any;
  const n = flat.size;
  const cmp = orderOf(a.dtype);
  const valuesOnly = !opts.returnIndex && !opts.returnInverse && !opts.returnCounts;
  if (valuesOnly && a.dtype !== "object" && !isStr(a.dtype)) {
    chargeSort(n, n, true);
    const sorted = sortedNumbers(d);
    if (sorted !== null) return { values: distinctSorted(sorted, a.dtype) };
  }
  chargeSort(n, n, false);
  chargeAlloc(n * 8 * 3);
  const order = [...Array(n).keys()].sort((i, j) => cmp(d[i], d[j]) || i - j);
  const vals: number[] = [],
    first: number[] = [],
    counts: number[] = [];
  const inv = new Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k];
    const v = d[i];
    const last = vals.length - 1;
    if (last >= 0 && (vals[last] === v || (v !== v && vals[last] !== vals[last]) || (a.dtype === "object" && cmp(vals[last], v) === 0))) {
      counts[last]++;
      inv[i] = last;
    } else {
      vals.push(v);
      first.push(i);
      counts.push(1);
      inv[i] = vals.length - 1;
    }
  }
  const values = emptyArray(a.dtype, [vals.length]);
  for (let i = 0; i < vals.length; i++) (values.data as any)[i] = vals[i];
  const r: UniqueResult = { values };
  if (opts.returnIndex) r.indices = int64Array(first);
  if (opts.returnInverse) {
    r.inverse = int64Array(inv);
    if (a.ndim > 1) r.inverse = reshape(r.inverse, a.shape);
  }
  if (opts.returnCounts) r.counts = int64Array(counts);
  return r;
}

/** unique's indices, inverse and counts as an int64 array */
export function int64Array(xs: number[]): NDArray {
  const o = emptyArray("int64", [xs.length]);
  const od = o.data as any;
  for (let i = 0; i < xs.length; i++) od[i] = xs[i];
  return o;
}

/** The distinct values of sorted numbers (NaNs are one value, as NumPy's unique counts them by default). */
function distinctSorted(sorted: Float64Array, dt: DType): NDArray {
  let k = 0;
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i];
    if (k > 0 && (sorted[k - 1] === v || (v !== v && sorted[k - 1] !== sorted[k - 1]))) continue;
    sorted[k++] = v;
  }
  const values = emptyArray(dt, [k]);
  const vd = values.data as any;
  for (let i = 0; i < k; i++) vd[i] = sorted[i];
  return values;
}

export function searchsorted(a: NDArray, v: Operand, side: "left" | "right" = "left"): NDArray | NPScalar {
  const d = copyArray(a).data as any;
  const n = a.size;
  const cmp = orderOf(a.dtype);
  const find = (x: number) => {
    let lo = 0,
      hi = n;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      const c = cmp(d[m], x);
      if (c < 0 || (side === "right" && c === 0)) lo = m + 1;
      else hi = m;
    }
    return lo;
  };
  const c = classify(v);
  // a Python int past 2**53 among integers: the double that orders as it does (py-int.ts)
  if (c.big !== undefined && isInt(a.dtype))
    return new NPScalar("int64", find(pyIntCompared(c.big, side === "left" ? "less" : "less_equal", false)));
  if (!c.arr) return new NPScalar("int64", find(c.big === undefined ? c.val : pyIntElement(c.big, a.dtype)));
  chargeNs(c.arr.size * (Math.log2(n + 1) + 1) * NS_PER_ELEMENT.binarySearchStep);
  const out = emptyArray("int64", c.arr.shape.slice());
  forEachOffset(c.arr, (o, i) => {
    (out.data as any)[i] = find((c.arr!.data as any)[o]);
  });
  return out;
}

/** np.broadcast_shapes: the broadcast shape, or np.broadcast's error naming the two arguments that first disagree */
export function broadcastShapesOf(shapes: number[][]): number[] {
  for (const sh of shapes) if (sh.some((d) => d < 0)) throw valueError("negative dimensions are not allowed");
  const nd = Math.max(0, ...shapes.map((sh) => sh.length));
  const tup = (sh: number[]) => `(${sh.join(", ")}${sh.length === 1 ? "," : ""})`;
  const out: number[] = [];
  for (let i = 0; i < nd; i++) {
    let dim = 1,
      src = -1;
    shapes.forEach((sh, j) => {
      const d = sh[i - nd + sh.length] ?? 1;
      if (d === 1) return;
      if (dim === 1) [dim, src] = [d, j];
      else if (d !== dim)
        throw valueError(
          `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg ${src} with shape ${tup(shapes[src]!)} and arg ${j} with shape ${tup(sh)}.`,
        );
    });
    out.push(dim);
  }
  return out;
}

/** np.digitize: bins' monotonicity as NumPy checks it (NaN never breaks it), then searchsorted on the increasing order */
export function digitize(x: Operand, bins: NDArray, right = false): NDArray | NPScalar {
  if (bins.ndim !== 1)
    throw valueError(bins.ndim === 0 ? "object of too small depth for desired array" : "object too deep for desired array");
  const b = copyArray(bins, "float64").data as ArrayLike<number>,
    n = b.length;
  let i = 0;
  while (i < n - 1 && b[i] === b[i + 1]) i++;
  const increasing = i >= n - 1 || b[i]! < b[i + 1]!;
  for (i++; i < n - 1; i++)
    if (increasing ? b[i]! > b[i + 1]! : b[i]! < b[i + 1]!) throw valueError("bins must be monotonically increasing or decreasing");
  const side = right ? "left" : "right";
  if (increasing) return searchsorted(bins, x, side);
  const r = searchsorted(flip(bins, 0), x, side);
  if (r instanceof NPScalar) return new NPScalar("int64", n - r.value);
  const d = r.data as Float64Array;
  for (let k = 0; k < d.length; k++) d[k] = n - d[k]!;
  return r;
}

// ------------------------------------------------------------------ bits
export function packbits(a: NDArray, axis: number | null = null, bitorder: "big" | "little" = "big"): NDArray {
  if (a.dtype !== "bool" && a.dtype !== "uint8" && a.dtype !== "int32" && a.dtype !== "int64")
    throw typeError("Expected an input array of integer or boolean data type");
  if (axis === null) return packbits(flatten(a), 0, bitorder);
  const ax = normAxis(axis, a.ndim);
  const n = a.shape[ax],
    m = Math.ceil(n / 8);
  const shape = a.shape.slice();
  shape[ax] = m;
  const out = emptyArray("uint8", shape);
  const sd = a.data as any,
    od = out.data as any;
  const outerDims = [...Array(a.ndim).keys()].filter((i) => i !== ax);
  const outer = outerDims.reduce((p, i) => p * a.shape[i], 1);
  const idx = new Array(outerDims.length).fill(0);
  for (let k = 0; k < outer; k++) {
    let so = a.offset,
      oo = 0;
    for (let j = 0; j < outerDims.length; j++) {
      so += idx[j] * a.strides[outerDims[j]];
      oo += idx[j] * out.strides[outerDims[j]];
    }
    for (let b = 0; b < m; b++) {
      let byte = 0;
      for (let t = 0; t < 8; t++) {
        const i = b * 8 + t;
        const bit = i < n && sd[so + i * a.strides[ax]] !== 0 ? 1 : 0;
        byte |= bit << (bitorder === "big" ? 7 - t : t);
      }
      od[oo + b * out.strides[ax]] = byte;
    }
    for (let j = outerDims.length - 1; j >= 0; j--) {
      idx[j]++;
      if (idx[j] < a.shape[outerDims[j]]) break;
      idx[j] = 0;
    }
  }
  return out;
}
export function unpackbits(
  a: NDArray,
  axis: number | null = null,
  count: number | null = null,
  bitorder: "big" | "little" = "big",
): NDArray {
  if (a.dtype !== "uint8") throw typeError("Expected an input array of unsigned byte data type");
  if (axis === null) return unpackbits(flatten(a), 0, count, bitorder);
  const ax = normAxis(axis, a.ndim);
  const n = a.shape[ax];
  const total = count === null ? n * 8 : count;
  const shape = a.shape.slice();
  shape[ax] = total;
  const out = emptyArray("uint8", shape);
  const sd = a.data as any,
    od = out.data as any;
  const outerDims = [...Array(a.ndim).keys()].filter((i) => i !== ax);
  const outer = outerDims.reduce((p, i) => p * a.shape[i], 1);
  const idx = new Array(outerDims.length).fill(0);
  for (let k = 0; k < outer; k++) {
    let so = a.offset,
      oo = 0;
    for (let j = 0; j < outerDims.length; j++) {
      so += idx[j] * a.strides[outerDims[j]];
      oo += idx[j] * out.strides[outerDims[j]];
    }
    for (let i = 0; i < total; i++) {
      const byte = Math.floor(i / 8),
        t = i % 8;
      const v = byte < n ? sd[so + byte * a.strides[ax]] : 0;
      od[oo + i * out.strides[ax]] = (v >> (bitorder === "big" ? 7 - t : t)) & 1;
    }
    for (let j = outerDims.length - 1; j >= 0; j--) {
      idx[j]++;
      if (idx[j] < a.shape[outerDims[j]]) break;
      idx[j] = 0;
    }
  }
  return out;
}

// ------------------------------------------------------------------ misc
export function diag(a: NDArray, k = 0): NDArray {
  if (a.ndim === 1) {
    const n = a.shape[0] + Math.abs(k);
    const out = emptyArray(a.dtype, [n, n]);
    const d = a.data as any,
      od = out.data as any;
    for (let i = 0; i < a.shape[0]; i++) {
      const r = k >= 0 ? i : i - k,
        c = k >= 0 ? i + k : i;
      od[r * n + c] = d[a.offset + i * a.strides[0]];
    }
    return out;
  }
  if (a.ndim !== 2) throw valueError("Input must be 1- or 2-d.");
  const [m, n] = a.shape;
  const len = Math.max(0, k >= 0 ? Math.min(m, n - k) : Math.min(m + k, n));
  const off = a.offset + (k >= 0 ? k * a.strides[1] : -k * a.strides[0]);
  const v = new NDArray(a.dtype, [len], a.data, [a.strides[0] + a.strides[1]], off, a);
  v.writeable = false;
  return v;
}
export function tri(a: NDArray, k: number, upper: boolean): NDArray {
  // NumPy treats a 1-d input as its rows repeated: an n×n result
  if (a.ndim === 1) a = broadcastTo(a, [a.shape[0], a.shape[0]]);
  else if (a.ndim === 0) throw valueError("Input must be at least 1-d.");
  const out = copyArray(a);
  const [m, n] = a.shape.slice(-2);
  const od = out.data as any;
  const blocks = out.size / (m * n || 1);
  for (let b = 0; b < blocks; b++)
    for (let i = 0; i < m; i++)
      for (let j = 0; j < n; j++) {
        const keep = upper ? j - i >= k : j - i <= k;
        if (!keep) od[b * m * n + i * n + j] = 0;
      }
  return out;
}
export const triu = (a: NDArray, k = 0) => tri(a, k, true);
export const tril = (a: NDArray, k = 0) => tri(a, k, false);

export function meshgrid(xs: NDArray[], indexing: "xy" | "ij" = "xy"): NDArray[] {
  const n = xs.length;
  const shape = xs.map((x) => x.size);
  if (indexing === "xy" && n >= 2) [shape[0], shape[1]] = [shape[1], shape[0]];
  return xs.map((x, i) => {
    const s = new Array(n).fill(1);
    let pos = i;
    if (indexing === "xy" && n >= 2 && i < 2) pos = 1 - i;
    s[pos] = x.size;
    return copyArray(broadcastTo(reshape(ravel(x), s), shape));
  });
}
export function broadcast_arrays(arrs: NDArray[]): NDArray[] {
  const shape = broadcastShapes(...arrs.map((a) => a.shape));
  return arrs.map((a) => broadcastTo(a, shape));
}
/** NumPy's transpose(nonzero(a)): an (n, ndim) view of the stacked indices, F-contiguous (reductions follow its order). */
export function argwhere(a: NDArray): NDArray {
  if (a.ndim === 0) return emptyArray("int64", [nonzero(reshape(a, [1]))[0]!.size, 0]);
  const nz = nonzero(a);
  const n = nz[0]!.size;
  if (n === 0) return emptyArray("int64", [0, a.ndim]);
  const stacked = emptyArray("int64", [a.ndim, n]);
  const out = stacked.data as number[];
  nz.forEach((ix, j) => {
    for (let i = 0; i < n; i++) out[j * n + i] = ix.getFlat(i);
  });
  return transpose(stacked);
}
export function flatnonzero(a: NDArray): NDArray {
  return nonzero(ravel(a))[0];
}

export function ascontiguousarray(a: NDArray): NDArray {
  return a.contig ? a : copyArray(a);
}
export function copy(a: NDArray): NDArray {
  return copyArray(a);
}
