// Reductions: sum, prod, mean, max, min, argmax, argmin, std, var, all, any, cumsum, cumprod …
import { addI64, BINOPS, EXACT_INT, exactI64, mulI64, subI64 } from "./ops";
import {
  DType,
  NDArray,
  NPScalar,
  NPError,
  emptyArray,
  isFloat,
  castValue,
  isInt,
  kindOf,
  charge,
  forEachOffset,
  warn,
  fpCondition,
  getErrState,
  valueError,
  copyArray,
  astype,
  exactUint64,
  chargeNs,
} from "./core";
import { f16round, f16viaF32 } from "./float16";
import { NS_PER_ELEMENT } from "./costs";
import { anyNonFinite, emitReduceFP, stepFlags } from "./reduce-fp";
import { emitLoopFP } from "./ops";

export type Axis = number | number[] | null | undefined;

export function normAxis(ax: number, nd: number): number {
  if (!Number.isInteger(ax)) throw new NPError("TypeError", `'float' object cannot be interpreted as an integer`);
  if (ax < -nd || ax >= nd) throw new NPError("AxisError", `axis ${ax} is out of bounds for array of dimension ${nd}`);
  return ax < 0 ? ax + nd : ax;
}
export function normAxes(axis: Axis, nd: number): number[] {
  if (axis === null || axis === undefined) return Array.from({ length: nd }, (_, i) => i);
  const list = typeof axis === "number" ? [axis] : axis;
  const out: number[] = [];
  for (const a of list) {
    const n = normAxis(a, nd);
    if (out.includes(n)) throw valueError("duplicate value in 'axis'");
    out.push(n);
  }
  return out.sort((x, y) => x - y);
}

/** NumPy's pairwise summation (float64) over d[o], d[o+s], … (n elements) */
export function pairwiseSum(d: ArrayLike<number>, o: number, n: number, s: number): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res += d[o + i * s];
    return res;
  } else if (n <= 128) {
    let r0 = d[o],
      r1 = d[o + s],
      r2 = d[o + 2 * s],
      r3 = d[o + 3 * s];
    let r4 = d[o + 4 * s],
      r5 = d[o + 5 * s],
      r6 = d[o + 6 * s],
      r7 = d[o + 7 * s];
    const m = n - (n % 8);
    let i = 8;
    for (; i < m; i += 8) {
      const p = o + i * s;
      r0 += d[p];
      r1 += d[p + s];
      r2 += d[p + 2 * s];
      r3 += d[p + 3 * s];
      r4 += d[p + 4 * s];
      r5 += d[p + 5 * s];
      r6 += d[p + 6 * s];
      r7 += d[p + 7 * s];
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += d[o + i * s];
    return res;
  } else {
    let n2 = Math.floor(n / 2);
    n2 -= n2 % 8;
    return pairwiseSum(d, o, n2, s) + pairwiseSum(d, o + n2 * s, n - n2, s);
  }
}
/** pairwiseSum of (d[o+i] - mu)² for contiguous d (same values, same order as squaring into a temporary first) */
function pairwiseSumSq(d: ArrayLike<number>, o: number, n: number, mu: number): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) {
      const v = d[o + i] - mu;
      res += v * v;
    }
    return res;
  } else if (n <= 128) {
    let v = d[o] - mu,
      r0 = v * v;
    v = d[o + 1] - mu;
    let r1 = v * v;
    v = d[o + 2] - mu;
    let r2 = v * v;
    v = d[o + 3] - mu;
    let r3 = v * v;
    v = d[o + 4] - mu;
    let r4 = v * v;
    v = d[o + 5] - mu;
    let r5 = v * v;
    v = d[o + 6] - mu;
    let r6 = v * v;
    v = d[o + 7] - mu;
    let r7 = v * v;
    const m = n - (n % 8);
    let i = 8;
    for (; i < m; i += 8) {
      const p = o + i;
      v = d[p] - mu;
      r0 += v * v;
      v = d[p + 1] - mu;
      r1 += v * v;
      v = d[p + 2] - mu;
      r2 += v * v;
      v = d[p + 3] - mu;
      r3 += v * v;
      v = d[p + 4] - mu;
      r4 += v * v;
      v = d[p + 5] - mu;
      r5 += v * v;
      v = d[p + 6] - mu;
      r6 += v * v;
      v = d[p + 7] - mu;
      r7 += v * v;
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) {
      v = d[o + i] - mu;
      res += v * v;
    }
    return res;
  } else {
    let n2 = Math.floor(n / 2);
    n2 -= n2 % 8;
    return pairwiseSumSq(d, o, n2, mu) + pairwiseSumSq(d, o + n2, n - n2, mu);
  }
}

/** float32 variant: every addition rounded to float32 */
export function pairwiseSum32(d: ArrayLike<number>, o: number, n: number, s: number): number {
  const f = Math.fround;
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res = f(res + d[o + i * s]);
    return res;
  } else if (n <= 128) {
    let r0 = d[o],
      r1 = d[o + s],
      r2 = d[o + 2 * s],
      r3 = d[o + 3 * s];
    let r4 = d[o + 4 * s],
      r5 = d[o + 5 * s],
      r6 = d[o + 6 * s],
      r7 = d[o + 7 * s];
    const m = n - (n % 8);
    let i = 8;
    for (; i < m; i += 8) {
      const p = o + i * s;
      r0 = f(r0 + d[p]);
      r1 = f(r1 + d[p + s]);
      r2 = f(r2 + d[p + 2 * s]);
      r3 = f(r3 + d[p + 3 * s]);
      r4 = f(r4 + d[p + 4 * s]);
      r5 = f(r5 + d[p + 5 * s]);
      r6 = f(r6 + d[p + 6 * s]);
      r7 = f(r7 + d[p + 7 * s]);
    }
    let res = f(f(f(r0 + r1) + f(r2 + r3)) + f(f(r4 + r5) + f(r6 + r7)));
    for (; i < n; i++) res = f(res + d[o + i * s]);
    return res;
  } else {
    let n2 = Math.floor(n / 2);
    n2 -= n2 % 8;
    return f(pairwiseSum32(d, o, n2, s) + pairwiseSum32(d, o + n2 * s, n - n2, s));
  }
}

interface Plan {
  outShape: number[]; // without keepdims
  keepShape: number[];
  outer: number;
  inner: number;
  base: number[]; // offsets of each output's first element
  rel: number[]; // relative offsets of reduced elements (memory order)
  chunk: number; // pairwise chunk length (elements with uniform stride `chunkStride` at the end of rel order)
  chunkStride: number;
}

function plan(a: NDArray, axes: number[]): Plan {
  const nd = a.ndim,
    sh = a.shape,
    st = a.strides;
  const red = new Array(nd).fill(false);
  for (const x of axes) red[x] = true;
  const kept: number[] = [],
    rax: number[] = [];
  for (let i = 0; i < nd; i++) (red[i] ? rax : kept).push(i);
  // order reduced axes by memory layout (descending |stride|), stable
  const rsorted = rax.slice().sort((x, y) => Math.abs(st[y]) - Math.abs(st[x]) || x - y);
  const outShape = kept.map((i) => sh[i]);
  const keepShape = sh.map((d, i) => (red[i] ? 1 : d));
  let outer = 1;
  for (const i of kept) outer *= sh[i];
  let inner = 1;
  for (const i of rax) inner *= sh[i];
  const base: number[] = new Array(outer);
  {
    const idx = new Array(kept.length).fill(0);
    let off = a.offset;
    for (let k = 0; k < outer; k++) {
      base[k] = off;
      for (let d = kept.length - 1; d >= 0; d--) {
        const ax = kept[d];
        idx[d]++;
        off += st[ax];
        if (idx[d] < sh[ax]) break;
        off -= st[ax] * sh[ax];
        idx[d] = 0;
      }
    }
  }
  const rel: number[] = new Array(inner);
  {
    const idx = new Array(rsorted.length).fill(0);
    let off = 0;
    for (let k = 0; k < inner; k++) {
      rel[k] = off;
      for (let d = rsorted.length - 1; d >= 0; d--) {
        const ax = rsorted[d];
        idx[d]++;
        off += st[ax];
        if (idx[d] < sh[ax]) break;
        off -= st[ax] * sh[ax];
        idx[d] = 0;
      }
    }
  }
  // pairwise chunk: only if the axis with smallest |stride| (and size>1) is reduced
  let chunk = 1,
    chunkStride = 1;
  let minAx = -1;
  for (let i = 0; i < nd; i++)
    if (sh[i] > 1 && (minAx < 0 || Math.abs(st[i]) < Math.abs(st[minAx]) || (Math.abs(st[i]) === Math.abs(st[minAx]) && i > minAx)))
      minAx = i;
  if (minAx >= 0 && red[minAx] && rsorted.length) {
    const nonUnit = rsorted.filter((ax) => sh[ax] > 1);
    if (nonUnit.length && nonUnit[nonUnit.length - 1] === minAx) {
      chunk = sh[minAx];
      chunkStride = st[minAx];
      for (let j = nonUnit.length - 2; j >= 0; j--) {
        const ax = nonUnit[j];
        if (st[ax] === chunkStride * chunk) chunk *= sh[ax];
        else break;
      }
    }
  }
  return { outShape, keepShape, outer, inner, base, rel, chunk, chunkStride };
}

function finish(res: NDArray, p: Plan, keepdims: boolean): NDArray | NPScalar {
  if (keepdims) {
    res.shape = p.keepShape.slice();
    res.strides = cstr(res.shape);
    return res;
  }
  if (p.outShape.length === 0) return new NPScalar(res.dtype, (res.data as any)[0]);
  return res;
}
function cstr(shape: number[]): number[] {
  const st = new Array(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    st[i] = s;
    s *= shape[i] || 1;
  }
  return st;
}

export interface ReduceOpts {
  keepdims?: boolean;
  dtype?: DType;
  ddof?: number;
  initial?: number;
  where?: NDArray;
}

function sumDtype(dt: DType): DType {
  if (dt === "bool") return "int64";
  if (isInt(dt)) return kindOf(dt) === "u" ? "uint64" : "int64"; // NumPy: sum/prod/cumsum of integers → (u)int64
  return dt;
}

/** the rounding of one float operation's result in dtype dt (float16: computed in float32, rounded to half) */
export function roundIn(dt: DType): (v: number) => number {
  return dt === "float32" ? Math.fround : dt === "float16" ? f16viaF32 : (v) => v;
}

/** core sum; returns array shaped outShape (not keepdims) */
// monomorphic copies of sumCore's leading-axis row loop (same additions, same order)
function sumRowsF64Arr(d: Float64Array, od: number[], o: number, inner: number, outer: number): void {
  for (let j = 0; j < inner; j++) {
    const row = o + j * outer;
    for (let k = 0; k < outer; k++) od[k] += d[row + k];
  }
}
function sumRowsF64(d: Float64Array, od: Float64Array, o: number, inner: number, outer: number): void {
  for (let j = 0; j < inner; j++) {
    const row = o + j * outer;
    for (let k = 0; k < outer; k++) od[k] += d[row + k];
  }
}
const allAxes = (a: NDArray) => a.shape.map((_, i) => i);
/**
 * NumPy's FP warnings of a float sum or product of `src` over `axes` whose results (in C order, without keepdims)
 * are `out`: looked for only when a result is not finite (reduce-fp.ts).
 */
function checkReduceFP(src: NDArray, axes: number[], out: ArrayLike<number>, isProd: boolean): void {
  if (!isFloat(src.dtype) || !anyNonFinite(out, out.length)) return;
  const lanes = (r: NDArray | NPScalar) => (r instanceof NPScalar ? [r.value as number] : (r.data as ArrayLike<number>));
  emitReduceFP(out, lanes(max(src, axes)), lanes(min(src, axes)), isProd);
}

function sumCore(a: NDArray, axes: number[], odt: DType): { res: NDArray; p: Plan | null } {
  const r = sumLoops(a, axes, odt);
  if (isFloat(odt)) checkReduceFP(a, axes, r.res.data as ArrayLike<number>, false);
  return r;
}
function sumLoops(a: NDArray, axes: number[], odt: DType): { res: NDArray; p: Plan | null } {
  const d = a.data as any;
  chargeNs(a.size * NS_PER_ELEMENT.reduction);
  // float16 sums as NumPy's half loops: float32 pairwise over each inner loop, rounded to half when stored
  const half = odt === "float16";
  const f32 = odt === "float32" || half;
  const fl = isFloat(odt);
  // fast path: full reduction of contiguous array
  if (axes.length === a.ndim && a.contig) {
    const res = emptyArray(odt, []);
    let s: number;
    if (fl) s = f32 ? pairwiseSum32(d, a.offset, a.size, 1) : pairwiseSum(d, a.offset, a.size, 1);
    else {
      s = 0;
      const o = a.offset,
        n = a.size;
      for (let i = 0; i < n; i++) s += d[o + i];
    }
    (res.data as any)[0] = half ? f16round(s) : fl ? 0 + s : s;
    return { res, p: null };
  }
  const nd = a.ndim;
  let leading = a.contig && odt === "float64" && axes.length < nd;
  for (let i = 0; leading && i < axes.length; i++) if (axes[i] !== i) leading = false;
  if (leading) {
    // only when a kept axis has length > 1 (otherwise the pairwise chunk of the general path applies)
    let keptBig = false;
    for (let i = axes.length; i < nd; i++) if (a.shape[i] > 1) keptBig = true;
    leading = keptBig;
  }
  if (leading) {
    // contiguous float64, reducing the leading axes (e.g. axis=0 of a matrix): accumulate row by row — the same
    // sequential order per output as the general loop below, but streaming through memory
    const outShape = a.shape.slice(axes.length);
    let outer = 1;
    for (const x of outShape) outer *= x;
    const inner = a.size / outer;
    const res = emptyArray(odt, outShape);
    const od = res.data as any,
      o = a.offset;
    if (d instanceof Float64Array) {
      if (Array.isArray(od)) sumRowsF64Arr(d, od as number[], o, inner, outer);
      else sumRowsF64(d, od as Float64Array, o, inner, outer);
    } else
      for (let j = 0; j < inner; j++) {
        const row = o + j * outer;
        for (let k = 0; k < outer; k++) od[k] += d[row + k];
      }
    return { res, p: null };
  }
  const p = plan(a, axes);
  const res = emptyArray(odt, p.outShape);
  const od = res.data as any;
  const { base, rel, chunk, chunkStride, inner, outer } = p;
  if (!fl) {
    for (let k = 0; k < outer; k++) {
      let s = 0;
      const b = base[k];
      for (let j = 0; j < inner; j++) s += d[b + rel[j]];
      od[k] = s;
    }
  } else {
    const pw = f32 ? pairwiseSum32 : pairwiseSum;
    for (let k = 0; k < outer; k++) {
      let s = 0;
      const b = base[k];
      if (half) {
        for (let j = 0; j < inner; j += chunk) s = f16viaF32(s + (chunk > 1 ? pw(d, b + rel[j], chunk, chunkStride) : d[b + rel[j]]));
      } else if (chunk > 1) {
        for (let j = 0; j < inner; j += chunk)
          s = f32 ? Math.fround(s + pw(d, b + rel[j], chunk, chunkStride)) : s + pw(d, b + rel[j], chunk, chunkStride);
      } else if (f32) {
        for (let j = 0; j < inner; j++) s = Math.fround(s + d[b + rel[j]]);
      } else {
        for (let j = 0; j < inner; j++) s += d[b + rel[j]];
      }
      od[k] = s;
    }
  }
  return { res, p };
}

function wrapResult(res: NDArray, a: NDArray, axes: number[], keepdims: boolean): NDArray | NPScalar {
  if (keepdims) {
    const shape = a.shape.map((x, i) => (axes.includes(i) ? 1 : x));
    return new NDArray(res.dtype, shape, res.data);
  }
  if (res.shape.length === 0) return new NPScalar(res.dtype, (res.data as any)[0]);
  return res;
}

/** `a` cast to dt as astype casts (a float to an integer dtype truncates toward zero, wraps like NumPy's) */
function toDtypeArr(a: NDArray, dt: DType): NDArray {
  return a.dtype === dt ? a : astype(a, dt);
}

// uint64 sums and products (doubles, or mulI64's signed wrap) are checked for what NumPy would wrap or keep past 2**53
export function sum(a: NDArray, axis?: Axis, opts: ReduceOpts = {}): NDArray | NPScalar {
  return exactUint64(sumOf(a, axis, opts));
}
function sumOf(a: NDArray, axis?: Axis, opts: ReduceOpts = {}): NDArray | NPScalar {
  if (axis == null && a.dtype === "float64" && a.contig && !opts.keepdims && opts.dtype === undefined && opts.initial === undefined) {
    charge(a.size);
    const s = 0 + pairwiseSum(a.data as any, a.offset, a.size, 1);
    if (s - s !== 0) checkReduceFP(a, allAxes(a), [s], false);
    return new NPScalar("float64", s);
  }
  const axes = normAxes(axis, a.ndim);
  let odt = opts.dtype ?? sumDtype(a.dtype);
  if (a.dtype === "object") throw new NPError("TypeError", "object sum not supported");
  let src = a;
  if (odt !== a.dtype && !(isInt(odt) && (isInt(a.dtype) || a.dtype === "bool"))) src = toDtypeArr(a, odt);
  if (odt === "bool") {
    // NumPy's add loop for booleans is a logical or
    const r = any(a, axis, { keepdims: !!opts.keepdims });
    if (!opts.initial) return r;
    if (r instanceof NPScalar) return new NPScalar("bool", true);
    (r.data as any).fill(1);
    return r;
  }
  if (odt === "int64" && isInt(src.dtype) && mayPassExactRange(src)) {
    // partial sums may leave the range where doubles hold integers exactly: add with 64-bit wrap-around, exactly —
    // over the whole array in 64-bit integers (only the total must fit a double), along axes pairwise (each step must)
    const r =
      axes.length === a.ndim && !opts.keepdims
        ? new NPScalar("int64", exactSum(src))
        : genericReduce(src, axis, "add", "int64", 0, addI64, !!opts.keepdims);
    if (opts.initial === undefined || opts.initial === 0) return r;
    if (r instanceof NPScalar) return new NPScalar("int64", addI64(r.value as number, opts.initial));
    const rd = r.data as any;
    for (let i = 0; i < r.size; i++) rd[i] = addI64(rd[i], opts.initial);
    return r;
  }
  const { res } = sumCore(src, axes, odt);
  if (opts.initial !== undefined && opts.initial !== 0) {
    const od = res.data as any;
    for (let i = 0; i < res.size; i++) od[i] += opts.initial;
  }
  return wrapResult(res, a, axes, !!opts.keepdims);
}

/** The int64 sum of every element, wrapped modulo 2**64 like NumPy's. */
function exactSum(a: NDArray): number {
  const d = a.data as any;
  let total = 0n;
  forEachOffset(a, (o) => {
    total += BigInt(d[o]);
  });
  return exactI64(BigInt.asIntN(64, total));
}

/** Whether the magnitudes of an integer array's elements add up past 2**53 (then a double sum may round). */
function mayPassExactRange(a: NDArray): boolean {
  const d = a.data as any;
  let total = 0;
  let past = false;
  forEachOffset(a, (o) => {
    total += Math.abs(d[o]);
    if (total >= EXACT_INT) past = true;
  });
  return past;
}

export function mean(a: NDArray, axis?: Axis, opts: ReduceOpts = {}): NDArray | NPScalar {
  if (axis == null && a.dtype === "float64" && a.contig && a.size > 0 && !opts.keepdims && opts.dtype === undefined) {
    charge(a.size);
    const s = 0 + pairwiseSum(a.data as any, a.offset, a.size, 1);
    if (s - s !== 0) checkReduceFP(a, allAxes(a), [s], false);
    return new NPScalar("float64", s / a.size);
  }
  const axes = normAxes(axis, a.ndim);
  let cnt = 1;
  for (const x of axes) cnt *= a.shape[x];
  // dtype=bool: the bool sum is a logical or, and any nonzero quotient is True
  if (opts.dtype === "bool" && cnt > 0) return any(a, axis, { keepdims: !!opts.keepdims });
  // NumPy's _mean sums float16 in float32 and rounds the quotient to float16
  const half = a.dtype === "float16" && opts.dtype === undefined;
  const odt: DType = half ? "float32" : (opts.dtype ?? (isFloat(a.dtype) ? a.dtype : "float64"));
  const src = odt !== a.dtype ? toDtypeArr(a, odt) : a;
  const { res } = sumCore(src, axes, odt);
  const od = res.data as any;
  if (cnt === 0) {
    warn("RuntimeWarning", "Mean of empty slice");
    fpCondition(getErrState().invalid, "invalid value encountered in " + (res.shape.length ? "divide" : "scalar divide"));
  }
  for (let i = 0; i < res.size; i++) od[i] = od[i] / cnt;
  // an integer dtype= takes the quotient as NumPy's casting='unsafe' divide does: truncated
  if (isInt(odt)) for (let i = 0; i < res.size; i++) od[i] = Math.trunc(od[i]);
  if (half) {
    const h = emptyArray("float16", res.shape.slice());
    for (let i = 0; i < res.size; i++) (h.data as any)[i] = f16round(od[i]);
    return wrapResult(h, a, axes, !!opts.keepdims);
  }
  return wrapResult(res, a, axes, !!opts.keepdims);
}

export function variance(a: NDArray, axis?: Axis, opts: ReduceOpts = {}, isStd = false): NDArray | NPScalar {
  const axes = normAxes(axis, a.ndim);
  const ddof = opts.ddof ?? 0;
  let cnt = 1;
  for (const x of axes) cnt *= a.shape[x];
  const odt: DType = opts.dtype ?? (isFloat(a.dtype) ? a.dtype : "float64");
  const src = odt !== a.dtype ? toDtypeArr(a, odt) : a;
  // arrmean with keepdims
  // every step rounded in the dtype as NumPy's _var does it with ufuncs: mean, x = a - mean, x*x, sum, / n, sqrt
  const rnd = roundIn(odt);
  const m = sumCore(src, axes, odt).res;
  const md = m.data as any;
  for (let i = 0; i < m.size; i++) md[i] = rnd(md[i] / cnt);
  if (odt === "float64" && src.contig && axes.length === a.ndim && src.size > 0) {
    // full float64 reduction: fuse the squared deviations into the pairwise sum (no temporary array)
    const s0 = 0 + pairwiseSumSq(src.data as any, src.offset, src.size, md[0]);
    const div0 = Math.max(cnt - ddof, 0);
    if (cnt - ddof <= 0) warn("RuntimeWarning", "Degrees of freedom <= 0 for slice");
    let v0 = s0 / div0;
    if (isStd) v0 = Math.sqrt(v0);
    const r0 = emptyArray(odt, []);
    (r0.data as any)[0] = v0;
    return wrapResult(r0, a, axes, !!opts.keepdims);
  }
  const keepShape = a.shape.map((x, i) => (axes.includes(i) ? 1 : x));
  const mk = new NDArray(odt, keepShape, m.data);
  // x = src - mean; x = x*x
  const x = emptyArray(odt, a.shape.slice());
  const xd = x.data as any,
    sd = src.data as any;
  const ms = keepShape.map((d, i) => (d === 1 ? 0 : mk.strides[i]));
  if (src.contig && axes.length === a.ndim) {
    // full reduction: one mean; tight loop
    const mu = md[0],
      so = src.offset,
      n = src.size;
    for (let i = 0; i < n; i++) {
      const v = rnd(sd[so + i] - mu);
      xd[i] = rnd(v * v);
    }
  } else if (src.contig && a.ndim === 2) {
    const n0 = a.shape[0],
      n1 = a.shape[1],
      ms0 = ms[0],
      ms1 = ms[1],
      so = src.offset;
    for (let r = 0, i = 0; r < n0; r++) {
      for (let c = 0, mo = r * ms0; c < n1; c++, i++, mo += ms1) {
        const v = rnd(sd[so + i] - md[mo]);
        xd[i] = rnd(v * v);
      }
    }
  } else {
    const nd = a.ndim;
    const idx = new Array(nd).fill(0);
    let mo = 0;
    forEachOffset(src, (o, i) => {
      const v = rnd(sd[o] - md[mo]);
      xd[i] = rnd(v * v);
      for (let dd = nd - 1; dd >= 0; dd--) {
        idx[dd]++;
        mo += ms[dd];
        if (idx[dd] < a.shape[dd]) break;
        mo -= ms[dd] * a.shape[dd];
        idx[dd] = 0;
      }
    });
  }
  const r = sumCore(x, axes, odt).res;
  const rd = r.data as any;
  const div = Math.max(cnt - ddof, 0);
  if (cnt - ddof <= 0) warn("RuntimeWarning", "Degrees of freedom <= 0 for slice");
  for (let i = 0; i < r.size; i++) {
    let v = rnd(rd[i] / div);
    if (isStd) v = rnd(Math.sqrt(v));
    rd[i] = v;
  }
  return wrapResult(r, a, axes, !!opts.keepdims);
}
export const var_ = (a: NDArray, axis?: Axis, opts: ReduceOpts = {}) => variance(a, axis, opts, false);
export const std = (a: NDArray, axis?: Axis, opts: ReduceOpts = {}) => variance(a, axis, opts, true);

type Red = (acc: number, v: number) => number;
/** genericReduce's contiguous last-axis max/min for Float64Array data and plain-array output (monomorphic copy of
 *  the loop there: same comparisons, same NaN propagation) */
function lastAxisMaxMinF64(
  d: Float64Array,
  od: number[],
  o: number,
  outer: number,
  inner: number,
  init: number | null,
  isMax: boolean,
): void {
  for (let k = 0, b = o; k < outer; k++, b += inner) {
    let acc: number,
      j = 0;
    if (init === null) {
      acc = d[b];
      j = 1;
    } else acc = init;
    if (isMax) {
      for (; j < inner; j++) {
        const v = d[b + j];
        if (!(acc > v || acc !== acc)) acc = v;
      }
    } else {
      for (; j < inner; j++) {
        const v = d[b + j];
        if (!(acc < v || acc !== acc)) acc = v;
      }
    }
    od[k] = acc;
  }
}
export function genericReduce(
  a: NDArray,
  axis: Axis,
  name: string,
  odt: DType,
  init: number | null,
  f: Red,
  keepdims: boolean,
  identityName?: string,
): NDArray | NPScalar {
  const axes = normAxes(axis, a.ndim);
  const d = a.data as any;
  chargeNs(a.size * NS_PER_ELEMENT.reduction);
  let cnt = 1;
  for (const x of axes) cnt *= a.shape[x];
  if (init === null && cnt === 0 && a.size === 0)
    throw valueError(`zero-size array to reduction operation ${identityName ?? name} which has no identity`);
  if (axes.length === a.ndim && a.contig) {
    const o = a.offset,
      n = a.size;
    let acc: number;
    let i = 0;
    if (init === null) {
      acc = d[o];
      i = 1;
    } else acc = init;
    for (; i < n; i++) acc = f(acc, d[o + i]);
    const res = emptyArray(odt, []);
    (res.data as any)[0] = acc;
    return wrapResult(res, a, axes, keepdims);
  }
  const p = plan(a, axes);
  const res = emptyArray(odt, p.outShape);
  const od = res.data as any;
  const { base, rel, inner, outer } = p;
  if (f === maxR || f === minR) {
    // inline comparisons (a shared `f(...)` call site is megamorphic); same semantics as maxR/minR
    const isMax = f === maxR;
    if (a.contig && axes.length === 1 && axes[0] === a.ndim - 1 && inner > 0) {
      // contiguous last axis: rel[j] === j, base[k] === offset + k·inner
      if (d instanceof Float64Array && Array.isArray(od)) {
        lastAxisMaxMinF64(d, od, a.offset, outer, inner, init, isMax);
        return wrapResult(res, a, axes, keepdims);
      }
      for (let k = 0, b = a.offset; k < outer; k++, b += inner) {
        let acc: number,
          j = 0;
        if (init === null) {
          acc = d[b];
          j = 1;
        } else acc = init;
        if (isMax) {
          for (; j < inner; j++) {
            const v = d[b + j];
            if (!(acc > v || acc !== acc)) acc = v;
          }
        } else {
          for (; j < inner; j++) {
            const v = d[b + j];
            if (!(acc < v || acc !== acc)) acc = v;
          }
        }
        od[k] = acc;
      }
      return wrapResult(res, a, axes, keepdims);
    }
    for (let k = 0; k < outer; k++) {
      const b = base[k];
      let acc: number,
        j = 0;
      if (init === null) {
        acc = d[b + rel[0]];
        j = 1;
      } else acc = init;
      if (isMax) {
        for (; j < inner; j++) {
          const v = d[b + rel[j]];
          if (!(acc > v || acc !== acc)) acc = v;
        }
      } else {
        for (; j < inner; j++) {
          const v = d[b + rel[j]];
          if (!(acc < v || acc !== acc)) acc = v;
        }
      }
      od[k] = acc;
    }
    return wrapResult(res, a, axes, keepdims);
  }
  for (let k = 0; k < outer; k++) {
    const b = base[k];
    let acc: number,
      j = 0;
    if (init === null) {
      acc = d[b + rel[0]];
      j = 1;
    } else acc = init;
    for (; j < inner; j++) acc = f(acc, d[b + rel[j]]);
    od[k] = acc;
  }
  return wrapResult(res, a, axes, keepdims);
}

// a tie (0.0 and -0.0) keeps the later element, as NumPy's loop does (its SIMD loops over 8 or more elements may not)
// a tie (0.0 and -0.0) keeps the later element, as NumPy's loop does (its SIMD loops over 8 or more may not)
const maxR: Red = (acc, v) => (acc > v || acc !== acc ? acc : v);
const minR: Red = (acc, v) => (acc < v || acc !== acc ? acc : v);
function fastMinMax(a: NDArray, isMax: boolean): NPScalar {
  const d = a.data as any,
    o = a.offset,
    n = a.size;
  chargeNs(n * NS_PER_ELEMENT.reduction);
  let acc = d[o];
  if (isMax) {
    for (let i = 1; i < n; i++) {
      const v = d[o + i];
      if (!(acc > v || acc !== acc)) acc = v;
    }
  } else {
    for (let i = 1; i < n; i++) {
      const v = d[o + i];
      if (!(acc < v || acc !== acc)) acc = v;
    }
  }
  return new NPScalar(a.dtype, acc);
}
export function max(a: NDArray, axis?: Axis, opts: ReduceOpts = {}): NDArray | NPScalar {
  if (axis == null && a.contig && a.size > 0 && a.dtype !== "object" && !opts.keepdims && opts.initial === undefined)
    return fastMinMax(a, true);
  return genericReduce(a, axis, "maximum", a.dtype, opts.initial ?? null, maxR, !!opts.keepdims);
}
export function min(a: NDArray, axis?: Axis, opts: ReduceOpts = {}): NDArray | NPScalar {
  if (axis == null && a.contig && a.size > 0 && a.dtype !== "object" && !opts.keepdims && opts.initial === undefined)
    return fastMinMax(a, false);
  return genericReduce(a, axis, "minimum", a.dtype, opts.initial ?? null, minR, !!opts.keepdims);
}
export const amax = max,
  amin = min;
export function prod(a: NDArray, axis?: Axis, opts: ReduceOpts = {}): NDArray | NPScalar {
  const odt = opts.dtype ?? sumDtype(a.dtype);
  const f32 = odt === "float32";
  // integers multiply in the wider dtype as they are; floats cast first (to an integer dtype: truncated)
  const src = odt !== a.dtype && (isFloat(odt) || isFloat(a.dtype)) ? toDtypeArr(a, odt) : a;
  if (odt === "float16") {
    const h = halfProd(src, axis, opts);
    checkReduceFP(src, normAxes(axis, src.ndim), h instanceof NPScalar ? [h.value as number] : (h.data as any), true);
    return h;
  }
  const r = genericReduce(
    src,
    axis,
    "multiply",
    odt,
    opts.initial ?? 1,
    f32 ? (x, y) => Math.fround(x * y) : odt === "int64" || odt === "uint64" ? mulI64 : (x, y) => x * y,
    !!opts.keepdims,
  );
  if (isFloat(odt)) checkReduceFP(src, normAxes(axis, src.ndim), r instanceof NPScalar ? [r.value as number] : (r.data as any), true);
  return exactUint64(r);
}
/** float16 prod as NumPy's half multiply loop: a reduction along the inner loop (all axes of a contiguous array, or
 *  its last axis) multiplies in float32 and rounds once; any other layout rounds every product to half */
function halfProd(a: NDArray, axis: Axis | undefined, opts: ReduceOpts): NDArray | NPScalar {
  const axes = normAxes(axis, a.ndim);
  const innerLoop = a.contig && (axes.length === a.ndim || (axes.length === 1 && axes[0] === a.ndim - 1));
  const k: Red = innerLoop ? (x, y) => Math.fround(x * y) : (x, y) => f16viaF32(x * y);
  const r = genericReduce(a, axis, "multiply", "float16", opts.initial ?? 1, k, !!opts.keepdims);
  if (r instanceof NPScalar) return new NPScalar("float16", f16round(r.value));
  const d = r.data as any;
  for (let i = 0; i < d.length; i++) d[i] = f16round(d[i]);
  return r;
}
export function all(a: NDArray, axis?: Axis, opts: ReduceOpts = {}): NDArray | NPScalar {
  return genericReduce(a, axis, "logical_and", "bool", 1, (x, y) => (x && y !== 0 ? 1 : 0), !!opts.keepdims);
}
export function any(a: NDArray, axis?: Axis, opts: ReduceOpts = {}): NDArray | NPScalar {
  return genericReduce(a, axis, "logical_or", "bool", 0, (x, y) => (x || y !== 0 ? 1 : 0), !!opts.keepdims);
}
export function count_nonzero(a: NDArray, axis?: Axis, opts: ReduceOpts = {}): NDArray | NPScalar {
  const r = genericReduce(a, axis, "add", "int64", 0, (x, y) => (y !== 0 ? x + 1 : x), !!opts.keepdims);
  return r instanceof NPScalar && (axis === null || axis === undefined) ? r : r;
}
export function ptp(a: NDArray, axis?: Axis, opts: ReduceOpts = {}): NDArray | NPScalar {
  // max - min: NumPy's subtract refuses booleans
  if (a.dtype === "bool") throw new NPError("TypeError", BINOPS.subtract!.noBool!);
  const mx = max(a, axis, opts),
    mn = min(a, axis, opts);
  // the subtraction in the array's dtype (an int8 range wraps, float16 rounds)
  const r = isFloat(a.dtype) ? roundIn(a.dtype) : (v: number) => castValue(v, a.dtype);
  const sub = a.dtype === "int64" ? subI64 : (x: number, y: number) => r(x - y);
  if (mx instanceof NPScalar) return exactUint64(new NPScalar(a.dtype, sub(mx.value, (mn as NPScalar).value)));
  const md = mx.data as any,
    nd2 = (mn as NDArray).data as any;
  for (let i = 0; i < mx.size; i++) md[i] = sub(md[i], nd2[i]);
  return exactUint64(mx);
}

function argScan(d: any, b: number, n: number, step: number, isMax: boolean): number {
  if (n === 0) throw valueError(`attempt to get ${isMax ? "argmax" : "argmin"} of an empty sequence`);
  if (d instanceof Float64Array) return argScanF64(d, b, n, step, isMax);
  let bi = 0,
    bv = d[b];
  if (bv !== bv) return 0;
  if (isMax) {
    for (let j = 1, o = b + step; j < n; j++, o += step) {
      const v = d[o];
      if (v > bv) {
        bv = v;
        bi = j;
      } else if (v !== v) return j;
    }
  } else {
    for (let j = 1, o = b + step; j < n; j++, o += step) {
      const v = d[o];
      if (v < bv) {
        bv = v;
        bi = j;
      } else if (v !== v) return j;
    }
  }
  return bi;
}
/** argScan for Float64Array storage (a separate copy keeps its element loads monomorphic): same result */
function argScanF64(d: Float64Array, b: number, n: number, step: number, isMax: boolean): number {
  let bi = 0,
    bv = d[b];
  if (bv !== bv) return 0;
  if (isMax) {
    for (let j = 1, o = b + step; j < n; j++, o += step) {
      const v = d[o];
      if (v > bv) {
        bv = v;
        bi = j;
      } else if (v !== v) return j;
    }
  } else {
    for (let j = 1, o = b + step; j < n; j++, o += step) {
      const v = d[o];
      if (v < bv) {
        bv = v;
        bi = j;
      } else if (v !== v) return j;
    }
  }
  return bi;
}
function argReduce(a: NDArray, axis: number | null | undefined, isMax: boolean, keepdims: boolean): NDArray | NPScalar {
  const name = isMax ? "argmax" : "argmin";
  chargeNs(a.size * NS_PER_ELEMENT.reduction);
  if (a.ndim === 0) {
    // NumPy takes a 0-d array as 1-d here: axis 0 or -1, and a scalar result even with keepdims
    if (axis !== null && axis !== undefined) normAxis(axis, 1);
    return new NPScalar("int64", 0);
  }
  if (axis === null || axis === undefined) {
    const c = a.contig ? a : copyArray(a);
    const r = argScan(c.data, c.offset, c.size, 1, isMax);
    if (keepdims) {
      const res = emptyArray(
        "int64",
        a.shape.map(() => 1),
      );
      (res.data as any)[0] = r;
      return res;
    }
    return new NPScalar("int64", r);
  }
  const ax = normAxis(axis, a.ndim);
  const p = plan(a, [ax]);
  const res = emptyArray("int64", p.outShape);
  const od = res.data as any;
  if (a.shape[ax] === 0) throw valueError(`attempt to get ${name} of an empty sequence`);
  for (let k = 0; k < p.outer; k++) od[k] = argScan(a.data, p.base[k], a.shape[ax], a.strides[ax], isMax);
  return wrapResult(res, a, [ax], keepdims);
}
export const argmax = (a: NDArray, axis?: number | null, opts: ReduceOpts = {}) => argReduce(a, axis, true, !!opts.keepdims);
export const argmin = (a: NDArray, axis?: number | null, opts: ReduceOpts = {}) => argReduce(a, axis, false, !!opts.keepdims);

function cumOp(a: NDArray, axis: number | null | undefined, isProd: boolean, dtype?: DType): NDArray {
  const odt = dtype ?? sumDtype(a.dtype);
  const f32 = odt === "float32",
    half = odt === "float16",
    ints = isInt(odt);
  chargeNs(a.size * NS_PER_ELEMENT.cumulative);
  let src = a;
  let ax: number;
  if (axis === null || axis === undefined) {
    src = a.contig ? new NDArray(a.dtype, [a.size], a.data, [1], a.offset) : copyArray(a).reshapeFlat();
    ax = 0;
  } else ax = normAxis(axis, a.ndim);
  // floats accumulate into an integer dtype as their casts (truncated toward zero)
  if (ints && isFloat(a.dtype)) src = toDtypeArr(src, odt);
  const res = emptyArray(odt, src.shape.slice());
  const od = res.data as any,
    d = src.data as any;
  const p = plan(src, [ax]);
  const n = src.shape[ax],
    s = src.strides[ax],
    os = res.strides[ax];
  const rp = plan(res, [ax]);
  // integers wrap like NumPy's: int64 exactly (addI64, mulI64), narrower types in their width (products by imul)
  const narrow = ints && odt !== "int64" && odt !== "uint64";
  const add = odt === "int64" ? addI64 : (x: number, y: number) => x + y;
  const mul = odt === "int64" ? mulI64 : narrow ? (x: number, y: number) => Math.imul(x, y) : (x: number, y: number) => x * y;
  let flags = 0;
  for (let k = 0; k < p.outer; k++) {
    // -0, the exact additive identity: a sum that starts with -0. keeps it, as NumPy's (which starts from the first element)
    let acc = isProd ? 1 : -0;
    const b = p.base[k],
      ob = rp.base[k];
    for (let j = 0; j < n; j++) {
      const v = d[b + j * s];
      acc = isProd ? mul(acc, v) : add(acc, v);
      if (f32) acc = Math.fround(acc);
      else if (half) acc = f16viaF32(acc);
      else if (narrow) acc = castValue(acc, odt);
      else if (ints) acc += 0; // 0 · -1: an integer has no -0
      od[ob + j * os] = acc;
    }
    // once not finite, a partial sum or product stays so: only a lane that ends so is gone through again
    if (acc - acc !== 0 && !ints) {
      let prev = isProd ? 1 : 0;
      for (let j = 0; j < n; j++) {
        const r = od[ob + j * os];
        flags |= stepFlags(prev, d[b + j * s], r);
        prev = r;
      }
    }
  }
  if (flags) emitLoopFP(flags, "accumulate");
  return exactUint64(res);
}
declare module "./core" {
  interface NDArray {
    reshapeFlat(): NDArray;
  }
}
NDArray.prototype.reshapeFlat = function (this: NDArray) {
  return new NDArray(this.dtype, [this.size], this.data, [1], this.offset, this);
};

export const cumsum = (a: NDArray, axis?: number | null, dtype?: DType) => cumOp(a, axis, false, dtype);
export const cumprod = (a: NDArray, axis?: number | null, dtype?: DType) => cumOp(a, axis, true, dtype);

export const _internal = { plan, finish };
