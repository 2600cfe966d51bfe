// np.extract, np.place and np.putmask: numpy/lib/_function_base_impl.py's extract (take of the raveled array at the
// condition's nonzero places) and the C functions _place / putmask, which write values into an array in place where a
// mask is true, the values repeated: place by the count of true places so far, putmask by the flat position.
// The writes go through a[mask] = selected values, so views write through. Registered lazily (./lazy.ts).
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import type { KW } from "../../objects/core";
import { call, getitem, setitem } from "../../objects/ops";
import { typeName } from "../../objects/types";
import { typeError, valueError } from "../../errors";
import { chargeLoop } from "../../charge";
import { checkAstypeCasting } from "../../../ndarray/casting";
import { bindPy } from "./signature";
import { builtinAdder, dtypeOf } from "./types";
import { lazyNumpy } from "./lazy";

lazyNumpy.push((d) => {
  const np = (name: string, args: any[], kw: KW = null) => call(d.get(name), args, kw);
  const fn = builtinAdder(d);

  fn("extract", (a, kw) => {
    const p = bindPy({ name: "extract", positional: ["condition", "arr"], required: 2 }, a, kw);
    const where = getitem(np("nonzero", [np("ravel", [p.condition])]), 0);
    return np("take", [np("ravel", [p.arr]), where]);
  });

  /** writes vals (converted to a's dtype) at a's true mask places; `byPosition`: putmask's values[i % n] for flat
   *  position i, else place's values[k % n] for the k-th true place */
  const assign = (fname: string, arr: NDArray, maskArg: any, valuesArg: any, byPosition: boolean): null => {
    const mask = np("asarray", [maskArg], new Map([["dtype", dtypeOf("bool")]])) as NDArray;
    if (mask.size !== arr.size) throw valueError(`${fname}: mask and data must be the same size`);
    // an array of values must cast safely (scalars and lists convert by value)
    if (valuesArg instanceof NDArray) checkAstypeCasting(valuesArg.dtype, arr.dtype, "safe");
    const vals = np("ravel", [np("array", [valuesArg], new Map([["dtype", dtypeOf(arr.dtype)]]))]) as NDArray;
    const flatMask = N.ravel(mask);
    const n = flatMask.size;
    chargeLoop(n);
    const picks: number[] = [];
    for (let i = 0; i < n; i++) if (flatMask.getFlat(i)) picks.push(byPosition ? i : picks.length);
    if (vals.size === 0) {
      if (!byPosition && picks.length > 0) throw valueError("Cannot insert from an empty array!");
      return null;
    }
    if (picks.length === 0) return null;
    const nv = vals.size;
    const index = new NDArray(
      "int64",
      [picks.length],
      Float64Array.from(picks, (i) => i % nv),
    );
    setitem(arr, N.reshape(mask, arr.shape), np("take", [vals, index]));
    return null;
  };

  fn("place", (a, kw) => {
    const p = bindPy({ name: "place", positional: ["arr", "mask", "vals"], required: 3 }, a, kw);
    if (!(p.arr instanceof NDArray)) throw typeError(`place() argument 1 must be numpy.ndarray, not ${typeName(p.arr)}`);
    return assign("place", p.arr, p.mask, p.vals, false);
  });
  fn("putmask", (a, kw) => {
    const p = bindPy({ name: "putmask", positional: ["a", "mask", "values"], required: 3 }, a, kw);
    if (!(p.a instanceof NDArray)) throw typeError("putmask: first argument must be an array");
    return assign("putmask", p.a, p.mask, p.values, true);
  });
});
