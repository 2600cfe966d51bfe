// Module-level reductions and statistics: sum/mean/... , median, average, percentile/quantile, nancumsum/nancumprod, nanvar/nanstd,
// bincount; the nan-reductions (nansum, nanmax, ...) are in nan-reductions.ts.
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import * as Q from "../../../ndarray/quantile";
import { PyFloat } from "../../objects/core";
import { truthy, str as pyStr } from "../../objects/ops";
import { typeError, valueError } from "../../errors";
import { toNd, axisArg, num, parseNamed, unsupported } from "./conv";
import { builtinAdder } from "./types";
import { reduceCall, REDUCTIONS } from "./ndarray-methods";
import { quietly } from "./errstate";
import { addNanReductions } from "./nan-reductions";
import { average } from "./average";
import { bincount } from "./bincount";
import { lazyNumpy } from "./lazy";
import { objectReduction, replaceObjectNan } from "./object-reductions";

function addStatistics(d: Map<string, any>): void {
  const fn = builtinAdder(d);
  for (const r of [...REDUCTIONS, "amax", "amin", "count_nonzero"]) {
    fn(r, (a, kw) => {
      if (!a.length && !kw?.has("a")) throw typeError(`${r}() missing required argument 'a' (pos 1)`);
      const arr = toNd(a.length ? a[0] : kw!.get("a"));
      let k2 = kw;
      if (kw?.has("a")) {
        k2 = new Map(kw);
        k2.delete("a");
      }
      return reduceCall(r, arr, a.slice(1), k2);
    });
  }
  const median = (name: string, ignoreNan: boolean) =>
    fn(name, (a, kw) => {
      const p = parseNamed(name, a, kw, ["a", "axis", "out", "overwrite_input", "keepdims"], 1);
      unsupported(name, "out", p.out);
      const arr = toNd(p.a);
      if (arr.dtype === "object") return objectReduction(name, arr, axisArg(p.axis), false, undefined);
      return Q.median(arr, axisArg(p.axis), p.keepdims === undefined ? false : truthy(p.keepdims), ignoreNan);
    });
  median("median", false);
  median("nanmedian", true);
  fn("average", average);
  fn("bincount", bincount);
  const quant = (name: string, percent: boolean, ignoreNan: boolean) =>
    fn(name, (a, kw) => {
      const p = parseNamed(name, a, kw, ["a", "q", "axis", "out", "overwrite_input", "method", "keepdims", "weights"], 2);
      unsupported(name, "out", p.out);
      unsupported(name, "weights", p.weights);
      const arr = toNd(p.a);
      if (arr.dtype === "object") return objectReduction(name, arr, axisArg(p.axis), false, undefined);
      const weakQ = typeof p.q === "number" || p.q instanceof PyFloat;
      let q = toNd(p.q);
      if (percent) q = N.astype(N.asarray(N.binary("divide", q, 100)), "float64");
      const qd = N.ravel(N.astype(q, "float64"));
      for (let i = 0; i < qd.size; i++) {
        const v = Number(qd.getFlat(i));
        if (!(v >= 0 && v <= 1))
          throw valueError(percent ? "Percentiles must be in the range [0, 100]" : "Quantiles must be in the range [0, 1]");
      }
      const method = p.method === undefined ? "linear" : pyStr(p.method);
      if (!(Q.QUANTILE_METHODS as readonly string[]).includes(method)) {
        throw valueError(
          `'${method}' is not a valid method. Use one of: dict_keys([${Q.QUANTILE_METHODS.map((m) => `'${m}'`).join(", ")}])`,
        );
      }
      // bools: the methods that pick an element work; the others interpolate, with NumPy's bool subtraction error
      if (arr.dtype === "bool" && !Q.DISCRETE.has(method as Q.QuantileMethod))
        throw typeError(
          "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.",
        );
      return Q.quantile(arr, q, {
        axis: axisArg(p.axis),
        keepdims: p.keepdims === undefined ? false : truthy(p.keepdims),
        method: method as Q.QuantileMethod,
        ignoreNan,
        weakQ,
        qInt: N.isInt(q.dtype),
      });
    });
  quant("percentile", true, false);
  quant("quantile", false, false);
  quant("nanpercentile", true, true);
  quant("nanquantile", false, true);
  addNanReductions(d);
  const nanCum = (name: string, base: "cumsum" | "cumprod", fill: number) =>
    fn(name, (a, kw) => {
      const p = parseNamed(name, a, kw, ["a", "axis", "dtype", "out"], 1);
      unsupported(name, "out", p.out);
      const arr = toNd(p.a);
      const clean = N.isFloat(arr.dtype)
        ? N.asarray(N.where3(N.unary("isnan", arr), fill, arr))
        : arr.dtype === "object"
          ? replaceObjectNan(arr, fill).clean
          : arr;
      return reduceCall(base, clean, [], new Map(Object.entries({ axis: p.axis, dtype: p.dtype }).filter(([, v]) => v !== undefined)));
    });
  nanCum("nancumsum", "cumsum", 0);
  nanCum("nancumprod", "cumprod", 1);
  // nanvar / nanstd as NumPy computes them: mean of the kept values, squared deviations summed, divided by count - ddof
  const nanVar = (name: string, isStd: boolean) =>
    fn(name, (a, kw) => {
      const p = parseNamed(name, a, kw, ["a", "axis", "dtype", "out", "ddof", "keepdims", "where", "mean", "correction"], 1);
      for (const k of ["out", "dtype", "mean", "correction"] as const) unsupported(name, k, p[k]);
      unsupported(name, "where", p.where, (v) => v === undefined || v === true);
      const arr = toNd(p.a);
      if (arr.dtype === "float16")
        throw new N.NPError("NotImplementedError", `${name} of float16 arrays is not supported by this engine (use .astype(np.float32))`);
      const axis = axisArg(p.axis),
        keepdims = p.keepdims !== undefined && truthy(p.keepdims),
        ddof = p.ddof === undefined ? 0 : num(p.ddof);
      if (arr.dtype === "object") return objectReduction(name, arr, axis, keepdims, undefined);
      if (!N.isFloat(arr.dtype)) return (isStd ? N.std : N.var_)(arr, axis, { keepdims, ddof });
      const mask = N.asarray(N.unary("isnan", arr));
      const clean = N.asarray(N.where3(mask, 0, arr));
      const cnt = N.asarray(N.sum(N.asarray(N.unary("logical_not", mask)), axis, { keepdims: true }));
      // float32 stays float32: NumPy divides into the float32 sums (casting='unsafe')
      const own = (x: any) => (arr.dtype === "float32" ? N.astype(N.asarray(x), "float32") : x);
      const avg = own(quietly(() => N.binary("divide", N.sum(clean, axis, { keepdims: true }), cnt)));
      const dev = N.asarray(N.where3(mask, 0, N.binary("subtract", clean, avg)));
      const sq = N.sum(N.asarray(N.binary("multiply", dev, dev)), axis, { keepdims });
      const dof = N.binary("subtract", keepdims ? cnt : N.sum(N.asarray(N.unary("logical_not", mask)), axis), ddof);
      const bad = N.binary("less_equal", dof, 0);
      if (truthy(N.any(N.asarray(bad)))) N.warn("RuntimeWarning", "Degrees of freedom <= 0 for slice.");
      const v = N.where3(bad, NaN, own(quietly(() => N.binary("divide", sq, dof))));
      const r = isStd ? N.unary("sqrt", v) : v;
      return r instanceof NDArray && r.ndim === 0 ? N.getIndex(r, []) : r;
    });
  nanVar("nanvar", false);
  nanVar("nanstd", true);
}

// Registered lazily (./lazy.ts): engine/stdlib.ts imports this file, so it loads with the stdlib chunk in the browser.
lazyNumpy.push((d) => addStatistics(d));
