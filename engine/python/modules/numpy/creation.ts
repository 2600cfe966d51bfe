// Array creation: zeros/ones/empty/full(_like), array, asarray, arange, linspace, eye, identity.
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar, DType } from "../../../ndarray/index";
import { PyFloat, PyList, PyTuple } from "../../objects/core";
import { typeName } from "../../objects/types";
import { truthy, toIndex } from "../../objects/ops";
import { typeError } from "../../errors";
import { toDType, pyToJS, toNd, opnd, shapeArg, num, parseArgs } from "./conv";
import { checkAlloc } from "../../limits";
import { builtinAdder } from "./types";
import { objectArray, restorePyLeaves } from "./object-arrays";

/** np.array's ndmin: leading 1-dims up to ndmin dimensions */
function withNdmin(a: NDArray, ndmin: number): NDArray {
  return a.ndim >= ndmin ? a : N.reshape(a, [...new Array(ndmin - a.ndim).fill(1), ...a.shape]);
}

export function addCreation(d: Map<string, any>): void {
  const fn = builtinAdder(d);
  const shapeDt = (name: string, f: (shape: number[], dt: DType) => NDArray) =>
    fn(name, (a, kw) => {
      const p = parseArgs(name, a, kw, ["shape", "dtype", "order"], 1);
      const sh = shapeArg(p[0]);
      const dt = toDType(p[1]) ?? "float64";
      checkAlloc(sh.reduce((x, y) => x * y, 1) * N.itemsize(dt));
      return f(sh, dt);
    });
  shapeDt("zeros", N.zeros);
  shapeDt("ones", N.ones);
  shapeDt("empty", N.empty);
  fn("full", (a, kw) => {
    const p = parseArgs("full", a, kw, ["shape", "fill_value", "dtype"], 2);
    const sh = shapeArg(p[0]);
    checkAlloc(sh.reduce((x, y) => x * y, 1) * 8);
    const dt = toDType(p[2]);
    const fill = p[1] instanceof PyList || p[1] instanceof PyTuple ? toNd(p[1], dt) : dt === "object" ? p[1] : (opnd(p[1]) ?? p[1]);
    return N.full(sh, fill, dt);
  });
  const like = (name: string, f: (a: NDArray, dt?: DType | null) => NDArray) =>
    fn(name, (a, kw) => {
      const p = parseArgs(name, a, kw, ["a", "dtype"], 1);
      return f(toNd(p[0]), toDType(p[1]));
    });
  like("zeros_like", N.zeros_like);
  like("ones_like", N.ones_like);
  like("empty_like", N.empty_like);
  fn("full_like", (a, kw) => {
    const p = parseArgs("full_like", a, kw, ["a", "fill_value", "dtype"], 2);
    return N.full_like(toNd(p[0]), opnd(p[1]), toDType(p[2]));
  });
  fn("array", (a, kw) => {
    if (kw === null && a.length === 1 && a[0] instanceof PyList) {
      // np.array([s0, s1, …]) of NumPy scalars of one numeric dtype: a 1-D array of that dtype (what N.array infers)
      const it = a[0].items,
        n = it.length;
      const s0 = n > 0 ? it[0] : null;
      if (s0 instanceof NPScalar && s0.dtype !== "object") {
        const dt = s0.dtype;
        let same = true;
        for (let i = 1; i < n; i++) {
          const x = it[i];
          if (!(x instanceof NPScalar) || x.dtype !== dt) {
            same = false;
            break;
          }
        }
        if (same) {
          const r = N.emptyArray(dt, [n]);
          const d = r.data as any;
          for (let i = 0; i < n; i++) d[i] = (it[i] as NPScalar).value;
          return r;
        }
      }
    }
    const p = parseArgs("array", a, kw, ["object", "dtype", "copy", "order", "subok", "ndmin"], 1);
    const dt = toDType(p[1]);
    const ndmin = p[5] === undefined ? 0 : toIndex(p[5]);
    if (dt === "object" && !(p[0] instanceof NDArray) && !(p[0] instanceof NPScalar)) return withNdmin(objectArray(p[0]), ndmin);
    const jsv = pyToJS(p[0]);
    return restorePyLeaves(N.array(jsv, dt, { copy: p[2] === undefined ? true : truthy(p[2]), ndmin }));
  });
  fn("asarray", (a, kw) => {
    const p = parseArgs("asarray", a, kw, ["a", "dtype", "order"], 1);
    return toNd(p[0], toDType(p[1]));
  });
  fn("ascontiguousarray", (a) => N.ascontiguousarray(toNd(a[0])));
  fn("copy", (a) => N.copy(toNd(a[0])));
  fn("arange", (a, kw) => {
    const p = parseArgs("arange", a, kw, ["start", "stop", "step", "dtype"], 1);
    const o = (v: any) => {
      if (v === undefined || v === null) return null;
      const x = opnd(v);
      if (x === undefined) throw typeError(`unsupported operand type(s) for -: '${typeName(v)}' and 'int'`);
      return x;
    };
    const r = N.arange(o(p[0]), o(p[1]), o(p[2]), toDType(p[3]));
    checkAlloc(r.size * 8);
    return r;
  });
  fn("linspace", (a, kw) => {
    const p = parseArgs("linspace", a, kw, ["start", "stop", "num", "endpoint", "retstep", "dtype"], 2);
    const n = p[2] === undefined ? 50 : toIndex(p[2]);
    checkAlloc(n * 8);
    const r = N.linspace(num(p[0]), num(p[1]), n, p[3] === undefined ? true : truthy(p[3]), toDType(p[5]));
    if (p[4] !== undefined && truthy(p[4]))
      return new PyTuple([r, new PyFloat(N.linspaceStep(num(p[0]), num(p[1]), n, p[3] === undefined ? true : truthy(p[3])))]);
    return r;
  });
  fn("eye", (a, kw) => {
    const p = parseArgs("eye", a, kw, ["N", "M", "k", "dtype"], 1);
    return N.eye(
      toIndex(p[0]),
      p[1] === undefined || p[1] === null ? null : toIndex(p[1]),
      p[2] === undefined ? 0 : toIndex(p[2]),
      toDType(p[3]) ?? "float64",
    );
  });
  fn("identity", (a, kw) => {
    const p = parseArgs("identity", a, kw, ["n", "dtype"], 1);
    return N.identity(toIndex(p[0]), toDType(p[1]) ?? "float64");
  });
}
