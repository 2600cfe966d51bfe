// np.linalg.solve as NumPy 2 runs it: the gufuncs solve ((m,m),(m,n)->(m,n)) and, for a 1-D b only, solve1
// ((m,m),(m)->(m)), broadcasting the stack dimensions of a and b with NumPy's messages; each system by LU with
// partial pivoting (luInPlace) and the two triangular substitutions.
import { NDArray, NPError, charge, copyArray, emptyArray, valueError } from "./core";
import { broadcastStacks, checkSquare, linalgFloat64, luInPlace, stackStrides } from "./linalg";

export function solve(a: NDArray, b: NDArray): NDArray {
  checkSquare(a);
  linalgFloat64("solve", a, b);
  const vec = b.ndim === 1; // NumPy 2: only a 1-D b is one vector; (..., m, n) otherwise
  const sig = vec ? "solve1: " : "solve: ",
    gsig = vec ? "(m,m),(m)->(m)" : "(m,m),(m,n)->(m,n)";
  if (b.ndim === 0)
    throw valueError(`solve: Input operand 1 does not have enough dimensions (has 0, gufunc core with signature ${gsig} requires 2)`);
  const n = a.shape[a.ndim - 1],
    m = vec ? b.shape[0] : b.shape[b.ndim - 2],
    nr = vec ? 1 : b.shape[b.ndim - 1];
  if (m !== n)
    throw valueError(
      `${sig}Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ${gsig} (size ${m} is different from ${n})`,
    );
  const aBatch = a.shape.slice(0, -2),
    bBatch = vec ? [] : b.shape.slice(0, -2);
  const batch = broadcastStacks(a, aBatch, b, bBatch, vec ? [n] : [n, nr]);
  const A = copyArray(a, "float64").data as Float64Array,
    B = copyArray(b, "float64").data as Float64Array;
  const count = batch.reduce((p, d) => p * d, 1);
  const out = emptyArray("float64", vec ? [...batch, n] : [...batch, n, nr]);
  const X = out.data as Float64Array;
  const strA = stackStrides(aBatch, batch, n * n),
    strB = stackStrides(bBatch, batch, n * nr);
  const idx = new Array<number>(batch.length).fill(0);
  const LU = new Float64Array(n * n),
    y = new Float64Array(n);
  for (let k = 0; k < count; k++) {
    charge(n * n * nr); // the factorisation charges its own n³
    let ak = 0,
      bk = 0;
    for (let d = 0; d < batch.length; d++) {
      ak += idx[d] * strA[d];
      bk += idx[d] * strB[d];
    }
    for (let d = batch.length - 1; d >= 0 && ++idx[d] === batch[d]; d--) idx[d] = 0;
    const xk = k * n * nr;
    for (let i = 0; i < n * n; i++) LU[i] = A[ak + i];
    const { perm, singular } = luInPlace(LU, n);
    if (singular) throw new NPError("LinAlgError", "Singular matrix");
    for (let c = 0; c < nr; c++) {
      for (let i = 0; i < n; i++) {
        let s = B[bk + perm[i] * nr + c];
        for (let j = 0; j < i; j++) s -= LU[i * n + j] * y[j];
        y[i] = s;
      }
      for (let i = n - 1; i >= 0; i--) {
        let s = y[i];
        for (let j = i + 1; j < n; j++) s -= LU[i * n + j] * X[xk + j * nr + c];
        X[xk + i * nr + c] = s / LU[i * n + i];
      }
    }
  }
  return out;
}
