// np.poly, polyadd, polysub, polymul, polydiv, polyder, polyint and trim_zeros: numpy/lib/_polynomial_impl.py and
// _function_base_impl.py statement for statement through the engine's own NumPy functions (which charge the work).
// A poly1d argument makes a poly1d result, as in NumPy. Registered lazily (./lazy.ts) by poly1d.ts.
import { NDArray } from "../../../ndarray/index";
import { PyFloat, PyList, PySlice, PyTuple, type KW } from "../../objects/core";
import { typeName } from "../../objects/types";
import { binop, call, getitem, iterToArray, len, setitem, str as pyStr, toIndex, truthy } from "../../objects/ops";
import { builtins } from "../../builtins";
import { exc, excTypes, valueError } from "../../errors";
import { bindPy } from "./signature";
import { dtypeOf } from "./types";
import { chargeNative } from "../../charge";

/** One step of these Python-level loops (a few small NumPy calls through the interpreter's objects) measured 3–6 µs of
 *  CPU on a loaded 2-core machine (p ** 10^5, polydiv by a 2-term divisor of 10^5 terms: 0.5–0.6 s): the NumPy calls'
 *  own charges skip arrays this small, so each step is charged here. */
export const NS_PER_POLY_STEP = 3000;

export type NpCall = (name: string, args: any[], kw?: KW) => any;
const kws = (o: Record<string, any>): KW => new Map(Object.entries(o));
const notImpl = (m: string) => exc(excTypes.get("NotImplementedError")!, m);

/** the polynomial functions over `np` (a call of a numpy function by name); `isPoly`/`poly1d` come from poly1d.ts */
export function polyFunctions(np: NpCall, isPoly: (v: any) => boolean, poly1d: (v: any) => any) {
  const int = (v: any): number => toIndex(call(builtins.get("int"), [v], null));

  function poly(zerosArg: any): any {
    let zeros = np("atleast_1d", [zerosArg]) as NDArray;
    const sh = zeros.shape;
    if (sh.length === 2 && sh[0] === sh[1] && sh[0] !== 0)
      throw notImpl("np.poly() of a square matrix is not supported by this engine: its eigenvalues may be complex");
    else if (sh.length === 1) {
      // mintypecode: float32 stays float32, every other real dtype becomes float64
      if (zeros.dtype !== "object") zeros = np("asarray", [zeros], kws({ dtype: zeros.dtype === "float32" ? "float32" : "float64" }));
    } else throw valueError("input must be 1d or non-empty square 2d array.");
    if (len(zeros) === 0) return new PyFloat(1);
    const dt = np("dtype", [zeros.dtype === "object" ? "O" : zeros.dtype]);
    let a = np("ones", [new PyTuple([1])], kws({ dtype: dt }));
    // charged before the zeros are taken apart: a long list of them is refused before any work
    chargeNative(zeros.size * NS_PER_POLY_STEP);
    for (const zero of iterToArray(zeros))
      a = np("convolve", [a, np("array", [new PyList([1, binop("-", 0, zero)])], kws({ dtype: dt }))], kws({ mode: "full" }));
    return a;
  }

  function polyint(pArg: any, mArg: any = 1, kArg: any = null): any {
    const m = int(mArg);
    if (m < 0) throw valueError("Order of integral must be positive (see polyder)");
    let k = kArg === null || kArg === undefined ? np("zeros", [m, builtins.get("float")]) : kArg;
    k = np("atleast_1d", [k]);
    if (len(k) === 1 && m > 1) k = binop("*", getitem(k, 0), np("ones", [m, builtins.get("float")]));
    if (len(k) < m) throw valueError("k must be a scalar or a rank-1 array of length 1 or >m.");
    const truepoly = isPoly(pArg);
    const p = np("asarray", [pArg]);
    if (m === 0) return truepoly ? poly1d(p) : p;
    chargeNative(NS_PER_POLY_STEP);
    const y = np("concatenate", [new PyTuple([binop("/", p, np("arange", [len(p), 0, -1])), new PyList([getitem(k, 0)])])]);
    const val = polyint(y, m - 1, getitem(k, new PySlice(1, null, null)));
    return truepoly ? poly1d(val) : val;
  }

  function polyder(pArg: any, mArg: any = 1): any {
    const m = int(mArg);
    if (m < 0) throw valueError("Order of derivative must be positive (see polyint)");
    const truepoly = isPoly(pArg);
    const p = np("asarray", [pArg]);
    const n = len(p) - 1;
    chargeNative(NS_PER_POLY_STEP);
    const y = binop("*", getitem(p, new PySlice(null, -1, null)), np("arange", [n, 0, -1]));
    const val = m === 0 ? p : polyder(y, m - 1);
    return truepoly ? poly1d(val) : val;
  }

  function addOrSub(op: "+" | "-", a1Arg: any, a2Arg: any): any {
    const truepoly = isPoly(a1Arg) || isPoly(a2Arg);
    const a1 = np("atleast_1d", [a1Arg]) as NDArray,
      a2 = np("atleast_1d", [a2Arg]) as NDArray;
    const diff = len(a2) - len(a1);
    const pad = (a: NDArray, n: number, dt: NDArray) =>
      np("concatenate", [new PyTuple([np("zeros", [n, np("dtype", [dt.dtype === "object" ? "O" : dt.dtype])]), a])]);
    const val = diff === 0 ? binop(op, a1, a2) : diff > 0 ? binop(op, pad(a1, diff, a1), a2) : binop(op, a1, pad(a2, -diff, a2));
    return truepoly ? poly1d(val) : val;
  }

  function polymul(a1Arg: any, a2Arg: any): any {
    const truepoly = isPoly(a1Arg) || isPoly(a2Arg);
    const val = np("convolve", [poly1d(a1Arg), poly1d(a2Arg)]);
    return truepoly ? poly1d(val) : val;
  }

  function polydiv(uArg: any, vArg: any): any {
    const truepoly = isPoly(uArg) || isPoly(vArg);
    const u = binop("+", np("atleast_1d", [uArg]), new PyFloat(0)),
      v = binop("+", np("atleast_1d", [vArg]), new PyFloat(0));
    const w = binop("+", getitem(u, 0), getitem(v, 0));
    const m = len(u) - 1,
      n = len(v) - 1;
    const scale = binop("/", new PyFloat(1), getitem(v, 0));
    const wdt = dtypeOf((np("asarray", [w]) as NDArray).dtype);
    const q = np("zeros", [new PyTuple([Math.max(m - n + 1, 1)]), wdt]);
    let r = np("array", [u], kws({ dtype: wdt }));
    chargeNative(Math.max(m - n + 1, 0) * NS_PER_POLY_STEP);
    for (let k = 0; k < m - n + 1; k++) {
      const d = binop("*", scale, getitem(r, k));
      setitem(q, k, d);
      const sl = new PySlice(k, k + n + 1, null);
      setitem(r, sl, binop("-", getitem(r, sl), binop("*", d, v)));
    }
    while (truthy(np("allclose", [getitem(r, 0), 0], kws({ rtol: 1e-14 }))) && (r as NDArray).shape.at(-1)! > 1) {
      chargeNative(NS_PER_POLY_STEP);
      r = getitem(r, new PySlice(1, null, null));
    }
    return new PyTuple(truepoly ? [poly1d(q), poly1d(r)] : [q, r]);
  }

  function trimZeros(filt: any, trimArg: any = "fb", axis: any = null): any {
    const a = np("asarray", [filt]) as NDArray;
    if (typeof trimArg !== "string") throw exc(excTypes.get("AttributeError")!, `'${typeName(trimArg)}' object has no attribute 'lower'`);
    const trim = trimArg.toLowerCase();
    if (!["fb", "bf", "f", "b"].includes(trim))
      throw valueError(`unexpected character(s) in \`trim\`: ${pyStr(call(builtins.get("repr"), [trimArg], null))}`);
    if (axis !== null && axis !== undefined) throw notImpl("np.trim_zeros(): the argument 'axis' is not supported by this engine");
    if (a.ndim === 0) return filt;
    if (a.ndim !== 1) throw notImpl("np.trim_zeros() of an array of more than one dimension is not supported by this engine");
    const nz = np("flatnonzero", [a]) as NDArray;
    let start: number | null, stop: number | null;
    if (nz.size === 0) start = stop = 0;
    else {
      start = trim.includes("f") ? Number(nz.getFlat(0)) : null;
      stop = trim.includes("b") ? Number(nz.getFlat(nz.size - 1)) + 1 : null;
    }
    return getitem(filt, new PySlice(start, stop, null));
  }

  return {
    poly: (a: any[], kw: KW) => poly(bindPy({ name: "poly", positional: ["seq_of_zeros"], required: 1 }, a, kw).seq_of_zeros),
    polyint: (a: any[], kw: KW) => {
      const p = bindPy({ name: "polyint", positional: ["p", "m", "k"], required: 1 }, a, kw);
      return polyint(p.p, p.m ?? 1, p.k ?? null);
    },
    polyder: (a: any[], kw: KW) => {
      const p = bindPy({ name: "polyder", positional: ["p", "m"], required: 1 }, a, kw);
      return polyder(p.p, p.m ?? 1);
    },
    polyadd: (a: any[], kw: KW) => {
      const p = bindPy({ name: "polyadd", positional: ["a1", "a2"], required: 2 }, a, kw);
      return addOrSub("+", p.a1, p.a2);
    },
    polysub: (a: any[], kw: KW) => {
      const p = bindPy({ name: "polysub", positional: ["a1", "a2"], required: 2 }, a, kw);
      return addOrSub("-", p.a1, p.a2);
    },
    polymul: (a: any[], kw: KW) => {
      const p = bindPy({ name: "polymul", positional: ["a1", "a2"], required: 2 }, a, kw);
      return polymul(p.a1, p.a2);
    },
    polydiv: (a: any[], kw: KW) => {
      const p = bindPy({ name: "polydiv", positional: ["u", "v"], required: 2 }, a, kw);
      return polydiv(p.u, p.v);
    },
    trim_zeros: (a: any[], kw: KW) => {
      const p = bindPy({ name: "trim_zeros", positional: ["filt", "trim", "axis"], required: 1 }, a, kw);
      return trimZeros(p.filt, p.trim ?? "fb", p.axis ?? null);
    },
    raw: { poly, polyint, polyder, polymul, polydiv, addOrSub },
  };
}
