// Python bindings of NumPy extras: einsum, set routines, diff/gradient/interp/cross, histogram/cov/corrcoef,
// construction helpers, functions that call back into Python (vectorize, apply_along_axis, fromfunction),
// and numpy.linalg.matrix_power. Registered lazily (./lazy.ts): engine/stdlib.ts imports this file, so it and the
// array code behind it (engine/ndarray/extras.ts) load with the stdlib chunk in the browser.
import { sharesMemory, mayShareMemory } from "./shares-memory";
import { partitionCall } from "./partition-call";
import * as N from "../../../ndarray/index";
import * as X from "../../../ndarray/extras";
import { lazyNumpy } from "./lazy";
import { reduceCall } from "./ndarray-methods";
import { NDArray, NPScalar, DType } from "../../../ndarray/index";
import { PyModule, PyBuiltin, PyType, PyFloat, PyList, PyTuple, PyMethodDescr, KW, typeVersion } from "../../objects/core";
import { objectType, typeName } from "../../objects/types";
import { truthy, toIndex, iterToArray, call, str as pyStr } from "../../objects/ops";
import { typeError, valueError, exc, excTypes } from "../../errors";
import { chargeContainer, chargeNative, BYTES } from "../../charge";
import {
  toDType,
  toNd,
  opnd,
  shapeArg,
  num,
  parseArgs,
  axisArg,
  jsToPy,
  scalarTypes,
  noKeywords,
  noKeywordsMethod,
  onlyKeywords,
  unsupported,
  castingArg,
  takeIndices,
  arrayReturn,
} from "./conv";
import { canCastDType } from "../../../ndarray/casting";
import { estimatedBinCount } from "../../../ndarray/histogram-bins";

/** NumPy's names for automatic histogram bins (np.histogram(a, bins="auto")), refused by this engine */
const none = (v: any) => v === undefined || v === null;
const intOr = (v: any, d: number) => (none(v) ? d : toIndex(v));
const def = (t: PyType, name: string, f: (self: any, args: any[], kw: KW) => any) => {
  t.dict.set(name, new PyMethodDescr(name, noKeywordsMethod(name, f)));
  typeVersion.v++;
};
/** a 0-d result of a NumPy function comes back as a NumPy scalar */

// ---------------------------------------------------------------- vectorize
const vecType = new PyType("vectorize", [objectType]);
/** Per element, besides what the function itself charges: its arguments made Python values, the call, the result
 *  made an array element; measured ~0.9 µs (np.vectorize(abs) over 10^5 floats ~90 ms of CPU), rounded up. */
const NS_PER_VECTORIZED_CALL = 1000;
vecType.module = "numpy";
class PyVectorize {
  constructor(
    public f: any,
    public otype: DType | null,
  ) {}
}
(PyVectorize.prototype as any).pyType = vecType;
def(vecType, "__call__", (v: PyVectorize, a, kw) => {
  const arrs = a.map((x) => toNd(x));
  const shape = N.broadcastShapes(...arrs.map((x) => x.shape));
  const flat = arrs.map((x) => N.ravel(N.broadcastTo(x, shape)));
  const size = shape.reduce((x, y) => x * y, 1);
  chargeContainer(size, BYTES.converted, NS_PER_VECTORIZED_CALL);
  const res: any[] = new Array(size);
  for (let i = 0; i < size; i++)
    res[i] = call(
      v.f,
      flat.map((x) => jsToPy(x.dtype, x.getFlat(i))),
      kw,
    );
  if (size === 0 && v.otype === null) throw valueError("cannot call `vectorize` on size 0 inputs unless `otypes` is set");
  const dt = v.otype ?? toNd(res[0]).dtype;
  return N.reshape(
    N.array(
      res.map((x) => (x instanceof NDArray || x instanceof NPScalar ? x : (opnd(x) ?? x))),
      dt,
    ),
    shape,
  );
});

/** lexsort, per key: made an array and raveled (~4 µs for a one-element key: np.lexsort(A) makes 10^5 of them). */
const NS_PER_KEY = 4000;
/** lexsort, per n·log2 n: the comparator sort over the keys, as np.sort's comparator path (10–60 ns measured). */
const NS_PER_LEXSORT_COMPARE = 40;

function addExtras(d: Map<string, any>, linalg: PyModule, ndarrayType: PyType): void {
  const fn = (n: string, f: (a: any[], kw: KW) => any) => d.set(n, new PyBuiltin(n, noKeywords(n, f)));
  fn("einsum", (a, kw) => {
    if (!a.length) throw typeError("einsum() missing required argument 'subscripts' (pos 1)");
    if (typeof a[0] !== "string") throw typeError("einsum with operand-list subscripts is not supported by this engine");
    onlyKeywords("einsum", kw, ["dtype", "casting", "optimize"], ["out", "order"]);
    // optimize= picks a contraction order, which can change a float sum's rounding: only the default is taken
    unsupported("einsum", "optimize", kw?.get("optimize"), (v) => v === undefined || v === false);
    const ops = a.slice(1).map((x) => toNd(x));
    const dt = toDType(kw?.get("dtype"));
    const casting = castingArg(kw?.get("casting") ?? "safe");
    if (dt)
      ops.forEach((x, i) => {
        const ok = canCastDType(x.dtype, dt, casting);
        if (ok === null && x.dtype !== dt) unsupported("einsum", "casting", casting);
        if (ok === false)
          throw typeError(
            `Iterator operand ${i} dtype could not be cast from dtype('${x.dtype}') to dtype('${dt}') according to the rule '${casting}'`,
          );
      });
    // NumPy casts each operand to dtype= first (a float operand to an integer dtype is truncated)
    return X.einsum(a[0], dt ? ops.map((x) => (x.dtype === dt ? x : N.astype(x, dt))) : ops, dt);
  });
  fn("isin", (a, kw) => {
    const p = parseArgs("isin", a, kw, ["element", "test_elements", "assume_unique", "invert", "kind"], 2);
    const r = X.isin(toNd(p[0]), toNd(p[1]), truthy(p[3] ?? false), (v) => (v instanceof PyFloat ? v.v : v));
    return r.ndim === 0 ? N.getIndex(r, []) : r;
  });
  fn("intersect1d", (a, kw) => {
    const p = parseArgs("intersect1d", a, kw, ["ar1", "ar2", "assume_unique", "return_indices"], 2);
    unsupported("intersect1d", "return_indices", p[3], (v) => v === undefined || !truthy(v));
    if (p[2] !== undefined && truthy(p[2])) {
      // NumPy's assume_unique path: the sorted concatenation's repeated neighbours (no de-duplication first)
      const aux = N.sort(N.concatenate([N.ravel(toNd(p[0])), N.ravel(toNd(p[1]))]), 0) as NDArray;
      const head = N.getIndex(aux, [{ kind: "slice", stop: -1 }]) as NDArray;
      const same = N.asarray(N.binary("equal", N.getIndex(aux, [{ kind: "slice", start: 1 }]) as NDArray, head));
      return N.getIndex(head, [{ kind: "array", arr: same }]);
    }
    return X.intersect1d(toNd(p[0]), toNd(p[1]));
  });
  fn("union1d", (a, kw) => {
    const p = parseArgs("union1d", a, kw, ["ar1", "ar2"], 2);
    return X.union1d(toNd(p[0]), toNd(p[1]));
  });
  fn("setdiff1d", (a, kw) => {
    const p = parseArgs("setdiff1d", a, kw, ["ar1", "ar2", "assume_unique"], 2);
    if (p[2] !== undefined && truthy(p[2])) {
      // assume_unique: ar1's values not in ar2, in ar1's order (neither sorted nor de-duplicated)
      const ar1 = N.ravel(toNd(p[0]));
      return N.getIndex(ar1, [{ kind: "array", arr: X.isin(ar1, toNd(p[1]), true) }]);
    }
    return X.setdiff1d(toNd(p[0]), toNd(p[1]));
  });
  fn("diff", (a, kw) => {
    const p = parseArgs("diff", a, kw, ["a", "n", "axis", "prepend", "append"], 1);
    return X.diff(
      toNd(p[0]),
      intOr(p[1], 1),
      intOr(p[2], -1),
      p[3] === undefined ? null : toNd(p[3]),
      p[4] === undefined ? null : toNd(p[4]),
    );
  });
  fn("ediff1d", (a, kw) => {
    const p = parseArgs("ediff1d", a, kw, ["ary", "to_end", "to_begin"], 1);
    return X.ediff1d(toNd(p[0]), none(p[1]) ? null : toNd(p[1]), none(p[2]) ? null : toNd(p[2]));
  });
  fn("digitize", (a, kw) => {
    const p = parseArgs("digitize", a, kw, ["x", "bins", "right"], 2);
    return N.digitize(opnd(p[0]), toNd(p[1]), p[2] !== undefined && truthy(p[2]));
  });
  fn("gradient", (a, kw) => {
    onlyKeywords("gradient", kw, ["axis", "edge_order"]);
    const f = toNd(a[0]);
    const ax = axisArg(kw?.get("axis"));
    const axes = ax === null ? [...f.shape.keys()] : (Array.isArray(ax) ? ax : [ax]).map((x) => (x < 0 ? x + f.ndim : x));
    for (const x of axes)
      if (x < 0 || x >= f.ndim) throw exc(excTypes.get("AxisError")!, `axis ${x} is out of bounds for array of dimension ${f.ndim}`);
    if (kw?.has("edge_order") && toIndex(kw.get("edge_order")) !== 1)
      throw valueError("gradient: only edge_order=1 is supported by this engine");
    const sp = a.slice(1).map((x) => {
      if (x instanceof NDArray && x.ndim > 0) throw valueError("gradient: coordinate arrays are not supported by this engine");
      return num(x);
    });
    if (sp.length > 1 && sp.length !== axes.length) throw typeError("invalid number of arguments");
    const r = X.gradient(f, sp.length ? sp : [1], axes);
    return r.length === 1 && (ax === null ? f.ndim === 1 : !Array.isArray(ax)) ? r[0] : new PyTuple(r);
  });
  fn("interp", (a, kw) => {
    const p = parseArgs("interp", a, kw, ["x", "xp", "fp", "left", "right", "period"], 3);
    unsupported("interp", "period", p[5]);
    const r = X.interp(toNd(p[0]), toNd(p[1]), toNd(p[2]), none(p[3]) ? null : num(p[3]), none(p[4]) ? null : num(p[4]));
    return arrayReturn(r);
  });
  fn("cross", (a, kw) => {
    const p = parseArgs("cross", a, kw, ["a", "b", "axisa", "axisb", "axisc", "axis"], 2);
    const ax = none(p[5]) ? null : toIndex(p[5]);
    return X.cross(toNd(p[0]), toNd(p[1]), ax ?? intOr(p[2], -1), ax ?? intOr(p[3], -1), ax ?? intOr(p[4], -1));
  });
  fn("histogram", (a, kw) => {
    const p = parseArgs("histogram", a, kw, ["a", "bins", "range", "density", "weights"], 1);
    const rgItems = none(p[2]) ? null : iterToArray(p[2]);
    const rg = rgItems ? (rgItems.map((x) => num(x)) as [number, number]) : null;
    const isF = (v: any) => v instanceof PyFloat || (v instanceof NPScalar && !N.isInt(v.dtype));
    const x = toNd(p[0]);
    const b =
      p[1] === undefined
        ? 10
        : typeof p[1] === "number"
          ? p[1]
          : typeof p[1] === "string"
            ? estimatedBinCount(N.ravel(x), p[1], rg, !none(p[4]), (y, n, r) => X.histogram(y, n, r, null, false)[0])
            : toNd(p[1]);
    const rangeFloat: [boolean, boolean] = rgItems ? [isF(rgItems[0]), isF(rgItems[1])] : [false, false];
    const [h, e] = X.histogram(x, b, rg, none(p[4]) ? null : toNd(p[4]), truthy(p[3] ?? false), rangeFloat);
    return new PyTuple([h, e]);
  });
  fn("cov", (a, kw) => {
    const p = parseArgs("cov", a, kw, ["m", "y", "rowvar", "bias", "ddof", "fweights", "aweights", "dtype"], 1);
    unsupported("cov", "dtype", p[7]);
    if (!none(p[5]) || !none(p[6])) throw valueError("cov: fweights/aweights are not supported by this engine");
    return X.cov(
      toNd(p[0]),
      none(p[1]) ? null : toNd(p[1]),
      p[2] === undefined ? true : truthy(p[2]),
      truthy(p[3] ?? false),
      none(p[4]) ? null : toIndex(p[4]),
    );
  });
  fn("corrcoef", (a, kw) => {
    const p = parseArgs("corrcoef", a, kw, ["x", "y", "rowvar", "dtype"], 1);
    unsupported("corrcoef", "dtype", p[3]);
    return X.corrcoef(toNd(p[0]), none(p[1]) ? null : toNd(p[1]), p[2] === undefined ? true : truthy(p[2]));
  });
  fn("logspace", (a, kw) => {
    const p = parseArgs("logspace", a, kw, ["start", "stop", "num", "endpoint", "base", "dtype", "axis"], 2);
    unsupported("logspace", "axis", p[6], (v) => v === undefined || v === 0);
    return X.logspace(
      num(p[0]),
      num(p[1]),
      intOr(p[2], 50),
      p[3] === undefined ? true : truthy(p[3]),
      p[4] === undefined ? 10 : num(p[4]),
      toDType(p[5]),
    );
  });
  fn("tri", (a, kw) => {
    const p = parseArgs("tri", a, kw, ["N", "M", "k", "dtype"], 1);
    return X.triMatrix(toIndex(p[0]), none(p[1]) ? null : toIndex(p[1]), intOr(p[2], 0), toDType(p[3]) ?? "float64");
  });
  fn("kron", (a, kw) => {
    const p = parseArgs("kron", a, kw, ["a", "b"], 2);
    return X.kron(toNd(p[0]), toNd(p[1]));
  });
  fn("indices", (a, kw) => {
    const p = parseArgs("indices", a, kw, ["dimensions", "dtype", "sparse"], 1);
    unsupported("indices", "sparse", p[2], (v) => v === undefined || !truthy(v));
    return X.indices(dimensionsArg(p[0]), toDType(p[1]) ?? "int64");
  });
  /** np.indices and np.fromfunction take `tuple(dimensions)`: an int is not iterable there, as it is in np.zeros. */
  const dimensionsArg = (v: any): number[] =>
    shapeArg(v instanceof PyTuple || v instanceof PyList || v instanceof NDArray ? v : new PyList(iterToArray(v)));
  fn("fromfunction", (a, kw) => {
    if (a.length < 2) throw typeError("fromfunction() missing required argument 'shape'");
    const k2 = kw ? new Map(kw) : null;
    const dt = toDType(k2?.get("dtype")) ?? "float64";
    k2?.delete("dtype");
    const idx = X.indices(dimensionsArg(a[1]), dt);
    const parts = Array.from({ length: idx.shape[0] }, (_, i) => N.getIndex(idx, [{ kind: "int", i }]));
    return call(a[0], parts, k2 && k2.size ? k2 : null);
  });
  fn("rot90", (a, kw) => {
    const p = parseArgs("rot90", a, kw, ["m", "k", "axes"], 1);
    return X.rot90(toNd(p[0]), intOr(p[1], 1), p[2] === undefined ? [0, 1] : shapeArg(p[2]));
  });
  fn("resize", (a, kw) => {
    const p = parseArgs("resize", a, kw, ["a", "new_shape"], 2);
    // an int (or NumPy integer) is wrapped in a tuple; anything else is iterated
    const v = p[1];
    const single = typeof v === "number" || typeof v === "bigint" || typeof v === "boolean" || (v instanceof NPScalar && N.isInt(v.dtype));
    const seq = v instanceof PyTuple || v instanceof PyList || v instanceof NDArray;
    return X.resize(toNd(p[0]), shapeArg(single ? new PyTuple([v]) : seq ? v : new PyList(iterToArray(v))));
  });
  fn("diagonal", (a, kw) => {
    const p = parseArgs("diagonal", a, kw, ["a", "offset", "axis1", "axis2"], 1);
    return X.diagonal(toNd(p[0]), intOr(p[1], 0), intOr(p[2], 0), intOr(p[3], 1));
  });
  fn("take_along_axis", (a, kw) => {
    const p = parseArgs("take_along_axis", a, kw, ["arr", "indices", "axis"], 2);
    return X.takeAlongAxis(toNd(p[0]), toNd(p[1]), p[2] === null ? null : intOr(p[2], -1));
  });
  const put = (arr: any, ind: any, v: any) => {
    if (!(arr instanceof NDArray)) throw typeError(`argument 1 must be numpy.ndarray, not ${typeName(arr)}`);
    X.put(arr, toNd(ind), toNd(v));
    return null;
  };
  fn("put", (a, kw) => {
    const p = parseArgs("put", a, kw, ["a", "ind", "v", "mode"], 3);
    unsupported("put", "mode", p[3], (v) => v === undefined || v === "raise");
    return put(p[0], p[1], p[2]);
  });
  fn("fill_diagonal", (a, kw) => {
    const p = parseArgs("fill_diagonal", a, kw, ["a", "val", "wrap"], 2);
    if (!(p[0] instanceof NDArray)) throw typeError("fill_diagonal: a must be an ndarray");
    X.fillDiagonal(p[0], toNd(p[1]), truthy(p[2] ?? false));
    return null;
  });
  fn("select", (a, kw) => {
    const p = parseArgs("select", a, kw, ["condlist", "choicelist", "default"], 2);
    return X.select(
      iterToArray(p[0]).map((x) => toNd(x)),
      iterToArray(p[1]).map((x) => toNd(x)),
      toNd(p[2] ?? 0),
    );
  });
  fn("astype", (a, kw) => {
    const p = parseArgs("astype", a, kw, ["x", "dtype", "copy", "device"], 2);
    const x = p[0],
      dt = toDType(p[1])!;
    if (x instanceof NPScalar) return N.getIndex(N.astype(N.asarray(x), dt), []);
    if (!(x instanceof NDArray)) throw typeError(`Input should be a NumPy array or scalar. It is a <class '${typeName(x)}'> instead.`);
    return N.astype(x, dt, p[2] === undefined ? true : truthy(p[2]));
  });
  d.set("vectorize", vecType);
  vecType.ctor = (_c, a, kw) => {
    const p = parseArgs("vectorize", a, kw, ["pyfunc", "otypes", "doc", "excluded", "cache", "signature"], 1);
    unsupported("vectorize", "excluded", p[3]);
    unsupported("vectorize", "signature", p[5]);
    return vecFactory(p[0], p[1]);
  };
  fn("apply_along_axis", (a, kw) => {
    if (a.length < 3) throw typeError("apply_along_axis() missing required positional arguments");
    const f = a[0],
      arr = toNd(a[2]),
      extra = a.slice(3);
    const ax = N.normAxis(toIndex(a[1]), arr.ndim);
    const moved = N.moveaxis(arr, ax, -1);
    const outer = moved.shape.slice(0, -1),
      n = outer.reduce((x, y) => x * y, 1);
    if (n === 0) throw valueError("Cannot apply_along_axis when any iteration dimensions are 0");
    const rows = N.reshape(N.ascontiguousarray(moved), [n, moved.shape[moved.ndim - 1]]);
    const res: NDArray[] = [];
    for (let i = 0; i < n; i++) res.push(toNd(call(f, [N.getIndex(rows, [{ kind: "int", i }]), ...extra], kw)));
    const r0 = res[0];
    const buf = N.reshape(
      N.stack(
        res.map((r) => N.astype(r, r0.dtype)),
        0,
      ),
      [...outer, ...r0.shape],
    );
    // result dimensions go where `axis` was
    const perm = [...outer.keys()].slice(0, ax).concat(
      r0.shape.map((_, k) => outer.length + k),
      [...outer.keys()].slice(ax),
    );
    return N.transpose(buf, perm);
  });
  linalg.dict.set(
    "matrix_power",
    new PyBuiltin("matrix_power", (a, kw) => {
      const p = parseArgs("matrix_power", a, kw, ["a", "n"], 2);
      if (!(typeof p[1] === "number" || typeof p[1] === "bigint" || (p[1] instanceof NPScalar && N.isInt(p[1].dtype))))
        throw typeError("exponent must be an integer");
      return N.matrixPower(toNd(p[0]), toIndex(p[1]));
    }),
  );
  def(ndarrayType, "take", (s: NDArray, a, kw) => {
    const p = parseArgs("take", a, kw, ["indices", "axis", "out", "mode"], 1);
    unsupported("take", "out", p[2]);
    unsupported("take", "mode", p[3], (v) => v === undefined || v === "raise");
    const r = N.take(s, takeIndices(p[0]), none(p[1]) ? null : toIndex(p[1]));
    return arrayReturn(r);
  });
  def(ndarrayType, "put", (s: NDArray, a, kw) => {
    const p = parseArgs("put", a, kw, ["indices", "values", "mode"], 2);
    unsupported("put", "mode", p[2], (v) => v === undefined || v === "raise");
    return put(s, p[0], p[1]);
  });
  // the sum of the diagonal along its last axis, as NumPy's PyArray_Trace (diagonal, then add.reduce with `dtype`)
  const trace = (arr: NDArray, p: any[]) => {
    unsupported("trace", "out", p[4]);
    const d = X.diagonal(arr, intOr(p[0], 0), intOr(p[1], 0), intOr(p[2], 1));
    return reduceCall("sum", d, [-1], none(p[3]) ? null : new Map([["dtype", p[3]]]));
  };
  fn("trace", (a, kw) => {
    const p = parseArgs("trace", a, kw, ["a", "offset", "axis1", "axis2", "dtype", "out"], 1);
    return trace(toNd(p[0]), p.slice(1));
  });
  def(ndarrayType, "trace", (s: NDArray, a, kw) => trace(s, parseArgs("trace", a, kw, ["offset", "axis1", "axis2", "dtype", "out"])));
  def(ndarrayType, "diagonal", (s: NDArray, a, kw) => {
    const p = parseArgs("diagonal", a, kw, ["offset", "axis1", "axis2"]);
    return X.diagonal(s, intOr(p[0], 0), intOr(p[1], 0), intOr(p[2], 1));
  });
  fn("trapezoid", (a, kw) => {
    const p = parseArgs("trapezoid", a, kw, ["y", "x", "dx", "axis"], 1);
    const y = toNd(p[0]);
    const ax = normAxisArg(none(p[3]) ? -1 : toIndex(p[3]), y.ndim);
    const n = y.shape[ax]!;
    const part = (from: number, to: number) =>
      N.getIndex(
        y,
        y.shape.map((_, i) => (i === ax ? { kind: "slice" as const, start: from, stop: to } : { kind: "slice" as const })),
      ) as NDArray;
    let d: any = none(p[2]) ? 1.0 : opnd(p[2]);
    if (!none(p[1])) {
      const x = toNd(p[1]);
      d = X.diff(x, 1, x.ndim === 1 ? -1 : ax);
      // a 1-D x spaces the points along `axis`
      if (x.ndim === 1 && y.ndim > 1)
        d = N.reshape(
          d,
          y.shape.map((_, i) => (i === ax ? n - 1 : 1)),
        );
    }
    return N.sum(N.asarray(N.binary("divide", N.binary("multiply", d, N.binary("add", part(1, n), part(0, n - 1))), 2.0)), ax);
  });
  fn("lexsort", (a, kw) => {
    const p = parseArgs("lexsort", a, kw, ["keys", "axis"], 1);
    unsupported("lexsort", "axis", p[1], (v) => v === undefined || v === -1);
    const items = iterToArray(p[0]);
    chargeNative(items.length * NS_PER_KEY);
    const keys = items.map((k) => N.ravel(toNd(k)));
    if (!keys.length) throw typeError("need sequence of keys with len > 0 in lexsort");
    const n = keys[0]!.size;
    if (keys.some((k) => k.size !== n)) throw valueError("all keys need to be the same shape");
    chargeContainer(n, BYTES.item * keys.length, n > 1 ? Math.log2(n) * NS_PER_LEXSORT_COMPARE : 0);
    const vals = keys.map((k) => Array.from(N.astype(k, "float64").data as Float64Array));
    const idx = Array.from({ length: n }, (_, i) => i);
    // the last key is the primary one; JS sort is stable, as NumPy's lexsort
    idx.sort((i, j) => {
      for (let k = vals.length - 1; k >= 0; k--) {
        const x = vals[k]![i]!,
          y = vals[k]![j]!;
        if (x !== y) return x < y ? -1 : 1;
      }
      return 0;
    });
    return N.array(idx, "int64");
  });
  fn(
    "ix_",
    (a) =>
      new PyTuple(
        a.map((v, i) => {
          let x = toNd(v);
          if (x.ndim !== 1) throw valueError("Cross index must be 1 dimensional");
          if (x.dtype === "bool") x = N.nonzero(x)[0]!;
          return N.reshape(
            x,
            a.map((_, j) => (j === i ? x.size : 1)),
          );
        }),
      ),
  );
  for (const [name, arg] of [
    ["partition", false],
    ["argpartition", true],
  ] as const)
    fn(name, (a, kw) => {
      const p = parseArgs(name, a, kw, ["a", "kth", "axis", "kind", "order"], 2);
      return partitionCall(arg, toNd(p[0]), p[1], p[2], p[3], p[4]);
    });
  fn("shares_memory", (a) => sharesMemory(a[0], a[1]));
  fn("may_share_memory", (a) => mayShareMemory(a[0], a[1]));
  void PyFloat;
  void PyList;
  void pyStr;
  void scalarTypes;
}

function normAxisArg(axis: number, ndim: number): number {
  const ax = axis < 0 ? axis + ndim : axis;
  if (ax < 0 || ax >= ndim) throw new N.NPError("AxisError", `axis ${axis} is out of bounds for array of dimension ${ndim}`);
  return ax;
}

function vecFactory(f: any, otypes: any): PyVectorize {
  let ot: DType | null = null;
  if (!none(otypes)) {
    const first = typeof otypes === "string" ? otypes[0] : iterToArray(otypes)[0];
    ot =
      typeof first === "string"
        ? ((
            { d: "float64", f: "float32", l: "int64", q: "int64", i: "int32", B: "uint8", "?": "bool", O: "object" } as Record<
              string,
              DType
            >
          )[first] ?? toDType(first))
        : toDType(first);
  }
  return new PyVectorize(f, ot);
}

lazyNumpy.push(addExtras);
