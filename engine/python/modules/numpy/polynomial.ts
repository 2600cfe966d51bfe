// Python bindings of np.convolve / np.correlate (array code: engine/ndarray/convolve.ts) and np.polyval. Registered lazily
// (./lazy.ts): engine/stdlib.ts imports this file.
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import { correlate1d, corrMode } from "../../../ndarray/convolve";
import { valueError } from "../../errors";
import { binop, iterToArray } from "../../objects/ops";
import { toNd, parseArgs } from "./conv";
import { builtinAdder } from "./types";
import { lazyNumpy } from "./lazy";

/** a 1-D array as NumPy's PyArray_FromAny(op, 1, 1) gives it */
function oneD(v: any, tooDeep: string): NDArray {
  const a = toNd(v);
  if (a.ndim === 0) throw valueError("object of too small depth for desired array");
  if (a.ndim > 1) throw valueError(tooDeep);
  return a;
}

function addPolynomial(d: Map<string, any>): void {
  const fn = builtinAdder(d);
  fn("convolve", (args, kw) => {
    const p = parseArgs("convolve", args, kw, ["a", "v", "mode"], 2);
    // numpy.convolve: array(a, ndmin=1) and the emptiness checks come before multiarray.correlate's
    let a = toNd(p[0]),
      v = toNd(p[1]);
    if (a.ndim === 0) a = N.reshape(a, [1]);
    if (v.ndim === 0) v = N.reshape(v, [1]);
    if (a.shape[0] === 0) throw valueError("a cannot be empty");
    if (v.shape[0] === 0) throw valueError("v cannot be empty");
    if (v.shape[0]! > a.shape[0]!) [a, v] = [v, a];
    const mode = corrMode(p[2] === undefined ? "full" : p[2]);
    a = oneD(a, "object too deep for desired array");
    v = oneD(v, "object too deep for desired array");
    return correlate1d(a, N.flip(v, 0), mode, "convolve");
  });
  fn("correlate", (args, kw) => {
    const p = parseArgs("correlate", args, kw, ["a", "v", "mode"], 2);
    const mode = corrMode(p[2] === undefined ? "valid" : p[2]);
    const deep = "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.";
    const a = oneD(p[0], deep),
      v = oneD(p[1], deep);
    if (a.size === 0) throw valueError("first array argument cannot be empty");
    if (v.size === 0) throw valueError("second array argument cannot be empty");
    return correlate1d(a, v, mode, "correlate");
  });
  fn("polyval", (args, kw) => {
    const p = parseArgs("polyval", args, kw, ["p", "x"], 2);
    // numpy/lib/_polynomial_impl.py, operation for operation (NumPy's promotion of scalars pv included)
    const x = toNd(p[1]);
    let y: any = N.zeros_like(x);
    for (const pv of iterToArray(toNd(p[0]))) y = binop("+", binop("*", y, x), pv);
    return y;
  });
}

lazyNumpy.push(addPolynomial);
