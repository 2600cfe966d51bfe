// LAPACK's dsterf: the eigenvalues of a symmetric tridiagonal matrix by the root-free (Pal-Walker-Kahan) QL/QR
// iteration, as dsyevd runs it when only eigenvalues are asked for (np.linalg.eigvalsh), at every order.
import { NPError } from "./core";
import { EPS, blockEnd, blockNorm, laev2, lapy2, sign } from "./lapack-aux";

/** The shift σ from the leading 2×2 block [[p, √e2], [√e2, next]]: its eigenvalue nearer p */
function shift(p: number, next: number, e2: number): number {
  const rte = Math.sqrt(e2);
  const g = (next - p) / (2 * rte);
  return p - rte / (g + sign(lapy2(g, 1), g));
}

/** The eigenvalues of the tridiagonal (d, e), ascending, left in d (e is destroyed). */
export function dsterf(d: Float64Array, e: Float64Array, n: number): void {
  if (n <= 1) return;
  const eps2 = EPS * EPS;
  const nmaxit = n * 30;
  let jtot = 0;
  // 1-based indices below, as in LAPACK
  const D = (k: number) => d[k - 1],
    E = (k: number) => e[k - 1];
  let l1 = 1;
  while (l1 <= n) {
    if (l1 > 1) e[l1 - 2] = 0;
    const m = blockEnd(d, e, l1, n, false);
    let l = l1;
    const lsv = l;
    let lend = m;
    const lendsv = lend;
    l1 = m + 1;
    if (lend === l) continue;
    if (blockNorm(d, e, l, lend, "eigvalsh") === 0) continue;
    for (let i = l; i <= lend - 1; i++) e[i - 1] = E(i) ** 2;
    if (Math.abs(D(lend)) < Math.abs(D(l))) {
      lend = lsv;
      l = lendsv;
    }
    if (lend >= l) {
      // QL iteration
      for (;;) {
        let mq = lend;
        if (l !== lend)
          for (let k = l; k <= lend - 1; k++)
            if (Math.abs(E(k)) <= eps2 * Math.abs(D(k) * D(k + 1))) {
              mq = k;
              break;
            }
        if (mq < lend) e[mq - 1] = 0;
        let p = D(l);
        if (mq === l) {
          d[l - 1] = p;
          l++;
          if (l <= lend) continue;
          break;
        }
        if (mq === l + 1) {
          const [rt1, rt2] = laev2(D(l), Math.sqrt(E(l)), D(l + 1));
          d[l - 1] = rt1;
          d[l] = rt2;
          e[l - 1] = 0;
          l += 2;
          if (l <= lend) continue;
          break;
        }
        if (jtot === nmaxit) break;
        jtot++;
        const sigma = shift(p, D(l + 1), E(l));
        let c = 1,
          s = 0,
          gamma = D(mq) - sigma;
        p = gamma * gamma;
        for (let i = mq - 1; i >= l; i--) {
          const bb = E(i),
            r = p + bb;
          if (i !== mq - 1) e[i] = s * r;
          const oldc = c;
          c = p / r;
          s = bb / r;
          const oldgam = gamma,
            alpha = D(i);
          gamma = c * (alpha - sigma) - s * oldgam;
          d[i] = oldgam + (alpha - gamma);
          p = c !== 0 ? (gamma * gamma) / c : oldc * bb;
        }
        e[l - 1] = s * p;
        d[l - 1] = sigma + gamma;
      }
    } else {
      // QR iteration
      for (;;) {
        let mq = lend;
        for (let k = l; k >= lend + 1; k--)
          if (Math.abs(E(k - 1)) <= eps2 * Math.abs(D(k) * D(k - 1))) {
            mq = k;
            break;
          }
        if (mq > lend) e[mq - 2] = 0;
        let p = D(l);
        if (mq === l) {
          d[l - 1] = p;
          l--;
          if (l >= lend) continue;
          break;
        }
        if (mq === l - 1) {
          const [rt1, rt2] = laev2(D(l), Math.sqrt(E(l - 1)), D(l - 1));
          d[l - 1] = rt1;
          d[l - 2] = rt2;
          e[l - 2] = 0;
          l -= 2;
          if (l >= lend) continue;
          break;
        }
        if (jtot === nmaxit) break;
        jtot++;
        const sigma = shift(p, D(l - 1), E(l - 1));
        let c = 1,
          s = 0,
          gamma = D(mq) - sigma;
        p = gamma * gamma;
        for (let i = mq; i <= l - 1; i++) {
          const bb = E(i),
            r = p + bb;
          if (i !== mq) e[i - 2] = s * r;
          const oldc = c;
          c = p / r;
          s = bb / r;
          const oldgam = gamma,
            alpha = D(i + 1);
          gamma = c * (alpha - sigma) - s * oldgam;
          d[i - 1] = oldgam + (alpha - gamma);
          p = c !== 0 ? (gamma * gamma) / c : oldc * bb;
        }
        e[l - 2] = s * p;
        d[l - 1] = sigma + gamma;
      }
    }
    if (jtot >= nmaxit) throw new NPError("LinAlgError", "Eigenvalues did not converge");
  }
  d.sort(); // dlasrt('I'); a Float64Array sorts numerically
}
