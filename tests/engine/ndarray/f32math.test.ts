// float32 exp/log/tanh must reproduce NumPy's bits (recorded by gen_f32math.py from NumPy's SIMD kernels).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expf, fmaf, logf, tanhf } from "../../../engine/ndarray/f32math";

const ref = JSON.parse(readFileSync(join(__dirname, "ref_f32math.json"), "utf8")) as Record<string, [number, number][]>;
const view = new DataView(new ArrayBuffer(4));
const fromBits = (b: number) => {
  view.setUint32(0, b);
  return view.getFloat32(0);
};
const toBits = (v: number) => {
  view.setFloat32(0, v);
  return view.getUint32(0);
};
const hex = (b: number) => "0x" + b.toString(16).padStart(8, "0");

describe.each([
  ["exp", expf],
  ["log", logf],
  ["tanh", tanhf],
] as const)("float32 %s", (name, fn) => {
  it(`matches NumPy ${String((ref as any).numpy)} bit for bit on ${ref[name]!.length} inputs`, () => {
    const wrong: string[] = [];
    for (const [xb, yb] of ref[name]!) {
      const got = fn(fromBits(xb));
      const want = fromBits(yb);
      const same = Number.isNaN(want) ? Number.isNaN(got) : toBits(got) === yb;
      if (!same) wrong.push(`${name}(${fromBits(xb)} ${hex(xb)}) = ${got} ${hex(toBits(got))}, NumPy ${want} ${hex(yb)}`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});

describe("fmaf", () => {
  it("rounds a*b+c once, also where rounding through float64 lands on a float32 midpoint", () => {
    // 1 + 2^-24 is the midpoint between 1 and 1+2^-23; the tiny product decides the side
    const a = Math.fround(2 ** -24),
      c = 1;
    expect(fmaf(a, 1 + 2 ** -23, c)).toBe(Math.fround(1 + 2 ** -23)); // a*b slightly above the midpoint
    expect(fmaf(a, 1, c)).toBe(1); // exactly the midpoint: ties to even
    expect(fmaf(a, Math.fround(1 - 2 ** -24), c)).toBe(1); // slightly below
    expect(fmaf(3, 5, -2)).toBe(13);
    // a*b = 2^-24 - 2^-70: p + c rounds in float64 to the midpoint 1 + 2^-23 + 2^-24, whose tie would go up to the even
    // 1 + 2^-22; the exact value lies just below it
    const below = fmaf(Math.fround(2 ** -24 * (1 + 2 ** -23)), Math.fround(1 - 2 ** -23), Math.fround(1 + 2 ** -23));
    expect(below).toBe(1 + 2 ** -23);
    expect(Math.fround(2 ** -24 * (1 + 2 ** -23) * (1 - 2 ** -23) + (1 + 2 ** -23))).toBe(1 + 2 ** -22); // the naive way
  });
});
