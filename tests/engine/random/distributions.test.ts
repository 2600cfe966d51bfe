// Generator (PCG64) and legacy np.random (MT19937) distributions: every probe's stdout (values, dtypes, shapes, the
// next draws after each call, the legacy state position and cached gauss) and uncaught exception must be NumPy's,
// recorded with python3 + NumPy 2.4.6 by distributions.record.py into distributions.json.
//
// Floats are compared exactly (their shortest repr), except in probes marked "ulp": there NumPy's value is the
// result of glibc's pow (gamma with shape < 1, beta with a, b <= 1, chisquare/standard_t/dirichlet with small
// parameters), which V8's Math.pow may round differently in the last bit (exp and log are glibc's, see
// glibc-exp.test.ts). Those values must be within 1 ulp, the rest of each line (and every integer) exact.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { run } from "../python/helpers";

interface Probe {
  name: string;
  code: string;
  stdout: string;
  error: { type: string; message: string } | null;
  ulp: boolean;
}
const recording: { prelude: string; probes: Probe[] } = JSON.parse(readFileSync(join(__dirname, "distributions.json"), "utf8"));

const firstLine = (s: string) => s.split("\n")[0];
const FLOAT = /-?\d+\.\d+(?:e[-+]\d+)?|-?\d+e[-+]\d+/g;

/** distance in units in the last place between two finite doubles of the same sign */
function ulps(a: number, b: number): number {
  const buf = new DataView(new ArrayBuffer(16));
  buf.setFloat64(0, a);
  buf.setFloat64(8, b);
  return Math.abs(Number(buf.getBigInt64(0) - buf.getBigInt64(8)));
}

let ulpValues = 0,
  ulpDiffering = 0;

/** the two lines are equal once every float is allowed to differ by 1 ulp */
function equalWithin1Ulp(got: string, want: string): boolean {
  if (got.replace(FLOAT, "F") !== want.replace(FLOAT, "F")) return false;
  const g = got.match(FLOAT) ?? [],
    w = want.match(FLOAT) ?? [];
  for (let i = 0; i < w.length; i++) {
    ulpValues++;
    if (g[i] === w[i]) continue;
    ulpDiffering++;
    if (Math.sign(+g[i]) !== Math.sign(+w[i]) || ulps(+g[i], +w[i]) > 1) return false;
  }
  return true;
}

describe("random distributions draw what NumPy draws", () => {
  for (const p of recording.probes) {
    test(p.name, () => {
      const r = run(recording.prelude + p.code);
      if (p.ulp) {
        const got = r.stdout.split("\n"),
          want = p.stdout.split("\n");
        expect(got.length).toBe(want.length);
        for (let i = 0; i < want.length; i++) if (!equalWithin1Ulp(got[i], want[i])) expect(got[i]).toBe(want[i]);
      } else {
        expect(r.stdout).toBe(p.stdout);
      }
      const got = r.ok ? null : `${r.error?.type}: ${firstLine(r.error?.message ?? "")}`;
      expect(got).toBe(p.error ? `${p.error.type}: ${firstLine(p.error.message)}` : null);
    });
  }
  test("values allowed 1 ulp of libm difference are still mostly exact", () => {
    console.log(`pow-derived floats: ${ulpDiffering} of ${ulpValues} differ from NumPy by 1 ulp`);
    expect(ulpValues).toBeGreaterThan(100);
    expect(ulpDiffering).toBeLessThan(ulpValues / 2);
  });
});

test("a covariance whose LAPACK SVD the engine cannot reproduce raises NotImplementedError", () => {
  const r = run("import numpy as np\nnp.random.multivariate_normal([0.0, 0.0], [[1.0, 0.5], [0.5, 1.0]])");
  expect(r.error?.type).toBe("NotImplementedError");
});

test("draws are charged: a million binomial draws per call in a loop end at the deadline", () => {
  const t = performance.now();
  const r = run("import numpy as np\nrng = np.random.default_rng(0)\nfor _ in range(1000): rng.binomial(100, 0.3, 10**6)", {
    timeoutMs: 300,
  });
  expect(r.error?.type).toBe("TimeoutError");
  expect(performance.now() - t).toBeLessThan(3000);
});
