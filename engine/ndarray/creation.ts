// Array creation: array/asarray, zeros/ones/empty/full(+_like), arange, linspace, eye, identity; tolist/item.
import {
  DType,
  NDArray,
  NPScalar,
  PyScalar,
  emptyArray,
  castValue,
  valueError,
  typeError,
  isInt,
  INT_BOUNDS,
  isFloat,
  forEachOffset,
  astype,
  copyArray,
  shapeSize,
  sameShape,
  copyInto,
  NPError,
  chargeAlloc,
  itemsize,
  noneValue,
  isStr,
  strWidth,
  exactUint64,
  chargeNs,
  fpCondition,
  getErrState,
} from "./core";
import { NS_PER_ELEMENT } from "./costs";
import { promoteTypes, broadcastTo } from "./ops";
import { f16round } from "./float16";
import { inferStrDType, isStrLeafList, parseStr, toStrElement } from "./strings";
import { pyIntDType, pyIntElement } from "./py-int";

export type Nested = unknown;

function leafDtype(x: unknown): DType | null {
  if (typeof x === "number") return Number.isInteger(x) ? "int64" : "float64";
  if (typeof x === "boolean") return "bool";
  if (typeof x === "bigint") return pyIntDType(x);
  if (x instanceof PyScalar) return x.kind === "int" ? "int64" : x.kind === "float" ? "float64" : "bool";
  if (x instanceof NPScalar) return x.dtype;
  return null;
}
/** a leaf's value; a bigint (a Python int past 2**53) goes through pyIntElement instead */
function leafValue(x: unknown): any {
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x instanceof PyScalar) return x.value;
  if (x instanceof NPScalar) return x.value;
  return x;
}
function isSeq(x: unknown): x is unknown[] {
  return Array.isArray(x);
}

function shapeStrP(s: number[]): string {
  return s.length === 1 ? `(${s[0]},)` : `(${s.join(", ")})`;
}

/** Determine the shape of a nested sequence (NDArray leaves contribute their shape). */
function discoverShape(x: unknown): number[] {
  const shape: number[] = [];
  // walk first path to get candidate shape
  let cur: unknown = x;
  for (;;) {
    if (isSeq(cur)) {
      shape.push(cur.length);
      if (cur.length === 0) break;
      cur = cur[0];
    } else if (cur instanceof NDArray) {
      for (const d of cur.shape) shape.push(d);
      break;
    } else break;
  }
  const deeper = { found: false };
  const maxOk = checkShape(x, 0, shape, shape.length, deeper);
  if (maxOk < shape.length || deeper.found) {
    throw valueError(
      `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${maxOk} dimensions. The detected shape was ${shapeStrP(shape.slice(0, maxOk))} + inhomogeneous part.`,
    );
  }
  return shape;
}
/** the depth up to which every element agrees with `shape`; `deeper.found`: a sequence sits where the first path had a
 *  scalar (np.array([1, [2]]) is inhomogeneous after 1 dimension, not [1, 2]) */
function checkShape(v: unknown, depth: number, shape: number[], maxOk: number, deeper: { found: boolean }): number {
  if (depth >= maxOk) {
    if (isSeq(v) || (v instanceof NDArray && v.ndim > 0)) deeper.found = true;
    return maxOk;
  }
  if (v instanceof NDArray) {
    for (let i = 0; i < v.ndim; i++) {
      if (depth + i >= maxOk) break;
      if (v.shape[i] !== shape[depth + i]) return Math.min(maxOk, depth + i);
    }
    return depth + v.ndim < maxOk ? depth + v.ndim : maxOk;
  }
  if (!isSeq(v)) return Math.min(maxOk, depth);
  if (v.length !== shape[depth]) return Math.min(maxOk, depth);
  for (let i = 0; i < v.length; i++) maxOk = checkShape(v[i], depth + 1, shape, maxOk, deeper);
  return maxOk;
}

export interface ArrayOpts {
  dtype?: DType | null;
  copy?: boolean;
  ndmin?: number;
}

interface WalkCtx {
  leaves: unknown[];
  inferred: DType | null;
  objectish: boolean;
  /** the leaves that are elements of arrays in the list: [start, end) pairs of indices into `leaves` */
  arrayRuns: number[];
}
/** a numeric leaf's value (undefined for a str, None or a Python int past 2**53) */
const leafNumber = (v: unknown) =>
  typeof v === "number" ? v : v instanceof NPScalar || v instanceof PyScalar ? Number(v.value) : undefined;
/** whether leaf i is an array's element (cast as astype casts) rather than a scalar of the list */
function fromArray(ctx: WalkCtx, i: number): boolean {
  const r = ctx.arrayRuns;
  for (let k = 0; k < r.length; k += 2) if (i >= r[k] && i < r[k + 1]) return true;
  return false;
}
/** whether x86's cast of the float v to the integer dtype dt is invalid (NaN, inf, past int64 or through int32) */
function castIsInvalid(v: number, dt: DType): boolean {
  if (v - v !== 0) return true;
  const t = Math.trunc(v);
  return dt === "int64" || dt === "uint64" || dt === "uint32" ? Math.abs(t) >= 9223372036854775808 : t < -2147483648 || t > 2147483647;
}
/** NumPy's "overflow encountered in cast" when a finite value became an infinity stored as float32/float16 */
function warnNarrowed(od: ArrayLike<number>, valueAt: (i: number) => unknown, n: number): void {
  for (let i = 0; i < n; i++) {
    const r = od[i]!;
    if (r !== Infinity && r !== -Infinity) continue;
    const v = valueAt(i);
    if (typeof v === "number" && v - v === 0) {
      fpCondition(getErrState().over, "overflow encountered in cast");
      return;
    }
  }
}
function walkLeaves(v: unknown, ctx: WalkCtx): void {
  if (isSeq(v)) {
    for (let i = 0; i < v.length; i++) walkLeaves(v[i], ctx);
    return;
  }
  if (v instanceof NDArray) {
    ctx.inferred = ctx.inferred === null ? v.dtype : promoteTypes(ctx.inferred, v.dtype);
    const d = v.data as any,
      dt = v.dtype,
      leaves = ctx.leaves;
    const start = leaves.length;
    forEachOffset(v, (o) => {
      leaves.push(dt === "bool" ? d[o] !== 0 : dt === "object" ? d[o] : new NPScalar(dt, d[o]));
    });
    ctx.arrayRuns.push(start, leaves.length);
    return;
  }
  const dt = leafDtype(v);
  if (dt === null) ctx.objectish = true;
  else ctx.inferred = ctx.inferred === null ? dt : promoteTypes(ctx.inferred, dt);
  ctx.leaves.push(v);
}

/** fast path for a flat JS list of plain numbers / booleans */
function flatNumbers(x: unknown[], dtype?: DType | null): NDArray | null {
  const n = x.length;
  const x0 = x[0];
  if (x0 instanceof NPScalar) {
    // a flat list of NumPy scalars of one numeric dtype (np.array([a_bin[-1], b_bin[-1]]))
    const sdt = x0.dtype;
    if (sdt === "object" || (dtype && dtype !== sdt)) return null;
    for (let i = 1; i < n; i++) {
      const v = x[i];
      if (!(v instanceof NPScalar) || v.dtype !== sdt) return null;
    }
    const out = emptyArray(sdt, [n]);
    const od = out.data as any;
    for (let i = 0; i < n; i++) od[i] = (x[i] as NPScalar).value;
    return out;
  }
  let allInt = true,
    allBool = true,
    allNum = true;
  for (let i = 0; i < n; i++) {
    const v = x[i];
    if (typeof v === "number") {
      allBool = false;
      if (allInt && !Number.isInteger(v)) allInt = false;
    } else if (typeof v !== "boolean") {
      allNum = false;
      break;
    } else allInt = allInt && true;
  }
  if (!allNum || n === 0) return null;
  const dt: DType = dtype ?? (allBool ? "bool" : allInt ? "int64" : "float64");
  if (dt === "object") return null;
  const out = emptyArray(dt, [n]);
  const od = out.data as any;
  const ints = isInt(dt);
  for (let i = 0; i < n; i++) {
    const v = x[i];
    const val = typeof v === "boolean" ? (v ? 1 : 0) : (v as number);
    if (ints && typeof v === "number") {
      if (Number.isInteger(v)) checkRange(val, dt);
      else checkFloatLeaf(val, dt);
    }
    od[i] = dt === "float64" ? val : castValue(val, dt);
  }
  if (dt === "float32" || dt === "float16") warnNarrowed(od, (i) => x[i], n);
  return out;
}

/** A leaf in the list walkLeaves gathers: its slot, and the value made for an array's element. */
const LEAF_BYTES = 40;
const LEAF_NS = 40;

/**
 * np.array([a, b, …]) of arrays of one shape and one numeric dtype (kept, or asked for): their elements copied as
 * they are stored, instead of a value made for each (10^8 of them took 3.3 GB); null for any other input.
 */
function stackOfArrays(x: unknown, dtype: DType | null | undefined): NDArray | null {
  if (!isSeq(x) || x.length === 0) return null;
  const first = x[0];
  if (!(first instanceof NDArray)) return null;
  const dt = first.dtype;
  if (dt === "object" || isStr(dt) || (dtype && dtype !== dt)) return null;
  for (const a of x) if (!(a instanceof NDArray) || a.dtype !== dt || !sameShape(a.shape, first.shape)) return null;
  const per = first.size;
  chargeAlloc(x.length * per * itemsize(dt));
  const out = emptyArray(dt, [x.length, ...first.shape]);
  for (let k = 0; k < x.length; k++) copyInto(out.data, k * per, x[k] as NDArray);
  return out;
}

/** np.array(nested, dtype) */
export function array(x: unknown, dtype?: DType | null, opts: ArrayOpts = {}): NDArray {
  const r = arrayOf(x, dtype, opts);
  return dtype === "uint64" ? exactUint64(r) : r;
}

function arrayOf(x: unknown, dtype: DType | null | undefined, opts: ArrayOpts): NDArray {
  if (x instanceof NDArray) {
    let r = dtype && dtype !== x.dtype ? astype(x, dtype) : opts.copy === false ? x : copyArray(x);
    if (opts.ndmin && r.ndim < opts.ndmin)
      r = new NDArray(r.dtype, [...new Array(opts.ndmin - r.ndim).fill(1), ...r.shape], r.data, undefined, 0);
    return r;
  }
  if (isSeq(x) && !opts.ndmin && !(dtype && isStr(dtype))) {
    const r = flatNumbers(x, dtype);
    if (r !== null) return r;
  }
  const stacked = stackOfArrays(x, dtype);
  if (stacked !== null) return ndmin(stacked, opts);
  const shape = discoverShape(x);
  // the leaves are gathered into a list first (an array's elements each as a value): bounded before that starts
  const leafCount = shapeSize(shape);
  chargeAlloc(leafCount * LEAF_BYTES);
  chargeNs(leafCount * LEAF_NS);
  const ctx: WalkCtx = { leaves: [], inferred: null, objectish: false, arrayRuns: [] };
  walkLeaves(x, ctx);
  // a NumPy scalar by itself is cast as a 0-d array (np.array(np.float64(inf), dtype=np.int64) warns, not raises)
  if (x instanceof NPScalar) ctx.arrayRuns.push(0, 1);
  const leaves = ctx.leaves;
  let dt: DType = dtype ?? (ctx.objectish ? "object" : (ctx.inferred ?? "float64"));
  // a str among numbers makes a str array ('<U21' for ['a', 1]); '<U0' is dtype=str without a width
  if ((dtype == null && ctx.objectish && isStrLeafList(leaves)) || dt === "<U0") dt = inferStrDType(leaves, dt === "<U0");
  const n = shapeSize(shape);
  chargeAlloc(n * itemsize(dt));
  const out = emptyArray(dt, shape);
  const od = out.data as any;
  if (dt === "object") {
    for (let i = 0; i < n; i++) od[i] = leaves[i];
    return out;
  }
  if (isStr(dt)) {
    const w = strWidth(dt);
    for (let i = 0; i < n; i++) od[i] = toStrElement(leaves[i], w);
    return ndmin(out, opts);
  }
  let invalid = false;
  for (let i = 0; i < n; i++) {
    const v = leaves[i];
    const ld = leafDtype(v);
    if (typeof v === "string") {
      od[i] = parseStr(v, dt, false);
      continue;
    }
    if (ld === null) {
      if (v === null || v === undefined || v === noneValue()) {
        if (isFloat(dt)) {
          od[i] = NaN;
          continue;
        }
        throw typeError("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
      }
      throw typeError(`cannot convert ${String(v)} to ${dt}`);
    }
    if (typeof v === "bigint") {
      od[i] = pyIntElement(v, dt);
      continue;
    }
    const val = leafValue(v);
    if (isInt(dt) && ((typeof v === "number" && Number.isInteger(v)) || (v instanceof PyScalar && v.kind === "int"))) {
      checkRange(val, dt);
    } else if (isInt(dt) && (typeof v === "number" || (v instanceof PyScalar && v.kind === "float"))) checkFloatLeaf(val, dt);
    else if (isInt(dt) && v instanceof NPScalar && isFloat(v.dtype)) {
      // a float scalar goes in as int() takes it (np.float64(inf) raises); an array's element is cast (and warns)
      if (!fromArray(ctx, i)) checkFloatLeaf(val, dt);
      else if (castIsInvalid(val, dt)) invalid = true;
    }
    od[i] = castValue(val, dt);
  }
  if (invalid) fpCondition(getErrState().invalid, "invalid value encountered in cast");
  if (dt === "float32" || dt === "float16") warnNarrowed(od, (i) => leafNumber(leaves[i]), n);
  return ndmin(out, opts);
}
function ndmin(out: NDArray, opts: ArrayOpts): NDArray {
  if (opts.ndmin && out.ndim < opts.ndmin)
    return new NDArray(out.dtype, [...new Array(opts.ndmin - out.ndim).fill(1), ...out.shape], out.data);
  return out;
}

/** a Python float stored into an integer array goes through int() (NaN and inf raise there), then the range check */
function checkFloatLeaf(v: number, dt: DType): void {
  if (v !== v) throw valueError("cannot convert float NaN to integer");
  if (v === Infinity || v === -Infinity) throw new NPError("OverflowError", "cannot convert float infinity to integer");
  if (dt === "uint64") return;
  if (Math.abs(v) >= 9223372036854775808) throw new NPError("OverflowError", "Python int too large to convert to C long");
  checkRange(Math.trunc(v), dt);
}
function checkRange(v: number, dt: DType): void {
  const r = INT_BOUNDS[dt];
  if (r && (v < r[0] || v > r[1])) throw new NPError("OverflowError", `Python integer ${v} out of bounds for ${dt}`);
}

/** np.asarray: no copy when already an NDArray of the requested dtype */
export function asarray(x: unknown, dtype?: DType | null): NDArray {
  if (x instanceof NDArray) return !dtype || dtype === x.dtype ? x : astype(x, dtype);
  if (x instanceof NPScalar) {
    const a = emptyArray(dtype ?? x.dtype, []);
    (a.data as any)[0] = dtype ? castValue(x.value, dtype) : x.value;
    return a;
  }
  return array(x, dtype);
}

export type ShapeArg = number | number[];
const toShape = (s: ShapeArg): number[] => {
  const sh = typeof s === "number" ? [s] : s.slice();
  for (const d of sh) if (d < 0) throw valueError("negative dimensions are not allowed");
  return sh;
};

export function empty(shape: ShapeArg, dtype: DType = "float64"): NDArray {
  return emptyArray(dtype === "<U0" ? "<U1" : dtype, toShape(shape));
}
export function zeros(shape: ShapeArg, dtype: DType = "float64"): NDArray {
  if (dtype === "object") return full(shape, 0, "object");
  return emptyArray(dtype === "<U0" ? "<U1" : dtype, toShape(shape));
}
export function ones(shape: ShapeArg, dtype: DType = "float64"): NDArray {
  return full(shape, 1, dtype);
}
export function full(shape: ShapeArg, fill: unknown, dtype?: DType | null): NDArray {
  let dt: DType = dtype ?? (fill instanceof NDArray ? fill.dtype : (leafDtype(fill) ?? "object"));
  if ((dtype == null && typeof fill === "string") || dt === "<U0") dt = inferStrDType([fill], dt === "<U0");
  if (isStr(dt) && !(fill instanceof NDArray)) {
    const a = emptyArray(dt, toShape(shape));
    (a.data as string[]).fill(toStrElement(fill, strWidth(dt)));
    return a;
  }
  const a = emptyArray(dt, toShape(shape));
  if (fill instanceof NDArray) {
    // broadcast fill
    const b = broadcastTo(fill, a.shape);
    const d = a.data as any,
      s = b.data as any;
    const check = isFloat(b.dtype) && isInt(dt);
    let invalid = false;
    forEachOffset(b, (o, i) => {
      if (check && castIsInvalid(s[o], dt)) invalid = true;
      d[i] = castValue(s[o], dt);
    });
    if (invalid) fpCondition(getErrState().invalid, "invalid value encountered in cast");
    return a;
  }
  if (isInt(dt) && ((typeof fill === "number" && Number.isInteger(fill)) || (fill instanceof PyScalar && fill.kind === "int")))
    checkRange(leafValue(fill), dt);
  const v = dt === "object" ? fill : typeof fill === "bigint" ? pyIntElement(fill, dt) : castValue(leafValue(fill), dt);
  // NumPy fills through copyto, a cast: a float that no integer holds warns
  if (isInt(dt) && typeof fill !== "bigint" && isFloat(leafDtype(fill) ?? "int64") && castIsInvalid(leafValue(fill), dt))
    fpCondition(getErrState().invalid, "invalid value encountered in cast");
  if (Array.isArray(a.data)) (a.data as unknown[]).fill(v);
  else (a.data as any).fill(v);
  return a;
}

export const zeros_like = (a: NDArray, dtype?: DType | null) => zeros(a.shape, dtype ?? a.dtype);
export const ones_like = (a: NDArray, dtype?: DType | null) => ones(a.shape, dtype ?? a.dtype);
export const empty_like = (a: NDArray, dtype?: DType | null) => empty(a.shape, dtype ?? a.dtype);
export const full_like = (a: NDArray, fill: unknown, dtype?: DType | null) => full(a.shape, fill, dtype ?? a.dtype);

type Num = number | PyScalar | NPScalar | bigint;
// a Python bool arrives as a JS boolean (np.arange(True) is array([0]))
const numVal = (x: Num): number =>
  typeof x === "number" ? x : typeof x === "bigint" || typeof (x as unknown) === "boolean" ? Number(x) : x.value;
const numDt = (x: Num): DType => leafDtype(x)!;
/** an integer argument of arange as a bigint; null for a float */
function intArg(x: Num): bigint | null {
  if (typeof x === "bigint") return x;
  if (typeof (x as unknown) === "boolean") return x ? 1n : 0n;
  const v = numVal(x);
  const float = typeof x === "number" ? !Number.isInteger(x) : x instanceof PyScalar ? x.kind === "float" : isFloat(x.dtype);
  return float || !Number.isInteger(v) ? null : BigInt(v);
}

/** np.arange(start, stop?, step?, dtype?) */
export function arange(start: Num, stop?: Num | null, step?: Num | null, dtype?: DType | null): NDArray {
  let s0: Num = start,
    s1: Num | null | undefined = stop,
    st: Num = step ?? 1;
  if (s1 === undefined || s1 === null) {
    s1 = s0;
    s0 = 0;
  }
  let dt: DType = dtype ?? promoteTypes(promoteTypes(numDt(s0), numDt(s1)), numDt(st));
  if (dt === "bool" && !dtype) dt = "int64"; // np.arange(True) counts in int64; dtype=bool is honoured below
  if (typeof s0 === "bigint" || typeof s1 === "bigint" || typeof st === "bigint") {
    // a Python int past 2**53: the length and the values exactly, as NumPy computes them with Python ints
    const a = intArg(s0),
      b = intArg(s1),
      c = intArg(st);
    if (a !== null && b !== null && c !== null) return arangeInts(a, b, c, dt);
  }
  const a = numVal(s0),
    b = numVal(s1),
    c = numVal(st);
  if (c === 0) throw new NPError("ZeroDivisionError", "division by zero");
  let len = Math.ceil((b - a) / c);
  if (!(len > 0)) len = 0;
  const out = arangeOut(dt, len);
  fillArange(out, a, a + (a + c - a));
  return out;
}
function arangeOut(dt: DType, len: number): NDArray {
  if (len > 2 ** 31) throw valueError("Maximum allowed size exceeded");
  if (dt === "bool" && len > 2)
    throw new NPError("TypeError", "arange() is only supported for booleans when the result has at most length 2.");
  return emptyArray(dt, [len]);
}
/** NumPy's fill: the first two values converted to the dtype, then first + i * (their difference) */
function fillArange(out: NDArray, first: number, second: number): void {
  const d = out.data as any,
    dt = out.dtype,
    len = out.size;
  if (len > 0) d[0] = castValue(first, dt);
  if (len > 1) {
    d[1] = castValue(second, dt);
    if (isInt(dt)) {
      const s = d[0],
        dl = d[1] - d[0];
      // past 2**53 a double sum may round: those values are made exactly (or refused)
      if (Math.abs(s) > 2 ** 53 || Math.abs(s + (len - 1) * dl) > 2 ** 53) fillInts(out, BigInt(s), BigInt(dl));
      else for (let i = 2; i < len; i++) d[i] = s + i * dl;
    } else if (dt === "float16") {
      // NumPy's HALF_fill: start + i·delta in float32, rounded to half
      const s = d[0],
        dl = Math.fround(d[1] - d[0]);
      for (let i = 2; i < len; i++) d[i] = f16round(Math.fround(s + Math.fround(i * dl)));
    } else {
      const s = d[0],
        dl = d[1] - d[0];
      for (let i = 2; i < len; i++) d[i] = s + i * dl;
    }
  }
}
function arangeInts(a: bigint, b: bigint, c: bigint, dt: DType): NDArray {
  if (c === 0n) throw new NPError("ZeroDivisionError", "division by zero");
  const span = b - a;
  let len = span / c;
  if (len * c !== span && span > 0n === c > 0n) len += 1n; // the ceiling
  const out = arangeOut(dt, len > 0n ? Number(len) : 0);
  if (isFloat(dt)) fillArange(out, pyIntElement(a, "float64"), pyIntElement(a + c, "float64"));
  else fillInts(out, a, c);
  return out;
}
/** out[i] = a + i * c as a Python int stored into out's dtype: exact, or raising */
function fillInts(out: NDArray, a: bigint, c: bigint): void {
  const d = out.data as any,
    dt = out.dtype;
  for (let i = 0, v = a; i < out.size; i++, v += c) {
    const small = v >= -SAFE && v <= SAFE;
    d[i] = dt === "object" ? (small ? Number(v) : v) : small ? castValue(Number(v), dt) : pyIntElement(v, dt);
  }
}
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** np.linspace(start, stop, num=50, endpoint=true, dtype?) (retstep via linspaceStep) */
export function linspace(start: number, stop: number, num = 50, endpoint = true, dtype?: DType | null): NDArray {
  if (num < 0) throw valueError(`Number of samples, ${num}, must be non-negative.`);
  const div = endpoint ? num - 1 : num;
  const delta = stop - start;
  chargeAlloc(num * 8);
  chargeNs(num * NS_PER_ELEMENT.elementCopy);
  const y = new Float64Array(num);
  for (let i = 0; i < num; i++) y[i] = i;
  if (div > 0) {
    const step = delta / div;
    if (step === 0) {
      for (let i = 0; i < num; i++) y[i] = (y[i] / div) * delta;
    } else for (let i = 0; i < num; i++) y[i] = y[i] * step;
  } else {
    for (let i = 0; i < num; i++) y[i] = y[i] * delta;
  }
  for (let i = 0; i < num; i++) y[i] += start;
  if (endpoint && num > 1) y[num - 1] = stop;
  const dt = dtype ?? "float64";
  const out = emptyArray(dt, [num]);
  const d = out.data as any;
  for (let i = 0; i < num; i++) d[i] = castValue(isInt(dt) ? Math.floor(y[i]) : y[i], dt);
  return out;
}
export function linspaceStep(start: number, stop: number, num = 50, endpoint = true): number {
  const div = endpoint ? num - 1 : num;
  return div > 0 ? (stop - start) / div : NaN;
}

export function eye(N: number, M?: number | null, k = 0, dtype: DType = "float64"): NDArray {
  const m = M ?? N;
  const a = emptyArray(dtype, [N, m]);
  const d = a.data as any;
  for (let i = 0; i < N; i++) {
    const j = i + k;
    if (j >= 0 && j < m) d[i * m + j] = 1;
  }
  return a;
}
export const identity = (n: number, dtype: DType = "float64") => eye(n, n, 0, dtype);

/** element → JS value: bool → boolean, numbers → number, object → as stored */
export function toJS(dt: DType, v: any): any {
  if (dt === "bool") return v !== 0;
  return v;
}

/** a.tolist(): nested JS arrays (bool → boolean) */
export function tolist(a: NDArray): any {
  if (a.ndim === 0) return toJS(a.dtype, (a.data as any)[a.offset]);
  return tolistRec(a, 0, a.offset);
}
function tolistRec(a: NDArray, dim: number, off: number): any[] {
  const n = a.shape[dim],
    s = a.strides[dim],
    d = a.data as any;
  const out = new Array(n);
  if (dim === a.ndim - 1) for (let i = 0; i < n; i++) out[i] = toJS(a.dtype, d[off + i * s]);
  else for (let i = 0; i < n; i++) out[i] = tolistRec(a, dim + 1, off + i * s);
  return out;
}

/** a.item(*args) — no args requires size 1; one int = flat index; n ints = multi-index */
export function item(a: NDArray, ...idx: number[]): any {
  if (idx.length === 0) {
    if (a.size !== 1) throw valueError("can only convert an array of size 1 to a Python scalar");
    return toJS(a.dtype, a.getFlat(0));
  }
  if (idx.length === 1) {
    let i = idx[0];
    if (i < 0) i += a.size;
    if (i < 0 || i >= a.size) throw new NPError("IndexError", "index " + idx[0] + " is out of bounds for size " + a.size);
    return toJS(a.dtype, a.getFlat(i));
  }
  if (idx.length !== a.ndim) throw valueError("incorrect number of indices for array");
  let off = a.offset;
  for (let k = 0; k < idx.length; k++) {
    let i = idx[k];
    if (i < 0) i += a.shape[k];
    if (i < 0 || i >= a.shape[k]) throw new NPError("IndexError", `index ${idx[k]} is out of bounds for axis ${k} with size ${a.shape[k]}`);
    off += i * a.strides[k];
  }
  return toJS(a.dtype, (a.data as any)[off]);
}

/** NPScalar for element at flat position */
export function scalarAt(a: NDArray, off: number): NPScalar {
  return new NPScalar(a.dtype, (a.data as any)[off]);
}
