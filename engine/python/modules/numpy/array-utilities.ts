// np.asarray_chkfinite, np.asfortranarray, np.unstack, np.apply_over_axes and np.mask_indices, as NumPy's Python
// code (_function_base_impl.py, _shape_base_impl.py, _twodim_base_impl.py) composes them over the engine's own
// functions, which check and charge the work. Registered lazily (./lazy.ts).
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import { PyTuple, type KW } from "../../objects/core";
import { call, compare, getattr, iterToArray, toIndex, truthy } from "../../objects/ops";
import { typeError, valueError } from "../../errors";
import { bindPy } from "./signature";
import { builtinAdder } from "./types";
import { lazyNumpy } from "./lazy";

lazyNumpy.push((d) => {
  const np = (name: string, args: any[], kw: KW = null) => call(d.get(name), args, kw);
  const add = builtinAdder(d);
  const kws = (o: Record<string, any>): KW => new Map(Object.entries(o).filter(([, v]) => v !== undefined));

  add("asarray_chkfinite", (args, kw) => {
    const p = bindPy({ name: "asarray_chkfinite", positional: ["a", "dtype", "order"], required: 1 }, args, kw);
    const a = np("asarray", [p.a], kws({ dtype: p.dtype, order: p.order })) as NDArray;
    if (N.isFloat(a.dtype) && !truthy(call(getattr(np("isfinite", [a]), "all"), [], null)))
      throw valueError("array must not contain infs or NaNs");
    return a;
  });

  // a Fortran-ordered copy (the transpose of a C-ordered copy of the transpose): the same values and printing, and
  // flags.f_contiguous; at least 1-d, and an array that is already F-contiguous is returned as it is
  add("asfortranarray", (args, kw) => {
    const p = bindPy({ name: "asfortranarray", positional: ["a", "dtype"], required: 1, keywordOnly: ["like"] }, args, kw);
    if (p.like !== undefined && p.like !== null) throw typeError("The `like` argument is not supported by this engine");
    const a = np("array", [p.a], kws({ dtype: p.dtype, copy: false, ndmin: 1 })) as NDArray;
    if (a.ndim <= 1 || truthy(getattr(getattr(a, "flags"), "f_contiguous"))) return a;
    return N.transpose(N.copy(N.transpose(a)));
  });

  add("unstack", (args, kw) => {
    if (args.length > 1) throw typeError(`unstack() takes 1 positional argument but ${args.length} were given`);
    const p = bindPy({ name: "unstack", positional: ["x"], required: 1, keywordOnly: ["axis"] }, args, kw);
    // x.ndim as NumPy reads it: a list has none (AttributeError)
    if (getattr(p.x, "ndim") === 0) throw valueError("Input array must be at least 1-d.");
    return new PyTuple(iterToArray(np("moveaxis", [p.x, p.axis ?? 0, 0])));
  });

  add("apply_over_axes", (args, kw) => {
    const p = bindPy({ name: "apply_over_axes", positional: ["func", "a", "axes"], required: 3 }, args, kw);
    let val = np("asarray", [p.a]) as NDArray;
    const n = getattr(p.a, "ndim") as number;
    const axes = (np("array", [p.axes]) as NDArray).ndim === 0 ? [p.axes] : iterToArray(p.axes);
    for (let axis of axes) {
      if (truthy(compare("<", axis, 0))) axis = n + toIndex(axis);
      const res = call(p.func, [val, axis], null);
      if (getattr(res, "ndim") === val.ndim) val = res;
      else {
        const expanded = np("expand_dims", [res, axis]) as NDArray;
        if (expanded.ndim !== val.ndim) throw valueError("function is not returning an array of the correct shape");
        val = expanded;
      }
    }
    return val;
  });

  add("mask_indices", (args, kw) => {
    const p = bindPy({ name: "mask_indices", positional: ["n", "mask_func", "k"], required: 2 }, args, kw);
    const m = np("ones", [new PyTuple([p.n, p.n]), d.get("int64")]);
    const a = call(p.mask_func, [m, p.k ?? 0], null);
    return np("nonzero", [compare("!=", a, 0)]);
  });
});
