// Indexing: basic (views), advanced (integer / boolean arrays, copies), assignment, ufunc.at.
import {
  DType,
  NDArray,
  NPScalar,
  NPError,
  emptyArray,
  castValue,
  valueError,
  typeError,
  indexError,
  isInt,
  INT_BOUNDS,
  uint64Unsupported,
  isFloat,
  astype,
  forEachOffset,
  copyArray,
  charge,
  chargeAlloc,
  warn,
  shapeSize,
  objectFromNumber,
  objectToNumber,
  isStr,
  strWidth,
  chargeNs,
  sameShape,
} from "./core";
import { parseStr, strCast, toStrElement } from "./strings";
import { Operand, classify, broadcastShapes, binary, BINOPS, shapeStr, OP_ADD, OP_SUB, OP_MUL, OP_DIV } from "./ops";
import { pyFloatAsInt, pyIntElement } from "./py-int";
import { NS_PER_ELEMENT } from "./costs";
import { pairOffsets } from "./pair-index";

export type IndexItem =
  | { kind: "int"; i: number }
  | { kind: "slice"; start?: number | null; stop?: number | null; step?: number | null }
  | { kind: "newaxis" }
  | { kind: "ellipsis" }
  | { kind: "array"; arr: NDArray };

/** Python slice.indices semantics → [start, stop, step, length] */
export function sliceIndices(
  len: number,
  start?: number | null,
  stop?: number | null,
  step?: number | null,
): [number, number, number, number] {
  const st = step ?? 1;
  if (st === 0) throw valueError("slice step cannot be zero");
  let s: number, e: number;
  if (st > 0) {
    s = start == null ? 0 : start < 0 ? Math.max(0, start + len) : Math.min(start, len);
    e = stop == null ? len : stop < 0 ? Math.max(0, stop + len) : Math.min(stop, len);
  } else {
    s = start == null ? len - 1 : start < 0 ? Math.max(-1, start + len) : Math.min(start, len - 1);
    e = stop == null ? -1 : stop < 0 ? Math.max(-1, stop + len) : Math.min(stop, len - 1);
  }
  let n = st > 0 ? Math.ceil((e - s) / st) : Math.ceil((s - e) / -st);
  if (n < 0) n = 0;
  return [s, e, st, n];
}

interface Expanded {
  items: IndexItem[];
  hasArray: boolean;
  hasEllipsis: boolean;
  hasNewaxis: boolean;
}

function expand(a: NDArray, spec: IndexItem[]): Expanded {
  let consumed = 0,
    ell = -1,
    hasArray = false,
    hasNewaxis = false;
  for (let k = 0; k < spec.length; k++) {
    const it = spec[k];
    if (it.kind === "ellipsis") {
      if (ell >= 0) throw indexError("an index can only have a single ellipsis ('...')");
      ell = k;
    } else if (it.kind === "newaxis") hasNewaxis = true;
    else if (it.kind === "array") {
      hasArray = true;
      consumed += it.arr.dtype === "bool" ? Math.max(it.arr.ndim, 1) - (it.arr.ndim === 0 ? 1 : 0) : 1;
    } else consumed++;
  }
  if (consumed > a.ndim) throw indexError(`too many indices for array: array is ${a.ndim}-dimensional, but ${consumed} were indexed`);
  const fill = a.ndim - consumed;
  const items: IndexItem[] = [];
  for (let k = 0; k < spec.length; k++) {
    const it = spec[k];
    if (it.kind === "ellipsis") {
      for (let j = 0; j < fill; j++) items.push({ kind: "slice" });
    } else items.push(it);
  }
  if (ell < 0) for (let j = 0; j < fill; j++) items.push({ kind: "slice" });
  return { items, hasArray, hasEllipsis: ell >= 0, hasNewaxis };
}

function normIndex(i: number, n: number, axis: number): number {
  if (!Number.isInteger(i))
    throw indexError(
      "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices",
    );
  const j = i < 0 ? i + n : i;
  if (j < 0 || j >= n) throw indexError(`index ${i} is out of bounds for axis ${axis} with size ${n}`);
  return j;
}

/** Basic indexing (no arrays) → view (or element offset when all ints) */
function basicView(a: NDArray, items: IndexItem[]): NDArray {
  const shape: number[] = [],
    strides: number[] = [];
  let off = a.offset,
    dim = 0;
  for (const it of items) {
    switch (it.kind) {
      case "int": {
        const j = normIndex(it.i, a.shape[dim], dim);
        off += j * a.strides[dim];
        dim++;
        break;
      }
      case "slice": {
        const [s, , st, n] = sliceIndices(a.shape[dim], it.start, it.stop, it.step);
        if (n > 0) off += s * a.strides[dim];
        shape.push(n);
        strides.push(a.strides[dim] * st);
        dim++;
        break;
      }
      case "newaxis":
        shape.push(1);
        strides.push(0);
        break;
      default:
        throw new Error("unexpected");
    }
  }
  return new NDArray(a.dtype, shape, a.data, strides, off, a);
}

/** Fast path: single int index on the first axis */
function intFirst(a: NDArray, i: number): NDArray | NPScalar {
  const n = a.shape[0];
  if (n === undefined) throw indexError("too many indices for array: array is 0-dimensional, but 1 were indexed");
  const j = i < 0 ? i + n : i;
  if (j < 0 || j >= n || !Number.isInteger(i)) return basicView(a, [{ kind: "int", i }]);
  const off = a.offset + j * a.strides[0];
  if (a.shape.length === 1) return new NPScalar(a.dtype, (a.data as any)[off]);
  return new NDArray(a.dtype, a.shape.slice(1), a.data, a.strides.slice(1), off, a);
}

interface AdvPlan {
  view: NDArray; // basic-indexed view with advanced dims kept whole
  advDims: number[]; // dims in view indexed by arrays
  idx: NDArray[]; // broadcast int index arrays (contiguous, int values)
  bshape: number[];
  adjacent: boolean;
}

function advPlan(a: NDArray, items: IndexItem[]): AdvPlan {
  // convert items; bool arrays → nonzero int arrays; ints → 0-d arrays
  const viewItems: IndexItem[] = [];
  const advPos: number[] = [];
  const arrs: NDArray[] = [];
  let dim = 0,
    vdim = 0;
  for (const it of items) {
    if (it.kind === "array") {
      const arr = it.arr;
      if (arr.dtype === "bool") {
        if (arr.ndim === 0) {
          // a[True] adds an axis of length 1; a[False] length 0
          const v = (arr.data as any)[arr.offset];
          viewItems.push({ kind: "newaxis" });
          const ia = emptyArray("int64", [v ? 1 : 0]);
          advPos.push(vdim);
          arrs.push(ia);
          vdim++;
          continue;
        }
        // a mask axis of length 0 stands for any length (NumPy compares only the others)
        for (let k = 0; k < arr.ndim; k++) {
          if (arr.shape[k] !== a.shape[dim + k] && (arr.shape[k] > 0 || dim + k >= a.ndim))
            throw indexError(
              `boolean index did not match indexed array along axis ${dim + k}; size of axis is ${a.shape[dim + k]} but size of corresponding boolean axis is ${arr.shape[k]}`,
            );
        }
        const nz = nonzero(arr);
        for (let k = 0; k < arr.ndim; k++) {
          viewItems.push({ kind: "slice" });
          advPos.push(vdim++);
          arrs.push(nz[k]);
          dim++;
        }
      } else if (isInt(arr.dtype)) {
        viewItems.push({ kind: "slice" });
        advPos.push(vdim++);
        arrs.push(arr);
        dim++;
      } else {
        throw indexError("arrays used as indices must be of integer (or boolean) type");
      }
    } else if (it.kind === "int") {
      viewItems.push({ kind: "slice" });
      advPos.push(vdim++);
      const ia = emptyArray("int64", []);
      (ia.data as any)[0] = it.i;
      arrs.push(ia);
      dim++;
    } else if (it.kind === "newaxis") {
      viewItems.push(it);
      vdim++;
    } else {
      viewItems.push(it);
      vdim++;
      dim++;
    }
  }
  const view = basicView(a, viewItems);
  const bshape = indexShape(arrs.map((x) => x.shape));
  let adjacent = true;
  for (let k = 1; k < advPos.length; k++) if (advPos[k] !== advPos[k - 1] + 1) adjacent = false;
  // broadcast and normalise indices
  const n = shapeSize(bshape);
  const idx: NDArray[] = [];
  for (let k = 0; k < arrs.length; k++) {
    const ax = advPos[k],
      len = view.shape[ax];
    const out = emptyArray("int64", bshape.slice());
    const od = out.data as Float64Array;
    const src = arrs[k];
    const sd = src.data as any;
    if (src.size === n && src.contig) {
      for (let i = 0; i < n; i++) od[i] = sd[src.offset + i];
    } else {
      const b = broadcastView(src, bshape);
      forEachOffset(b, (o, i) => {
        od[i] = sd[o];
      });
    }
    // origin axis in a for error messages
    const origAxis = origAxisOf(items, ax);
    for (let i = 0; i < n; i++) {
      let v = od[i];
      if (v < 0) v += len;
      if (v < 0 || v >= len) throw indexError(`index ${od[i]} is out of bounds for axis ${origAxis} with size ${len}`);
      od[i] = v;
    }
    idx.push(out);
  }
  return { view, advDims: advPos, idx, bshape, adjacent };
}
function origAxisOf(items: IndexItem[], vdim: number): number {
  let v = 0,
    d = 0;
  for (const it of items) {
    if (it.kind === "newaxis") {
      if (v === vdim) return d;
      v++;
      continue;
    }
    if (it.kind === "array" && it.arr.dtype === "bool") {
      for (let k = 0; k < it.arr.ndim; k++) {
        if (v === vdim) return d;
        v++;
        d++;
      }
      continue;
    }
    if (v === vdim) return d;
    v++;
    d++;
  }
  return d;
}

/** the shape integer index arrays broadcast to (NumPy's IndexError when they do not: y[np.arange(3), t] with 4 labels) */
function indexShape(shapes: number[][]): number[] {
  try {
    return broadcastShapes(...shapes);
  } catch (e) {
    if (!(e instanceof NPError)) throw e;
    throw indexError(`shape mismatch: indexing arrays could not be broadcast together with shapes ${shapes.map(shapeStr).join(" ")} `);
  }
}
function broadcastView(a: NDArray, shape: number[]): NDArray {
  const nd = shape.length,
    off = nd - a.ndim;
  const st = shape.map((d, i) => (i < off ? 0 : a.shape[i - off] === 1 && d !== 1 ? 0 : a.strides[i - off]));
  return new NDArray(a.dtype, shape.slice(), a.data, st, a.offset, a);
}

/** offsets (into view.data) of each selected element, in result C order, plus result shape */
function advOffsets(p: AdvPlan): { offsets: Float64Array; shape: number[] } {
  const { view, advDims, idx, bshape, adjacent } = p;
  const rest: number[] = [];
  for (let d = 0; d < view.ndim; d++) if (!advDims.includes(d)) rest.push(d);
  const nb = shapeSize(bshape);
  let nr = 1;
  for (const d of rest) nr *= view.shape[d];
  // relative offsets of the rest block
  const rel = new Float64Array(nr);
  {
    const cnt = new Array(rest.length).fill(0);
    let o = 0;
    for (let k = 0; k < nr; k++) {
      rel[k] = o;
      for (let j = rest.length - 1; j >= 0; j--) {
        const d = rest[j];
        cnt[j]++;
        o += view.strides[d];
        if (cnt[j] < view.shape[d]) break;
        o -= view.strides[d] * view.shape[d];
        cnt[j] = 0;
      }
    }
  }
  const total = nb * nr;
  chargeNs(total * NS_PER_ELEMENT.fancyIndex);
  const offsets = new Float64Array(total);
  const ids = idx.map((x) => x.data as Float64Array);
  const strs = advDims.map((d) => view.strides[d]);
  if (!adjacent || advDims[0] === 0 || rest.length === 0) {
    // result = bshape + rest
    for (let j = 0; j < nb; j++) {
      let o = view.offset;
      for (let k = 0; k < ids.length; k++) o += ids[k][j] * strs[k];
      const base = j * nr;
      for (let r = 0; r < nr; r++) offsets[base + r] = o + rel[r];
    }
    const shape = [...bshape, ...rest.map((d) => view.shape[d])];
    if (adjacent && rest.length && advDims[0] !== 0) {
      /* unreachable */
    }
    return { offsets, shape };
  }
  // adjacent but not at front: result = rest_before + bshape + rest_after
  const p0 = advDims[0];
  const before = rest.filter((d) => d < p0),
    after = rest.filter((d) => d > p0);
  let nbef = 1;
  for (const d of before) nbef *= view.shape[d];
  let naft = 1;
  for (const d of after) naft *= view.shape[d];
  const relB = relOffsets(view, before),
    relA = relOffsets(view, after);
  let t = 0;
  for (let i = 0; i < nbef; i++) {
    for (let j = 0; j < nb; j++) {
      let o = view.offset + relB[i];
      for (let k = 0; k < ids.length; k++) o += ids[k][j] * strs[k];
      for (let r = 0; r < naft; r++) offsets[t++] = o + relA[r];
    }
  }
  const shape = [...before.map((d) => view.shape[d]), ...bshape, ...after.map((d) => view.shape[d])];
  return { offsets, shape };
}
function relOffsets(view: NDArray, dims: number[]): Float64Array {
  let n = 1;
  for (const d of dims) n *= view.shape[d];
  const rel = new Float64Array(n);
  const cnt = new Array(dims.length).fill(0);
  let o = 0;
  for (let k = 0; k < n; k++) {
    rel[k] = o;
    for (let j = dims.length - 1; j >= 0; j--) {
      const d = dims[j];
      cnt[j]++;
      o += view.strides[d];
      if (cnt[j] < view.shape[d]) break;
      o -= view.strides[d] * view.shape[d];
      cnt[j] = 0;
    }
  }
  return rel;
}

/** a[spec]. Returns a view for basic indexing, a copy for advanced indexing, NPScalar for a single element. */
const SHAPE1: number[][] = [],
  STRIDE1: number[][] = [];
for (let i = 0; i <= 64; i++) {
  SHAPE1.push([i]);
  STRIDE1.push([i]);
}
/** Fast path for basic indexing with only ints and slices (no ellipsis/newaxis/arrays), at most ndim items:
 *  the view (or, when every dim is indexed by an int, the element offset as -1-offset), or null. */
function fastBasic(a: NDArray, spec: IndexItem[]): NDArray | number | null {
  const ns = spec.length,
    nd = a.shape.length;
  if (ns > nd) return null;
  let off = a.offset,
    outNd = nd - ns;
  for (let k = 0; k < ns; k++) {
    const it = spec[k];
    if (it.kind === "slice") outNd++;
    else if (it.kind !== "int") return null;
  }
  const ash = a.shape,
    ast = a.strides;
  if (outNd === 1 && ns === nd) {
    // one slice among ints (z[:, t], z[t, :]): shared small 1-D shape/strides arrays (never mutated in place)
    let n = 0,
      s1 = 0;
    for (let k = 0; k < ns; k++) {
      const it = spec[k] as any;
      const len = ash[k];
      if (it.kind === "int") {
        const i = it.i;
        const j = i < 0 ? i + len : i;
        if (j < 0 || j >= len || !Number.isInteger(i)) return null;
        off += j * ast[k];
      } else if (it.start == null && it.stop == null && it.step == null) {
        n = len;
        s1 = ast[k];
      } else {
        const [s0, , st, m] = sliceIndices(len, it.start, it.stop, it.step);
        if (m > 0) off += s0 * ast[k];
        n = m;
        s1 = ast[k] * st;
      }
    }
    const shape = n >= 0 && n <= 64 ? SHAPE1[n] : [n];
    const strides = s1 >= 0 && s1 <= 64 && Number.isInteger(s1) ? STRIDE1[s1] : [s1];
    return new NDArray(a.dtype, shape, a.data, strides, off, a);
  }
  const shape = new Array(outNd),
    strides = new Array(outNd);
  let r = 0;
  for (let k = 0; k < ns; k++) {
    const it = spec[k] as any;
    const len = ash[k];
    if (it.kind === "int") {
      const i = it.i;
      const j = i < 0 ? i + len : i;
      if (j < 0 || j >= len || !Number.isInteger(i)) return null;
      off += j * ast[k];
    } else if (it.start == null && it.stop == null && it.step == null) {
      shape[r] = len;
      strides[r] = ast[k];
      r++;
    } else {
      const [s0, , st, n] = sliceIndices(len, it.start, it.stop, it.step);
      if (n > 0) off += s0 * ast[k];
      shape[r] = n;
      strides[r] = ast[k] * st;
      r++;
    }
  }
  if (outNd === 0) return -1 - off;
  for (let k = ns; k < nd; k++) {
    shape[r] = ash[k];
    strides[r] = ast[k];
    r++;
  }
  return new NDArray(a.dtype, shape, a.data, strides, off, a);
}

const INT_A: IndexItem = { kind: "int", i: 0 },
  INT_B: IndexItem = { kind: "int", i: 0 };
const SPEC2: IndexItem[] = [INT_A, INT_B];
function spec2(k0: number | IndexItem, k1: number | IndexItem): IndexItem[] {
  if (typeof k0 === "number") {
    (INT_A as any).i = k0;
    SPEC2[0] = INT_A;
  } else SPEC2[0] = k0;
  if (typeof k1 === "number") {
    (INT_B as any).i = k1;
    SPEC2[1] = INT_B;
  } else SPEC2[1] = k1;
  return SPEC2;
}
/** a[k0, k1] for ints (JS numbers) / int or slice items without allocating a spec: the fast basic-indexing path of
 *  getIndex, or null when it does not apply (the caller then uses getIndex). */
export function getIndex2(a: NDArray, k0: number | IndexItem, k1: number | IndexItem): NDArray | NPScalar | null {
  const fb = fastBasic(a, spec2(k0, k1));
  if (fb === null) return null;
  return typeof fb === "number" ? new NPScalar(a.dtype, (a.data as any)[-1 - fb]) : fb;
}
/** a[k0, k1] = value for the fast path of setIndex (same-dtype contiguous array value); false when it does not
 *  apply (the caller then uses setIndex). */
export function setIndex2(a: NDArray, k0: number | IndexItem, k1: number | IndexItem, value: NDArray): boolean {
  const d = a.data as any;
  if (!a.writeable || value.dtype !== a.dtype || value.data === d || value.dtype === "object" || !value.contig) return false;
  const fb = fastBasic(a, spec2(k0, k1));
  if (fb === null || typeof fb === "number" || fb.size !== value.size || fb.size === 0 || !sameNon1(fb.shape, value.shape)) return false;
  const n = fb.size,
    src = value.data as any,
    vo = value.offset;
  charge(n);
  if (fb.shape.length === 1) {
    const s0 = fb.strides[0];
    for (let i = 0, o = fb.offset; i < n; i++, o += s0) d[o] = src[vo + i];
    return true;
  }
  forEachOffset(fb, (o, i) => {
    d[o] = src[vo + i];
  });
  return true;
}

export function getIndex(a: NDArray, spec: IndexItem[]): NDArray | NPScalar {
  if (spec.length === 1) {
    const it = spec[0];
    if (it.kind === "int") return intFirst(a, it.i);
    if (it.kind === "array" && it.arr.dtype === "bool" && sameShape(it.arr.shape, a.shape) && a.ndim > 0) return maskGather(a, it.arr);
  }
  const fb = fastBasic(a, spec);
  if (fb !== null) return typeof fb === "number" ? new NPScalar(a.dtype, (a.data as any)[-1 - fb]) : fb;
  const po = pairOffsets(a, spec);
  if (po !== null) {
    const out = emptyArray(a.dtype, [po.length]);
    const od = out.data as any,
      d = a.data as any;
    for (let i = 0; i < po.length; i++) od[i] = d[po[i]];
    return out;
  }
  const ex = expand(a, spec);
  if (!ex.hasArray) {
    const v = basicView(a, ex.items);
    if (v.ndim === 0 && !ex.hasEllipsis && !ex.hasNewaxis) return new NPScalar(a.dtype, (a.data as any)[v.offset]);
    return v;
  }
  const p = advPlan(a, ex.items);
  const { offsets, shape } = advOffsets(p);
  const out = emptyArray(a.dtype, shape);
  const od = out.data as any,
    d = a.data as any;
  for (let i = 0; i < offsets.length; i++) od[i] = d[offsets[i]];
  return out;
}

/** value shape `v` assigns elementwise (same C order, no broadcasting) into target shape `t` of the same size:
 *  v's leading 1-dims beyond t's ndim are dropped, the rest must equal t's trailing dims. */
function sameNon1(t: number[], v: number[]): boolean {
  let j = 0;
  while (v.length - j > t.length && v[j] === 1) j++;
  const m = v.length - j;
  if (m > t.length) return false;
  const off = t.length - m;
  for (let i = 0; i < m; i++) if (v[j + i] !== t[off + i]) return false;
  return true;
}

function maskGather(a: NDArray, m: NDArray): NDArray {
  const md = m.data as any,
    d = a.data as any;
  chargeNs(a.size * NS_PER_ELEMENT.maskSelect);
  const res: number[] = [];
  if (a.contig && m.contig) {
    const ao = a.offset,
      mo = m.offset,
      n = a.size;
    for (let i = 0; i < n; i++) if (md[mo + i]) res.push(d[ao + i]);
  } else {
    const mo: number[] = [];
    forEachOffset(m, (o) => mo.push(o));
    forEachOffset(a, (o, i) => {
      if (md[mo[i]]) res.push(d[o]);
    });
  }
  const out = emptyArray(a.dtype, [res.length]);
  const od = out.data as any;
  for (let i = 0; i < res.length; i++) od[i] = res[i];
  return out;
}

/** np.nonzero(a) → tuple of int64 arrays */
const HITS_BATCH_MASK = 0xffff;
/**
 * Operations (1/64 step each) charged per element scanned (a callback per element) and per hit (pushed, then split
 * into one index per dimension): np.argwhere of 10^5 non-zero floats measured ~110–230 ns per element.
 */
const SCAN_COST = 8,
  HIT_COST = 64;
export function nonzero(a: NDArray): NDArray[] {
  const d = a.data as any;
  const hits: number[] = [];
  charge(a.size * SCAN_COST);
  forEachOffset(a, (o, i) => {
    if (d[o] !== 0 && d[o] !== false && !(a.dtype === "object" && !d[o])) {
      // the list of hits grows unseen by the memory checks otherwise: reported as it grows
      if ((hits.length & HITS_BATCH_MASK) === 0) chargeAlloc((HITS_BATCH_MASK + 1) * 8);
      hits.push(i);
    }
  });
  const nd = Math.max(a.ndim, 1);
  charge(hits.length * HIT_COST);
  const outs: NDArray[] = [];
  for (let k = 0; k < nd; k++) outs.push(emptyArray("int64", [hits.length]));
  const shape = a.ndim ? a.shape : [1];
  for (let j = 0; j < hits.length; j++) {
    let f = hits[j];
    for (let k = nd - 1; k >= 0; k--) {
      const q = f % shape[k];
      (outs[k].data as Float64Array)[j] = q;
      f = (f - q) / shape[k];
    }
  }
  return outs;
}

// ------------------------------------------------------------------ assignment

/** What an assignment targets, for NumPy's errors: one element, a view (basic indexing), the elements an index array
 *  selects, or those a boolean mask of the array's shape selects. */
type Target = "element" | "view" | "fancy" | "mask";

/** Convert an assigned value to a JS array of element values (already cast to dt) broadcast to `shape`,
 *  returning a getter. `sequence`: the value was a Python list or tuple (NumPy converts it with at most the target's
 *  dimensions). */
function valueSource(value: Operand | unknown, dt: DType, shape: number[], target: Target, sequence = false): (i: number) => any {
  const isScalarTarget = target === "element";
  if (sequence && value instanceof NDArray) {
    if (isScalarTarget) throw valueError("setting an array element with a sequence.");
    if (target === "view" && value.ndim > shape.length)
      throw valueError(
        `setting an array element with a sequence. The requested array would exceed the maximum number of dimension of ${shape.length}.`,
      );
  }
  if (target === "mask" && value instanceof NDArray) {
    if (value.ndim > 1)
      throw typeError(`NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has ${value.ndim} dimensions`);
    if (value.size !== 1 && value.size !== shape[0])
      throw valueError(
        `NumPy boolean array indexing assignment cannot assign ${value.size} input values to the ${shape[0]} output values where the mask is true`,
      );
  }
  if (dt === "object" && !(value instanceof NDArray)) return () => value;
  if (isStr(dt) && !(value instanceof NDArray)) {
    const x = toStrElement(value, strWidth(dt));
    return () => x;
  }
  if (typeof value === "string") {
    const x = parseStr(value, dt, false);
    return () => x;
  }
  if (value instanceof NDArray) {
    let v = value;
    if (isScalarTarget && v.ndim > 0) {
      if (v.size !== 1) throw valueError("setting an array element with a sequence.");
      warn(
        "DeprecationWarning",
        "Conversion of an array with ndim > 0 to a scalar is deprecated, you should extract a single element from your array before performing this operation. (Deprecated NumPy 1.25.)",
      );
      const x = convertElem(v.getFlat(0), v.dtype, dt);
      return () => x;
    }
    // strip leading 1-dims beyond target ndim
    while (v.ndim > shape.length && v.shape[0] === 1) v = new NDArray(v.dtype, v.shape.slice(1), v.data, v.strides.slice(1), v.offset);
    let ok = v.ndim <= shape.length;
    if (ok) {
      const off = shape.length - v.ndim;
      for (let i = 0; i < v.ndim; i++) if (v.shape[i] !== 1 && v.shape[i] !== shape[off + i]) ok = false;
    }
    if (!ok)
      throw valueError(
        target === "fancy"
          ? `shape mismatch: value array of shape ${shapeStr(value.shape)} could not be broadcast to indexing result of shape ${shapeStr(shape)}`
          : `could not broadcast input array from shape ${shapeStr(v.shape)} into shape ${shapeStr(shape)}`,
      );
    const b = broadcastView(v, shape);
    const n = shapeSize(shape);
    chargeNs(n * NS_PER_ELEMENT.assignedValue);
    const vals = new Array(n);
    const sd = b.data as any;
    if (isFloat(v.dtype) && isInt(dt)) {
      // a float array into an integer one: astype's cast, with its "invalid value encountered in cast"
      const c = astype(b, dt).data as any;
      for (let i = 0; i < n; i++) vals[i] = c[i];
    } else if (b.contig && v.dtype === dt && (dt === "float64" || dt === "int64")) {
      // the values as they are (convertElem's identity), read in order
      const o = b.offset;
      for (let i = 0; i < n; i++) vals[i] = sd[o + i];
    } else
      forEachOffset(b, (o, i) => {
        vals[i] = convertElem(sd[o], v.dtype, dt);
      });
    return (i) => vals[i];
  }
  const c = classify(value as Operand);
  if (c.big !== undefined) {
    const b = pyIntElement(c.big, dt);
    return () => b;
  }
  let x = c.val;
  if (c.weak === "int" && isInt(dt)) {
    const r = dt === "int64" ? undefined : INT_BOUNDS[dt];
    if (r && (x < r[0] || x > r[1])) throw new NPError("OverflowError", `Python integer ${x} out of bounds for ${dt}`);
  }
  // a float scalar (Python's or NumPy's) into an integer array goes in as int() takes it: inf and NaN raise
  x = convertElem(x, c.dtype, dt, !!c.weak || (isFloat(c.dtype) && isInt(dt)));
  return () => x;
}
function convertElem(v: any, from: DType, to: DType, weak = false): any {
  if (isStr(to) || isStr(from)) return from === to ? v : strCast(from, to)(v);
  if (to === "object") return from === "object" ? v : objectFromNumber(v, from);
  if (from === "object") return objectToNumber(v, to);
  // a Python float goes in as int(v) does (a[0] = 1e19 on an int64 array is NumPy's OverflowError)
  if (weak && isFloat(from) && isInt(to)) return pyFloatAsInt(v, to);
  if (to === "uint64" && from !== "uint64") return toUint64(v, weak);
  if (isFloat(from) && isInt(to)) return castValue(v, to);
  if (to === "bool") return v !== 0 ? 1 : 0;
  if (to === "float32" || to === "float16") return castValue(v, to);
  return v;
}
/** a number stored into uint64, whose doubles are exact in [0, 2**53]: a negative Python number is NumPy's
 *  OverflowError; what NumPy would wrap modulo 2**64 (an int64 array's -1) is refused, not stored as -1 */
function toUint64(v: number, weak: boolean): number {
  const t = v !== v ? 0 : Math.trunc(v) + 0;
  if (t < 0 && weak) throw new NPError("OverflowError", `Python integer ${t} out of bounds for uint64`);
  if (!(t >= 0 && t <= Number.MAX_SAFE_INTEGER)) throw uint64Unsupported();
  return t;
}

/** a[spec] = value (value broadcast to the selection; unsafe casting like NumPy setitem); `sequence`: the value is
 *  a Python list or tuple made an array */
export function setIndex(a: NDArray, spec: IndexItem[], value: Operand | unknown, sequence = false): void {
  if (!a.writeable) throw valueError("assignment destination is read-only");
  const d = a.data as any;
  // fast path: single int on 1-D
  if (spec.length === 1 && spec[0].kind === "int" && a.ndim === 1) {
    const n = a.shape[0];
    let j = spec[0].i;
    if (j < 0) j += n;
    if (j < 0 || j >= n) throw indexError(`index ${spec[0].i} is out of bounds for axis 0 with size ${n}`);
    if (typeof value === "number" && (a.dtype === "float64" || (a.dtype === "int64" && Number.isInteger(value)))) {
      d[a.offset + j * a.strides[0]] = value;
      return;
    }
    const g = valueSource(value, a.dtype, [], "element", sequence);
    d[a.offset + j * a.strides[0]] = g(0);
    return;
  }
  // a boolean mask of the array's shape (a 0-d one on a 0-d array too): NumPy's boolean assignment
  if (spec.length === 1 && spec[0].kind === "array" && spec[0].arr.dtype === "bool" && sameShape(spec[0].arr.shape, a.shape)) {
    const m = spec[0].arr,
      md = m.data as any;
    chargeNs(a.size * NS_PER_ELEMENT.maskAssign);
    const offs: number[] = [];
    const mo: number[] = [];
    forEachOffset(m, (o) => mo.push(o));
    forEachOffset(a, (o, i) => {
      if (md[mo[i]]) offs.push(o);
    });
    const g = valueSource(value, a.dtype, [offs.length], "mask", sequence);
    for (let i = 0; i < offs.length; i++) d[offs[i]] = g(i);
    return;
  }
  if (typeof value === "number" && a.dtype === "float64" && a.contig && spec.length === 1 && spec[0].kind === "ellipsis") {
    // a[...] = 0.0 on a float64 array (dW[...] = 0)
    charge(a.size);
    (d as Float64Array).fill(value, a.offset, a.offset + a.size);
    return;
  }
  if (!sequence && value instanceof NDArray && value.dtype === a.dtype && value.data !== d && value.dtype !== "object") {
    // fast path: basic-indexed target, same-dtype array value of the same size whose non-1 dims match
    // (`a[...] = v`, as in `grads[0][...] = dW`, targets the whole array)
    const fb = spec.length === 1 && spec[0].kind === "ellipsis" ? a : fastBasic(a, spec);
    if (fb !== null && typeof fb !== "number" && fb.size === value.size && fb.size > 0 && sameNon1(fb.shape, value.shape)) {
      const n = fb.size,
        src = value.data as any;
      charge(n);
      if (fb.contig && value.contig) {
        const fo = fb.offset,
          vo = value.offset;
        if ((d instanceof Float64Array && src instanceof Float64Array) || (d instanceof Float32Array && src instanceof Float32Array))
          d.set(src.subarray(vo, vo + n), fo);
        else for (let i = 0; i < n; i++) d[fo + i] = src[vo + i];
        return;
      }
      if (fb.shape.length === 1 && value.contig) {
        const s0 = fb.strides[0],
          vo = value.offset;
        for (let i = 0, o = fb.offset; i < n; i++, o += s0) d[o] = src[vo + i];
        return;
      }
      if (fb.shape.length === 2 && value.contig) {
        // rows of a 2-D view (hs[:, t, :] = h)
        const r = fb.shape[0],
          c = fb.shape[1],
          s0 = fb.strides[0],
          s1 = fb.strides[1];
        for (let i = 0, vo = value.offset; i < r; i++) {
          const ro = fb.offset + i * s0;
          if (s1 === 1) for (let j = 0; j < c; j++) d[ro + j] = src[vo + j];
          else for (let j = 0; j < c; j++) d[ro + j * s1] = src[vo + j];
          vo += c;
        }
        return;
      }
      if (value.contig) {
        const vo = value.offset;
        forEachOffset(fb, (o, i) => {
          d[o] = src[vo + i];
        });
        return;
      }
    }
  }
  const po = pairOffsets(a, spec);
  if (po !== null) {
    const g = valueSource(value, a.dtype, [po.length], "fancy", sequence);
    for (let i = 0; i < po.length; i++) d[po[i]] = g(i);
    return;
  }
  const ex = expand(a, spec);
  if (!ex.hasArray) {
    const v = basicView(a, ex.items);
    // an index of only integers targets an element; with an ellipsis or a newaxis it is a 0-d view
    const element = v.ndim === 0 && !ex.hasEllipsis && !ex.hasNewaxis;
    const g = valueSource(value, a.dtype, v.shape, element ? "element" : "view", sequence);
    if (v.ndim === 0) {
      d[v.offset] = g(0);
      return;
    }
    charge(v.size);
    if (!(value instanceof NDArray) && v.contig) {
      // a scalar's source gives one value (`dW[...] = 0` on a float32 array)
      d.fill(g(0), v.offset, v.offset + v.size);
      return;
    }
    // avoid aliasing problems when value shares memory
    if (value instanceof NDArray && value.data === a.data) {
      const vals: any[] = [];
      for (let i = 0; i < v.size; i++) vals.push(g(i));
      forEachOffset(v, (o, i) => {
        d[o] = vals[i];
      });
    } else
      forEachOffset(v, (o, i) => {
        d[o] = g(i);
      });
    return;
  }
  const p = advPlan(a, ex.items);
  const { offsets, shape } = advOffsets(p);
  const g = valueSource(value, a.dtype, shape, "fancy", sequence);
  for (let i = 0; i < offsets.length; i++) d[offsets[i]] = g(i);
}

/** np.<ufunc>.at(a, indices, b): unbuffered in-place operation */
/** ufunc.at's values must broadcast to the indexed shape (one way: they may not widen it), as NumPy checks */
function atValuesShape(values: number[], target: number[]): number[] {
  const off = target.length - values.length;
  if (off < 0 || values.some((d, i) => d !== 1 && d !== target[off + i])) throw valueError("array is not broadcastable to correct shape");
  return target;
}

export function ufuncAt(opName: string, a: NDArray, spec: IndexItem[], b?: Operand): void {
  const op = BINOPS[opName];
  if (!op) throw valueError(`ufunc ${opName}.at not supported`);
  if (a.dtype === "float16")
    throw new NPError("NotImplementedError", `${opName}.at on float16 arrays is not supported by this engine (use .astype(np.float32))`);
  const ex = expand(a, spec);
  let offsets: Float64Array, shape: number[];
  if (!ex.hasArray) {
    const v = basicView(a, ex.items);
    offsets = new Float64Array(v.size);
    forEachOffset(v, (o, i) => {
      offsets[i] = o;
    });
    shape = v.shape;
  } else ({ offsets, shape } = advOffsets(advPlan(a, ex.items)));
  const d = a.data as any;
  // compute per element using the ufunc machinery on scalars to obtain exact dtype semantics
  const bs = b instanceof NDArray ? broadcastView(b, atValuesShape(b.shape, shape)) : null;
  const bvals: any[] = [];
  if (bs) forEachOffset(bs, (o) => bvals.push((bs.data as any)[o]));
  const bdt = b instanceof NDArray ? b.dtype : null;
  const code = op.code;
  if (a.dtype === "float64" && code >= OP_ADD && code <= OP_DIV && (bdt === "float64" || (!bs && typeof b === "number"))) {
    // float64 ∘ float64 (np.add.at(dW, idx, dout)): the double itself, as binary() gives for two float64 scalars; a
    // non-finite result takes the scalar ufunc path (its warnings)
    for (let i = 0; i < offsets.length; i++) {
      const o = offsets[i];
      const x = d[o];
      const y = bs ? bvals[i] : (b as number);
      const r = code === OP_ADD ? x + y : code === OP_SUB ? x - y : code === OP_MUL ? x * y : x / y;
      if (r - r === 0) d[o] = r;
      else {
        const rr = binary(op, new NPScalar("float64", x), bs ? new NPScalar("float64", y) : y) as NPScalar;
        d[o] = rr.value;
      }
    }
    return;
  }
  if (a.dtype === "float32" && code >= OP_ADD && code <= OP_DIV && bdt === "float32") {
    // float32 ∘ float32 (the book's float32 Embedding): the double result of two float32 values rounded once is
    // float32 arithmetic's; a non-finite result takes the scalar ufunc path (its warnings)
    for (let i = 0; i < offsets.length; i++) {
      const o = offsets[i];
      const x = d[o];
      const y = bvals[i];
      const r = Math.fround(code === OP_ADD ? x + y : code === OP_SUB ? x - y : code === OP_MUL ? x * y : x / y);
      if (r - r === 0) d[o] = r;
      else d[o] = (binary(op, new NPScalar("float32", x), new NPScalar("float32", y)) as NPScalar).value;
    }
    return;
  }
  for (let i = 0; i < offsets.length; i++) {
    const cur = new NPScalar(a.dtype, d[offsets[i]]);
    const rhs: Operand = bs ? new NPScalar(bdt!, bvals[i]) : (b as Operand);
    const r = binary(op, cur, rhs) as NPScalar;
    d[offsets[i]] = convertElem(r.value, r.dtype, a.dtype);
  }
}

/** np.take(a, indices, axis) */
export function take(a: NDArray, indices: NDArray, axis?: number | null): NDArray | NPScalar {
  const len = axis === null || axis === undefined ? a.size : a.shape[axis < 0 ? axis + a.ndim : axis];
  if (len === 0 && indices.size > 0) throw indexError("cannot do a non-empty take from an empty axes.");
  if (axis === null || axis === undefined) {
    const flat = a.contig ? new NDArray(a.dtype, [a.size], a.data, [1], a.offset) : copyArray(a);
    const f = flat.ndim === 1 ? flat : new NDArray(a.dtype, [a.size], flat.data);
    return getIndex(f, [{ kind: "array", arr: indices }]);
  }
  if (axis < -a.ndim || axis >= a.ndim) throw new NPError("AxisError", `axis ${axis} is out of bounds for array of dimension ${a.ndim}`);
  const ax = axis < 0 ? axis + a.ndim : axis;
  const spec: IndexItem[] = [];
  for (let i = 0; i < ax; i++) spec.push({ kind: "slice" });
  spec.push({ kind: "array", arr: indices });
  return getIndex(a, spec);
}
