// Generator (PCG64) and legacy np.random (MT19937) distributions: every probe's stdout (values, dtypes, shapes, the
// next draws after each call, the legacy state position and cached gauss) and uncaught exception must be NumPy's,
// recorded with python3 + NumPy 2.4.6 by distributions.record.py into distributions.json.
//
// Floats are compared exactly (their shortest repr): the distributions' libm calls are glibc's (glibc-exp.test.ts,
// glibc-pow.test.ts, and glibcLog in random.test.ts).
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
const recording: { prelude: string; probes: Probe[] } = JSON.parse(readFileSync(join(__dirname, "distributions.json"), "utf8"));

const firstLine = (s: string) => s.split("\n")[0];

/** Non-diagonal multivariate_normal covariances: the product with the SVD's factors agrees with NumPy's to rounding. */
const TO_ROUNDING = /^legacy-multivariate_normal-general-/;
const NUMBER = /-?\d+\.\d+(?:e[-+]?\d+)?/g;

function expectSameToRounding(got: string, want: string): void {
  expect(got.replace(NUMBER, "#")).toBe(want.replace(NUMBER, "#"));
  const g = got.match(NUMBER) ?? [];
  const w = want.match(NUMBER) ?? [];
  g.forEach((x, i) =>
    expect(Math.abs(Number(x) - Number(w[i])), `${x} vs ${w[i]}`).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(Number(w[i])))),
  );
}

describe("random distributions draw what NumPy draws", () => {
  for (const p of recording.probes) {
    test(p.name, () => {
      const r = run(recording.prelude + p.code);
      if (TO_ROUNDING.test(p.name)) expectSameToRounding(r.stdout, p.stdout);
      else expect(r.stdout).toBe(p.stdout);
      const got = r.ok ? null : `${r.error?.type}: ${firstLine(r.error?.message ?? "")}`;
      expect(got).toBe(p.error ? `${p.error.type}: ${firstLine(p.error.message)}` : null);
    });
  }
});

test("a covariance whose LAPACK SVD the engine cannot reproduce raises NotImplementedError", () => {
  const repeated = "[[1.5, 0.5, 0.0], [0.5, 1.5, 0.0], [0.0, 0.0, 1.0]]"; // singular values 2, 1, 1: any basis of the 1s
  for (const cov of [repeated, "np.eye(26) + 0.01"]) {
    const r = run(`import numpy as np\nnp.random.multivariate_normal(np.zeros(len(${cov})), ${cov})`);
    expect(r.error?.type, cov).toBe("NotImplementedError");
  }
});

test("a covariance that is not positive-semidefinite warns as NumPy does (check_valid='warn', the default)", () => {
  const r = run(
    "import numpy as np\nnp.random.seed(0)\nx = np.random.multivariate_normal([0.0, 0.0], [[1.0, 2.0], [2.0, 1.0]])\nprint(x.shape)",
  );
  expect(r.stdout).toBe("(2,)\n");
  expect(r.stderr).toContain("RuntimeWarning: covariance is not symmetric positive-semidefinite.");
});

test("draws are charged: a million binomial draws per call in a loop end at the deadline", () => {
  const t = performance.now();
  const r = run("import numpy as np\nrng = np.random.default_rng(0)\nfor _ in range(1000): rng.binomial(100, 0.3, 10**6)", {
    timeoutMs: 300,
  });
  expect(r.error?.type).toBe("TimeoutError");
  expect(performance.now() - t).toBeLessThan(3000);
});
