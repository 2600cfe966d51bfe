// Python bindings of np.convolve / np.correlate (array code: engine/ndarray/convolve.ts), np.polyval, np.roots of
// degree <= 2, np.unwrap and np.piecewise (np.polyfit is refused). Registered lazily (./lazy.ts): engine/stdlib.ts
// imports this file.
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import { correlate1d, corrMode } from "../../../ndarray/convolve";
import { eig } from "../../../ndarray/eig";
import { valueError, typeError, exc, excTypes } from "../../errors";
import { binop, compare, unary, call, getitem, setitem, truthy, iterToArray } from "../../objects/ops";
import { PyFloat, PyList, PySlice, PyTuple, type KW } from "../../objects/core";
import { kindOf } from "../../../ndarray/core";
import { builtins } from "../../builtins";
import { chargeNative } from "../../charge";

/** np.unwrap per element: its ~15 passes measured 0.8–1.1 µs in all (np.unwrap of 10^5 floats 80–110 ms of CPU). */
const NS_PER_UNWRAPPED = 1000;
import { len } from "../../objects/ops";
import { toNd, toDType, parseArgs, parseNamed, PyDtype } from "./conv";
import { builtinAdder } from "./types";
import { lazyNumpy } from "./lazy";
import { isPoly1d } from "./poly1d";

/** a 1-D array as NumPy's PyArray_FromAny(op, 1, 1) gives it */
function oneD(v: any, tooDeep: string): NDArray {
  const a = toNd(v);
  if (a.ndim === 0) throw valueError("object of too small depth for desired array");
  if (a.ndim > 1) throw valueError(tooDeep);
  return a;
}

const notImpl = (m: string) => exc(excTypes.get("NotImplementedError")!, m);

/** numpy/lib/_polynomial_impl.py roots: the companion matrix's eigenvalues. The engine's eig (dgeev's algorithm)
 *  matched NumPy bit for bit on every real 1x1 and 2x2 companion matrix tried, not on 3x3 and larger ones, and
 *  computes float32 in float64 (sgeev rounds differently), so higher degrees are refused. */
function roots(arg: any): NDArray {
  let p = toNd(arg);
  // the array-function dispatcher returns p, which must be iterable
  if (p.ndim === 0 && !p.dtype.startsWith("<U")) throw typeError("dispatcher for __array_function__ did not return an iterable");
  if (p.ndim === 0) p = N.reshape(p, [1]);
  if (p.ndim !== 1) throw valueError("Input must be a rank-1 array.");
  if (p.dtype === "object" || p.dtype === "float16" || p.dtype.startsWith("<U"))
    throw notImpl(`np.roots() of ${p.dtype} arrays is not supported by this engine`);
  const vals = Array.from(N.copyArray(p, "float64").data as Float64Array);
  const nz = vals.flatMap((v, i) => (v !== 0 ? [i] : []));
  if (nz.length === 0) return N.zeros([0]);
  const first = nz[0]!,
    last = nz[nz.length - 1]!;
  const trailing = vals.length - last - 1;
  const dt = p.dtype === "float32" ? "float32" : "float64";
  const n = last - first + 1;
  if (n > 3 || (dt !== "float64" && n > 2))
    throw notImpl(
      `np.roots() of degree ${n - 1}${dt === "float64" ? "" : ` (${dt})`} is not supported by this engine: its eigenvalue solver matches NumPy's LAPACK to the last digit only for ${dt === "float64" ? "degree <= 2" : "degree 1"}`,
    );
  let r = N.zeros([0]);
  if (n > 1) {
    // A = diag(ones(N-2), -1); A[0, :] = -p[1:] / p[0], in p's dtype
    const pv = Array.from(N.copyArray(N.astype(p, dt), "float64").data as Float64Array).slice(first, last + 1);
    const A = N.zeros([n - 1, n - 1], dt);
    const D = A.data as Float64Array | Float32Array;
    for (let j = 1; j < n; j++) D[j - 1] = -pv[j]! / pv[0]!;
    for (let i = 1; i < n - 1; i++) D[i * (n - 1) + i - 1] = 1;
    r = eig(A, "eigvals")[0]!;
  }
  return N.hstack([r, N.zeros([trailing], r.dtype)]);
}

function addPolynomial(d: Map<string, any>): void {
  const fn = builtinAdder(d);
  fn("convolve", (args, kw) => {
    const p = parseArgs("convolve", args, kw, ["a", "v", "mode"], 2);
    // numpy.convolve: array(a, ndmin=1) and the emptiness checks come before multiarray.correlate's
    let a = toNd(p[0]),
      v = toNd(p[1]);
    if (a.ndim === 0) a = N.reshape(a, [1]);
    if (v.ndim === 0) v = N.reshape(v, [1]);
    if (a.shape[0] === 0) throw valueError("a cannot be empty");
    if (v.shape[0] === 0) throw valueError("v cannot be empty");
    if (v.shape[0]! > a.shape[0]!) [a, v] = [v, a];
    const mode = corrMode(p[2] === undefined ? "full" : p[2]);
    a = oneD(a, "object too deep for desired array");
    v = oneD(v, "object too deep for desired array");
    return correlate1d(a, N.flip(v, 0), mode, "convolve");
  });
  fn("correlate", (args, kw) => {
    const p = parseArgs("correlate", args, kw, ["a", "v", "mode"], 2);
    const mode = corrMode(p[2] === undefined ? "valid" : p[2]);
    const deep = "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.";
    const a = oneD(p[0], deep),
      v = oneD(p[1], deep);
    if (a.size === 0) throw valueError("first array argument cannot be empty");
    if (v.size === 0) throw valueError("second array argument cannot be empty");
    return correlate1d(a, v, mode, "correlate");
  });
  fn("polyval", (args, kw) => {
    const p = parseArgs("polyval", args, kw, ["p", "x"], 2);
    // numpy/lib/_polynomial_impl.py, operation for operation (NumPy's promotion of scalars pv included)
    // a poly1d x composes: y starts as the int 0, and poly1d's operators do the rest
    const x = isPoly1d(p[1]) ? p[1] : toNd(p[1]);
    let y: any = isPoly1d(x) ? 0 : N.zeros_like(x);
    for (const pv of iterToArray(toNd(p[0]))) y = binop("+", binop("*", y, x), pv);
    return y;
  });
  // numpy/lib/_function_base_impl.py unwrap, statement for statement through the engine's own NumPy functions:
  // about 15 passes (diff, mod, masks and their assignments, cumsum), charged per element before they start
  // at their measured whole (np.unwrap of 10^5 floats 80–110 ms of CPU) rather than 1.56 ns a pass
  fn("unwrap", (args, kw) => {
    const P = parseNamed("unwrap", args, kw, ["p", "discont", "axis", "period"], 1);
    const np = (name: string, a: any[], k: KW = null) => call(d.get(name), a, k);
    const axis = P.axis === undefined ? -1 : P.axis;
    const period = P.period === undefined ? new PyFloat(2 * Math.PI) : P.period;
    const p = np("asarray", [P.p]);
    chargeNative((p as NDArray).size * NS_PER_UNWRAPPED);
    const nd = (p as NDArray).ndim;
    const dd = np("diff", [p], new Map([["axis", axis]]));
    const discont = P.discont === undefined || P.discont === null ? binop("/", period, 2) : P.discont;
    const sl: any[] = Array.from({ length: nd }, () => new PySlice(null, null, null));
    sl[axis < 0 ? axis + nd : axis] = new PySlice(1, null, null);
    const slice1 = new PyTuple(sl);
    const dtype = np("result_type", [dd, period]);
    const k = kindOf(toDType(dtype)!);
    let high: any, ambiguous: boolean;
    if (k === "i" || k === "u") {
      high = binop("//", period, 2);
      ambiguous = truthy(compare("==", binop("%", period, 2), 0));
    } else {
      high = binop("/", period, 2);
      ambiguous = true;
    }
    const low = unary("-", high);
    const ddmod = binop("+", np("mod", [binop("-", dd, low), period]), low);
    // copyto(ddmod, interval_high, where=(ddmod == interval_low) & (dd > 0))
    if (ambiguous) setitem(ddmod, binop("&", compare("==", ddmod, low), compare(">", dd, 0)), high);
    const phCorrect = binop("-", ddmod, dd);
    setitem(phCorrect, compare("<", np("absolute", [dd]), discont), 0);
    const up = np(
      "array",
      [p],
      new Map<string, any>([
        ["copy", true],
        ["dtype", dtype],
      ]),
    );
    setitem(up, slice1, binop("+", getitem(p, slice1), np("cumsum", [phCorrect, axis])));
    return up;
  });
  // numpy/lib/_function_base_impl.py piecewise, statement for statement; callables are called through the interpreter
  fn("piecewise", (args, kw) => {
    const rest = new Map(kw ?? []);
    const named = ["x", "condlist", "funclist"].map((k, i) => {
      if (i < args.length) return args[i];
      if (!rest.has(k))
        throw typeError(
          `piecewise() missing ${3 - i} required positional argument${i < 2 ? "s" : ""}: ${["'x', 'condlist', and 'funclist'", "'condlist' and 'funclist'", "'funclist'"][i]}`,
        );
      const v = rest.get(k);
      rest.delete(k);
      return v;
    });
    const extra = args.slice(3);
    const np = (name: string, a: any[], k: KW = null) => call(d.get(name), a, k);
    const x = np("asarray", [named[0]]) as NDArray;
    let condlist = named[1];
    const funclist = iterToArray(named[2]);
    const n2 = len(named[2]);
    const c0 = () => getitem(condlist, 0);
    const isScalar = (v: any) =>
      ["number", "boolean", "bigint", "string"].includes(typeof v) || v instanceof PyFloat || v instanceof N.NPScalar;
    if (isScalar(condlist) || (!(c0() instanceof PyList || c0() instanceof NDArray) && x.ndim !== 0)) condlist = new PyList([condlist]);
    condlist = np("asarray", [condlist], new Map([["dtype", new PyDtype("bool")]]));
    let n = len(condlist);
    if (n === n2 - 1) {
      const condelse = unary(
        "~",
        np(
          "any",
          [condlist],
          new Map<string, any>([
            ["axis", 0],
            ["keepdims", true],
          ]),
        ),
      );
      condlist = np("concatenate", [new PyList([condlist, condelse])], new Map([["axis", 0]]));
      n += 1;
    } else if (n !== n2) throw valueError(`with ${n} condition(s), either ${n} or ${n + 1} functions are expected`);
    const y = np("zeros_like", [x]);
    const conds = iterToArray(condlist);
    for (let i = 0; i < Math.min(conds.length, funclist.length); i++) {
      const cond = conds[i],
        func = funclist[i];
      if (!call(builtins.get("callable"), [func], null)) setitem(y, cond, func);
      else {
        const vals = getitem(x, cond) as NDArray;
        if (vals.size > 0) setitem(y, cond, call(func, [vals, ...extra], rest.size ? rest : null));
      }
    }
    return y;
  });
  fn("roots", (args, kw) => roots(parseArgs("roots", args, kw, ["p"], 1)[0]));
  fn("polyfit", () => {
    throw notImpl(
      "np.polyfit() is not supported by this engine: NumPy solves it with LAPACK's dgelsd, whose digits the engine's lstsq does not reproduce",
    );
  });
}

lazyNumpy.push(addPolynomial);
