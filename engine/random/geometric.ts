/**
 * Geometric and logarithmic-series draws, ported from NumPy's numpy/random/src/distributions/distributions.c (random_geometric_search,
 * random_geometric_inversion: Generator) and legacy/legacy-distributions.c (legacy_geometric_inversion: RandomState).
 * Math.log1p is fdlibm's, as glibc's s_log1p.c; log() is glibc's.
 */
import type { DoubleSource } from "./discrete";
import type { PCG64 } from "./pcg64";
import { standardExponential } from "./ziggurat-exp";
import { glibcLog } from "./glibc-log";
import { glibcExp } from "./glibc-exp";

/** the first double above INT64_MAX: NumPy returns INT64_MAX from there */
const INT64_LIMIT = 9.223372036854776e18;
const SEARCH_FROM = 0.333333333333333333333333;

function geometricSearch(g: DoubleSource, p: number): number {
  let x = 1;
  let sum = p,
    prod = p;
  const q = 1.0 - p;
  const u = g.nextDouble();
  while (u > sum) {
    prod *= q;
    sum += prod;
    x++;
  }
  return x;
}

/** Generator.geometric: the count of trials up to the first success (a double; INT64_MAX stands for any larger) */
export function generatorGeometric(g: PCG64, p: number): number {
  if (p >= SEARCH_FROM) return geometricSearch(g, p);
  const z = Math.ceil(-standardExponential(g) / Math.log1p(-p));
  return z >= INT64_LIMIT ? INT64_LIMIT : z;
}

/** RandomState.geometric */
export function legacyGeometric(g: DoubleSource, p: number): number {
  if (p >= SEARCH_FROM) return geometricSearch(g, p);
  return Math.ceil(Math.log1p(-g.nextDouble()) / glibcLog(1 - p));
}

/** random_logseries (Generator: log1p/expm1) and legacy_logseries (log/exp); p in [0, 1) */
export function logseries(g: DoubleSource, p: number, legacy = false): number {
  const r = legacy ? glibcLog(1.0 - p) : Math.log1p(-p);
  for (;;) {
    const v = g.nextDouble();
    if (v >= p) return 1;
    const u = g.nextDouble();
    const q = legacy ? 1.0 - glibcExp(r * u) : -Math.expm1(r * u);
    if (v <= q * q) {
      const result = Math.floor(1 + glibcLog(v) / glibcLog(q));
      if (result < 1 || v === 0.0) continue;
      return result;
    }
    return v >= q ? 1 : 2;
  }
}
