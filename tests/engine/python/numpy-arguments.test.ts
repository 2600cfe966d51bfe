// The numpy binding honours every argument it accepts: one it does not implement raises NotImplementedError (NumPy
// would honour it) or TypeError (NumPy would reject it too) — never silently ignored. Messages recorded from NumPy 2.4
// where NumPy raises.
import { describe, test, expect } from "vitest";
import { err, out } from "./helpers";

const NI = "NotImplementedError";
const rejected: [string, string][] = [
  ["np.exp(a, where=a > 2)", `${NI}: exp(): the argument 'where' is not supported by this engine`],
  ["np.exp(a, dtype=np.float32)", `${NI}: exp(): the argument 'dtype' is not supported by this engine`],
  ["np.add(a, a, casting='unsafe')", `${NI}: add(): the argument 'casting' is not supported by this engine`],
  ["np.exp(a, bogus=1)", "TypeError: exp() got an unexpected keyword argument 'bogus'"],
  [
    "np.vstack([a, a], dtype=int)",
    "TypeError: Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'same_kind'",
  ],
  ["np.hstack([a, a], axis=1)", "TypeError: hstack() got an unexpected keyword argument 'axis'"],
  ["np.percentile(a, 50, out=np.zeros(3))", `${NI}: percentile(): the argument 'out' is not supported by this engine`],
  ["np.percentile(a, 50, interpolation='linear')", "TypeError: percentile() got an unexpected keyword argument 'interpolation'"],
  [
    "np.quantile(a, 0.5, method='bogus')",
    "ValueError: 'bogus' is not a valid method. Use one of: dict_keys(['inverted_cdf', 'averaged_inverted_cdf', 'closest_observation', 'interpolated_inverted_cdf', 'hazen', 'weibull', 'linear', 'median_unbiased', 'normal_unbiased', 'lower', 'higher', 'midpoint', 'nearest'])",
  ],
  ["np.percentile(a, 101)", "ValueError: Percentiles must be in the range [0, 100]"],
  ["np.set_printoptions(legacy='1.13')", `${NI}: set_printoptions(): the argument 'legacy' is not supported by this engine`],
  ["np.set_printoptions(sign='x')", "ValueError: sign option must be one of ' ', '+', or '-'"],
  ["np.set_printoptions(colour=1)", "TypeError: set_printoptions() got an unexpected keyword argument 'colour'"],
  ["np.unique(a / 0, axis=0)", `${NI}: np.unique(..., axis=...) of slices holding NaN is not supported by this engine`],
  ["np.array([b'ab', b'c'])", `${NI}: arrays of bytes (NumPy's 'S' dtype) are not supported by this engine`],
  ["np.zeros(2, dtype='S3')", `${NI}: arrays of bytes (NumPy's 'S' dtype) are not supported by this engine`],
  ["np.r_['0,2', [1, 2], [3, 4]]", `${NI}: np.r_/np.c_ with a directive ('0,2') is not supported by this engine`],
  ["np.pad(a, 1, mode='reflect', reflect_type='odd')", `${NI}: pad(): the argument 'reflect_type' is not supported by this engine`],
  ["np.concatenate([a, a], out=np.zeros((4, 3)))", `${NI}: concatenate(): the argument 'out' is not supported by this engine`],
  ["a.sort(order='x')", `${NI}: sort(): the argument 'order' is not supported by this engine`],
  ["np.nanmax(a, out=np.zeros(3))", `${NI}: nanmax(): the argument 'out' is not supported by this engine`],
  ["np.nanargmax(np.array([np.nan, np.nan]))", "ValueError: All-NaN slice encountered"],
  ["np.tensordot(10**9, 10**9, 10**9)", "IndexError: tuple index out of range"],
  ["np.add.at(10**9, 10**9)", "ValueError: second operand needed for ufunc"],
  ["np.add.at(5, 0, 1)", "TypeError: first operand must be array"],
  ["np.negative.at(a, [0], 1)", "ValueError: second operand provided when ufunc is unary"],
  [
    "a.view(np.int64)",
    `${NI}: ndarray.view(int64) reinterprets the array's bytes, which this engine does not support; to convert the values use .astype(int64)`,
  ],
  [
    "a.view(dtype='f4')",
    `${NI}: ndarray.view(float32) reinterprets the array's bytes, which this engine does not support; to convert the values use .astype(float32)`,
  ],
];

describe("arguments the numpy binding does not implement raise", () => {
  for (const [expr, expected] of rejected) {
    test(expr, () => expect(err(`import numpy as np\na = np.arange(6.0).reshape(2, 3)\n${expr}`)).toBe(expected));
  }
});

// outputs recorded with NumPy 2.4.6
const honoured: [string, string][] = [
  ["print(np.add.reduce(a, axis=1, keepdims=True))", "[[ 3.]\n [12.]]\n"],
  ["print(np.add.reduce(a, out=np.zeros(3)))", "[3. 5. 7.]\n"],
  ["print(repr(np.subtract.reduce(a, axis=1, where=a > 0, initial=0.0)))", "array([ -3., -12.])\n"],
  ["print(repr(np.vstack([a, a], dtype=int, casting='unsafe')[0]))", "array([0, 1, 2])\n"],
  ["print(np.add.accumulate(a, axis=1, dtype=np.float32).dtype)", "float32\n"],
  ["print(np.sqrt(a, out=(np.zeros((2, 3)),))[1])", "[1.73205081 2.         2.23606798]\n"],
  ["print(np.array_str(a / 3, precision=2))", "[[0.   0.33 0.67]\n [1.   1.33 1.67]]\n"],
  ["print(repr(np.nansum(np.array([[1, 2], [3, 4]]), axis=0, keepdims=True)))", "array([[4, 6]])\n"],
  ["print(repr(np.nanmax(np.array([[np.nan, np.nan], [1.0, np.nan]]), axis=1)))", "array([nan,  1.])\n"],
  ["v = a.view(np.float64); v[0, 0] = 7; print(a[0], a.view(np.ndarray).dtype, a.view(dtype='f8').shape)", "[7. 1. 2.] float64 (2, 3)\n"],
];
describe("arguments the numpy binding implements are honoured", () => {
  for (const [src, expected] of honoured) {
    test(src, () => expect(out(`import numpy as np\na = np.arange(6.0).reshape(2, 3)\n${src}`)).toBe(expected));
  }
});
