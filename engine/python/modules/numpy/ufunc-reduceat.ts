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
import { toNd, toDType } from "./conv";
import { bindNpy } from "./signature";
import { foldRun, innerAxis, vectorReduceWidth } from "../../../ndarray/ufunc-reduce";
import type { PyUfunc } from "./types";

const notImpl = (msg: string) => new N.NPError("NotImplementedError", msg);

export function ufuncReduceat(u: PyUfunc, a: any[], kw: KW): NDArray {
  const p = bindNpy("reduceat", ["array", "indices", "axis", "dtype", "out"], 2, a, kw);
  const arr = toNd(p.array);
  if (arr.ndim === 0) throw typeError("cannot reduceat on a scalar");
  // one axis: None is the only axis of a 1-d array
  const axes =
    p.axis === undefined
      ? [0]
      : p.axis === null
        ? [...Array(arr.ndim).keys()]
        : p.axis instanceof PyTuple
          ? p.axis.items.map((x) => toIndex(x))
          : [toIndex(p.axis)];
  if (axes.length !== 1) throw valueError("reduceat does not allow multiple axes");
  const ax = N.normAxis(axes[0]!, arr.ndim);
  const len = arr.shape[ax]!;
  const idx = reduceatIndices(p.indices, u.name, len);
  const out = p.out === undefined || p.out === null ? null : p.out instanceof PyTuple && p.out.items.length === 1 ? p.out.items[0] : p.out;
  if (out !== null && !(out instanceof NDArray)) throw typeError("return arrays must be of ArrayType");
  const odt = resultDtype(u.name, arr.dtype, (p.dtype === undefined || p.dtype === null ? null : toDType(p.dtype)) ?? out?.dtype ?? null);

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
  const gcdLcm = u.name === "gcd" || u.name === "lcm";
  const fold = floatAdd || gcdLcm ? null : N.reduceStep(N.BINOPS[u.name]!, odt);
  const k = gcdLcm ? gcdLcmKernel(u.name as "gcd" | "lcm", odt) : fold?.step;
  const w = innerAxis(arr, ax) ? vectorReduceWidth(u.name, odt) : 0;
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
        } else acc = foldRun(k!, acc, d, base + s + 1, base + e, w);
      }
      od[o * m + i] = acc;
    }
  }
  fold?.flush("reduceat");
  const r = N.exactUint64(ax === arr.ndim - 1 ? res : N.ascontiguousarray(N.moveaxis(res, -1, ax)));
  if (out === null) return r;
  N.setIndex(out, [{ kind: "ellipsis" }], r);
  return out;
}

/** the indices as numbers, checked against the axis length as NumPy checks them (all, before any work) */
function reduceatIndices(v: any, name: string, len: number): number[] {
  const ind = toNd(v);
  if (ind.ndim > 1)
    throw valueError("setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.");
  if (ind.ndim === 0) throw valueError("object of too small depth for desired array");
  if (ind.size === 0) return [];
  // cast to intp as NumPy casts them (unsafe: floats truncated, str parsed as int)
  const c = N.ascontiguousarray(N.isInt(ind.dtype) ? ind : N.astype(ind, "int64"));
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
  } else {
    const op = N.BINOPS[name];
    if (op === undefined) throw notImpl(`np.${name}.reduceat is not supported by this engine`);
    odt = N.reduceLoopDtype(op, dt, dtype);
  }
  if (odt === "float16" || odt === "object" || N.isStr(odt))
    throw notImpl(
      `np.${name}.reduceat in ${odt} is not supported by this engine (NumPy's step-by-step arithmetic there is not reproduced)`,
    );
  return odt;
}

/** NumPy's pairwise sum of n elements (its short sums start from -0.0, so a run of -0.0 stays -0.0) */
function restSum(d: ArrayLike<number>, o: number, n: number, f32: boolean): number {
  if (n >= 8) return f32 ? N.pairwiseSum32(d, o, n, 1) : N.pairwiseSum(d, o, n, 1);
  let r = -0;
  for (let i = 0; i < n; i++) r = f32 ? Math.fround(r + d[o + i]!) : r + d[o + i]!;
  return r;
}
