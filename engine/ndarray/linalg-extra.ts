// numpy.linalg.matrix_power (NumPy's binary decomposition, so float results match) and multi_dot (NumPy's order). What NumPy builds on the SVD —
// lstsq, pinv, cond, matrix_rank — is in svd-solvers.ts, loaded with the SVD outside the first browser bundle.
import { NDArray, NPError, NPScalar, charge, copyArray, valueError } from "./core";
import { matmul, inv, dot } from "./linalg";
import { eye, scalarAt } from "./creation";
import { reshape, ravel } from "./shape";

export function matrixPower(a: NDArray, n: number): NDArray {
  if (a.ndim < 2) throw new NPError("LinAlgError", `${a.ndim}-dimensional array given. Array must be at least two-dimensional`);
  const k = a.shape[a.ndim - 1];
  if (a.shape[a.ndim - 2] !== k) throw new NPError("LinAlgError", "Last 2 dimensions of the array must be square");
  if (n === 0) {
    const out = copyArray(a);
    const e = eye(k, k, 0, a.dtype),
      m = out.size / (k * k || 1);
    for (let b = 0; b < m; b++) for (let i = 0; i < k * k; i++) (out.data as any)[b * k * k + i] = (e.data as any)[i];
    return out;
  }
  if (n < 0) {
    a = inv(a);
    n = -n;
  }
  if (n === 1) return a;
  if (n === 2) return matmul(a, a) as NDArray;
  if (n === 3) return matmul(matmul(a, a), a) as NDArray;
  let z: NDArray | null = null,
    result: NDArray | null = null;
  while (n > 0) {
    z = z === null ? a : (matmul(z, z) as NDArray);
    const bit = n % 2;
    n = Math.floor(n / 2);
    if (bit) result = result === null ? z : (matmul(result, z) as NDArray);
  }
  return result!;
}

/** numpy.linalg.multi_dot: the product of a chain of matrices (the first may be a row vector and the last a column
 *  vector) in the cheapest order, as NumPy chooses it (its three-factor rule, else the matrix-chain program). */
export function multiDot(arrays: NDArray[]): NDArray | NPScalar {
  const n = arrays.length;
  if (n < 2) throw valueError("Expecting at least two arrays.");
  if (n === 2) return dot(arrays[0], arrays[1]);
  const ndFirst = arrays[0].ndim,
    ndLast = arrays[n - 1].ndim;
  const ms = arrays.slice();
  if (ndFirst === 1) ms[0] = reshape(ms[0], [1, ms[0].size]);
  if (ndLast === 1) ms[n - 1] = reshape(ms[n - 1], [ms[n - 1].size, 1]);
  for (const m of ms)
    if (m.ndim !== 2) throw new NPError("LinAlgError", `${m.ndim}-dimensional array given. Array must be two-dimensional`);
  const mat = (x: NDArray | NPScalar) => x as NDArray;
  let result: NDArray;
  if (n === 3) {
    const [A, B, C] = ms;
    const [a0, a1b0] = A.shape,
      [b1c0, c1] = C.shape;
    const cost1 = a0 * b1c0 * (a1b0 + c1),
      cost2 = a1b0 * c1 * (a0 + b1c0);
    result = cost1 < cost2 ? mat(dot(mat(dot(A, B)), C)) : mat(dot(A, mat(dot(B, C))));
  } else {
    charge(n * n * n);
    const p = [...ms.map((a) => a.shape[0]), ms[n - 1].shape[1]];
    const m = Array.from({ length: n }, () => new Array<number>(n).fill(0)),
      s = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let l = 1; l < n; l++)
      for (let i = 0; i < n - l; i++) {
        const j = i + l;
        m[i][j] = Infinity;
        for (let k = i; k < j; k++) {
          const q = m[i][k] + m[k + 1][j] + p[i] * p[k + 1] * p[j + 1];
          if (q < m[i][j]) {
            m[i][j] = q;
            s[i][j] = k;
          }
        }
      }
    const chain = (i: number, j: number): NDArray => (i === j ? ms[i] : mat(dot(chain(i, s[i][j]), chain(s[i][j] + 1, j))));
    result = chain(0, n - 1);
  }
  if (ndFirst === 1 && ndLast === 1) return scalarAt(result, result.offset);
  if (ndFirst === 1 || ndLast === 1) return ravel(result);
  return result;
}
