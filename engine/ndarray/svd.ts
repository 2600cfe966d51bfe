// np.linalg.svd as NumPy's LAPACK (dgesdd) computes it, so that singular vectors carry NumPy's signs: a QR (or LQ)
// first when one side is much longer (m ≥ 11/6·n), Householder bidiagonalisation with dlarfg's signs (dgebd2), the
// implicit-shift bidiagonal QR iteration of dbdsqr (dlartg, dlas2, dlasv2, direction chosen from the larger end, zero
// shift when the shift would ruin relative accuracy), then U = Q·U_B and Vᵀ = V_Bᵀ·Pᵀ.
// Not guaranteed: dgesdd switches to divide and conquer for bidiagonals larger than 25, whose vectors may differ
// from these by sign (singular values still agree to rounding); with repeated singular values any basis of their
// subspace is valid and may differ from NumPy's.
import { lartg } from "./lartg";
import { sign } from "./lapack-aux";
import { NDArray, NPError, charge, chargeAlloc, copyArray } from "./core";
import { qr } from "./decompositions";
import { svdHook } from "./linalg";

const EPS = 2 ** -53;
const UNFL = 2.2250738585072014e-308;

/** dlas2: the smaller singular value of [[f, g], [0, h]] */
function las2min(f: number, g: number, h: number): number {
  const fa = Math.abs(f),
    ga = Math.abs(g),
    ha = Math.abs(h);
  const mn = Math.min(fa, ha),
    mx = Math.max(fa, ha);
  if (mn === 0) return 0;
  if (ga < mx) {
    const as = 1 + mn / mx,
      at = (mx - mn) / mx,
      au = (ga / mx) ** 2;
    return mn * (2 / (Math.sqrt(as * as + au) + Math.sqrt(at * at + au)));
  }
  const au = mx / ga;
  if (au === 0) return (mn * mx) / ga;
  const as = 1 + mn / mx,
    at = (mx - mn) / mx;
  const c = 1 / (Math.sqrt(1 + (as * au) ** 2) + Math.sqrt(1 + (at * au) ** 2));
  return 2 * (mn * c * au);
}

/** dlasv2: SVD of [[f, g], [0, h]]: [ssmin, ssmax, snr, csr, snl, csl] with LAPACK's signs */
function lasv2(f: number, g: number, h: number): number[] {
  let ft = f,
    fa = Math.abs(ft),
    ht = h,
    ha = Math.abs(h);
  let pmax = 1;
  const swap = ha > fa;
  if (swap) {
    pmax = 3;
    [ft, ht] = [ht, ft];
    [fa, ha] = [ha, fa];
  }
  const gt = g,
    ga = Math.abs(gt);
  let ssmin: number, ssmax: number, clt: number, crt: number, slt: number, srt: number;
  if (ga === 0) {
    ssmin = ha;
    ssmax = fa;
    clt = crt = 1;
    slt = srt = 0;
  } else {
    let gasmal = true;
    ssmin = ssmax = clt = crt = slt = srt = 0;
    if (ga > fa) {
      pmax = 2;
      if (fa / ga < EPS) {
        gasmal = false;
        ssmax = ga;
        ssmin = ha > 1 ? fa / (ga / ha) : (fa / ga) * ha;
        clt = 1;
        slt = ht / gt;
        srt = 1;
        crt = ft / gt;
      }
    }
    if (gasmal) {
      const d = fa - ha;
      let l = d === fa ? 1 : d / fa;
      const m = gt / ft;
      let t = 2 - l;
      const mm = m * m,
        tt = t * t,
        s = Math.sqrt(tt + mm);
      const r = l === 0 ? Math.abs(m) : Math.sqrt(l * l + mm);
      const a = 0.5 * (s + r);
      ssmin = ha / a;
      ssmax = fa * a;
      if (mm === 0) t = l === 0 ? sign(2, ft) * sign(1, gt) : gt / sign(d, ft) + m / t;
      else t = (m / (s + t) + m / (r + l)) * (1 + a);
      l = Math.sqrt(t * t + 4);
      crt = 2 / l;
      srt = t / l;
      clt = (crt + srt * m) / a;
      slt = ((ht / ft) * srt) / a;
    }
  }
  const [csl, snl, csr, snr] = swap ? [srt, crt, slt, clt] : [clt, slt, crt, srt];
  const tsign =
    pmax === 1
      ? sign(1, csr) * sign(1, csl) * sign(1, f)
      : pmax === 2
        ? sign(1, snr) * sign(1, csl) * sign(1, g)
        : sign(1, snr) * sign(1, snl) * sign(1, h);
  return [sign(ssmin, tsign * sign(1, f) * sign(1, h)), sign(ssmax, tsign), snr, csr, snl, csl];
}

/** rotate rows i, j (length len, row-major stride len) of X: x_i ← c·x_i + s·x_j, x_j ← c·x_j − s·x_i */
function rotRows(X: Float64Array | null, len: number, i: number, j: number, c: number, s: number): void {
  if (!X) return;
  for (let k = 0; k < len; k++) {
    const x = X[i * len + k]!,
      y = X[j * len + k]!;
    X[i * len + k] = c * x + s * y;
    X[j * len + k] = c * y - s * x;
  }
}

/**
 * dbdsqr on the upper bidiagonal (d, e) of order n: d becomes the singular values (descending); VT (rows rotated,
 * n×n) and UT (Uᵀ, its rows are U's columns, n×n) accumulate the rotations when given.
 */
function bdsqr(d: Float64Array, e: Float64Array, n: number, VT: Float64Array | null, UT: Float64Array | null): void {
  const tol = Math.max(10, Math.min(100, EPS ** -0.125)) * EPS;
  let smax = 0;
  for (let i = 0; i < n; i++) smax = Math.max(smax, Math.abs(d[i]!));
  for (let i = 0; i < n - 1; i++) smax = Math.max(smax, Math.abs(e[i]!));
  let sminoa = Math.abs(d[0]!);
  for (let i = 1, mu = sminoa; i < n && sminoa !== 0; i++) {
    mu = Math.abs(d[i]!) * (mu / (mu + Math.abs(e[i - 1]!)));
    sminoa = Math.min(sminoa, mu);
  }
  sminoa /= Math.sqrt(n);
  const thresh = Math.max(tol * sminoa, 6 * n * (n * UNFL));
  const maxit = 6 * n * n;
  let iter = 0,
    oldll = -1,
    oldm = -1,
    idir = 0,
    m = n - 1; // 0-based: the last index of the unconverged part
  charge(n * n * 30 * (VT ? 2 * n : 1));
  main: while (m > 0) {
    if (iter > maxit) throw new NPError("LinAlgError", "SVD did not converge");
    let ll: number, smin: number;
    smax = Math.abs(d[m]!);
    for (ll = m - 1; ll >= 0; ll--) {
      const abss = Math.abs(d[ll]!),
        abse = Math.abs(e[ll]!);
      if (abse <= thresh) break;
      smax = Math.max(smax, abss, abse);
    }
    if (ll >= 0) {
      e[ll] = 0;
      if (ll === m - 1) {
        m--;
        continue;
      }
    }
    ll++;
    if (ll === m - 1) {
      const [sigmn, sigmx, sinr, cosr, sinl, cosl] = lasv2(d[m - 1]!, e[m - 1]!, d[m]!);
      d[m - 1] = sigmx;
      e[m - 1] = 0;
      d[m] = sigmn;
      rotRows(VT, n, m - 1, m, cosr, sinr);
      rotRows(UT, n, m - 1, m, cosl, sinl);
      m -= 2;
      continue;
    }
    if (ll > oldm || m < oldll) idir = Math.abs(d[ll]!) >= Math.abs(d[m]!) ? 1 : 2;
    if (idir === 1) {
      if (Math.abs(e[m - 1]!) <= tol * Math.abs(d[m]!)) {
        e[m - 1] = 0;
        continue;
      }
      let mu = Math.abs(d[ll]!);
      smin = mu;
      for (let l = ll; l < m; l++) {
        if (Math.abs(e[l]!) <= tol * mu) {
          e[l] = 0;
          continue main;
        }
        mu = Math.abs(d[l + 1]!) * (mu / (mu + Math.abs(e[l]!)));
        smin = Math.min(smin, mu);
      }
    } else {
      if (Math.abs(e[ll]!) <= tol * Math.abs(d[ll]!)) {
        e[ll] = 0;
        continue;
      }
      let mu = Math.abs(d[m]!);
      smin = mu;
      for (let l = m - 1; l >= ll; l--) {
        if (Math.abs(e[l]!) <= tol * mu) {
          e[l] = 0;
          continue main;
        }
        mu = Math.abs(d[l]!) * (mu / (mu + Math.abs(e[l]!)));
        smin = Math.min(smin, mu);
      }
    }
    oldll = ll;
    oldm = m;
    let shift = 0;
    if (!(n * tol * (smin / smax) <= Math.max(EPS, 0.01 * tol))) {
      const sll = idir === 1 ? Math.abs(d[ll]!) : Math.abs(d[m]!);
      shift = idir === 1 ? las2min(d[m - 1]!, e[m - 1]!, d[m]!) : las2min(d[ll]!, e[ll]!, d[ll + 1]!);
      if (sll > 0 && (shift / sll) ** 2 < EPS) shift = 0;
    }
    iter += m - ll;
    if (shift === 0 && idir === 1) {
      let cs = 1,
        oldcs = 1,
        sn = 0,
        oldsn = 0,
        r: number;
      for (let i = ll; i < m; i++) {
        [cs, sn, r] = lartg(d[i]! * cs, e[i]!);
        if (i > ll) e[i - 1] = oldsn * r;
        [oldcs, oldsn, d[i]] = lartg(oldcs * r, d[i + 1]! * sn);
        rotRows(VT, n, i, i + 1, cs, sn);
        rotRows(UT, n, i, i + 1, oldcs, oldsn);
      }
      const h = d[m]! * cs;
      d[m] = h * oldcs;
      e[m - 1] = h * oldsn;
      if (Math.abs(e[m - 1]!) <= thresh) e[m - 1] = 0;
    } else if (shift === 0) {
      let cs = 1,
        oldcs = 1,
        sn = 0,
        oldsn = 0,
        r: number;
      for (let i = m; i > ll; i--) {
        [cs, sn, r] = lartg(d[i]! * cs, e[i - 1]!);
        if (i < m) e[i] = oldsn * r;
        [oldcs, oldsn, d[i]] = lartg(oldcs * r, d[i - 1]! * sn);
        rotRows(VT, n, i - 1, i, oldcs, -oldsn);
        rotRows(UT, n, i - 1, i, cs, -sn);
      }
      const h = d[ll]! * cs;
      d[ll] = h * oldcs;
      e[ll] = h * oldsn;
      if (Math.abs(e[ll]!) <= thresh) e[ll] = 0;
    } else if (idir === 1) {
      let f = (Math.abs(d[ll]!) - shift) * (sign(1, d[ll]!) + shift / d[ll]!),
        g = e[ll]!;
      for (let i = ll; i < m; i++) {
        const [cosr, sinr, r1] = lartg(f, g);
        if (i > ll) e[i - 1] = r1;
        f = cosr * d[i]! + sinr * e[i]!;
        e[i] = cosr * e[i]! - sinr * d[i]!;
        g = sinr * d[i + 1]!;
        d[i + 1] = cosr * d[i + 1]!;
        const [cosl, sinl, r2] = lartg(f, g);
        d[i] = r2;
        f = cosl * e[i]! + sinl * d[i + 1]!;
        d[i + 1] = cosl * d[i + 1]! - sinl * e[i]!;
        if (i < m - 1) {
          g = sinl * e[i + 1]!;
          e[i + 1] = cosl * e[i + 1]!;
        }
        rotRows(VT, n, i, i + 1, cosr, sinr);
        rotRows(UT, n, i, i + 1, cosl, sinl);
      }
      e[m - 1] = f;
      if (Math.abs(e[m - 1]!) <= thresh) e[m - 1] = 0;
    } else {
      let f = (Math.abs(d[m]!) - shift) * (sign(1, d[m]!) + shift / d[m]!),
        g = e[m - 1]!;
      for (let i = m; i > ll; i--) {
        const [cosr, sinr, r1] = lartg(f, g);
        if (i < m) e[i] = r1;
        f = cosr * d[i]! + sinr * e[i - 1]!;
        e[i - 1] = cosr * e[i - 1]! - sinr * d[i]!;
        g = sinr * d[i - 1]!;
        d[i - 1] = cosr * d[i - 1]!;
        const [cosl, sinl, r2] = lartg(f, g);
        d[i] = r2;
        f = cosl * e[i - 1]! + sinl * d[i - 1]!;
        d[i - 1] = cosl * d[i - 1]! - sinl * e[i - 1]!;
        if (i > ll + 1) {
          g = sinl * e[i - 2]!;
          e[i - 2] = cosl * e[i - 2]!;
        }
        rotRows(VT, n, i - 1, i, cosl, -sinl);
        rotRows(UT, n, i - 1, i, cosr, -sinr);
      }
      e[ll] = f;
      if (Math.abs(e[ll]!) <= thresh) e[ll] = 0;
    }
  }
  for (let i = 0; i < n; i++)
    if (d[i]! < 0) {
      d[i] = -d[i]!;
      if (VT) for (let k = 0; k < n; k++) VT[i * n + k] = -VT[i * n + k]!;
    }
  // selection sort into decreasing order, one swap per position (as dbdsqr)
  for (let i = 0; i < n - 1; i++) {
    let isub = 0,
      smin = d[0]!;
    for (let j = 1; j < n - i; j++)
      if (d[j]! <= smin) {
        isub = j;
        smin = d[j]!;
      }
    const last = n - 1 - i;
    if (isub !== last) {
      d[isub] = d[last]!;
      d[last] = smin;
      for (const X of [VT, UT])
        if (X) for (let k = 0; k < n; k++) [X[isub * n + k], X[last * n + k]] = [X[last * n + k]!, X[isub * n + k]!];
    }
  }
}

/** a Householder reflector I − tau·v·vᵀ acting on indices off … off+v.length−1 (v[0] = 1) */
interface Reflector {
  v: Float64Array;
  tau: number;
  off: number;
}

/** dlarfg on X[i0], X[i0+s], … (n entries): beta left in X[i0], returns the reflector (its tail read from X) */
function larfg(X: Float64Array, i0: number, s: number, n: number, off: number): Reflector {
  const v = new Float64Array(Math.max(n, 1));
  v[0] = 1;
  let scale = 0,
    ssq = 0;
  for (let k = 1; k < n; k++) scale = Math.max(scale, Math.abs(X[i0 + k * s]!));
  if (scale > 0) for (let k = 1; k < n; k++) ssq += (X[i0 + k * s]! / scale) ** 2;
  const xnorm = scale * Math.sqrt(ssq);
  if (n <= 1 || xnorm === 0) return { v, tau: 0, off };
  const alpha = X[i0]!;
  const beta = -sign(Math.hypot(alpha, xnorm), alpha);
  const scal = 1 / (alpha - beta);
  for (let k = 1; k < n; k++) v[k] = X[i0 + k * s]! *= scal;
  X[i0] = beta;
  return { v, tau: (beta - alpha) / beta, off };
}

/** apply H to rows r0… of X (rows × cols, row-major) over columns c0…cols−1 from the left */
function applyLeft(h: Reflector, X: Float64Array, cols: number, c0: number): void {
  const { v, tau, off } = h;
  if (tau === 0) return;
  for (let c = c0; c < cols; c++) {
    let s = 0;
    for (let i = 0; i < v.length; i++) s += v[i]! * X[(off + i) * cols + c]!;
    s *= tau;
    for (let i = 0; i < v.length; i++) X[(off + i) * cols + c] = X[(off + i) * cols + c]! - s * v[i]!;
  }
}

/** apply H from the right to rows r0…rows−1 of X (row-major, `cols` wide) */
function applyRight(h: Reflector, X: Float64Array, rows: number, cols: number, r0: number): void {
  const { v, tau, off } = h;
  if (tau === 0) return;
  for (let r = r0; r < rows; r++) {
    let s = 0;
    for (let j = 0; j < v.length; j++) s += v[j]! * X[r * cols + off + j]!;
    s *= tau;
    for (let j = 0; j < v.length; j++) X[r * cols + off + j] = X[r * cols + off + j]! - s * v[j]!;
  }
}

/** dgebd2 for m ≥ n: A = Q·B·Pᵀ with B upper bidiagonal (d, e); A is overwritten */
function bidiagonalize(A: Float64Array, m: number, n: number) {
  const d = new Float64Array(n),
    e = new Float64Array(Math.max(n - 1, 0));
  const hq: Reflector[] = [],
    hp: Reflector[] = [];
  // charged column by column, so the deadline is checked while a big matrix is reduced
  for (let i = 0; i < n; i++) {
    charge(4 * (m - i) * (n - i) + m);
    const h = larfg(A, i * n + i, n, m - i, i);
    d[i] = A[i * n + i]!;
    applyLeft(h, A, n, i + 1);
    hq.push(h);
    if (i < n - 1) {
      const g = larfg(A, i * n + i + 1, 1, n - i - 1, i + 1);
      e[i] = A[i * n + i + 1]!;
      applyRight(g, A, m, n, i + 1);
      hp.push(g);
    }
  }
  return { d, e, hq, hp };
}

/** Q·X for Q = H_0·H_1⋯ (X rows × cols, row-major, modified in place) */
function applyProduct(hs: Reflector[], X: Float64Array, cols: number): void {
  for (let j = hs.length - 1; j >= 0; j--) {
    charge(2 * hs[j]!.v.length * cols);
    applyLeft(hs[j]!, X, cols, 0);
  }
}

/** A matrix-sized work array, its memory charged first (an SVD of 4000×4000 made ten of 128 MB each). */
function floats(n: number): Float64Array {
  chargeAlloc(n * 8);
  return new Float64Array(n);
}

const transpose = (X: Float64Array, r: number, c: number) => {
  const T = floats(r * c);
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) T[j * r + i] = X[i * c + j]!;
  return T;
};
const identity = (n: number) => {
  const I = floats(n * n);
  for (let i = 0; i < n; i++) I[i * n + i] = 1;
  return I;
};

/** [k×k block, padded to r×c with an identity in the corner] */
function embed(X: Float64Array, k: number, r: number, c: number): Float64Array {
  const Y = floats(r * c);
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) Y[i * c + j] = X[i * k + j]!;
  for (let i = k; i < Math.min(r, c); i++) Y[i * c + i] = 1;
  return Y;
}

interface Svd {
  s: Float64Array;
  u: Float64Array | null;
  vt: Float64Array | null;
  /** columns of u, rows of vt */
  uc: number;
  vr: number;
}

/** dgesdd's path for m ≥ n without a QR first (and the square SVD of R after one) */
function svdTall(A: Float64Array, m: number, n: number, vectors: boolean, full: boolean): Svd {
  const { d, e, hq, hp } = bidiagonalize(A, m, n);
  const VT = vectors ? identity(n) : null,
    UT = vectors ? identity(n) : null;
  if (n === 1) {
    if (UT) UT[0] = sign(1, d[0]!);
    d[0] = Math.abs(d[0]!);
  } else bdsqr(d, e, n, VT, UT);
  if (!vectors) return { s: d, u: null, vt: null, uc: 0, vr: 0 };
  const uc = full ? m : n;
  const U = embed(transpose(UT!, n, n), n, m, uc);
  applyProduct(hq, U, uc);
  const V = transpose(VT!, n, n); // V = P·V_B
  applyProduct(hp, V, n);
  return { s: d, u: U, vt: transpose(V, n, n), uc, vr: n };
}

function svdRowMajor(A: Float64Array, m: number, n: number, vectors: boolean, full: boolean): Svd {
  if (m >= n) return svdRowMajorTall(A, m, n, vectors, full);
  if (n >= Math.trunc((m * 11) / 6)) {
    // an LQ first (the QR of Aᵀ, transposed): A = L·Qf, then the SVD of the square L
    const [Q, R] = qr(new NDArray("float64", [n, m], transpose(A, m, n)), full && vectors ? "complete" : "reduced") as [NDArray, NDArray];
    const l = svdTall(transpose(Float64Array.from(R.data as ArrayLike<number>).subarray(0, m * m), m, m), m, m, vectors, false);
    if (!vectors) return l;
    const qc = Q.shape[1]!,
      q = Q.data as Float64Array;
    const VT = floats(qc * n);
    for (let j = 0; j < n; j++) {
      charge(m * m);
      for (let i = 0; i < m; i++) {
        let s = 0;
        for (let k = 0; k < m; k++) s += l.vt![i * m + k]! * q[j * qc + k]!;
        VT[i * n + j] = s;
      }
      for (let i = m; i < qc; i++) VT[i * n + j] = q[j * qc + i]!;
    }
    return { s: l.s, u: l.u, vt: VT, uc: m, vr: qc };
  }
  // dgebd2 for m < n makes a lower bidiagonal: the transpose of Aᵀ's upper one, with the reflectors' roles swapped
  const { d, e, hq: hv, hp: hu } = bidiagonalize(transpose(A, m, n), n, m);
  const rot: number[] = [];
  for (let i = 0; i < m - 1; i++) {
    // dbdsdc rotates the lower bidiagonal to an upper one from the left
    const [cs, sn, r] = lartg(d[i]!, e[i]!);
    d[i] = r;
    e[i] = sn * d[i + 1]!;
    d[i + 1] = cs * d[i + 1]!;
    rot.push(cs, -sn);
  }
  const VTb = vectors ? identity(m) : null,
    UTb = vectors ? identity(m) : null;
  if (m === 1) {
    if (UTb) UTb[0] = sign(1, d[0]!);
    d[0] = Math.abs(d[0]!);
  } else bdsqr(d, e, m, VTb, UTb);
  if (!vectors) return { s: d, u: null, vt: null, uc: 0, vr: 0 };
  const U = transpose(UTb!, m, m);
  for (let i = m - 2; i >= 0; i--) rotRows(U, m, i, i + 1, rot[2 * i]!, rot[2 * i + 1]!); // U = Gᵀ·U_B
  applyProduct(hu, U, m);
  const vr = full ? n : m;
  const V = embed(transpose(VTb!, m, m), m, n, vr);
  applyProduct(hv, V, vr);
  return { s: d, u: U, vt: transpose(V, n, vr), uc: m, vr };
}

/** m ≥ n: a QR first when m ≥ 11/6·n (dgesdd's MNTHR), then the bidiagonal SVD of R */
function svdRowMajorTall(A: Float64Array, m: number, n: number, vectors: boolean, full: boolean): Svd {
  if (n === 0 || m < Math.trunc((n * 11) / 6)) return svdTall(A, m, n, vectors, full);
  const [Q, R] = qr(new NDArray("float64", [m, n], A), full && vectors ? "complete" : "reduced") as [NDArray, NDArray];
  const r = svdTall(Float64Array.from(R.data as ArrayLike<number>).subarray(0, n * n), n, n, vectors, false);
  if (!vectors) return r;
  const qc = Q.shape[1]!,
    q = Q.data as Float64Array;
  const U = floats(m * qc);
  for (let i = 0; i < m; i++) {
    charge(n * n);
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += q[i * qc + k]! * r.u![k * n + j]!;
      U[i * qc + j] = s;
    }
    for (let j = n; j < qc; j++) U[i * qc + j] = q[i * qc + j]!;
  }
  return { s: r.s, u: U, vt: r.vt, uc: qc, vr: n };
}

/** a's matrices (…, m, n) as float64 row-major copies, after NumPy's checks */
export function matrices(a: NDArray, gufunc: string): { mats: Float64Array[]; m: number; n: number; batch: number[] } {
  if (a.ndim < 2) throw new NPError("LinAlgError", `${a.ndim}-dimensional array given. Array must be at least two-dimensional`);
  if (a.dtype === "object")
    throw new NPError(
      "UFuncTypeError",
      `Cannot cast ufunc '${gufunc}' input from dtype('O') to dtype('float64') with casting rule 'same_kind'`,
    );
  const m = a.shape[a.ndim - 2]!,
    n = a.shape[a.ndim - 1]!,
    batch = a.shape.slice(0, -2);
  const all = Float64Array.from(copyArray(a, "float64").data as ArrayLike<number>);
  const mats = Array.from({ length: batch.reduce((x, y) => x * y, 1) }, (_, b) => all.subarray(b * m * n, (b + 1) * m * n));
  return { mats, m, n, batch };
}

/** np.linalg.svd: [U, S, Vh], or [S] without compute_uv (float32 input: computed in float64, rounded to float32) */
export function svd(a: NDArray, fullMatrices = true, computeUV = true): NDArray[] {
  const { mats, m, n, batch } = matrices(a, computeUV ? (fullMatrices ? "svd_f" : "svd_s") : "svd");
  const k = Math.min(m, n),
    uc = fullMatrices ? m : k,
    vr = fullMatrices ? n : k;
  const S = floats(mats.length * k),
    U = floats(computeUV ? mats.length * m * uc : 0),
    VT = floats(computeUV ? mats.length * vr * n : 0);
  mats.forEach((x, b) => {
    if (!x.every(Number.isFinite)) throw new NPError("LinAlgError", "SVD did not converge");
    if (k === 0) {
      for (let i = 0; i < Math.min(m, uc); i++) U[b * m * uc + i * uc + i] = 1;
      for (let i = 0; i < Math.min(n, vr); i++) VT[b * vr * n + i * n + i] = 1;
      return;
    }
    const r = svdRowMajor(Float64Array.from(x), m, n, computeUV, fullMatrices);
    S.set(r.s.subarray(0, k), b * k);
    if (computeUV) {
      U.set(r.u!, b * m * uc);
      VT.set(r.vt!, b * vr * n);
    }
  });
  const dt = a.dtype === "float32" ? "float32" : "float64";
  const out = (shape: number[], data: Float64Array) => {
    const x = new NDArray("float64", [...batch, ...shape], data);
    return dt === "float64" ? x : copyArray(x, dt);
  };
  return computeUV ? [out([m, uc], U), out([k], S), out([vr, n], VT)] : [out([k], S)];
}

svdHook.svdvals = (a) => svd(a, false, false)[0];
