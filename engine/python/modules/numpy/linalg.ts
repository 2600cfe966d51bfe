// Products (dot, matmul, outer, tensordot, trace) and the numpy.linalg module.
import * as N from "../../../ndarray/index";
import { PyModule, PyBuiltin, PyTuple, PyType, PyProperty, KW } from "../../objects/core";
import { tupleType } from "../../objects/types";
import { def } from "../../objects/methods";
import { truthy, toIndex, iterToArray, isNumber, str as pyStr, repr } from "../../objects/ops";
import { excTypes, valueError } from "../../errors";
import { toNd, opnd, axisArg, num, parseArgs, noKeywords, unsupported, parseNamed } from "./conv";
import { builtinAdder } from "./types";
import { lazyLinalg } from "./lazy";

/** NumPy's named result tuples (SVDResult, EigResult, …): a tuple with field properties and NumPy's repr */
export function resultType(name: string, fields: string[]): (items: any[]) => PyTuple {
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
  const linalg = new PyModule("numpy.linalg");
  const eighResult = resultType("EighResult", ["eigenvalues", "eigenvectors"]),
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
  for (const add of lazyLinalg) add(linalg, lf);
  linalg.dict.set("LinAlgError", excTypes.get("LinAlgError"));
  d.set("linalg", linalg);
  return linalg;
}
