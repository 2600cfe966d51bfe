// np.cumulative_sum and np.cumulative_prod (NumPy 2's array-API cumulative functions): numpy/_core/fromnumeric.py's
// _cumulative_func over the engine's add/multiply.accumulate, which charge the work. Registered lazily (./lazy.ts).
import type { NDArray } from "../../../ndarray/index";
import { PyList, type KW } from "../../objects/core";
import { call, getattr, truthy } from "../../objects/ops";
import { valueError } from "../../errors";
import { unsupported } from "./conv";
import { bindXThenKeywords } from "./signature";
import { builtinAdder } from "./types";
import { lazyNumpy } from "./lazy";

lazyNumpy.push((d) => {
  const np = (name: string, args: any[], kw: KW = null) => call(d.get(name), args, kw);
  const cumulative = (fname: string, ufunc: string, identity: number) =>
    builtinAdder(d)(fname, (args, kw) => {
      const o = bindXThenKeywords(fname, args, kw, ["axis", "dtype", "out", "include_initial"]);
      unsupported(fname, "out", o.get("out"));
      const x = np("atleast_1d", [args[0]]) as NDArray;
      let axis = o.get("axis") ?? null;
      if (axis === null) {
        if (x.ndim >= 2) throw valueError("For arrays which have more than one dimension ``axis`` argument is required.");
        axis = 0;
      }
      const res = call(
        getattr(d.get(ufunc), "accumulate"),
        [x],
        new Map<string, any>([
          ["axis", axis],
          ["dtype", o.get("dtype") ?? null],
        ]),
      ) as NDArray;
      if (!(o.has("include_initial") && truthy(o.get("include_initial")))) return res;
      const initialShape = [...x.shape];
      initialShape[axis < 0 ? axis + x.ndim : axis] = 1;
      const first = np("full_like", [res, identity], new Map([["shape", new PyList(initialShape)]]));
      return np("concatenate", [new PyList([first, res])], new Map([["axis", axis]]));
    });
  cumulative("cumulative_sum", "add", 0);
  cumulative("cumulative_prod", "multiply", 1);
});
