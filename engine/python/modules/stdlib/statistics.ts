// The statistics module, following CPython 3.11's algorithms: mean, variance and friends sum exactly (as its
// Fractions do) and round once, so results match to the last bit; fmean, covariance, correlation and
// linear_regression use fsum as CPython does. Numbers are int, bool and float (Fraction/Decimal data raise TypeError).
import { PyModule, PyType, PyFloat, PyList, PyDict, KW } from "../../objects/core";
import { typeName } from "../../objects/types";
import { iterToArray, binop, compare, truthy, call, toNum } from "../../objects/ops";
import { sortItems } from "../../objects/methods";
import { chargeNative } from "../../charge";
import { typeError, valueError, exc, ValueError } from "../../errors";
import { fnOf, arg, onlyKw } from "./util";
import { makeCollections } from "./collections";
import { Q, q, add, sub, mul, div, fromFloat, toFloat, sqrtOfFrac } from "./rational";

export const StatisticsError = new PyType("StatisticsError", [ValueError]);
StatisticsError.isException = true;
StatisticsError.module = "statistics";
const fail = (m: string) => exc(StatisticsError, m);

/** each value as an exact ratio; `isFloat` when any was a float (CPython's T); `special` holds inf/nan sums */
interface Exact {
  ratios: Q[];
  isFloat: boolean;
  special: number | null;
}
/** Per value, made an exact ratio and summed once with BigInts (their size is charged by the rational ops): measured
 *  ~0.5–1 µs (statistics.mean(list(range(10**5))) 45–100 ms of CPU). ss sums twice more: squares and their sum. */
const NS_PER_EXACT_VALUE = 1000;

function exactOf(data: any[]): Exact {
  chargeNative(data.length * NS_PER_EXACT_VALUE);
  let isFloat = false,
    special: number | null = null;
  const ratios: Q[] = [];
  for (const x of data) {
    if (typeof x === "number" || typeof x === "bigint") ratios.push({ n: BigInt(x), d: 1n });
    else if (typeof x === "boolean") ratios.push({ n: x ? 1n : 0n, d: 1n });
    else if (x instanceof PyFloat) {
      isFloat = true;
      if (!isFinite(x.v)) {
        special = (special ?? 0) + x.v;
        ratios.push({ n: 0n, d: 1n });
      } else ratios.push(fromFloat(x.v));
    } else throw typeError(`can't convert type '${typeName(x)}' to numerator/denominator`);
  }
  return { ratios, isFloat, special };
}
const sumQ = (xs: Q[]) => xs.reduce(add, { n: 0n, d: 1n });
/** CPython's _convert: an int when the type is int and the value whole, else a float */
const convert = (v: Q, isFloat: boolean) =>
  !isFloat && v.d === 1n
    ? v.n <= BigInt(Number.MAX_SAFE_INTEGER) && v.n >= -BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(v.n)
      : v.n
    : new PyFloat(toFloat(v));

/** the exact sum of squared deviations (CPython's _ss), with the exact mean */
function ss(data: any[], xbar: any): { e: Exact; ssd: Q; n: number } {
  const e = exactOf(data);
  chargeNative(data.length * NS_PER_EXACT_VALUE);
  const n = e.ratios.length;
  if (xbar !== null) {
    const c = exactOf([xbar]).ratios[0];
    return {
      e,
      ssd: sumQ(
        e.ratios.map((r) => {
          const d = sub(r, c);
          return mul(d, d);
        }),
      ),
      n,
    };
  }
  if (!n) return { e, ssd: { n: 0n, d: 1n }, n };
  const sx = sumQ(e.ratios),
    sxx = sumQ(e.ratios.map((r) => mul(r, r)));
  const N = q(BigInt(n));
  return { e, ssd: div(sub(mul(N, sxx), mul(sx, sx)), N), n };
}

/** math.fsum: the exact sum, rounded once */
export function fsum(xs: any[]): number {
  const e = exactOf(xs);
  if (e.special !== null) return e.special;
  return toFloat(sumQ(e.ratios));
}
const list = (v: any) => iterToArray(v);
const F = (x: number) => new PyFloat(x);

function quantiles(a: any[], kw: KW): PyList {
  onlyKw("quantiles", kw, ["n", "method"]);
  const n = Number(kw?.get("n") ?? 4);
  const method = kw?.get("method") ?? "exclusive";
  if (n < 1) throw fail("n must be at least 1");
  const data = sortItems(list(a[0]), null, false);
  const ld = data.length;
  if (ld < 2) throw fail("must have at least two data points");
  const interp = (lo: any, hi: any, delta: number) => binop("/", binop("+", binop("*", lo, n - delta), binop("*", hi, delta)), n);
  const out: any[] = [];
  if (method === "inclusive") {
    const m = ld - 1;
    for (let i = 1; i < n; i++) {
      const j = Math.floor((i * m) / n),
        delta = (i * m) % n;
      out.push(interp(data[j], data[j + 1], delta));
    }
    return new PyList(out);
  }
  if (method === "exclusive") {
    const m = ld + 1;
    for (let i = 1; i < n; i++) {
      let j = Math.floor((i * m) / n);
      j = j < 1 ? 1 : j > ld - 1 ? ld - 1 : j;
      out.push(interp(data[j - 1], data[j], i * m - j * n));
    }
    return new PyList(out);
  }
  throw valueError(`Unknown method: ${typeof method === "string" ? `'${method}'` : String(method)}`);
}

function paired(name: string, a: any[]): [any[], any[], number] {
  const x = list(a[0]),
    y = list(a[1]);
  const n = x.length;
  if (y.length !== n) throw fail(`${name} requires that both inputs have same number of data points`);
  if (n < 2) throw fail(`${name} requires at least two data points`);
  return [x, y, n];
}
const centred = (xs: any[], bar: number) => xs.map((v) => toNum(v) - bar);
const fsumN = (xs: number[]) => fsum(xs.map(F));

export function makeStatistics(): PyModule {
  const m = new PyModule("statistics");
  const fn = fnOf(m);
  const counter = () => makeCollections().dict.get("Counter");
  m.dict.set("StatisticsError", StatisticsError);
  fn("mean", (a) => {
    const e = exactOf(list(a[0]));
    if (!e.ratios.length) throw fail("mean requires at least one data point");
    if (e.special !== null) return F(e.special);
    return convert(div(sumQ(e.ratios), q(BigInt(e.ratios.length))), e.isFloat);
  });
  fn("fmean", (a, kw) => {
    const data = list(a[0]);
    const weights = arg("fmean", a, kw, 1, "weights", null);
    if (weights !== null) {
      const w = list(weights);
      if (w.length !== data.length) throw fail("data and weights must be the same length");
      const total = fsum(w);
      if (!total) throw fail("sum of weights must be non-zero");
      return F(fsum(data.map((x, i) => binop("*", x, w[i]))) / total);
    }
    if (!data.length) throw fail("fmean requires at least one data point");
    return F(fsum(data) / data.length);
  });
  fn("geometric_mean", (a) => {
    const data = list(a[0]);
    if (!data.length || data.some((x) => toNum(x) <= 0))
      throw fail("geometric mean requires a non-empty dataset containing positive numbers");
    return F(Math.exp(fsum(data.map((x) => F(Math.log(toNum(x))))) / data.length));
  });
  fn("harmonic_mean", (a, kw) => {
    const data = list(a[0]);
    const weights = arg("harmonic_mean", a, kw, 1, "weights", null);
    const n = data.length;
    if (n < 1) throw fail("harmonic_mean requires at least one data point");
    if (n === 1 && weights === null) {
      if (toNum(data[0]) < 0) throw fail("harmonic mean does not support negative values");
      return data[0];
    }
    const w = weights === null ? data.map(() => 1) : list(weights);
    if (data.some((x) => toNum(x) < 0)) throw fail("harmonic mean does not support negative values");
    if (data.some((x) => toNum(x) === 0)) return 0;
    const terms = data.map((x, i) => binop("/", w[i], x));
    const e = exactOf(terms);
    const total = sumQ(e.ratios);
    if (total.n <= 0n) throw fail("Weighted sum must be positive");
    const sw = weights === null ? q(BigInt(n)) : sumQ(exactOf(w).ratios);
    return convert(div(sw, total), e.isFloat || exactOf(w).isFloat);
  });
  const sorted = (v: any) => sortItems(list(v), null, false);
  fn("median", (a) => {
    const d = sorted(a[0]);
    const n = d.length;
    if (!n) throw fail("no median for empty data");
    return n % 2 ? d[n >> 1] : binop("/", binop("+", d[n / 2 - 1], d[n / 2]), 2);
  });
  fn("median_low", (a) => {
    const d = sorted(a[0]);
    const n = d.length;
    if (!n) throw fail("no median for empty data");
    return n % 2 ? d[n >> 1] : d[n / 2 - 1];
  });
  fn("median_high", (a) => {
    const d = sorted(a[0]);
    const n = d.length;
    if (!n) throw fail("no median for empty data");
    return d[n >> 1];
  });
  fn("median_grouped", (a, kw) => {
    const d = sorted(a[0]);
    const n = d.length;
    const interval = arg("median_grouped", a, kw, 1, "interval", 1);
    if (!n) throw fail("no median for empty data");
    if (n === 1) return d[0];
    const x = d[n >> 1];
    for (const o of [x, interval]) if (typeof o === "string") throw typeError(`expected number but got '${o}'`);
    const L = binop("-", x, binop("/", interval, 2));
    const same = (v: any) => truthy(compare("==", v, x));
    const l1 = d.findIndex(same);
    let l2 = l1;
    while (l2 + 1 < n && same(d[l2 + 1])) l2++;
    return binop("+", L, binop("/", binop("*", interval, binop("-", n / 2, l1)), l2 - l1 + 1));
  });
  fn("mode", (a) => {
    const pairs = call(counter(), [a[0]], null) as PyDict;
    const best = [...pairs.map.values()].reduce<any[] | null>((b, e) => (b === null || truthy(compare(">", e[1], b[1])) ? e : b), null);
    if (best === null) throw fail("no mode for empty data");
    return best[0];
  });
  fn("multimode", (a) => {
    const counts = call(counter(), [a[0]], null) as PyDict;
    if (!counts.map.size) return new PyList([]);
    let max: any = null;
    for (const e of counts.map.values()) if (max === null || truthy(compare(">", e[1], max))) max = e[1];
    return new PyList([...counts.map.values()].filter((e) => truthy(compare("==", e[1], max))).map((e) => e[0]));
  });
  const variance = (name: string, population: boolean, root: boolean) => (a: any[], kw: KW) => {
    const data = list(a[0]);
    const xbar = arg(name, a, kw, 1, population ? "mu" : "xbar", null);
    const { e, ssd, n } = ss(data, xbar);
    if (population ? n < 1 : n < 2) throw fail(`${name} requires at least ${population ? "one data point" : "two data points"}`);
    if (e.special !== null) return F(root ? Math.sqrt(e.special) : e.special);
    const mss = div(ssd, q(BigInt(population ? n : n - 1)));
    return root ? F(sqrtOfFrac(mss)) : convert(mss, e.isFloat);
  };
  fn("variance", variance("variance", false, false));
  fn("pvariance", variance("pvariance", true, false));
  fn("stdev", variance("stdev", false, true));
  fn("pstdev", variance("pstdev", true, true));
  fn("quantiles", quantiles);
  fn("covariance", (a) => {
    const [x, y, n] = paired("covariance", a);
    const xbar = fsum(x) / n,
      ybar = fsum(y) / n;
    const dx = centred(x, xbar),
      dy = centred(y, ybar);
    return F(fsumN(dx.map((v, i) => v * dy[i])) / (n - 1));
  });
  fn("correlation", (a) => {
    const [x, y, n] = paired("correlation", a);
    const xbar = fsum(x) / n,
      ybar = fsum(y) / n;
    const dx = centred(x, xbar),
      dy = centred(y, ybar);
    const sxy = fsumN(dx.map((v, i) => v * dy[i])),
      sxx = fsumN(dx.map((v) => v * v)),
      syy = fsumN(dy.map((v) => v * v));
    const den = Math.sqrt(sxx * syy);
    if (den === 0) throw fail("at least one of the inputs is constant");
    return F(sxy / den);
  });
  fn("linear_regression", (a, kw) => {
    onlyKw("linear_regression", kw, ["proportional"]);
    const [x, y, n] = paired("linear regression", a);
    const proportional = truthy(kw?.get("proportional") ?? false);
    let sxy: number,
      sxx: number,
      xbar = 0,
      ybar = 0;
    if (proportional) {
      sxy = fsumN(x.map((v, i) => toNum(v) * toNum(y[i])));
      sxx = fsumN(x.map((v) => toNum(v) * toNum(v)));
    } else {
      xbar = fsum(x) / n;
      ybar = fsum(y) / n;
      const dx = centred(x, xbar),
        dy = centred(y, ybar);
      sxy = fsumN(dx.map((v, i) => v * dy[i]));
      sxx = fsumN(dx.map((v) => v * v));
    }
    if (sxx === 0) throw fail("x is constant");
    const slope = sxy / sxx;
    return call(linearRegression(), [F(slope), F(proportional ? 0 : ybar - slope * xbar)], null);
  });
  return m;
}
let lrType: any = null;
const linearRegression = () =>
  (lrType ??= call(makeCollections().dict.get("namedtuple"), ["LinearRegression", "slope intercept"], new Map([["module", "statistics"]])));
