// numpy.linalg's SVD family — svd, svdvals, eig, eigvals, lstsq, pinv, cond, matrix_rank — registered lazily
// (./lazy.ts): this file is imported by engine/stdlib.ts, so the LAPACK-style decompositions (engine/ndarray/svd.ts,
// eig.ts) load with the stdlib chunk instead of the first browser bundle.
import { svd } from "../../../ndarray/svd";
import { eig } from "../../../ndarray/eig";
import { cond, lstsq, matrixRank, pinv } from "../../../ndarray/svd-solvers";
import { PyTuple } from "../../objects/core";
import { truthy } from "../../objects/ops";
import { valueError } from "../../errors";
import { toNd, num, unsupported, parseNamed } from "./conv";
import { resultType } from "./linalg";
import { lazyLinalg } from "./lazy";

lazyLinalg.push((_linalg, lf) => {
  const svdResult = resultType("SVDResult", ["U", "S", "Vh"]),
    eigResult = resultType("EigResult", ["eigenvalues", "eigenvectors"]);
  const optNum = (v: any) => (v === undefined || v === null ? null : num(v));
  lf("matrix_rank", (a, kw) => {
    const p = parseNamed("matrix_rank", a, kw, ["A", "tol", "hermitian", "rtol"], 1);
    unsupported("matrix_rank", "hermitian", p.hermitian, (v) => v === undefined || !truthy(v));
    if (optNum(p.tol) !== null && optNum(p.rtol) !== null) throw valueError("`tol` and `rtol` can't be both set.");
    return matrixRank(toNd(p.A), optNum(p.tol), optNum(p.rtol));
  });
  lf("lstsq", (a, kw) => {
    const p = parseNamed("lstsq", a, kw, ["a", "b", "rcond"], 2);
    return new PyTuple(lstsq(toNd(p.a), toNd(p.b), optNum(p.rcond)));
  });
  lf("pinv", (a, kw) => {
    const p = parseNamed("pinv", a, kw, ["a", "rcond", "hermitian", "rtol"], 1);
    unsupported("pinv", "hermitian", p.hermitian, (v) => v === undefined || !truthy(v));
    const x = toNd(p.a);
    if (p.rcond !== undefined && p.rcond !== null && p.rtol !== undefined) throw valueError("`rtol` and `rcond` can't be both set.");
    const rcond =
      optNum(p.rcond) ??
      (p.rtol === undefined
        ? 1e-15
        : (optNum(p.rtol) ?? Math.max(...x.shape.slice(-2)) * (x.dtype === "float32" ? 1.1920929e-7 : 2.220446049250313e-16)));
    return pinv(x, rcond);
  });
  lf("cond", (a, kw) => {
    const p = parseNamed("cond", a, kw, ["x", "p"], 1);
    const ord = p.p === undefined || p.p === null ? null : typeof p.p === "string" ? p.p : num(p.p);
    return cond(toNd(p.x), ord as any);
  });
  lf("svd", (a, kw) => {
    const p = parseNamed("svd", a, kw, ["a", "full_matrices", "compute_uv", "hermitian"], 1);
    if (p.hermitian !== undefined && truthy(p.hermitian)) unsupported("svd", "hermitian", p.hermitian);
    const r = svd(toNd(p.a), p.full_matrices === undefined || truthy(p.full_matrices), p.compute_uv === undefined || truthy(p.compute_uv));
    return r.length === 1 ? r[0] : svdResult(r);
  });
  lf("eig", (a, kw) => eigResult(eig(toNd(parseNamed("eig", a, kw, ["a"], 1).a))));
  lf("eigvals", (a, kw) => eig(toNd(parseNamed("eigvals", a, kw, ["a"], 1).a), "eigvals")[0]);
  lf("svdvals", (a, kw) => svd(toNd(parseNamed("svdvals", a, kw, ["x"], 1).x), false, false)[0]);
});
