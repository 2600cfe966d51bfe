// np.linalg.cholesky and np.linalg.qr (2-D, float64) as LAPACK computes them: Cholesky–Banachiewicz for the lower
// factor, Householder reflections with LAPACK's dlarfg sign convention (R's diagonal has the sign opposite to the
// column's leading entry), so Q and R carry the same signs as NumPy's.
import { NDArray, NPError, charge, chargeAlloc, copyArray } from "./core";

function square2d(a: NDArray, what: string): number {
  if (a.ndim < 2) throw new NPError("LinAlgError", `${a.ndim}-dimensional array given. Array must be at least two-dimensional`);
  if (a.ndim > 2) throw new NPError("ValueError", `${what}: only 2-D arrays are supported by this engine`);
  if (a.shape[0] !== a.shape[1]) throw new NPError("LinAlgError", "Last 2 dimensions of the array must be square");
  return a.shape[0]!;
}

/** lower-triangular L with L Lᵀ = a (a symmetric positive definite; only its lower triangle is read, as LAPACK does) */
export function cholesky(a: NDArray, upper = false): NDArray {
  const n = square2d(a, "cholesky");
  const A = Float64Array.from(copyArray(a, "float64").data as ArrayLike<number>);
  const L = new Float64Array(n * n);
  charge(n * n * n);
  for (let j = 0; j < n; j++) {
    let d = A[j * n + j]!;
    for (let k = 0; k < j; k++) d -= L[j * n + k]! * L[j * n + k]!;
    if (!(d > 0)) throw new NPError("LinAlgError", "Matrix is not positive definite");
    const ljj = Math.sqrt(d);
    L[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s = A[i * n + j]!;
      for (let k = 0; k < j; k++) s -= L[i * n + k]! * L[j * n + k]!;
      L[i * n + j] = s / ljj;
    }
  }
  if (!upper) return new NDArray("float64", [n, n], L);
  const U = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) U[i * n + j] = L[j * n + i]!;
  return new NDArray("float64", [n, n], U);
}

export type QrMode = "reduced" | "complete" | "r";

/** Householder QR of an m×n matrix: [Q, R] ('reduced': Q m×k, R k×n with k = min(m, n); 'complete': Q m×m) */
export function qr(a: NDArray, mode: QrMode = "reduced"): NDArray[] {
  if (a.ndim !== 2) throw new NPError("LinAlgError", `${a.ndim}-dimensional array given. Array must be two-dimensional`);
  const m = a.shape[0]!,
    n = a.shape[1]!,
    k = Math.min(m, n);
  const R = Float64Array.from(copyArray(a, "float64").data as ArrayLike<number>);
  const vs: Float64Array[] = [],
    taus: number[] = [];
  // charged column by column, so the deadline is checked while a big matrix is reduced (Q's share: formQ)
  for (let j = 0; j < k; j++) {
    charge(4 * (m - j) * (n - j));
    // dlarfg: v = [1, x/(alpha - beta)], beta = -sign(alpha)·‖(alpha, x)‖, tau = (beta - alpha)/beta
    const alpha = R[j * n + j]!;
    let xnorm = 0;
    for (let i = j + 1; i < m; i++) xnorm = Math.hypot(xnorm, R[i * n + j]!);
    const v = new Float64Array(m - j);
    v[0] = 1;
    if (xnorm === 0) {
      // dlarfg leaves x (zeros, of either sign) in place as the reflector's tail
      for (let i = j + 1; i < m; i++) v[i - j] = R[i * n + j]!;
      vs.push(v);
      taus.push(0);
      continue;
    }
    const beta = -Math.sign(alpha || 1) * Math.hypot(alpha, xnorm);
    const tau = (beta - alpha) / beta;
    const scale = 1 / (alpha - beta);
    for (let i = j + 1; i < m; i++) v[i - j] = R[i * n + j]! * scale;
    // apply H = I - tau v vᵀ to the trailing columns
    for (let c = j; c < n; c++) {
      let s = 0;
      for (let i = j; i < m; i++) s += v[i - j]! * R[i * n + c]!;
      s *= tau;
      for (let i = j; i < m; i++) R[i * n + c] = R[i * n + c]! - s * v[i - j]!;
    }
    R[j * n + j] = beta;
    for (let i = j + 1; i < m; i++) R[i * n + j] = 0;
    vs.push(v);
    taus.push(tau);
  }
  const rRows = mode === "complete" ? m : k;
  chargeAlloc(rRows * n * 8);
  const Rout = new Float64Array(rRows * n);
  for (let i = 0; i < Math.min(rRows, m); i++) for (let c = i; c < n; c++) Rout[i * n + c] = R[i * n + c]!;
  const rArr = new NDArray("float64", [rRows, n], Rout);
  if (mode === "r") return [rArr];
  const qCols = mode === "complete" ? m : k;
  return [new NDArray("float64", [m, qCols], formQ(vs, taus, m, qCols)), rArr];
}

/**
 * Q's first qCols columns from the reflectors as LAPACK's dorg2r forms them, last reflector first: column i is
 * -tau·v below its diagonal (a -0.0 where v holds a zero: np.linalg.qr(np.eye(3)) prints Q with -0.), 1 - tau on it,
 * zeros above, after H(i) was applied (dlarf: only v's rows up to its last non-zero, only columns not all zero) to
 * the columns right of it.
 */
function formQ(vs: Float64Array[], taus: number[], m: number, qCols: number): Float64Array {
  const k = vs.length;
  chargeAlloc(m * qCols * 8);
  const Q = new Float64Array(m * qCols);
  for (let c = k; c < qCols; c++) Q[c * qCols + c] = 1;
  for (let i = k - 1; i >= 0; i--) {
    const v = vs[i]!,
      tau = taus[i]!;
    // a reflector's dot product and update over Q's rows i.. and columns i+1.., each element read three times
    charge(6 * (m - i) * (qCols - i));
    if (i < qCols - 1 && tau !== 0) applyLeft(Q, qCols, v, tau, i);
    for (let r = 1; r < m - i; r++) Q[(i + r) * qCols + i] = -tau * v[r]!;
    Q[i * qCols + i] = 1 - tau;
    for (let l = 0; l < i; l++) Q[l * qCols + i] = 0;
  }
  return Q;
}

/** dlarf('Left'): C = (I - tau v vᵀ) C on rows i.., columns i+1.. of Q, trimmed as iladlr/iladlc trim it */
function applyLeft(Q: Float64Array, qCols: number, v: Float64Array, tau: number, i: number): void {
  let lastv = v.length;
  while (lastv > 1 && v[lastv - 1] === 0) lastv--;
  let lastc = qCols;
  const zeroCol = (c: number) => {
    for (let r = 0; r < lastv; r++) if (Q[(i + r) * qCols + c] !== 0) return false;
    return true;
  };
  while (lastc > i + 1 && zeroCol(lastc - 1)) lastc--;
  for (let c = i + 1; c < lastc; c++) {
    let w = 0;
    for (let r = 0; r < lastv; r++) w += Q[(i + r) * qCols + c]! * v[r]!;
    const t = -tau * w;
    for (let r = 0; r < lastv; r++) Q[(i + r) * qCols + c] = Q[(i + r) * qCols + c]! + v[r]! * t;
  }
}
