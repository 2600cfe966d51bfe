// Generator's distributions beyond uniform/normal (exponential, gamma, beta, chisquare, standard_t, lognormal,
// laplace, binomial, poisson, multinomial, dirichlet), standard_normal/standard_exponential dtypes, and permuted: bit-exact
// streams over engine/random (see generator-distributions.ts there). Added to the Generator type when engine/stdlib.ts
// imports this file, so they load with the stdlib chunk in the browser (every run waits for it).
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import type { Generator } from "../../../random/generator";
import { standardNormal } from "../../../random/ziggurat";
import { standardNormalF32 } from "../../../random/ziggurat-f32";
import { standardExponential } from "../../../random/ziggurat-exp";
import { standardGamma, beta, binomial, multinomialRow, dirichletRows } from "../../../random/generator-distributions";
import { poisson } from "../../../random/discrete";
import { generatorGeometric, logseries } from "../../../random/geometric";
import { negativeBinomial } from "../../../random/negative-binomial";
import { standardCauchy, pareto, weibull, power, rayleigh, gumbel, logistic, triangular, wald } from "../../../random/simple-distributions";
import { glibcLog } from "../../../random/glibc-log";
import { glibcExp } from "../../../random/glibc-exp";
import { PyType, PyFloat, PyMethodDescr, KW, typeVersion } from "../../objects/core";
import { toIndex } from "../../objects/ops";
import { typeError, valueError, exc, excTypes } from "../../errors";
import { toDType, toNd, parseArgs, noKeywordsMethod, unsupported } from "./conv";
import {
  drawEach,
  sizeShape,
  countDraws,
  flatNumbers,
  notImplemented,
  checkInt64Cast,
  dirichletAlpha,
  exactInt64,
  requireArgs,
  checkNegativeBinomial,
  checkTriangular,
  triangularParams,
} from "./random-params";
import { chargeLoop } from "../../charge";
import { genType, chargedSwaps, chargeSwaps } from "./generator";
import { multivariateNormal } from "./multivariate-normal";

type Self = { g: Generator };
const log = glibcLog;
const exp = glibcExp;

/** What a distribution's draw costs above its own arithmetic: at least one PCG64 word (its 128-bit state in 16-bit
 *  limbs), measured 180–410 ns per value of Generator.integers/random/normal over 10^6 draws (generator.ts). */
const NS_PER_WORD = 300;

function addGeneratorDistributions(genType: PyType): void {
  const def = (name: string, f: (self: Self, args: any[], kw: KW) => any) => {
    genType.dict.set(name, new PyMethodDescr(name, noKeywordsMethod(name, f)));
    typeVersion.v++;
  };
  const floatDtype = (fname: string, v: any): "float64" | "float32" => {
    const dt = toDType(v) ?? "float64";
    if (dt !== "float64" && dt !== "float32") throw typeError(`Unsupported dtype dtype('${dt}') for ${fname}`);
    return dt;
  };

  def("standard_normal", (s, a, kw) => {
    const p = parseArgs("standard_normal", a, kw, ["size", "dtype", "out"]);
    unsupported("standard_normal", "out", p[2]);
    const dt = floatDtype("standard_normal", p[1]);
    const sh = sizeShape(p[0]),
      n = countDraws(sh, 12 + NS_PER_WORD);
    if (dt === "float32") {
      const out = new Float32Array(n);
      for (let i = 0; i < n; i++) out[i] = standardNormalF32(s.g.bg);
      // a single float32 draw is returned as a Python float, like NumPy's float_fill
      return sh === null ? new PyFloat(out[0]) : new NDArray("float32", sh, out);
    }
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = standardNormal(s.g.bg);
    return sh === null ? new PyFloat(out[0]) : new NDArray("float64", sh, out);
  });
  def("multivariate_normal", (s, a, kw) => {
    const p = parseArgs("multivariate_normal", a, kw, ["mean", "cov", "size", "check_valid", "tol", "method"], 2);
    const method = p[5] ?? "svd";
    if (method !== "svd" && method !== "eigh" && method !== "cholesky")
      throw valueError("method must be one of {'eigh', 'svd', 'cholesky'}");
    if (method !== "svd")
      throw notImplemented(`Generator.multivariate_normal(method='${method}') is not supported by this engine (method='svd' is)`);
    const draw = (n: number) => {
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = standardNormal(s.g.bg);
      return out;
    };
    return multivariateNormal({ draw, generator: true }, p[0], p[1], p[2], p[3] ?? "warn", p[4]);
  });
  def("standard_exponential", (s, a, kw) => {
    const p = parseArgs("standard_exponential", a, kw, ["size", "dtype", "method", "out"]);
    unsupported("standard_exponential", "out", p[3]);
    const dt = floatDtype("standard_exponential", p[1]);
    if (dt === "float32") throw notImplemented("Generator.standard_exponential(dtype=np.float32) is not supported by this engine");
    const inv = p[2] !== undefined && p[2] !== "zig";
    const sh = sizeShape(p[0]),
      n = countDraws(sh, 12 + NS_PER_WORD),
      out = new Float64Array(n),
      g = s.g.bg;
    for (let i = 0; i < n; i++) out[i] = inv ? -Math.log1p(-g.nextDouble()) : standardExponential(g);
    return sh === null ? new PyFloat(out[0]) : new NDArray("float64", sh, out);
  });
  def("exponential", (s, a, kw) => {
    const p = parseArgs("exponential", a, kw, ["scale", "size"]);
    return drawEach(
      [{ value: p[0] ?? 1, name: "scale", cons: "nonNegative" }],
      p[1],
      "float",
      12 + NS_PER_WORD,
      ([sc]) => sc * standardExponential(s.g.bg),
    );
  });
  def("standard_gamma", (s, a, kw) => {
    const p = parseArgs("standard_gamma", a, kw, ["shape", "size", "dtype", "out"], 1);
    unsupported("standard_gamma", "out", p[3]);
    if (floatDtype("standard_gamma", p[2]) === "float32")
      throw notImplemented("Generator.standard_gamma(dtype=np.float32) is not supported by this engine");
    return drawEach([{ value: p[0], name: "shape", cons: "nonNegative" }], p[1], "float", 60 + NS_PER_WORD, ([k]) =>
      standardGamma(s.g.bg, k),
    );
  });
  def("gamma", (s, a, kw) => {
    const p = parseArgs("gamma", a, kw, ["shape", "scale", "size"], 1);
    return drawEach(
      [
        { value: p[0], name: "shape", cons: "nonNegative" },
        { value: p[1] ?? 1, name: "scale", cons: "nonNegative" },
      ],
      p[2],
      "float",
      60 + NS_PER_WORD,
      ([k, sc]) => sc * standardGamma(s.g.bg, k),
    );
  });
  def("beta", (s, a, kw) => {
    const p = parseArgs("beta", a, kw, ["a", "b", "size"], 2);
    return drawEach(
      [
        { value: p[0], name: "a", cons: "positive" },
        { value: p[1], name: "b", cons: "positive" },
      ],
      p[2],
      "float",
      150 + NS_PER_WORD,
      ([x, y]) => beta(s.g.bg, x, y),
    );
  });
  def("chisquare", (s, a, kw) => {
    const p = parseArgs("chisquare", a, kw, ["df", "size"], 1);
    return drawEach(
      [{ value: p[0], name: "df", cons: "positive" }],
      p[1],
      "float",
      60 + NS_PER_WORD,
      ([df]) => 2.0 * standardGamma(s.g.bg, df / 2.0),
    );
  });
  def("standard_t", (s, a, kw) => {
    const p = parseArgs("standard_t", a, kw, ["df", "size"], 1);
    return drawEach([{ value: p[0], name: "df", cons: "positive" }], p[1], "float", 80 + NS_PER_WORD, ([df]) => {
      const num = standardNormal(s.g.bg),
        denom = standardGamma(s.g.bg, df / 2);
      return (Math.sqrt(df / 2) * num) / Math.sqrt(denom);
    });
  });
  def("lognormal", (s, a, kw) => {
    const p = parseArgs("lognormal", a, kw, ["mean", "sigma", "size"]);
    return drawEach(
      [
        { value: p[0] ?? 0, name: "mean", cons: "none" },
        { value: p[1] ?? 1, name: "sigma", cons: "nonNegative" },
      ],
      p[2],
      "float",
      30 + NS_PER_WORD,
      ([m, sg]) => exp(m + sg * standardNormal(s.g.bg)),
    );
  });
  /** loc and scale (≥ 0) with their defaults 0 and 1, and `ns` a draw */
  const locScale = (name: string, ns: number, draw: (g: Generator["bg"], loc: number, scale: number) => number) =>
    def(name, (s, a, kw) => {
      const p = parseArgs(name, a, kw, ["loc", "scale", "size"]);
      return drawEach(
        [
          { value: p[0] ?? 0, name: "loc", cons: "none" },
          { value: p[1] ?? 1, name: "scale", cons: "nonNegative" },
        ],
        p[2],
        "float",
        ns + NS_PER_WORD,
        ([loc, sc]) => draw(s.g.bg, loc, sc),
      );
    });
  locScale("laplace", 30, laplace);
  def("binomial", (s, a, kw) => {
    const p = parseArgs("binomial", a, kw, ["n", "p", "size"], 2);
    // NumPy checks p before n
    return drawEach(
      [
        { value: p[1], name: "p", cons: "bounded01" },
        { value: p[0], name: "n", cons: "nonNegative", int: true },
      ],
      p[2],
      "int",
      300 + NS_PER_WORD,
      ([pr, n]) => binomial(s.g.bg, n, pr),
    );
  });
  def("poisson", (s, a, kw) => {
    const p = parseArgs("poisson", a, kw, ["lam", "size"]);
    return drawEach([{ value: p[0] ?? 1, name: "lam", cons: "poisson" }], p[1], "int", 200 + NS_PER_WORD, ([lam]) => poisson(s.g.bg, lam));
  });
  const one = (name: string, param: string, cons: "positive" | "nonNegative", draw: (g: Generator["bg"], v: number) => number) =>
    def(name, (s, a, kw) => {
      requireArgs(name, a, kw, [param]);
      const p = parseArgs(name, a, kw, [param, "size"], 1);
      return drawEach([{ value: p[0], name: param, cons }], p[1], "float", 300 + NS_PER_WORD, ([v]) => draw(s.g.bg, v));
    });
  one("pareto", "a", "positive", pareto);
  one("weibull", "a", "nonNegative", weibull);
  one("power", "a", "positive", power);
  def("rayleigh", (s, a, kw) => {
    const p = parseArgs("rayleigh", a, kw, ["scale", "size"]);
    return drawEach([{ value: p[0] ?? 1, name: "scale", cons: "nonNegative" }], p[1], "float", 30 + NS_PER_WORD, ([sc]) =>
      rayleigh(s.g.bg, sc),
    );
  });
  def("standard_cauchy", (s, a, kw) => {
    const p = parseArgs("standard_cauchy", a, kw, ["size"]);
    return drawEach([], p[0], "float", 30 + 2 * NS_PER_WORD, () => standardCauchy(s.g.bg));
  });
  locScale("gumbel", 300, gumbel);
  locScale("logistic", 300, logistic);
  def("triangular", (s, a, kw) => {
    requireArgs("triangular", a, kw, ["left", "mode", "right"]);
    const p = parseArgs("triangular", a, kw, ["left", "mode", "right", "size"], 3);
    checkTriangular(p[0], p[1], p[2]);
    return drawEach(triangularParams(p), p[3], "float", 30 + NS_PER_WORD, ([l, m, r]) => triangular(s.g.bg, l, m, r));
  });
  def("wald", (s, a, kw) => {
    requireArgs("wald", a, kw, ["mean", "scale"]);
    const p = parseArgs("wald", a, kw, ["mean", "scale", "size"], 2);
    return drawEach(
      [
        { value: p[0], name: "mean", cons: "positive" },
        { value: p[1], name: "scale", cons: "positive" },
      ],
      p[2],
      "float",
      60 + 2 * NS_PER_WORD,
      ([m, sc]) => wald(() => standardNormal(s.g.bg), s.g.bg, m, sc),
    );
  });
  def("negative_binomial", (s, a, kw) => {
    requireArgs("negative_binomial", a, kw, ["n", "p"]);
    const p = parseArgs("negative_binomial", a, kw, ["n", "p", "size"], 2);
    checkNegativeBinomial(p[0], p[1]);
    return drawEach(
      [
        { value: p[0], name: "n", cons: "none" },
        { value: p[1], name: "p", cons: "none" },
      ],
      p[2],
      "int",
      400 + 2 * NS_PER_WORD,
      ([n, pr]) => exactInt64("Generator.negative_binomial", negativeBinomial(s.g.bg, n, pr)),
    );
  });
  def("logseries", (s, a, kw) => {
    requireArgs("logseries", a, kw, ["p"]);
    const p = parseArgs("logseries", a, kw, ["p", "size"], 1);
    return drawEach([{ value: p[0], name: "p", cons: "boundedLt0To1" }], p[1], "int", 80 + 2 * NS_PER_WORD, ([pr]) =>
      logseries(s.g.bg, pr),
    );
  });
  def("geometric", (s, a, kw) => {
    requireArgs("geometric", a, kw, ["p"]);
    const p = parseArgs("geometric", a, kw, ["p", "size"], 1);
    return drawEach([{ value: p[0], name: "p", cons: "boundedGt0To1" }], p[1], "int", 60 + NS_PER_WORD, ([pr]) =>
      exactInt64("Generator.geometric", generatorGeometric(s.g.bg, pr)),
    );
  });
  def("multinomial", (s, a, kw) => {
    const p = parseArgs("multinomial", a, kw, ["n", "pvals", "size"], 2);
    return multinomial(s.g, p[0], p[1], p[2]);
  });
  def("dirichlet", (s, a, kw) => {
    const p = parseArgs("dirichlet", a, kw, ["alpha", "size"], 1);
    const al = dirichletAlpha(p[0]);
    for (let j = 0; j < al.length; j++) if (al[j] < 0) throw valueError("alpha < 0");
    const k = al.length,
      sh = sizeShape(p[1]);
    const rows = countDraws(sh ?? [], (150 + NS_PER_WORD) * k, 8 * k);
    const out = new Float64Array(rows * k);
    dirichletRows(s.g.bg, al, rows, out);
    return new NDArray("float64", [...(sh ?? []), k], out);
  });
  def("permuted", (s, a, kw) => {
    const p = parseArgs("permuted", a, kw, ["x", "axis", "out"], 1);
    if (a.length > 1) throw typeError(`permuted() takes exactly 1 positional argument (${a.length} given)`);
    unsupported("permuted", "out", p[2]);
    return permuted(s.g, toNd(p[0]), p[1] === undefined || p[1] === null ? null : toIndex(p[1]));
  });
}

/** random_laplace: rejects U == 0 and draws again */
function laplace(g: Generator["bg"], loc: number, scale: number): number {
  for (;;) {
    const U = g.nextDouble();
    if (U >= 0.5) return loc - scale * log(2.0 - U - U);
    if (U > 0.0) return loc + scale * log(U + U);
  }
}

function kahanSum(d: Float64Array, o: number, n: number): number {
  if (n <= 0) return 0;
  let sum = d[o],
    c = 0;
  for (let i = 1; i < n; i++) {
    const y = d[o + i] - c,
      t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}

function multinomial(g: Generator, nArg: any, pvalsArg: any, size: any): NDArray {
  checkInt64Cast(nArg);
  const parr = toNd(pvalsArg, "float64"),
    on = toNd(nArg, "int64");
  const ndim = parr.ndim,
    d = ndim >= 1 ? parr.shape[ndim - 1] : 0;
  if (d === 0) throw valueError("pvals must have at least 1 dimension and the last dimension of pvals must be greater than 0.");
  const pix = flatNumbers(parr);
  for (let i = 0; i < pix.length; i++) if (!(pix[i] >= 0 && pix[i] <= 1)) throw valueError("pvals < 0, pvals > 1 or pvals contains NaNs");
  for (let o = 0; o < pix.length; o += d)
    if (kahanSum(pix, o, d - 1) > 1.0 + 1e-12) {
      const slice = ndim === 1 ? "[:-1]" : "[...,:-1]";
      if (pvalsArg instanceof NDArray && pvalsArg.dtype !== "float64" && N.isFloat(pvalsArg.dtype))
        throw notImplemented("multinomial with float32 pvals whose float64 sum exceeds 1 is not supported by this engine");
      throw valueError(`sum(pvals${slice}) > 1.0`);
    }
  const sh = sizeShape(size);
  const ns = flatNumbers(on);
  if (on.ndim !== 0 || ndim > 1) {
    for (let i = 0; i < ns.length; i++) if (ns[i] < 0) throw valueError("n < 0");
    const rowsShape = parr.shape.slice(0, ndim - 1);
    let itShape = N.broadcastShapes(on.shape, rowsShape);
    if (sh !== null) {
      const full = N.broadcastShapes(on.shape, rowsShape, sh);
      if (full.join() !== sh.join() || full.length !== sh.length)
        throw valueError(
          `Output size (${sh.join(", ")}${sh.length === 1 ? "," : ""}) is not compatible with broadcast dimensions of inputs (${full.join(", ")}${full.length === 1 ? "," : ""}).`,
        );
      itShape = full;
    }
    const rows = countDraws(itShape, (100 + NS_PER_WORD) * d, 8 * d);
    const nB = flatNumbers(N.broadcastTo(on, itShape));
    const offs = flatNumbers(N.broadcastTo(N.reshape(N.arange(0, pix.length, d, "int64"), rowsShape), itShape));
    const out = new Float64Array(rows * d);
    for (let r = 0; r < rows; r++) multinomialRow(g.bg, nB[r], pix, offs[r], d, out, r * d);
    return new NDArray("int64", [...itShape, d], out);
  }
  const n = ns[0];
  if (n < 0) throw valueError("n < 0");
  const rows = countDraws(sh ?? [], (100 + NS_PER_WORD) * d, 8 * d);
  const out = new Float64Array(rows * d);
  for (let r = 0; r < rows; r++) multinomialRow(g.bg, n, pix, 0, d, out, r * d);
  return new NDArray("int64", [...(sh ?? []), d], out);
}

/**
 * permuted(x, axis): a copy shuffled along `axis` independently for every lane (lanes in C order), or, with
 * axis=None, the flattened copy shuffled in the order NumPy's copy(order='K').ravel(order='A') walks it.
 */
function permuted(g: Generator, x: NDArray, axis: number | null): NDArray {
  const out = N.copy(x);
  chargeLoop(out.size);
  const d = out.data as any;
  const swapAt = (offsets: number[]) => (i: number, j: number) => {
    const t = d[offsets[i]];
    d[offsets[i]] = d[offsets[j]];
    d[offsets[j]] = t;
  };
  if (axis === null) {
    const fOrder = x.ndim > 1 && copyKIsFortran(x);
    const view = fOrder ? N.transpose(out) : out;
    const offs = new Array<number>(out.size);
    for (let i = 0; i < offs.length; i++) offs[i] = view.flatToOffset(i);
    chargedSwaps(g, offs.length, swapAt(offs), 0);
    return out;
  }
  const nd = out.ndim;
  if (axis < -nd || axis >= nd) throw exc(excTypes.get("AxisError")!, `axis ${axis} is out of bounds for array of dimension ${nd}`);
  const ax = axis < 0 ? axis + nd : axis;
  const len = out.shape[ax],
    st = out.strides[ax];
  if (out.size === 0) return out;
  const others = out.shape.filter((_, k) => k !== ax);
  const lanes = others.reduce((p, q) => p * q, 1);
  const idx = new Array<number>(others.length).fill(0);
  const offs = new Array<number>(len);
  chargeSwaps(out.size);
  for (let l = 0; l < lanes; l++) {
    let base = out.offset;
    for (let k = 0, o = 0; k < nd; k++) if (k !== ax) base += idx[o++] * out.strides[k];
    for (let i = 0; i < len; i++) offs[i] = base + i * st;
    g.shuffleSwaps(len, swapAt(offs), 0);
    for (let k = idx.length - 1; k >= 0; k--) {
      if (++idx[k] < others[k]) break;
      idx[k] = 0;
    }
  }
  return out;
}

/**
 * Whether x.copy(order='K') is Fortran- but not C-contiguous: its axes (those longer than 1) ordered by strictly
 * ascending stride; any other order makes NumPy shuffle in C order.
 */
function copyKIsFortran(x: NDArray): boolean {
  const st = x.strides.filter((_, k) => x.shape[k] > 1).map(Math.abs);
  if (st.length < 2) return false;
  for (let i = 1; i < st.length; i++) if (!(st[i] > st[i - 1])) return false;
  return true;
}

addGeneratorDistributions(genType);
