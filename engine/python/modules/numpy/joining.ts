// Joining arrays: np.concatenate, stack, vstack/row_stack, hstack, dstack, column_stack, with NumPy's keyword-only
// dtype= and casting= (each input must cast to dtype under the casting rule, 'same_kind' by default).
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import { canCastDType } from "../../../ndarray/casting";
import { typeError } from "../../errors";
import { iterToArray, toIndex } from "../../objects/ops";
import { toDType, toNd, parseNamed, maxPositional, unsupported, castingArg } from "./conv";
import { builtinAdder } from "./types";
import { lazyParts } from "./lazy";
import { chargeNative } from "../../charge";

/** Per input, besides its elements' copy: made an array, its shape checked and expanded, its block placed; measured
 *  3.5–5 µs for 10^5 one-element inputs (np.stack(list(range(10**5))) ~500 ms of CPU). */
const NS_PER_JOINED_INPUT = 4000;

/** the inputs, each cast to `dtype` when one is given (NumPy's TypeError when the casting rule forbids it) */
function joinInputs(fname: string, v: any, dtype: any, casting: any): NDArray[] {
  const items = iterToArray(v);
  chargeNative(items.length * NS_PER_JOINED_INPUT);
  const arrs = items.map((x) => toNd(x));
  const rule = castingArg(casting ?? "same_kind");
  if ((dtype === undefined || dtype === null) && (rule === "same_kind" || rule === "unsafe" || !arrs.length)) return arrs;
  // without dtype=, the rule applies to the cast of each input to the common dtype
  const dt = dtype === undefined || dtype === null ? arrs.map((a) => a.dtype).reduce(N.promoteTypes) : toDType(dtype)!;
  return arrs.map((a) => {
    const ok = canCastDType(a.dtype, dt, rule);
    if (ok === null && a.dtype !== dt) unsupported(fname, "casting", casting);
    if (ok === false) throw typeError(`Cannot cast array data from dtype('${a.dtype}') to dtype('${dt}') according to the rule '${rule}'`);
    return a.dtype === dt ? a : N.astype(a, dt);
  });
}

export function addJoining(d: Map<string, any>): void {
  const fn = builtinAdder(d);
  for (const name of ["concatenate", "stack"] as const)
    fn(name, (a, kw) => {
      maxPositional(name, a, 3);
      const p = parseNamed(name, a, kw, ["arrays", "axis", "out", "dtype", "casting"], 1);
      unsupported(name, "out", p.out);
      const arrs = joinInputs(name, p.arrays, p.dtype, p.casting);
      if (name === "stack") return N.stack(arrs, p.axis === undefined ? 0 : toIndex(p.axis));
      return N.concatenate(arrs, p.axis === undefined ? 0 : p.axis === null ? null : toIndex(p.axis));
    });
  const stacker = (name: string, f: (arrs: NDArray[]) => NDArray) =>
    fn(name, (a, kw) => {
      maxPositional(name, a, 1);
      const p = parseNamed(name, a, kw, ["tup", "dtype", "casting"], 1);
      return f(joinInputs(name, p.tup, p.dtype, p.casting));
    });
  stacker("vstack", N.vstack);
  stacker("row_stack", N.vstack);
  stacker("hstack", N.hstack);
  stacker("dstack", N.dstack);
  fn("column_stack", (a, kw) =>
    N.column_stack(joinInputs("column_stack", parseNamed("column_stack", a, kw, ["tup"], 1).tup, null, undefined)),
  );
}

lazyParts.joining = addJoining; // this file loads with the stdlib chunk (engine/stdlib.ts)
