// uint64 is stored as float64 integers, exact in [0, 2**53]: results NumPy would wrap modulo 2**64 or hold beyond
// 2**53 raise NotImplementedError instead of printing a wrong number; results inside the range print as NumPy's
// (expected outputs recorded with python3 + NumPy 2.4.6).
import { describe, expect, test } from "vitest";
import { err, out } from "./helpers";

const NP = "import numpy as np\na = np.array([1, 5], dtype=np.uint64)\n";

describe("uint64 outside [0, 2**53] is refused, not printed wrong", () => {
  for (const expr of [
    "a - 2",
    "a - np.uint64(3)",
    "-a",
    "np.array([-1, 2]).astype(np.uint64)",
    "np.array([3.7, -1.0]).astype(np.uint64)",
    "np.array([200, 100], dtype=np.uint8).sum() - np.uint64(400)",
    "np.uint64(2**63) + np.uint64(1)",
    "np.array([2**64 - 1, 3], dtype=np.uint64)",
  ])
    test(expr, () => expect(err(`${NP}x = ${expr}`)).toMatch(/^NotImplementedError: a uint64 result below 0 or above 2\*\*53/));
});

test("uint64 inside the range behaves as NumPy's", () => {
  expect(out(`${NP}print(repr(a - 1), repr(a * 3), np.array([200, 55], dtype=np.uint8).sum(), repr(np.uint64(5) + a))`)).toBe(
    "array([0, 4], dtype=uint64) array([ 3, 15], dtype=uint64) 255 array([ 6, 10], dtype=uint64)\n",
  );
});
