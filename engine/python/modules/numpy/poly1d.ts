// np.poly1d, numpy/lib/_polynomial_impl.py's class method for method: an instance keeps its coefficients and variable
// in its __dict__ ('coeffs', '_variable') as NumPy's does; arithmetic, calls and printing go through the engine's own
// NumPy functions (which charge the work). NumPy converts a poly1d to an array through __array__: conv.ts's
// arrayProtocols hook does that here. Also registers the poly* functions of ./poly-arith.ts. Registered lazily.
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import { PyInstance, PyList, PyProperty, PyTuple, PyType, type KW } from "../../objects/core";
import { objectType } from "../../objects/types";
import { NotImplemented } from "../../objects/core";
import { binop, call, compare, getitem, iterToArray, repr, setitem, toIndex, truthy, unary } from "../../objects/ops";
import { builtins } from "../../builtins";
import { exc, excTypes, valueError } from "../../errors";
import { emitWarning } from "../warnings";
import { arrayProtocols } from "./conv";
import { bindPy } from "./signature";
import { builtinAdder, def, dtypeOf } from "./types";
import { lazyNumpy } from "./lazy";
import { NS_PER_POLY_STEP, polyFunctions } from "./poly-arith";
import { chargeNative } from "../../charge";

export const poly1dType = new PyType("poly1d", [objectType], false);
poly1dType.module = "numpy";

export const isPoly1d = (v: any): v is PyInstance => v instanceof PyInstance && v.cls.isSubtype(poly1dType);
const coeffsOf = (p: PyInstance): NDArray => p.dict.get("coeffs");
arrayProtocols.push((v) => (isPoly1d(v) ? coeffsOf(v) : undefined));

const kws = (o: Record<string, any>): KW => new Map(Object.entries(o));
/** a poly1d method's arguments as CPython binds its `def` (self counted) */
function method<K extends string>(name: string, names: K[], required: number, self: any, a: any[], kw: KW): Record<K, any> {
  return bindPy({ name: `poly1d.${name}`, positional: ["self", ...names], required: required + 1 }, [self, ...a], kw);
}

/** _raise_power: moves each '**n' of a polynomial's text to a line above it, wrapped at 70 columns */
function raisePower(astr: string, wrap = 70): string {
  let n = 0,
    line1 = "",
    line2 = "",
    output = " ";
  const re = /\*\*([0-9]*)/g;
  for (;;) {
    re.lastIndex = n;
    const mat = re.exec(astr);
    if (mat === null) break;
    const power = mat[1]!;
    const partstr = astr.slice(n, mat.index);
    n = mat.index + mat[0].length;
    const toadd2 = partstr + " ".repeat(Math.max(0, power.length - 1));
    const toadd1 = " ".repeat(Math.max(0, partstr.length - 1)) + power;
    if (line2.length + toadd2.length > wrap || line1.length + toadd1.length > wrap) {
      output += `${line1}\n${line2}\n `;
      line1 = toadd1;
      line2 = toadd2;
    } else {
      line2 += toadd2;
      line1 += toadd1;
    }
  }
  output += `${line1}\n${line2}`;
  return output + astr.slice(n);
}

lazyNumpy.push((d) => {
  const np = (name: string, args: any[], kw: KW = null) => call(d.get(name), args, kw);
  const isscalar = (v: any) => truthy(np("isscalar", [v]));
  const make = (v: any) => call(poly1dType, [v], null);
  const fns = polyFunctions(np, isPoly1d, make);
  const { polymul, polydiv, addOrSub } = fns.raw;

  function init(self: PyInstance, a: any[], kw: KW): null {
    const p = method("__init__", ["c_or_r", "r", "variable"], 1, self, a, kw);
    let c = p.c_or_r;
    if (isPoly1d(c)) {
      self.dict.set("_variable", c.dict.get("_variable"));
      self.dict.set("coeffs", coeffsOf(c));
      if ([...c.dict.keys()].some((k) => !self.dict.has(k))) {
        emitWarning("FutureWarning", "In the future extra properties will not be copied across when constructing one poly1d from another");
        for (const [k, v] of c.dict) self.dict.set(k, v);
      }
      if (p.variable !== undefined && p.variable !== null) self.dict.set("_variable", p.variable);
      return null;
    }
    if (p.r !== undefined && truthy(p.r)) c = fns.raw.poly(c);
    c = np("atleast_1d", [c]);
    if ((c as NDArray).ndim > 1) throw valueError("Polynomial must be 1d only.");
    c = np("trim_zeros", [c], kws({ trim: "f" }));
    if ((c as NDArray).size === 0) c = np("array", [new PyList([0])], kws({ dtype: dtypeOf((c as NDArray).dtype) }));
    self.dict.set("coeffs", c);
    self.dict.set("_variable", p.variable === undefined || p.variable === null ? "x" : p.variable);
    return null;
  }
  def(poly1dType, "__init__", (self, a, kw) => init(self, a, kw));
  poly1dType.dict.set("__hash__", null);

  const order = (s: PyInstance) => coeffsOf(s).shape[0]! - 1;
  const property = (names: string[], get: (s: PyInstance) => any, set: ((s: PyInstance, v: any) => void) | null = null) => {
    for (const n of names) poly1dType.dict.set(n, new PyProperty(get, set, true));
  };
  property(["coeffs", "c", "coef", "coefficients"], coeffsOf, (s, v) => {
    // allowing this makes p.coeffs *= 2 legal
    if (v !== coeffsOf(s)) throw exc(excTypes.get("AttributeError")!, "Cannot set attribute");
  });
  property(["_coeffs"], coeffsOf, (s, v) => s.dict.set("coeffs", v));
  property(["variable"], (s) => s.dict.get("_variable"));
  property(["order", "o"], order);
  property(["roots", "r"], (s) => np("roots", [coeffsOf(s)]));

  def(poly1dType, "__array__", (s, a, kw) => {
    const p = method("__array__", ["t", "copy"], 0, s, a, kw);
    const args = p.t !== undefined && p.t !== null && truthy(p.t) ? [coeffsOf(s), p.t] : [coeffsOf(s)];
    return np("asarray", args, p.copy === undefined ? null : kws({ copy: p.copy }));
  });
  def(poly1dType, "__repr__", (s) => `poly1d(${repr(coeffsOf(s)).slice(6, -1)})`);
  def(poly1dType, "__len__", (s) => order(s));
  def(poly1dType, "__str__", (s) => {
    let thestr = "0";
    const v = s.dict.get("_variable");
    const variable = typeof v === "string" ? v : call(builtins.get("str"), [v], null);
    const all = iterToArray(coeffsOf(s));
    const first = all.findIndex((c) => truthy(compare("!=", c, 0)));
    const coeffs = first < 0 ? [] : all.slice(first);
    // each coefficient is formatted through format(q, '.4g'): ~4 µs apiece (str of 10^5 terms: 0.7 s loaded)
    chargeNative(all.length * NS_PER_POLY_STEP + coeffs.length * NS_PER_POLY_STEP);
    const n = coeffs.length - 1;
    const fmt = (q: any) => {
      const t = call(builtins.get("format"), [q, ".4g"], null) as string;
      return t.endsWith(".0000") ? t.slice(0, -5) : t;
    };
    coeffs.forEach((coeff, k) => {
      const coefstr = fmt(coeff);
      const power = n - k;
      let newstr: string;
      if (power === 0) newstr = coefstr !== "0" ? coefstr : k === 0 ? "0" : "";
      else if (power === 1) newstr = coefstr === "0" ? "" : coefstr === "b" ? variable : `${coefstr} ${variable}`;
      else if (coefstr === "0") newstr = "";
      else if (coefstr === "b") newstr = `${variable}**${power}`;
      else newstr = `${coefstr} ${variable}**${power}`;
      if (k > 0) {
        if (newstr !== "") thestr = newstr.startsWith("-") ? `${thestr} - ${newstr.slice(1)}` : `${thestr} + ${newstr}`;
      } else thestr = newstr;
    });
    return raisePower(thestr);
  });
  def(poly1dType, "__call__", (s, a, kw) => np("polyval", [coeffsOf(s), method("__call__", ["val"], 1, s, a, kw).val]));
  def(poly1dType, "__neg__", (s) => make(unary("-", coeffsOf(s))));
  def(poly1dType, "__pos__", (s) => s);
  const mul = (s: PyInstance, o: any, reflected: boolean) => {
    if (isscalar(o)) return make(reflected ? binop("*", o, coeffsOf(s)) : binop("*", coeffsOf(s), o));
    return make(polymul(coeffsOf(s), coeffsOf(make(o))));
  };
  def(poly1dType, "__mul__", (s, a) => mul(s, a[0], false));
  def(poly1dType, "__rmul__", (s, a) => mul(s, a[0], true));
  def(poly1dType, "__add__", (s, a) => make(addOrSub("+", coeffsOf(s), coeffsOf(make(a[0])))));
  def(poly1dType, "__radd__", (s, a) => make(addOrSub("+", coeffsOf(s), coeffsOf(make(a[0])))));
  def(poly1dType, "__sub__", (s, a) => make(addOrSub("-", coeffsOf(s), coeffsOf(make(a[0])))));
  def(poly1dType, "__rsub__", (s, a) => make(addOrSub("-", coeffsOf(make(a[0])), coeffsOf(s))));
  def(poly1dType, "__pow__", (s, a) => {
    const val = a[0];
    if (!isscalar(val) || truthy(compare("!=", call(builtins.get("int"), [val], null), val)) || truthy(compare("<", val, 0)))
      throw valueError("Power to non-negative integers only.");
    let res: any = new N.NDArray("int64", [1], new Float64Array([1]));
    const times = toIndex(val);
    chargeNative(times * NS_PER_POLY_STEP);
    for (let i = 0; i < times; i++) res = polymul(coeffsOf(s), res);
    return make(res);
  });
  def(poly1dType, "__truediv__", (s, a) => (isscalar(a[0]) ? make(binop("/", coeffsOf(s), a[0])) : polydiv(s, make(a[0]))));
  def(poly1dType, "__rtruediv__", (s, a) => (isscalar(a[0]) ? make(binop("/", a[0], coeffsOf(s))) : polydiv(make(a[0]), s)));
  const eq = (s: PyInstance, o: any) => {
    const a = coeffsOf(s),
      b = coeffsOf(o);
    if (a.shape[0] !== b.shape[0]) return false;
    return truthy(np("all", [compare("==", a, b)]));
  };
  def(poly1dType, "__eq__", (s, a) => (isPoly1d(a[0]) ? eq(s, a[0]) : NotImplemented));
  def(poly1dType, "__ne__", (s, a) => (isPoly1d(a[0]) ? !eq(s, a[0]) : NotImplemented));
  const zeroOf = (s: PyInstance) => call(d.get(coeffsOf(s).dtype === "object" ? "object_" : coeffsOf(s).dtype), [0], null);
  def(poly1dType, "__getitem__", (s, a) => {
    const val = a[0];
    const ind = binop("-", order(s), val);
    if (truthy(compare(">", val, order(s)))) return zeroOf(s);
    if (truthy(compare("<", val, 0))) return zeroOf(s);
    return getitem(coeffsOf(s), ind);
  });
  def(poly1dType, "__setitem__", (s, a) => {
    const [key, val] = a;
    let ind = binop("-", order(s), key);
    if (truthy(compare("<", key, 0))) throw valueError("Does not support negative powers.");
    if (truthy(compare(">", key, order(s)))) {
      const zr = np("zeros", [binop("-", key, order(s)), dtypeOf(coeffsOf(s).dtype)]);
      s.dict.set("coeffs", np("concatenate", [new PyTuple([zr, coeffsOf(s)])]));
      ind = 0;
    }
    setitem(coeffsOf(s), ind, val);
    return null;
  });
  def(poly1dType, "__iter__", (s) => call(builtins.get("iter"), [coeffsOf(s)], null));
  def(poly1dType, "integ", (s, a, kw) => {
    const p = method("integ", ["m", "k"], 0, s, a, kw);
    return make(fns.raw.polyint(coeffsOf(s), p.m ?? 1, p.k ?? 0));
  });
  def(poly1dType, "deriv", (s, a, kw) => {
    const p = method("deriv", ["m"], 0, s, a, kw);
    return make(fns.raw.polyder(coeffsOf(s), p.m ?? 1));
  });

  d.set("poly1d", poly1dType);
  const fn = builtinAdder(d);
  for (const name of ["poly", "polyint", "polyder", "polyadd", "polysub", "polymul", "polydiv", "trim_zeros"] as const) fn(name, fns[name]);
});
