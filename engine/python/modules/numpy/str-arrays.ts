// str arrays ('<Un') in the binding: np.str_ (an element, whose str methods act on its text), NumPy's errors for the
// reductions it has no str loop for, and the guard that makes every numpy function or ndarray method this engine has
// not checked on str arrays raise instead of treating their elements as numbers.
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar } from "../../../ndarray/index";
import { PyBuiltin, PyList, PyMethodDescr, PyTuple, type PyType, type KW, type PyExcObj, typeVersion } from "../../objects/core";
import { strType, floatType, intType } from "../../objects/types";
import { call } from "../../objects/ops";
import { typeError, exc, excTypes, UFuncTypeError } from "../../errors";
import { strScalarType } from "./types";
import { chargeLoop } from "../../charge";
// str's methods and operator methods must be in strType.dict before np.str_ copies them below: whichever module a
// host imports first (engine/core before engine/index, as lib/exercises does), these are evaluated first
import "../../objects/methods";
import "../../objects/dunders";

/** The width n of a str array ('<Un'); 0 for any other array. */
export function strWidth(arr: NDArray): number {
  return N.isStr(arr.dtype) ? N.strWidth(arr.dtype) : 0;
}

/** the ufunc loop NumPy looks for and does not find for a str array of width w */
export type StrLoop = "add.reduce" | "add.accumulate" | "multiply" | "maximum" | "minimum" | "fmax" | "fmin";

/** NumPy's error for a reduction of a str array of width w: add finds no result width, the others no loop at all */
export function strLoopError(loop: StrLoop, w: number): PyExcObj {
  const u = `dtype('<U${w}')`;
  if (loop === "add.reduce" || loop === "add.accumulate")
    return typeError(`the resolved dtypes are not compatible with ${loop}. Resolved (${u}, ${u}, dtype('<U${2 * w}'))`);
  return exc(UFuncTypeError, `ufunc '${loop}' did not contain a loop with signature matching types (${u}, ${u}) -> None`);
}

export function notSupported(what: string): PyExcObj {
  return exc(excTypes.get("NotImplementedError")!, `${what} of str arrays is not supported by this engine`);
}

// ---------------------------------------------------------------- np.str_
/** the text of an np.str_, or undefined for anything else */
export function strScalarText(v: any): string | undefined {
  return v instanceof NPScalar && N.isStr(v.dtype) ? (v.value as string) : undefined;
}
const unwrap = (v: any) => strScalarText(v) ?? v;

/** np.str_(text) */
export function strScalar(s: string): NPScalar {
  return new NPScalar(N.strDType(Math.max(1, N.codeLen(s))), s);
}

// np.str_ has str's methods, called on its text (generic's come first in its MRO otherwise)
for (const [name, f] of strType.dict)
  if (f instanceof PyMethodDescr) strScalarType.dict.set(name, new PyMethodDescr(name, (s, a, kw) => f.fn(unwrap(s), a.map(unwrap), kw)));
const strRepr = strType.dict.get("__repr__") as PyMethodDescr;
const method = (name: string, f: (s: string) => any) => strScalarType.dict.set(name, new PyMethodDescr(name, (s) => f(unwrap(s))));
method("__repr__", (s) => `np.str_(${strRepr.fn(s, [], null)})`);
method("__str__", (s) => s);
// a native __hash__ returns the dict key itself: the text's, so np.str_('a') finds the key 'a'
method("__hash__", (s) => s);
method("__bool__", (s) => s.length > 0);
method("__float__", (s) => call(floatType, [s], null));
method("__int__", (s) => call(intType, [s], null));
method("item", (s) => s);
method("tolist", (s) => s);
typeVersion.v++;

// ---------------------------------------------------------------- the guard
/** numpy functions checked on str arrays (their elements are moved or compared, never read as numbers) */
const FUNCTIONS = new Set([
  // type codes are str: they are read as codes, never as numbers
  "mintypecode",
  "typename",
  "array",
  "asarray",
  "asanyarray",
  "fromiter",
  // through np.unique, sort and comparisons, which take str arrays
  "unique_all",
  "unique_counts",
  "unique_inverse",
  "unique_values",
  "setxor1d",
  "copy",
  "where",
  "concatenate",
  "stack",
  "vstack",
  "hstack",
  "column_stack",
  "unique",
  "isin",
  "sort",
  "argsort",
  "reshape",
  "ravel",
  "shape",
  "size",
  "ndim",
  "transpose",
  "expand_dims",
  "squeeze",
  "full",
  "full_like",
  "empty_like",
  "flip",
  "repeat",
  "tile",
  "append",
  "atleast_1d",
  "array_repr",
  "array_str",
  "array2string",
  "astype",
  // reductions (reduceCall and the nan-functions give NumPy's errors for those without a str loop)
  "sum",
  "mean",
  "max",
  "min",
  "amax",
  "amin",
  "prod",
  "std",
  "var",
  "all",
  "any",
  "argmax",
  "argmin",
  "cumsum",
  "cumprod",
  "ptp",
  "count_nonzero",
  "nansum",
  "nanprod",
  "nanmax",
  "nanmin",
  "nanmean",
  "nanargmax",
  "nanargmin",
  "result_type",
  "isscalar",
  "select",
  // its mode may be a tuple of str; str indices are its own TypeError
  "ravel_multi_index",
]);
/** ndarray methods checked on str arrays */
const METHODS = new Set([
  "sum",
  "mean",
  "max",
  "min",
  "prod",
  "std",
  "var",
  "all",
  "any",
  "argmax",
  "argmin",
  "cumsum",
  "cumprod",
  "ptp",
  "astype",
  "tolist",
  "item",
  "copy",
  "reshape",
  "ravel",
  "flatten",
  "transpose",
  "squeeze",
  "sort",
  "argsort",
  "fill",
  "repeat",
  "view",
  "__len__",
  "__getitem__",
  "__setitem__",
  "__iter__",
  "__contains__",
  "__repr__",
  "__str__",
  "__format__",
  "__copy__",
  "__deepcopy__",
  // operators go to the ufuncs, which give NumPy's errors for what has no str loop
  "__add__",
  "__radd__",
  "__iadd__",
  "__sub__",
  "__rsub__",
  "__isub__",
  "__mul__",
  "__rmul__",
  "__imul__",
  "__truediv__",
  "__rtruediv__",
  "__itruediv__",
  "__floordiv__",
  "__rfloordiv__",
  "__mod__",
  "__rmod__",
  "__divmod__",
  "__rdivmod__",
  "__lt__",
  "__le__",
  "__gt__",
  "__ge__",
  "__eq__",
  "__ne__",
  "__neg__",
  "__pos__",
  "__abs__",
  "__invert__",
]);
/** reductions: NumPy's own error where it has no str loop, else this engine's */
const REDUCTIONS: Record<string, StrLoop> = {
  sum: "add.reduce",
  mean: "add.reduce",
  std: "add.reduce",
  var: "add.reduce",
  cumsum: "add.accumulate",
  cumprod: "multiply",
  ptp: "maximum",
  prod: "multiply",
  max: "maximum",
  min: "minimum",
  amax: "maximum",
  amin: "minimum",
};

/** a str array among the arguments, or a list that np.array makes one (a str in it, or in a list in it) */
function strArrayIn(args: any[]): NDArray | null {
  for (const x of args) {
    if (x instanceof NDArray && N.isStr(x.dtype)) return x;
    if (x instanceof PyList || x instanceof PyTuple) {
      chargeLoop(x.items.length);
      for (const y of x.items) {
        if (y instanceof NDArray && N.isStr(y.dtype)) return y;
        if (typeof y === "string" || strScalarText(y) !== undefined) return N.array([strScalarText(y) ?? y]);
        if (y instanceof PyList || y instanceof PyTuple) {
          const z = strArrayIn([y]);
          if (z !== null) return z;
        }
      }
    }
  }
  return null;
}
/** the error a numpy function or ndarray method (`prefix`: 'np.', 'ndarray.') not checked on str arrays raises for one */
export function strCallError(name: string, arr: NDArray, prefix: string): PyExcObj {
  const loop = REDUCTIONS[name];
  if (loop !== undefined) return strLoopError(loop, N.strWidth(arr.dtype as N.StrDType));
  return notSupported(`${prefix}${name}()`);
}

const guarded = new WeakSet<object>();
/** wraps numpy's functions (module dict `d`, numpy.linalg) and ndarray methods not checked on str arrays */
export function guardStrArrays(modules: [Map<string, any>, string][], ndarrayType: PyType): void {
  for (const [d, prefix] of modules)
    for (const [name, f] of d) {
      if (!(f instanceof PyBuiltin) || FUNCTIONS.has(name) || guarded.has(f)) continue;
      const fn = f.fn;
      f.fn = (a: any[], kw: KW) => {
        const s = strArrayIn(a) ?? (kw ? strArrayIn([...kw.values()]) : null);
        if (s !== null) throw strCallError(name, s, prefix);
        return fn(a, kw);
      };
      guarded.add(f);
    }
  for (const [name, f] of ndarrayType.dict) {
    if (!(f instanceof PyMethodDescr) || METHODS.has(name) || guarded.has(f)) continue;
    const fn = f.fn;
    f.fn = (self: any, a: any[], kw: KW) => {
      if (self instanceof NDArray && N.isStr(self.dtype)) throw strCallError(name, self, "ndarray.");
      return fn(self, a, kw);
    };
    guarded.add(f);
  }
}
