// math.exp/log/pow/erf/erfc/gamma/lgamma/exp2 and float ** against CPython 3.11 on this platform (glibc 2.36), as
// recorded by math-libm.record.py: bit for bit, except where the engine calls V8's sin/cos (gamma of a negative x,
// through sinpi) or pow for glibc's own exp2, which may differ in the last bit.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { run } from "./helpers";

const { cases } = JSON.parse(readFileSync(join(__dirname, "math-libm.json"), "utf8")) as { cases: Record<string, string[][]> };

/** Prints one result per line, or the exception's type name, for each argument tuple. */
function engineResults(expr: string, args: string[][]): string[] {
  const program = `import math
def result(f, *a):
    try:
        return repr(f(*a))
    except Exception as e:
        return type(e).__name__
for a in ARGS:
    print(result(lambda *a: ${expr}, *a))
`.replace("ARGS", `[${args.map((a) => `(${a.join(", ")},)`).join(", ")}]`);
  const r = run(program);
  expect(r.error ?? null).toBeNull();
  return r.stdout.trimEnd().split("\n");
}

const fromHex = (h: string) => `float.fromhex('${h}')`;
/** float.hex() text → number (sign, hex mantissa, binary exponent); inf and nan as Python writes them */
function hexValue(h: string): number {
  const m = /^(-?)0x([0-9a-f]+)\.?([0-9a-f]*)p([-+]\d+)$/.exec(h);
  if (!m) return h.startsWith("-") ? -Infinity : h === "inf" ? Infinity : NaN;
  const mantissa = Number.parseInt(m[2] + m[3], 16) / 16 ** m[3].length;
  return (m[1] ? -1 : 1) * mantissa * 2 ** Number(m[4]);
}
const ulps = (a: string, b: string) => Math.abs(Number(a) - Number(b)) / (Math.abs(Number(b)) * 2 ** -52);

describe("math functions return CPython's results", () => {
  for (const name of ["exp", "log", "erf", "erfc"])
    test(`math.${name}: every recorded input`, () => {
      const rows = cases[name];
      expect(
        engineResults(
          `math.${name}(a[0])`,
          rows.map((r) => [fromHex(r[0])]),
        ),
      ).toEqual(rows.map((r) => r[1]));
    });

  test("float ** float and math.pow: every recorded input", () => {
    for (const [name, expr] of [
      ["pow", "a[0] ** a[1]"],
      ["math.pow", "math.pow(a[0], a[1])"],
    ]) {
      const rows = cases[name];
      expect(
        engineResults(
          expr,
          rows.map((r) => [fromHex(r[0]), fromHex(r[1])]),
        ),
      ).toEqual(rows.map((r) => r[2]));
    }
  });

  test("math.log of ints beyond a double, with and without a base", () => {
    const rows = cases["log of ints"];
    const got = engineResults(
      "(math.log(a[0]), math.log(a[0], 7))",
      rows.map((r) => [r[0]]),
    );
    expect(got).toEqual(rows.map((r) => `(${r[1]}, ${r[2]})`));
  });

  for (const name of ["gamma", "lgamma"])
    test(`math.${name}: exact for x >= 0; for x < 0 (V8's sin/cos in sinpi) a few in a hundred differ, by a few ulps`, () => {
      const rows = cases[name];
      const got = engineResults(
        `math.${name}(a[0])`,
        rows.map((r) => [fromHex(r[0])]),
      );
      const differ = rows.map((r, i) => ({ x: hexValue(r[0]), want: r[1], got: got[i] })).filter((d) => d.got !== d.want);
      expect(differ.filter((d) => !(d.x < 0))).toEqual([]);
      expect(differ.length).toBeLessThanOrEqual(rows.length * 0.05);
      for (const d of differ) expect(ulps(d.got, d.want), `${d.x}`).toBeLessThanOrEqual(4);
    });

  test("a negative float to a fractional power raises (CPython returns a complex number, which the engine lacks)", () => {
    const r = run("x = (-2.0) ** 0.5");
    expect(r.error).toMatchObject({ type: "ValueError", message: expect.stringContaining("complex") });
  });

  test("math.exp2 (pow(2, x) for glibc's exp2): within 1 ulp everywhere, equal almost everywhere", () => {
    const rows = cases.exp2;
    const got = engineResults(
      "math.exp2(a[0])",
      rows.map((r) => [fromHex(r[0])]),
    );
    const differ = rows.map((r, i) => [got[i], r[1]]).filter(([g, w]) => g !== w);
    expect(differ.length).toBeLessThanOrEqual(rows.length * 0.01);
    for (const [g, w] of differ) expect(ulps(g, w)).toBeLessThanOrEqual(1);
  });
});
