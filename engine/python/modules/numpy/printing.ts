// Print options and array formatting: set_printoptions, get_printoptions, printoptions, array2string, array_repr, array_str.
import * as N from "../../../ndarray/index";
import { PyType, PyDict, PyInstance, PyFloat, PyExcObj, KW } from "../../objects/core";
import { objectType, typeName, typeOf } from "../../objects/types";
import { call, str as pyStr, toIndex, truthy } from "../../objects/ops";
import { exc, excTypes, typeError, valueError, TypeError } from "../../errors";
import { num, parseNamed, unsupported } from "./conv";
import { def, builtinAdder } from "./types";
import { lazyParts } from "./lazy";
import { bindPy } from "./signature";
import { addFormatFloat } from "./format-float";

const FLOAT_MODES = ["fixed", "unique", "maxprec", "maxprec_equal"];
const SIGNS = ["-", "+", " "];
const FORMATTER_KEYS = new Set(["bool", "int", "float", "object", "numpystr", "all", "int_kind", "float_kind", "str_kind"]);

function floatMode(v: any): N.FloatMode {
  const m = typeof v === "string" ? v : null;
  if (m === null || !FLOAT_MODES.includes(m))
    throw valueError('floatmode option must be one of "fixed", "unique", "maxprec", "maxprec_equal"');
  return m as N.FloatMode;
}

function sign(v: any): N.Sign {
  if (typeof v !== "string" || !SIGNS.includes(v)) throw valueError("sign option must be one of ' ', '+', or '-'");
  return v as N.Sign;
}

/** formatter={kind: callable}: each callable gets the element as a NumPy scalar and must return a str. */
function formatter(v: any): N.PrintOptions["formatter"] {
  if (v === null) return null;
  if (!(v instanceof PyDict)) throw typeError(`formatter must be a dict of callables, not '${typeName(v)}'`);
  const out: NonNullable<N.PrintOptions["formatter"]> = {};
  for (const [key, value] of v.map.values()) {
    if (value === null) continue;
    // NumPy ignores unknown keys, and the other keys name dtypes this engine does not have
    if (typeof key !== "string" || !FORMATTER_KEYS.has(key)) continue;
    out[key as N.FormatterKey] = (x, dtype) => {
      const r = call(value, [dtype === "object" ? x : new N.NPScalar(dtype, x)], null);
      if (typeof r !== "string") throw exc(excTypes.get("AttributeError")!, `'${typeName(r)}' object has no attribute 'splitlines'`);
      return r;
    };
  }
  return out;
}

/** A precision option as NumPy's _make_options_dict takes it: operator.index(v) (its sign is checked where floats are
 *  formatted, engine/ndarray/print.ts) */
function precisionArg(v: any): number {
  try {
    return toIndex(v);
  } catch (e) {
    if (e instanceof PyExcObj && e.cls.isSubtype(TypeError)) throw typeError("precision must be an integer");
    throw e;
  }
}

/** array2string's max_line_width, which NumPy uses as it is (`options['linewidth'] -= len(suffix)`): any number. */
function lineWidthArg(v: any): number {
  if (typeof v === "number" || typeof v === "boolean" || v instanceof PyFloat || v instanceof N.NPScalar) return num(v);
  throw typeError(`unsupported operand type(s) for -=: '${typeName(v)}' and 'int'`);
}

/** array2string's argument: what has a .size (an array, or a NumPy scalar as a 0-d array) */
function arrayOrScalar(v: any): N.NDArray {
  if (v instanceof N.NDArray) return v;
  if (v instanceof N.NPScalar) return N.asarray(v);
  throw exc(excTypes.get("AttributeError")!, `'${typeName(v)}' object has no attribute 'size'`);
}

/** The Python dict each formatter came from (get_printoptions returns it). */
const formatterDict = new WeakMap<object, PyDict>();

/** The print options a call names (undefined and None leave an option as it is); `formatterGiven`: read formatter too. */
function readOptions(p: Record<string, any>, formatterGiven: boolean): Partial<N.PrintOptions> {
  const o: Partial<N.PrintOptions> = {};
  const given = (k: string) => p[k] !== undefined && p[k] !== null;
  if (given("precision")) o.precision = precisionArg(p.precision);
  for (const k of ["threshold", "edgeitems", "linewidth"] as const) if (given(k)) o[k] = num(p[k]);
  if (given("suppress")) o.suppress = truthy(p.suppress);
  if (given("floatmode")) o.floatmode = floatMode(p.floatmode);
  if (given("sign")) o.sign = sign(p.sign);
  if (given("nanstr")) o.nanstr = pyStr(p.nanstr);
  if (given("infstr")) o.infstr = pyStr(p.infstr);
  if (formatterGiven) {
    o.formatter = formatter(p.formatter ?? null);
    if (o.formatter) formatterDict.set(o.formatter, p.formatter);
  }
  return o;
}

export function addPrinting(d: Map<string, any>): void {
  const fn = builtinAdder(d);
  addFormatFloat(fn);
  // NumPy's print options; legacy printing and override_repr raise NotImplementedError instead of being ignored
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
    unsupported(name, "legacy", p.legacy, (v) => v === undefined || v === null || v === false);
    unsupported(name, "override_repr", p.override_repr);
    // NumPy: "formatter and override_repr are always reset" by set_printoptions (and so by printoptions)
    return readOptions(p, true);
  };
  fn("set_printoptions", (a, kw) => {
    N.setPrintOptions(printOptions("set_printoptions", a, kw));
    return null;
  });
  fn("get_printoptions", () => {
    const o = N.getPrintOptions();
    const dd = new PyDict();
    const entries: [string, any][] = [
      ["edgeitems", o.edgeitems],
      ["threshold", o.threshold],
      ["floatmode", o.floatmode],
      ["precision", o.precision],
      ["suppress", o.suppress],
      ["linewidth", o.linewidth],
      ["nanstr", o.nanstr],
      ["infstr", o.infstr],
      ["sign", o.sign],
      ["formatter", o.formatter ? (formatterDict.get(o.formatter) ?? null) : null],
      ["legacy", false],
      ["override_repr", null],
    ];
    for (const [k, v] of entries) dd.map.set(k, [k, v]);
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
    const p = parseNamed(
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
    unsupported("array2string", "style", p.style);
    unsupported("array2string", "legacy", p.legacy, (v) => v === undefined || v === null || v === false);
    // Overrides of the current options for this call; formatter=None keeps the current one (NumPy drops None values).
    const opts = {
      ...N.getPrintOptions(),
      ...readOptions({ ...p, suppress: p.suppress_small }, p.formatter !== undefined && p.formatter !== null),
    };
    if (p.max_line_width !== undefined && p.max_line_width !== null) opts.linewidth = lineWidthArg(p.max_line_width);
    const suffix = p.suffix === undefined || p.suffix === null ? "" : pyStr(p.suffix);
    return N.array2string(
      arrayOrScalar(p.a),
      p.separator === undefined ? " " : pyStr(p.separator),
      p.prefix === undefined ? "" : pyStr(p.prefix),
      suffix,
      opts,
    );
  });
  // NumPy writes these two in Python: a def's argument errors, and the order of its checks (array_str of a 0-d array
  // is str() of its element, before any option is read; array_repr of a NumPy scalar is "float64(5.)")
  for (const [name, first] of [
    ["array_repr", "arr"],
    ["array_str", "a"],
  ] as const)
    fn(name, (a, kw) => {
      const p = bindPy({ name, positional: [first, "max_line_width", "precision", "suppress_small"], required: 1 }, a, kw);
      const x = p[first];
      const isRepr = name === "array_repr";
      if (!isRepr && !(x instanceof N.NDArray)) {
        if (x instanceof N.NPScalar)
          throw typeError(`descriptor '__getitem__' requires a 'numpy.ndarray' object but received a '${typeName(x)}'`);
        throw exc(excTypes.get("AttributeError")!, `'${typeName(x)}' object has no attribute 'shape'`);
      }
      if (!isRepr && x.ndim === 0) return N.arrayStr(x);
      const o: Partial<N.PrintOptions> = readOptions({ precision: p.precision, suppress: p.suppress_small }, false);
      if (p.max_line_width !== undefined && p.max_line_width !== null) o.linewidth = lineWidthArg(p.max_line_width);
      const arr = arrayOrScalar(x);
      const saved = N.getPrintOptions();
      N.setPrintOptions(o);
      try {
        if (!isRepr) return N.arrayStr(x);
        return N.arrayRepr(arr, x instanceof N.NPScalar ? typeOf(x).name : "array");
      } finally {
        N.setPrintOptions(saved);
      }
    });
}

lazyParts.printing = addPrinting; // this file loads with the stdlib chunk (engine/stdlib.ts)
