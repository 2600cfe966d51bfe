// The stdlib modules beyond the interpreter's own table, by import name, for hosts that register them all at once
// (engine/stdlib-all.ts adds them to BUILTIN_MODULES: Node). The browser worker loads them on first import (loaders.ts).
import type { PyModule } from "../../objects/core";
import { makeCollections } from "./collections";
import { makeItertools } from "./itertools";
import { makeFunctools } from "./functools";
import { makeOperator } from "./operator";
import { makeHeapq } from "./heapq";
import { makeBisect } from "./bisect";
import { makeJson } from "./json";
import { makeTyping } from "./typing";
import { makeAbc } from "./abc";
import { makeContextlib } from "./contextlib";
import { makeStatistics } from "./statistics";
import { makeTextwrap } from "./textwrap";
import { makeFractions } from "./fractions";
import { makeRe } from "./re";
import { makePprint } from "./pprint";
import { makeDataclasses } from "./dataclasses";
import { makeEnum } from "./enum";
import { makeDecimal } from "./decimal";
import { makeMath } from "../math";
import { makeRandom } from "./random";
import { makeCopy } from "./copy";
import { withSignatures } from "./signatures";

const MODULES: Record<string, () => PyModule> = {
  math: makeMath,
  collections: makeCollections,
  itertools: makeItertools,
  functools: makeFunctools,
  operator: makeOperator,
  heapq: makeHeapq,
  bisect: makeBisect,
  json: makeJson,
  typing: makeTyping,
  abc: makeAbc,
  contextlib: makeContextlib,
  statistics: makeStatistics,
  textwrap: makeTextwrap,
  fractions: makeFractions,
  re: makeRe,
  pprint: makePprint,
  dataclasses: makeDataclasses,
  enum: makeEnum,
  decimal: makeDecimal,
  random: makeRandom,
  copy: makeCopy,
};

export const STDLIB_MODULES: Record<string, () => PyModule> = Object.fromEntries(
  Object.entries(MODULES).map(([name, make]) => [name, () => withSignatures(name, make())]),
);
