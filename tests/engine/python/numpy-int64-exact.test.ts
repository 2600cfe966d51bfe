// int64 is held as doubles, exact within 2**53: a product or power that wraps (as NumPy's does) to a value a double
// cannot hold raises NotImplementedError instead of printing a rounded number; wrapped values a double holds exactly
// print as NumPy's (the corpus program np_arith/int64_power_wrap.py records them).
import { expect, test } from "vitest";
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
