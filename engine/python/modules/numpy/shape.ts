// Shape manipulation, joining/splitting, sorting/searching and array queries (np.reshape, np.concatenate, np.sort, np.shape, ...).
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar } from "../../../ndarray/index";
import { PyList, PyTuple } from "../../objects/core";
import { truthy, toIndex, iterToArray, isNumber } from "../../objects/ops";
import {
  toNd,
  opnd,
  axisArg,
  shapeArg,
  isBool,
  numFor,
  parseArgs,
  parseNamed,
  onlyKeywords,
  unsupported,
  maxPositional,
  takeIndices,
  arrayReturn,
} from "./conv";
import { builtinAdder } from "./types";
import { orderArg, reshapeOrder, flatOrder, searchSide } from "./ndarray-methods";
import { lazyParts } from "./lazy";
import { asPairs, checkPadKeywords } from "./pad-args";

const numericDtype = (dt: N.DType) => dt !== "object" && !N.isStr(dt);

/**
 * NumPy's _wrapfunc calls the argument's own method: a NumPy scalar's methods give a scalar where the result is 0-d,
 * while a Python number or a 0-d array gives a 0-d array.
 */
function sameKind(input: unknown, r: NDArray | NPScalar): NDArray | NPScalar {
  return input instanceof NPScalar ? arrayReturn(r) : r;
}

export function addShape(d: Map<string, any>): void {
  const fn = builtinAdder(d);
  fn("reshape", (a, kw) => {
    const p = parseArgs("reshape", a, kw, ["a", "newshape", "order", "shape"], 1);
    return sameKind(p[0], reshapeOrder(toNd(p[0]), shapeArg(p[1] ?? p[3]), orderArg(p[2])));
  });
  fn("transpose", (a, kw) => {
    const p = parseArgs("transpose", a, kw, ["a", "axes"], 1);
    return sameKind(p[0], N.transpose(toNd(p[0]), p[1] === undefined || p[1] === null ? null : shapeArg(p[1])));
  });
  fn("swapaxes", (a, kw) => {
    const p = parseNamed("swapaxes", a, kw, ["a", "axis1", "axis2"], 3);
    return N.swapaxes(toNd(p.a), toIndex(p.axis1), toIndex(p.axis2));
  });
  fn("moveaxis", (a, kw) => {
    const p = parseNamed("moveaxis", a, kw, ["a", "source", "destination"], 3);
    return sameKind(p.a, N.moveaxis(toNd(p.a), axisArg(p.source) as any, axisArg(p.destination) as any));
  });
  fn("ravel", (a, kw) => {
    const p = parseNamed("ravel", a, kw, ["a", "order"], 1);
    return flatOrder(toNd(p.a), orderArg(p.order), false);
  });
  fn("squeeze", (a, kw) => {
    const p = parseNamed("squeeze", a, kw, ["a", "axis"], 1);
    return sameKind(p.a, N.squeeze(toNd(p.a), axisArg(p.axis) as any));
  });
  fn("expand_dims", (a, kw) => {
    const p = parseNamed("expand_dims", a, kw, ["a", "axis"], 2);
    return N.expand_dims(toNd(p.a), axisArg(p.axis) as any);
  });
  // np.atleast_1d(x, y) gives a tuple of arrays, one per argument
  for (const [name, f] of [
    ["atleast_1d", N.atleast_1d],
    ["atleast_2d", N.atleast_2d],
    ["atleast_3d", N.atleast_3d],
  ] as const)
    fn(name, (a, kw) => {
      onlyKeywords(name, kw, []);
      return a.length === 1 ? f(toNd(a[0])) : new PyTuple(a.map((x) => f(toNd(x))));
    });
  const splitArg = (v: any) => (v instanceof PyList || v instanceof PyTuple || v instanceof NDArray ? shapeArg(v) : toIndex(v));
  fn("split", (a, kw) => {
    const p = parseArgs("split", a, kw, ["ary", "indices_or_sections", "axis"], 2);
    return new PyList(N.split(toNd(p[0]), splitArg(p[1]), p[2] === undefined ? 0 : toIndex(p[2])));
  });
  fn("array_split", (a, kw) => {
    const p = parseArgs("array_split", a, kw, ["ary", "indices_or_sections", "axis"], 2);
    return new PyList(N.array_split(toNd(p[0]), splitArg(p[1]), p[2] === undefined ? 0 : toIndex(p[2])));
  });
  fn("hsplit", (a, kw) => {
    const p = parseNamed("hsplit", a, kw, ["ary", "indices_or_sections"], 2);
    return new PyList(N.hsplit(toNd(p.ary), splitArg(p.indices_or_sections)));
  });
  fn("vsplit", (a, kw) => {
    const p = parseNamed("vsplit", a, kw, ["ary", "indices_or_sections"], 2);
    return new PyList(N.vsplit(toNd(p.ary), splitArg(p.indices_or_sections)));
  });
  fn("append", (a, kw) => {
    const p = parseArgs("append", a, kw, ["arr", "values", "axis"], 2);
    return N.append(toNd(p[0]), toNd(p[1]), p[2] === undefined || p[2] === null ? null : toIndex(p[2]));
  });
  fn("delete", (a, kw) => {
    const p = parseArgs("delete", a, kw, ["arr", "obj", "axis"], 2);
    const o = p[1];
    return N.del(
      toNd(p[0]),
      typeof o === "number" ? o : o instanceof NDArray ? o : shapeArg(o),
      p[2] === undefined || p[2] === null ? null : toIndex(p[2]),
    );
  });
  fn("insert", (a, kw) => {
    const p = parseArgs("insert", a, kw, ["arr", "obj", "values", "axis"], 3);
    return N.insert(toNd(p[0]), toIndex(p[1]), opnd(p[2]), p[3] === undefined || p[3] === null ? null : toIndex(p[3]));
  });
  fn("pad", (a, kw) => {
    maxPositional("pad", a, 3);
    // np.pad(array, pad_width, mode='constant', **kwargs): the keywords a mode does not take are a ValueError
    const mode = a[2] ?? kw?.get("mode") ?? "constant";
    checkPadKeywords(
      mode,
      [...(kw?.keys() ?? [])].filter((k) => !["array", "pad_width", "mode"].includes(k)),
    );
    const p = parseArgs("pad", a, kw, ["array", "pad_width", "mode", "constant_values", "stat_length", "end_values", "reflect_type"], 2);
    // constant_values per side or per axis, of numbers; an array of another kind is left out
    const constantPairs = (v: any) => (v === undefined || isNumber(v) ? undefined : numericDtype(toNd(v).dtype) ? v : null);
    unsupported("pad", "constant_values", constantPairs(p[3]), (v) => v !== null);
    unsupported("pad", "reflect_type", p[6], (v) => v === undefined || v === "even");
    const pw = p[1];
    const w =
      typeof pw === "number" ? pw : iterToArray(pw).map((x: any) => (isNumber(x) ? toIndex(x) : iterToArray(x).map((y) => toIndex(y))));
    const arr = toNd(p[0]);
    const stat = p[4] === undefined || p[4] === null ? undefined : asPairs(p[4], arr.ndim, true).pairs;
    const ends = p[5] === undefined ? undefined : asPairs(p[5], arr.ndim, false);
    return N.pad(arr, w as any, mode, {
      constantValue: p[3] === undefined || !isNumber(p[3]) ? 0 : numFor(p[3], arr.dtype),
      constantPairs: constantPairs(p[3]) ? asPairs(p[3], arr.ndim, false).pairs : undefined,
      statLength: stat,
      endValues: ends?.pairs,
      endValuesPerAxis: ends?.perAxis,
    });
  });
  fn("repeat", (a, kw) => {
    const p = parseArgs("repeat", a, kw, ["a", "repeats", "axis"], 2);
    return N.repeat(
      toNd(p[0]),
      typeof p[1] === "number" ? p[1] : shapeArg(p[1]),
      p[2] === undefined || p[2] === null ? null : toIndex(p[2]),
    );
  });
  fn("tile", (a, kw) => {
    const p = parseNamed("tile", a, kw, ["A", "reps"], 2);
    // reps are counts, not a shape: bools count as 0 and 1
    const rep = (x: any) => (isBool(x) ? Number(x instanceof NPScalar ? x.value : x) : toIndex(x));
    const reps = p.reps;
    return N.tile(
      toNd(p.A),
      reps instanceof PyTuple || reps instanceof PyList ? reps.items.map(rep) : reps instanceof NDArray ? shapeArg(reps) : rep(reps),
    );
  });
  fn("flip", (a, kw) => {
    const p = parseNamed("flip", a, kw, ["m", "axis"], 1);
    // m[indexer]: a 0-d result is a scalar, as indexing gives
    const r = N.flip(toNd(p.m), axisArg(p.axis) as any);
    return arrayReturn(r);
  });
  fn("fliplr", (a, kw) => N.fliplr(toNd(parseNamed("fliplr", a, kw, ["m"], 1).m)));
  fn("flipud", (a, kw) => N.flipud(toNd(parseNamed("flipud", a, kw, ["m"], 1).m)));
  fn("roll", (a, kw) => {
    const p = parseArgs("roll", a, kw, ["a", "shift", "axis"], 2);
    return rollMany(toNd(p[0]), p[1], p[2]);
  });
  // kind= picks an algorithm only: every sort here is stable, which is also what stable=True asks
  for (const name of ["sort", "argsort"] as const)
    fn(name, (a, kw) => {
      maxPositional(name, a, 4);
      const p = parseNamed(name, a, kw, ["a", "axis", "kind", "order", "stable"], 1);
      unsupported(name, "order", p.order);
      const axis = p.axis === undefined ? -1 : p.axis === null ? null : toIndex(p.axis);
      return name === "sort" ? N.sort(toNd(p.a), axis) : N.argsort(toNd(p.a), axis);
    });
  fn("unique", (a, kw) => {
    maxPositional("unique", a, 5);
    const p = parseArgs("unique", a, kw, ["ar", "return_index", "return_inverse", "return_counts", "axis", "equal_nan", "sorted"], 1);
    unsupported("unique", "equal_nan", p[5], (v) => v === undefined || truthy(v));
    unsupported("unique", "sorted", p[6], (v) => v === undefined || truthy(v));
    const o = { returnIndex: truthy(p[1] ?? false), returnInverse: truthy(p[2] ?? false), returnCounts: truthy(p[3] ?? false) };
    const ar = toNd(p[0]);
    const axis = p[4] === undefined || p[4] === null ? null : toIndex(p[4]);
    if (axis !== null && ar.ndim <= 1) N.normAxis(axis, ar.ndim);
    const r = axis !== null && ar.ndim > 1 ? N.uniqueAlongAxis(ar, axis, o) : N.unique(ar, o);
    if (!o.returnIndex && !o.returnInverse && !o.returnCounts) return r.values;
    const out: any[] = [r.values];
    if (o.returnIndex) out.push(r.indices);
    if (o.returnInverse) out.push(r.inverse);
    if (o.returnCounts) out.push(r.counts);
    return new PyTuple(out);
  });
  fn("searchsorted", (a, kw) => {
    const p = parseArgs("searchsorted", a, kw, ["a", "v", "side", "sorter"], 2);
    const side = searchSide(p[2]);
    // sorter: the indices that sort a; the insertion points are into a taken in that order
    const arr = p[3] === undefined || p[3] === null ? toNd(p[0]) : N.take(toNd(p[0]), toNd(p[3]), null);
    return N.searchsorted(arr as NDArray, opnd(p[1]), side);
  });
  fn("packbits", (a, kw) => {
    const p = parseArgs("packbits", a, kw, ["a", "axis", "bitorder"], 1);
    return N.packbits(toNd(p[0]), p[1] === undefined || p[1] === null ? null : toIndex(p[1]), (p[2] ?? "big") as any);
  });
  fn("unpackbits", (a, kw) => {
    const p = parseArgs("unpackbits", a, kw, ["a", "axis", "count", "bitorder"], 1);
    return N.unpackbits(
      toNd(p[0]),
      p[1] === undefined || p[1] === null ? null : toIndex(p[1]),
      p[2] === undefined || p[2] === null ? null : toIndex(p[2]),
      (p[3] ?? "big") as any,
    );
  });
  fn("diag", (a, kw) => {
    const p = parseNamed("diag", a, kw, ["v", "k"], 1);
    return N.diag(toNd(p.v), p.k === undefined ? 0 : toIndex(p.k));
  });
  fn("triu", (a, kw) => {
    const p = parseNamed("triu", a, kw, ["m", "k"], 1);
    return N.triu(toNd(p.m), p.k === undefined ? 0 : toIndex(p.k));
  });
  fn("tril", (a, kw) => {
    const p = parseNamed("tril", a, kw, ["m", "k"], 1);
    return N.tril(toNd(p.m), p.k === undefined ? 0 : toIndex(p.k));
  });
  fn(
    "meshgrid",
    (a, kw) => (
      onlyKeywords("meshgrid", kw, ["indexing"], ["sparse", "copy"]),
      // NumPy 2 returns a tuple (1.x a list)
      new PyTuple(
        N.meshgrid(
          a.map((x) => toNd(x)),
          (kw?.get("indexing") ?? "xy") as any,
        ),
      )
    ),
  );
  fn("broadcast_to", (a, kw) => {
    const p = parseNamed("broadcast_to", a, kw, ["array", "shape", "subok"], 2);
    // `tuple(shape) if np.iterable(shape) else (shape,)`: a single value is read as a sequence's one entry
    const shape = p.shape instanceof PyTuple || p.shape instanceof PyList || p.shape instanceof NDArray ? p.shape : new PyTuple([p.shape]);
    return N.broadcastTo(toNd(p.array), shapeArg(shape));
  });
  fn("broadcast_shapes", (a) => new PyTuple(N.broadcastShapesOf(a.map((x) => shapeArg(x)))));
  fn("broadcast_arrays", (a) => new PyTuple(N.broadcast_arrays(a.map((x) => toNd(x)))));
  fn("argwhere", (a, kw) => N.argwhere(toNd(parseNamed("argwhere", a, kw, ["a"], 1).a)));
  fn("flatnonzero", (a, kw) => N.flatnonzero(toNd(parseNamed("flatnonzero", a, kw, ["a"], 1).a)));
  fn("take", (a, kw) => {
    const p = parseNamed("take", a, kw, ["a", "indices", "axis", "out", "mode"], 2);
    unsupported("take", "out", p.out);
    unsupported("take", "mode", p.mode, (v) => v === undefined || v === "raise");
    const r = N.take(toNd(p.a), takeIndices(p.indices), p.axis === undefined || p.axis === null ? null : toIndex(p.axis));
    // a scalar index takes a NumPy scalar
    return arrayReturn(r);
  });
  fn("shape", (a, kw) => new PyTuple(toNd(parseNamed("shape", a, kw, ["a"], 1).a).shape.slice()));
  fn("ndim", (a, kw) => toNd(parseNamed("ndim", a, kw, ["a"], 1).a).ndim);
  // np.size(a, axis): the length along one axis, or the product over a tuple of axes
  fn("size", (a, kw) => {
    const p = parseNamed("size", a, kw, ["a", "axis"], 1);
    const arr = toNd(p.a);
    if (p.axis === undefined || p.axis === null) return arr.size;
    const axes = axisArg(p.axis);
    return N.normAxes(axes as any, arr.ndim).reduce((n: number, ax: number) => n * arr.shape[ax]!, 1);
  });
}

/** np.roll with a tuple of shifts and/or axes: one roll per (shift, axis) pair, the two broadcast against each other */
function rollMany(a: NDArray, shift: any, axis: any): NDArray {
  const many = (v: any) => v instanceof PyList || v instanceof PyTuple || v instanceof NDArray;
  if (!many(shift) && !many(axis)) return N.roll(a, toIndex(shift), axis === undefined || axis === null ? null : toIndex(axis));
  if (axis === undefined || axis === null) {
    // NumPy: a sequence of shifts with no axis rolls the flattened array by each
    let r = a;
    for (const s of shapeArg(shift)) r = N.roll(r, s, null);
    return r;
  }
  const shifts = many(shift) ? shapeArg(shift) : [toIndex(shift)];
  const axes = many(axis) ? shapeArg(axis) : [toIndex(axis)];
  const n = Math.max(shifts.length, axes.length);
  if ((shifts.length !== n && shifts.length !== 1) || (axes.length !== n && axes.length !== 1))
    throw N.valueError(
      `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (${shifts.length},) and arg 1 with shape (${axes.length},).`,
    );
  let r = a;
  for (let i = 0; i < n; i++) r = N.roll(r, shifts[shifts.length === 1 ? 0 : i]!, axes[axes.length === 1 ? 0 : i]!);
  return r;
}

lazyParts.shape = addShape; // this file loads with the stdlib chunk (engine/stdlib.ts)
