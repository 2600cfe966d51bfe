// int64 is held as doubles, exact within 2**53: a product or power that wraps (as NumPy's does) to a value a double
// cannot hold raises NotImplementedError instead of printing a rounded number; wrapped values a double holds exactly
// print as NumPy's (the corpus program np_arith/int64_power_wrap.py records them).
import { describe, expect, test } from "vitest";
import { err, out } from "./helpers";

const NP = "import numpy as np\n";

for (const [expr, value] of [
  ["np.int64(47) ** np.int64(47)", "2110287360296998863"],
  ["np.array([3, -7]) ** np.array([41, 23])", "-420491770248316829"],
  ["np.int64(3) ** 40", "-6289078614652622815"],
  ["np.prod(np.array([3**20, 3**20 + 2]))", "-6289078607679054013"],
] as const)
  test(expr, () =>
    expect(err(`${NP}x = ${expr}`)).toBe(
      `NotImplementedError: the int64 result ${value} is beyond 2**53, where this engine cannot hold integers exactly (NumPy would print it); use Python ints or float64`,
    ),
  );

test("wrapped values a double holds exactly are NumPy's", () => {
  expect(out(`${NP}print(np.int64(2) ** 63, np.int64(2) ** 64, np.int64(10) ** 19, np.int64(2**62) * 3)`)).toBe(
    "-9223372036854775808 0 -8446744073709551616 -4611686018427387904\n",
  );
});

test("a sum along an axis whose partial sums a double cannot hold is refused; over the whole array only the total counts", () => {
  // NumPy prints [3]: the partial sum 2**62 + 3 is not a double, so the engine refuses rather than round it
  expect(err(`${NP}x = np.sum(np.array([[2**62], [3], [-(2**62)]]), axis=0)`)).toMatch(
    /^NotImplementedError: the int64 result 4611686018427387907 is beyond 2\*\*53/,
  );
  expect(out(`${NP}print(np.array([[2**62], [3], [-(2**62)]]).sum(), np.sum(np.array([2**62, 2**62, 2**62, 2**62, 6])))`)).toBe("3 6\n");
});

// A Python int no double holds (2**53 + 1, 2**63 - 1) entering an int64 array or scalar is refused on every path, not
// rounded (np.array([2**63 - 1]) printed [9223372036854775808]); the values a double holds, and NumPy's OverflowErrors,
// are in the corpus program np_extras/int64_exact_entry.py.
const NOT_HELD = (v: string) =>
  `NotImplementedError: the int64 value ${v} is beyond 2**53, where this engine cannot hold integers exactly (NumPy would store it); use Python ints or float64`;
describe("a Python int no double holds is refused where it enters int64", () => {
  for (const expr of [
    "np.array([2**63 - 1])",
    "np.asarray([1, 2**63 - 1])",
    "np.array([[2**63 - 1]])",
    "np.array(2**63 - 1)",
    "np.array([True, 2**63 - 1])",
    "np.array([2**63 - 1], dtype=np.int64)",
    "np.array([2**63 - 1], dtype=int)",
    "np.array([np.int64(1), 2**63 - 1])",
    "np.int64(2**63 - 1)",
    "np.full(3, 2**63 - 1)",
    "np.full_like(np.zeros(3, dtype=int), 2**63 - 1)",
    "np.zeros(3, dtype=np.int64).fill(2**63 - 1)",
    "a.__setitem__(0, 2**63 - 1)",
    "a.__setitem__(slice(1, None), 2**63 - 1)",
    "a.__setitem__(slice(1, None), [2**63 - 1, 1])",
    "a.__setitem__(a > 0, 2**63 - 1)",
    "np.arange(2**63 - 1, 2**63 - 4, -1)",
    "np.zeros(3, dtype=np.int64) + (2**63 - 1)",
    "np.int64(1) + (2**63 - 1)",
    "np.maximum(a, 2**63 - 1)",
    "np.where([True], 2**63 - 1, 0)",
    "np.clip(a, 0, 2**63 - 1)",
    "np.array([2**63 - 1, 1], dtype=object).astype(np.int64)",
    "np.insert(a, 0, 2**63 - 1)",
    "np.pad(a, 1, constant_values=2**63 - 1)",
    "np.sum(a, initial=2**63 - 1)",
    "np.negative(2**63 - 1)",
  ])
    test(expr, () => expect(err(`${NP}a = np.array([1, 2, 3])\nx = ${expr}`)).toBe(NOT_HELD("9223372036854775807")));
  test("np.arange counts with Python ints: its length is exact and every value is stored exactly or refused", () => {
    expect(err(`${NP}x = np.arange(2**53, 2**53 + 3)`)).toBe(NOT_HELD("9007199254740993"));
    expect(out(`${NP}print(np.arange(2**53, 2**53 + 3, 2), len(np.arange(2**60, 2**60 + 3, dtype=float)))`)).toBe(
      "[9007199254740992 9007199254740994] 3\n",
    );
  });
});

test("uint64 takes a Python int only within 2**53 (np.uint64(2**63) stays a scalar; its arithmetic is refused)", () => {
  for (const expr of ["np.array([2**63])", "np.full(2, 2**63)", "np.uint64(2**63 + 1)", "np.zeros(2, dtype=np.uint64) + 2**60"])
    expect(err(`${NP}x = ${expr}`)).toMatch(/^NotImplementedError: a uint64 result below 0 or above 2\*\*53/);
  expect(out(`${NP}print(repr(np.uint64(2**63)))`)).toBe("np.uint64(9223372036854775808)\n");
});

test("int64 sums and differences that land on 2**53 after rounding are refused", () => {
  // 2**53 + 1 rounds to 2**53 as a double: the kernels took it for exact (np.array([2**53]) + 1 printed 9007199254740992)
  for (const expr of [
    "np.array([2**53]) + 1",
    "np.array([-(2**53)]) - 1",
    "np.cumsum(np.array([2**53, 1]))",
    "np.sum(np.array([2**53, 1]))",
  ])
    expect(err(`${NP}x = ${expr}`)).toMatch(/^NotImplementedError: the int64 result -?9007199254740993 is beyond 2\*\*53/);
});

// Integer arithmetic whose exact result no double holds is refused, never rounded (np.dot([3**33], [3]) printed
// …568 for …569, -np.array([-2**63]) printed 9223372036854775808); the results a double holds, wrapped as NumPy's, are
// in the corpus program np_extras/int64_exact_arith.py.
const NOT_PRINTED = (v: string) =>
  `NotImplementedError: the int64 result ${v} is beyond 2**53, where this engine cannot hold integers exactly (NumPy would print it); use Python ints or float64`;
describe("int64 results no double holds are refused", () => {
  const B = "3**33"; // 3**33 * 3 = 16677181699666569 is no double
  for (const expr of [
    `np.dot([${B}], [3])`,
    `np.dot(np.array([${B}]), np.array([3]))`,
    `np.array([${B}]) @ np.array([3])`,
    `np.matmul(np.array([[${B}, 1]]), np.array([[3], [0]]))`,
    `np.matmul(np.array([[[${B}]], [[1]]]), np.array([[[3]], [[1]]]))`,
    `np.inner(np.array([${B}]), np.array([3]))`,
    `np.outer(np.array([${B}]), np.array([3]))`,
    `np.tensordot(np.array([${B}]), np.array([3]), axes=1)`,
    `np.einsum("i,i->", np.array([${B}]), np.array([3]))`,
    `np.vdot(np.array([${B}]), np.array([3]))`,
    `np.kron(np.array([${B}]), np.array([3]))`,
    `np.array([${B}]).prod() * 3`,
    `np.polyval(np.array([${B}, 0]), 3)`,
  ])
    test(expr, () => expect(err(`${NP}x = ${expr}`)).toBe(NOT_PRINTED("16677181699666569")));
  test("unary and bitwise results", () => {
    expect(err(`${NP}x = np.square(np.array([3**33]))`)).toBe(NOT_PRINTED("4810798710570394889"));
    expect(err(`${NP}x = np.linalg.matrix_power(np.array([[3**33, 0], [0, 1]]), 2)`)).toBe(NOT_PRINTED("4810798710570394889"));
    expect(err(`${NP}x = ~np.array([2**60])`)).toBe(NOT_PRINTED("-1152921504606846977"));
    expect(err(`${NP}x = np.array([2**60]) | np.array([1])`)).toBe(NOT_PRINTED("1152921504606846977"));
    expect(err(`${NP}x = np.array([-1]) ^ np.array([2**60])`)).toBe(NOT_PRINTED("-1152921504606846977"));
    expect(err(`${NP}x = np.array([2**60]) // 3`)).toBe(NOT_PRINTED("384307168202282325"));
  });
  test("the minimum negated is itself, as NumPy's (it printed 9223372036854775808), a scalar's with NumPy's warning", () => {
    expect(out(`${NP}M = np.array([-(2**63)])\nprint(-M, abs(M), M // -1, np.int64(np.uint64(2**63)))`)).toBe(
      "[-9223372036854775808] [-9223372036854775808] [-9223372036854775808] -9223372036854775808\n",
    );
    expect(err(`${NP}import warnings\nwarnings.simplefilter("error")\nx = -np.int64(-(2**63))`)).toBe(
      "RuntimeWarning: overflow encountered in scalar negative",
    );
  });
});

test("uint64 sums, products and ranges past 2**53 are refused (np.array([np.uint64(2**63), 1]).sum() printed 2**63)", () => {
  for (const expr of [
    "np.array([np.uint64(2**63), np.uint64(1)]).sum()",
    "np.array([np.uint64(2**63), np.uint64(1)]).cumsum()",
    "np.array([2**32, 2**31], dtype=np.uint64).prod()",
    "np.cumprod(np.array([2**32, 2**31], dtype=np.uint64))",
    "np.array([[2**52], [2**52], [1]], dtype=np.uint64).sum(axis=0)",
    "np.dot(np.array([2**40], dtype=np.uint64), np.array([2**20], dtype=np.uint64))",
    "np.ptp(np.array([np.uint64(2**63), np.uint64(1)]))",
    "np.array([-1]).astype(np.uint64)",
  ])
    expect(err(`${NP}x = ${expr}`), expr).toMatch(/^NotImplementedError: a uint64 result below 0 or above 2\*\*53/);
});

test("np.ravel_multi_index refuses a flat index a double would round (it returned 100000000000000000 for NumPy's …001)", () => {
  expect(err(`${NP}np.ravel_multi_index(([10**8], [1]), (10**9, 10**9))`)).toMatch(
    /^NotImplementedError: the int64 result 100000000000000001 is beyond 2\*\*53/,
  );
});
