// fma64 (engine/ndarray/fma64.ts): a·b + c rounded once, against exact values CPython computed with fractions
// (2,000 cases: standard normals, near-cancellations, wide exponent ranges, subnormal and overflowing results).
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { fma64 } from "../../../engine/ndarray/fma64";

const fromHex = (h: string): number => {
  if (h === "inf") return Infinity;
  if (h === "-inf") return -Infinity;
  const m = /^(-?)0x([01])\.([0-9a-f]+)p([+-]\d+)$/.exec(h);
  if (!m) throw new Error(`bad hex float ${h}`);
  const v = (Number(m[2]) + parseInt(m[3]!, 16) / 16 ** m[3]!.length) * 2 ** Number(m[4]);
  return m[1] ? -v : v;
};

test("fma64 rounds a·b + c once, exactly as a hardware fused multiply-add", () => {
  const cases = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures/fma64.json"), "utf8")) as string[][];
  expect(cases.length).toBe(2000);
  const wrong = cases.filter(([a, b, c, r]) => !Object.is(fma64(fromHex(a!), fromHex(b!), fromHex(c!)), fromHex(r!)));
  expect(wrong).toEqual([]);
});

test("it differs from a·b + c where that rounds twice, and keeps IEEE's specials", () => {
  // (1 + 2^-30)(1 - 2^-30) - 1 = -2^-60 exactly; the unfused product rounds to 1 and gives 0
  expect(fma64(1 + 2 ** -30, 1 - 2 ** -30, -1)).toBe(-(2 ** -60));
  expect((1 + 2 ** -30) * (1 - 2 ** -30) - 1).toBe(0);
  expect(fma64(Infinity, 0, 1)).toBeNaN();
  expect(fma64(2, Infinity, -1)).toBe(Infinity);
  expect(Object.is(fma64(0, -1, 0), 0)).toBe(true);
  expect(Object.is(fma64(-0, 1, -0), -0)).toBe(true);
  expect(fma64(2 ** 600, 2 ** 500, 0)).toBe(Infinity);
});
