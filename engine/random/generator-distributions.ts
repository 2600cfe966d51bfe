/**
 * Continuous and discrete distributions of NumPy's `np.random.Generator` over PCG64
 * (numpy/random/src/distributions/distributions.c), one draw per call.
 *
 * Bit-exact with NumPy: log, exp and pow are the glibc-compatible ones (Math.log1p is fdlibm's, as glibc's).
 */
import type { PCG64 } from "./pcg64";
import { standardNormal } from "./ziggurat";
import { standardExponential } from "./ziggurat-exp";
import { glibcLog } from "./glibc-log";
import { glibcExp } from "./glibc-exp";
import { glibcPow } from "./glibc-pow";
import { standardGammaWith } from "./gamma";
import { generatorBinomial } from "./discrete";

const log = glibcLog;
const exp = glibcExp;
const pow = glibcPow;

const nextDouble = (g: PCG64) => g.nextDouble();

export function standardGamma(g: PCG64, shape: number): number {
  return standardGammaWith(g, shape, nextDouble, standardExponential, standardNormal);
}

const BETA_TINY_THRESHOLD = 3e-103;

/** random_beta (a, b > 0): Johnk's algorithm when both <= 1, else two gammas */
export function beta(g: PCG64, a: number, b: number): number {
  if (a <= 1.0 && b <= 1.0) {
    if (a < BETA_TINY_THRESHOLD && b < BETA_TINY_THRESHOLD) return (a + b) * g.nextDouble() < a ? 1 : 0;
    for (;;) {
      const U = g.nextDouble(),
        V = g.nextDouble();
      const X = pow(U, 1.0 / a),
        Y = pow(V, 1.0 / b);
      const XpY = X + Y;
      if (XpY <= 1.0 && U + V > 0.0) {
        if (X > 0 && Y > 0) return X / XpY;
        const delta = log(U) / a - log(V) / b;
        return delta > 0 ? exp(-Math.log1p(exp(-delta))) : exp(delta - Math.log1p(exp(delta)));
      }
    }
  }
  const Ga = standardGamma(g, a),
    Gb = standardGamma(g, b);
  return Ga / (Ga + Gb);
}

export const binomial = (g: PCG64, n: number, p: number): number => generatorBinomial(g, p, n);

/** random_multinomial: one row of counts into out[o .. o + pvals.length) (already zeroed) */
export function multinomialRow(g: PCG64, n: number, pvals: Float64Array, po: number, d: number, out: Float64Array, o: number): void {
  let remaining = 1.0,
    dn = n;
  for (let j = 0; j < d - 1; j++) {
    const v = generatorBinomial(g, pvals[po + j] / remaining, dn);
    out[o + j] = v;
    dn -= v;
    if (dn <= 0) break;
    remaining -= pvals[po + j];
  }
  if (dn > 0) out[o + d - 1] = dn;
}

/** Generator.dirichlet: `rows` rows of len(alpha) values into out. Below max(alpha) = 0.1 NumPy breaks a stick with
 *  beta draws (alpha all 0: rows of zeros, no draws); otherwise it normalises standard gammas by 1 / their sum. */
export function dirichletRows(g: PCG64, alpha: Float64Array, rows: number, out: Float64Array): void {
  const k = alpha.length;
  let amax = -Infinity;
  for (let j = 0; j < k; j++) amax = alpha[j] > amax || alpha[j] !== alpha[j] ? alpha[j] : amax;
  if (k > 0 && amax < 0.1) {
    const csum = new Float64Array(k);
    let c = 0.0;
    for (let j = k - 1; j >= 0; j--) csum[j] = c += alpha[j];
    if (!(c > 0)) return;
    for (let o = 0; o < rows * k; o += k) {
      let acc = 1.0;
      for (let j = 0; j < k - 1; j++) {
        const v = beta(g, alpha[j], csum[j + 1]);
        out[o + j] = acc * v;
        acc *= 1.0 - v;
        if (csum[j + 1] === 0) break;
      }
      out[o + k - 1] = acc;
    }
    return;
  }
  for (let o = 0; o < rows * k; o += k) {
    let acc = 0.0;
    for (let j = 0; j < k; j++) {
      out[o + j] = standardGamma(g, alpha[j]);
      acc = acc + out[o + j];
    }
    const invacc = 1.0 / acc;
    for (let j = 0; j < k; j++) out[o + j] = out[o + j] * invacc;
  }
}
