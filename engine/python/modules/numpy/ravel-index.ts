// np.unravel_index and np.ravel_multi_index (numpy/_core/src/multiarray/compiled_base.c): flat indices <-> coordinate
// arrays, C or Fortran order, scalars in and np.int64 scalars out, arrays (broadcast together) elementwise; an index out
// of range is NumPy's ValueError, a float one its TypeError.
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar } from "../../../ndarray/index";
import { PyTuple, type KW } from "../../objects/core";
import { iterToArray } from "../../objects/ops";
import { typeError, valueError } from "../../errors";
import { chargeLoop } from "../../charge";
import { toNd, shapeArg, parseArgs } from "./conv";

/** the indices as an int64 array (bools count as ints; a float array, or an empty list, is NumPy's TypeError) */
function intIndices(v: any): NDArray {
  const a = toNd(v);
  if (a.dtype === "float64" && a.size === 0 && !(v instanceof NDArray))
    throw typeError(
      "indices must be integral: the provided empty sequence was inferred as float. Wrap it with 'np.array(indices, dtype=np.intp)'",
    );
  if (!N.isInt(a.dtype) && a.dtype !== "bool") throw typeError("only int indices permitted");
  return a.dtype === "int64" ? a : N.astype(a, "int64");
}

function orderOf(v: any): "C" | "F" {
  if (v === undefined || v === "C") return "C";
  if (v === "F") return "F";
  throw valueError("only 'C' or 'F' order is permitted");
}

/** the axes from the fastest-varying one outwards */
/** A coordinate along an axis of length d, out-of-range ones raised, wrapped or clipped as `mode` says. */
function coordinate(c: number, d: number, mode: string): number {
  if (c >= 0 && c < d) return c;
  if (mode === "raise") throw valueError("invalid entry in coordinates array");
  return mode === "wrap" ? ((c % d) + d) % d : c < 0 ? 0 : d - 1;
}

/** The flat index past 2**53 computed exactly: held if a double holds it, refused (NotImplementedError) if not. */
function exactFlatIndex(flats: ArrayLike<number>[], i: number, axes: number[], dims: number[], modes: string[]): number {
  let r = 0n,
    stride = 1n;
  for (const k of axes) {
    const d = dims[k]!;
    r += BigInt(coordinate(Number(flats[k]![i]), d, modes[k]!)) * stride;
    stride *= BigInt(d);
  }
  return N.exactI64(r);
}
const axesInnerFirst = (nd: number, order: "C" | "F") => Array.from({ length: nd }, (_, k) => (order === "C" ? nd - 1 - k : k));

export function unravelIndex(a: any[], kw: KW): PyTuple {
  const p = parseArgs("unravel_index", a, kw, ["indices", "shape", "order"], 2);
  const dims = typeof p[1] === "number" ? [p[1]] : shapeArg(p[1]);
  const order = orderOf(p[2]);
  const idx = intIndices(p[0]);
  const size = dims.reduce((x, y) => x * y, 1);
  // flatten, not ravel: a view's data starts before its first element
  const flat = N.flatten(idx).data as ArrayLike<number>;
  chargeLoop(flat.length * (dims.length + 1));
  const axes = axesInnerFirst(dims.length, order);
  const outs = dims.map(() => new Float64Array(flat.length));
  for (let i = 0; i < flat.length; i++) {
    let r = Number(flat[i]);
    if (r < 0 || r >= size) throw valueError(`index ${r} is out of bounds for array with size ${size}`);
    for (const k of axes) {
      outs[k]![i] = r % dims[k]!;
      r = Math.floor(r / dims[k]!);
    }
  }
  if (idx.ndim === 0) return new PyTuple(outs.map((o) => new NPScalar("int64", o[0]!)));
  return new PyTuple(outs.map((o) => new NDArray("int64", idx.shape.slice(), o)));
}

const MODES = ["raise", "wrap", "clip"];

export function ravelMultiIndex(a: any[], kw: KW): NDArray | NPScalar {
  const p = parseArgs("ravel_multi_index", a, kw, ["multi_index", "dims", "mode", "order"], 2);
  const dims = typeof p[1] === "number" ? [p[1]] : shapeArg(p[1]);
  const order = orderOf(p[3]);
  const modeArg = p[2] ?? "raise";
  const modes: string[] = typeof modeArg === "string" ? dims.map(() => modeArg) : iterToArray(modeArg);
  for (const m of modes) if (!MODES.includes(m)) throw valueError(`clipmode must be one of 'clip', 'raise', or 'wrap' (got '${m}')`);
  const coords = iterToArray(p[0]);
  if (coords.length !== dims.length) throw valueError(`parameter multi_index must be a sequence of length ${dims.length}`);
  const arrs = N.broadcast_arrays(coords.map(intIndices));
  const shape = arrs.length ? arrs[0]!.shape.slice() : [];
  const n = shape.reduce((x, y) => x * y, 1);
  chargeLoop(n * (dims.length + 1));
  const flats = arrs.map((x) => N.flatten(x).data as ArrayLike<number>);
  const axes = axesInnerFirst(dims.length, order);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let r = 0,
      stride = 1;
    for (const k of axes) {
      const d = dims[k]!;
      r += coordinate(Number(flats[k]![i]), d, modes[k]!) * stride;
      stride *= d;
    }
    out[i] = Number.isSafeInteger(r) ? r : exactFlatIndex(flats, i, axes, dims, modes);
  }
  return shape.length === 0 ? new NPScalar("int64", out[0]!) : new NDArray("int64", shape, out);
}
