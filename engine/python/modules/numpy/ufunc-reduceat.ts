// ufunc.reduceat(array, indices, axis=0, dtype=None): NumPy's loop. Each output element along the axis starts from
// array[indices[i]] (cast to the result dtype; no identity is used) and folds in array[indices[i]+1 : indices[i+1]]
// (to the end for the last index); indices[i] >= indices[i+1] leaves array[indices[i]] alone. The fold is the ufunc's
// reduce loop: sequential, except add of floats, which adds the pairwise sum of the rest (as NumPy's reduce loop does).
import * as N from "../../../ndarray/index";
import { NDArray, type DType } from "../../../ndarray/index";
import { gcdLcmKernel, dtypeClassName } from "../../../ndarray/gcd-lcm";
import { PyTuple, type KW } from "../../objects/core";
import { toIndex } from "../../objects/ops";
import { typeError, valueError } from "../../errors";
import { toNd, parseNamed, unsupported, toDType } from "./conv";
import type { PyUfunc } from "./types";

/** the ufuncs whose reduce this engine has */
const REDUCEAT = new Set(["add", "multiply", "maximum", "minimum", "logical_and", "logical_or", "gcd", "lcm"]);
const notImpl = (msg: string) => new N.NPError("NotImplementedError", msg);

export function ufuncReduceat(u: PyUfunc, a: any[], kw: KW): NDArray {
  if (u.nin !== 2) throw valueError("reduceat only supported for binary functions");
  const p = parseNamed("reduceat", a, kw, ["array", "indices", "axis", "dtype", "out"], 2);
  unsupported("reduceat", "out", p.out);
  const arr = toNd(p.array);
  if (arr.ndim === 0) throw typeError("cannot reduceat on a scalar");
  let rawAxis = p.axis === undefined ? 0 : p.axis;
  if (rawAxis instanceof PyTuple && rawAxis.items.length === 1) rawAxis = rawAxis.items[0];
  if (rawAxis === null || rawAxis instanceof PyTuple) throw valueError("reduceat does not allow multiple axes");
  const ax = N.normAxis(toIndex(rawAxis), arr.ndim);
  const len = arr.shape[ax]!;
  const idx = reduceatIndices(p.indices, u.name, len);
  if (!REDUCEAT.has(u.name)) throw notImpl(`np.${u.name}.reduceat is not supported by this engine`);
  const odt = resultDtype(u.name, arr.dtype, toDType(p.dtype));

  const moved = ax === arr.ndim - 1 ? arr : N.moveaxis(arr, ax, -1);
  const src = N.astype(moved, odt); // a contiguous copy in the result dtype, the reduced axis last
  const m = idx.length;
  const outShape = [...moved.shape.slice(0, -1), m];
  const res = N.emptyArray(odt, outShape);
  const outer = res.size / (m || 1);
  N.charge(src.size + res.size);
  const d = src.data as ArrayLike<number>,
    od = res.data as any;
  const floatAdd = u.name === "add" && N.isFloat(odt);
  const f32 = odt === "float32";
  const k = floatAdd ? null : foldKernel(u.name, odt);
  for (let o = 0; o < outer && m > 0; o++) {
    const base = o * len;
    for (let i = 0; i < m; i++) {
      const s = idx[i]!,
        e = i === m - 1 ? len : idx[i + 1]!;
      let acc = d[base + s]!;
      if (e - s > 1) {
        if (floatAdd) {
          const rest = restSum(d, base + s + 1, e - s - 1, f32);
          acc = f32 ? Math.fround(acc + rest) : acc + rest;
        } else for (let j = base + s + 1; j < base + e; j++) acc = k!(acc, d[j]!);
      }
      od[o * m + i] = acc;
    }
  }
  const r = ax === arr.ndim - 1 ? res : N.ascontiguousarray(N.moveaxis(res, -1, ax));
  return N.exactUint64(r);
}

/** the indices as numbers, checked against the axis length as NumPy checks them (all, before any work) */
function reduceatIndices(v: any, name: string, len: number): number[] {
  const ind = toNd(v);
  if (ind.ndim > 1)
    throw valueError("setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.");
  if (ind.ndim === 0) throw valueError("object of too small depth for desired array");
  if (ind.size === 0) return [];
  if (!N.isInt(ind.dtype) && ind.dtype !== "bool")
    throw notImpl(`${name}.reduceat() with indices of dtype ${ind.dtype} is not supported by this engine (use integers)`);
  const c = N.ascontiguousarray(ind);
  N.charge(c.size);
  const d = c.data as ArrayLike<number>;
  const out: number[] = [];
  for (let i = 0; i < c.size; i++) {
    const x = Number(d[c.offset + i]);
    if (x < 0 || x >= len) throw new N.NPError("IndexError", `index ${x} out-of-bounds in ${name}.reduceat [0, ${len})`);
    out.push(x);
  }
  return out;
}

/** the reduce loop's dtype: add/multiply count bools and small integers in (u)int64, as their reduce does */
function resultDtype(name: string, dt: DType, dtype: DType | null): DType {
  if (dt === "object" || N.isStr(dt))
    throw notImpl(`np.${name}.reduceat of ${dt === "object" ? "object" : "str"} arrays is not supported by this engine`);
  let odt: DType;
  if (name === "logical_and" || name === "logical_or") {
    if (dtype !== null) throw notImpl(`np.${name}.reduceat with dtype= is not supported by this engine`);
    odt = "bool";
  } else if (name === "gcd" || name === "lcm") {
    if (dtype !== null && !N.isInt(dtype)) throw notImpl(`np.${name}.reduceat with dtype=${dtype} is not supported by this engine`);
    odt = dtype ?? dt;
    if (!N.isInt(odt))
      throw new N.NPError(
        "UFuncTypeError",
        `ufunc '${name}' did not contain a loop with signature matching types (None, ${dtypeClassName(odt)}) -> None`,
      );
  } else if (name === "add" || name === "multiply") {
    odt = dtype ?? (dt === "bool" ? "int64" : N.isInt(dt) ? (N.kindOf(dt) === "u" ? "uint64" : "int64") : dt);
    if (odt === "bool") throw notImpl(`np.${name}.reduceat with dtype=bool is not supported by this engine`);
  } else odt = dtype ?? dt;
  if (odt === "float16" || odt === "object" || N.isStr(odt))
    throw notImpl(
      `np.${name}.reduceat in ${odt} is not supported by this engine (NumPy's step-by-step arithmetic there is not reproduced)`,
    );
  return odt;
}

/** one step of the ufunc's loop in dtype dt, its result in dt */
function foldKernel(name: string, dt: DType): (a: number, b: number) => number {
  if (name === "gcd" || name === "lcm") return gcdLcmKernel(name, dt);
  const op = N.BINOPS[name]!;
  const k =
    dt === "bool" ? (op.b ?? op.f) : dt === "int64" || dt === "uint64" ? (op.i ?? op.f) : N.isInt(dt) ? (op.i32 ?? op.i ?? op.f) : op.f;
  return (a, b) => N.castValue(k(a, b), dt);
}

/** NumPy's pairwise sum of n elements (its short sums start from -0.0, so a run of -0.0 stays -0.0) */
function restSum(d: ArrayLike<number>, o: number, n: number, f32: boolean): number {
  if (n >= 8) return f32 ? N.pairwiseSum32(d, o, n, 1) : N.pairwiseSum(d, o, n, 1);
  let r = -0;
  for (let i = 0; i < n; i++) r = f32 ? Math.fround(r + d[o + i]!) : r + d[o + i]!;
  return r;
}
