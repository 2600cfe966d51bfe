// Generator and np.random/RandomState f, noncentral_chisquare and noncentral_f, and np.random/RandomState's
// negative_binomial (engine/random/noncentral.ts), with the parameter checks of _generator.pyx and mtrand.pyx. Added
// when engine/stdlib.ts imports this file (Generator's methods at once, np.random's through ./lazy.ts).
import type { Generator } from "../../../random/generator";
import type { RandomState } from "../../../random/index";
import {
  f,
  noncentralChisquare,
  noncentralF,
  legacyF,
  legacyNoncentralChisquare,
  legacyNoncentralF,
  legacyNegativeBinomial,
} from "../../../random/noncentral";
import { PyMethodDescr, typeVersion, type KW } from "../../objects/core";
import { noKeywordsMethod, parseArgs } from "./conv";
import { drawEach, exactInt64, requireArgs, type Param } from "./random-params";
import { genType } from "./generator";
import { lazyLegacyRandom } from "./lazy";

/** A draw's cost: a chi-square is a standard gamma (60–80 ns of arithmetic) plus, in Generator, PCG64 words at ~300 ns */
const NS_PER_CHISQUARE = 80;
const NS_PER_WORD = 300;

type Spec = { name: string; names: string[]; params: (p: any[]) => Param[]; chisquares: number };
const SPECS: Spec[] = [
  {
    name: "f",
    names: ["dfnum", "dfden"],
    params: (p) => [
      { value: p[0], name: "dfnum", cons: "positive" },
      { value: p[1], name: "dfden", cons: "positive" },
    ],
    chisquares: 2,
  },
  {
    name: "noncentral_chisquare",
    names: ["df", "nonc"],
    params: (p) => [
      { value: p[0], name: "df", cons: "positive" },
      { value: p[1], name: "nonc", cons: "nonNegative" },
    ],
    chisquares: 2,
  },
  {
    name: "noncentral_f",
    names: ["dfnum", "dfden", "nonc"],
    params: (p) => [
      { value: p[0], name: "dfnum", cons: "positive" },
      { value: p[1], name: "dfden", cons: "positive" },
      { value: p[2], name: "nonc", cons: "nonNegative" },
    ],
    chisquares: 3,
  },
];
const GENERATOR_DRAWS: Record<string, (g: Generator["bg"], v: number[]) => number> = {
  f: (g, [a, b]) => f(g, a!, b!),
  noncentral_chisquare: (g, [df, nonc]) => noncentralChisquare(g, df!, nonc!),
  noncentral_f: (g, [a, b, nonc]) => noncentralF(g, a!, b!, nonc!),
};
const LEGACY_DRAWS: Record<string, (rs: RandomState, v: number[]) => number> = {
  f: (rs, [a, b]) => legacyF(rs, a!, b!),
  noncentral_chisquare: (rs, [df, nonc]) => legacyNoncentralChisquare(rs, df!, nonc!),
  noncentral_f: (rs, [a, b, nonc]) => legacyNoncentralF(rs, a!, b!, nonc!),
};

function bind(spec: Spec, a: any[], kw: KW): { p: any[]; size: any } {
  requireArgs(spec.name, a, kw, spec.names);
  const p = parseArgs(spec.name, a, kw, [...spec.names, "size"], spec.names.length);
  return { p, size: p[spec.names.length] };
}

for (const spec of SPECS) {
  const draw = GENERATOR_DRAWS[spec.name]!;
  genType.dict.set(
    spec.name,
    new PyMethodDescr(
      spec.name,
      noKeywordsMethod(spec.name, (s: { g: Generator }, a: any[], kw: KW) => {
        const { p, size } = bind(spec, a, kw);
        return drawEach(spec.params(p), size, "float", spec.chisquares * (NS_PER_CHISQUARE + NS_PER_WORD), (v) => draw(s.g.bg, v));
      }),
    ),
  );
}
typeVersion.v++;

lazyLegacyRandom.push((fn, getRS) => {
  for (const spec of SPECS) {
    const draw = LEGACY_DRAWS[spec.name]!;
    fn(spec.name, (a, kw) => {
      const { p, size } = bind(spec, a, kw);
      const rs = getRS();
      return drawEach(spec.params(p), size, "float", spec.chisquares * 2 * NS_PER_CHISQUARE, (v) => draw(rs, v));
    });
  }
  fn("negative_binomial", (a, kw) => {
    requireArgs("negative_binomial", a, kw, ["n", "p"]);
    const p = parseArgs("negative_binomial", a, kw, ["n", "p", "size"], 2);
    const rs = getRS();
    const params: Param[] = [
      { value: p[0], name: "n", cons: "positive" },
      { value: p[1], name: "p", cons: "bounded01" },
    ];
    // p = 0 makes an infinite Poisson rate, whose draw NumPy turns into -2**63: refused, as any draw past 2**53
    return drawEach(params, p[2], "int", 4 * NS_PER_CHISQUARE, ([n, pr]) => {
      const v = legacyNegativeBinomial(rs, n!, pr!);
      return exactInt64("np.random.negative_binomial", Number.isNaN(v) ? Number.POSITIVE_INFINITY : v);
    });
  });
});
