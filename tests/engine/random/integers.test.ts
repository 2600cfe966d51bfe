// Bounded random integers of every integer dtype and bool (Generator.integers, RandomState.randint,
// np.random.randint): every probe's stdout (values, dtypes, shapes, the next draws after each call, the legacy
// state position) and uncaught exception must be NumPy's, recorded with python3 + NumPy 2.4 by integers.record.py into
// integers.json.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { run } from "../python/helpers";

interface Probe {
  name: string;
  code: string;
  stdout: string;
  error: { type: string; message: string } | null;
}
const recording: { prelude: string; probes: Probe[] } = JSON.parse(readFileSync(join(__dirname, "integers.json"), "utf8"));

const firstLine = (s: string) => s.split("\n")[0];

/** 64-bit values beyond 2**53 are doubles here: the call raises NotImplementedError, every other line is NumPy's */
function expectSameOrNotImplemented(got: string, want: string): void {
  const g = got.split("\n"),
    w = want.split("\n");
  expect(g.length).toBe(w.length);
  g.forEach((line, i) => {
    if (!line.startsWith("NotImplementedError: ")) expect(line).toBe(w[i]);
  });
}

describe("random integers draw what NumPy draws", () => {
  for (const p of recording.probes) {
    test(p.name, () => {
      const r = run(recording.prelude + p.code);
      if (p.name.startsWith("wide-")) expectSameOrNotImplemented(r.stdout, p.stdout);
      else expect(r.stdout).toBe(p.stdout);
      const got = r.ok ? null : `${r.error?.type}: ${firstLine(r.error?.message ?? "")}`;
      expect(got).toBe(p.error ? `${p.error.type}: ${firstLine(p.error.message)}` : null);
    });
  }
});

test("what the engine cannot draw exactly raises NotImplementedError (64-bit values beyond 2**53, bounds NumPy reads as floats)", () => {
  for (const code of [
    "np.random.default_rng(0).integers(-2**63, 2**63 - 1, size=3)",
    "np.random.default_rng(0).integers(0, 2**64 - 1, size=3, dtype=np.uint64)",
    "np.random.RandomState(0).randint(0, 2**63 - 1)",
    "np.random.default_rng(0).integers([0, 1], [2, 2**63 + 4])", // NumPy reads that list as float64
    "np.random.default_rng(0).integers([0.5, 1.0], 5, dtype=np.int8)", // NumPy checks as floats, then casts
  ]) {
    const r = run(`import numpy as np\n${code}`);
    expect(r.error?.type, code).toBe("NotImplementedError");
  }
});
