// glibcPow reproduces glibc's pow bit for bit (recorded from python3's math.pow, i.e. glibc 2.36's __pow_fma, by
// glibc-pow.record.py), where V8's Math.pow differs in the last bit for several percent of the same inputs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { glibcPow } from "../../../engine/random/glibc-pow";

const { triples }: { triples: [number, number, number | null][] } = JSON.parse(readFileSync(join(__dirname, "glibc-pow.json"), "utf8"));

test("glibcPow equals glibc's pow on every recorded input (U ** (1/shape), general, subnormal, overflowing)", () => {
  const want = (z: number | null) => (z === null ? Infinity : z);
  const wrong = triples.filter(([x, y, z]) => !Object.is(glibcPow(x, y), want(z))).slice(0, 5);
  expect(wrong).toEqual([]);
  const v8Differs = triples.filter(([x, y, z]) => !Object.is(Math.pow(x, y), want(z))).length;
  console.log(`Math.pow differs from glibc on ${v8Differs} of ${triples.length} inputs; glibcPow on none`);
  expect(triples.length).toBeGreaterThan(10000);
});

test("C's special values, where they differ from JavaScript's", () => {
  expect(glibcPow(1, Number.NaN)).toBe(1);
  expect(glibcPow(-1, Infinity)).toBe(1);
  expect(glibcPow(Number.NaN, 0)).toBe(1);
  expect(glibcPow(-8, 1 / 3)).toBeNaN();
  expect(glibcPow(-2, 3)).toBe(-8);
});
