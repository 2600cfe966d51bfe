// ndarray methods and properties: reductions, reshaping, conversion, dunders, flags.
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import { PyType, PyFloat, PyList, PyTuple, PyMethodDescr, PyIterator, KW, PyInstance } from "../../objects/core";
import { objectType, floatType, intType, typeName } from "../../objects/types";
import { str as pyStr, repr as pyRepr, truthy, toIndex, call, floatToInt } from "../../objects/ops";
import { typeError, valueError, exc, excTypes } from "../../errors";
import { formatValue } from "../../objects/format";
import {
  toDType,
  opnd,
  jsToPy,
  nestedToPy,
  axisArg,
  shapeArg,
  shapeItem,
  num,
  numFor,
  toSpec,
  parseArgs,
  onlyKeywords,
  unsupported,
  castingArg,
  maxPositional,
  arrayReturn,
} from "./conv";
import { checkAstypeCasting } from "../../../ndarray/casting";
import { chargeContainer, chargeNative, BYTES } from "../../charge";

const ITER_BATCH_MASK = 1023;
const NS_PER_ITEM = 200;
import { ndarrayType, dtypeOf, def, prop } from "./types";
import { pyItem, setItem, npCompare } from "./operators";
import { strCallError } from "./str-arrays";
import { objectReduction } from "./object-reductions";
import { clipCall, nonzeroTuple } from "./elementwise";
import { partitionCall } from "./partition-call";

// ---------------------------------------------------------------- ndarray methods
/** ufunc reductions: a 0-d array takes axis 0 or -1 (as no axis) */
const UFUNC_REDUCTIONS = new Set(["sum", "prod", "max", "min", "amax", "amin", "all", "any", "ptp", "count_nonzero"]);
/** reductions along one axis (a 0-d array is taken as 1-d): an int axis only */
const ONE_AXIS = new Set(["argmax", "argmin", "cumsum", "cumprod"]);

/** The axis a reduction of `a` works on: NumPy's rules for a 0-d array, one int axis for argmax and the cumulations. */
function reductionAxis(name: string, a: NDArray, pyAxis: any): N.Axis {
  if (ONE_AXIS.has(name) && (pyAxis instanceof PyTuple || pyAxis instanceof PyList))
    throw typeError(`'${pyAxis instanceof PyTuple ? "tuple" : "list"}' object cannot be interpreted as an integer`);
  const axis = axisArg(pyAxis);
  if (a.ndim !== 0 || typeof axis !== "number") return axis;
  if (ONE_AXIS.has(name)) N.normAxis(axis, 1);
  else if (UFUNC_REDUCTIONS.has(name) && axis !== 0 && axis !== -1) N.normAxes(axis, 0);
  else if (!UFUNC_REDUCTIONS.has(name)) return axis;
  return null;
}

/** each reduction's parameters after `a`, in NumPy's order */
const SUM_PARAMS = ["axis", "dtype", "out", "keepdims", "initial", "where"];
const MAX_PARAMS = ["axis", "out", "keepdims", "initial", "where"];
const ARG_PARAMS = ["axis", "out", "keepdims"];
const CUM_PARAMS = ["axis", "dtype", "out"];
const PARAMS: Record<string, string[]> = {
  sum: SUM_PARAMS,
  prod: SUM_PARAMS,
  max: MAX_PARAMS,
  min: MAX_PARAMS,
  amax: MAX_PARAMS,
  amin: MAX_PARAMS,
  mean: ["axis", "dtype", "out", "keepdims", "where"],
  std: ["axis", "dtype", "out", "ddof", "keepdims", "where", "mean", "correction"],
  var: ["axis", "dtype", "out", "ddof", "keepdims", "where", "mean", "correction"],
  all: ["axis", "out", "keepdims", "where"],
  any: ["axis", "out", "keepdims", "where"],
  argmax: ARG_PARAMS,
  argmin: ARG_PARAMS,
  ptp: ARG_PARAMS,
  cumsum: CUM_PARAMS,
  cumprod: CUM_PARAMS,
  count_nonzero: ["axis", "keepdims"],
};

/** how many of a reduction's parameters may be given by position (the rest are keyword-only, as `where` of mean) */
const POSITIONAL: Record<string, number> = { mean: 4, std: 5, var: 5, all: 3, any: 3, argmax: 2, argmin: 2 };

export function reduceCall(name: string, a: NDArray, args: any[], kw: KW): any {
  if (args.length === 0 && kw === null && a.dtype !== "object" && !N.isStr(a.dtype)) {
    // no axis/options: skip argument parsing (np.mean(x), x.sum())
    switch (name) {
      case "sum":
        return N.sum(a, undefined, NOOPTS);
      case "mean":
        return N.mean(a, undefined, NOOPTS);
      case "max":
        return N.max(a, undefined, NOOPTS);
      case "min":
        return N.min(a, undefined, NOOPTS);
    }
  }
  const names = PARAMS[name] ?? SUM_PARAMS;
  if (POSITIONAL[name] !== undefined) maxPositional(name, args, POSITIONAL[name]!);
  const p = parseArgs(name, args, kw, names);
  unsupported(name, "out", p[names.indexOf("out")]);
  unsupported(name, "where", p[names.indexOf("where")], (v) => v === undefined || v === true);
  const o: any = {};
  const kd = p[names.indexOf("keepdims")],
    dt = p[names.indexOf("dtype")],
    dd = p[names.indexOf("ddof")],
    ini = p[names.indexOf("initial")] ?? undefined;
  if (kd !== undefined) o.keepdims = truthy(kd);
  if (dt !== undefined && dt !== null) o.dtype = toDType(dt);
  if (dd !== undefined) o.ddof = num(dd);
  if (name === "std" || name === "var") {
    unsupported(name, "mean", p[names.indexOf("mean")]);
    // NumPy's integer-dtype variance truncates at each of its steps; only float dtypes are modelled
    unsupported(name, "dtype", dt, (v) => v === undefined || v === null || N.isFloat(o.dtype));
    // correction is the Array API's name for ddof
    const corr = p[names.indexOf("correction")];
    if (corr !== undefined) {
      if (dd !== undefined) throw valueError("ddof and correction can't be provided simultaneously.");
      o.ddof = num(corr);
    }
  }
  const axis = reductionAxis(name, a, p[0]);
  if (a.dtype === "object") {
    if (o.dtype === undefined || o.dtype === "object") return objectReduction(name, a, axis, !!o.keepdims, ini);
    a = N.astype(a, o.dtype);
  }
  if (N.isStr(a.dtype)) {
    // argmax/argmin compare str, any/all/count_nonzero test truth (non-empty); the others have no str loop (but prod
    // with a numeric dtype casts first)
    if (name === "argmax" || name === "argmin") return objectReduction(name, a, axis, !!o.keepdims, ini);
    if (name === "any" || name === "all" || name === "count_nonzero") a = N.asarray(N.binary("not_equal", a, "" as any));
    else if (name === "prod" && o.dtype !== undefined && !N.isStr(o.dtype)) a = N.astype(a, o.dtype);
    else {
      if (axis !== null && axis !== undefined) N.normAxes(axis, a.ndim);
      throw strCallError(name, a, "ndarray.");
    }
  }
  if (ini !== undefined) o.initial = numFor(ini, o.dtype ?? a.dtype);
  const r = numericReduction(name, a, axis, o);
  // a 0-d result is a NumPy scalar, also with keepdims (a 0-d array's reduction)
  return arrayReturn(r);
}

function numericReduction(name: string, a: NDArray, axis: N.Axis, o: N.ReduceOpts): any {
  let r: any;
  switch (name) {
    case "sum":
      r = N.sum(a, axis, o);
      break;
    case "mean":
      r = N.mean(a, axis, o);
      break;
    case "max":
    case "amax":
      r = N.max(a, axis, o);
      break;
    case "min":
    case "amin":
      r = N.min(a, axis, o);
      break;
    case "prod":
      r = N.prod(a, axis, o);
      break;
    case "std":
      r = N.std(a, axis, o);
      break;
    case "var":
      r = N.var_(a, axis, o);
      break;
    case "all":
      r = N.all(a, axis, o);
      break;
    case "any":
      r = N.any(a, axis, o);
      break;
    case "argmax":
      r = N.argmax(a, axis as any, o);
      break;
    case "argmin":
      r = N.argmin(a, axis as any, o);
      break;
    case "cumsum":
      r = N.cumsum(a, axis as any, o.dtype);
      break;
    case "cumprod":
      r = N.cumprod(a, axis as any, o.dtype);
      break;
    case "ptp":
      r = N.ptp(a, axis, o);
      break;
    case "count_nonzero":
      r = N.count_nonzero(a, axis, o);
      break;
    default:
      throw typeError(name);
  }
  return r;
}
const NOOPTS = Object.freeze({}) as any;
export const REDUCTIONS = ["sum", "mean", "max", "min", "prod", "std", "var", "all", "any", "argmax", "argmin", "cumsum", "cumprod", "ptp"];
/** the name NumPy's TypeError gives for an unknown keyword of a reduction method: its Python wrapper's (`_sum`) */
const METHOD_WRAPPER: Record<string, string> = {
  sum: "_sum",
  mean: "_mean",
  max: "_amax",
  min: "_amin",
  std: "_std",
  var: "_var",
  prod: "_prod",
  any: "_any",
  all: "_all",
};

function methodKeywords(name: string, kw: KW): void {
  if (kw)
    for (const k of kw.keys()) {
      // correction= is np.std/np.var's only, not the methods'
      if ((PARAMS[name] ?? SUM_PARAMS).includes(k) && k !== "correction") continue;
      // cumsum and cumprod parse their arguments in C (PyArg_ParseTupleAndKeywords)
      if (name === "cumsum" || name === "cumprod") throw typeError(`'${k}' is an invalid keyword argument for ${name}()`);
      throw typeError(`${METHOD_WRAPPER[name] ?? name}() got an unexpected keyword argument '${k}'`);
    }
}

// ptp is a function only: NumPy 2 removed the method
for (const r of REDUCTIONS)
  if (r !== "ptp")
    def(ndarrayType, r, (s, a, kw) => {
      methodKeywords(r, kw);
      return reduceCall(r, s, a, kw);
    });

export function shapeFromArgs(a: any[]): number[] {
  if (a.length === 1 && typeof a[0] !== "number") return shapeArg(a[0]);
  const n = a.length,
    r = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    r[i] = typeof x === "number" ? x : shapeItem(x);
  }
  return r;
}
const nd = ndarrayType;
/** NumPy's order argument: 'F' means column-major; 'C', 'A' and 'K' read our (C-ordered) layouts row-major */
export function orderArg(o: any): "C" | "F" {
  if (o === undefined || o === null) return "C";
  const v = pyStr(o);
  if (!["C", "F", "A", "K"].includes(v.toUpperCase()) || v.length !== 1)
    throw valueError(`order must be one of 'C', 'F', 'A', or 'K' (got '${v}')`);
  return v.toUpperCase() === "F" ? "F" : "C";
}
/** column-major reshape: the C-order reshape of the transposed array with the reversed shape, transposed back */
export function reshapeOrder(s: NDArray, shape: number[], order: "C" | "F"): NDArray {
  if (order === "C") return N.reshape(s, shape);
  return N.transpose(N.reshape(N.transpose(s), shape.slice().reverse()));
}
export const flatOrder = (s: NDArray, order: "C" | "F", copy: boolean) =>
  order === "F" ? N.flatten(N.transpose(s)) : copy ? N.flatten(s) : N.ravel(s);
def(nd, "reshape", (s: NDArray, a, kw) => {
  onlyKeywords("reshape", kw, ["shape", "order"], ["copy"]);
  if (!a.length && kw?.has("shape")) a = [kw.get("shape")];
  return reshapeOrder(s, shapeFromArgs(a), orderArg(kw?.get("order")));
});
def(nd, "transpose", (s: NDArray, a) =>
  a.length === 0 || (a.length === 1 && a[0] === null) ? N.transpose(s) : N.transpose(s, shapeFromArgs(a)),
);
def(nd, "swapaxes", (s: NDArray, a) => {
  if (a.length !== 2) throw typeError(`swapaxes() takes exactly 2 arguments (${a.length} given)`);
  return N.swapaxes(s, toIndex(a[0]), toIndex(a[1]));
});
def(nd, "flatten", (s: NDArray, a, kw) => flatOrder(s, orderArg(parseArgs("flatten", a, kw, ["order"])[0]), true));
def(nd, "ravel", (s: NDArray, a, kw) => flatOrder(s, orderArg(parseArgs("ravel", a, kw, ["order"])[0]), false));
def(nd, "squeeze", (s: NDArray, a, kw) => N.squeeze(s, axisArg(parseArgs("squeeze", a, kw, ["axis"])[0]) as any));
def(nd, "copy", (s: NDArray, a, kw) => copyInOrder(s, parseArgs("copy", a, kw, ["order"])[0]));

/** laid out in Fortran order only: what order 'K' and 'A' keep */
export const onlyFortran = (a: NDArray) => !a.contig && fContiguous(a);

/** a.copy(order): an owning copy laid out in C or Fortran order ('K' and 'A' keep a Fortran-ordered source's order) */
export function copyInOrder(s: NDArray, order: any): NDArray {
  const o = order === undefined || order === null ? "C" : pyStr(order).toUpperCase();
  orderArg(o);
  const fortran = o === "F" || ((o === "A" || o === "K") && onlyFortran(s));
  if (o === "K" && !s.contig && !fContiguous(s))
    throw new N.NPError(
      "NotImplementedError",
      "copy(order='K') of an array that is neither C- nor Fortran-contiguous is not supported by this engine",
    );
  if (!fortran) return N.copy(s);
  const t = N.copy(N.transpose(s));
  return new NDArray(s.dtype, s.shape.slice(), t.data, t.strides.slice().reverse(), 0);
}
def(nd, "view", (s: NDArray, a, kw) => {
  onlyKeywords("view", kw, ["dtype", "type"]);
  const args = [a[0] ?? kw?.get("dtype"), a[1] ?? kw?.get("type")];
  for (const v of args) {
    if (v === undefined || v === null || v === nd) continue;
    // a new dtype reads the same bytes differently, and writes through either array show in the other: this
    // engine's arrays hold values, not bytes, so it refuses rather than hand back converted or unshared values
    const dt = toDType(v);
    if (dt !== s.dtype)
      throw new N.NPError(
        "NotImplementedError",
        `ndarray.view(${dt}) reinterprets the array's bytes, which this engine does not support; to convert the values use .astype(${dt})`,
      );
  }
  return s.view();
});
def(nd, "astype", (s: NDArray, a, kw) => {
  const p = parseArgs("astype", a, kw, ["dtype", "order", "casting", "subok", "copy"], 1);
  // subok only matters for ndarray subclasses, which this engine has none of
  const dt = toDType(p[0])!;
  astypeCasting(s, dt, p[2]);
  const order = p[1] === undefined || p[1] === null ? "K" : pyStr(p[1]).toUpperCase();
  orderArg(order);
  const r = N.astype(s, dt, p[4] === undefined ? true : truthy(p[4]));
  // the copy's layout: 'F', or 'K'/'A' of a Fortran-ordered array, is column-major
  const fortran = order === "F" || ((order === "K" || order === "A") && onlyFortran(s));
  if (fortran && !fContiguous(r)) return copyInOrder(r, "F");
  if (order === "C" && !r.contig) return N.ascontiguousarray(r);
  return r;
});
function astypeCasting(s: NDArray, to: N.DType, casting: any): void {
  if (casting !== undefined) checkAstypeCasting(s.dtype, to, castingArg(casting, true));
}
def(nd, "dot", (s: NDArray, a, kw) => {
  const p = parseArgs("dot", a, kw, ["b", "out"], 1);
  unsupported("dot", "out", p[1]);
  return N.dot(s, opnd(p[0]));
});
/** searchsorted's side=, checked as NumPy's converter does (None is not the default: a TypeError too) */
export function searchSide(v: any): "left" | "right" {
  if (v === undefined || v === "left" || v === "right") return v ?? "left";
  if (typeof v !== "string") throw typeError(`search side must be str, not ${typeName(v)}`);
  if (/^[lr]/i.test(v)) throw valueError("search side must be one of 'left' or 'right'");
  throw valueError(`search side must be 'left' or 'right' (got ${pyRepr(v)})`);
}
def(nd, "searchsorted", (s: NDArray, a, kw) => {
  const p = parseArgs("searchsorted", a, kw, ["v", "side", "sorter"], 1);
  const side = searchSide(p[1]);
  const arr = p[2] === undefined || p[2] === null ? s : (N.take(s, N.asarray(opnd(p[2])), null) as NDArray);
  return N.searchsorted(arr, opnd(p[0]), side);
});
def(nd, "clip", (s: NDArray, a, kw) => {
  const p = parseArgs("clip", a, kw, ["min", "max", "out"]);
  return clipCall(s, undefined, undefined, p[2], p[0], p[1]);
});
def(nd, "round", (s: NDArray, a, kw) => {
  const p = parseArgs("round", a, kw, ["decimals", "out"]);
  if (p[1] !== undefined && p[1] !== null && !(p[1] instanceof NDArray)) throw typeError("return arrays must be of ArrayType");
  return N.around(s, p[0] === undefined ? 0 : toIndex(p[0]), p[1] ?? null);
});
def(nd, "tolist", (s: NDArray, a) => {
  maxPositional("tolist", a, 0);
  chargeContainer(s.size, BYTES.converted, 300);
  return nestedToPy(s.dtype, N.tolist(s));
});
def(nd, "item", (s: NDArray, a) =>
  jsToPy(s.dtype, N.item(s, ...(a.length === 1 && a[0] instanceof PyTuple ? a[0].items : a).map((x) => toIndex(x)))),
);
def(nd, "fill", (s: NDArray, a) => {
  if (a.length !== 1) throw typeError(`fill() takes exactly 1 argument (${a.length} given)`);
  N.setIndex(s, [{ kind: "ellipsis" }], typeof a[0] === "string" ? a[0] : opnd(a[0]));
  return null;
});
/** sort/argsort's (axis, kind, order, *, stable): the axis; kind picks an algorithm only (all sorts here are stable) */
function sortAxis(name: string, a: any[], kw: KW): any {
  const p = parseArgs(name, a, kw, ["axis", "kind", "order", "stable"]);
  maxPositional(name, a, 3);
  unsupported(name, "order", p[2]);
  return p[0];
}
def(nd, "sort", (s: NDArray, a, kw) => {
  const ax = sortAxis("sort", a, kw);
  const axis = ax === undefined ? -1 : (axisArg(ax) as any);
  // NumPy checks the axis first
  if (typeof axis === "number" && s.ndim > 0) N.normAxis(axis, s.ndim);
  if (!s.writeable) throw valueError("sort array is read-only");
  const r = N.sort(s, axis);
  N.setIndex(s, [{ kind: "ellipsis" }], r);
  return null;
});
def(nd, "argsort", (s: NDArray, a, kw) => {
  const ax = sortAxis("argsort", a, kw);
  return N.argsort(s, ax === undefined ? -1 : (axisArg(ax) as any));
});
def(nd, "partition", (s: NDArray, a, kw) => {
  const p = parseArgs("partition", a, kw, ["kth", "axis", "kind", "order"], 1);
  if (!s.writeable) throw valueError("partition array is read-only");
  N.setIndex(s, [{ kind: "ellipsis" }], partitionCall(false, s, p[0], p[1], p[2], p[3]));
  return null;
});
def(nd, "argpartition", (s: NDArray, a, kw) => {
  const p = parseArgs("argpartition", a, kw, ["kth", "axis", "kind", "order"], 1);
  return partitionCall(true, s, p[0], p[1], p[2], p[3]);
});
def(nd, "nonzero", (s: NDArray, a) => (maxPositional("nonzero", a, 0), nonzeroTuple(s)));
def(nd, "repeat", (s: NDArray, a, kw) => {
  const p = parseArgs("repeat", a, kw, ["repeats", "axis"], 1);
  return N.repeat(s, p[0] instanceof PyList || p[0] instanceof PyTuple ? shapeArg(p[0]) : toIndex(p[0]), (axisArg(p[1]) as any) ?? null);
});
def(nd, "diagonal", (s: NDArray) => N.diag(s));
// real arrays only (the engine has no complex dtypes): NumPy returns the array itself; its one argument is out
for (const name of ["conj", "conjugate"])
  def(nd, name, (s: NDArray, a: any[], kw: KW) => {
    if (kw?.size) throw typeError(`ndarray.${name}() takes no keyword arguments`);
    if (a.length > 1) throw typeError(`conjugate() takes at most 1 argument (${a.length} given)`);
    if (a.length === 0 || a[0] === null) return s;
    if (!(a[0] instanceof NDArray)) throw typeError("output must be an array");
    throw exc(excTypes.get("NotImplementedError")!, `ndarray.${name}(out) is not supported by this engine`);
  });
def(nd, "__len__", (s: NDArray) => {
  if (s.ndim === 0) throw typeError("len() of unsized object");
  return s.shape[0];
});
def(nd, "__getitem__", (s: NDArray, a) => pyItem(N.getIndex(s, toSpec(a[0]))));
def(nd, "__setitem__", (s: NDArray, a) => {
  setItem(s, a[0], a[1]);
  return null;
});
def(nd, "__iter__", (s: NDArray) => {
  if (s.ndim === 0) throw typeError("iteration over a 0-d array");
  let i = 0;
  const n = s.shape[0];
  return new PyIterator(() => {
    if (i >= n) return undefined;
    // each item is a new NumPy scalar or view (~200 ns): charged per batch, before the batch is made
    if ((i & ITER_BATCH_MASK) === 0) chargeNative(Math.min(n - i, ITER_BATCH_MASK + 1) * NS_PER_ITEM);
    return pyItem(N.getIndex(s, [{ kind: "int", i: i++ }]));
  }, "iterator");
});
def(nd, "__contains__", (s: NDArray, a) =>
  truthy(N.any(N.asarray(N.isStr(s.dtype) ? npCompare("==", s, a[0]) : N.binary("equal", s, opnd(a[0]))))),
);
def(nd, "__bool__", (s: NDArray) => {
  if (s.size === 1) return truthy(N.getIndex(N.ravel(s), [{ kind: "int", i: 0 }]));
  if (s.size === 0)
    throw valueError("The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.");
  throw valueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
});
def(nd, "__float__", (s: NDArray) => {
  if (s.ndim !== 0) throw typeError("only 0-dimensional arrays can be converted to Python scalars");
  // an object array's element converts as Python's float() converts it
  if (s.dtype === "object") return call(floatType, [s.getFlat(0)], null);
  return new PyFloat(Number(s.getFlat(0)));
});
def(nd, "__int__", (s: NDArray) => {
  if (s.ndim !== 0) throw typeError("only 0-dimensional arrays can be converted to Python scalars");
  if (s.dtype === "object") return call(intType, [s.getFlat(0)], null);
  return floatToInt(Number(s.getFlat(0)));
});
def(nd, "__index__", (s: NDArray) => {
  if (s.ndim !== 0 || !N.isInt(s.dtype)) throw typeError("only integer scalar arrays can be converted to a scalar index");
  return s.getFlat(0);
});
def(nd, "__repr__", (s: NDArray) => N.arrayRepr(s));
def(nd, "__str__", (s: NDArray) => N.arrayStr(s));
// a 0-d array formats its element as a Python object (its .item(): a float32 0-d array as the double it holds, a str
// one as a str); any other array takes object.__format__ (str(a) for an empty spec, a TypeError for any other)
def(nd, "__format__", (s: NDArray, a) => {
  const spec = pyStr(a[0]);
  if (s.ndim === 0) return formatValue(jsToPy(s.dtype, s.getFlat(0)), spec);
  if (spec === "") return N.arrayStr(s);
  throw typeError("unsupported format string passed to numpy.ndarray.__format__");
});
def(nd, "__copy__", (s: NDArray) => N.copy(s));
def(nd, "__deepcopy__", (s: NDArray) => N.copy(s));
nd.dict.set("__hash__", null);
prop(
  nd,
  "shape",
  (s: NDArray) => new PyTuple(s.shape.slice()),
  (s: NDArray, v) => {
    const r = N.reshape(s, shapeArg(v));
    if (r.data !== s.data)
      throw exc(
        excTypes.get("AttributeError")!,
        "Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.",
      );
    s.shape = r.shape;
    s.strides = r.strides;
  },
);
prop(nd, "ndim", (s: NDArray) => s.ndim);
prop(nd, "size", (s: NDArray) => s.size);
prop(nd, "dtype", (s: NDArray) => dtypeOf(s.dtype));
prop(nd, "T", (s: NDArray) => s.T);
// a view's base is the array that owns the memory (NumPy collapses chains of views); a copy has none
prop(nd, "base", (s: NDArray) => s.base ?? null);
const flagsType = new PyType("flagsobj", [objectType]);
flagsType.module = "numpy";
export function fContiguous(a: NDArray): boolean {
  if (a.size === 0) return true;
  let expected = 1;
  for (let i = 0; i < a.ndim; i++) {
    if (a.shape[i] !== 1 && a.strides[i] !== expected) return false;
    expected *= a.shape[i]!;
  }
  return true;
}
const FLAG_NAMES: Record<string, string> = {
  C: "C_CONTIGUOUS",
  F: "F_CONTIGUOUS",
  O: "OWNDATA",
  W: "WRITEABLE",
  A: "ALIGNED",
  X: "WRITEBACKIFCOPY",
  CONTIGUOUS: "C_CONTIGUOUS",
  FORTRAN: "F_CONTIGUOUS",
};
function flagValue(a: NDArray, key: string): boolean {
  switch (FLAG_NAMES[key] ?? key) {
    case "C_CONTIGUOUS":
      return a.contig;
    case "F_CONTIGUOUS":
      return fContiguous(a);
    case "OWNDATA":
      return !a.base;
    case "WRITEABLE":
      return a.writeable;
    case "ALIGNED":
      return true;
    case "WRITEBACKIFCOPY":
      return false;
    default:
      throw exc(excTypes.get("KeyError")!, `Unknown flag ${key}`);
  }
}
prop(nd, "flags", (s: NDArray) => {
  const f = new PyInstance(flagsType) as any;
  f.arr = s;
  return f;
});
flagsType.dict.set("__getitem__", new PyMethodDescr("__getitem__", (f: any, a) => flagValue(f.arr, pyStr(a[0]))));
flagsType.dict.set(
  "__repr__",
  new PyMethodDescr(
    "__repr__",
    (f: any) =>
      ["C_CONTIGUOUS", "F_CONTIGUOUS", "OWNDATA", "WRITEABLE", "ALIGNED", "WRITEBACKIFCOPY"]
        .map((k) => `  ${k} : ${flagValue(f.arr, k) ? "True" : "False"}`)
        .join("\n") + "\n",
  ),
);
for (const [attr, key] of [
  ["c_contiguous", "C_CONTIGUOUS"],
  ["f_contiguous", "F_CONTIGUOUS"],
  ["owndata", "OWNDATA"],
  ["aligned", "ALIGNED"],
  ["writeable", "WRITEABLE"],
] as const) {
  prop(
    flagsType,
    attr,
    (f: any) => flagValue(f.arr, key),
    attr === "writeable"
      ? (f: any, v) => {
          f.arr.writeable = truthy(v);
        }
      : undefined,
  );
}
prop(nd, "itemsize", (s: NDArray) => N.itemsize(s.dtype));
prop(nd, "nbytes", (s: NDArray) => N.itemsize(s.dtype) * s.size);
prop(nd, "flat", (s: NDArray) => N.ravel(s));
prop(nd, "real", (s: NDArray) => s);
prop(nd, "strides", (s: NDArray) => new PyTuple(s.strides.map((x) => x * N.itemsize(s.dtype))));
