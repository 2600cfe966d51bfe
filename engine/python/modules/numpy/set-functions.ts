// NumPy 2's array-API unique functions (unique_all, unique_counts, unique_inverse, unique_values) and np.setxor1d:
// numpy/lib/_arraysetops_impl.py over the engine's np.unique, sort and concatenate, which charge the work.
// unique_values asks np.unique for sorted=False, which NumPy answers from a hash table for integer and str arrays, in
// the table's order: those are refused rather than sorted. Registered lazily (./lazy.ts).
import type { NDArray } from "../../../ndarray/index";
import * as N from "../../../ndarray/index";
import { PyList, PySlice, PyTuple, type KW } from "../../objects/core";
import { binop, call, compare, getitem, truthy } from "../../objects/ops";
import { exc, excTypes } from "../../errors";
import { resultType } from "./linalg";
import { bindPy } from "./signature";
import { builtinAdder } from "./types";
import { lazyNumpy } from "./lazy";

const MODULE = "numpy.lib._arraysetops_impl";

lazyNumpy.push((d) => {
  const np = (name: string, args: any[], kw: KW = null) => call(d.get(name), args, kw);
  const fn = builtinAdder(d);
  // equal_nan=False only tells NaNs apart; the engine's unique always merges them, so a NaN is refused
  const unique = (x: any, index: boolean, inverse: boolean, counts: boolean): any[] => {
    const arr = np("asarray", [x]) as NDArray;
    if (N.isFloat(arr.dtype) && truthy(np("any", [np("isnan", [arr])])))
      throw exc(
        excTypes.get("NotImplementedError")!,
        "equal_nan=False (the array API's unique functions) on an array with NaNs is not supported by this engine",
      );
    const r = np(
      "unique",
      [x],
      new Map<string, any>([
        ["return_index", index],
        ["return_inverse", inverse],
        ["return_counts", counts],
      ]),
    );
    return r instanceof PyTuple ? r.items : [r];
  };
  const positionalOnlyX = (name: string, a: any[], kw: KW) => {
    if (kw?.size) {
      if (kw.has("x")) throw N.typeError(`${name}() got some positional-only arguments passed as keyword arguments: 'x'`);
      throw N.typeError(`${name}() got an unexpected keyword argument '${[...kw.keys()][0]}'`);
    }
    if (a.length !== 1)
      throw N.typeError(
        a.length === 0
          ? `${name}() missing 1 required positional argument: 'x'`
          : `${name}() takes 1 positional argument but ${a.length} were given`,
      );
    return a[0];
  };
  const all = resultType("UniqueAllResult", ["values", "indices", "inverse_indices", "counts"], MODULE);
  const countsResult = resultType("UniqueCountsResult", ["values", "counts"], MODULE);
  const inverseResult = resultType("UniqueInverseResult", ["values", "inverse_indices"], MODULE);
  fn("unique_all", (a, kw) => all(unique(positionalOnlyX("unique_all", a, kw), true, true, true)));
  fn("unique_counts", (a, kw) => countsResult(unique(positionalOnlyX("unique_counts", a, kw), false, false, true)));
  fn("unique_inverse", (a, kw) => inverseResult(unique(positionalOnlyX("unique_inverse", a, kw), false, true, false)));
  fn("unique_values", (a, kw) => {
    const x = np("asarray", [positionalOnlyX("unique_values", a, kw)]) as NDArray;
    if (!N.isFloat(x.dtype) && x.dtype !== "object")
      throw exc(
        excTypes.get("NotImplementedError")!,
        `np.unique_values() of ${N.isStr(x.dtype) ? "str" : x.dtype} arrays is not supported by this engine: NumPy returns them in its hash table's order`,
      );
    return unique(x, false, false, false)[0];
  });
  fn("setxor1d", (a, kw) => {
    const p = bindPy({ name: "setxor1d", positional: ["ar1", "ar2", "assume_unique"], required: 2 }, a, kw);
    let ar1 = p.ar1,
      ar2 = p.ar2;
    if (p.assume_unique === undefined || !truthy(p.assume_unique)) {
      ar1 = np("unique", [ar1]);
      ar2 = np("unique", [ar2]);
    }
    const aux = np("concatenate", [new PyTuple([ar1, ar2])], new Map([["axis", null]])) as NDArray;
    if (aux.size === 0) return aux;
    const sorted = np("sort", [aux]);
    const tail = new PySlice(1, null, null),
      head = new PySlice(null, -1, null);
    const flag = np("concatenate", [
      new PyTuple([
        np("array", [new PyList([true])]),
        compare("!=", getitem(sorted, tail), getitem(sorted, head)),
        np("array", [new PyList([true])]),
      ]),
    ]);
    return getitem(sorted, binop("&", getitem(flag, tail), getitem(flag, head)));
  });
});
