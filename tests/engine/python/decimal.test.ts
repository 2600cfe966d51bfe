// The decimal module against CPython 3.11: construction, str/repr, arithmetic under the context's precision and
// rounding (every mode), quantize, contexts and their flags and traps, trapped signals' messages, comparisons and
// hashing with ints and floats, conversions, sqrt and integral powers. Each probe's stdout and uncaught exception must
// be CPython's, recorded by decimal.record.py into decimal.json. What the engine does not implement must raise the
// clear error listed in DEVIATIONS instead of printing anything else.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { run } from "./helpers";

interface Probe {
  name: string;
  code: string;
  stdout: string;
  error: { type: string; message: string } | null;
}
const recording: { python: string; prelude: string; probes: Probe[] } = JSON.parse(readFileSync(join(__dirname, "decimal.json"), "utf8"));

/** Lines the engine prints instead of CPython's, on purpose (keyed by probe name, then 0-based stdout line). */
const DEVIATIONS: Record<string, Record<number, string>> = {};

describe("decimal prints what CPython prints", () => {
  test("recorded with CPython 3.11", () => expect(recording.python).toMatch(/^3\.11\./));
  for (const p of recording.probes) {
    test(p.name, () => {
      const r = run(recording.prelude + p.code);
      const expectedLines = p.stdout.split("\n");
      for (const [i, line] of Object.entries(DEVIATIONS[p.name] ?? {})) expectedLines[Number(i)] = line;
      expect(r.stdout).toBe(expectedLines.join("\n"));
      const got = r.ok ? null : `${r.error?.type}: ${r.error?.message}`;
      expect(got).toBe(p.error ? `${p.error.type}: ${p.error.message}` : null);
    });
  }
});

describe("decimal work is charged by digit count", () => {
  const heavy: Record<string, string> = {
    "division at prec 10**6": "getcontext().prec = 10**6\nfor _ in range(1000): Decimal(1) / 7",
    // One such power takes about the whole 300 ms budget, so a single one may finish in time: repeat it.
    "power at prec 10**6": "getcontext().prec = 10**6\nfor _ in range(100): Decimal(3) ** 10**6",
    "sqrt at prec 10**7": "getcontext().prec = 10**7\nDecimal(2).sqrt()",
    "str of a 10**7-digit Decimal": "x = Decimal(10) ** 10**7",
    "int of 1E+100000000": "int(Decimal('1E+100000000'))",
    "format with a huge width": "format(Decimal(1), '1000000000')",
    "to_integral of a long coefficient": "d = Decimal('1' * 10**6 + 'E-500000')\nfor _ in range(10**4): d.to_integral_value()",
  };
  for (const [name, code] of Object.entries(heavy))
    test(name, () => {
      const t = performance.now();
      const r = run(`from decimal import *\n${code}`, { timeoutMs: 300 });
      expect(r.ok ? "ok" : r.error?.type).toMatch(/^(TimeoutError|MemoryError|Overflow)$/);
      expect(performance.now() - t).toBeLessThan(3000);
    });
});
