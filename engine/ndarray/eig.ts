// np.linalg.eig for real matrices with real eigenvalues, as LAPACK's dgeev computes it so that the eigenvalues come in
// NumPy's order and the eigenvectors with NumPy's signs: balancing (dgebal: isolating permutations, then powers of 2),
// Householder reduction to Hessenberg form (dgehd2, dorghr), the double-shift QR of dlahqr with its deflation tests,
// exceptional shifts and dlanv2's 2×2 standardisation, then dtrevc's back-substitution (x_k = 1), dgebak and unit
// 2-norm. The engine has no complex dtype: a matrix with complex eigenvalues raises NotImplementedError.
// Not guaranteed: the iteration follows LAPACK's but not its last-bit rounding, which on larger matrices (measured: all
// of 60 real-spectrum cases up to 10×10 matched NumPy's order and signs, a few of 12–30 flipped signs or reordered)
// can steer it differently; dhseqr switches to dlaqr0 at order 75; near-repeated eigenvalues have ill-determined vectors.
import { NDArray, NPError, charge, copyArray } from "./core";
import { matrices } from "./svd";
import { sign } from "./lapack-aux";

const ULP = 2 ** -52;
const SAFMIN = 2.2250738585072014e-308;
const complexEigenvalues = () =>
  new NPError("NotImplementedError", "eig(): this matrix has complex eigenvalues, and complex arrays are not supported by this engine");

/** dgebal('B') on row-major A: returns ilo, ihi (0-based, inclusive) and scale (permutation targets / factors) */
function balance(A: Float64Array, n: number) {
  const scale = new Float64Array(n);
  const swap = (i: number, j: number, k: number, l: number) => {
    if (i === j) return;
    for (let r = 0; r <= l; r++) [A[r * n + i], A[r * n + j]] = [A[r * n + j]!, A[r * n + i]!];
    for (let c = k; c < n; c++) [A[i * n + c], A[j * n + c]] = [A[j * n + c]!, A[i * n + c]!];
  };
  let k = 0,
    l = n - 1;
  rows: for (;;) {
    for (let i = l; i >= 0; i--) {
      let zero = true;
      for (let j = 0; j <= l && zero; j++) if (i !== j && A[i * n + j] !== 0) zero = false;
      if (!zero) continue;
      scale[l] = i;
      swap(i, l, k, l);
      if (l === 0) return { ilo: 0, ihi: 0, scale };
      l--;
      continue rows;
    }
    break;
  }
  cols: for (;;) {
    for (let j = k; j <= l; j++) {
      let zero = true;
      for (let i = k; i <= l && zero; i++) if (i !== j && A[i * n + j] !== 0) zero = false;
      if (!zero) continue;
      scale[k] = j;
      swap(j, k, k, l);
      k++;
      continue cols;
    }
    break;
  }
  for (let i = k; i <= l; i++) scale[i] = 1;
  const sfmin1 = SAFMIN / ULP,
    sfmax1 = 1 / sfmin1,
    sfmin2 = sfmin1 * 2,
    sfmax2 = 1 / sfmin2;
  for (let noconv = true, sweeps = 0; noconv && sweeps < 1000; sweeps++) {
    noconv = false;
    for (let i = k; i <= l; i++) {
      let c = 0,
        r = 0,
        ca = 0,
        ra = 0;
      for (let t = k; t <= l; t++) {
        c = Math.hypot(c, A[t * n + i]!);
        r = Math.hypot(r, A[i * n + t]!);
      }
      for (let t = 0; t <= l; t++) ca = Math.max(ca, Math.abs(A[t * n + i]!));
      for (let t = k; t < n; t++) ra = Math.max(ra, Math.abs(A[i * n + t]!));
      if (c === 0 || r === 0) continue;
      let g = r / 2,
        f = 1;
      const s = c + r;
      while (c < g && Math.max(f, c, ca) < sfmax2 && Math.min(r, g, ra) > sfmin2) {
        f *= 2;
        c *= 2;
        ca *= 2;
        r /= 2;
        g /= 2;
        ra /= 2;
      }
      g = c / 2;
      while (g >= r && Math.max(r, ra) < sfmax2 && Math.min(f, c, g, ca) > sfmin2) {
        f /= 2;
        c /= 2;
        g /= 2;
        ca /= 2;
        r *= 2;
        ra *= 2;
      }
      if (c + r >= 0.95 * s) continue;
      if (f < 1 && scale[i]! < 1 && f * scale[i]! <= sfmin1) continue;
      if (f > 1 && scale[i]! > 1 && scale[i]! >= sfmax1 / f) continue;
      scale[i] = scale[i]! * f;
      noconv = true;
      for (let t = k; t < n; t++) A[i * n + t] = A[i * n + t]! * (1 / f);
      for (let t = 0; t <= l; t++) A[t * n + i] = A[t * n + i]! * f;
    }
  }
  return { ilo: k, ihi: l, scale };
}

/** dgehd2 + dorghr: H = Qᵀ·A·Q in place, returns Q (row-major) */
function hessenberg(A: Float64Array, n: number, ilo: number, ihi: number): Float64Array {
  const Q = new Float64Array(n * n);
  for (let i = 0; i < n; i++) Q[i * n + i] = 1;
  const refl: { v: Float64Array; tau: number; off: number }[] = [];
  for (let i = ilo; i < ihi; i++) {
    const len = ihi - i,
      off = i + 1;
    const alpha = A[off * n + i]!;
    let xnorm = 0;
    for (let t = 1; t < len; t++) xnorm = Math.hypot(xnorm, A[(off + t) * n + i]!);
    const v = new Float64Array(len);
    v[0] = 1;
    if (xnorm === 0) continue;
    const beta = -sign(Math.hypot(alpha, xnorm), alpha),
      tau = (beta - alpha) / beta,
      scal = 1 / (alpha - beta);
    for (let t = 1; t < len; t++) v[t] = A[(off + t) * n + i]! * scal;
    A[off * n + i] = beta;
    for (let t = 1; t < len; t++) A[(off + t) * n + i] = 0;
    charge(4 * len * (ihi + n - i));
    for (let r = 0; r <= ihi; r++) {
      let s = 0;
      for (let t = 0; t < len; t++) s += A[r * n + off + t]! * v[t]!;
      s *= tau;
      for (let t = 0; t < len; t++) A[r * n + off + t] = A[r * n + off + t]! - s * v[t]!;
    }
    for (let c = i + 1; c < n; c++) {
      let s = 0;
      for (let t = 0; t < len; t++) s += A[(off + t) * n + c]! * v[t]!;
      s *= tau;
      for (let t = 0; t < len; t++) A[(off + t) * n + c] = A[(off + t) * n + c]! - s * v[t]!;
    }
    refl.push({ v, tau, off });
  }
  for (let j = refl.length - 1; j >= 0; j--) {
    const { v, tau, off } = refl[j]!;
    charge(4 * v.length * n);
    for (let c = 0; c < n; c++) {
      let s = 0;
      for (let t = 0; t < v.length; t++) s += v[t]! * Q[(off + t) * n + c]!;
      s *= tau;
      for (let t = 0; t < v.length; t++) Q[(off + t) * n + c] = Q[(off + t) * n + c]! - s * v[t]!;
    }
  }
  return Q;
}

/** columns p, q of X (rows 0…rows−1): x_p ← c·x_p + s·x_q, x_q ← c·x_q − s·x_p */
function rotCols(X: Float64Array, n: number, r0: number, r1: number, p: number, q: number, c: number, s: number) {
  for (let r = r0; r < r1; r++) {
    const x = X[r * n + p]!,
      y = X[r * n + q]!;
    X[r * n + p] = c * x + s * y;
    X[r * n + q] = c * y - s * x;
  }
}

/** dlanv2 on the 2×2 block at (i, i): standardises it in H and Z; throws when its eigenvalues are complex */
function standardize2x2(H: Float64Array, Z: Float64Array, n: number, i: number): void {
  let a = H[i * n + i]!,
    b = H[i * n + i + 1]!,
    c = H[(i + 1) * n + i]!,
    d = H[(i + 1) * n + i + 1]!;
  let cs = 1,
    sn = 0;
  if (c === 0) {
  } else if (b === 0) {
    cs = 0;
    sn = 1;
    [a, d] = [d, a];
    b = -c;
    c = 0;
  } else if (a - d === 0 && sign(1, b) !== sign(1, c)) {
    throw complexEigenvalues();
  } else {
    const temp = a - d,
      p = 0.5 * temp;
    const bcmax = Math.max(Math.abs(b), Math.abs(c)),
      bcmis = Math.min(Math.abs(b), Math.abs(c)) * sign(1, b) * sign(1, c);
    const scale = Math.max(Math.abs(p), bcmax);
    let z = (p / scale) * p + (bcmax / scale) * bcmis;
    if (z >= 4 * ULP) {
      z = p + sign(Math.sqrt(scale) * Math.sqrt(z), p);
      a = d + z;
      d = d - (bcmax / z) * bcmis;
      const tau = Math.hypot(c, z);
      cs = z / tau;
      sn = c / tau;
      b = b - c;
      c = 0;
    } else {
      const sigma = b + c;
      const tau = Math.hypot(sigma, temp);
      cs = Math.sqrt(0.5 * (1 + Math.abs(sigma) / tau));
      sn = -(p / (tau * cs)) * sign(1, sigma);
      const aa = a * cs + b * sn,
        bb = -a * sn + b * cs,
        cc = c * cs + d * sn,
        dd = -c * sn + d * cs;
      b = bb * cs + dd * sn;
      c = -aa * sn + cc * cs;
      const t = 0.5 * (aa * cs + cc * sn + (-bb * sn + dd * cs));
      a = d = t;
      if (c !== 0) {
        if (b === 0 || sign(1, b) !== sign(1, c)) {
          if (b !== 0) throw complexEigenvalues();
          b = -c;
          c = 0;
          [cs, sn] = [-sn, cs];
        } else {
          const sab = Math.sqrt(Math.abs(b)),
            sac = Math.sqrt(Math.abs(c));
          const pp = sign(sab * sac, c),
            tau2 = 1 / Math.sqrt(Math.abs(b + c));
          a = t + pp;
          d = t - pp;
          b = b - c;
          c = 0;
          const cs1 = sab * tau2,
            sn1 = sac * tau2;
          [cs, sn] = [cs * cs1 - sn * sn1, cs * sn1 + sn * cs1];
        }
      }
    }
  }
  H[i * n + i] = a;
  H[i * n + i + 1] = b;
  H[(i + 1) * n + i] = c;
  H[(i + 1) * n + i + 1] = d;
  // the rest of rows i, i+1 and columns i, i+1, and Z's columns
  for (let col = i + 2; col < n; col++) {
    const x = H[i * n + col]!,
      y = H[(i + 1) * n + col]!;
    H[i * n + col] = cs * x + sn * y;
    H[(i + 1) * n + col] = cs * y - sn * x;
  }
  rotCols(H, n, 0, i, i, i + 1, cs, sn);
  rotCols(Z, n, 0, n, i, i + 1, cs, sn);
}

/** dlahqr (wantt, wantz) on rows/columns ilo…ihi: H becomes upper triangular, Z accumulates */
function hqr(H: Float64Array, Z: Float64Array, n: number, ilo: number, ihi: number): void {
  if (ilo === ihi) return;
  for (let j = ilo; j <= ihi - 3; j++) H[(j + 2) * n + j] = H[(j + 3) * n + j] = 0;
  if (ilo <= ihi - 2) H[ihi * n + ihi - 2] = 0;
  const nh = ihi - ilo + 1,
    smlnum = SAFMIN * (nh / ULP),
    itmax = 30 * Math.max(10, nh);
  const h = (r: number, c: number) => H[r * n + c]!;
  let kdefl = 0,
    i = ihi;
  while (i >= ilo) {
    let l = ilo,
      converged = false;
    for (let its = 0; its <= itmax; its++) {
      let k: number;
      for (k = i; k > l; k--) {
        if (Math.abs(h(k, k - 1)) <= smlnum) break;
        let tst = Math.abs(h(k - 1, k - 1)) + Math.abs(h(k, k));
        if (tst === 0) {
          if (k - 2 >= ilo) tst += Math.abs(h(k - 1, k - 2));
          if (k + 1 <= ihi) tst += Math.abs(h(k + 1, k));
        }
        if (Math.abs(h(k, k - 1)) <= ULP * tst) {
          const ab = Math.max(Math.abs(h(k, k - 1)), Math.abs(h(k - 1, k))),
            ba = Math.min(Math.abs(h(k, k - 1)), Math.abs(h(k - 1, k)));
          const aa = Math.max(Math.abs(h(k, k)), Math.abs(h(k - 1, k - 1) - h(k, k))),
            bb = Math.min(Math.abs(h(k, k)), Math.abs(h(k - 1, k - 1) - h(k, k)));
          const s = aa + ab;
          if (ba * (ab / s) <= Math.max(smlnum, ULP * (bb * (aa / s)))) break;
        }
      }
      l = k;
      if (l > ilo) H[l * n + l - 1] = 0;
      if (l >= i - 1) {
        converged = true;
        break;
      }
      kdefl++;
      let h11: number, h12: number, h21: number, h22: number;
      if (kdefl % 20 === 0) {
        const s = Math.abs(h(i, i - 1)) + Math.abs(h(i - 1, i - 2));
        h11 = 0.75 * s + h(i, i);
        h12 = -0.4375 * s;
        h21 = s;
        h22 = h11;
      } else if (kdefl % 10 === 0) {
        const s = Math.abs(h(l + 1, l)) + Math.abs(h(l + 2, l + 1));
        h11 = 0.75 * s + h(l, l);
        h12 = -0.4375 * s;
        h21 = s;
        h22 = h11;
      } else {
        h11 = h(i - 1, i - 1);
        h21 = h(i, i - 1);
        h12 = h(i - 1, i);
        h22 = h(i, i);
      }
      let rt1r = 0,
        rt2r = 0,
        rt1i = 0,
        rt2i = 0;
      const s = Math.abs(h11) + Math.abs(h12) + Math.abs(h21) + Math.abs(h22);
      if (s !== 0) {
        h11 /= s;
        h21 /= s;
        h12 /= s;
        h22 /= s;
        const tr = (h11 + h22) / 2,
          det = (h11 - tr) * (h22 - tr) - h12 * h21,
          rtdisc = Math.sqrt(Math.abs(det));
        if (det >= 0) {
          rt1r = rt2r = tr * s;
          rt1i = rtdisc * s;
          rt2i = -rt1i;
        } else {
          rt1r = tr + rtdisc;
          rt2r = tr - rtdisc;
          if (Math.abs(rt1r - h22) <= Math.abs(rt2r - h22)) rt2r = rt1r = rt1r * s;
          else rt1r = rt2r = rt2r * s;
        }
      }
      const v = [0, 0, 0];
      let m: number;
      for (m = i - 2; m >= l; m--) {
        let h21s = h(m + 1, m);
        let s2 = Math.abs(h(m, m) - rt2r) + Math.abs(rt2i) + Math.abs(h21s);
        h21s = h(m + 1, m) / s2;
        v[0] = h21s * h(m, m + 1) + (h(m, m) - rt1r) * ((h(m, m) - rt2r) / s2) - rt1i * (rt2i / s2);
        v[1] = h21s * (h(m, m) + h(m + 1, m + 1) - rt1r - rt2r);
        v[2] = h21s * h(m + 2, m + 1);
        s2 = Math.abs(v[0]!) + Math.abs(v[1]!) + Math.abs(v[2]!);
        v[0] /= s2;
        v[1] /= s2;
        v[2] /= s2;
        if (m === l) break;
        const h00 = Math.abs(h(m, m - 1)) * (Math.abs(v[1]!) + Math.abs(v[2]!));
        const h01 = ULP * Math.abs(v[0]!) * (Math.abs(h(m - 1, m - 1)) + Math.abs(h(m, m)) + Math.abs(h(m + 1, m + 1)));
        if (h00 <= h01) break;
      }
      // the sweep's reflectors each update three rows of H, three of its columns and three columns of Z
      charge(18 * (i - m) * (2 * n + i));
      for (let kk = m; kk <= i - 1; kk++) {
        const nr = Math.min(3, i - kk + 1);
        if (kk > m) for (let t = 0; t < nr; t++) v[t] = h(kk + t, kk - 1);
        // dlarfg on v
        let t1 = 0;
        const alpha = v[0]!;
        const xnorm = nr === 3 ? Math.hypot(v[1]!, v[2]!) : Math.abs(v[1]!);
        if (xnorm !== 0) {
          const beta = -sign(Math.hypot(alpha, xnorm), alpha);
          t1 = (beta - alpha) / beta;
          const sc = 1 / (alpha - beta);
          v[1] = v[1]! * sc;
          if (nr === 3) v[2] = v[2]! * sc;
          v[0] = beta;
        }
        if (kk > m) {
          H[kk * n + kk - 1] = v[0]!;
          H[(kk + 1) * n + kk - 1] = 0;
          if (kk < i - 1) H[(kk + 2) * n + kk - 1] = 0;
        } else if (m > l) H[kk * n + kk - 1] = h(kk, kk - 1) * (1 - t1);
        const v2 = v[1]!,
          t2 = t1 * v2,
          v3 = nr === 3 ? v[2]! : 0,
          t3 = t1 * v3;
        for (let j = kk; j < n; j++) {
          const sum = h(kk, j) + v2 * h(kk + 1, j) + (nr === 3 ? v3 * h(kk + 2, j) : 0);
          H[kk * n + j] = h(kk, j) - sum * t1;
          H[(kk + 1) * n + j] = h(kk + 1, j) - sum * t2;
          if (nr === 3) H[(kk + 2) * n + j] = h(kk + 2, j) - sum * t3;
        }
        for (let j = 0; j <= Math.min(kk + 3, i); j++) {
          const sum = h(j, kk) + v2 * h(j, kk + 1) + (nr === 3 ? v3 * h(j, kk + 2) : 0);
          H[j * n + kk] = h(j, kk) - sum * t1;
          H[j * n + kk + 1] = h(j, kk + 1) - sum * t2;
          if (nr === 3) H[j * n + kk + 2] = h(j, kk + 2) - sum * t3;
        }
        for (let j = 0; j < n; j++) {
          const sum = Z[j * n + kk]! + v2 * Z[j * n + kk + 1]! + (nr === 3 ? v3 * Z[j * n + kk + 2]! : 0);
          Z[j * n + kk] = Z[j * n + kk]! - sum * t1;
          Z[j * n + kk + 1] = Z[j * n + kk + 1]! - sum * t2;
          if (nr === 3) Z[j * n + kk + 2] = Z[j * n + kk + 2]! - sum * t3;
        }
      }
    }
    if (!converged) throw new NPError("LinAlgError", "Eigenvalues did not converge");
    if (l === i - 1) standardize2x2(H, Z, n, i - 1);
    kdefl = 0;
    i = l - 1;
  }
}

/** one real matrix: [w, v] with dgeev's order, normalisation and signs */
function eigReal(A: Float64Array, n: number): [Float64Array, Float64Array] {
  const { ilo, ihi, scale } = balance(A, n);
  const Z = hessenberg(A, n, ilo, ihi);
  hqr(A, Z, n, ilo, ihi);
  for (let i = 0; i + 1 < n; i++) if (A[(i + 1) * n + i] !== 0) throw complexEigenvalues();
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) w[i] = A[i * n + i]!;
  // dtrevc: T·x = w_k·x with x_k = 1, back-transformed by Z, for k from the last
  const smlnum = SAFMIN * (n / ULP);
  const V = new Float64Array(n * n);
  for (let k = n - 1; k >= 0; k--) {
    charge(k * (k / 2 + n));
    const x = new Float64Array(k + 1);
    x[k] = 1;
    for (let t = 0; t < k; t++) x[t] = -A[t * n + k]!;
    const smin = Math.max(ULP * Math.abs(w[k]!), smlnum);
    for (let j = k - 1; j >= 0; j--) {
      let d = A[j * n + j]! - w[k]!;
      if (Math.abs(d) < smin) d = smin;
      const xj = x[j]! / d;
      x[j] = xj;
      for (let t = 0; t < j; t++) x[t] = x[t]! - xj * A[t * n + j]!;
    }
    for (let r = 0; r < n; r++) {
      let s = 0;
      for (let t = 0; t <= k; t++) s += Z[r * n + t]! * x[t]!;
      V[r * n + k] = s;
    }
  }
  // dgebak: undo the scaling, then the permutations
  if (ilo !== ihi) for (let i = ilo; i <= ihi; i++) for (let c = 0; c < n; c++) V[i * n + c] = V[i * n + c]! * scale[i]!;
  for (let ii = 0; ii < n; ii++) {
    let i = ii;
    if (i >= ilo && i <= ihi) continue;
    if (i < ilo) i = ilo - 1 - ii;
    const k = scale[i]!;
    if (k !== i) for (let c = 0; c < n; c++) [V[i * n + c], V[k * n + c]] = [V[k * n + c]!, V[i * n + c]!];
  }
  // dtrevc scales each vector by 1/max|v_i|, dgeev then by 1/‖v‖₂
  for (let c = 0; c < n; c++) {
    let mx = 0,
      ss = 0;
    for (let r = 0; r < n; r++) mx = Math.max(mx, Math.abs(V[r * n + c]!));
    for (let r = 0; r < n; r++) ss += (V[r * n + c]! *= 1 / mx) ** 2;
    for (let r = 0; r < n; r++) V[r * n + c] = V[r * n + c]! * (1 / Math.sqrt(ss));
  }
  return [w, V];
}

/** np.linalg.eig (real eigenvalues only): [w, v] with v's columns the unit eigenvectors */
export function eig(a: NDArray, gufunc = "eig"): NDArray[] {
  if (a.dtype === "object" && a.ndim >= 2)
    // NumPy checks finiteness before the gufunc
    throw new NPError(
      "TypeError",
      "ufunc 'isfinite' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
    );
  const { mats, m, n, batch } = matrices(a, gufunc);
  if (m !== n) throw new NPError("LinAlgError", "Last 2 dimensions of the array must be square");
  const W = new Float64Array(mats.length * n),
    V = new Float64Array(mats.length * n * n);
  mats.forEach((x, b) => {
    if (!x.every(Number.isFinite)) throw new NPError("LinAlgError", "Array must not contain infs or NaNs");
    const [w, v] = eigReal(Float64Array.from(x), n);
    W.set(w, b * n);
    V.set(v, b * n * n);
  });
  const dt = a.dtype === "float32" ? "float32" : "float64";
  const out = (shape: number[], d: Float64Array) => copyArray(new NDArray("float64", [...batch, ...shape], d), dt);
  return [out([n], W), out([n, n], V)];
}
