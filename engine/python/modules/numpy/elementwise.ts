// Elementwise functions that are not ufunc objects: round, clip, where, isclose, nan_to_num, modf.
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import { PyTuple, KW } from "../../objects/core";
import { truthy, toIndex } from "../../objects/ops";
import { valueError } from "../../errors";
import { toNd, opnd, opndStrict, num, parseArgs, parseNamed, unsupported, maxPositional, onlyKeywords } from "./conv";
import { builtinAdder } from "./types";

export function addElementwise(d: Map<string, any>): void {
  const fn = builtinAdder(d);
  const round = (a: any[], kw: KW) => {
    const p = parseArgs("round", a, kw, ["a", "decimals", "out"], 1);
    if (p[2] !== undefined && p[2] !== null && !(p[2] instanceof NDArray)) throw N.typeError("return arrays must be of ArrayType");
    const x = opnd(p[0]);
    return N.around(x, p[1] === undefined ? 0 : toIndex(p[1]), p[2] ?? null);
  };
  fn("round", round);
  fn("around", round);
  fn("clip", (a, kw) => {
    maxPositional("clip", a, 4);
    onlyKeywords("clip", kw, ["a", "a_min", "a_max", "out", "min", "max"], ["dtype", "casting", "where", "order", "subok", "signature"]);
    const p = parseNamed("clip", a, kw, ["a", "a_min", "a_max", "out", "min", "max"], 1);
    return clipCall(p.a, p.a_min, p.a_max, p.out, p.min, p.max);
  });
  fn("where", (a) => {
    if (a.length === 1) return nonzeroTuple(a[0]);
    if (a.length !== 3) throw valueError("either both or neither of x and y should be given");
    // np.where is no ufunc: all-scalar operands give a 0-d array, not a scalar
    return N.asarray(N.where3(opndStrict(a[0]), opndStrict(a[1]), opndStrict(a[2])));
  });
  fn("nonzero", (a, kw) => nonzeroTuple(parseNamed("nonzero", a, kw, ["a"], 1).a));
  fn("isclose", (a, kw) => {
    const p = parseArgs("isclose", a, kw, ["a", "b", "rtol", "atol", "equal_nan"], 2);
    return N.isclose(
      opnd(p[0]),
      opnd(p[1]),
      p[2] === undefined ? 1e-5 : num(p[2]),
      p[3] === undefined ? 1e-8 : num(p[3]),
      p[4] === undefined ? false : truthy(p[4]),
    );
  });
  fn("allclose", (a, kw) => {
    const p = parseArgs("allclose", a, kw, ["a", "b", "rtol", "atol", "equal_nan"], 2);
    const r = N.isclose(
      opnd(p[0]),
      opnd(p[1]),
      p[2] === undefined ? 1e-5 : num(p[2]),
      p[3] === undefined ? 1e-8 : num(p[3]),
      p[4] === undefined ? false : truthy(p[4]),
    );
    return truthy(r instanceof NDArray ? N.all(r) : r);
  });
  fn("array_equal", (a, kw) => {
    const p = parseNamed("array_equal", a, kw, ["a1", "a2", "equal_nan"], 2);
    const x = toNd(p.a1),
      y = toNd(p.a2);
    if (x.shape.length !== y.shape.length || x.shape.some((s, i) => s !== y.shape[i])) return false;
    let eq = N.asarray(N.binary("equal", x, y));
    // equal_nan: NaN in the same places counts as equal
    if (p.equal_nan !== undefined && truthy(p.equal_nan) && x.dtype !== "object" && y.dtype !== "object")
      eq = N.asarray(N.binary("logical_or", eq, N.binary("logical_and", N.unary("isnan", x), N.unary("isnan", y))));
    return truthy(N.all(eq));
  });
  // x and out: the result is written into out (cast to its dtype) and out returned
  const oneArg = (name: string, f: (x: any) => any) =>
    fn(name, (a, kw) => {
      const p = parseNamed(name, a, kw, ["x", "out"], 1);
      const r = f(p.x);
      if (p.out === undefined || p.out === null) return r;
      if (!(p.out instanceof NDArray)) throw N.typeError("return arrays must be of ArrayType");
      N.setIndex(p.out, [{ kind: "ellipsis" }], r);
      return p.out;
    });
  oneArg("isposinf", (x) => N.binary("logical_and", N.unary("isinf", opnd(x)), N.binary("greater", opnd(x), 0)));
  oneArg("isneginf", (x) => N.binary("logical_and", N.unary("isinf", opnd(x)), N.binary("less", opnd(x), 0)));
  oneArg("fix", (x) => N.unary("trunc", N.astype(toNd(x), "float64")));
  fn("nan_to_num", (a, kw) => {
    const p = parseArgs("nan_to_num", a, kw, ["x", "copy", "nan", "posinf", "neginf"], 1);
    unsupported("nan_to_num", "copy", p[1], (v) => v === undefined || truthy(v));
    if (N.asarray(opndStrict(p[0])).dtype === "float16")
      throw new N.NPError("NotImplementedError", `nan_to_num of float16 arrays is not supported by this engine (use .astype(np.float32))`);
    const x = N.copy(N.astype(toNd(p[0]), "float64"));
    const d = x.data as Float64Array;
    const nanv = p[2] === undefined ? 0 : num(p[2]),
      pinf = p[3] === undefined || p[3] === null ? 1.7976931348623157e308 : num(p[3]),
      ninf = p[4] === undefined || p[4] === null ? -1.7976931348623157e308 : num(p[4]);
    for (let i = 0; i < d.length; i++) {
      const v = d[i];
      d[i] = v !== v ? nanv : v === Infinity ? pinf : v === -Infinity ? ninf : v;
    }
    return x.ndim === 0 ? N.getIndex(x, []) : x;
  });
  fn("modf", (a) => {
    maxPositional("modf", a, 1);
    if (toNd(a[0]).dtype === "float16")
      throw new N.NPError("NotImplementedError", `modf of float16 arrays is not supported by this engine (use .astype(np.float32))`);
    const x = N.astype(toNd(a[0]), "float64");
    const i = N.unary("trunc", x);
    return new PyTuple([N.binary("subtract", x, i), i]);
  });
}

/** np.nonzero (np.where with one argument, ndarray.nonzero): NumPy 2 refuses a 0-d array; for a boolean one (a
 *  condition) its message adds a hint */
export function nonzeroTuple(v: any): PyTuple {
  const a = toNd(v);
  if (a.ndim === 0)
    throw valueError(
      "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead." +
        (a.dtype === "bool" ? " If the context of this error is of the form `arr[nonzero(cond)]`, just use `arr[cond]`." : ""),
    );
  return new PyTuple(N.nonzero(a));
}

/** np.clip / ndarray.clip: a_min/a_max or NumPy 2's min=/max= (not both); no bounds at all gives a copy */
export function clipCall(x: any, aMin: any, aMax: any, out: any, min: any, max: any): any {
  if ((min !== undefined || max !== undefined) && (aMin !== undefined || aMax !== undefined))
    throw valueError("Passing `min` or `max` keyword argument when `a_min` and `a_max` are provided is forbidden.");
  let lo = aMin ?? min ?? null,
    hi = aMax ?? max ?? null;
  if (out !== undefined && out !== null && !(out instanceof NDArray)) throw N.typeError("return arrays must be of ArrayType");
  // NumPy's _clip: on an integer array a Python int bound at or past the dtype's range is no bound (NEP 50 would
  // refuse it as an operand)
  const xo = opnd(x);
  const dt = xo instanceof NDArray || xo instanceof N.NPScalar ? xo.dtype : null;
  const range = dt === null ? undefined : N.INT_BOUNDS[dt];
  if (range !== undefined) {
    const pyInt = (v: any) => typeof v === "number" || typeof v === "bigint";
    if (pyInt(lo) && lo <= range[0]) lo = null;
    if (pyInt(hi) && hi >= range[1]) hi = null;
  }
  if (lo === null && hi === null) {
    const r = N.asarray(xo);
    if (out instanceof NDArray) {
      N.setIndex(out, [{ kind: "ellipsis" }], r);
      return out;
    }
    return r.ndim === 0 ? N.getIndex(r, []) : N.copy(r);
  }
  return N.clip(xo, lo === null ? null : opnd(lo), hi === null ? null : opnd(hi), out instanceof NDArray ? out : null);
}
