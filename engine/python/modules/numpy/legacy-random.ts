// The legacy np.random module and np.random.RandomState (MT19937 streams bit-exact with NumPy).
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar, DType } from "../../../ndarray/index";
import { RandomState } from "../../../random/index";
import { PyModule, PyBuiltin, PyType, PyFloat, PyList, PyTuple, PyDict, KW, PyInstance } from "../../objects/core";
import { objectType } from "../../objects/types";
import { truthy, toIndex, iterToArray, toNum } from "../../objects/ops";
import { typeError, valueError, exc, excTypes } from "../../errors";
import { toNd, shapeArg, num, numFor, parseArgs, noKeywords, onlyKeywords, maxPositional, parseNamed } from "./conv";
import { checkAlloc } from "../../limits";
import { chargeLoop, chargeNative } from "../../charge";
import { flatNumbers, notImplemented } from "./random-params";
import { lazyLegacyRandom, lazyParts } from "./lazy";
import { drawIntegers } from "./random-integers";

/**
 * A double of rand/random_sample/randn/standard_normal: MT19937 words (two per double; the polar method draws ~2.5
 * pairs per two normals) into a fresh Float64Array. np.random.rand(10**6) used 17–29 ns per element of CPU, ~60 on
 * its first call; charged before the draws, so a size that could not finish in time is refused.
 */
const NS_PER_DRAW = 32;

export function makeRandom(getRS: () => RandomState, name: string): PyModule {
  const m = new PyModule(name);
  const fn = (n: string, f: (a: any[], kw: KW) => any) => m.dict.set(n, new PyBuiltin(n, noKeywords(n, f)));
  const sizeOf = (v: any): number[] | null => (v === undefined || v === null ? null : shapeArg(v));
  const wrapF = (data: Float64Array, shape: number[] | null, dt: DType = "float64"): any => {
    if (shape === null) return dt === "float64" ? new PyFloat(data[0]) : data[0];
    return new NDArray(dt, shape, dt === "float64" || dt === "int64" ? data : N.astype(new NDArray("float64", shape, data), dt).data);
  };
  const count = (s: number[] | null) => {
    const n = s === null ? 1 : s.reduce((x, y) => x * y, 1);
    checkAlloc(n * 8);
    if (n > 4096) chargeNative(n * NS_PER_DRAW);
    return n;
  };
  fn("seed", (a, kw) => {
    maxPositional("seed", a, 1);
    const s = parseNamed("seed", a, kw, ["seed"]).seed ?? null;
    getRS().seed(
      s === null
        ? null
        : s instanceof NDArray || s instanceof PyList
          ? iterToArray(s).map((x) => num(x))
          : typeof s === "bigint"
            ? s
            : toIndex(s),
    );
    return null;
  });
  fn("rand", (a) => {
    const s = a.length ? a.map((x) => toIndex(x)) : null;
    return wrapF(getRS().randomSample(count(s)), s);
  });
  fn("randn", (a) => {
    const s = a.length ? a.map((x) => toIndex(x)) : null;
    return wrapF(getRS().standardNormal(count(s)), s);
  });
  for (const n of ["random", "random_sample", "sample", "ranf"])
    fn(n, (a, kw) => {
      maxPositional(n, a, 1);
      const s = sizeOf(parseNamed(n, a, kw, ["size"]).size);
      return wrapF(getRS().randomSample(count(s)), s);
    });
  fn("standard_normal", (a, kw) => {
    maxPositional("standard_normal", a, 1);
    const s = sizeOf(parseNamed("standard_normal", a, kw, ["size"]).size);
    return wrapF(getRS().standardNormal(count(s)), s);
  });
  fn("normal", (a, kw) => {
    const p = parseArgs("normal", a, kw, ["loc", "scale", "size"]);
    const loc = p[0] ?? 0,
      scale = p[1] ?? 1;
    const s = sizeOf(p[2]);
    if (
      loc instanceof NDArray ||
      scale instanceof NDArray ||
      loc instanceof PyList ||
      scale instanceof PyList ||
      loc instanceof PyTuple ||
      scale instanceof PyTuple
    ) {
      const L = toNd(loc, "float64"),
        S = toNd(scale, "float64");
      const shape = s ?? N.broadcastShapes(L.shape, S.shape);
      const z = new NDArray("float64", shape, getRS().standardNormal(count(shape)));
      return N.add(N.multiply(z, S), L);
    }
    return wrapF(getRS().normal(numFor(loc, "float64"), numFor(scale, "float64"), count(s)), s);
  });
  fn("uniform", (a, kw) => {
    const p = parseArgs("uniform", a, kw, ["low", "high", "size"]);
    const s = sizeOf(p[2]);
    const lo = p[0] ?? 0,
      hi = p[1] ?? 1;
    if (
      lo instanceof NDArray ||
      hi instanceof NDArray ||
      lo instanceof PyList ||
      hi instanceof PyList ||
      lo instanceof PyTuple ||
      hi instanceof PyTuple
    ) {
      const L = toNd(lo, "float64"),
        H = toNd(hi, "float64");
      const shape = s ?? N.broadcastShapes(L.shape, H.shape);
      const z = new NDArray("float64", shape, getRS().randomSample(count(shape)));
      return N.add(L, N.multiply(N.subtract(H, L), z));
    }
    return wrapF(getRS().uniform(numFor(lo, "float64"), numFor(hi, "float64"), count(s)), s);
  });
  fn("randint", (a, kw) => {
    const p = parseArgs("randint", a, kw, ["low", "high", "size", "dtype"], 1);
    const args = { method: "randint", low: p[0], high: p[1], size: p[2], dtype: p[3], closed: false, masked: true };
    return drawIntegers(getRS().mt, { ...args, defaultIsBuiltin: true, count });
  });
  fn("choice", (a, kw) => {
    const p = parseArgs("choice", a, kw, ["a", "size", "replace", "p"], 1);
    const s = sizeOf(p[1]);
    const replace = p[2] === undefined ? true : truthy(p[2]);
    const probs = p[3] === undefined || p[3] === null ? null : Array.from(N.astype(toNd(p[3]), "float64").data as Float64Array);
    const n = count(s);
    if (typeof p[0] === "number" || typeof p[0] === "bigint" || p[0] instanceof NPScalar) {
      const idx = getRS().choiceIndices(num(p[0]), n, replace, probs, true);
      // NumPy's legacy choice returns the drawn index itself, a Python int, when `a` is an integer and size is None
      if (s === null) return idx[0];
      return new NDArray("int64", s, idx);
    }
    const arr = toNd(p[0]);
    if (arr.ndim !== 1) throw valueError("a must be 1-dimensional");
    const idx = getRS().choiceIndices(arr.size, n, replace, probs, false);
    const taken = N.getIndex(arr, [{ kind: "array", arr: new NDArray("int64", [n], idx) }]) as NDArray;
    if (s === null) return N.getIndex(taken, [{ kind: "int", i: 0 }]);
    return N.reshape(taken, s);
  });
  fn("permutation", (a, kw) => {
    if (a.length > 1) throw typeError(`permutation() takes exactly 1 positional argument (${a.length} given)`);
    const x = parseNamed("permutation", a, kw, ["x"], 1).x;
    if (typeof x === "number") {
      checkAlloc(x * 8);
      chargeLoop(x);
      return new NDArray("int64", [x], getRS().permutation(x));
    }
    const arr = N.copy(toNd(x));
    shuffleInPlace(getRS(), arr);
    return arr;
  });
  fn("shuffle", (a, kw) => {
    if (a.length > 1) throw typeError(`shuffle() takes exactly 1 positional argument (${a.length} given)`);
    const x = parseNamed("shuffle", a, kw, ["x"], 1).x;
    if (x instanceof PyList) {
      getRS().shuffleSwaps(x.items.length, (i, j) => {
        const t = x.items[i];
        x.items[i] = x.items[j];
        x.items[j] = t;
      });
      return null;
    }
    if (x instanceof NDArray) {
      shuffleInPlace(getRS(), x);
      return null;
    }
    throw typeError("shuffle expects a list or ndarray");
  });
  for (const add of lazyLegacyRandom) add(fn, getRS, sizeOf, count);
  fn("get_state", () => {
    const st = getRS().getState() as any;
    return new PyTuple([
      "MT19937",
      // the key is NumPy's uint32 array (its repr says dtype=uint32)
      N.copyArray(new NDArray("uint32", [st.key.length], Uint32Array.from(st.key))),
      st.pos,
      st.hasGauss ? 1 : 0,
      new PyFloat(st.gauss ?? 0),
    ]);
  });
  fn("set_state", (a) => {
    if (a.length !== 1) throw typeError(`set_state() takes exactly 1 positional argument (${a.length} given)`);
    const t = a[0];
    if (t instanceof PyDict) throw notImplemented("set_state with a dict state is not supported by this engine");
    if (!(t instanceof PyTuple || t instanceof PyList)) throw typeError("state must be a dict or a tuple.");
    const item = (i: number) => {
      if (i >= t.items.length) throw exc(excTypes.get("IndexError")!, `${t instanceof PyTuple ? "tuple" : "list"} index out of range`);
      return t.items[i];
    };
    if (item(0) !== "MT19937") throw valueError("set_state can only be used with legacy MT19937 state instances.");
    const keyArg = item(1),
      posArg = item(2);
    const hasGauss = t.items.length > 3 ? toIndex(item(3)) : 0;
    const gauss = t.items.length > 3 ? toNum(item(4)) : 0;
    // NumPy stores the gauss cache first, then MT19937.state reads key[i] for i < 624 (a short key fails there)
    getRS().setGauss(!!hasGauss, gauss);
    const key = toNd(keyArg, "int64");
    const len = key.ndim === 0 ? 0 : key.shape[0];
    if (key.ndim === 1 && len < 624)
      throw exc(
        excTypes.get("IndexError")!,
        keyArg instanceof PyList
          ? "list index out of range"
          : keyArg instanceof PyTuple
            ? "tuple index out of range"
            : `index ${len} is out of bounds for axis 0 with size ${len}`,
      );
    if (key.ndim !== 1) throw notImplemented("set_state with a key that is not a 1-d sequence is not supported by this engine");
    const pos = toIndex(posArg);
    getRS().setState({ key: Array.from(flatNumbers(key)).slice(0, 624), pos, hasGauss, gauss });
    return null;
  });
  return m;
}
function shuffleInPlace(r: RandomState, arr: NDArray): void {
  if (arr.ndim === 0) throw typeError("object of type 'numpy.ndarray' has no len()");
  const n = arr.shape[0];
  if (arr.ndim === 1) {
    const d = arr.data as any,
      st = arr.strides[0],
      o = arr.offset;
    r.shuffleSwaps(n, (i, j) => {
      const t = d[o + i * st];
      d[o + i * st] = d[o + j * st];
      d[o + j * st] = t;
    });
  } else {
    r.shuffleSwaps(n, (i, j) => {
      const a = N.copy(N.getIndex(arr, [{ kind: "int", i }]) as NDArray);
      N.setIndex(arr, [{ kind: "int", i }], N.getIndex(arr, [{ kind: "int", i: j }]));
      N.setIndex(arr, [{ kind: "int", i: j }], a);
    });
  }
}

export const rsType = new PyType("RandomState", [objectType]);
rsType.module = "numpy.random.mtrand";
rsType.ctor = (_c, a, kw) => {
  const inst = new PyInstance(rsType);
  onlyKeywords("RandomState", kw, ["seed"]);
  const sd = a[0] ?? kw?.get("seed") ?? null;
  const r = new RandomState(sd === null ? null : toIndex(sd));
  const mod = makeRandom(() => r, "RandomState");
  for (const [k, v] of mod.dict) inst.dict.set(k, v);
  return inst;
};

// np.random with its own RandomState per numpy module, and RandomState (this file loads with engine/numpy-more.ts)
lazyParts.random = (d) => {
  const state = { rs: new RandomState() };
  d.set(
    "random",
    makeRandom(() => state.rs, "numpy.random"),
  );
  (d.get("random") as PyModule).dict.set("RandomState", rsType);
};
