// Print options and array formatting: set_printoptions, get_printoptions, printoptions, array2string, array_repr, array_str.
import * as N from "../../../ndarray/index";
import { PyType, PyDict, PyInstance } from "../../objects/core";
import { objectType } from "../../objects/types";
import { str as pyStr, truthy } from "../../objects/ops";
import { toNd, num, parseArgs } from "./conv";
import { def, builtinAdder } from "./types";

export function addPrinting(d: Map<string, any>): void {
  const fn = builtinAdder(d);
  fn("set_printoptions", (a, kw) => {
    const o: any = {};
    if (kw) for (const [k, v] of kw) if (["precision", "threshold", "edgeitems", "linewidth"].includes(k)) o[k] = v === null ? undefined : num(v); else if (k === "suppress") o.suppress = truthy(v);
    N.setPrintOptions(o);
    return null;
  });
  fn("get_printoptions", () => { const o = N.getPrintOptions() as any; const dd = new PyDict(); for (const k of Object.keys(o)) dd.map.set(k, [k, typeof o[k] === "boolean" ? o[k] : o[k]]); return dd; });
  const poType = new PyType("printoptions", [objectType]); poType.module = "numpy";
  def(poType, "__enter__", (self: PyInstance) => { (self as any).saved = N.getPrintOptions(); N.setPrintOptions((self as any).opts); return null; });
  def(poType, "__exit__", (self: PyInstance) => { N.setPrintOptions((self as any).saved); return false; });
  fn("printoptions", (_a, kw) => {
    const o: any = {};
    if (kw) for (const [k, v] of kw) if (["precision", "threshold", "edgeitems", "linewidth"].includes(k)) o[k] = v === null ? undefined : num(v); else if (k === "suppress") o.suppress = truthy(v);
    const inst = new PyInstance(poType); (inst as any).opts = o; return inst;
  });
  fn("array2string", (a, kw) => {
    const p = parseArgs("array2string", a, kw, ["a", "max_line_width", "precision", "suppress_small", "separator", "prefix"], 1);
    const opts = N.getPrintOptions();
    if (p[1] !== undefined && p[1] !== null) opts.linewidth = num(p[1]);
    if (p[2] !== undefined && p[2] !== null) opts.precision = num(p[2]);
    if (p[3] !== undefined && p[3] !== null) opts.suppress = truthy(p[3]);
    return N.array2string(toNd(p[0]), p[4] === undefined ? " " : pyStr(p[4]), p[5] === undefined ? "" : pyStr(p[5]), "", opts);
  });
  fn("array_repr", (a) => N.arrayRepr(toNd(a[0])));
  fn("array_str", (a) => N.arrayStr(toNd(a[0])));
}
