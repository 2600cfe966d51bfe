// Legacy np.random.multivariate_normal (mtrand.pyx): x = z @ (sqrt(s)[:, None] * v) + mean with (u, s, v) = svd(cov)
// and z standard normals of shape size + (len(mean),). The engine has no LAPACK SVD, and the output depends on the
// exact singular vectors LAPACK returns (their order and signs), so only covariances whose SVD is known exactly are
// accepted: diagonal ones whose diagonal is all equal (v = I) or all distinct and positive (v = the permutation that
// sorts it in descending order). Both were checked against numpy.linalg.svd on thousands of diagonals; with them
// each output element is one product z * sqrt(s) plus the mean, as NumPy's dot computes it. Anything else raises
// NotImplementedError rather than return numbers that differ from NumPy's.
import { NDArray } from "../../../ndarray/index";
import type { RandomState } from "../../../random/index";
import { PyList, PyTuple } from "../../objects/core";
import { valueError } from "../../errors";
import { toIndex } from "../../objects/ops";
import { toNd, shapeArg } from "./conv";
import { countDraws, flatNumbers, notImplemented } from "./random-params";

export function multivariateNormal(rs: RandomState, meanArg: any, covArg: any, size: any, checkValid: any): NDArray {
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
  if (!diagonal || !(allEqual || distinctPositive))
    throw notImplemented(
      "np.random.multivariate_normal needs NumPy's LAPACK SVD of cov, which this engine has only for a diagonal cov whose entries are all equal or all distinct and positive",
    );
  // row k of v has its 1 in column order[k]: the k-th largest diagonal entry (stable for equal ones)
  const order = Array.from({ length: d }, (_, i) => i);
  if (!allEqual) order.sort((i, j) => diag[j] - diag[i]);
  const rows = countDraws(shape, 40 * d, 8 * d);
  const z = rs.standardNormal(rows * d);
  // NumPy validates check_valid after drawing z (a diagonal cov with entries >= 0 always passes its PSD test)
  if (checkValid !== undefined && checkValid !== "ignore" && checkValid !== "warn" && checkValid !== "raise")
    throw valueError("check_valid must equal 'warn', 'raise', or 'ignore'");
  const m = flatNumbers(mean);
  const out = new Float64Array(rows * d);
  for (let r = 0; r < rows; r++)
    for (let k = 0; k < d; k++) {
      const col = order[k];
      out[r * d + col] = z[r * d + k] * Math.sqrt(diag[col]) + m[col];
    }
  return new NDArray("float64", [...shape, d], out);
}
