// Legacy np.random's distributions beyond uniform/normal/choice (binomial, poisson, exponential, gamma, beta, chisquare,
// standard_t, lognormal, laplace, dirichlet, multivariate_normal, multinomial), bit-exact with NumPy's legacy streams.
// Registered lazily (./lazy.ts): engine/stdlib.ts imports this file, so it loads with the stdlib chunk in the browser.
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import type { RandomState } from "../../../random/index";
import { toIndex } from "../../objects/ops";
import { toNd, parseArgs } from "./conv";
import {
  multinomialN,
  standardExponential,
  standardGamma,
  beta,
  chisquare,
  standardT,
  lognormal,
  laplace,
  dirichletN,
} from "../../../random/legacy-more";
import { legacyBinomial, poisson as poissonDraw } from "../../../random/discrete";
import {
  drawEach,
  countDraws,
  dirichletAlpha,
  exactInt64,
  requireArgs,
  checkTriangular,
  triangularParams,
  type Param,
} from "./random-params";
import { legacyGeometric, logseries } from "../../../random/geometric";
import {
  gumbel,
  logistic,
  triangular,
  legacyStandardCauchy,
  legacyPareto,
  legacyWeibull,
  legacyPower,
  legacyRayleigh,
  wald,
} from "../../../random/simple-distributions";
import { multivariateNormal } from "./multivariate-normal";
import { lazyLegacyRandom } from "./lazy";

lazyLegacyRandom.push((fn, getRS, sizeOf, count) => {
  const rsDraw = (
    name: string,
    names: string[],
    required: number,
    params: (p: any[]) => Param[],
    kind: "float" | "int",
    nsPer: number,
    draw: (rs: RandomState, v: number[]) => number,
  ) =>
    fn(name, (a, kw) => {
      requireArgs(name, a, kw, names.slice(0, required));
      const p = parseArgs(name, a, kw, names, required);
      const rs = getRS();
      return drawEach(params(p), p[names.length - 1], kind, nsPer, (v) => draw(rs, v));
    });
  // NumPy checks p before n
  rsDraw(
    "binomial",
    ["n", "p", "size"],
    2,
    (p) => [
      { value: p[1], name: "p", cons: "bounded01" },
      { value: p[0], name: "n", cons: "nonNegative", int: true },
    ],
    "int",
    300,
    (rs, [pr, n]) => legacyBinomial(rs.mt, pr, n),
  );
  const one = (name: string, param: string, cons: Param["cons"], draw: (rs: RandomState, v: number) => number) =>
    rsDraw(
      name,
      [param, "size"],
      1,
      (p) => [{ value: p[0], name: param, cons }],
      "float",
      // glibc's exp and pow as emulated here: weibull of 10^5 draws measured 59 ms of CPU on a loaded machine
      600,
      (rs, [v]) => draw(rs, v),
    );
  one("pareto", "a", "positive", legacyPareto);
  one("weibull", "a", "nonNegative", legacyWeibull);
  one("power", "a", "positive", legacyPower);
  rsDraw(
    "rayleigh",
    ["scale", "size"],
    0,
    (p) => [{ value: p[0] ?? 1, name: "scale", cons: "nonNegative" }],
    "float",
    200,
    (rs, [sc]) => legacyRayleigh(rs, sc),
  );
  rsDraw(
    "standard_cauchy",
    ["size"],
    0,
    () => [],
    "float",
    120,
    (rs) => legacyStandardCauchy(rs),
  );
  const locScale = (name: string, draw: (rs: RandomState, loc: number, scale: number) => number) =>
    rsDraw(
      name,
      ["loc", "scale", "size"],
      0,
      (p) => [
        { value: p[0] ?? 0, name: "loc", cons: "none" },
        { value: p[1] ?? 1, name: "scale", cons: "nonNegative" },
      ],
      "float",
      // two glibc logs a draw: gumbel of 10^5 draws measured 50 ms of CPU (loaded)
      500,
      (rs, [loc, sc]) => draw(rs, loc, sc),
    );
  locScale("gumbel", (rs, loc, sc) => gumbel(rs.mt, loc, sc));
  locScale("logistic", (rs, loc, sc) => logistic(rs.mt, loc, sc));
  fn("triangular", (a, kw) => {
    requireArgs("triangular", a, kw, ["left", "mode", "right"]);
    const p = parseArgs("triangular", a, kw, ["left", "mode", "right", "size"], 3);
    checkTriangular(p[0], p[1], p[2]);
    const rs = getRS();
    return drawEach(triangularParams(p), p[3], "float", 60, ([l, m, r]) => triangular(rs.mt, l, m, r));
  });
  rsDraw(
    "wald",
    ["mean", "scale", "size"],
    2,
    (p) => [
      { value: p[0], name: "mean", cons: "positive" },
      { value: p[1], name: "scale", cons: "positive" },
    ],
    "float",
    120,
    (rs, [m, sc]) => wald(() => rs.nextGauss(), rs.mt, m, sc, true),
  );
  rsDraw(
    "logseries",
    ["p", "size"],
    1,
    (p) => [{ value: p[0], name: "p", cons: "boundedLt0To1" }],
    "int",
    120,
    (rs, [pr]) => logseries(rs.mt, pr, true),
  );
  rsDraw(
    "geometric",
    ["p", "size"],
    1,
    (p) => [{ value: p[0], name: "p", cons: "boundedGt0To1" }],
    "int",
    60,
    (rs, [pr]) => exactInt64("np.random.geometric", legacyGeometric(rs.mt, pr)),
  );
  rsDraw(
    "poisson",
    ["lam", "size"],
    0,
    (p) => [{ value: p[0] ?? 1, name: "lam", cons: "legacyPoisson" }],
    "int",
    200,
    (rs, [lam]) => poissonDraw(rs.mt, lam),
  );
  rsDraw(
    "exponential",
    ["scale", "size"],
    0,
    (p) => [{ value: p[0] ?? 1, name: "scale", cons: "nonNegative" }],
    "float",
    30,
    (rs, [sc]) => sc * standardExponential(rs),
  );
  rsDraw(
    "standard_exponential",
    ["size"],
    0,
    () => [],
    "float",
    30,
    (rs) => standardExponential(rs),
  );
  rsDraw(
    "standard_gamma",
    ["shape", "size"],
    1,
    (p) => [{ value: p[0], name: "shape", cons: "nonNegative" }],
    "float",
    80,
    (rs, [k]) => standardGamma(rs, k),
  );
  rsDraw(
    "gamma",
    ["shape", "scale", "size"],
    1,
    (p) => [
      { value: p[0], name: "shape", cons: "nonNegative" },
      { value: p[1] ?? 1, name: "scale", cons: "nonNegative" },
    ],
    "float",
    80,
    (rs, [k, sc]) => sc * standardGamma(rs, k),
  );
  rsDraw(
    "beta",
    ["a", "b", "size"],
    2,
    (p) => [
      { value: p[0], name: "a", cons: "positive" },
      { value: p[1], name: "b", cons: "positive" },
    ],
    "float",
    150,
    (rs, [x, y]) => beta(rs, x, y),
  );
  rsDraw(
    "chisquare",
    ["df", "size"],
    1,
    (p) => [{ value: p[0], name: "df", cons: "positive" }],
    "float",
    80,
    (rs, [df]) => chisquare(rs, df),
  );
  rsDraw(
    "standard_t",
    ["df", "size"],
    1,
    (p) => [{ value: p[0], name: "df", cons: "positive" }],
    "float",
    100,
    (rs, [df]) => standardT(rs, df),
  );
  rsDraw(
    "lognormal",
    ["mean", "sigma", "size"],
    0,
    (p) => [
      { value: p[0] ?? 0, name: "mean", cons: "none" },
      { value: p[1] ?? 1, name: "sigma", cons: "nonNegative" },
    ],
    "float",
    40,
    (rs, [m, sg]) => lognormal(rs, m, sg),
  );
  rsDraw(
    "laplace",
    ["loc", "scale", "size"],
    0,
    (p) => [
      { value: p[0] ?? 0, name: "loc", cons: "none" },
      { value: p[1] ?? 1, name: "scale", cons: "nonNegative" },
    ],
    "float",
    30,
    (rs, [loc, sc]) => laplace(rs, loc, sc),
  );
  fn("dirichlet", (a, kw) => {
    const p = parseArgs("dirichlet", a, kw, ["alpha", "size"], 1);
    const alpha = dirichletAlpha(p[0]);
    const k = alpha.length;
    const s = sizeOf(p[1]);
    const rows = countDraws(s ?? [], 80 * k, 8 * k);
    return new NDArray("float64", [...(s ?? []), k], dirichletN(getRS(), alpha, rows));
  });
  fn("multivariate_normal", (a, kw) => {
    const p = parseArgs("multivariate_normal", a, kw, ["mean", "cov", "size", "check_valid", "tol"], 2);
    const rs = getRS();
    return multivariateNormal({ draw: (n) => rs.standardNormal(n), generator: false }, p[0], p[1], p[2], p[3], p[4]);
  });
  fn("multinomial", (a, kw) => {
    const p = parseArgs("multinomial", a, kw, ["n", "pvals", "size"], 2);
    const pv = Float64Array.from(N.tolist(N.ravel(toNd(p[1], "float64"))) as number[]);
    const s = sizeOf(p[2]);
    const rows = count(s);
    return new NDArray("int64", [...(s ?? []), pv.length], multinomialN(getRS(), toIndex(p[0]), pv, rows));
  });
});
