// Shape manipulation, joining/splitting, sorting/searching and array queries (np.reshape, np.concatenate, np.sort, np.shape, ...).
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import { PyList, PyTuple } from "../../objects/core";
import { truthy, toIndex, iterToArray, isNumber } from "../../objects/ops";
import { toDType, toNd, opnd, axisArg, shapeArg, num, parseArgs, onlyKeywords, unsupported } from "./conv";
import { builtinAdder } from "./types";
import { orderArg, reshapeOrder, flatOrder } from "./ndarray-methods";

function arrList(v: any): NDArray[] {
  return iterToArray(v).map((x) => toNd(x));
}

export function addShape(d: Map<string, any>): void {
  const fn = builtinAdder(d);
  fn("reshape", (a, kw) => {
    const p = parseArgs("reshape", a, kw, ["a", "newshape", "order", "shape"], 1);
    return reshapeOrder(toNd(p[0]), shapeArg(p[1] ?? p[3]), orderArg(p[2]));
  });
  fn("transpose", (a, kw) => {
    const p = parseArgs("transpose", a, kw, ["a", "axes"], 1);
    return N.transpose(toNd(p[0]), p[1] === undefined || p[1] === null ? null : shapeArg(p[1]));
  });
  fn("swapaxes", (a) => N.swapaxes(toNd(a[0]), toIndex(a[1]), toIndex(a[2])));
  fn("moveaxis", (a) => N.moveaxis(toNd(a[0]), axisArg(a[1]) as any, axisArg(a[2]) as any));
  fn("ravel", (a, kw) => (onlyKeywords("ravel", kw, ["order"]), flatOrder(toNd(a[0]), orderArg(a[1] ?? kw?.get("order")), false)));
  fn("squeeze", (a, kw) => (onlyKeywords("squeeze", kw, ["axis"]), N.squeeze(toNd(a[0]), axisArg(a[1] ?? kw?.get("axis")) as any)));
  fn(
    "expand_dims",
    (a, kw) => (onlyKeywords("expand_dims", kw, ["axis"]), N.expand_dims(toNd(a[0]), axisArg(a[1] ?? kw?.get("axis")) as any)),
  );
  fn("atleast_1d", (a) => N.atleast_1d(toNd(a[0])));
  fn("atleast_2d", (a) => N.atleast_2d(toNd(a[0])));
  fn("atleast_3d", (a) => N.atleast_3d(toNd(a[0])));
  fn("concatenate", (a, kw) => {
    const p = parseArgs("concatenate", a, kw, ["arrays", "axis", "out", "dtype"], 1);
    unsupported("concatenate", "out", p[2]);
    return N.concatenate(arrList(p[0]), p[1] === undefined ? 0 : p[1] === null ? null : toIndex(p[1]), toDType(p[3]) ?? undefined);
  });
  fn("stack", (a, kw) => {
    const p = parseArgs("stack", a, kw, ["arrays", "axis"], 1);
    return N.stack(arrList(p[0]), p[1] === undefined ? 0 : toIndex(p[1]));
  });
  // NumPy's keyword-only dtype/casting are refused; any other keyword is Python's TypeError
  const stacker = (name: string, f: (arrs: NDArray[]) => NDArray) =>
    fn(name, (a, kw) => (onlyKeywords(name, kw, [], ["dtype", "casting"]), f(arrList(a[0]))));
  stacker("vstack", N.vstack);
  stacker("row_stack", N.vstack);
  stacker("hstack", N.hstack);
  stacker("dstack", N.dstack);
  fn("column_stack", (a) => N.column_stack(arrList(a[0])));
  const splitArg = (v: any) => (v instanceof PyList || v instanceof PyTuple || v instanceof NDArray ? shapeArg(v) : toIndex(v));
  fn("split", (a, kw) => {
    const p = parseArgs("split", a, kw, ["ary", "indices_or_sections", "axis"], 2);
    return new PyList(N.split(toNd(p[0]), splitArg(p[1]), p[2] === undefined ? 0 : toIndex(p[2])));
  });
  fn("array_split", (a, kw) => {
    const p = parseArgs("array_split", a, kw, ["ary", "indices_or_sections", "axis"], 2);
    return new PyList(N.array_split(toNd(p[0]), splitArg(p[1]), p[2] === undefined ? 0 : toIndex(p[2])));
  });
  fn("hsplit", (a) => new PyList(N.hsplit(toNd(a[0]), splitArg(a[1]))));
  fn("vsplit", (a) => new PyList(N.vsplit(toNd(a[0]), splitArg(a[1]))));
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
    const p = parseArgs("pad", a, kw, ["array", "pad_width", "mode", "constant_values"], 2);
    const pw = p[1];
    const w =
      typeof pw === "number" ? pw : iterToArray(pw).map((x: any) => (isNumber(x) ? toIndex(x) : iterToArray(x).map((y) => toIndex(y))));
    return N.pad(toNd(p[0]), w as any, (p[2] ?? "constant") as any, p[3] === undefined ? 0 : num(p[3]));
  });
  fn("repeat", (a, kw) => {
    const p = parseArgs("repeat", a, kw, ["a", "repeats", "axis"], 2);
    return N.repeat(
      toNd(p[0]),
      typeof p[1] === "number" ? p[1] : shapeArg(p[1]),
      p[2] === undefined || p[2] === null ? null : toIndex(p[2]),
    );
  });
  fn("tile", (a) => N.tile(toNd(a[0]), typeof a[1] === "number" ? a[1] : shapeArg(a[1])));
  fn("flip", (a, kw) => (onlyKeywords("flip", kw, ["axis"]), N.flip(toNd(a[0]), axisArg(a[1] ?? kw?.get("axis")) as any)));
  fn("fliplr", (a) => N.fliplr(toNd(a[0])));
  fn("flipud", (a) => N.flipud(toNd(a[0])));
  fn("roll", (a, kw) => {
    const p = parseArgs("roll", a, kw, ["a", "shift", "axis"], 2);
    return N.roll(toNd(p[0]), toIndex(p[1]), p[2] === undefined || p[2] === null ? null : toIndex(p[2]));
  });
  fn("sort", (a, kw) => {
    const p = parseArgs("sort", a, kw, ["a", "axis", "kind"], 1);
    return N.sort(toNd(p[0]), p[1] === undefined ? -1 : p[1] === null ? null : toIndex(p[1]));
  });
  fn("argsort", (a, kw) => {
    const p = parseArgs("argsort", a, kw, ["a", "axis", "kind"], 1);
    return N.argsort(toNd(p[0]), p[1] === undefined ? -1 : p[1] === null ? null : toIndex(p[1]));
  });
  fn("unique", (a, kw) => {
    const p = parseArgs("unique", a, kw, ["ar", "return_index", "return_inverse", "return_counts", "axis"], 1);
    unsupported("unique", "axis", p[4]);
    const o = { returnIndex: truthy(p[1] ?? false), returnInverse: truthy(p[2] ?? false), returnCounts: truthy(p[3] ?? false) };
    const r = N.unique(toNd(p[0]), o);
    if (!o.returnIndex && !o.returnInverse && !o.returnCounts) return r.values;
    const out: any[] = [r.values];
    if (o.returnIndex) out.push(r.indices);
    if (o.returnInverse) out.push(r.inverse);
    if (o.returnCounts) out.push(r.counts);
    return new PyTuple(out);
  });
  fn("searchsorted", (a, kw) => {
    const p = parseArgs("searchsorted", a, kw, ["a", "v", "side"], 2);
    return N.searchsorted(toNd(p[0]), opnd(p[1]), (p[2] ?? "left") as any);
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
  fn(
    "diag",
    (a, kw) => (
      onlyKeywords("diag", kw, ["k"]), N.diag(toNd(a[0]), a[1] === undefined ? (kw?.has("k") ? toIndex(kw.get("k")) : 0) : toIndex(a[1]))
    ),
  );
  fn(
    "triu",
    (a, kw) => (
      onlyKeywords("triu", kw, ["k"]), N.triu(toNd(a[0]), a[1] === undefined ? (kw?.has("k") ? toIndex(kw.get("k")) : 0) : toIndex(a[1]))
    ),
  );
  fn(
    "tril",
    (a, kw) => (
      onlyKeywords("tril", kw, ["k"]), N.tril(toNd(a[0]), a[1] === undefined ? (kw?.has("k") ? toIndex(kw.get("k")) : 0) : toIndex(a[1]))
    ),
  );
  fn(
    "meshgrid",
    (a, kw) => (
      onlyKeywords("meshgrid", kw, ["indexing"], ["sparse", "copy"]),
      new PyList(
        N.meshgrid(
          a.map((x) => toNd(x)),
          (kw?.get("indexing") ?? "xy") as any,
        ),
      )
    ),
  );
  fn("broadcast_to", (a) => N.broadcastTo(toNd(a[0]), shapeArg(a[1])));
  fn("broadcast_shapes", (a) => new PyTuple(N.broadcastShapesOf(a.map((x) => shapeArg(x)))));
  fn("broadcast_arrays", (a) => new PyList(N.broadcast_arrays(a.map((x) => toNd(x)))));
  fn("argwhere", (a) => N.argwhere(toNd(a[0])));
  fn("flatnonzero", (a) => N.flatnonzero(toNd(a[0])));
  fn("take", (a, kw) => {
    const p = parseArgs("take", a, kw, ["a", "indices", "axis"], 2);
    return N.take(toNd(p[0]), toNd(p[1]), p[2] === undefined || p[2] === null ? null : toIndex(p[2]));
  });
  fn("shape", (a) => new PyTuple(toNd(a[0]).shape.slice()));
  fn("ndim", (a) => toNd(a[0]).ndim);
  fn("size", (a) => toNd(a[0]).size);
}
