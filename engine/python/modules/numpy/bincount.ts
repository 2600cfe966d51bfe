// np.bincount as NumPy 2.4 checks its arguments: a 1-d array of non-negative integers (a sequence of other numbers
// is converted with int(), with NumPy 2.1's DeprecationWarning; an ndarray of another kind is refused), weights of
// the same length, a non-negative minlength. The counts are allocated only after the memory check.
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import { intType } from "../../objects/types";
import { call, iterToArray, toIndex } from "../../objects/ops";
import { typeError, valueError } from "../../errors";
import { chargeContainer, BYTES } from "../../charge";
import { toNd, parseArgs, dtRepr } from "./conv";

const SEQUENCE_TOO_DEEP =
  "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.";
const NON_INTEGER = "Non-integer input passed to bincount. In a future version of NumPy, this will be an error. (Deprecated NumPy 2.1)";

/** One-dimensional, as NumPy's conversion with ndmin = ndmax = 1 says it. */
function oneDim(given: unknown, a: NDArray): void {
  if (a.ndim === 0) throw valueError("object of too small depth for desired array");
  if (a.ndim > 1) throw valueError(given instanceof NDArray ? "object too deep for desired array" : SEQUENCE_TOO_DEEP);
}

/** The bins: integer elements as they are; a sequence of other values through int(), as NumPy does. */
function binsOf(given: unknown): number[] | NDArray {
  const a = toNd(given);
  oneDim(given, a);
  if (N.isInt(a.dtype) || a.dtype === "bool") return a;
  if (given instanceof NDArray || a.dtype === "object")
    throw typeError(`Cannot cast array data from ${dtRepr(a.dtype)} to dtype('int64') according to the rule 'safe'`);
  if (a.size === 0) return [];
  N.warn("DeprecationWarning", NON_INTEGER);
  return iterToArray(given).map((v) => Number(call(intType, [v], null)));
}

function minlengthOf(v: unknown): number {
  if (v === undefined) return 0;
  if (v === null) throw typeError("use 0 instead of None for minlength");
  if (typeof v === "boolean") throw typeError("an integer is required");
  const n = Number(toIndex(v));
  if (n < 0) throw valueError("'minlength' must not be negative");
  return n;
}

export function bincount(args: unknown[], kw: unknown): NDArray {
  const p = parseArgs("bincount", args as any[], kw as any, ["x", "weights", "minlength"], 1);
  const bins = binsOf(p[0]);
  const count = bins instanceof NDArray ? bins.size : bins.length;
  const at = bins instanceof NDArray ? (i: number) => Number(bins.getFlat(i)) : (i: number) => bins[i];
  let n = minlengthOf(p[2]);
  for (let i = 0; i < count; i++) {
    const v = at(i);
    if (v < 0) throw valueError("'list' argument must have no negative elements");
    if (v >= n) n = v + 1;
  }
  let w: NDArray | null = null;
  if (p[1] !== undefined && p[1] !== null) {
    const given = p[1];
    w = N.astype(toNd(given), "float64");
    oneDim(given, w);
    if (w.size !== count) throw valueError("The weights and list don't have the same length.");
  }
  chargeContainer(n, BYTES.slot);
  const out = new Float64Array(n);
  for (let i = 0; i < count; i++) out[at(i)] += w ? Number(w.getFlat(i)) : 1;
  return new NDArray(w ? "float64" : "int64", [n], out);
}
