/**
 * The F distribution, the noncentral chi-square and F distributions, and RandomState's negative binomial, as NumPy
 * computes them from chi-square, normal and Poisson draws: Generator's from distributions.c (random_f,
 * random_noncentral_chisquare, random_noncentral_f), RandomState's from legacy-distributions.c (legacy_f,
 * legacy_noncentral_chisquare, legacy_noncentral_f, legacy_negative_binomial), each in NumPy's order of draws.
 */
import type { PCG64 } from "./pcg64";
import type { RandomState } from "./random-state";
import { standardGamma } from "./generator-distributions";
import { standardNormal } from "./ziggurat";
import { poisson } from "./discrete";
import { chisquare as legacyChisquare, standardGamma as legacyStandardGamma } from "./legacy-more";

const chisquare = (g: PCG64, df: number) => 2.0 * standardGamma(g, df / 2.0);

export function f(g: PCG64, dfnum: number, dfden: number): number {
  const num = chisquare(g, dfnum) * dfden;
  return num / (chisquare(g, dfden) * dfnum);
}

export function noncentralChisquare(g: PCG64, df: number, nonc: number): number {
  if (Number.isNaN(nonc)) return NaN;
  if (nonc === 0) return chisquare(g, df);
  if (1 < df) {
    const chi2 = chisquare(g, df - 1);
    const n = standardNormal(g) + Math.sqrt(nonc);
    return chi2 + n * n;
  }
  const i = poisson(g, nonc / 2.0);
  return chisquare(g, df + 2 * i);
}

export function noncentralF(g: PCG64, dfnum: number, dfden: number, nonc: number): number {
  const t = noncentralChisquare(g, dfnum, nonc) * dfden;
  return t / (chisquare(g, dfden) * dfnum);
}

export function legacyF(rs: RandomState, dfnum: number, dfden: number): number {
  const num = legacyChisquare(rs, dfnum) * dfden;
  return num / (legacyChisquare(rs, dfden) * dfnum);
}

/** legacy_noncentral_chisquare: a NaN nonc still draws (NumPy keeps the stream), then gives NaN */
export function legacyNoncentralChisquare(rs: RandomState, df: number, nonc: number): number {
  if (nonc === 0) return legacyChisquare(rs, df);
  if (1 < df) {
    const chi2 = legacyChisquare(rs, df - 1);
    const n = rs.nextGauss() + Math.sqrt(nonc);
    return chi2 + n * n;
  }
  const i = poisson(rs.mt, nonc / 2.0);
  const out = legacyChisquare(rs, df + 2 * i);
  return Number.isNaN(nonc) ? NaN : out;
}

export function legacyNoncentralF(rs: RandomState, dfnum: number, dfden: number, nonc: number): number {
  const t = legacyNoncentralChisquare(rs, dfnum, nonc) * dfden;
  return t / (legacyChisquare(rs, dfden) * dfnum);
}

/** legacy_negative_binomial: a Poisson draw at rate legacy_gamma(n, (1 - p) / p) */
export function legacyNegativeBinomial(rs: RandomState, n: number, p: number): number {
  const Y = ((1 - p) / p) * legacyStandardGamma(rs, n);
  return poisson(rs.mt, Y);
}
