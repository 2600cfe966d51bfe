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
