// The positional signatures of stdlib functions as CPython declares them, checked before the function runs: a call
// with extra, missing or (for C functions) keyword arguments CPython refuses raises CPython's TypeError instead of
// being ignored (itertools.cycle(x, y), statistics.mean(x, y), json.loads(s, y), heapq.nlargest(1, x, None, y)).
import { PyBuiltin, type KW, type PyModule } from "../../objects/core";
import { bindC, type CSignature } from "../../objects/arg-clinic";
import { bindPy, type PySignature } from "../numpy/signature";

/** a C function's signature (cname: the name its messages use, qual: the one METH_O/no-keyword messages use), or
 *  a Python def's (varargs: it takes *args; openKw: it takes **kwargs, so only the positionals are checked) */
interface Entry {
  c?: CSignature;
  cname?: string;
  qual?: string;
  py?: { positional: string[]; required: number; keywordOnly?: string[]; varargs?: boolean; openKw?: boolean };
}
const c = (conv: CSignature["conv"], names: string[], min: number, extra: Partial<CSignature> = {}, qual?: string): Entry => ({
  c: { conv, names, min, ...extra },
  qual,
});
const py = (positional: string[], required: number, keywordOnly?: string[]): Entry => ({ py: { positional, required, keywordOnly } });

const TABLES: Record<string, Record<string, Entry>> = {
  itertools: {
    cycle: c("pos", ["iterable"], 1, {}, "cycle"),
    repeat: c("kw", ["object", "times"], 1),
    compress: c("kw", ["data", "selectors"], 2),
    dropwhile: c("pos", ["predicate", "iterable"], 2, {}, "dropwhile"),
    takewhile: c("pos", ["predicate", "iterable"], 2, {}, "takewhile"),
    filterfalse: c("pos", ["function", "iterable"], 2, {}, "filterfalse"),
    starmap: c("pos", ["function", "iterable"], 2, {}, "starmap"),
    groupby: c("kw", ["iterable", "key"], 1),
    tee: c("pos", ["iterable", "n"], 1, {}, "itertools.tee"),
    permutations: c("kw", ["iterable", "r"], 1),
    combinations: c("kw", ["iterable", "r"], 2),
    combinations_with_replacement: c("kw", ["iterable", "r"], 2),
    pairwise: c("pos", ["iterable"], 1, {}, "pairwise"),
    accumulate: c("kw", ["iterable", "func", "initial"], 1, { kwOnly: 1 }),
  },
  functools: {
    cmp_to_key: c("kw", ["mycmp"], 1),
    lru_cache: py(["maxsize", "typed"], 0),
  },
  heapq: {
    heappush: c("pos", ["heap", "item"], 2, {}, "_heapq.heappush"),
    heappop: c("one", ["heap"], 1, {}, "_heapq.heappop"),
    heapify: c("one", ["heap"], 1, {}, "_heapq.heapify"),
    heappushpop: c("pos", ["heap", "item"], 2, {}, "_heapq.heappushpop"),
    heapreplace: c("pos", ["heap", "item"], 2, {}, "_heapq.heapreplace"),
    nlargest: py(["n", "iterable", "key"], 2),
    nsmallest: py(["n", "iterable", "key"], 2),
    merge: { py: { positional: [], required: 0, keywordOnly: ["key", "reverse"], varargs: true } },
  },
  bisect: Object.fromEntries(
    [
      ["bisect", "bisect_right"],
      ["bisect_right", "bisect_right"],
      ["bisect_left", "bisect_left"],
      ["insort", "insort_right"],
      ["insort_right", "insort_right"],
      ["insort_left", "insort_left"],
    ].map(([n, cname]): [string, Entry] => [n, { c: { conv: "kw", names: ["a", "x", "lo", "hi", "key"], min: 2, kwOnly: 1 }, cname }]),
  ),
  statistics: {
    mean: py(["data"], 1),
    fmean: py(["data", "weights"], 1),
    geometric_mean: py(["data"], 1),
    harmonic_mean: py(["data", "weights"], 1),
    median: py(["data"], 1),
    median_low: py(["data"], 1),
    median_high: py(["data"], 1),
    median_grouped: py(["data", "interval"], 1),
    mode: py(["data"], 1),
    multimode: py(["data"], 1),
    quantiles: py(["data"], 1, ["n", "method"]),
    pstdev: py(["data", "mu"], 1),
    pvariance: py(["data", "mu"], 1),
    stdev: py(["data", "xbar"], 1),
    variance: py(["data", "xbar"], 1),
    covariance: py(["x", "y"], 2),
    correlation: py(["x", "y"], 2),
  },
  // keywords beyond these reach the functions, which word their own errors
  json: {
    dumps: { py: { positional: ["obj"], required: 1, openKw: true } },
    loads: { py: { positional: ["s"], required: 1, openKw: true } },
  },
  re: {
    compile: py(["pattern", "flags"], 1),
    search: py(["pattern", "string", "flags"], 2),
    match: py(["pattern", "string", "flags"], 2),
    fullmatch: py(["pattern", "string", "flags"], 2),
    sub: py(["pattern", "repl", "string", "count", "flags"], 3),
    subn: py(["pattern", "repl", "string", "count", "flags"], 3),
    split: py(["pattern", "string", "maxsplit", "flags"], 2),
    findall: py(["pattern", "string", "flags"], 2),
    finditer: py(["pattern", "string", "flags"], 2),
    escape: py(["pattern"], 1),
  },
  textwrap: {
    wrap: { py: { positional: ["text", "width"], required: 1, openKw: true } },
    fill: { py: { positional: ["text", "width"], required: 1, openKw: true } },
    shorten: { py: { positional: ["text", "width"], required: 2, openKw: true } },
    dedent: py(["text"], 1),
    indent: py(["text", "prefix", "predicate"], 2),
  },
  copy: {
    copy: py(["x"], 1),
    deepcopy: py(["x", "memo", "_nil"], 1),
  },
};

function check(fname: string, e: Entry, args: any[], kw: KW): void {
  if (e.c) {
    const name = e.cname ?? fname;
    bindC(e.c, name, e.qual ?? name, args, kw);
    return;
  }
  const p = e.py!;
  const sig: PySignature<string> = { name: fname, positional: p.positional, required: p.required, keywordOnly: p.keywordOnly };
  if (!p.varargs && !p.openKw) {
    bindPy(sig, args, kw);
    return;
  }
  // the positionals alone; then (no **kwargs) the keywords alone
  if (p.varargs) bindPy({ ...sig, positional: [], required: 0 }, [], p.openKw ? null : kw);
  else bindPy(sig, args, kw && new Map([...kw].filter(([k]) => p.positional.includes(k))));
}

/** m with its functions' calls checked against the table for its name (no table: unchanged) */
export function withSignatures(name: string, m: PyModule): PyModule {
  const table = TABLES[name];
  if (!table) return m;
  for (const [fname, e] of Object.entries(table)) {
    const b = m.dict.get(fname);
    if (!(b instanceof PyBuiltin)) throw new Error(`${name}.${fname} is not defined`);
    const f = b.fn;
    b.fn = (args, kw) => {
      check(fname, e, args, kw);
      return f(args, kw);
    };
  }
  return m;
}
