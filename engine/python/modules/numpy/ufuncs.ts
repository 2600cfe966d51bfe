// ufunc objects (np.add, np.exp, ...): calls with out=, and reduce/accumulate/outer/at.
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar } from "../../../ndarray/index";
import { typeName } from "../../objects/types";
import { KW, PyTuple } from "../../objects/core";
import { objectReduction } from "./object-reductions";
import { toIndex, truthy } from "../../objects/ops";
import { typeError, valueError } from "../../errors";
import { toNd, opnd, axisArg, toSpec, unsupported, parseNamed, toDType, numFor } from "./conv";
import { ufuncType, PyUfunc, def, prop } from "./types";
import { ufuncReduceat } from "./ufunc-reduceat";
import { gcdLcmReduce } from "../../../ndarray/gcd-lcm-reduce";

const UFUNC_DEFAULTS: Record<string, (v: any) => boolean> = {
  where: (v) => v === true,
  dtype: (v) => v === null,
  casting: (v) => v === "same_kind",
  order: (v) => v === "K",
  subok: (v) => v === true,
  signature: (v) => v === null,
};
/** the out= array of a ufunc call with keywords; keywords the engine does not honour raise instead of being ignored */
function ufuncOut(name: string, kw: KW, positional: any): NDArray | null {
  let out = positional;
  for (const [k, v] of kw!) {
    if (k === "out") {
      out = v instanceof PyTuple && v.items.length === 1 ? v.items[0] : v;
      continue;
    }
    const ok = UFUNC_DEFAULTS[k];
    if (!ok) throw typeError(`'${k}' is an invalid keyword to ufunc '${name}'`);
    unsupported(name, k, v, ok);
  }
  if (out !== null && out !== undefined && !(out instanceof NDArray)) throw typeError("return arrays must be of ArrayType");
  return out ?? null;
}

export function ufunc1(name: string, opName = name) {
  const uo = N.UNOPS[opName];
  return new PyUfunc(
    name,
    (a, kw) => {
      if (a.length < 1 || a.length > 2) throw typeError(`${name}() takes from 1 to 2 positional arguments but ${a.length} were given`);
      const out = kw ? ufuncOut(name, kw, a.length > 1 ? a[1] : null) : a.length > 1 ? a[1] : null;
      const x = opnd(a[0]);
      if (x === undefined)
        throw typeError(`loop of ufunc does not support argument 0 of type ${typeName(a[0])} which has no callable ${name} method`);
      return N.unary(uo ?? opName, x, out instanceof NDArray ? out : null);
    },
    1,
  );
}
export function ufunc2(name: string, opName = name) {
  const bo = N.BINOPS[opName];
  return new PyUfunc(
    name,
    (a, kw) => {
      if (a.length < 2 || a.length > 3)
        throw typeError(`${name}() takes from 2 to 3 positional arguments but ${a.length} ${a.length === 1 ? "was" : "were"} given`);
      const out = kw ? ufuncOut(name, kw, a.length > 2 ? a[2] : null) : a.length > 2 ? a[2] : null;
      // a Python str is an operand too (a str array's; NumPy's errors for the others)
      const x = typeof a[0] === "string" ? a[0] : opnd(a[0]),
        y = typeof a[1] === "string" ? a[1] : opnd(a[1]);
      if (x === undefined || y === undefined)
        throw typeError(`unsupported operand type(s) for ${name}: '${typeName(a[0])}' and '${typeName(a[1])}'`);
      return N.binary(bo ?? opName, x, y, out instanceof NDArray ? out : null);
    },
    2,
  );
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
def(ufuncType, "reduce", (u: PyUfunc, a, kw) => {
  const p = parseNamed("reduce", a, kw, ["array", "axis", "dtype", "out", "keepdims", "initial", "where"], 1);
  unsupported("reduce", "out", p.out);
  unsupported("reduce", "where", p.where, (v) => v === undefined || v === true);
  let arr = toNd(p.array);
  const axis = p.axis === undefined ? 0 : axisArg(p.axis);
  const o: N.ReduceOpts = {};
  if (p.keepdims !== undefined) o.keepdims = truthy(p.keepdims);
  if (p.dtype !== undefined && p.dtype !== null) o.dtype = toDType(p.dtype)!;
  if (u.name === "gcd" || u.name === "lcm") {
    if (p.initial !== undefined && p.initial !== null) o.initial = numFor(p.initial, o.dtype ?? arr.dtype);
    return gcdLcmReduce(u.name, arr, axis, o);
  }
  if (arr.dtype === "object") {
    if (o.dtype === undefined || o.dtype === "object") return objectUfuncReduce(u.name, arr, axis, !!o.keepdims, p.initial ?? undefined);
    arr = N.astype(arr, o.dtype);
  }
  if (p.initial !== undefined) o.initial = numFor(p.initial, o.dtype ?? arr.dtype);
  const logical = u.name === "logical_and" || u.name === "logical_or";
  if (logical && (o.dtype !== undefined || o.initial !== undefined))
    unsupported("reduce", o.dtype !== undefined ? "dtype" : "initial", true);
  if (u.name === "add") return N.sum(arr, axis, o);
  if (u.name === "multiply") return N.prod(arr, axis, o);
  if (u.name === "maximum") return N.max(arr, axis, o);
  if (u.name === "minimum") return N.min(arr, axis, o);
  if (u.name === "logical_and") return N.all(arr, axis, o);
  if (u.name === "logical_or") return N.any(arr, axis, o);
  throw typeError(`reduce not supported for ${u.name}`);
});
def(ufuncType, "accumulate", (u: PyUfunc, a, kw) => {
  const p = parseNamed("accumulate", a, kw, ["array", "axis", "dtype", "out"], 1);
  unsupported("accumulate", "out", p.out);
  const dtype = toDType(p.dtype) ?? undefined;
  if (dtype !== undefined && u.name !== "add" && u.name !== "multiply") unsupported("accumulate", "dtype", p.dtype);
  let arr = toNd(p.array);
  if (arr.ndim === 0) throw typeError("cannot accumulate on a scalar");
  const raw = p.axis === undefined ? 0 : p.axis;
  const axis = raw === null ? null : toIndex(raw);
  if (axis === null) arr = N.ravel(arr);
  const ax = axis === null ? 0 : axis < 0 ? axis + arr.ndim : axis;
  if (ax < 0 || ax >= arr.ndim) throw new N.NPError("AxisError", `axis ${axis} is out of bounds for array of dimension ${arr.ndim}`);
  if (arr.dtype === "object" && (dtype === undefined || dtype === "object")) return objectUfuncAccumulate(u.name, arr, ax);
  // add / multiply accumulate exactly as cumsum / cumprod (same dtype rules: booleans count as integers)
  if (u.name === "add") return N.cumsum(arr, ax, dtype);
  if (u.name === "multiply") return N.cumprod(arr, ax, dtype);
  const front = N.moveaxis(arr, ax, 0);
  const parts: NDArray[] = [];
  let prev: NDArray | NPScalar = N.getIndex(front, [{ kind: "int", i: 0 }]);
  parts.push(N.asarray(prev));
  for (let i = 1; i < front.shape[0]; i++) {
    prev = N.binary(u.name, prev, N.getIndex(front, [{ kind: "int", i }]));
    parts.push(N.asarray(prev));
  }
  return N.ascontiguousarray(N.moveaxis(N.stack(parts, 0), 0, ax));
});
def(ufuncType, "reduceat", ufuncReduceat);
def(ufuncType, "outer", (u: PyUfunc, a) => {
  const x = toNd(a[0]),
    y = toNd(a[1]);
  return N.binary(u.name, N.reshape(x, [...x.shape, ...y.shape.map(() => 1)]), y);
});
prop(ufuncType, "__name__", (u: PyUfunc) => u.name);

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
  ];
  for (const n of U1) if ((N.UNOPS as any)[n]) d.set(n, ufunc1(n));
  d.set("abs", ufunc1("absolute"));
  const U2 = Object.keys(N.BINOPS);
  for (const n of U2) d.set(n, ufunc2(n));
  if (!d.has("divide")) d.set("divide", ufunc2("divide"));
  d.set("true_divide", ufunc2("divide"));
  d.set("mod", ufunc2("remainder"));
  d.set("bitwise_not", ufunc1("invert"));
}
