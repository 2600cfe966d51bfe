// numpy.testing's core, as NumPy 2.x writes it in Python (numpy/testing/_private/utils.py): build_err_msg and
// assert_array_compare, with their AssertionError messages reproduced exactly. The work is done by the numpy
// module's own functions (isnan, isclose, argwhere, array_repr, ...), so it is charged as theirs is.
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar } from "../../../ndarray/index";
import { PyExcObj, PyFloat, PySlice, PyTuple, type KW } from "../../objects/core";
import { binop, call, callMethod, compare, getitem, repr, str as pyStr, toIndex, truthy } from "../../objects/ops";
import { typeOf } from "../../objects/types";
import { formatNumber, formatValue } from "../../objects/format";
import { exc, excTypes, typeError, AssertionError, TypeError, ValueError } from "../../errors";
import { excMatches, toPyExc, isFatal } from "../../compiler/exceptions";
import { chargeNative } from "../../charge";

/** the numpy module's namespace (set when numpy is first imported) */
let npDict: Map<string, any> | null = null;
export const setNumpyNamespace = (d: Map<string, any>) => {
  npDict = d;
};
/** calls numpy.<name>(...args, **kw) */
export function np(name: string, args: any[], kw: KW = null): any {
  const f = npDict?.get(name);
  if (f === undefined) throw exc(excTypes.get("NotImplementedError")!, `numpy.testing needs numpy.${name}`);
  return call(f, args, kw);
}
export const kw = (o: Record<string, any>): KW => new Map(Object.entries(o));
export const notSupported = (what: string) =>
  exc(excTypes.get("NotImplementedError")!, `numpy.testing: ${what} is not supported by this engine`);
export const assertionError = (msg: any) => exc(AssertionError, msg);
/** `e` as the Python exception it is (NumPy's errors thrown by the ndarray code converted), if it is of type `t` or a
 *  subclass and not one of the engine's own limits; else null */
export function pyError(e: unknown, ...t: any[]): PyExcObj | null {
  if (!(e instanceof PyExcObj) && !(e instanceof Error && (e as any).pyType)) return null;
  const x = toPyExc(e);
  return !isFatal(x) && t.some((c) => excMatches(x, c)) ? x : null;
}
export const isPyError = (e: unknown, ...t: any[]) => pyError(e, ...t) !== null;

const ndimOf = (v: any) => (v instanceof NDArray ? v.ndim : 0);
const dtypeName = (v: any): string => (v instanceof NDArray || v instanceof NPScalar ? v.dtype : "object");
/** NumPy's `issubdtype(dtype, number)` plus bool: the dtypes whose nan/inf positions are compared */
const numeric = (dt: N.DType) => dt === "bool" || N.isInt(dt) || N.isFloat(dt);
const shapeRepr = (s: number[]) => (s.length === 1 ? `(${s[0]},)` : `(${s.join(", ")})`);
const pyLen = (s: string) => [...s].length;

/** array_repr's check of its precision (NumPy's messages) */
function checkedPrecision(p: any): any {
  if (p === null) return p;
  let n: number;
  try {
    n = toIndex(p);
  } catch (e) {
    if (isPyError(e, TypeError)) throw typeError("precision must be an integer");
    throw e;
  }
  if (n < 0) throw exc(ValueError, "precision must be >= 0");
  return n;
}

/** build_err_msg(arrays, err_msg, header, verbose, names, precision) */
export function buildErrMsg(
  arrays: any[],
  errMsg: any,
  header: string,
  verbose: boolean,
  names: readonly string[] = ["ACTUAL", "DESIRED"],
  precision: any = 8,
): string {
  const msg = ["\n" + header];
  const em = pyStr(errMsg);
  if (em) {
    if (!em.includes("\n") && pyLen(em) < 79 - pyLen(header)) msg[0] += " " + em;
    else msg.push(em);
  }
  if (verbose)
    arrays.forEach((a, i) => {
      let r: string;
      try {
        r = a instanceof NDArray ? pyStr(np("array_repr", [a], kw({ precision: checkedPrecision(precision) }))) : repr(a);
      } catch (e) {
        if (!isPyError(e, excTypes.get("Exception")!)) throw e;
        r = `[repr failed for <${typeOf(a).name}>: ${pyStr(pyError(e, excTypes.get("Exception")!))}]`;
      }
      if (r.split("\n").length > 4) r = r.split("\n").slice(0, 3).join("\n") + "...";
      msg.push(` ${names[i]}: ${r}`);
    });
  return msg.join("\n");
}

export interface CompareOptions {
  errMsg: any;
  verbose: boolean;
  header: string;
  precision?: any;
  equalNan?: boolean;
  equalInf?: boolean;
  strict?: boolean;
  names?: readonly [string, string];
}

/** assert_array_compare(comparison, x, y, ...): raises AssertionError with NumPy's report, or returns */
/**
 * Per element compared, charged before the comparison: its NumPy calls (the NaN/inf masks, the comparison, the
 * reductions and, on a failure, the mismatch report) make about ten passes charged 1.56 ns per element each, while
 * the whole measured 0.6–1.6 µs per element (assert_array_equal/assert_allclose of 10^5 floats 60–160 ms of CPU).
 */
const NS_PER_COMPARED = 800;

export function assertArrayCompare(comparison: (x: any, y: any) => any, xIn: any, yIn: any, o: CompareOptions): void {
  const ox: NDArray = np("asarray", [xIn]);
  const oy: NDArray = np("asarray", [yIn]);
  chargeNative(Math.max(ox.size, oy.size) * NS_PER_COMPARED);
  try {
    compareArrays(comparison, ox, oy, o);
  } catch (e) {
    // NumPy re-raises a ValueError as a ValueError whose message holds the formatted traceback
    const v = pyError(e, ValueError);
    if (v) throw notSupported(`the ValueError raised during the comparison (${pyStr(v)})`);
    throw e;
  }
}

function compareArrays(comparison: (x: any, y: any) => any, ox: NDArray, oy: NDArray, o: CompareOptions): void {
  const names = o.names ?? (["ACTUAL", "DESIRED"] as const);
  const precision = o.precision ?? 6;
  const fail = (arrays: any[], errMsg: any): never => {
    throw assertionError(buildErrMsg(arrays, errMsg, o.header, o.verbose, names, precision));
  };
  let x: NDArray = ox,
    y: NDArray = oy;
  const sameShape = x.shape.length === y.shape.length && x.shape.every((n, k) => n === y.shape[k]);
  const cond = o.strict ? sameShape && x.dtype === y.dtype : x.ndim === 0 || y.ndim === 0 || sameShape;
  if (!cond) {
    const reason = !sameShape
      ? `\n(shapes ${shapeRepr(x.shape)}, ${shapeRepr(y.shape)} mismatch)`
      : `\n(dtypes ${x.dtype}, ${y.dtype} mismatch)`;
    fail([x, y], binop("+", o.errMsg, reason));
  }
  const anyDifference = (a: any, b: any) => !truthy(callMethod(np("asarray", [compare("==", a, b)]), "all", [], null));
  /** func_assert_same_pos: the flag as a bool when either side is 0-d, else the array of flags */
  const samePos = (f: (v: any) => any, hasval: string): boolean | NDArray => {
    const xId = f(x),
      yId = f(y);
    if (anyDifference(xId, yId)) fail([x, y], binop("+", o.errMsg, `\n${hasval} location mismatch:`));
    if (ndimOf(xId) === 0) return truthy(xId);
    if (ndimOf(yId) === 0) return truthy(yId);
    return yId;
  };
  let flagged: boolean | NDArray = false;
  if (numeric(x.dtype) && numeric(y.dtype)) {
    if (o.equalNan ?? true) flagged = samePos((v) => np("isnan", [v]), "nan");
    if (o.equalInf ?? true) {
      const before = flagged;
      const notFlagged = typeof before === "boolean" ? !before : np("invert", [before]);
      const infs = samePos((v) => np("logical_and", [np("isinf", [v]), notFlagged]), "inf");
      if (infs instanceof NDArray ? truthy(callMethod(infs, "any", [], null)) : infs) {
        const [xi, yi] = x.ndim > 0 && y.ndim > 0 ? [getitem(x, infs), getitem(y, infs)] : [x, y];
        if (anyDifference(xi, yi)) fail([xi, yi], binop("+", o.errMsg, "\ninf values mismatch:"));
      }
      flagged = typeof before === "boolean" && typeof infs === "boolean" ? before || infs : np("logical_or", [before, infs]);
    }
  }
  if (flagged instanceof NDArray) {
    const keep = np("invert", [flagged]);
    x = getitem(x, keep);
    y = getitem(y, keep);
    if (x.size === 0) return;
  } else if (flagged) return;

  const val = comparison(x, y);
  const reduced: NDArray = np("ravel", [val]);
  if (truthy(callMethod(reduced, "all", [], null))) return;

  const invalids = np("logical_not", [val]);
  const nMismatch = reduced.size - Number(pyStr(callMethod(reduced, "sum", [], null)));
  const nElements = flagged instanceof NDArray ? flagged.size : reduced.size;
  const remarks = [`Mismatched elements: ${nMismatch} / ${nElements} (${formatNumber((100 * nMismatch) / nElements, ".3g", false)}%)`];
  if (ndimOf(invalids) !== 0) {
    const positions: NDArray =
      flagged instanceof NDArray ? getitem(np("argwhere", [np("invert", [flagged])]), invalids) : np("argwhere", [invalids]);
    const first = callMethod(getitem(positions, new PySlice(null, 5, null)), "tolist", [], null).items;
    const elem = (a: NDArray, p: any) => formatValue(getitem(a, a.ndim === 0 ? new PyTuple([]) : new PyTuple(p.items)), "");
    const s = first.map((p: any) => ` ${repr(p)}: ${elem(ox, p)} (${names[0]}), ${elem(oy, p)} (${names[1]})`).join("\n");
    const n = positions.shape[0];
    remarks.push(`${n === 1 ? "Mismatch at index" : n <= 5 ? "Mismatch at indices" : "First 5 mismatches are at indices"}:\n${s}`);
  }
  differenceRemarks(x, y, invalids, remarks);
  fail([ox, oy], pyStr(o.errMsg) + "\n" + remarks.join("\n"));
}

/** "Max absolute/relative difference among violations" (left out, as NumPy does, where subtracting raises TypeError) */
function differenceRemarks(x: NDArray, y: NDArray, invalids: any, remarks: string[]): void {
  if (x.dtype === "object" || y.dtype === "object") {
    // NumPy subtracts the objects: a 0-d pair gives a Python object, whose indexing raises TypeError
    if (ndimOf(invalids) === 0) return;
    throw notSupported("the difference summary of a mismatch between object arrays");
  }
  const saved = N.getErrState();
  N.setErrState({ divide: "ignore", over: "ignore", under: "ignore", invalid: "ignore" });
  try {
    let error = np("absolute", [binop("-", x, y)]);
    if (x.dtype.startsWith("uint")) error = np("minimum", [error, np("absolute", [binop("-", y, x)])]);
    const maxAbs = np("max", [getitem(error, invalids)]);
    const show = (v: any) => (dtypeName(error) === "object" ? pyStr(v) : pyStr(np("array2string", [v])));
    remarks.push("Max absolute difference among violations: " + show(maxAbs));
    const nonzeroAndInvalid = np("logical_and", [invalids, compare("!=", y, 0)]);
    let maxRel: any;
    if (!truthy(np("any", [nonzeroAndInvalid]))) maxRel = np("array", [new PyFloat(Infinity)]);
    else {
      const yb = np("broadcast_to", [y, new PyTuple(ndimOf(error) ? (error as NDArray).shape : [])]);
      maxRel = np("max", [binop("/", getitem(error, nonzeroAndInvalid), np("absolute", [getitem(yb, nonzeroAndInvalid)]))]);
    }
    remarks.push("Max relative difference among violations: " + show(maxRel));
  } catch (e) {
    if (!isPyError(e, TypeError)) throw e;
  } finally {
    N.setErrState(saved);
  }
}
