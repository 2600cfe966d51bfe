// Print options and array formatting: set_printoptions, get_printoptions, printoptions, array2string, array_repr, array_str.
import * as N from "../../../ndarray/index";
import { PyType, PyDict, PyInstance, KW } from "../../objects/core";
import { objectType } from "../../objects/types";
import { str as pyStr, truthy } from "../../objects/ops";
import { toNd, num, parseArgs, parseNamed, unsupported } from "./conv";
import { def, builtinAdder } from "./types";

export function addPrinting(d: Map<string, any>): void {
  const fn = builtinAdder(d);
  // NumPy's print options; the ones the formatter does not implement raise NotImplementedError instead of being ignored
  const OPTION_NAMES = [
    "precision",
    "threshold",
    "edgeitems",
    "linewidth",
    "suppress",
    "nanstr",
    "infstr",
    "formatter",
    "sign",
    "floatmode",
    "legacy",
    "override_repr",
  ] as const;
  const printOptions = (name: string, a: any[], kw: KW) => {
    const p = parseNamed(name, a, kw, OPTION_NAMES);
    for (const k of ["nanstr", "infstr", "formatter", "sign", "floatmode", "legacy", "override_repr"] as const) unsupported(name, k, p[k]);
    const o: any = {};
    for (const k of ["precision", "threshold", "edgeitems", "linewidth"] as const)
      if (p[k] !== undefined && p[k] !== null) o[k] = num(p[k]);
    if (p.suppress !== undefined && p.suppress !== null) o.suppress = truthy(p.suppress);
    return o;
  };
  fn("set_printoptions", (a, kw) => {
    N.setPrintOptions(printOptions("set_printoptions", a, kw));
    return null;
  });
  fn("get_printoptions", () => {
    const o = N.getPrintOptions() as any;
    const dd = new PyDict();
    for (const k of Object.keys(o)) dd.map.set(k, [k, typeof o[k] === "boolean" ? o[k] : o[k]]);
    return dd;
  });
  const poType = new PyType("printoptions", [objectType]);
  poType.module = "numpy";
  def(poType, "__enter__", (self: PyInstance) => {
    (self as any).saved = N.getPrintOptions();
    N.setPrintOptions((self as any).opts);
    return null;
  });
  def(poType, "__exit__", (self: PyInstance) => {
    N.setPrintOptions((self as any).saved);
    return false;
  });
  fn("printoptions", (a, kw) => {
    const inst = new PyInstance(poType);
    (inst as any).opts = printOptions("printoptions", a, kw);
    return inst;
  });
  fn("array2string", (a, kw) => {
    const p = parseArgs(
      "array2string",
      a,
      kw,
      [
        "a",
        "max_line_width",
        "precision",
        "suppress_small",
        "separator",
        "prefix",
        "style",
        "formatter",
        "threshold",
        "edgeitems",
        "sign",
        "floatmode",
        "suffix",
        "legacy",
      ],
      1,
    );
    for (let i = 6; i < 14; i++)
      unsupported("array2string", ["style", "formatter", "threshold", "edgeitems", "sign", "floatmode", "suffix", "legacy"][i - 6]!, p[i]);
    const opts = N.getPrintOptions();
    if (p[1] !== undefined && p[1] !== null) opts.linewidth = num(p[1]);
    if (p[2] !== undefined && p[2] !== null) opts.precision = num(p[2]);
    if (p[3] !== undefined && p[3] !== null) opts.suppress = truthy(p[3]);
    return N.array2string(toNd(p[0]), p[4] === undefined ? " " : pyStr(p[4]), p[5] === undefined ? "" : pyStr(p[5]), "", opts);
  });
  for (const name of ["array_repr", "array_str"])
    fn(name, (a, kw) => {
      const p = parseNamed(name, a, kw, ["a", "max_line_width", "precision", "suppress_small"], 1);
      const saved = N.getPrintOptions();
      const o: any = {};
      if (p.max_line_width !== undefined && p.max_line_width !== null) o.linewidth = num(p.max_line_width);
      if (p.precision !== undefined && p.precision !== null) o.precision = num(p.precision);
      if (p.suppress_small !== undefined && p.suppress_small !== null) o.suppress = truthy(p.suppress_small);
      N.setPrintOptions(o);
      try {
        return name === "array_repr" ? N.arrayRepr(toNd(p.a)) : N.arrayStr(toNd(p.a));
      } finally {
        N.setPrintOptions(saved);
      }
    });
}
