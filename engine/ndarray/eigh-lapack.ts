// np.linalg.eigh as NumPy's LAPACK (dsyevd, either triangle) computes it, so that eigenvectors carry NumPy's signs and
// a repeated eigenvalue NumPy's basis: Householder tridiagonalisation (dsytd2, also eigvalsh's first step), the
// implicit QL/QR iteration of dsteqr (which dstedc runs up to order 25) with its selection sort, then the reflectors
// applied back (dormtr: dorm2r for UPLO 'L', dorm2l for 'U').
// The arithmetic follows LAPACK's order but not BLAS's kernels, so last bits may differ; signs and order do not.
// Larger matrices (dstedc's divide and conquer) are refused by the caller.
import { NPError } from "./core";
import { lartg } from "./lartg";
import { EPS, SAFMIN, blockEnd, blockNorm, laev2, lapy2, sign } from "./lapack-aux";

/** The largest order handled (dstedc calls dsteqr up to SMLSIZ = 25). */
export const EIGH_MAX_ORDER = 25;

/** Eigenvalues (ascending) and eigenvectors (columns, row-major n×n) of the symmetric matrix whose `uplo` triangle is
 *  held by the row-major `S` (overwritten): dsyevd with JOBZ = 'V'. */
export function dsyevd(S: Float64Array, n: number, uplo: "L" | "U"): { w: Float64Array; Z: Float64Array } {
  const { d, e, tau } = dsytd2(S, n, uplo);
  const Z = new Float64Array(n * n);
  for (let i = 0; i < n; i++) Z[i * n + i] = 1;
  dsteqr(d, e, Z, n);
  if (uplo === "L") dorm2r(S, n, tau, Z);
  else dorm2l(S, n, tau, Z);
  return { w: d, Z };
}

/** dlarfg(m, alpha, x) on the strided vector x (indices `at(k)`, k < m - 1): [beta, tau], x scaled in place */
function dlarfg(S: Float64Array, alpha: number, at: (k: number) => number, len: number): [number, number] {
  let scale = 0,
    ssq = 1;
  for (let k = 0; k < len; k++) {
    const v = S[at(k)];
    if (v !== 0) {
      const av = Math.abs(v);
      if (scale < av) {
        ssq = 1 + ssq * (scale / av) ** 2;
        scale = av;
      } else ssq += (av / scale) ** 2;
    }
  }
  const xnorm = scale * Math.sqrt(ssq);
  if (xnorm === 0) return [alpha, 0];
  const beta = -sign(lapy2(alpha, xnorm), alpha);
  const f = 1 / (alpha - beta);
  for (let k = 0; k < len; k++) S[at(k)] *= f;
  return [beta, (beta - alpha) / beta];
}

/** dsytd2: Householder reduction of the `uplo` triangle of S to tridiagonal (d, e), reflectors left in S */
export function dsytd2(S: Float64Array, n: number, uplo: "L" | "U") {
  const A = (r: number, c: number) => r * n + c; // 0-based (row, column)
  const d = new Float64Array(n),
    e = new Float64Array(Math.max(n - 1, 0)),
    tau = new Float64Array(Math.max(n - 1, 0));
  const x = new Float64Array(n),
    v = new Float64Array(n);
  const lower = uplo === "L";
  /** the rank-2 update of the block [lo, lo+m) by the reflector (at vAt) with factor taui: dsymv, dot, daxpy and
   *  dsyr2 on the `uplo` triangle, row by row (each element's sum in LAPACK's order) */
  const update = (lo: number, m: number, vAt: (r: number) => number, taui: number) => {
    for (let r = 0; r < m; r++) v[r] = S[vAt(r)]; // outside the block: the update does not change it
    for (let r = 0; r < m; r++) {
      const row = (lo + r) * n + lo;
      let s = 0;
      // element (r, c) of the symmetric block, read from the `uplo` triangle: by row on one side of the diagonal,
      // by column on the other
      if (lower) {
        for (let c = 0; c <= r; c++) s += S[row + c] * v[c];
        for (let c = r + 1; c < m; c++) s += S[(lo + c) * n + lo + r] * v[c];
      } else {
        for (let c = 0; c < r; c++) s += S[(lo + c) * n + lo + r] * v[c];
        for (let c = r; c < m; c++) s += S[row + c] * v[c];
      }
      x[r] = taui * s;
    }
    let dot = 0;
    for (let r = 0; r < m; r++) dot += x[r] * v[r];
    const a2 = -0.5 * taui * dot;
    for (let r = 0; r < m; r++) x[r] += a2 * v[r];
    for (let r = 0; r < m; r++) {
      const row = (lo + r) * n + lo,
        vr = v[r],
        xr = x[r];
      for (let c = lower ? 0 : r; c < (lower ? r + 1 : m); c++) S[row + c] = S[row + c] + vr * -x[c] + xr * -v[c];
    }
  };
  if (uplo === "L") {
    // H(i) annihilates A(i+2:n, i)
    for (let i = 0; i < n - 1; i++) {
      const [beta, taui] = dlarfg(S, S[A(i + 1, i)], (k) => A(i + 2 + k, i), n - i - 2);
      e[i] = beta;
      if (taui !== 0) {
        S[A(i + 1, i)] = 1;
        update(i + 1, n - i - 1, (r) => A(i + 1 + r, i), taui);
      }
      S[A(i + 1, i)] = beta;
      d[i] = S[A(i, i)];
      tau[i] = taui;
    }
    if (n > 0) d[n - 1] = S[A(n - 1, n - 1)];
  } else {
    // H(i) annihilates A(0:i-1, i+1), for i from n-2 down to 0
    for (let i = n - 2; i >= 0; i--) {
      const [beta, taui] = dlarfg(S, S[A(i, i + 1)], (k) => A(k, i + 1), i);
      e[i] = beta;
      if (taui !== 0) {
        S[A(i, i + 1)] = 1;
        update(0, i + 1, (r) => A(r, i + 1), taui);
      }
      S[A(i, i + 1)] = beta;
      d[i + 1] = S[A(i + 1, i + 1)];
      tau[i] = taui;
    }
    if (n > 0) d[0] = S[A(0, 0)];
  }
  return { d, e, tau };
}

/** dormtr('L', 'L', 'N') for small n (dorm2r): rows 1..n-1 of Z times Q = H(0)…H(n-2), applying H(n-2) first */
function dorm2r(S: Float64Array, n: number, tau: Float64Array, Z: Float64Array) {
  const w = new Float64Array(n);
  for (let i = n - 2; i >= 0; i--) {
    const v = (r: number) => (r === i + 1 ? 1 : S[r * n + i]); // rows i+1..n-1
    applyReflector(Z, n, tau[i], v, i + 1, n, w);
  }
}

/** dormtr('L', 'U', 'N') for small n (dorm2l): rows 0..n-2 of Z times Q = H(n-2)…H(0), applying H(0) first */
function dorm2l(S: Float64Array, n: number, tau: Float64Array, Z: Float64Array) {
  const w = new Float64Array(n);
  for (let i = 0; i <= n - 2; i++) {
    const v = (r: number) => (r === i ? 1 : S[r * n + i + 1]); // rows 0..i
    applyReflector(Z, n, tau[i], v, 0, i + 1, w);
  }
}

/** dlarf('L'): rows [lo, hi) of Z := (I - t v v') Z */
function applyReflector(Z: Float64Array, n: number, t: number, v: (r: number) => number, lo: number, hi: number, w: Float64Array) {
  if (t === 0) return;
  for (let c = 0; c < n; c++) {
    let s = 0;
    for (let r = lo; r < hi; r++) s += Z[r * n + c] * v(r);
    w[c] = s;
  }
  for (let r = lo; r < hi; r++) {
    const vr = v(r);
    for (let c = 0; c < n; c++) Z[r * n + c] -= t * vr * w[c];
  }
}

/** dlasr('R', 'V', forward ? 'F' : 'B'): plane rotations (c[j], s[j]) on columns j, j+1 of Z, for j in [lo, lo+cnt-1) */
function lasr(forward: boolean, Z: Float64Array, n: number, lo: number, cnt: number, c: Float64Array, s: Float64Array) {
  const one = (j: number) => {
    const ct = c[j - lo],
      st = s[j - lo];
    if (ct === 1 && st === 0) return;
    for (let i = 0; i < n; i++) {
      const temp = Z[i * n + j + 1];
      Z[i * n + j + 1] = ct * temp - st * Z[i * n + j];
      Z[i * n + j] = st * temp + ct * Z[i * n + j];
    }
  };
  if (forward) for (let j = lo; j < lo + cnt - 1; j++) one(j);
  else for (let j = lo + cnt - 2; j >= lo; j--) one(j);
}

/** dsteqr(COMPZ = 'V') on the tridiagonal (d, e), accumulating into Z; then the selection sort */
function dsteqr(d: Float64Array, e: Float64Array, Z: Float64Array, n: number): void {
  if (n <= 1) return;
  const eps2 = EPS * EPS;
  const nmaxit = n * 30;
  let jtot = 0;
  const wc = new Float64Array(n),
    ws = new Float64Array(n);
  // 1-based indices below, as in LAPACK: d[k-1], e[k-1]
  const D = (k: number) => d[k - 1],
    E = (k: number) => e[k - 1];
  let l1 = 1;
  for (;;) {
    if (l1 > n) break;
    if (l1 > 1) e[l1 - 2] = 0;
    const m = blockEnd(d, e, l1, n, true);
    let l = l1;
    const lsv = l;
    let lend = m;
    const lendsv = lend;
    l1 = m + 1;
    if (lend === l) continue;
    if (blockNorm(d, e, l, lend, "eigh") === 0) continue;
    if (Math.abs(D(lend)) < Math.abs(D(l))) {
      lend = lsv;
      l = lendsv;
    }
    if (lend > l) {
      // QL iteration
      for (;;) {
        let mq = lend;
        if (l !== lend)
          for (let k = l; k <= lend - 1; k++) {
            const tst = Math.abs(E(k)) ** 2;
            if (tst <= eps2 * Math.abs(D(k)) * Math.abs(D(k + 1)) + SAFMIN) {
              mq = k;
              break;
            }
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
          const [rt1, rt2, c, s] = laev2(D(l), E(l), D(l + 1));
          wc[0] = c;
          ws[0] = s;
          lasr(false, Z, n, l - 1, 2, wc, ws);
          d[l - 1] = rt1;
          d[l] = rt2;
          e[l - 1] = 0;
          l += 2;
          if (l <= lend) continue;
          break;
        }
        if (jtot === nmaxit) break;
        jtot++;
        let g = (D(l + 1) - p) / (2 * E(l));
        let r = lapy2(g, 1);
        g = D(mq) - p + E(l) / (g + sign(r, g));
        let s = 1,
          c = 1;
        p = 0;
        for (let i = mq - 1; i >= l; i--) {
          const f = s * E(i),
            b = c * E(i);
          [c, s, r] = lartg(g, f);
          if (i !== mq - 1) e[i] = r;
          g = D(i + 1) - p;
          r = (D(i) - g) * s + 2 * c * b;
          p = s * r;
          d[i] = g + p;
          g = c * r - b;
          wc[i - l] = c;
          ws[i - l] = -s;
        }
        lasr(false, Z, n, l - 1, mq - l + 1, wc, ws);
        d[l - 1] -= p;
        e[l - 1] = g;
      }
    } else {
      // QR iteration
      for (;;) {
        let mq = lend;
        if (l !== lend)
          for (let k = l; k >= lend + 1; k--) {
            const tst = Math.abs(E(k - 1)) ** 2;
            if (tst <= eps2 * Math.abs(D(k)) * Math.abs(D(k - 1)) + SAFMIN) {
              mq = k;
              break;
            }
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
          const [rt1, rt2, c, s] = laev2(D(l - 1), E(l - 1), D(l));
          wc[0] = c;
          ws[0] = s;
          lasr(true, Z, n, l - 2, 2, wc, ws);
          d[l - 2] = rt1;
          d[l - 1] = rt2;
          e[l - 2] = 0;
          l -= 2;
          if (l >= lend) continue;
          break;
        }
        if (jtot === nmaxit) break;
        jtot++;
        let g = (D(l - 1) - p) / (2 * E(l - 1));
        let r = lapy2(g, 1);
        g = D(mq) - p + E(l - 1) / (g + sign(r, g));
        let s = 1,
          c = 1;
        p = 0;
        for (let i = mq; i <= l - 1; i++) {
          const f = s * E(i),
            b = c * E(i);
          [c, s, r] = lartg(g, f);
          if (i !== mq) e[i - 2] = r;
          g = D(i) - p;
          r = (D(i + 1) - g) * s + 2 * c * b;
          p = s * r;
          d[i - 1] = g + p;
          g = c * r - b;
          wc[i - mq] = c;
          ws[i - mq] = s;
        }
        lasr(true, Z, n, mq - 1, l - mq + 1, wc, ws);
        d[l - 1] -= p;
        e[l - 2] = g;
      }
    }
    if (jtot >= nmaxit) throw new NPError("LinAlgError", "Eigenvalues did not converge");
  }
  // selection sort, swapping eigenvector columns
  for (let ii = 2; ii <= n; ii++) {
    const i = ii - 1;
    let k = i,
      p = D(i);
    for (let j = ii; j <= n; j++)
      if (D(j) < p) {
        k = j;
        p = D(j);
      }
    if (k !== i) {
      d[k - 1] = d[i - 1];
      d[i - 1] = p;
      for (let r = 0; r < n; r++) {
        const t = Z[r * n + i - 1];
        Z[r * n + i - 1] = Z[r * n + k - 1];
        Z[r * n + k - 1] = t;
      }
    }
  }
}
