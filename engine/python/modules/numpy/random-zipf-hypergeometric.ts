// Generator and np.random/RandomState zipf and hypergeometric (engine/random/zipf.ts, hypergeometric.ts), with the
// argument handling of _generator.pyx and mtrand.pyx: hypergeometric's counts read as int64, Generator's limit of
// 10**9 on ngood and nbad, 'ngood + nbad < nsample' before the per-parameter checks. Added when engine/stdlib.ts
// imports this file (Generator's methods at once, np.random's through ./lazy.ts).
import * as N from "../../../ndarray/index";
import type { Generator } from "../../../random/generator";
import type { RandomState } from "../../../random/index";
import { zipf, legacyZipf } from "../../../random/zipf";
import { hypergeometric, legacyHypergeometric } from "../../../random/hypergeometric";
import { PyMethodDescr, typeVersion, type KW } from "../../objects/core";
import { typeError, valueError } from "../../errors";
import { call } from "../../objects/ops";
import { builtins } from "../../builtins";
import { noKeywordsMethod, parseArgs, toNd } from "./conv";
import {
  checkInt64Cast,
  drawEach,
  exactInt64,
  flatNumbers,
  int64Of,
  isArrayLike,
  notImplemented,
  requireArgs,
  type Param,
} from "./random-params";
import { genType } from "./generator";
import { lazyLegacyRandom } from "./lazy";
import { chargeNative } from "../../charge";

/** zipf: a few glibc pows a try (~600 ns), and for Generator two PCG64 words (~300 ns each) */
const NS_PER_ZIPF = 1200;
/** one rejected try of the legacy loop: two glibc pows and two MT19937 doubles */
const NS_PER_ZIPF_TRY = 500;
/** hypergeometric: up to 10 interval draws by counting, else HRUA's rejection loop of logfactorials (~1 µs) */
const NS_PER_HYPERGEOMETRIC = 3000;
const HYPERGEOM_MAX = 1e9;

function zipfDraw(fname: string, a: any[], kw: KW, draw: (a: number) => number) {
  requireArgs("zipf", a, kw, ["a"]);
  const p = parseArgs("zipf", a, kw, ["a", "size"], 1);
  return drawEach([{ value: p[0], name: "a", cons: "gt1" }], p[1], "int", NS_PER_ZIPF, ([x]) => exactInt64(fname, draw(x!)));
}

/** the three counts as NumPy's hypergeometric reads them, checked in its order; the draw's parameters */
function hypergeometricParams(fname: string, a: any[], kw: KW, legacy: boolean): { params: Param[]; size: any } {
  requireArgs("hypergeometric", a, kw, ["ngood", "nbad", "nsample"]);
  const p = parseArgs("hypergeometric", a, kw, ["ngood", "nbad", "nsample", "size"], 3);
  const counts = p.slice(0, 3);
  for (const v of counts) checkInt64Cast(v);
  if (counts.some((v) => typeof v === "string")) throw typeError("an integer is required");
  let good: number[], bad: number[], sample: number[];
  if (counts.some(isArrayLike)) {
    const arrs = counts.map((v) => toNd(v, "int64"));
    const shape = N.broadcastShapes(...arrs.map((x) => x.shape));
    [good, bad, sample] = arrs.map((x) => Array.from(flatNumbers(N.broadcastTo(x, shape))));
  } else {
    // Cython's <int64_t> of a Python object: int() of it (np.float64(5.5) is 5, None a TypeError)
    for (let i = 0; i < 3; i++) counts[i] = int64Of(call(builtins.get("int")!, [counts[i]], null));
    [good, bad, sample] = counts.map((v) => [v as number]);
  }
  if (!legacy && (good!.some((g) => g >= HYPERGEOM_MAX) || bad!.some((b) => b >= HYPERGEOM_MAX)))
    throw valueError(`both ngood and nbad must be less than ${HYPERGEOM_MAX}`);
  // the engine's integers are doubles: a population past 2**53 would be rounded (NumPy's int64 sum may also wrap)
  if (good!.some((g, i) => Math.abs(g) + Math.abs(bad![i]!) > Number.MAX_SAFE_INTEGER))
    throw notImplemented(`${fname}() with ngood + nbad above 2**53 is not supported by this engine`);
  if (good!.some((g, i) => g + bad![i]! < sample![i]!)) throw valueError("ngood + nbad < nsample");
  const params: Param[] = [
    { value: counts[0], name: "ngood", cons: "nonNegative", int: true },
    { value: counts[1], name: "nbad", cons: "nonNegative", int: true },
    { value: counts[2], name: "nsample", cons: legacy ? "gte1" : "nonNegative", int: true },
  ];
  return { params, size: p[3] };
}

genType.dict.set(
  "zipf",
  new PyMethodDescr(
    "zipf",
    noKeywordsMethod("zipf", (s: { g: Generator }, a: any[], kw: KW) =>
      zipfDraw("Generator.zipf", a, kw, (x) => zipf(() => s.g.bg.nextDouble(), x)),
    ),
  ),
);
genType.dict.set(
  "hypergeometric",
  new PyMethodDescr(
    "hypergeometric",
    noKeywordsMethod("hypergeometric", (s: { g: Generator }, a: any[], kw: KW) => {
      const { params, size } = hypergeometricParams("Generator.hypergeometric", a, kw, false);
      return drawEach(params, size, "int", NS_PER_HYPERGEOMETRIC, ([g, b, n]) =>
        hypergeometric(s.g.bg, (max) => s.g.interval(max), g!, b!, n!),
      );
    }),
  ),
);
typeVersion.v++;

lazyLegacyRandom.push((fn, getRS) => {
  fn("zipf", (a, kw) => {
    const rs: RandomState = getRS();
    return zipfDraw("np.random.zipf", a, kw, (x) => {
      // b = 2**(a - 1) overflows: NumPy's legacy loop can then never accept, and never returns
      if (!(x - 1 < 1024)) throw notImplemented("np.random.zipf() with a >= 1025 never returns in NumPy (use Generator.zipf)");
      return legacyZipf(
        () => rs.nextDouble(),
        x,
        () => chargeNative(256 * NS_PER_ZIPF_TRY),
      );
    });
  });
  fn("hypergeometric", (a, kw) => {
    const { params, size } = hypergeometricParams("np.random.hypergeometric", a, kw, true);
    const rs: RandomState = getRS();
    return drawEach(params, size, "int", NS_PER_HYPERGEOMETRIC, ([g, b, n]) => legacyHypergeometric(rs, g!, b!, n!));
  });
});
