/**
 * Closed-form distributions of NumPy's Generator (numpy/random/src/distributions/distributions.c: random_standard_cauchy,
 * random_pareto, random_weibull, random_power, random_gumbel, random_logistic, random_rayleigh, random_triangular) and
 * of RandomState (legacy/legacy-distributions.c: legacy_standard_cauchy, legacy_pareto, legacy_weibull, legacy_power,
 * legacy_rayleigh; gumbel, logistic and triangular are shared). log, exp and pow are glibc's; Math.expm1 and
 * Math.log1p are fdlibm's, as glibc's s_expm1.c and s_log1p.c.
 */
import type { PCG64 } from "./pcg64";
import type { RandomState } from "./random-state";
import type { DoubleSource } from "./discrete";
import { standardNormal } from "./ziggurat";
import { standardExponential } from "./ziggurat-exp";
import { standardExponential as legacyStandardExponential } from "./legacy-more";
import { glibcLog as log } from "./glibc-log";
import { glibcExp as exp } from "./glibc-exp";
import { glibcPow as pow } from "./glibc-pow";

export const standardCauchy = (g: PCG64) => standardNormal(g) / standardNormal(g);
export const pareto = (g: PCG64, a: number) => Math.expm1(standardExponential(g) / a);
export const weibull = (g: PCG64, a: number) => (a === 0.0 ? 0.0 : pow(standardExponential(g), 1 / a));
export const power = (g: PCG64, a: number) => pow(-Math.expm1(-standardExponential(g)), 1 / a);
export const rayleigh = (g: PCG64, mode: number) => mode * Math.sqrt(2.0 * standardExponential(g));

export function gumbel(g: DoubleSource, loc: number, scale: number): number {
  for (;;) {
    const u = 1.0 - g.nextDouble();
    // U == 1.0 is drawn again
    if (u < 1.0) return loc - scale * log(-log(u));
  }
}

export function logistic(g: DoubleSource, loc: number, scale: number): number {
  for (;;) {
    const u = g.nextDouble();
    // U == 0.0 is drawn again
    if (u > 0.0) return loc + scale * log(u / (1.0 - u));
  }
}

export function triangular(g: DoubleSource, left: number, mode: number, right: number): number {
  const base = right - left;
  const leftbase = mode - left;
  const ratio = leftbase / base;
  const leftprod = leftbase * base;
  const rightprod = (right - mode) * base;
  const u = g.nextDouble();
  return u <= ratio ? left + Math.sqrt(u * leftprod) : right - Math.sqrt((1.0 - u) * rightprod);
}

export const legacyStandardCauchy = (rs: RandomState) => rs.nextGauss() / rs.nextGauss();
export const legacyPareto = (rs: RandomState, a: number) => exp(legacyStandardExponential(rs) / a) - 1;
export const legacyWeibull = (rs: RandomState, a: number) => (a === 0.0 ? 0.0 : pow(legacyStandardExponential(rs), 1 / a));
export const legacyPower = (rs: RandomState, a: number) => pow(1 - exp(-legacyStandardExponential(rs)), 1 / a);
export const legacyRayleigh = (rs: RandomState, mode: number) => mode * Math.sqrt(-2.0 * Math.log1p(-rs.nextDouble()));

/** random_wald (Generator: X in the form that avoids cancellation when scale / Y is small) and legacy_wald */
export function wald(normal: () => number, g: DoubleSource, mean: number, scale: number, legacy = false): number {
  let y = normal();
  y = mean * y * y;
  let x: number;
  if (legacy) x = mean + (mean / (2 * scale)) * (y - Math.sqrt(4 * scale * y + y * y));
  else {
    const d = 1 + Math.sqrt(1 + (4 * scale) / y);
    x = mean * (1 - 2 / d);
  }
  const u = g.nextDouble();
  return u <= mean / (mean + x) ? x : (mean * mean) / x;
}
