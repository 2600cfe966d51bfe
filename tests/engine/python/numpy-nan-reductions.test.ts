// np.nansum, nanprod, nanmax, nanmin, nanmean, nanargmax, nanargmin called as the enumeration of the sandbox calls them
// (no argument, a huge int, a long str, a dict with a huge axis) and with str arrays and wrong arguments: the outcome
// NumPy 2.4.6 gives (its Python signatures: CPython's TypeErrors; a str array: the UFuncTypeError or TypeError of the
// ufunc that has no loop for str), never an internal error. Expected values recorded with python3 + NumPy 2.4.6.
import { describe, test, expect } from "vitest";
import { run } from "./helpers";

const FIXTURES = "import numpy as np\nHUGE = 10**9\nS = 'ab' * 50_000\nD = {i: i for i in range(10**4)}\n";
/** repr of the value, or "ExceptionType: message" */
function outcome(expr: string): string {
  const r = run(`${FIXTURES}print(repr(${expr}))`);
  return r.ok ? r.stdout.trimEnd() : `${r.error?.type}: ${r.error?.message}`;
}

const cases: [string, string][] = [
  ["np.nansum()", "TypeError: nansum() missing 1 required positional argument: 'a'"],
  ["np.nansum(HUGE)", "np.int64(1000000000)"],
  [
    "np.nansum(S)",
    "TypeError: the resolved dtypes are not compatible with add.reduce. Resolved (dtype('<U100000'), dtype('<U100000'), dtype('<U200000'))",
  ],
  ["np.nansum(S, HUGE)", "AxisError: axis 1000000000 is out of bounds for array of dimension 0"],
  ["np.nansum(D, HUGE)", "AxisError: axis 1000000000 is out of bounds for array of dimension 0"],
  ["np.nanmax()", "TypeError: nanmax() missing 1 required positional argument: 'a'"],
  ["np.nanmax(HUGE)", "np.int64(1000000000)"],
  [
    "np.nanmax(S)",
    "UFuncTypeError: ufunc 'maximum' did not contain a loop with signature matching types (dtype('<U100000'), dtype('<U100000')) -> None",
  ],
  ["np.nanmax(S, HUGE)", "AxisError: axis 1000000000 is out of bounds for array of dimension 0"],
  ["np.nanmax(D, HUGE)", "AxisError: axis 1000000000 is out of bounds for array of dimension 0"],
  ["np.nanmin()", "TypeError: nanmin() missing 1 required positional argument: 'a'"],
  ["np.nanmin(HUGE)", "np.int64(1000000000)"],
  [
    "np.nanmin(S)",
    "UFuncTypeError: ufunc 'minimum' did not contain a loop with signature matching types (dtype('<U100000'), dtype('<U100000')) -> None",
  ],
  ["np.nanmin(S, HUGE)", "AxisError: axis 1000000000 is out of bounds for array of dimension 0"],
  ["np.nanmin(D, HUGE)", "AxisError: axis 1000000000 is out of bounds for array of dimension 0"],
  ["np.nanmean()", "TypeError: nanmean() missing 1 required positional argument: 'a'"],
  ["np.nanmean(HUGE)", "np.float64(1000000000.0)"],
  [
    "np.nanmean(S)",
    "TypeError: the resolved dtypes are not compatible with add.reduce. Resolved (dtype('<U100000'), dtype('<U100000'), dtype('<U200000'))",
  ],
  ["np.nanmean(S, HUGE)", "AxisError: axis 1000000000 is out of bounds for array of dimension 0"],
  ["np.nanmean(D, HUGE)", "AxisError: axis 1000000000 is out of bounds for array of dimension 0"],
  ["np.nanargmax()", "TypeError: nanargmax() missing 1 required positional argument: 'a'"],
  ["np.nanargmax(HUGE)", "np.int64(0)"],
  ["np.nanargmax(S)", "np.int64(0)"],
  ["np.nanargmax(S, HUGE)", "AxisError: axis 1000000000 is out of bounds for array of dimension 1"],
  ["np.nanargmax(D, HUGE)", "AxisError: axis 1000000000 is out of bounds for array of dimension 0"],
  ["np.nanargmin()", "TypeError: nanargmin() missing 1 required positional argument: 'a'"],
  ["np.nanargmin(HUGE)", "np.int64(0)"],
  ["np.nanargmin(S)", "np.int64(0)"],
  ["np.nanargmin(S, HUGE)", "AxisError: axis 1000000000 is out of bounds for array of dimension 1"],
  ["np.nanargmin(D, HUGE)", "AxisError: axis 1000000000 is out of bounds for array of dimension 0"],
  ["np.nanprod()", "TypeError: nanprod() missing 1 required positional argument: 'a'"],
  ["np.nanprod(HUGE)", "np.int64(1000000000)"],
  [
    "np.nanprod(S)",
    "UFuncTypeError: ufunc 'multiply' did not contain a loop with signature matching types (dtype('<U100000'), dtype('<U100000')) -> None",
  ],
  ["np.nanprod(S, HUGE)", "AxisError: axis 1000000000 is out of bounds for array of dimension 0"],
  ["np.nanprod(D, HUGE)", "AxisError: axis 1000000000 is out of bounds for array of dimension 0"],
  [
    "np.nanmax(np.array(['a', 'bcd']))",
    "UFuncTypeError: ufunc 'fmax' did not contain a loop with signature matching types (dtype('<U3'), dtype('<U3')) -> None",
  ],
  [
    "np.nanmin(['a', 'bcd'])",
    "UFuncTypeError: ufunc 'minimum' did not contain a loop with signature matching types (dtype('<U3'), dtype('<U3')) -> None",
  ],
  [
    "np.nansum(np.array(['😀', 'é']))",
    "TypeError: the resolved dtypes are not compatible with add.reduce. Resolved (dtype('<U1'), dtype('<U1'), dtype('<U2'))",
  ],
  ["np.nanmean('ab', 0)", "AxisError: axis 0 is out of bounds for array of dimension 0"],
  [
    "np.nansum('ab', 0)",
    "TypeError: the resolved dtypes are not compatible with add.reduce. Resolved (dtype('<U2'), dtype('<U2'), dtype('<U4'))",
  ],
  ["np.nanmax('ab', axis=(0,))", "AxisError: axis 0 is out of bounds for array of dimension 0"],
  ["np.nanprod(np.array(['1', '22']), dtype=float)", "np.float64(22.0)"],
  ["np.nanargmax(np.array(['b', 'c', 'a']))", "np.int64(1)"],
  ["np.nansum(1, 2, 3, 4, 5, 6, 7, 8)", "TypeError: nansum() takes from 1 to 7 positional arguments but 8 were given"],
  ["np.nansum(1, a=2)", "TypeError: nansum() got multiple values for argument 'a'"],
  ["np.nansum(x=1)", "TypeError: nansum() got an unexpected keyword argument 'x'"],
  ["np.nanmax(1, dtype=float)", "TypeError: nanmax() got an unexpected keyword argument 'dtype'"],
  ["np.nanmean(1, initial=0)", "TypeError: nanmean() got an unexpected keyword argument 'initial'"],
  ["np.nanargmax(1, 2, 3, 4)", "TypeError: nanargmax() takes from 1 to 3 positional arguments but 4 were given"],
  ["np.nanargmax(3.0, 0)", "np.int64(0)"],
  ["np.nanargmin(D, 0)", "np.int64(0)"],
  ["np.nanargmax(3.0, HUGE)", "AxisError: axis 1000000000 is out of bounds for array of dimension 0"],
  ["np.nanargmax(3, HUGE)", "AxisError: axis 1000000000 is out of bounds for array of dimension 1"],
  ["np.nanargmax(np.array([[1.0, 2.0]]), (0,))", "TypeError: 'tuple' object cannot be interpreted as an integer"],
  ["np.nanargmax(np.array([[1.0, 2.0]]), [0])", "TypeError: 'list' object cannot be interpreted as an integer"],
  ["np.nanargmax(np.array([[1.0, 2.0]]), (5,))", "AxisError: axis 5 is out of bounds for array of dimension 2"],
  ["np.nanargmin(np.array([[np.nan, 1.0], [2.0, 0.5]]), 0, keepdims=True)", "array([[1, 1]])"],
  ["np.argmax(np.array(5.0), axis=-1, keepdims=True)", "np.int64(0)"],
  ["np.argmin(np.array(5.0), axis=1)", "AxisError: axis 1 is out of bounds for array of dimension 1"],
];

describe("nan-reductions behave as NumPy's", () => {
  for (const [expr, expected] of cases) test(expr, () => expect(outcome(expr)).toBe(expected));
});

test("a str array is charged as NumPy allocates it (4 bytes a code point): 2000 references to a 2·10^6-char str are 16 GB", () => {
  const t = performance.now();
  const r = run("import numpy as np\nnp.nanmax(['ab' * 10**6] * 2000)", { timeoutMs: 200 });
  expect(r.error?.type).toBe("MemoryError");
  expect(performance.now() - t).toBeLessThan(2000);
});
