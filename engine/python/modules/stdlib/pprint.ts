// The pprint module (the common part), a port of CPython's PrettyPrinter: pprint, pformat, pp with indent, width,
// depth, compact and sort_dicts; dicts, lists, tuples, sets and long strings are broken over lines as CPython does.
// Other objects print with their repr on one line (CPython also breaks up Counter, deque, OrderedDict and the like).
import { PyModule, PyDict, PyList, PyTuple, PySet, PyInstance, KW } from "../../objects/core";
import { repr, callMethod, setItems, toIndex } from "../../objects/ops";
import { sortItems } from "../../objects/methods";
import { chargeTally, chargedMatches } from "../../charge";
import { CTX } from "../../context";
import { typeError, valueError } from "../../errors";
import { fnOf, onlyKw, TextSink, spaces } from "./util";

interface Opts {
  indent: number;
  width: number;
  depth: number | null;
  compact: boolean;
  sortDicts: boolean;
}
const isPlain = (v: any) => !Object.hasOwn(v, "pyType");
const isDict = (v: any) => v instanceof PyDict && isPlain(v);
const isList = (v: any) => v instanceof PyList && isPlain(v);
const isTuple = (v: any) => v instanceof PyTuple && isPlain(v);
const isSet = (v: any) => v instanceof PySet;

/** sorted as CPython's _safe_key does for the common case (falls back to the given order when keys do not compare) */
function safeSorted<T>(items: T[], key: (x: T) => any): T[] {
  try {
    return sortItems(
      items.map((x, i) => new PyTuple([key(x), i])),
      null,
      false,
    ).map((t: PyTuple) => items[t.items[1] as number]);
  } catch {
    return items;
  }
}
function dictItems(d: PyDict, o: Opts): [any, any][] {
  const items = [...d.map.values()].map(([k, v]) => [k, v] as [any, any]);
  return o.sortDicts ? safeSorted(items, (e) => e[0]) : items;
}

/** CPython's _safe_repr: dicts sorted, recursion and depth markers */
function safeRepr(v: any, o: Opts, level: number, active: Set<any>): string {
  chargeTally(1);
  if (isDict(v) || isList(v) || isTuple(v)) {
    const size = v instanceof PyDict ? v.map.size : v.items.length;
    if (!size) return repr(v);
    if (o.depth !== null && level >= o.depth) return isDict(v) ? "{...}" : isList(v) ? "[...]" : "(...)";
    if (active.has(v)) return `<Recursion on ${isDict(v) ? "dict" : isList(v) ? "list" : "tuple"} with id=${0}>`;
    active.add(v);
    try {
      if (isDict(v))
        return (
          "{" +
          dictItems(v, o)
            .map(([k, x]) => safeRepr(k, o, level + 1, active) + ": " + safeRepr(x, o, level + 1, active))
            .join(", ") +
          "}"
        );
      const parts = v.items.map((x: any) => safeRepr(x, o, level + 1, active));
      return isList(v) ? "[" + parts.join(", ") + "]" : parts.length === 1 ? "(" + parts[0] + ",)" : "(" + parts.join(", ") + ")";
    } finally {
      active.delete(v);
    }
  }
  return repr(v);
}

function pformat(obj: any, o: Opts): string {
  const sink = new TextSink();
  const write = (s: string) => sink.add(s);
  const active = new Set<any>();
  const rep = (v: any, level: number) => safeRepr(v, o, level, active);
  const format = (v: any, indent: number, allowance: number, level: number): void => {
    const r = rep(v, level);
    if (r.length > o.width - indent - allowance && !(o.depth !== null && level >= o.depth) && !active.has(v)) {
      if (isDict(v) && v.map.size) return pDict(v, indent, allowance, level + 1);
      if (isList(v) && v.items.length) return pSeq(v.items, "[", "]", indent, allowance, level + 1, v);
      if (isTuple(v) && v.items.length) return pSeq(v.items, "(", v.items.length === 1 ? ",)" : ")", indent, allowance, level + 1, v);
      if (isSet(v) && v.map.size) {
        const sorted = safeSorted(setItems(v), (x) => x);
        if (!v.frozen) return pSeq(sorted, "{", "}", indent, allowance, level + 1, v);
        return pSeq(sorted, "frozenset({", "})", indent + "frozenset".length + 1, allowance, level + 1, v);
      }
      if (typeof v === "string" && v.length) return pStr(v, indent, allowance, level + 1, r);
    }
    write(r);
  };
  const pDict = (d: PyDict, indent: number, allowance: number, level: number) => {
    write("{");
    if (o.indent > 1) write(spaces(o.indent - 1));
    active.add(d);
    const items = dictItems(d, o);
    indent += o.indent;
    const delimnl = ",\n" + spaces(indent);
    items.forEach(([k, v], i) => {
      const last = i === items.length - 1;
      const r = rep(k, level);
      write(r + ": ");
      format(v, indent + r.length + 2, last ? allowance + 1 : 1, level);
      if (!last) write(delimnl);
    });
    active.delete(d);
    write("}");
  };
  const pSeq = (items: any[], open: string, close: string, indent: number, allowance: number, level: number, self: any) => {
    write(open);
    active.add(self);
    formatItems(items, indent, allowance + close.length, level);
    active.delete(self);
    write(close);
  };
  const formatItems = (items: any[], indent: number, allowance: number, level: number) => {
    indent += o.indent;
    if (o.indent > 1) write(spaces(o.indent - 1));
    const delimnl = ",\n" + spaces(indent);
    let delim = "";
    let width = o.width - indent + 1,
      maxWidth = width;
    items.forEach((ent, i) => {
      const last = i === items.length - 1;
      if (last) {
        maxWidth -= allowance;
        width -= allowance;
      }
      if (o.compact) {
        const r = rep(ent, level);
        const w = r.length + 2;
        if (width < w) {
          width = maxWidth;
          if (delim) delim = delimnl;
        }
        if (width >= w) {
          width -= w;
          write(delim);
          delim = ", ";
          write(r);
          return;
        }
      }
      write(delim);
      delim = delimnl;
      format(ent, indent, last ? allowance : 1, level);
    });
  };
  const pStr = (s: string, indent: number, allowance: number, level: number, whole: string) => {
    const chunks: string[] = [];
    const found = chargedMatches(s, /[^\n]*\n|[^\n]+$/g);
    const lines = found.length ? found : [s];
    if (level === 1) {
      indent += 1;
      allowance += 1;
    }
    let maxWidth1 = o.width - indent;
    const maxWidth = maxWidth1;
    let last = whole;
    lines.forEach((line, i) => {
      let r = repr(line);
      if (i === lines.length - 1) maxWidth1 -= allowance;
      if (r.length <= maxWidth1) {
        chunks.push(r);
        last = r;
        return;
      }
      const parts = chargedMatches(line, /\S*\s*/g).filter((x, j, arr) => j < arr.length - 1 || x !== "");
      let maxWidth2 = maxWidth,
        current = "";
      parts.forEach((part, j) => {
        const candidate = current + part;
        if (j === parts.length - 1 && i === lines.length - 1) maxWidth2 -= allowance;
        if (repr(candidate).length > maxWidth2) {
          if (current) chunks.push(repr(current));
          current = part;
        } else current = candidate;
      });
      if (current) chunks.push(repr(current));
      r = chunks[chunks.length - 1];
      last = r;
    });
    if (chunks.length === 1) {
      write(last);
      return;
    }
    if (level === 1) write("(");
    chunks.forEach((c, i) => {
      if (i) write("\n" + spaces(indent));
      write(c);
    });
    if (level === 1) write(")");
  };
  format(obj, 0, 0, 0);
  return sink.text();
}

/** pformat's positional parameters follow the object; pprint's and pp's start with the stream */
function options(fname: string, a: any[], kw: KW, withStream: boolean, sortDefault: boolean): Opts {
  onlyKw(fname, kw, ["stream", "indent", "width", "depth", "compact", "sort_dicts", "underscore_numbers"]);
  const names = withStream ? ["stream", "indent", "width", "depth"] : ["indent", "width", "depth"];
  const get = (k: string, d: any) => {
    const i = names.indexOf(k) + 1;
    return a.length > i ? a[i] : kw?.has(k) ? kw.get(k) : d;
  };
  const depth = get("depth", null);
  const o: Opts = {
    indent: toIndex(get("indent", 1)),
    width: toIndex(get("width", 80)),
    depth: depth === null ? null : toIndex(depth),
    compact: !!kw?.get("compact"),
    sortDicts: kw?.has("sort_dicts") ? !!kw.get("sort_dicts") : sortDefault,
  };
  if (o.indent < 0) throw valueError("indent must be >= 0");
  if (o.depth !== null && o.depth <= 0) throw valueError("depth must be > 0");
  if (!o.width) throw valueError("width must be != 0");
  if (kw?.get("underscore_numbers")) throw typeError("pprint: underscore_numbers=True is not supported by this engine");
  return o;
}
function emit(a: any[], kw: KW, s: string): null {
  const stream = a.length > 1 ? a[1] : (kw?.get("stream") ?? null);
  if (stream === null) CTX.write("stdout", s + "\n");
  else if (stream instanceof PyInstance && (stream as any).stream) CTX.write((stream as any).stream, s + "\n");
  else callMethod(stream, "write", [s + "\n"], null);
  return null;
}

export function makePprint(): PyModule {
  const m = new PyModule("pprint");
  const fn = fnOf(m);
  fn("pformat", (a, kw) => pformat(a[0], options("pformat", a, kw, false, true)));
  fn("pprint", (a, kw) => emit(a, kw, pformat(a[0], options("pprint", a, kw, true, true))));
  fn("pp", (a, kw) => emit(a, kw, pformat(a[0], options("pp", a, kw, true, false))));
  fn("saferepr", (a) => safeRepr(a[0], { indent: 1, width: 80, depth: null, compact: false, sortDicts: true }, 0, new Set()));
  return m;
}
