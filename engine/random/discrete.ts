/**
 * Legacy discrete distributions used by RandomState.binomial / .poisson,
 * ported from NumPy's numpy/random/src/distributions/distributions.c
 * (random_binomial_inversion, random_binomial_btpe, random_poisson_mult,
 * random_poisson_ptrs, random_loggam) and legacy-distributions.c.
 *
 * log() and exp() are the glibc-compatible ones; Math.log1p is fdlibm's, as
 * glibc's. They only feed comparisons against uniform draws.
 */
import { glibcLog } from "./glibc-log";
import { glibcExp } from "./glibc-exp";

/** Any bit generator with next_double (MT19937 for RandomState, PCG64 for Generator). */
export interface DoubleSource {
  nextDouble(): number;
}

const log = glibcLog;
const exp = glibcExp;

const LOGGAM_A = [
  8.333333333333333e-2, -2.777777777777778e-3, 7.936507936507937e-4, -5.952380952380952e-4, 8.417508417508418e-4, -1.917526917526918e-3,
  6.41025641025641e-3, -2.955065359477124e-2, 1.796443723688307e-1, -1.3924322169059,
];

export function randomLoggam(x: number): number {
  if (x === 1.0 || x === 2.0) return 0.0;
  const n = x < 7.0 ? Math.trunc(7 - x) : 0;
  let x0 = x + n;
  const x2 = (1.0 / x0) * (1.0 / x0);
  const lg2pi = 1.8378770664093453;
  let gl0 = LOGGAM_A[9];
  for (let k = 8; k >= 0; k--) {
    gl0 *= x2;
    gl0 += LOGGAM_A[k];
  }
  let gl = gl0 / x0 + 0.5 * lg2pi + (x0 - 0.5) * log(x0) - x0;
  if (x < 7.0) {
    for (let k = 1; k <= n; k++) {
      gl -= log(x0 - 1.0);
      x0 -= 1.0;
    }
  }
  return gl;
}

/** `generator`: random_binomial_inversion's qn = exp(n * log1p(-p)); legacy: exp(n * log(1 - p)). */
export function binomialInversion(mt: DoubleSource, n: number, p: number, generator = false): number {
  const q = 1.0 - p;
  const qn = exp(generator ? n * Math.log1p(-p) : n * log(q));
  const np = n * p;
  const bound = Math.trunc(Math.min(n, np + 10.0 * Math.sqrt(np * q + 1)));
  let X = 0;
  let px = qn;
  let U = mt.nextDouble();
  while (U > px) {
    X++;
    if (X > bound) {
      X = 0;
      px = qn;
      U = mt.nextDouble();
    } else {
      U -= px;
      px = ((n - X + 1) * p * px) / (X * q);
    }
  }
  return X;
}

/**
 * `generator`: random_binomial_btpe's corrected Stirling terms (13860, the last two subtracted);
 * legacy keeps the original constant 13680 with all four added.
 */
export function binomialBtpe(mt: DoubleSource, n: number, p: number, generator = false): number {
  const r = Math.min(p, 1.0 - p);
  const q = 1.0 - r;
  const fm = n * r + r;
  const m = Math.floor(fm);
  const p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
  const xm = m + 0.5;
  const xl = xm - p1;
  const xr = xm + p1;
  const c = 0.134 + 20.5 / (15.3 + m);
  let a = (fm - xl) / (fm - xl * r);
  const laml = a * (1.0 + a / 2.0);
  a = (xr - fm) / (xr * q);
  const lamr = a * (1.0 + a / 2.0);
  const p2 = p1 * (1.0 + 2.0 * c);
  const p3 = p2 + c / laml;
  const p4 = p3 + c / lamr;

  let y = 0;
  for (;;) {
    // Step10
    const nrq = n * r * q;
    const u = mt.nextDouble() * p4;
    let v = mt.nextDouble();
    if (u <= p1) {
      y = Math.floor(xm - p1 * v + u);
      break; // Step60
    }
    if (u <= p2) {
      // Step20
      const x = xl + (u - p1) / c;
      v = v * c + 1.0 - Math.abs(m - x + 0.5) / p1;
      if (v > 1.0) continue;
      y = Math.floor(x);
    } else if (u <= p3) {
      // Step30
      y = Math.floor(xl + log(v) / laml);
      if (y < 0 || v === 0.0) continue;
      v = v * (u - p2) * laml;
    } else {
      // Step40
      y = Math.floor(xr - log(v) / lamr);
      if (y > n || v === 0.0) continue;
      v = v * (u - p3) * lamr;
    }
    // Step50
    const k = Math.abs(y - m);
    if (!(k > 20 && k < nrq / 2.0 - 1)) {
      const s = r / q;
      a = s * (n + 1);
      let F = 1.0;
      if (m < y) {
        for (let i = m + 1; i <= y; i++) F *= a / i - s;
      } else if (m > y) {
        for (let i = y + 1; i <= m; i++) F /= a / i - s;
      }
      if (v > F) continue;
      break; // Step60
    }
    // Step52
    const rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
    const t = (-k * k) / (2 * nrq);
    const A = log(v);
    if (A < t - rho) break;
    if (A > t + rho) continue;
    const x1 = y + 1;
    const f1 = m + 1;
    const z = n + 1 - m;
    const w = n - y + 1;
    const x2 = x1 * x1;
    const f2 = f1 * f1;
    const z2 = z * z;
    const w2 = w * w;
    const head = xm * log(f1 / x1) + (n - m + 0.5) * log(z / w) + (y - m) * log((w * r) / (x1 * q));
    if (A > stirlingBound(generator, head, f1, f2, z, z2, x1, x2, w, w2)) {
      continue;
    }
    break;
  }
  // Step60
  if (p > 0.5) y = n - y;
  return y;
}

/** head + the four Stirling error terms, summed left to right as the C expression does */
function stirlingBound(
  generator: boolean,
  head: number,
  f1: number,
  f2: number,
  z: number,
  z2: number,
  x1: number,
  x2: number,
  w: number,
  w2: number,
) {
  if (!generator)
    return (
      head +
      (13680 - (462 - (132 - (99 - 140 / f2) / f2) / f2) / f2) / f1 / 166320 +
      (13680 - (462 - (132 - (99 - 140 / z2) / z2) / z2) / z2) / z / 166320 +
      (13680 - (462 - (132 - (99 - 140 / x2) / x2) / x2) / x2) / x1 / 166320 +
      (13680 - (462 - (132 - (99 - 140 / w2) / w2) / w2) / w2) / w / 166320
    );
  return (
    head +
    (13860 - (462 - (132 - (99 - 140 / f2) / f2) / f2) / f2) / f1 / 166320 +
    (13860 - (462 - (132 - (99 - 140 / z2) / z2) / z2) / z2) / z / 166320 -
    (13860 - (462 - (132 - (99 - 140 / x2) / x2) / x2) / x2) / x1 / 166320 -
    (13860 - (462 - (132 - (99 - 140 / w2) / w2) / w2) / w2) / w / 166320
  );
}

/** random_binomial (Generator): n == 0 or p == 0 return 0 without drawing. */
export function generatorBinomial(g: DoubleSource, p: number, n: number): number {
  if (n === 0 || p === 0) return 0;
  if (p <= 0.5) return p * n <= 30.0 ? binomialInversion(g, n, p, true) : binomialBtpe(g, n, p, true);
  const q = 1.0 - p;
  return q * n <= 30.0 ? n - binomialInversion(g, n, q, true) : n - binomialBtpe(g, n, q, true);
}

/** legacy_random_binomial (no n == 0 / p == 0 shortcut: those still draw). */
export function legacyBinomial(mt: DoubleSource, p: number, n: number): number {
  if (p <= 0.5) {
    return p * n <= 30.0 ? binomialInversion(mt, n, p) : binomialBtpe(mt, n, p);
  }
  const q = 1.0 - p;
  return q * n <= 30.0 ? n - binomialInversion(mt, n, q) : n - binomialBtpe(mt, n, q);
}

function poissonMult(mt: DoubleSource, lam: number): number {
  const enlam = exp(-lam);
  let X = 0;
  let prod = 1.0;
  for (;;) {
    prod *= mt.nextDouble();
    if (prod > enlam) X += 1;
    else return X;
  }
}

function poissonPtrs(mt: DoubleSource, lam: number): number {
  const slam = Math.sqrt(lam);
  const loglam = log(lam);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const U = mt.nextDouble() - 0.5;
    const V = mt.nextDouble();
    const us = 0.5 - Math.abs(U);
    const k = Math.floor(((2 * a) / us + b) * U + lam + 0.43);
    if (us >= 0.07 && V <= vr) return k;
    if (k < 0 || (us < 0.013 && V > us)) continue;
    if (log(V) + log(invalpha) - log(a / (us * us) + b) <= -lam + k * loglam - randomLoggam(k + 1)) return k;
  }
}

/** random_poisson. */
export function poisson(mt: DoubleSource, lam: number): number {
  if (lam >= 10) return poissonPtrs(mt, lam);
  if (lam === 0) return 0;
  return poissonMult(mt, lam);
}
