// What NumPy builds on the SVD: lstsq, pinv, cond, matrix_rank (same thresholds and defaults as NumPy 2.4). Not
// re-exported by index.ts: numpy/linalg-svd.ts imports it, so it loads with the stdlib chunk in the browser.
import { NDArray, NPError, NPScalar, charge, copyArray } from "./core";
import { matmul, inv, norm, type NormOrd } from "./linalg";
import { multiply } from "./ops";
import { expand_dims, swapaxes } from "./shape";
import { matrices, svd } from "./svd";

const EPS64 = 2.220446049250313e-16;

/** np.linalg.lstsq(a, b, rcond): [x, residuals, rank (int32), s] from the SVD, as dgelsd's minimum-norm solution */
export function lstsq(a: NDArray, b: NDArray, rcond: number | null): [NDArray, NDArray, NPScalar, NDArray] {
  for (const x of [a, b.ndim === 1 ? null : b])
    if (x && x.ndim !== 2) throw new NPError("LinAlgError", `${x.ndim}-dimensional array given. Array must be two-dimensional`);
  const m = a.shape[0]!,
    n = a.shape[1]!,
    k = b.ndim === 1 ? 1 : b.shape[1]!;
  if (b.shape[0] !== m) throw new NPError("LinAlgError", "Incompatible dimensions");
  const A = matrices(a, "lstsq").mats[0]!,
    B = Float64Array.from(copyArray(b, "float64").data as ArrayLike<number>);
  if (!A.every(Number.isFinite) || !B.every(Number.isFinite))
    throw new NPError("LinAlgError", "SVD did not converge in Linear Least Squares");
  const [U, S, VT] = svd(new NDArray("float64", [m, n], A), false) as [NDArray, NDArray, NDArray];
  const s = S.data as ArrayLike<number>,
    u = U.data as ArrayLike<number>,
    vt = VT.data as ArrayLike<number>,
    r = s.length;
  const cut = (rcond === null ? EPS64 * Math.max(m, n) : rcond < 0 ? EPS64 : rcond) * (r ? s[0]! : 0);
  let rank = 0;
  while (rank < r && s[rank]! > cut) rank++;
  const X = new Float64Array(n * k);
  charge((m + n) * r * k);
  for (let c = 0; c < k; c++)
    for (let i = 0; i < rank; i++) {
      let t = 0;
      for (let p = 0; p < m; p++) t += u[p * r + i]! * B[p * k + c]!;
      t /= s[i]!;
      for (let j = 0; j < n; j++) X[j * k + c] += vt[i * n + j]! * t;
    }
  const res = rank === n && m > n ? new Float64Array(k) : new Float64Array(0);
  if (res.length)
    for (let c = 0; c < k; c++)
      for (let p = 0; p < m; p++) {
        let t = B[p * k + c]!;
        for (let j = 0; j < n; j++) t -= A[p * n + j]! * X[j * k + c]!;
        res[c] += t * t;
      }
  const dt = a.dtype === "float32" && b.dtype === "float32" ? "float32" : "float64";
  const out = (shape: number[], d: Float64Array) => copyArray(new NDArray("float64", shape, d), dt);
  return [out(b.ndim === 1 ? [n] : [n, k], X), out([res.length], res), new NPScalar("int32", rank), copyArray(S, dt)];
}

/** np.linalg.pinv(a, rcond): Vᵀᵀ·(1/s where s > rcond·max(s), else 0)·Uᵀ, with NumPy's operations in a's precision */
export function pinv(a: NDArray, rcond: number): NDArray {
  const { m, n, batch } = matrices(a, "svd_s");
  const dt = a.dtype === "float32" ? "float32" : "float64";
  if (m * n === 0) return new NDArray(dt, [...batch, n, m], new Float64Array(0));
  const [u, s, vt] = svd(a, false) as [NDArray, NDArray, NDArray];
  const k = Math.min(m, n),
    sd = s.data as Float64Array;
  for (let b = 0; b < s.size; b += k) {
    let mx = 0;
    for (let i = b; i < b + k; i++) mx = Math.max(mx, sd[i]!);
    for (let i = b; i < b + k; i++) sd[i] = sd[i]! > rcond * mx ? (dt === "float32" ? Math.fround(1 / sd[i]!) : 1 / sd[i]!) : 0;
  }
  return matmul(swapaxes(vt, -1, -2), multiply(expand_dims(s, -1), swapaxes(u, -1, -2))) as NDArray;
}

/** np.linalg.cond(x, p): s_max/s_min (p None, 2, −2 via the SVD), else norm(x, p)·norm(inv(x), p); inf when singular */
export function cond(x: NDArray, p: NormOrd): NDArray | NPScalar {
  if (x.size === 0 && x.ndim >= 2 && x.shape[x.ndim - 1]! * x.shape[x.ndim - 2]! === 0)
    throw new NPError("LinAlgError", "cond is not defined on empty arrays");
  const finish = (r: Float64Array, hasNan: boolean[]) => {
    r.forEach((v, i) => Number.isNaN(v) && !hasNan[i] && (r[i] = Infinity));
    return x.ndim === 2 ? new NPScalar("float64", r[0]!) : new NDArray("float64", x.shape.slice(0, -2), r);
  };
  const { mats, m, n } = matrices(x, "svd");
  const hasNan = mats.map((a) => a.some(Number.isNaN));
  if (p === null || p === undefined || p === 2 || p === -2) {
    const S = svd(x, false, false)[0]!.data as ArrayLike<number>,
      k = Math.min(m, n);
    return finish(
      Float64Array.from(mats, (_, b) => (p === -2 ? S[b * k + k - 1]! / S[b * k]! : S[b * k]! / S[b * k + k - 1]!)),
      hasNan,
    );
  }
  if (m !== n) throw new NPError("LinAlgError", "Last 2 dimensions of the array must be square");
  if (x.ndim !== 2)
    throw new NPError("NotImplementedError", "cond(): stacked matrices with p other than None, 2, -2 are not supported by this engine");
  let r: number;
  try {
    r = Number((norm(x, p) as NPScalar).value) * Number((norm(inv(x), p) as NPScalar).value);
  } catch (e) {
    if (!(e instanceof NPError) || e.pyType !== "LinAlgError") throw e;
    r = Number.NaN;
  }
  return finish(Float64Array.of(r), hasNan);
}

/** np.linalg.matrix_rank: singular values above tol (default max(m, n)·eps·s_max; rtol scales s_max instead) */
export function matrixRank(A: NDArray, tol: number | null, rtol: number | null): NDArray | NPScalar | number {
  if (A.ndim < 2) {
    const d = copyArray(A, "float64").data as ArrayLike<number>;
    return Array.prototype.some.call(d, (v: number) => v !== 0) ? 1 : 0;
  }
  const { mats, m, n, batch } = matrices(A, "svd");
  const k = Math.min(m, n),
    S = svd(A, false, false)[0]!;
  const s = S.data as ArrayLike<number>,
    eps = S.dtype === "float32" ? 1.1920929e-7 : EPS64;
  const ranks = Float64Array.from(mats, (_, b) => {
    let mx = 0;
    for (let i = 0; i < k; i++) mx = Math.max(mx, s[b * k + i]!);
    const t = tol ?? mx * (rtol ?? Math.max(m, n) * eps);
    let c = 0;
    for (let i = 0; i < k; i++) if (s[b * k + i]! > t) c++;
    return c;
  });
  return A.ndim === 2 ? new NPScalar("int64", ranks[0]!) : new NDArray("int64", batch, ranks);
}
