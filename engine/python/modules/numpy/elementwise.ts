// Elementwise functions that are not ufunc objects: round, clip, where, isclose, nan_to_num, fmax/fmin, modf, divmod.
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import { PyTuple, KW } from "../../objects/core";
import { truthy, toIndex } from "../../objects/ops";
import { valueError } from "../../errors";
import { toNd, opnd, opndStrict, num, parseArgs, unsupported } from "./conv";
import { builtinAdder } from "./types";

export function addElementwise(d: Map<string, any>): void {
  const fn = builtinAdder(d);
  const round = (a: any[], kw: KW) => {
    const p = parseArgs("round", a, kw, ["a", "decimals", "out"], 1);
    const x = opnd(p[0]);
    return N.around(x, p[1] === undefined ? 0 : toIndex(p[1]), p[2] instanceof NDArray ? p[2] : null);
  };
  fn("round", round);
  fn("around", round);
  fn("clip", (a, kw) => {
    const p = parseArgs("clip", a, kw, ["a", "a_min", "a_max", "out"], 1);
    return N.clip(
      opnd(p[0]),
      p[1] === null || p[1] === undefined ? null : opnd(p[1]),
      p[2] === null || p[2] === undefined ? null : opnd(p[2]),
      p[3] instanceof NDArray ? p[3] : null,
    );
  });
  fn("where", (a) => {
    if (a.length === 1) return new PyTuple(N.nonzero(toNd(a[0])));
    if (a.length !== 3) throw valueError("either both or neither of x and y should be given");
    // np.where is no ufunc: all-scalar operands give a 0-d array, not a scalar
    return N.asarray(N.where3(opndStrict(a[0]), opndStrict(a[1]), opndStrict(a[2])));
  });
  fn("nonzero", (a) => new PyTuple(N.nonzero(toNd(a[0]))));
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
  fn("array_equal", (a) => {
    const x = toNd(a[0]),
      y = toNd(a[1]);
    if (x.shape.length !== y.shape.length || x.shape.some((s, i) => s !== y.shape[i])) return false;
    return truthy(N.all(N.asarray(N.binary("equal", x, y))));
  });
  fn("isposinf", (a) => N.binary("logical_and", N.unary("isinf", opnd(a[0])), N.binary("greater", opnd(a[0]), 0)));
  fn("isneginf", (a) => N.binary("logical_and", N.unary("isinf", opnd(a[0])), N.binary("less", opnd(a[0]), 0)));
  fn("fix", (a) => N.unary("trunc", N.astype(toNd(a[0]), "float64")));
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
  fn("fmax", (a) => N.binary("fmax", opndStrict(a[0]), opndStrict(a[1])));
  fn("fmin", (a) => N.binary("fmin", opndStrict(a[0]), opndStrict(a[1])));
  fn("modf", (a) => {
    if (toNd(a[0]).dtype === "float16")
      throw new N.NPError("NotImplementedError", `modf of float16 arrays is not supported by this engine (use .astype(np.float32))`);
    const x = N.astype(toNd(a[0]), "float64");
    const i = N.unary("trunc", x);
    return new PyTuple([N.binary("subtract", x, i), i]);
  });
  fn("divmod", (a) => new PyTuple([N.binary("floor_divide", opnd(a[0]), opnd(a[1])), N.binary("remainder", opnd(a[0]), opnd(a[1]))]));
}
