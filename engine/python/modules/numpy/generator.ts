// Python binding of np.random.default_rng / Generator / PCG64 over engine/random/generator.ts.
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar } from "../../../ndarray/index";
import { Generator } from "../../../random/generator";
import { drawIntegers } from "./random-integers";
import { PCG64, pcg64FromEntropy, entropyWords } from "../../../random/pcg64";
import { PyModule, PyBuiltin, PyType, PyFloat, PyList, PyTuple, PyMethodDescr, KW, typeVersion } from "../../objects/core";
import { objectType, typeName } from "../../objects/types";
import { truthy, toIndex, iterToArray, repr as pyRepr } from "../../objects/ops";
import { typeError, valueError, exc, excTypes } from "../../errors";
import { toDType, toNd, shapeArg, numFor, parseArgs, noKeywords, noKeywordsMethod, unsupported } from "./conv";
import { checkAlloc } from "../../limits";
import { lazyNumpy } from "./lazy";
import { chargeContainer, chargeNative, BYTES } from "../../charge";

class PyGenerator {
  constructor(public g: Generator) {}
}
class PyBitGen {
  constructor(public bg: PCG64) {}
}
export const genType = new PyType("Generator", [objectType]);
genType.module = "numpy.random._generator";
genType.tpName = "numpy.random._generator.Generator";
(PyGenerator.prototype as any).pyType = genType;
const pcgType = new PyType("PCG64", [objectType]);
pcgType.module = "numpy.random._pcg64";
pcgType.tpName = "numpy.random._pcg64.PCG64";
(PyBitGen.prototype as any).pyType = pcgType;

const def = (t: PyType, name: string, f: (self: any, args: any[], kw: KW) => any) => {
  t.dict.set(name, new PyMethodDescr(name, noKeywordsMethod(name, f)));
  typeVersion.v++;
};

const isIntLike = (v: any) =>
  typeof v === "number" ||
  typeof v === "bigint" ||
  typeof v === "boolean" ||
  (v instanceof NPScalar && (N.isInt(v.dtype) || v.dtype === "bool"));
const big = (v: any): bigint => (typeof v === "bigint" ? v : BigInt(typeof v === "boolean" ? +v : toIndex(v)));

/** A sequence seed, per element: read as a BigInt, split into 32-bit words, hashed into the pool; measured ~0.5 µs
 *  (np.random.default_rng(list(range(10**5))) ~55 ms of CPU), rounded up. */
const NS_PER_ENTROPY_WORD = 700;

/** SeedSequence entropy from a Python seed (None → fresh entropy) */
function entropyOf(seed: any): bigint | bigint[] | null {
  if (seed === undefined || seed === null) return null;
  if (isIntLike(seed)) return big(seed);
  if (seed instanceof PyList || seed instanceof PyTuple || seed instanceof NDArray) {
    chargeContainer(seed instanceof NDArray ? seed.size : seed.items.length, BYTES.item, NS_PER_ENTROPY_WORD);
    return iterToArray(seed instanceof NDArray ? N.ravel(seed) : seed).map((x: any) => {
      if (!isIntLike(x)) throw typeError("SeedSequence expects int or sequence of ints for entropy not " + pyRepr(seed));
      return big(x);
    });
  }
  throw typeError("SeedSequence expects int or sequence of ints for entropy not " + pyRepr(seed));
}
const newPCG = (seed: any) => {
  const e = entropyOf(seed);
  return e === null ? new Generator(null).bg : pcg64FromEntropy(entropyWords(e));
};

function sizeOf(v: any): number[] | null {
  return v === undefined || v === null ? null : shapeArg(v);
}
/** Per value drawn from PCG64 (its 128-bit state in 16-bit limbs) and stored: measured 180–410 ns for 10^6 draws
 *  (integers 180, exponential 290, uniform 320, normal 350, random 410); gamma and poisson also charge their
 *  rejection loops. */
const NS_PER_DRAW = 350;
function count(s: number[] | null): number {
  const n = s === null ? 1 : s.reduce((x, y) => x * y, 1);
  if (n < 0) throw valueError("negative dimensions are not allowed");
  checkAlloc(n * 8);
  if (n > 4096) chargeNative(n * NS_PER_DRAW);
  return n;
}
const floats = (d: Float64Array | number[], s: number[] | null): any =>
  s === null ? new PyFloat(d[0]) : new NDArray("float64", s, Array.from(d));
const isArrayArg = (v: any) => v instanceof NDArray || v instanceof PyList || v instanceof PyTuple;

/** loc/scale style two-parameter draw: scalar fast path or broadcast arrays */
function twoParam(
  g: Generator,
  a: any,
  b: any,
  size: any,
  draw: (n: number) => Float64Array,
  combine: (x: NDArray | number, y: NDArray | number, z: NDArray | number) => any,
  check: (A: NDArray | number, B: NDArray | number) => void,
): any {
  const s = sizeOf(size);
  if (isArrayArg(a) || isArrayArg(b)) {
    const A = toNd(a, "float64"),
      B = toNd(b, "float64");
    check(A, B);
    const shape = s ?? N.broadcastShapes(A.shape, B.shape);
    const z = new NDArray("float64", shape, Array.from(draw(count(shape))));
    return combine(A, B, z);
  }
  // numFor: a Python int past float range is an OverflowError, as NumPy's conversion to float64 raises
  const x = numFor(a, "float64"),
    y = numFor(b, "float64");
  check(x, y);
  const n = count(s),
    z = draw(n),
    out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = combine(x, y, z[i]) as number;
  return floats(out, s);
}
const anyNeg = (v: NDArray | number) =>
  typeof v === "number" ? v < 0 || Object.is(v, -0) : N.tolist(N.ravel(v) as NDArray).some((x: any) => x < 0 || Object.is(x, -0));

/** n of Generator's Fisher–Yates swaps, one bounded PCG64 draw each, about to run. */
export function chargeSwaps(n: number): void {
  if (n > 4096) chargeNative(n * NS_PER_DRAW);
}
/** g.shuffleSwaps, charged before it starts. */
export function chargedSwaps(g: Generator, n: number, swap: (i: number, j: number) => void, first = 1): void {
  chargeSwaps(n);
  g.shuffleSwaps(n, swap, first);
}

function shuffleNd(g: Generator, arr: NDArray, axis: number): void {
  if (arr.size === 0) return;
  const ax = normAxis(axis, arr.ndim);
  const n = arr.shape[ax];
  if (arr.ndim === 1) {
    const d = arr.data as any,
      st = arr.strides[0],
      o = arr.offset;
    chargedSwaps(g, n, (i, j) => {
      const t = d[o + i * st];
      d[o + i * st] = d[o + j * st];
      d[o + j * st] = t;
    });
    return;
  }
  const at = (i: number) => {
    const sp: N.IndexItem[] = [];
    for (let k = 0; k < ax; k++) sp.push({ kind: "slice" });
    sp.push({ kind: "int", i });
    return sp;
  };
  chargedSwaps(g, n, (i, j) => {
    if (i === j) return;
    const t = N.copy(N.getIndex(arr, at(i)) as NDArray);
    N.setIndex(arr, at(i), N.getIndex(arr, at(j)));
    N.setIndex(arr, at(j), t);
  });
}
function normAxis(axis: number, ndim: number): number {
  if (axis < -ndim || axis >= ndim) throw exc(excTypes.get("AxisError")!, `axis ${axis} is out of bounds for array of dimension ${ndim}`);
  return axis < 0 ? axis + ndim : axis;
}

def(genType, "__repr__", () => "Generator(PCG64) at 0x7F0000000000");
def(genType, "random", (s: PyGenerator, a, kw) => {
  const p = parseArgs("random", a, kw, ["size", "dtype", "out"]);
  unsupported("random", "out", p[2]);
  const dt = toDType(p[1]) ?? "float64";
  const sh = sizeOf(p[0]),
    n = count(sh);
  if (dt === "float32") {
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) out[i] = (s.g.bg.next32() >>> 8) / 16777216;
    // a single float32 draw is returned as a Python float, like NumPy's float_fill
    return sh === null ? new PyFloat(out[0]) : new NDArray("float32", sh, out);
  }
  if (dt !== "float64") throw typeError(`Unsupported dtype dtype('${dt}') for random`);
  return floats(s.g.random(n), sh);
});
def(genType, "integers", (s: PyGenerator, a, kw) => {
  const p = parseArgs("integers", a, kw, ["low", "high", "size", "dtype", "endpoint"], 1);
  const closed = p[4] === undefined ? false : truthy(p[4]);
  return drawIntegers(s.g.bg, {
    method: "integers",
    low: p[0],
    high: p[1],
    size: p[2],
    dtype: p[3],
    closed,
    masked: false,
    defaultIsBuiltin: false,
    count,
  });
});
def(genType, "normal", (s: PyGenerator, a, kw) => {
  const p = parseArgs("normal", a, kw, ["loc", "scale", "size"]);
  return twoParam(
    s.g,
    p[0] ?? 0,
    p[1] ?? 1,
    p[2],
    (n) => s.g.standardNormal(n),
    (L, S, z) => (typeof z === "number" ? (L as number) + (S as number) * z : N.add(L, N.multiply(S, z))),
    (_L, S) => {
      if (anyNeg(S)) throw valueError("scale < 0");
    },
  );
});
def(genType, "uniform", (s: PyGenerator, a, kw) => {
  const p = parseArgs("uniform", a, kw, ["low", "high", "size"]);
  return twoParam(
    s.g,
    p[0] ?? 0,
    p[1] ?? 1,
    p[2],
    (n) => s.g.random(n),
    (L, H, z) => (typeof z === "number" ? (L as number) + ((H as number) - (L as number)) * z : N.add(L, N.multiply(N.subtract(H, L), z))),
    (L, H) => {
      const r = typeof L === "number" && typeof H === "number" ? H - L : null;
      if (r !== null && !Number.isFinite(r)) throw exc(excTypes.get("OverflowError")!, "high - low range exceeds valid bounds");
    },
  );
});
def(genType, "choice", (s: PyGenerator, a, kw) => {
  const p = parseArgs("choice", a, kw, ["a", "size", "replace", "p", "axis", "shuffle"], 1);
  const sh = sizeOf(p[1]);
  const n = count(sh);
  const replace = p[2] === undefined ? true : truthy(p[2]);
  const axis = p[4] === undefined ? 0 : toIndex(p[4]);
  let arr: NDArray | null = null,
    pop: number;
  if (isIntLike(p[0])) pop = toIndex(p[0]);
  else {
    arr = toNd(p[0]);
    if (arr.ndim === 0) {
      if (!N.isInt(arr.dtype)) throw valueError("a must be a sequence or an integer, not " + typeName(p[0]));
      pop = Number(arr.getFlat(0));
      arr = null;
    } else {
      const ax = axis < 0 ? axis + arr.ndim : axis;
      if (ax < 0 || ax >= arr.ndim) throw exc(excTypes.get("IndexError")!, "tuple index out of range");
      pop = arr.shape[ax];
    }
  }
  if (arr === null && pop <= 0 && n !== 0) throw valueError("a must be a positive integer unless no samples are taken");
  if (arr !== null && pop === 0 && n !== 0) throw valueError("a cannot be empty unless no samples are taken");
  let probs: Float64Array | null = null;
  if (p[3] !== undefined && p[3] !== null) {
    const pa = toNd(p[3], "float64");
    if (pa.ndim !== 1) throw valueError("p must be 1-dimensional");
    probs = Float64Array.from(N.tolist(pa) as number[]);
  }
  const idx = s.g.choiceIndices(pop, n, replace, probs, p[5] === undefined ? true : truthy(p[5]));
  if (sh === null) {
    if (arr === null) return idx[0];
    const ax = axis < 0 ? axis + arr.ndim : axis;
    return arr.ndim === 1 ? N.getIndex(arr, [{ kind: "int", i: idx[0] }]) : N.take(arr, new NDArray("int64", [], [idx[0]]), ax);
  }
  const ia = new NDArray("int64", sh, idx);
  if (arr === null) return ia;
  return N.take(arr, ia, axis < 0 ? axis + arr.ndim : axis);
});
def(genType, "permutation", (s: PyGenerator, a, kw) => {
  const p = parseArgs("permutation", a, kw, ["x", "axis"], 1);
  const axis = p[1] === undefined ? 0 : toIndex(p[1]);
  if (isIntLike(p[0])) {
    const x = toIndex(p[0]);
    const arr = N.arange(0, Math.max(x, 0), 1, "int64");
    shuffleNd(s.g, arr, 0);
    return arr;
  }
  const arr = toNd(p[0]);
  const ax = normAxis(axis, arr.ndim);
  if (arr.ndim === 1) {
    const c = N.copy(arr);
    shuffleNd(s.g, c, 0);
    return c;
  }
  const idx = N.arange(0, arr.shape[ax], 1, "int64");
  shuffleNd(s.g, idx, 0);
  return N.take(arr, idx, ax);
});
def(genType, "shuffle", (s: PyGenerator, a, kw) => {
  const p = parseArgs("shuffle", a, kw, ["x", "axis"], 1);
  const x = p[0],
    axis = p[1] === undefined ? 0 : toIndex(p[1]);
  if (x instanceof NDArray) {
    if (x.ndim === 0) throw exc(excTypes.get("AxisError")!, `axis ${axis} is out of bounds for array of dimension 0`);
    shuffleNd(s.g, x, axis);
    return null;
  }
  if (x instanceof PyList) {
    if (axis !== 0) throw exc(excTypes.get("NotImplementedError")!, "Axis argument is only supported on ndarray objects");
    const it = x.items;
    chargedSwaps(s.g, it.length, (i, j) => {
      const t = it[i];
      it[i] = it[j];
      it[j] = t;
    });
    return null;
  }
  throw typeError(`object of type '${typeName(x)}' has no len()`);
});

/** np.random.default_rng / Generator / PCG64 (with the stdlib chunk: engine/stdlib.ts imports this file) */
lazyNumpy.push((d) => addGenerator(d.get("random") as PyModule));

function addGenerator(random: PyModule): void {
  const fn = (n: string, f: (a: any[], kw: KW) => any) => random.dict.set(n, new PyBuiltin(n, noKeywords(n, f)));
  fn("default_rng", (a, kw) => {
    const p = parseArgs("default_rng", a, kw, ["seed"]);
    if (p[0] instanceof PyGenerator) return p[0];
    if (p[0] instanceof PyBitGen) return new PyGenerator(new Generator(p[0].bg));
    return new PyGenerator(new Generator(newPCG(p[0])));
  });
  genType.ctor = (_c, a) => {
    if (!(a[0] instanceof PyBitGen)) throw typeError("BitGenerator required");
    return new PyGenerator(new Generator(a[0].bg));
  };
  pcgType.ctor = (_c, a, kw) => new PyBitGen(newPCG(parseArgs("PCG64", a, kw, ["seed"])[0]));
  random.dict.set("Generator", genType);
  random.dict.set("PCG64", pcgType);
}
