// numpy.linalg.matrix_power (NumPy's binary decomposition, so float results match). What NumPy builds on the SVD —
// lstsq, pinv, cond, matrix_rank — is in svd-solvers.ts, loaded with the SVD outside the first browser bundle.
import { NDArray, NPError, copyArray } from "./core";
import { matmul, inv } from "./linalg";
import { eye } from "./creation";

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
