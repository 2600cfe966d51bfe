// NumPy's float32/float64 power and arctan2 loops on AVX-512 machines (Intel SVML: the machines the corpus is recorded
// on) read a reduction's accumulator once per vector of 8 (float64) or 16 (float32) elements, so along the loop's
// inner axis they fold in only each vector's last element (engine/ndarray/ufunc-reduce.ts). The corpus keeps to
// recordings that do not depend on the CPU; these outputs were recorded with NumPy 2.4.6 on an AVX-512 (Ice Lake)
// machine, rounded to 9 digits (the kernels' last bits are not reproduced).
import { describe, expect, test } from "vitest";
import { out } from "./helpers";

const setup = `import numpy as np
a = np.array([1.5, 2., 1.2, 0.7, 1.1])
rng = np.random.default_rng(0)
b = rng.random(40) + 0.5
m = rng.random((3, 20)) + 0.5
r = lambda x: np.round(x, 9).tolist()
`;

describe("power and arctan2 reductions fold as NumPy's vector loops do", () => {
  const cases: [string, string][] = [
    ["r(np.power.reduce(a))", "1.562069616"], // 1.5 ** 1.1: the first and the last element
    ["r(np.power.reduce(a.astype(np.float32)))", "1.5620696544647217"],
    ["r(np.arctan2.reduce(np.array([-3., 4, 2])))", "-0.982793723"],
    ["r(np.power.reduce(b))", "1.11735225"], // 40 elements: vectors of 8
    ["r(np.arctan2.reduce(b))", "0.62727304"],
    ["r(np.power.reduce(m, axis=1))", "[1.02139252, 0.910890638, 1.128593974]"],
    ["r(np.power.reduce(m, axis=0)[:2])", "[1.081770868, 0.872252108]"], // the outer axis: one by one
    ["r(np.power.reduceat(a, [0, 3]))", "[1.626707657, 0.675472767]"],
    ["r(np.power.reduce(a, initial=2.0))", "2.143546925"],
    ["r(np.power.reduce(a, where=np.array([True, True, True, True, False]), initial=2.0))", "1.624504793"],
    ["r(np.power.reduce(a.astype(np.float16)).astype(float))", "2.115234375"], // half loops: one by one
    ["r(np.power.reduce(np.array([3, 2, 2, 2])))", "6561"], // integer loops: one by one
    ["r(np.power.accumulate(a))", "[1.5, 2.25, 2.646177801, 1.976211013, 2.115517619]"],
  ];
  for (const [expr, expected] of cases) test(expr, () => expect(out(`${setup}print(${expr})`)).toBe(`${expected}\n`));
});
