// Array creation: zeros/ones/empty/full(_like), array, asarray, arange, linspace, eye, identity.
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar, DType } from "../../../ndarray/index";
import { PyList, PyTuple } from "../../objects/core";
import { typeName } from "../../objects/types";
import { truthy, toIndex, str as pyStr } from "../../objects/ops";
import { typeError, valueError } from "../../errors";
import { copyInOrder, fContiguous, onlyFortran } from "./ndarray-methods";
import { toDType, pyToJS, toNd, opnd, shapeArg, num, parseArgs, parseNamed, maxPositional, unsupported } from "./conv";
import { checkAlloc } from "../../limits";
import { builtinAdder } from "./types";
import { objectArray, restorePyLeaves } from "./object-arrays";
import { lazyParts } from "./lazy";
import { bindNpy } from "./signature";

/** a Fortran-ordered array that is not also C-ordered (the layout 'K' and 'A' keep) */
const onlyF = (a: any) => a instanceof NDArray && onlyFortran(a);

/**
 * `r` in the layout order= asks for: 'C' or 'F'; with a prototype `proto` (np.array's input, a *_like's array), 'K'
 * and 'A' (and no order, for `dflt` 'K') keep a Fortran-ordered prototype's layout
 */
function inOrder(fname: string, r: NDArray, v: any, proto?: any, dflt = "C"): NDArray {
  const o = v === undefined || v === null ? dflt : v;
  const kOrA = o === "K" || o === "A";
  if (o === "F" || (kOrA && proto !== undefined && onlyF(proto))) return fContiguous(r) ? r : copyInOrder(r, "F");
  if (o === "C") return r.contig ? r : N.ascontiguousarray(r);
  if (kOrA && proto !== undefined) return r;
  throw valueError(
    `order must be one of 'C', 'F'${proto !== undefined ? ", 'A', or 'K'" : ""} (got ${typeof v === "string" ? `'${v}'` : pyStr(v)})`,
  );
}

/** np.array's ndmin: leading 1-dims up to ndmin dimensions */
function withNdmin(a: NDArray, ndmin: number): NDArray {
  return a.ndim >= ndmin ? a : N.reshape(a, [...new Array(ndmin - a.ndim).fill(1), ...a.shape]);
}

export function addCreation(d: Map<string, any>): void {
  const fn = builtinAdder(d);
  const shapeDt = (name: string, f: (shape: number[], dt: DType) => NDArray) =>
    fn(name, (a, kw) => {
      maxPositional(name, a, 3);
      const p = parseArgs(name, a, kw, ["shape", "dtype", "order", "device", "like"], 1);
      unsupported(name, "device", p[3], (v) => v === undefined || v === null || v === "cpu");
      const sh = shapeArg(p[0]);
      const dt = toDType(p[1]) ?? "float64";
      checkAlloc(sh.reduce((x, y) => x * y, 1) * N.itemsize(dt));
      return inOrder(name, f(sh, dt), p[2]);
    });
  shapeDt("zeros", N.zeros);
  shapeDt("ones", N.ones);
  shapeDt("empty", N.empty);
  fn("full", (a, kw) => {
    maxPositional("full", a, 4);
    const p = parseArgs("full", a, kw, ["shape", "fill_value", "dtype", "order", "device", "like"], 2);
    unsupported("full", "device", p[4], (v) => v === undefined || v === null || v === "cpu");
    const sh = shapeArg(p[0]);
    checkAlloc(sh.reduce((x, y) => x * y, 1) * 8);
    const dt = toDType(p[2]);
    // a list fill is an array first (copyto's), cast into an integer dtype: floats there warn rather than raise
    const listDt = dt && N.isInt(dt) ? null : dt;
    const fill = p[1] instanceof PyList || p[1] instanceof PyTuple ? toNd(p[1], listDt) : dt === "object" ? p[1] : (opnd(p[1]) ?? p[1]);
    return inOrder("full", N.full(sh, fill, dt), p[3]);
  });
  // shape= replaces the prototype's shape (an array of that shape takes its place)
  const protoOf = (name: string, p: Record<string, any>): NDArray => {
    unsupported(name, "subok", p.subok, (v) => v === undefined || truthy(v));
    unsupported(name, "device", p.device, (v) => v === undefined || v === null || v === "cpu");
    const arr = toNd(p.a);
    return p.shape === undefined || p.shape === null ? arr : N.empty(shapeArg(p.shape), arr.dtype);
  };
  // the prototype whose layout 'K' keeps: with shape=, only when the number of dimensions stays
  const likeProto = (p: Record<string, any>) => (p.shape == null || shapeArg(p.shape).length === toNd(p.a).ndim ? p.a : null);
  const like = (name: string, f: (a: NDArray, dt?: DType | null) => NDArray) =>
    fn(name, (a, kw) => {
      maxPositional(name, a, 5);
      const p = parseNamed(name, a, kw, ["a", "dtype", "order", "subok", "shape", "device"], 1);
      return inOrder(name, f(protoOf(name, p), toDType(p.dtype)), p.order, likeProto(p), "K");
    });
  like("zeros_like", N.zeros_like);
  like("ones_like", N.ones_like);
  like("empty_like", N.empty_like);
  fn("full_like", (a, kw) => {
    maxPositional("full_like", a, 6);
    const p = parseNamed("full_like", a, kw, ["a", "fill_value", "dtype", "order", "subok", "shape", "device"], 2);
    return inOrder("full_like", N.full_like(protoOf("full_like", p), opnd(p.fill_value), toDType(p.dtype)), p.order, likeProto(p), "K");
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
    // copy, order, subok, ndmin and like are keyword-only
    maxPositional("array", a, 2);
    const p = parseArgs("array", a, kw, ["object", "dtype", "copy", "order", "subok", "ndmin", "like"], 1);
    unsupported("array", "like", p[6]);
    const dt = toDType(p[1]);
    const ndmin = p[5] === undefined ? 0 : toIndex(p[5]);
    if (dt === "object" && !(p[0] instanceof NDArray) && !(p[0] instanceof NPScalar)) return withNdmin(objectArray(p[0]), ndmin);
    const jsv = pyToJS(p[0]);
    return inOrder("array", restorePyLeaves(N.array(jsv, dt, { copy: p[2] === undefined ? true : truthy(p[2]), ndmin })), p[3], p[0], "K");
  });
  // asanyarray is asarray here: the engine has no ndarray subclasses to pass through
  for (const name of ["asarray", "asanyarray"])
    fn(name, (a, kw) => {
      if (a.length > 3) throw typeError(`${name}() takes from 1 to 3 positional arguments but ${a.length} were given`);
      const p = bindNpy(name, ["a", "dtype", "order", "device", "copy", "like"], 1, a, kw);
      unsupported(name, "device", p.device, (v) => v === undefined || v === null || v === "cpu");
      unsupported(name, "copy", p.copy);
      unsupported(name, "like", p.like);
      return inOrder(name, toNd(p.a, toDType(p.dtype)), p.order, p.a, "K");
    });
  fn("ascontiguousarray", (a, kw) => {
    const p = parseNamed("ascontiguousarray", a, kw, ["a", "dtype", "like"], 1);
    unsupported("ascontiguousarray", "like", p.like);
    // "ndim >= 1": a 0-d array or a scalar comes out with shape (1,)
    const x = toNd(p.a, toDType(p.dtype));
    return N.ascontiguousarray(x.ndim === 0 ? N.reshape(x, [1]) : x);
  });
  fn("copy", (a, kw) => {
    const p = parseNamed("copy", a, kw, ["a", "order", "subok"], 1);
    // subok only matters for ndarray subclasses, which this engine has none of
    return copyInOrder(toNd(p.a), p.order ?? "K");
  });
  fn("arange", (a, kw) => {
    maxPositional("arange", a, 4);
    const p = parseArgs("arange", a, kw, ["start", "stop", "step", "dtype", "device", "like"]);
    unsupported("arange", "device", p[4], (v) => v === undefined || v === null || v === "cpu");
    unsupported("arange", "like", p[5]);
    // np.arange(stop=3) counts from 0
    if (p[0] === undefined && p[1] !== undefined) [p[0], p[1]] = [p[1], undefined];
    if (p[0] === undefined) throw typeError("arange() requires stop to be specified.");
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
    const p = parseArgs("linspace", a, kw, ["start", "stop", "num", "endpoint", "retstep", "dtype", "axis", "device"], 2);
    // scalar start and stop give a 1-D result, where axis 0 and -1 are the same axis
    unsupported("linspace", "axis", p[6], (v) => v === undefined || v === 0 || v === -1);
    unsupported("linspace", "device", p[7], (v) => v === undefined || v === null || v === "cpu");
    const n = p[2] === undefined ? 50 : toIndex(p[2]);
    checkAlloc(n * 8);
    const r = N.linspace(num(p[0]), num(p[1]), n, p[3] === undefined ? true : truthy(p[3]), toDType(p[5]));
    if (p[4] !== undefined && truthy(p[4]))
      return new PyTuple([r, new NPScalar("float64", N.linspaceStep(num(p[0]), num(p[1]), n, p[3] === undefined ? true : truthy(p[3])))]);
    return r;
  });
  fn("eye", (a, kw) => {
    maxPositional("eye", a, 5);
    const p = parseArgs("eye", a, kw, ["N", "M", "k", "dtype", "order", "device", "like"], 1);
    unsupported("eye", "device", p[5], (v) => v === undefined || v === null || v === "cpu");
    unsupported("eye", "like", p[6]);
    const r = N.eye(
      toIndex(p[0]),
      p[1] === undefined || p[1] === null ? null : toIndex(p[1]),
      p[2] === undefined ? 0 : toIndex(p[2]),
      toDType(p[3]) ?? "float64",
    );
    return inOrder("eye", r, p[4]);
  });
  fn("identity", (a, kw) => {
    maxPositional("identity", a, 2);
    const p = parseArgs("identity", a, kw, ["n", "dtype", "like"], 1);
    unsupported("identity", "like", p[2]);
    return N.identity(toIndex(p[0]), toDType(p[1]) ?? "float64");
  });
}

lazyParts.creation = addCreation; // this file loads with the stdlib chunk (engine/stdlib.ts)
