// Object arrays hold Python objects: np.array(x, dtype=object) discovers its shape as NumPy does (a ragged nesting or
// a scalar where a sequence was seen stops the shape; what is below is an element, a list stays a list); an inferred
// object array gets its floats back as Python floats; and the casts between object and numeric arrays convert
// elements as Python's float(), int() and bool() do (the hooks engine/ndarray calls).
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar, PyScalar, type DType } from "../../../ndarray/index";
import { PyFloat, PyList, PyTuple } from "../../objects/core";
import { floatType, intType } from "../../objects/types";
import { call, truthy, repr as pyRepr } from "../../objects/ops";
import { overflowError, valueError } from "../../errors";
import { chargeLoop } from "../../charge";

/** NumPy's limit on dimensions */
const MAX_DIMS = 64;

/** the length of a list or tuple (what NumPy nests into, as an array of ndim > 0), or -1 for an element */
function seqLength(v: any): number {
  return v instanceof PyList || v instanceof PyTuple ? v.items.length : -1;
}

/** NumPy's shape discovery for dtype=object: the deepest level down to which every item is a sequence of one length */
function discoverShape(v: any): number[] {
  const shape: number[] = [];
  let maxDims = MAX_DIMS;
  let visited = 0;
  /** the dims of a sequence of length n at `depth` agree with the others: false stops the shape there */
  const agree = (n: number, depth: number): boolean => {
    if (depth === shape.length) shape.push(n);
    else if (shape[depth] !== n) maxDims = depth;
    return depth < maxDims;
  };
  const visit = (x: any, depth: number): void => {
    if (depth >= maxDims) return;
    if (++visited % 4096 === 0) chargeLoop(4096);
    if (x instanceof NDArray && x.ndim > 0) {
      // an array nests as its shape; its elements are scalars
      for (let k = 0; k < x.ndim && depth + k < maxDims; k++) if (!agree(x.shape[k]!, depth + k)) return;
      maxDims = Math.min(maxDims, depth + x.ndim);
      return;
    }
    const n = seqLength(x);
    if (n < 0) maxDims = depth;
    else if (agree(n, depth)) for (let i = 0; i < n && depth + 1 < maxDims; i++) visit(x.items[i], depth + 1);
  };
  visit(v, 0);
  return shape.slice(0, maxDims);
}

/** np.array(v, dtype=object) for a Python value v (not an ndarray): its elements are the Python objects themselves */
export function objectArray(v: any): NDArray {
  const shape = discoverShape(v);
  const out = N.emptyArray("object", shape);
  const data = out.data as unknown[];
  chargeLoop(data.length);
  let k = 0;
  const fill = (x: any, depth: number): void => {
    if (depth === shape.length) data[k++] = x;
    else if (x instanceof NDArray && x.ndim === shape.length - depth) {
      // an array filling the remaining dims: its elements in C order, as Python objects
      const flat = N.ravel(x);
      for (let i = 0; i < flat.size; i++) data[k++] = numberToPy(flat.getFlat(i), x.dtype);
    } else if (x instanceof NDArray && x.ndim > shape.length - depth) {
      // an array whose own dims are ragged with its neighbours' does not fit in the elements left for it
      throw valueError(`could not broadcast input array from shape ${N.shapeStr(x.shape)} into shape ${N.shapeStr(shape.slice(depth))}`);
    } else for (let i = 0; i < shape[depth]!; i++) fill(x.items[i], depth + 1);
  };
  fill(v, 0);
  return out;
}

/** a number of dtype `dt` as the Python object NumPy's item() gives (float → float, int → int, bool → bool) */
export function numberToPy(v: number, dt: DType): unknown {
  if (dt === "bool") return v !== 0;
  if (N.isFloat(dt)) return new PyFloat(v);
  if (dt === "object") return v;
  return Number.isSafeInteger(v) ? v : BigInt(v);
}

/**
 * An object array N.array() inferred from pyToJS()'s values (a None, a str or a dict among numbers) holds a Python
 * float as a JS number or a weak-scalar wrapper: give each element back its Python value.
 */
export function restorePyLeaves(a: NDArray): NDArray {
  if (a.dtype !== "object") return a;
  const d = a.data as unknown[];
  chargeLoop(d.length);
  for (let i = 0; i < d.length; i++) {
    const x = d[i];
    if (typeof x === "number" && !Number.isInteger(x)) d[i] = new PyFloat(x);
    else if (x instanceof PyScalar) d[i] = x.kind === "float" ? new PyFloat(x.value) : x.kind === "bool" ? x.value !== 0 : x.value;
  }
  return a;
}

/** an object element cast to a numeric dtype as NumPy's object casts do: float(x), int(x) or bool(x) */
export function pyToNumber(v: unknown, to: DType): number {
  if (to === "bool") return truthy(v) ? 1 : 0;
  if (v instanceof PyList || v instanceof PyTuple || (v instanceof NDArray && v.size !== 1))
    throw valueError("setting an array element with a sequence.");
  if (v instanceof NPScalar || v instanceof PyScalar) return N.castValue(Number(v.value), to);
  if (N.isFloat(to)) return N.castValue((call(floatType, [v], null) as PyFloat).v, to);
  const r = call(intType, [v], null);
  if (typeof r === "bigint") return N.pyIntElement(r, to);
  if (N.isInt(to) && N.castValue(r, to) !== r) throw overflowError(`Python integer ${r} out of bounds for ${to}`);
  return N.castValue(r, to);
}

/** an element as NumPy prints it in an object array: its repr, a list's as list([...]) */
export function objectRepr(x: unknown): string {
  return x instanceof PyList && !Object.hasOwn(x, "pyType") ? `list(${pyRepr(x)})` : pyRepr(x);
}

/**
 * What `a[key] = v` stores in an object array: the object itself, also a list or tuple when the key picks one
 * element; a list or tuple assigned to several elements is first made an object array (its items kept as they are).
 */
export function objectSetValue(spec: N.IndexItem[], ndim: number, v: any): any {
  if (!(v instanceof PyList || v instanceof PyTuple)) return v;
  const single = spec.length === ndim && spec.every((s) => s.kind === "int");
  return single ? v : objectArray(v);
}

/** an element as a plain number where it is one (a Python int, float or bool), NaN otherwise: never raises */
export function objectAsNumber(x: unknown): number {
  if (typeof x === "number") return x;
  if (x instanceof PyFloat) return x.v;
  if (typeof x === "boolean" || typeof x === "bigint") return Number(x);
  if (x instanceof NPScalar) return Number(x.value);
  return NaN;
}
