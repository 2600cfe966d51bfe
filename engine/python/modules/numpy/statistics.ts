// Module-level reductions and statistics: sum/mean/... , median, average, percentile/quantile, nan-reductions, bincount.
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar } from "../../../ndarray/index";
import { PyList, PyTuple } from "../../objects/core";
import { toIndex } from "../../objects/ops";
import { typeError, valueError } from "../../errors";
import { toNd, axisArg, num, parseArgs } from "./conv";
import { builtinAdder } from "./types";
import { reduceCall, REDUCTIONS } from "./ndarray-methods";

export function addStatistics(d: Map<string, any>): void {
  const fn = builtinAdder(d);
  for (const r of [...REDUCTIONS, "amax", "amin", "count_nonzero"]) {
    fn(r, (a, kw) => {
      if (!a.length && !kw?.has("a")) throw typeError(`${r}() missing required argument 'a' (pos 1)`);
      const arr = toNd(a.length ? a[0] : kw!.get("a"));
      let k2 = kw;
      if (kw?.has("a")) { k2 = new Map(kw); k2.delete("a"); }
      return reduceCall(r, arr, a.slice(1), k2);
    });
  }
  fn("median", (a, kw) => {
    const p = parseArgs("median", a, kw, ["a", "axis", "out", "overwrite_input", "keepdims"], 1);
    const arr = N.astype(toNd(p[0]), "float64");
    const ax = axisArg(p[1]);
    if (ax === null) {
      const s = N.sort(N.ravel(arr), -1);
      const n = s.size;
      if (!n) return new NPScalar("float64", NaN);
      const v = n % 2 ? s.getFlat((n - 1) / 2) : (s.getFlat(n / 2 - 1) + s.getFlat(n / 2)) / 2;
      return new NPScalar("float64", v);
    }
    const axn = ax as number;
    const s = N.sort(arr, axn);
    const n = s.shape[axn < 0 ? axn + s.ndim : axn];
    const sl = (i: number) => N.getIndex(s, [...Array((axn < 0 ? axn + s.ndim : axn)).fill({ kind: "slice" }), { kind: "int", i }]);
    if (n % 2) return sl((n - 1) / 2);
    return N.binary("divide", N.binary("add", sl(n / 2 - 1), sl(n / 2)), 2);
  });
  fn("average", (a, kw) => {
    const p = parseArgs("average", a, kw, ["a", "axis", "weights"], 1);
    const arr = toNd(p[0]);
    if (p[2] === undefined || p[2] === null) return N.mean(arr, axisArg(p[1]));
    const w = toNd(p[2]);
    return N.binary("divide", N.sum(N.binary("multiply", arr, w) as NDArray, axisArg(p[1])), N.sum(w, axisArg(p[1])));
  });
  fn("bincount", (a, kw) => {
    const p = parseArgs("bincount", a, kw, ["x", "weights", "minlength"], 1);
    const x = N.ravel(toNd(p[0]));
    let n = p[2] === undefined ? 0 : toIndex(p[2]);
    for (let i = 0; i < x.size; i++) { const v = Number(x.getFlat(i)); if (v < 0) throw valueError("'list' argument must have no negative elements"); n = Math.max(n, v + 1); }
    const w = p[1] === undefined || p[1] === null ? null : N.ravel(N.astype(toNd(p[1]), "float64"));
    const out = new Float64Array(n);
    for (let i = 0; i < x.size; i++) out[Number(x.getFlat(i))] += w ? Number(w.getFlat(i)) : 1;
    return new NDArray(w ? "float64" : "int64", [n], out);
  });
  const quant = (name: string, scale: number) => fn(name, (a, kw) => {
    const p = parseArgs(name, a, kw, ["a", "q", "axis"], 2);
    const arr = N.sort(N.ravel(N.astype(toNd(p[0]), "float64")), -1);
    const n = arr.size;
    const qOf = (q: number) => { const pos = (q / scale) * (n - 1); const lo = Math.floor(pos), hi = Math.ceil(pos); const vl = Number(arr.getFlat(lo)), vh = Number(arr.getFlat(hi)); return vl + (vh - vl) * (pos - lo); };
    const q = p[1];
    if (q instanceof PyList || q instanceof PyTuple || q instanceof NDArray) { const qs = N.ravel(N.astype(toNd(q), "float64")); const out = new Float64Array(qs.size); for (let i = 0; i < qs.size; i++) out[i] = qOf(Number(qs.getFlat(i))); return new NDArray("float64", [qs.size], out); }
    return new NPScalar("float64", qOf(num(q)));
  });
  quant("percentile", 100); quant("quantile", 1);
  const nanRed = (name: string, base: string, fill: number | null) => fn(name, (a, kw) => {
    const arr = N.astype(toNd(a[0]), "float64");
    const mask = N.unary("isnan", arr) as NDArray;
    const axis = a.length > 1 ? a[1] : kw?.get("axis");
    if (base === "mean") {
      const clean = N.where3(mask, 0, arr) as NDArray;
      const cnt = N.sum(N.asarray(N.unary("logical_not", mask)), axisArg(axis));
      return N.binary("divide", N.sum(clean, axisArg(axis)), cnt);
    }
    const clean = N.where3(mask, fill === null ? 0 : fill, arr) as NDArray;
    return reduceCall(base, clean, axis === undefined ? [] : [axis], null);
  });
  nanRed("nansum", "sum", 0); nanRed("nanmax", "max", -Infinity); nanRed("nanmin", "min", Infinity); nanRed("nanmean", "mean", 0);
  nanRed("nanargmax", "argmax", -Infinity); nanRed("nanargmin", "argmin", Infinity); nanRed("nanprod", "prod", 1);
}
