/**
 * More legacy RandomState distributions (numpy/random/src/legacy/legacy-distributions.c):
 * exponential, standard_gamma/gamma, beta, multinomial, lognormal, laplace, standard_t, chisquare, dirichlet.
 * Bit-exact with NumPy: log, exp and pow are the glibc-compatible ones.
 */
import { RandomState, RandomError } from "./random-state";
import { glibcLog } from "./glibc-log";
import { glibcExp } from "./glibc-exp";
import { glibcPow } from "./glibc-pow";
import { standardGammaWith } from "./gamma";
import { legacyBinomial } from "./discrete";

const log = glibcLog;
const exp = glibcExp;
const pow = glibcPow;

export function standardExponential(rs: RandomState): number {
  return -log(1.0 - rs.nextDouble());
}

const nextDouble = (rs: RandomState) => rs.nextDouble();
const nextGauss = (rs: RandomState) => rs.nextGauss();

export function standardGamma(rs: RandomState, shape: number): number {
  return standardGammaWith(rs, shape, nextDouble, standardExponential, nextGauss);
}

export function beta(rs: RandomState, a: number, b: number): number {
  if (a <= 1.0 && b <= 1.0) {
    for (;;) {
      const U = rs.nextDouble(),
        V = rs.nextDouble();
      const X = pow(U, 1.0 / a),
        Y = pow(V, 1.0 / b);
      if (X + Y <= 1.0) {
        if (X + Y > 0) return X / (X + Y);
        let logX = log(U) / a,
          logY = log(V) / b;
        const logM = logX > logY ? logX : logY;
        logX -= logM;
        logY -= logM;
        return exp(logX - log(exp(logX) + exp(logY)));
      }
    }
  }
  const Ga = standardGamma(rs, a),
    Gb = standardGamma(rs, b);
  return Ga / (Ga + Gb);
}

/** multinomial(n, pvals, size): `rows` draws of len(pvals) counts, flat */
export function multinomialN(rs: RandomState, n: number, pvals: Float64Array, rows: number): Float64Array {
  const d = pvals.length;
  for (let i = 0; i < d; i++)
    if (!(pvals[i] >= 0 && pvals[i] <= 1)) throw new RandomError("ValueError", "pvals < 0, pvals > 1 or pvals contains NaNs");
  let sum = 0,
    c = 0;
  for (let i = 0; i < d - 1; i++) {
    const y = pvals[i] - c,
      t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  if (d && sum > 1.0 + 1e-12) throw new RandomError("ValueError", "sum(pvals[:-1]) > 1.0");
  if (n < 0) throw new RandomError("ValueError", "n < 0");
  const out = new Float64Array(rows * d);
  for (let r = 0; r < rows; r++) {
    let remaining = 1.0,
      dn = n;
    const o = r * d;
    for (let j = 0; j < d - 1; j++) {
      const p = pvals[j] / remaining;
      const v = dn === 0 || p === 0 ? 0 : legacyBinomial(rs.mt, p, dn);
      out[o + j] = v;
      dn -= v;
      if (dn <= 0) break;
      remaining -= pvals[j];
    }
    if (dn > 0) out[o + d - 1] = dn;
  }
  return out;
}

/** legacy_lognormal: exp(loc + scale * gauss) */
export function lognormal(rs: RandomState, mean: number, sigma: number): number {
  return exp(mean + sigma * rs.nextGauss());
}

/** random_laplace over MT19937: rejects U == 0 and draws again */
export function laplace(rs: RandomState, loc: number, scale: number): number {
  for (;;) {
    const U = rs.nextDouble();
    if (U >= 0.5) return loc - scale * log(2.0 - U - U);
    if (U > 0.0) return loc + scale * log(U + U);
  }
}

export function standardT(rs: RandomState, df: number): number {
  const num = rs.nextGauss(),
    denom = standardGamma(rs, df / 2);
  return (Math.sqrt(df / 2) * num) / Math.sqrt(denom);
}

export const chisquare = (rs: RandomState, df: number): number => 2.0 * standardGamma(rs, df / 2.0);

/** dirichlet(alpha, size): `rows` rows of len(alpha) gammas, each row scaled by 1 / its sum */
export function dirichletN(rs: RandomState, alpha: Float64Array, rows: number): Float64Array {
  for (let i = 0; i < alpha.length; i++) if (alpha[i] <= 0) throw new RandomError("ValueError", "alpha <= 0");
  const k = alpha.length,
    out = new Float64Array(rows * k);
  for (let r = 0; r < rows; r++) {
    const o = r * k;
    let acc = 0.0;
    for (let j = 0; j < k; j++) {
      out[o + j] = standardGamma(rs, alpha[j]);
      acc = acc + out[o + j];
    }
    const invacc = 1 / acc;
    for (let j = 0; j < k; j++) out[o + j] = out[o + j] * invacc;
  }
  return out;
}
