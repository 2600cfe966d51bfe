import { describe, expect, it } from "vitest";
import { compareValues, formatShape, type ExportedValue } from "@/lib/grading/array-compare";

const nd = (shape: number[], data: number[], dtype = "float64"): ExportedValue => ({ py: "ndarray", dtype, shape, data });
const sc = (value: number, dtype = "float64"): ExportedValue => ({ py: "scalar", dtype, value });
const range = (n: number, f: (i: number) => number = (i) => i + 1) => Array.from({ length: n }, (_, i) => f(i));
// 3x4 matrix with distinct entries
const M = range(12, (i) => (i + 1) * 0.5 - 2.2);
const MT = [0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11].map((i) => M[i]!);

describe("formatShape", () => {
  it.each([
    [[], "()"],
    [[3], "(3,)"],
    [[3, 1], "(3, 1)"],
    [[2, 3, 4], "(2, 3, 4)"],
  ])("%j → %s", (s, out) => expect(formatShape(s)).toBe(out));
});

describe("compareValues: equal", () => {
  it.each<[string, ExportedValue, ExportedValue]>([
    ["identical arrays", nd([3, 4], M), nd([3, 4], M)],
    ["within rtol", nd([2], [1, 2]), nd([2], [1 + 1e-9, 2 - 1e-9])],
    ["within atol near zero", nd([2], [1e-12, 0]), nd([2], [0, 0])],
    ["NaN in same place", nd([2], [NaN, 1]), nd([2], [NaN, 1])],
    ["NaN exported as null/'nan'", nd([2], [null as unknown as number, 1]), nd([2], ["nan" as unknown as number, 1])],
    ["inf equal", nd([1], [Infinity]), nd([1], ["inf" as unknown as number])],
    [
      "nested data is flattened",
      {
        py: "ndarray",
        dtype: "float64",
        shape: [2, 2],
        data: [
          [1, 2],
          [3, 4],
        ],
      },
      nd([2, 2], [1, 2, 3, 4]),
    ],
    ["python float vs np.float64 scalar", 0.5, sc(0.5)],
    ["python int vs np.int64 scalar", { py: "int", value: 3 }, sc(3, "int64")],
    ["0-d array vs scalar", nd([], [2.5]), sc(2.5)],
    ["bool array", nd([3], [1, 0, 1], "bool"), { py: "ndarray", dtype: "bool", shape: [3], data: [true, false, true] }],
    ["list of arrays", { py: "list", items: [nd([2], [1, 2]), 3] }, { py: "list", items: [nd([2], [1, 2]), 3] }],
    ["tuple of scalars", { py: "tuple", items: [1, 2] }, { py: "tuple", items: [1, 2] }],
    ["strings", "abc", "abc"],
    ["None", null, null],
    ["empty arrays", nd([0, 3], []), nd([0, 3], [])],
  ])("%s", (_n, got, exp) => {
    const r = compareValues(got, exp);
    expect(r.feedback.code).toBe("array.equal");
    expect(r.equal).toBe(true);
  });
});

describe("compareValues: shape problems", () => {
  it.each<[string, ExportedValue, ExportedValue, string, RegExp]>([
    ["silent broadcast (3,3) vs (3,1)", nd([3, 3], range(9)), nd([3, 1], range(3)), "array.broadcast", /broadcast/],
    ["silent broadcast (3,3) vs (3,)", nd([3, 3], range(9)), nd([3], range(3)), "array.broadcast", /\(3,\)/],
    ["(4,3,3) vs (4,3,1)", nd([4, 3, 3], range(36)), nd([4, 3, 1], range(12)), "array.broadcast", /\(4, 3, 1\)/],
    ["transposed non-square", nd([4, 3], MT), nd([3, 4], M), "array.transposed", /transposed/],
    ["missing axis (3,) vs (3,1)", nd([3], [1, 2, 3]), nd([3, 1], [1, 2, 3]), "array.reshaped", /keepdims/],
    ["extra axis (1,3) vs (3,)", nd([1, 3], [1, 2, 3]), nd([3], [1, 2, 3]), "array.reshaped", /right values/],
    ["ndim differs", nd([3], [9, 9, 9]), nd([3, 2], range(6)), "array.ndim_mismatch", /1 dimension/],
    ["axis 1 length", nd([3, 5], range(15)), nd([3, 4], range(12)), "array.shape_mismatch", /axis 1 has length 5 instead of 4/],
    ["axis 0 length", nd([2, 4], range(8)), nd([3, 4], range(12)), "array.shape_mismatch", /axis 0 has length 2 instead of 3/],
    [
      "swapped axes, other values",
      nd(
        [4, 3],
        range(12, () => 7),
      ),
      nd([3, 4], M),
      "array.shape_mismatch",
      /swapped/,
    ],
    ["scalar vs array", 1.0, nd([3], [1, 1, 1]), "array.ndim_mismatch", /0 dimension/],
  ])("%s", (_n, got, exp, code, re) => {
    const r = compareValues(got, exp, { name: "h" });
    expect(r.equal).toBe(false);
    expect(r.feedback.code).toBe(code);
    expect(r.feedback.message.en).toMatch(re);
    expect(r.feedback.message.en).toContain("`h`");
    expect(r.feedback.message.ja).toContain("形状");
  });
});

describe("compareValues: dtype", () => {
  it.each<[string, ExportedValue, ExportedValue, "exact" | "kind" | "numeric" | "ignore", string]>([
    ["float32 vs float64 exact", nd([2], [1, 2], "float32"), nd([2], [1, 2]), "exact", "array.dtype_mismatch"],
    ["float32 vs float64 kind", nd([2], [1, 2], "float32"), nd([2], [1, 2]), "kind", "array.equal"],
    ["int64 vs float64 kind", nd([2], [1, 2], "int64"), nd([2], [1, 2]), "kind", "array.dtype_mismatch"],
    ["int64 vs float64 ignore", nd([2], [1, 2], "int64"), nd([2], [1, 2]), "ignore", "array.equal"],
    ["int32 vs int64 kind", nd([2], [1, 2], "int32"), nd([2], [1, 2], "int64"), "kind", "array.equal"],
    ["bool vs int exact", nd([2], [1, 0], "bool"), nd([2], [1, 0], "int64"), "exact", "array.dtype_mismatch"],
    ["python int vs float64 scalar", { py: "int", value: 2 }, sc(2), "exact", "array.dtype_mismatch"],
    ["bool vs float64 numeric", nd([2], [1, 0], "bool"), nd([2], [1, 0]), "numeric", "array.dtype_mismatch"],
    ["int64 vs float64 numeric (np.where(c, 1, 0))", nd([2], [1, 0], "int64"), nd([2], [1, 0]), "numeric", "array.equal"],
    ["float32 vs float64 numeric, at float32 precision", nd([2], [0.1 + 1e-6, 2], "float32"), nd([2], [0.1, 2]), "numeric", "array.equal"],
    ["float64 off by 1e-6 relative, numeric", nd([2], [1 + 1e-5, 2]), nd([2], [1, 2]), "numeric", "array.tiny_difference"],
  ])("%s (%s)", (_n, got, exp, dtype, code) => {
    expect(compareValues(got, exp, { dtype }).feedback.code).toBe(code);
  });
  it("integer result gets a hint about // and astype", () => {
    const r = compareValues(nd([2], [1, 2], "int64"), nd([2], [1, 2]));
    expect(r.feedback.message.en).toMatch(/astype\(float\)/);
    expect(r.feedback.details).toMatchObject({ gotDtype: "int64", expectedDtype: "float64" });
  });
});

describe("compareValues: tiny differences", () => {
  it("say it is a precision question (an epsilon, a dtype) and name the tolerance, never 'multiplied by about 1'", () => {
    const r = compareValues(nd([3], [1 + 3e-7, 2 + 6e-7, 3 + 9e-7]), nd([3], [1, 2, 3]), { name: "g" });
    expect(r.feedback.code).toBe("array.tiny_difference");
    expect(r.feedback.message.en).toMatch(/at most 3e-7 relative — e\.g\. an epsilon added in a denominator.*allows 1e-7/);
    expect(r.feedback.message.en).not.toMatch(/multiplied by about/);
    expect(r.feedback.message.ja).toContain("相対誤差は最大 3e-7");
  });
});

describe("compareValues: value differences", () => {
  it("reports the first differing index as a tuple with got/expected and error stats", () => {
    const exp = nd([2, 3], [1, 2, 3, 4, 5, 6]);
    const got = nd([2, 3], [1, 2, 3, 4, 5.5, 7]);
    const r = compareValues(got, exp, { name: "dh" });
    expect(r.feedback.code).toBe("array.value_mismatch");
    expect(r.feedback.message.en).toContain("at index [1, 1]: got 5.5, expected 5");
    expect(r.feedback.message.en).toContain("2 of 6 elements differ");
    expect(r.feedback.details).toMatchObject({ firstIndex: [1, 1], mismatched: 2, total: 6, maxAbsError: 1 });
    expect((r.feedback.details as { maxRelError: number }).maxRelError).toBeCloseTo(1 / 6);
    expect(r.feedback.message.ja).toContain("インデックス [1, 1]");
  });
  it.each<[string, ExportedValue, ExportedValue, string, RegExp]>([
    [
      "reversed along axis 0",
      nd([4, 3], [...M.slice(9, 12), ...M.slice(6, 9), ...M.slice(3, 6), ...M.slice(0, 3)]),
      nd([4, 3], M),
      "array.reversed",
      /axis 0/,
    ],
    [
      "reversed along axis 1",
      nd([3, 4], [M[3]!, M[2]!, M[1]!, M[0]!, M[7]!, M[6]!, M[5]!, M[4]!, M[11]!, M[10]!, M[9]!, M[8]!]),
      nd([3, 4], M),
      "array.reversed",
      /axis 1/,
    ],
    ["reversed 1-D (time steps)", nd([5], [5, 4, 3, 2, 1]), nd([5], [1, 2, 3, 4, 5]), "array.reversed", /reversed\(range\(T\)\)/],
    ["square transposed", nd([2, 2], [1, 3, 2, 4]), nd([2, 2], [1, 2, 3, 4]), "array.transposed", /transposed/],
    ["sign flipped", nd([3], [-1, 2, -3.5]), nd([3], [1, -2, 3.5]), "array.sign_flipped", /opposite sign/],
    ["constant factor 2", nd([3], [2, 4, 7]), nd([3], [1, 2, 3.5]), "array.constant_factor", /multiplied by about 2/],
    ["constant factor 1/N", nd([3], [0.25, 0.5, 0.875]), nd([3], [1, 2, 3.5]), "array.constant_factor", /0\.25/],
    ["constant offset", nd([3], [1.5, 2.5, 4]), nd([3], [1, 2, 3.5]), "array.constant_offset", /plus about 0\.5/],
    ["NaN where number expected", nd([2], [NaN, 1]), nd([2], [0, 1]), "array.nan", /NaN/],
    ["scalar mismatch", sc(0.3), sc(0.5), "array.value_mismatch", /got 0\.3, expected 0\.5/],
    ["python float mismatch", 1.5, 2.0, "array.value_mismatch", /got 1\.5/],
    ["inf vs number", nd([1], [Infinity]), nd([1], [1]), "array.value_mismatch", /inf|Infinity/i],
  ])("%s", (_n, got, exp, code, re) => {
    const r = compareValues(got, exp);
    expect(r.equal).toBe(false);
    expect(r.feedback.code).toBe(code);
    expect(r.feedback.message.en).toMatch(re);
    expect(r.feedback.message.ja.length).toBeGreaterThan(10);
  });
  it("rtol/atol are respected", () => {
    expect(compareValues(nd([1], [1.001]), nd([1], [1]), { rtol: 1e-2 }).equal).toBe(true);
    expect(compareValues(nd([1], [1.001]), nd([1], [1]), { rtol: 1e-4 }).equal).toBe(false);
    expect(compareValues(nd([1], [0.001]), nd([1], [0]), { atol: 1e-2 }).equal).toBe(true);
  });
});

describe("compareValues: containers and other types", () => {
  it.each<[string, ExportedValue, ExportedValue, string]>([
    ["list vs tuple", { py: "list", items: [1, 2] }, { py: "tuple", items: [1, 2] }, "array.type_mismatch"],
    ["list length", { py: "list", items: [1] }, { py: "list", items: [1, 2] }, "array.length_mismatch"],
    ["list element", { py: "list", items: [1, 3] }, { py: "list", items: [1, 2] }, "array.value_mismatch"],
    ["None vs array", null, nd([1], [1]), "array.type_mismatch"],
    ["str vs str", "a", "b", "array.value_mismatch"],
    [
      "array in list has wrong shape",
      { py: "list", items: [nd([3, 3], range(9))] },
      { py: "list", items: [nd([3, 1], range(3))] },
      "array.broadcast",
    ],
  ])("%s", (_n, got, exp, code) => {
    expect(compareValues(got, exp).feedback.code).toBe(code);
  });
  it("names the element path inside containers", () => {
    const r = compareValues({ py: "list", items: [1, 3] }, { py: "list", items: [1, 2] }, { name: "grads" });
    expect(r.feedback.message.en).toContain("`grads[1]`");
  });
});
