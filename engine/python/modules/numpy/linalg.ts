// Products (dot, matmul, outer, tensordot, trace) and the numpy.linalg module.
import * as N from "../../../ndarray/index";
import { PyModule, PyBuiltin, PyTuple, PyType, PyProperty, KW } from "../../objects/core";
import { tupleType } from "../../objects/types";
import { def } from "../../objects/methods";
import { truthy, toIndex, iterToArray, isNumber, str as pyStr, repr } from "../../objects/ops";
import { excTypes, valueError } from "../../errors";
import { toNd, opnd, axisArg, num, parseArgs, noKeywords, unsupported, parseNamed } from "./conv";
import { builtinAdder } from "./types";

/** NumPy's named result tuples (SVDResult, EigResult, …): a tuple with field properties and NumPy's repr */
function resultType(name: string, fields: string[]): (items: any[]) => PyTuple {
  const t = new PyType(name, [tupleType]);
  t.module = "numpy.linalg._linalg";
  fields.forEach((f, i) => t.dict.set(f, new PyProperty((self: PyTuple) => self.items[i], null, true)));
  def(t, "__repr__", (self: PyTuple) => `${name}(${fields.map((f, i) => `${f}=${repr(self.items[i])}`).join(", ")})`);
  return (items) => Object.assign(new PyTuple(items), { pyType: t });
}

export function addLinalg(d: Map<string, any>): PyModule {
  const fn = builtinAdder(d);
  fn("dot", (a, kw) => {
    const p = parseArgs("dot", a, kw, ["a", "b", "out"], 2);
    unsupported("dot", "out", p[2]);
    return N.dot(opnd(p[0]), opnd(p[1]));
  });
  fn("matmul", (a) => N.matmul(opnd(a[0]), opnd(a[1])));
  fn("outer", (a) => N.outer(opnd(a[0]), opnd(a[1])));
  fn("inner", (a) => N.inner(opnd(a[0]), opnd(a[1])));
  fn("vdot", (a) => N.vdot(opnd(a[0]), opnd(a[1])));
  fn("tensordot", (a, kw) => {
    const p = parseArgs("tensordot", a, kw, ["a", "b", "axes"], 2);
    const ax = p[2];
    return N.tensordot(
      opnd(p[0]),
      opnd(p[1]),
      ax === undefined
        ? 2
        : typeof ax === "number"
          ? ax
          : (iterToArray(ax).map((x) => (isNumber(x) ? [toIndex(x)] : iterToArray(x).map((y) => toIndex(y)))) as any),
    );
  });
  fn("trace", (a) => N.trace(toNd(a[0]), a[1] === undefined ? 0 : toIndex(a[1])));
  const linalg = new PyModule("numpy.linalg");
  const svdResult = resultType("SVDResult", ["U", "S", "Vh"]),
    eigResult = resultType("EigResult", ["eigenvalues", "eigenvectors"]),
    eighResult = resultType("EighResult", ["eigenvalues", "eigenvectors"]),
    qrResult = resultType("QRResult", ["Q", "R"]);
  const lf = (n: string, f: (a: any[], kw: KW) => any) => linalg.dict.set(n, new PyBuiltin(n, noKeywords(n, f)));
  lf("norm", (a, kw) => {
    const p = parseArgs("norm", a, kw, ["x", "ord", "axis", "keepdims"], 1);
    const ord = p[1] === undefined || p[1] === null ? null : typeof p[1] === "string" ? p[1] : num(p[1]);
    return N.norm(toNd(p[0]), ord as any, axisArg(p[2]) as any, p[3] === undefined ? false : truthy(p[3]));
  });
  lf("det", (a) => N.det(toNd(a[0])));
  lf("cholesky", (a, kw) => {
    const p = parseNamed("cholesky", a, kw, ["a", "upper"], 1);
    return N.cholesky(toNd(p.a), p.upper !== undefined && truthy(p.upper));
  });
  lf("qr", (a, kw) => {
    const p = parseNamed("qr", a, kw, ["a", "mode"], 1);
    const mode = p.mode === undefined ? "reduced" : pyStr(p.mode);
    if (mode === "raw") unsupported("qr", "mode", "raw");
    if (mode !== "reduced" && mode !== "complete" && mode !== "r") throw valueError(`Unrecognized mode '${mode}'`);
    const r = N.qr(toNd(p.a), mode);
    return r.length === 1 ? r[0] : qrResult(r);
  });
  lf("inv", (a) => N.inv(toNd(a[0])));
  lf("solve", (a) => N.solve(toNd(a[0]), toNd(a[1])));
  lf("eigh", (a) => eighResult(N.eigh(toNd(a[0]))));
  const optNum = (v: any) => (v === undefined || v === null ? null : num(v));
  lf("matrix_rank", (a, kw) => {
    const p = parseNamed("matrix_rank", a, kw, ["A", "tol", "hermitian", "rtol"], 1);
    unsupported("matrix_rank", "hermitian", p.hermitian, (v) => v === undefined || !truthy(v));
    if (optNum(p.tol) !== null && optNum(p.rtol) !== null) throw valueError("`tol` and `rtol` can't be both set.");
    return N.matrixRank(toNd(p.A), optNum(p.tol), optNum(p.rtol));
  });
  lf("lstsq", (a, kw) => {
    const p = parseNamed("lstsq", a, kw, ["a", "b", "rcond"], 2);
    return new PyTuple(N.lstsq(toNd(p.a), toNd(p.b), optNum(p.rcond)));
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
    return N.pinv(x, rcond);
  });
  lf("cond", (a, kw) => {
    const p = parseNamed("cond", a, kw, ["x", "p"], 1);
    const ord = p.p === undefined || p.p === null ? null : typeof p.p === "string" ? p.p : num(p.p);
    return N.cond(toNd(p.x), ord as any);
  });
  lf("svd", (a, kw) => {
    const p = parseNamed("svd", a, kw, ["a", "full_matrices", "compute_uv", "hermitian"], 1);
    if (p.hermitian !== undefined && truthy(p.hermitian)) unsupported("svd", "hermitian", p.hermitian);
    const r = N.svd(
      toNd(p.a),
      p.full_matrices === undefined || truthy(p.full_matrices),
      p.compute_uv === undefined || truthy(p.compute_uv),
    );
    return r.length === 1 ? r[0] : svdResult(r);
  });
  lf("eig", (a, kw) => eigResult(N.eig(toNd(parseNamed("eig", a, kw, ["a"], 1).a))));
  lf("eigvals", (a, kw) => N.eig(toNd(parseNamed("eigvals", a, kw, ["a"], 1).a), "eigvals")[0]);
  lf("svdvals", (a, kw) => N.svd(toNd(parseNamed("svdvals", a, kw, ["x"], 1).x), false, false)[0]);
  linalg.dict.set("LinAlgError", excTypes.get("LinAlgError"));
  d.set("linalg", linalg);
  return linalg;
}
