// ufunc objects (np.add, np.exp, ...): calls with out=, and reduce/accumulate/outer/at.
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import { typeName } from "../../objects/types";
import { KW, PyFloat, PyTuple } from "../../objects/core";
import { objectReduction } from "./object-reductions";
import { toIndex, truthy } from "../../objects/ops";
import { typeError, valueError } from "../../errors";
import { toNd, opnd, toSpec, unsupported, toDType, num, numFor } from "./conv";
import { ufuncType, PyUfunc, def, prop } from "./types";
import { ufuncReduceat } from "./ufunc-reduceat";
import { gcdLcmReduce } from "../../../ndarray/gcd-lcm-reduce";
import { IDENTITY, checkReorderable, ufuncAccumulate, ufuncReduce } from "../../../ndarray/ufunc-reduce";
import { bindNpy } from "./signature";

const UFUNC_DEFAULTS: Record<string, (v: any) => boolean> = {
  where: (v) => v === true,
  dtype: (v) => v === null,
  casting: (v) => v === "same_kind",
  order: (v) => v === "K",
  subok: (v) => v === true,
  signature: (v) => v === null,
};
/** the out= arrays of a ufunc call with `nout` outputs (`positional`: those given by position); keywords the engine
 *  does not honour raise instead of being ignored */
function ufuncOuts(name: string, kw: KW, positional: any[], nout: number): (NDArray | null)[] {
  let outs: any[] = positional;
  if (kw)
    for (const [k, v] of kw) {
      if (k === "out") {
        if (positional.length) throw typeError("cannot specify 'out' as both a positional and keyword argument");
        if (v instanceof PyTuple) {
          if (v.items.length !== nout) throw valueError("The 'out' tuple must have exactly one entry per ufunc output");
          outs = v.items;
        } else if (nout > 1 && v !== null) throw typeError("'out' must be a tuple of arrays");
        else outs = [v];
        continue;
      }
      const ok = UFUNC_DEFAULTS[k];
      if (!ok) throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
      unsupported(name, k, v, ok);
    }
  return Array.from({ length: nout }, (_, i) => {
    const o = outs[i] ?? null;
    if (o !== null && !(o instanceof NDArray)) throw typeError("return arrays must be of ArrayType");
    return o;
  });
}
const nargsError = (name: string, lo: number, hi: number, n: number) =>
  typeError(`${name}() takes from ${lo} to ${hi} positional arguments but ${n} ${n === 1 ? "was" : "were"} given`);

export function ufunc1(name: string, opName = name) {
  const uo = N.UNOPS[opName];
  return new PyUfunc(
    name,
    (a, kw) => {
      if (a.length < 1 || a.length > 2) throw nargsError(name, 1, 2, a.length);
      const out = kw ? ufuncOuts(name, kw, a.slice(1), 1)[0] : a.length > 1 ? a[1] : null;
      const x = opnd(a[0]);
      if (x === undefined)
        throw typeError(`loop of ufunc does not support argument 0 of type ${typeName(a[0])} which has no callable ${name} method`);
      return N.unary(uo ?? opName, x, out instanceof NDArray ? out : null);
    },
    1,
  );
}
/** a binary ufunc's operand: a Python str too (a str array's; NumPy's errors for the others) */
function operands(name: string, a: any[]): [any, any] {
  const x = typeof a[0] === "string" ? a[0] : opnd(a[0]),
    y = typeof a[1] === "string" ? a[1] : opnd(a[1]);
  if (x === undefined || y === undefined)
    throw typeError(`unsupported operand type(s) for ${name}: '${typeName(a[0])}' and '${typeName(a[1])}'`);
  return [x, y];
}
export function ufunc2(name: string, opName = name) {
  const bo = N.BINOPS[opName];
  return new PyUfunc(
    name,
    (a, kw) => {
      if (a.length < 2 || a.length > 3) throw nargsError(name, 2, 3, a.length);
      const out = kw ? ufuncOuts(name, kw, a.slice(2), 1)[0] : a.length > 2 ? a[2] : null;
      if (out !== null && !(out instanceof NDArray)) throw typeError("return arrays must be of ArrayType");
      const [x, y] = operands(name, a);
      return N.binary(bo ?? opName, x, y, out);
    },
    2,
  );
}
/** np.divmod: the quotient and the remainder from one loop (out=(q, r), or both by position) */
const divmodUfunc = new PyUfunc(
  "divmod",
  (a, kw) => {
    if (a.length < 2 || a.length > 4) throw nargsError("divmod", 2, 4, a.length);
    const outs = ufuncOuts("divmod", kw, a.slice(2), 2) as [NDArray | null, NDArray | null];
    const [x, y] = operands("divmod", a);
    return new PyTuple(N.divmod(x, y, false, outs));
  },
  2,
  2,
);

/** the ufuncs' identities as ufunc.identity shows them */
function identityOf(name: string): any {
  const v = IDENTITY[name];
  if (v === undefined) return null;
  if (name.startsWith("logical_")) return v !== 0;
  return v === -Infinity ? new PyFloat(v) : v;
}
/** NumPy's refusal of a method for a ufunc that is not binary or has several outputs */
function methodCheck(u: PyUfunc, method: string): void {
  if (u.nin !== 2) throw valueError(`${method} only supported for binary functions`);
  if (u.nout !== 1) throw valueError(`${method} only supported for functions returning a single value`);
}
/** ufunc.reduce's axes: none given is axis 0 (nothing for a 0-d array, which also takes 0 or -1 as nothing), None
 *  all of them, a tuple each of its own (distinct) */
function reduceAxes(v: any, nd: number): number[] {
  if (v === undefined) return nd === 0 ? [] : [0];
  if (v === null) return [...Array(nd).keys()];
  if (v instanceof PyTuple)
    return N.normAxes(
      v.items.map((x) => toIndex(x)),
      nd,
    );
  const ax = toIndex(v);
  if (nd === 0 && (ax === 0 || ax === -1)) return [];
  return [N.normAxis(ax, nd)];
}
/** the one axis of accumulate and reduceat (None is the only axis of a 1-d array) */
function oneAxis(method: string, v: any, nd: number): number {
  const axes =
    v === undefined ? [0] : v === null ? [...Array(nd).keys()] : v instanceof PyTuple ? v.items.map((x) => toIndex(x)) : [toIndex(v)];
  if (axes.length !== 1) throw valueError(`${method} does not allow multiple axes`);
  return N.normAxis(axes[0]!, nd);
}
/** the out= of a ufunc method: an array, or a tuple of one */
function methodOut(v: any): NDArray | null {
  if (v === undefined || v === null) return null;
  const o = v instanceof PyTuple && v.items.length === 1 ? v.items[0] : v;
  if (!(o instanceof NDArray)) throw typeError("return arrays must be of ArrayType");
  return o;
}
/** a method's result written into its out= array (which is returned, a 0-d one as an array) */
function intoOut(r: NDArray | N.NPScalar, out: NDArray | null): any {
  if (out === null) return r instanceof NDArray && r.ndim === 0 ? N.getIndex(r, []) : r;
  N.setIndex(out, [{ kind: "ellipsis" }], r);
  return out;
}

def(ufuncType, "__call__", (u: PyUfunc, a, kw) => u.fn(a, kw));
def(ufuncType, "__repr__", (u: PyUfunc) => `<ufunc '${u.name}'>`);
def(ufuncType, "at", (u: PyUfunc, a) => {
  // NumPy's checks, in its order
  if (a.length < 2) throw typeError(`at() takes at least 2 arguments (${a.length} given)`);
  if (u.nin === 2 && a.length < 3) throw valueError("second operand needed for ufunc");
  if (u.nin === 1 && a.length > 2) throw valueError("second operand provided when ufunc is unary");
  if (!(a[0] instanceof NDArray)) throw typeError("first operand must be array");
  N.ufuncAt(u.name, a[0], toSpec(a[1]), a.length > 2 ? opnd(a[2]) : undefined);
  return null;
});
/** reductions that reduce.ts computes (pairwise float sums, NumPy's integer widening for add and multiply) */
const FAST_REDUCE: Record<string, (a: NDArray, axis: N.Axis, o: N.ReduceOpts) => NDArray | N.NPScalar> = {
  add: N.sum,
  multiply: N.prod,
  maximum: N.max,
  minimum: N.min,
  logical_and: N.all,
  logical_or: N.any,
};
def(ufuncType, "reduce", (u: PyUfunc, a, kw) => {
  methodCheck(u, "reduce");
  const p = bindNpy("reduce", ["array", "axis", "dtype", "out", "keepdims", "initial", "where"], 1, a, kw);
  let arr = toNd(p.array);
  const axes = reduceAxes(p.axis, arr.ndim);
  const out = methodOut(p.out);
  const keepdims = p.keepdims !== undefined && truthy(p.keepdims);
  if (out !== null) {
    const expected = keepdims ? arr.ndim : arr.ndim - axes.length;
    if (out.ndim !== expected)
      throw valueError(
        `output parameter for reduction operation ${u.name} has the wrong number of dimensions: Found ${out.ndim} but expected ${expected}${keepdims ? " (must match the operand's when keepdims=True)" : ""}`,
      );
  }
  // the out= array's dtype is the loop's, as NumPy resolves it
  const dtype = (p.dtype === undefined || p.dtype === null ? null : toDType(p.dtype)) ?? out?.dtype ?? null;
  const where = p.where === undefined || p.where === true ? null : N.astype(toNd(p.where), "bool");
  const hasInitial = p.initial !== undefined && p.initial !== null;
  if (u.name === "gcd" || u.name === "lcm") {
    unsupported("reduce", "where", where);
    if (N.isInt(arr.dtype)) checkReorderable(u.name, axes.length);
    const o: N.ReduceOpts = { keepdims };
    if (dtype !== null) o.dtype = dtype;
    if (hasInitial) o.initial = numFor(p.initial, o.dtype ?? arr.dtype);
    return intoOut(gcdLcmReduce(u.name, arr, axes, o), out);
  }
  if (arr.dtype === "object") {
    if (dtype === null || dtype === "object") {
      unsupported("reduce", "where", where);
      return intoOut(objectUfuncReduce(u.name, arr, axes, keepdims, hasInitial ? p.initial : undefined) as any, out);
    }
    arr = N.astype(arr, dtype);
  }
  const fast = FAST_REDUCE[u.name];
  const logical = u.name === "logical_and" || u.name === "logical_or";
  if (fast !== undefined && where === null && !(logical && (dtype !== null || hasInitial))) {
    const o: N.ReduceOpts = { keepdims };
    if (dtype !== null) o.dtype = dtype;
    if (hasInitial) o.initial = numFor(p.initial, o.dtype ?? arr.dtype);
    return intoOut(fast(arr, axes, o), out);
  }
  const initial = hasInitial ? num(p.initial) : null;
  return intoOut(ufuncReduce(u.name, arr, axes, { dtype, initial, keepdims, where }), out);
});
def(ufuncType, "accumulate", (u: PyUfunc, a, kw) => {
  methodCheck(u, "accumulate");
  const p = bindNpy("accumulate", ["array", "axis", "dtype", "out"], 1, a, kw);
  const out = methodOut(p.out);
  const dtype = (p.dtype === undefined || p.dtype === null ? null : toDType(p.dtype)) ?? out?.dtype ?? null;
  const arr = toNd(p.array);
  if (arr.ndim === 0) throw typeError("cannot accumulate on a scalar");
  const ax = oneAxis("accumulate", p.axis, arr.ndim);
  let r: NDArray;
  if (arr.dtype === "object" && (dtype === null || dtype === "object")) r = objectUfuncAccumulate(u.name, arr, ax) as NDArray;
  // add / multiply accumulate exactly as cumsum / cumprod (same dtype rules: booleans count as integers)
  else if (u.name === "add") r = N.cumsum(arr, ax, dtype ?? undefined);
  else if (u.name === "multiply") r = N.cumprod(arr, ax, dtype ?? undefined);
  else r = ufuncAccumulate(u.name, arr, ax, dtype);
  return intoOut(r, out);
});
def(ufuncType, "reduceat", (u: PyUfunc, a, kw) => {
  methodCheck(u, "reduceat");
  return ufuncReduceat(u, a, kw);
});
def(ufuncType, "outer", (u: PyUfunc, a, kw) => {
  if (u.nin !== 2) throw valueError("outer product only supported for binary functions");
  if (a.length !== 2) throw typeError("exactly two arguments expected");
  const x = toNd(a[0]),
    y = toNd(a[1]);
  return u.fn([N.reshape(x, [...x.shape, ...y.shape.map(() => 1)]), y], kw);
});
prop(ufuncType, "__name__", (u: PyUfunc) => u.name);
prop(ufuncType, "nin", (u: PyUfunc) => u.nin);
prop(ufuncType, "nout", (u: PyUfunc) => u.nout);
prop(ufuncType, "nargs", (u: PyUfunc) => u.nin + u.nout);
prop(ufuncType, "identity", (u: PyUfunc) => identityOf(u.name));
prop(ufuncType, "signature", () => null);

/** the reduction of an object array each ufunc's reduce is (logical_and/or give objects there, not bools: not done) */
const OBJECT_REDUCE: Record<string, string> = { add: "sum", multiply: "prod", maximum: "max", minimum: "min" };
function objectUfuncReduce(ufunc: string, arr: NDArray, axis: N.Axis, keepdims: boolean, initial: unknown): unknown {
  return objectReduction(OBJECT_REDUCE[ufunc] ?? `${ufunc}.reduce`, arr, axis, keepdims, initial);
}
function objectUfuncAccumulate(ufunc: string, arr: NDArray, axis: number): unknown {
  const name = ufunc === "add" ? "cumsum" : ufunc === "multiply" ? "cumprod" : `${ufunc}.accumulate`;
  return objectReduction(name, arr, axis, false, undefined);
}

export function addUfuncs(d: Map<string, any>): void {
  const U1 = [
    "negative",
    "positive",
    "absolute",
    "sign",
    "sqrt",
    "square",
    "reciprocal",
    "exp",
    "exp2",
    "expm1",
    "log",
    "log2",
    "log10",
    "log1p",
    "sin",
    "cos",
    "tan",
    "arcsin",
    "arccos",
    "arctan",
    "sinh",
    "cosh",
    "tanh",
    "arcsinh",
    "arccosh",
    "arctanh",
    "floor",
    "ceil",
    "trunc",
    "rint",
    "isnan",
    "isinf",
    "isfinite",
    "signbit",
    "logical_not",
    "invert",
    "cbrt",
    "deg2rad",
    "rad2deg",
    "degrees",
    "radians",
    "fabs",
    "conjugate",
  ];
  for (const n of U1) if ((N.UNOPS as any)[n]) d.set(n, ufunc1(n));
  d.set("abs", ufunc1("absolute"));
  d.set("conj", d.get("conjugate"));
  const U2 = Object.keys(N.BINOPS);
  for (const n of U2) d.set(n, ufunc2(n));
  if (!d.has("divide")) d.set("divide", ufunc2("divide"));
  d.set("true_divide", ufunc2("divide"));
  d.set("mod", ufunc2("remainder"));
  d.set("bitwise_not", ufunc1("invert"));
  d.set("divmod", divmodUfunc);
}
