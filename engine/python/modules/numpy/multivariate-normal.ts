// np.random.multivariate_normal (mtrand.pyx): x = z @ (sqrt(s)[:, None] * v) + mean with (u, s, v) = svd(cov)
// and z standard normals of shape size + (len(mean),); Generator.multivariate_normal (_generator.pyx, method='svd'):
// x = mean + z @ (u * sqrt(s)).T, the same numbers but for the signs of u where cov is not positive-semidefinite.
// The output depends on the exact singular vectors LAPACK
// returns (their order and signs):
// - a diagonal cov whose diagonal is all equal (v = I) or all distinct and positive (v = the permutation that sorts
//   it in descending order) is computed exactly, one product z * sqrt(s) plus the mean per element, as NumPy's dot
//   computes it (checked against numpy.linalg.svd on thousands of diagonals);
// - any other cov of at most 25 rows goes through engine/ndarray/svd.ts, which follows dgesdd's signs up to that size,
//   provided its singular values are well separated (for repeated ones any basis is valid and LAPACK's is not
//   reproduced); the product then agrees with NumPy's to rounding, as every float64 matrix product of the engine does.
// Anything else raises NotImplementedError rather than return numbers that differ from NumPy's.
import { NDArray, add, all, dot, isclose, multiply, transpose, warn } from "../../../ndarray/index";
import { svd } from "../../../ndarray/svd";
import { PyList, PyTuple } from "../../objects/core";
import { valueError } from "../../errors";
import { toIndex } from "../../objects/ops";
import { toNd, shapeArg } from "./conv";
import { countDraws, flatNumbers, notImplemented } from "./random-params";

/** n standard normal draws from the legacy RandomState or from a Generator; which one also picks the formula */
export interface NormalSource {
  draw: (n: number) => Float64Array;
  generator: boolean;
}

export function multivariateNormal(rs: NormalSource, meanArg: any, covArg: any, size: any, checkValid: any, tol?: any): NDArray {
  const mean = toNd(meanArg, "float64"),
    cov = toNd(covArg, "float64");
  let shape: number[] = [];
  if (size !== undefined && size !== null)
    shape = size instanceof PyList || size instanceof PyTuple || size instanceof NDArray ? shapeArg(size) : [toIndex(size)];
  if (mean.ndim !== 1) throw valueError("mean must be 1 dimensional");
  if (cov.ndim !== 2 || cov.shape[0] !== cov.shape[1]) throw valueError("cov must be 2 dimensional and square");
  const d = mean.shape[0];
  if (d !== cov.shape[0]) throw valueError("mean and cov must have same length");
  const c = flatNumbers(cov);
  const diag = new Float64Array(d);
  let diagonal = true;
  for (let i = 0; i < d; i++)
    for (let j = 0; j < d; j++) {
      if (i === j) diag[i] = c[i * d + j];
      else if (c[i * d + j] !== 0) diagonal = false;
    }
  const allEqual = diag.every((x) => x === diag[0] && x >= 0);
  const distinctPositive = diag.every((x) => x > 0) && new Set(diag).size === d;
  if (diagonal && (allEqual || distinctPositive)) return diagonalCov(rs, shape, diag, allEqual, flatNumbers(mean), checkValid);
  return generalCov(rs, shape, mean, cov, checkValid, tol);
}

function checkValidArg(checkValid: any): void {
  if (checkValid !== undefined && checkValid !== "ignore" && checkValid !== "warn" && checkValid !== "raise")
    throw valueError("check_valid must equal 'warn', 'raise', or 'ignore'");
}

function diagonalCov(rs: NormalSource, shape: number[], diag: Float64Array, allEqual: boolean, m: Float64Array, checkValid: any): NDArray {
  const d = diag.length;
  // row k of v has its 1 in column order[k]: the k-th largest diagonal entry (stable for equal ones)
  const order = Array.from({ length: d }, (_, i) => i);
  if (!allEqual) order.sort((i, j) => diag[j] - diag[i]);
  const rows = countDraws(shape, 40 * d, 8 * d);
  const z = rs.draw(rows * d);
  // NumPy validates check_valid after drawing z (a diagonal cov with entries >= 0 always passes its PSD test)
  checkValidArg(checkValid);
  const out = new Float64Array(rows * d);
  for (let r = 0; r < rows; r++)
    for (let k = 0; k < d; k++) {
      const col = order[k];
      out[r * d + col] = z[r * d + k] * Math.sqrt(diag[col]) + m[col];
    }
  return new NDArray("float64", [...shape, d], out);
}

/** Singular values closer than this (relative to the largest) leave LAPACK free to pick any basis of their subspace. */
const SEPARATION = 1e-6;
const NOT_REPRODUCED =
  "np.random.multivariate_normal needs NumPy's LAPACK SVD of cov, which this engine reproduces only for covariances of at most 25 rows with well-separated singular values, and for diagonal ones whose entries are all equal or all distinct and positive";

function generalCov(rs: NormalSource, shape: number[], mean: NDArray, cov: NDArray, checkValid: any, tol: any): NDArray {
  const d = mean.shape[0];
  if (d > 25 || !flatNumbers(cov).every(Number.isFinite)) throw notImplemented(NOT_REPRODUCED);
  const [u, sv, v] = svd(cov) as [NDArray, NDArray, NDArray];
  const s = flatNumbers(sv);
  for (let k = 1; k < d; k++) if (s[k - 1] - s[k] <= SEPARATION * s[0]) throw notImplemented(NOT_REPRODUCED);
  const rows = countDraws(shape, 40 * d * d, 8 * d);
  const z = new NDArray("float64", [rows, d], rs.draw(rows * d));
  if (checkValid !== "ignore") {
    checkValidArg(checkValid);
    const t = tol === undefined || tol === null ? 1e-8 : Number(tol);
    const vts = multiply(transpose(v), sv) as NDArray; // v.T * s
    if (!Number((all(isclose(dot(vts, v), cov, t, t) as NDArray) as { value: number }).value)) {
      const message = "covariance is not symmetric positive-semidefinite.";
      if (checkValid === "raise") throw valueError(message);
      warn("RuntimeWarning", message);
    }
  }
  const root = Float64Array.from(s, Math.sqrt);
  const x = rs.generator
    ? (add(mean, dot(z, transpose(multiply(u, new NDArray("float64", [d], root)) as NDArray))) as NDArray)
    : (add(dot(z, multiply(new NDArray("float64", [d, 1], root), v)), mean) as NDArray);
  return new NDArray("float64", [...shape, d], flatNumbers(x));
}
