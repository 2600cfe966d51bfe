// The re module over JavaScript RegExp (patterns translated by re-translate.ts): compile, search, match, fullmatch,
// findall, finditer, sub, subn, split, escape; Pattern and Match objects with CPython's reprs. Scanning follows
// CPython's rules for empty matches (an empty match may not follow another at the same place; a non-empty one may).
import { PyModule, PyType, PyTuple, PyList, PyDict, PyProperty, PyIterator, KW } from "../../objects/core";
import { objectType, typeName } from "../../objects/types";
import { call, repr, toIndex, getattr } from "../../objects/ops";
import { def, dictSet } from "../../objects/methods";
import { chargeLoop, chargeNative, chargeString, chargeGrowth, chargedReplace, BYTES, GROWTH_MASK } from "../../charge";
import { typeError, valueError, indexError, exc, Exception } from "../../errors";
import { fnOf, nativeType, arg, lazyIter, TextSink } from "./util";
import { translate, FLAGS, ReError, type Translated } from "./re-translate";
import { execBounded } from "./re-exec";

export const reErrorType = new PyType("error", [Exception]);
reErrorType.isException = true;
reErrorType.module = "re";
function reError(e: ReError, pattern: string): never {
  const x = exc(reErrorType, e.pos === null ? e.msg : `${e.msg} at position ${e.pos}`);
  x.dict.set("msg", e.msg);
  x.dict.set("pattern", pattern);
  x.dict.set("pos", e.pos);
  throw x;
}

const patternType = nativeType("Pattern", [objectType], "re");
const matchType = nativeType("Match", [objectType], "re");
class PyPattern {
  /** global regex for scanning; sticky variant for match/fullmatch */
  re: RegExp;
  sticky: RegExp;
  full: RegExp;
  constructor(
    public pattern: string,
    public t: Translated,
  ) {
    this.re = new RegExp(t.source, t.jsFlags + "g");
    this.sticky = new RegExp(t.source, t.jsFlags + "y");
    this.full = new RegExp(`(?:${t.source})(?![\\s\\S])`, t.jsFlags + "y");
  }
}
(PyPattern.prototype as any).pyType = patternType;
class PyMatch {
  constructor(
    public pat: PyPattern,
    public m: RegExpExecArray,
    public string: string,
    public pos: number,
    public endpos: number,
  ) {}
  get start(): number {
    return this.m.index;
  }
  get end(): number {
    return this.m.index + this.m[0].length;
  }
}
(PyMatch.prototype as any).pyType = matchType;

const cache = new Map<string, PyPattern>();
function compile(pattern: any, flags: any): PyPattern {
  if (pattern instanceof PyPattern) {
    if (flags) throw valueError("cannot process flags argument with a compiled pattern");
    return pattern;
  }
  if (typeof pattern !== "string") throw typeError(`first argument must be string or compiled pattern`);
  const f = toIndex(flags ?? 0);
  const key = f + "\u0000" + pattern;
  const hit = cache.get(key);
  if (hit) return hit;
  chargeString(pattern.length * 20);
  let t: Translated;
  try {
    t = translate(pattern, f);
  } catch (e) {
    if (e instanceof ReError) reError(e, pattern);
    throw e;
  }
  let p: PyPattern;
  try {
    p = new PyPattern(pattern, t);
  } catch (e) {
    return reError(new ReError(`pattern not supported by this engine (${(e as Error).message})`, null), pattern);
  }
  if (cache.size > 512) cache.clear();
  cache.set(key, p);
  return p;
}

/** one search from `from` in s[..endpos]; `nonEmptyAt` forbids an empty match there (CPython's must_advance) */
function searchAt(p: PyPattern, s: string, from: number, nonEmptyAt: boolean): RegExpExecArray | null {
  const m = searchFrom(p, s, from, nonEmptyAt);
  // the text scanned (charged after the fact: a native regex search cannot be interrupted)
  chargeLoop(((m ? m.index + m[0].length : s.length) - from + 1) * 4);
  return m;
}
/** Compiling the regex that forbids an empty match at a position (measured 1–3 µs). */
const FORCED_COMPILE_NS = 3000;
function searchFrom(p: PyPattern, s: string, from: number, nonEmptyAt: boolean): RegExpExecArray | null {
  if (nonEmptyAt) {
    // a regex compiled for this position, whose lookbehind reads the text back to its start: 10^7 empty matches of
    // re.split("", ...) are 10^7 compilations and 5·10^13 characters read
    chargeNative(FORCED_COMPILE_NS);
    chargeLoop(from);
    const forced = new RegExp(`(?:${p.t.source})(?<=^[\\s\\S]{${from + 1},})`, p.t.jsFlags + "y");
    forced.lastIndex = from;
    const m = execBounded(forced, s, p.t.backtracking);
    if (m) return m;
    if (from + 1 > s.length) return null;
    from++;
  }
  p.re.lastIndex = from;
  return execBounded(p.re, s, p.t.backtracking);
}
function* scan(p: PyPattern, s: string, pos: number, endpos: number): Generator<RegExpExecArray, void, void> {
  const t = s.slice(0, endpos);
  let at = pos,
    mustAdvance = false;
  while (at <= t.length) {
    const m = searchAt(p, t, at, mustAdvance);
    if (!m) return;
    yield m;
    const e = m.index + m[0].length;
    mustAdvance = e === m.index;
    at = e;
  }
}
const bounds = (s: string, a: any[], kw: KW, i: number, fname: string): [number, number] => {
  const clamp = (v: number) => Math.max(0, Math.min(s.length, v < 0 ? 0 : v));
  const pos = clamp(toIndex(arg(fname, a, kw, i, "pos", 0)));
  const endpos = clamp(toIndex(arg(fname, a, kw, i + 1, "endpos", s.length)));
  return [pos, endpos];
};
const strArg = (v: any) => {
  if (typeof v !== "string") throw typeError(`expected string or bytes-like object, got '${typeName(v)}'`);
  return v;
};

function matchRepr(m: PyMatch): string {
  return `<re.Match object; span=(${m.start}, ${m.end}), match=${repr(m.m[0])}>`;
}
const groupValue = (m: PyMatch, k: any): any => {
  let i: number;
  if (typeof k === "string") {
    const n = m.pat.t.names.get(k);
    if (n === undefined) throw indexError("no such group");
    i = n;
  } else {
    if (typeof k !== "number" && typeof k !== "boolean") throw indexError("no such group");
    i = Number(k);
  }
  if (i < 0 || i > m.pat.t.groups) throw indexError("no such group");
  const v = m.m[i];
  return v === undefined ? null : v;
};
/** span of group i: JS gives only the whole match's index, so a group's start is found by matching again with the group's prefix captured */
function groupSpan(m: PyMatch, k: any): [number, number] {
  const v = groupValue(m, k);
  if (v === null) return [-1, -1];
  const i = typeof k === "string" ? m.pat.t.names.get(k)! : Number(k);
  if (i === 0) return [m.start, m.end];
  const withIndices = new RegExp(m.pat.t.source, m.pat.t.jsFlags + "yd");
  withIndices.lastIndex = m.start;
  const r = execBounded(withIndices, m.string.slice(0, m.endpos), m.pat.t.backtracking) as any;
  const span = r?.indices?.[i];
  return span ? [span[0], span[1]] : [-1, -1];
}
def(matchType, "group", (m: PyMatch, a) => {
  if (a.length <= 1) return groupValue(m, a.length ? a[0] : 0);
  return new PyTuple(a.map((k) => groupValue(m, k)));
});
def(matchType, "__getitem__", (m: PyMatch, a) => groupValue(m, a[0]));
def(matchType, "groups", (m: PyMatch, a, kw) => {
  const d = arg("groups", a, kw, 0, "default", null);
  const out: any[] = [];
  for (let i = 1; i <= m.pat.t.groups; i++) out.push(m.m[i] === undefined ? d : m.m[i]);
  return new PyTuple(out);
});
def(matchType, "groupdict", (m: PyMatch, a, kw) => {
  const d = arg("groupdict", a, kw, 0, "default", null);
  const r = new PyDict();
  for (const [name, i] of m.pat.t.names) dictSet(r, name, m.m[i] === undefined ? d : m.m[i]);
  return r;
});
def(matchType, "span", (m: PyMatch, a) => new PyTuple(groupSpan(m, a.length ? a[0] : 0)));
def(matchType, "start", (m: PyMatch, a) => groupSpan(m, a.length ? a[0] : 0)[0]);
def(matchType, "end", (m: PyMatch, a) => groupSpan(m, a.length ? a[0] : 0)[1]);
def(matchType, "expand", (m: PyMatch, a) => expand(m.pat, strArg(a[0]))(m));
def(matchType, "__repr__", (m: PyMatch) => matchRepr(m));
def(matchType, "__bool__", () => true);
matchType.dict.set("string", new PyProperty((m: PyMatch) => m.string, null, true));
matchType.dict.set("re", new PyProperty((m: PyMatch) => m.pat, null, true));
matchType.dict.set("pos", new PyProperty((m: PyMatch) => m.pos, null, true));
matchType.dict.set("endpos", new PyProperty((m: PyMatch) => m.endpos, null, true));
matchType.dict.set("lastindex", new PyProperty((m: PyMatch) => lastIndex(m), null, true));
matchType.dict.set(
  "lastgroup",
  new PyProperty(
    (m: PyMatch) => {
      const i = lastIndex(m);
      if (i === null) return null;
      for (const [name, n] of m.pat.t.names) if (n === i) return name;
      return null;
    },
    null,
    true,
  ),
);
/** the group that closed last: the matched group whose span ends last, the outermost on ties (CPython's lastindex) */
function lastIndex(m: PyMatch): number | null {
  let best: number | null = null,
    bestEnd = -1;
  for (let i = 1; i <= m.pat.t.groups; i++) {
    if (m.m[i] === undefined) continue;
    const [, e] = groupSpan(m, i);
    if (e > bestEnd) {
      best = i;
      bestEnd = e;
    }
  }
  return best;
}

/** a replacement template (\1, \g<name>, \g<1>, \n ...) as a function of the match */
function expand(p: PyPattern, tpl: string): (m: PyMatch) => string {
  const parts: (string | number)[] = [];
  let lit = "";
  for (let i = 0; i < tpl.length; i++) {
    const c = tpl[i];
    if (c !== "\\") {
      lit += c;
      continue;
    }
    const e = tpl[++i];
    const ref = (n: number, at: number) => {
      if (n > p.t.groups) reError(new ReError(`invalid group reference ${n}`, at), tpl);
      parts.push(lit, n);
      lit = "";
    };
    if (e === "g") {
      const end = tpl.indexOf(">", i);
      if (tpl[i + 1] !== "<" || end < 0) reError(new ReError("missing <", i + 1), tpl);
      const name = tpl.slice(i + 2, end);
      if (/^\d+$/.test(name)) ref(Number(name), i + 2);
      else {
        const n = p.t.names.get(name);
        if (n === undefined) throw indexError(`unknown group name '${name}'`);
        ref(n, i + 2);
      }
      i = end;
    } else if (e !== undefined && /[0-9]/.test(e)) {
      if (e === "0") {
        const o = /^[0-7]{1,3}/.exec(tpl.slice(i))![0];
        lit += String.fromCharCode(parseInt(o, 8));
        i += o.length - 1;
        continue;
      }
      const d = /^[0-9]{1,2}/.exec(tpl.slice(i))![0];
      ref(Number(d), i - 1);
      i += d.length - 1;
    } else if (e !== undefined && "nrtfvab\\".includes(e))
      lit += ({ n: "\n", r: "\r", t: "\t", f: "\f", v: "\v", a: "\x07", b: "\b", "\\": "\\" } as Record<string, string>)[e];
    else if (e !== undefined && /[A-Za-z]/.test(e)) reError(new ReError(`bad escape \\${e}`, i - 1), tpl);
    else lit += "\\" + (e ?? "");
  }
  parts.push(lit);
  return (m) => parts.map((x) => (typeof x === "number" ? (m.m[x] ?? "") : x)).join("");
}

function subn(p: PyPattern, repl: any, s: string, count: number): [string, number] {
  const f =
    typeof repl === "string"
      ? repl.includes("\\")
        ? expand(p, repl)
        : () => repl
      : (m: PyMatch) => {
          const r = call(repl, [m], null);
          if (typeof r !== "string") throw typeError(`expected str instance, ${typeName(r)} found`);
          return r;
        };
  const out = new TextSink();
  let last = 0,
    n = 0;
  // a negative count substitutes nothing (CPython's _sre)
  if (count < 0) return [s, 0];
  for (const m of scan(p, s, 0, s.length)) {
    if (count > 0 && n >= count) break;
    out.add(s.slice(last, m.index));
    out.add(f(new PyMatch(p, m, s, 0, s.length)));
    last = m.index + m[0].length;
    n++;
  }
  out.add(s.slice(last));
  return [out.text(), n];
}
function findall(p: PyPattern, s: string, pos: number, endpos: number): PyList {
  const out: any[] = [];
  for (const m of scan(p, s, pos, endpos)) {
    const g = p.t.groups;
    out.push(g === 0 ? m[0] : g === 1 ? (m[1] ?? "") : new PyTuple(m.slice(1).map((x) => x ?? "")));
    if ((out.length & GROWTH_MASK) === 0) chargeGrowth(out.length, BYTES.item);
  }
  return new PyList(out);
}
function split(p: PyPattern, s: string, maxsplit: number): PyList {
  const out: any[] = [];
  let last = 0,
    n = 0;
  // a negative maxsplit splits nothing (CPython's _sre)
  if (maxsplit < 0) return new PyList([s]);
  for (const m of scan(p, s, 0, s.length)) {
    if (maxsplit > 0 && n >= maxsplit) break;
    out.push(s.slice(last, m.index));
    for (let i = 1; i <= p.t.groups; i++) out.push(m[i] ?? null);
    if ((out.length & GROWTH_MASK) < p.t.groups + 1) chargeGrowth(out.length, BYTES.item);
    last = m.index + m[0].length;
    n++;
  }
  out.push(s.slice(last));
  return new PyList(out);
}
function matchWith(p: PyPattern, rx: RegExp, s: string, pos: number, endpos: number): PyMatch | null {
  const t = s.slice(0, endpos);
  rx.lastIndex = pos;
  chargeLoop(t.length - pos);
  const m = execBounded(rx, t, p.t.backtracking);
  return m ? new PyMatch(p, m, s, pos, endpos) : null;
}
function finditer(p: PyPattern, s: string, pos: number, endpos: number): PyIterator {
  return lazyIter("callable_iterator", function* () {
    for (const m of scan(p, s, pos, endpos)) yield new PyMatch(p, m, s, pos, endpos);
  });
}

const FLAG_NAMES: [number, string][] = [
  [FLAGS.A, "re.ASCII"],
  [FLAGS.I, "re.IGNORECASE"],
  [FLAGS.L, "re.LOCALE"],
  [FLAGS.M, "re.MULTILINE"],
  [FLAGS.S, "re.DOTALL"],
  [FLAGS.X, "re.VERBOSE"],
];
def(patternType, "__repr__", (p: PyPattern) => {
  const f = FLAG_NAMES.filter(([b]) => p.t.flags & b)
    .map(([, n]) => n)
    .join("|");
  return `re.compile(${repr(p.pattern)}${f ? ", " + f : ""})`;
});
def(patternType, "search", (p: PyPattern, a, kw) => {
  const s = strArg(a[0]);
  const [pos, end] = bounds(s, a, kw, 1, "search");
  const m = scan(p, s, pos, end).next();
  return m.done ? null : new PyMatch(p, m.value, s, pos, end);
});
def(patternType, "match", (p: PyPattern, a, kw) => {
  const s = strArg(a[0]);
  const [pos, end] = bounds(s, a, kw, 1, "match");
  return matchWith(p, p.sticky, s, pos, end);
});
def(patternType, "fullmatch", (p: PyPattern, a, kw) => {
  const s = strArg(a[0]);
  const [pos, end] = bounds(s, a, kw, 1, "fullmatch");
  return matchWith(p, p.full, s, pos, end);
});
def(patternType, "findall", (p: PyPattern, a, kw) => {
  const s = strArg(a[0]);
  const [pos, end] = bounds(s, a, kw, 1, "findall");
  return findall(p, s, pos, end);
});
def(patternType, "finditer", (p: PyPattern, a, kw) => {
  const s = strArg(a[0]);
  const [pos, end] = bounds(s, a, kw, 1, "finditer");
  return finditer(p, s, pos, end);
});
def(
  patternType,
  "sub",
  (p: PyPattern, a, kw) =>
    subn(p, arg("sub", a, kw, 0, "repl"), strArg(arg("sub", a, kw, 1, "string")), toIndex(arg("sub", a, kw, 2, "count", 0)))[0],
);
def(
  patternType,
  "subn",
  (p: PyPattern, a, kw) =>
    new PyTuple(
      subn(p, arg("subn", a, kw, 0, "repl"), strArg(arg("subn", a, kw, 1, "string")), toIndex(arg("subn", a, kw, 2, "count", 0))),
    ),
);
def(patternType, "split", (p: PyPattern, a, kw) =>
  split(p, strArg(arg("split", a, kw, 0, "string")), toIndex(arg("split", a, kw, 1, "maxsplit", 0))),
);
patternType.dict.set("pattern", new PyProperty((p: PyPattern) => p.pattern, null, true));
patternType.dict.set("flags", new PyProperty((p: PyPattern) => p.t.flags | FLAGS.U, null, true));
patternType.dict.set("groups", new PyProperty((p: PyPattern) => p.t.groups, null, true));
patternType.dict.set(
  "groupindex",
  new PyProperty(
    (p: PyPattern) => {
      const d = new PyDict();
      for (const [k, v] of p.t.names) dictSet(d, k, v);
      return d;
    },
    null,
    true,
  ),
);
def(patternType, "__eq__", (p: PyPattern, a) => a[0] instanceof PyPattern && a[0].pattern === p.pattern && a[0].t.flags === p.t.flags);
def(patternType, "__hash__", (p: PyPattern) => p.pattern);

export function makeRe(): PyModule {
  const m = new PyModule("re");
  const fn = fnOf(m);
  const pat = (a: any[], kw: KW, fname: string, flagsAt: number) =>
    compile(arg(fname, a, kw, 0, "pattern"), arg(fname, a, kw, flagsAt, "flags", 0));
  fn("compile", (a, kw) => compile(arg("compile", a, kw, 0, "pattern"), arg("compile", a, kw, 1, "flags", 0)));
  for (const name of ["search", "match", "fullmatch", "findall", "finditer"])
    fn(name, (a, kw) => {
      const p = pat(a, kw, name, 2);
      const s = strArg(arg(name, a, kw, 1, "string"));
      return call(getattr(p, name), [s], null);
    });
  fn("sub", (a, kw) => {
    const p = pat(a, kw, "sub", 4);
    return subn(p, arg("sub", a, kw, 1, "repl"), strArg(arg("sub", a, kw, 2, "string")), toIndex(arg("sub", a, kw, 3, "count", 0)))[0];
  });
  fn("subn", (a, kw) => {
    const p = pat(a, kw, "subn", 4);
    return new PyTuple(
      subn(p, arg("subn", a, kw, 1, "repl"), strArg(arg("subn", a, kw, 2, "string")), toIndex(arg("subn", a, kw, 3, "count", 0))),
    );
  });
  fn("split", (a, kw) => {
    const p = pat(a, kw, "split", 3);
    return split(p, strArg(arg("split", a, kw, 1, "string")), toIndex(arg("split", a, kw, 2, "maxsplit", 0)));
  });
  fn("escape", (a) => chargedReplace(strArg(a[0]), /[()[\]{}?*+\-|^$\\.&~# \t\n\r\v\f]/g, (m) => "\\" + m[0]));
  fn("purge", () => {
    cache.clear();
    return null;
  });
  for (const [name, bit] of [
    ["A", FLAGS.A],
    ["ASCII", FLAGS.A],
    ["I", FLAGS.I],
    ["IGNORECASE", FLAGS.I],
    ["M", FLAGS.M],
    ["MULTILINE", FLAGS.M],
    ["S", FLAGS.S],
    ["DOTALL", FLAGS.S],
    ["X", FLAGS.X],
    ["VERBOSE", FLAGS.X],
    ["U", FLAGS.U],
    ["UNICODE", FLAGS.U],
    ["L", FLAGS.L],
    ["LOCALE", FLAGS.L],
  ] as const)
    m.dict.set(name, bit);
  m.dict.set("error", reErrorType);
  m.dict.set("Pattern", patternType);
  m.dict.set("Match", matchType);
  return m;
}
