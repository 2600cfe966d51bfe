// Products (dot, matmul, outer, tensordot, trace) and the numpy.linalg module.
import * as N from "../../../ndarray/index";
import { PyModule, PyBuiltin, PyTuple, PyType, PyProperty, KW } from "../../objects/core";
import { tupleType } from "../../objects/types";
import { def } from "../../objects/methods";
import { truthy, toIndex, iterToArray, isNumber, str as pyStr, repr } from "../../objects/ops";
import { excTypes, valueError } from "../../errors";
import { toNd, opnd, axisArg, num, parseArgs, noKeywords, unsupported, parseNamed, maxPositional, onlyKeywords } from "./conv";
import { builtinAdder } from "./types";
import { lazyLinalg, lazyParts } from "./lazy";

/** NumPy's named result tuples (SVDResult, EigResult, …): a tuple with field properties and NumPy's repr */
export function resultType(name: string, fields: string[], module = "numpy.linalg._linalg"): (items: any[]) => PyTuple {
  const t = new PyType(name, [tupleType]);
  t.module = module;
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
  // np.dot(a, b) makes its result and keeps neither operand: a temporary for the operator it feeds (`dot(x, W) + b`)
  (d.get("dot") as PyBuiltin).tempArity = 2;
  // matmul is a ufunc: x1, x2 and out by position; its other ufunc keywords are refused
  fn("matmul", (a, kw) => {
    maxPositional("matmul", a, 3);
    onlyKeywords("matmul", kw, ["out"], ["dtype", "casting", "order", "subok", "signature", "axes", "axis"]);
    unsupported("matmul", "out", a[2] ?? kw?.get("out"));
    if (a.length < 2)
      throw N.typeError(`matmul() takes from 2 to 3 positional arguments but ${a.length} ${a.length === 1 ? "was" : "were"} given`);
    return N.matmul(opnd(a[0]), opnd(a[1]));
  });
  fn("outer", (a, kw) => {
    const p = parseNamed("outer", a, kw, ["a", "b", "out"], 2);
    unsupported("outer", "out", p.out);
    return N.outer(opnd(p.a), opnd(p.b));
  });
  fn("inner", (a) => (maxPositional("inner", a, 2), N.inner(opnd(a[0]), opnd(a[1]))));
  fn("vdot", (a) => (maxPositional("vdot", a, 2), N.vdot(opnd(a[0]), opnd(a[1]))));
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
  lf("det", (a, kw) => N.det(toNd(parseNamed("det", a, kw, ["a"], 1).a)));
  const slogdetResult = resultType("SlogdetResult", ["sign", "logabsdet"]);
  lf("slogdet", (a, kw) => slogdetResult(N.slogdet(toNd(parseNamed("slogdet", a, kw, ["a"], 1).a))));
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
  lf("inv", (a, kw) => N.inv(toNd(parseNamed("inv", a, kw, ["a"], 1).a)));
  lf("solve", (a, kw) => {
    const p = parseNamed("solve", a, kw, ["a", "b"], 2);
    return N.solve(toNd(p.a), toNd(p.b));
  });
  const uploArg = (u: any): "L" | "U" => {
    const uplo = u === undefined ? "L" : pyStr(u).toUpperCase();
    if (uplo !== "L" && uplo !== "U") throw valueError("UPLO argument must be 'L' or 'U'");
    return uplo;
  };
  lf("eigh", (a, kw) => {
    const p = parseNamed("eigh", a, kw, ["a", "UPLO"], 1);
    return eighResult(N.eigh(toNd(p.a), uploArg(p.UPLO)));
  });
  lf("eigvalsh", (a, kw) => {
    const p = parseNamed("eigvalsh", a, kw, ["a", "UPLO"], 1);
    return N.eigvalsh(toNd(p.a), uploArg(p.UPLO));
  });
  lf("multi_dot", (a, kw) => {
    if (a.length > 1) throw N.typeError(`multi_dot() takes 1 positional argument but ${a.length} were given`);
    const p = parseNamed("multi_dot", a, kw, ["arrays", "out"], 1);
    unsupported("multi_dot", "out", p.out);
    return N.multiDot(iterToArray(p.arrays).map((x) => toNd(x)));
  });
  for (const add of lazyLinalg) add(linalg, lf);
  linalg.dict.set("LinAlgError", excTypes.get("LinAlgError"));
  d.set("linalg", linalg);
  return linalg;
}

lazyParts.linalg = addLinalg; // this file loads with the stdlib chunk (engine/stdlib.ts)
