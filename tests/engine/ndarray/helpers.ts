import * as np from "../../../engine/ndarray/index";
import { NDArray, NPScalar, DType } from "../../../engine/ndarray/index";

export function decodeVal(v: any): any {
  if (v === "nan") return NaN;
  if (v === "inf") return Infinity;
  if (v === "-inf") return -Infinity;
  if (v === "-0") return -0;
  return v;
}

export interface Spec {
  dtype: string;
  shape: number[];
  data: any[];
}
export function fromSpec(s: Spec): NDArray {
  const dt = s.dtype as DType;
  const a = np.zeros(s.shape, dt);
  const d = a.data as any;
  s.data.forEach((v, i) => {
    const x = decodeVal(v);
    d[i] = typeof x === "boolean" ? (x ? 1 : 0) : x;
  });
  return a;
}

export function genMod7919(n: number): NDArray {
  const a = np.zeros([n]);
  const d = a.data as Float64Array;
  for (let i = 0; i < n; i++) d[i] = ((i * 7919) % 1000) / 37.0 - 13.5;
  return a;
}

/** compare a value against a recorded NumPy result; returns null when equal or an explanation */
export function compareResult(got: any, exp: any, rtol: number, atol: number): string | null {
  if (exp.tuple) {
    if (!Array.isArray(got)) return `expected tuple, got ${got}`;
    if (got.length !== exp.tuple.length) return `tuple length ${got.length} != ${exp.tuple.length}`;
    for (let i = 0; i < got.length; i++) {
      const r = compareResult(got[i], exp.tuple[i], rtol, atol);
      if (r) return `[${i}] ${r}`;
    }
    return null;
  }
  if (exp.array) {
    if (!(got instanceof NDArray)) return `expected array, got ${got instanceof NPScalar ? "scalar " + np.repr(got) : String(got)}`;
    const s: Spec = exp.array;
    if (got.dtype !== s.dtype) return `dtype ${got.dtype} != ${s.dtype}`;
    if (got.shape.join(",") !== s.shape.join(",")) return `shape (${got.shape}) != (${s.shape})`;
    const flat = np.tolist(np.ravel(got)) as any[];
    for (let i = 0; i < flat.length; i++) {
      const e = decodeVal(s.data[i]);
      const r = cmpNum(flat[i], e, rtol, atol);
      if (r) return `element ${i}: ${r}`;
    }
    return null;
  }
  if (exp.scalar) {
    if (!(got instanceof NPScalar)) return `expected scalar ${exp.repr}, got ${got instanceof NDArray ? np.repr(got) : String(got)}`;
    if (got.dtype !== exp.scalar) return `scalar dtype ${got.dtype} != ${exp.scalar}`;
    const v = got.dtype === "bool" ? got.value !== 0 : got.value;
    return cmpNum(v, decodeVal(exp.value), rtol, atol);
  }
  if ("py" in exp) return cmpNum(got, decodeVal(exp.py), rtol, atol);
  return "unknown expectation";
}

function cmpNum(g: any, e: any, rtol: number, atol: number): string | null {
  if (typeof e === "boolean") return g === e || g === (e ? 1 : 0) ? null : `${g} != ${e}`;
  if (typeof g === "boolean") g = g ? 1 : 0;
  if (typeof g !== "number") return `${g} is not a number`;
  if (Number.isNaN(e)) return Number.isNaN(g) ? null : `${g} != nan`;
  if (!Number.isFinite(e)) return g === e ? null : `${g} != ${e}`;
  if (Math.abs(g - e) <= atol + rtol * Math.abs(e)) return null;
  return `${g} != ${e}`;
}
