// Methods of builtin types (str, list, tuple, dict, set, int, float, object, exceptions).
import { expandTabs } from "./expand-tabs";
import { objectNew } from "./object-new";
import {
  PyType,
  PyFloat,
  PyList,
  PyTuple,
  PyDict,
  PySet,
  PyRange,
  PyInstance,
  PyExcObj,
  PyMethodDescr,
  PyIterator,
  KW,
  PyProperty,
  PyClassMethod,
  NotImplemented,
  typeVersion,
} from "./core";
import {
  typeOf,
  typeName,
  strType,
  listType,
  tupleType,
  dictType,
  setType,
  frozensetType,
  intType,
  floatType,
  boolType,
  objectType,
  rangeType,
} from "./types";
import {
  repr,
  eq,
  compare,
  truthy,
  keyOf,
  iterToArray,
  getIter,
  call,
  toIndex,
  len,
  contains,
  hashOf,
  checkListMem,
  objectReprDescr,
  objectStrDescr,
  objectInit,
  objectSetattr,
  objectDelattr,
  toNum,
  sliceIndices,
  getitem,
  setitem,
  delitem,
  binop,
} from "./ops";
import { typeError, valueError, overflowError, indexError, exc, KeyError, BaseException, TypeError as TypeErrorType } from "../errors";
import { strFormat, formatValue } from "./format";
import { chargeContainer, chargeExtend, chargeGrowth, chargeLoop, chargeNative, chargeString, GROWTH_MASK, BYTES } from "../charge";
import { PySlice } from "./core";
// str's other methods (title case, translate, ...), registered at the end of this module: whoever imports it gets all
// of str's methods, even a module that copies them as it loads (np.str_)
import { registerStrExtras } from "./str-extra";

export function def(t: PyType, name: string, fn: (self: any, args: any[], kw: KW) => any): void {
  // a method whose implementation does not take keywords refuses them, as CPython's C methods do, rather than
  // silently dropping them
  if (fn.length < 3) {
    const f = fn;
    // one that does not take arguments at all refuses them too (the interpreter calls dunders with fixed ones)
    const noArgs = fn.length < 2 && !name.startsWith("__");
    fn = (self, args, kw) => {
      if (kw && kw.size) throw typeError(`${t.name}.${name}() takes no keyword arguments`);
      if (noArgs && args.length) throw typeError(`${t.name}.${name}() takes no arguments (${args.length} given)`);
      return f(self, args, null);
    };
  }
  const d = new PyMethodDescr(name, fn);
  d.ownerType = t;
  t.dict.set(name, d);
  typeVersion.v++;
}
export function noKw(name: string, kw: KW): void {
  if (kw && kw.size) throw typeError(`${name}() takes no keyword arguments`);
}
export function nargs(name: string, args: any[], min: number, max: number): void {
  if (args.length < min || args.length > max) {
    if (min === max)
      throw typeError(`${name}() takes exactly ${min === 0 ? "no" : min} argument${min === 1 ? "" : "s"} (${args.length} given)`);
    if (args.length < min) throw typeError(`${name}() takes at least ${min} argument${min === 1 ? "" : "s"} (${args.length} given)`);
    throw typeError(`${name}() takes at most ${max} argument${max === 1 ? "" : "s"} (${args.length} given)`);
  }
}
const kwget = (kw: KW, k: string, d: any) => (kw && kw.has(k) ? kw.get(k) : d);

// ---------------------------------------------------------------- str
/** np.str_ (a str subclass in NumPy) is a NumPy scalar whose value is its text: that text; v otherwise */
function npStrText(v: any): any {
  return typeof v === "object" && v !== null && v.__np === true && typeof v.value === "string" ? v.value : v;
}
function needStr(v: any, what: string): string {
  v = npStrText(v);
  if (typeof v !== "string") throw typeError(`${what ? what + " " : ""}must be str, not ${typeName(v)}`);
  return v;
}
// CPython's whitespace (JS's \s has U+FEFF, which is not)
const WS = /[\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
function stripChars(s: string, chars: any, left: boolean, right: boolean): string {
  let a = 0,
    b = s.length;
  chars = chars === undefined ? null : npStrText(chars);
  if (chars !== null && typeof chars !== "string") throw typeError("strip arg must be None or str");
  const test = chars === null ? (c: string) => WS.test(c) : (c: string) => chars.includes(c);
  if (left) while (a < b && test(s[a])) a++;
  if (right) while (b > a && test(s[b - 1])) b--;
  return s.slice(a, b);
}
function splitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && WS.test(s[i])) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(i));
      return out;
    }
    let j = i;
    while (j < n && !WS.test(s[j])) j++;
    out.push(s.slice(i, j));
    if ((out.length & GROWTH_MASK) === 0) chargeGrowth(out.length, BYTES.item);
    i = j;
  }
  return out;
}
/** find/count/startswith's start and end as CPython adjusts them: negatives count from the end, end is clipped to
 *  the length, start is not (a start past the end finds nothing, not even an empty string) */
function subArgs(s: string, args: any[]): [number, number] {
  const n = s.length;
  const idx = (v: any, d: number) => {
    if (v === undefined || v === null) return d;
    const i = toIndex(v, "slice indices must be integers or None or have an __index__ method");
    return i < 0 ? Math.max(0, i + n) : i;
  };
  return [idx(args[1], 0), Math.min(idx(args[2], n), n)];
}
const S = strType;
def(S, "split", (s, args, kw) => {
  const sep = args[0] ?? kwget(kw, "sep", null);
  const maxsplit = toIndex(args[1] ?? kwget(kw, "maxsplit", -1));
  if (sep === null) return new PyList(splitWs(s, maxsplit));
  if (typeof npStrText(sep) !== "string") throw typeError(`must be str or None, not ${typeName(sep)}`);
  if (sep === "") throw valueError("empty separator");
  chargeContainer(countOf(s, sep) + 1, BYTES.item);
  const parts = s.split(sep);
  if (maxsplit >= 0 && parts.length > maxsplit + 1) return new PyList([...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep)]);
  return new PyList(parts);
});
def(S, "rsplit", (s, args, kw) => {
  const sep = args[0] ?? kwget(kw, "sep", null);
  const maxsplit = toIndex(args[1] ?? kwget(kw, "maxsplit", -1));
  if (sep === null) {
    if (maxsplit < 0) return new PyList(splitWs(s, -1));
    chargeContainer(s.length, BYTES.item);
    const rev = splitWs(Array.from(s).reverse().join(""), maxsplit)
      .map((x) => Array.from(x).reverse().join(""))
      .reverse();
    return new PyList(rev);
  }
  if (typeof npStrText(sep) !== "string") throw typeError(`must be str or None, not ${typeName(sep)}`);
  if (sep === "") throw valueError("empty separator");
  chargeContainer(countOf(s, sep) + 1, BYTES.item);
  const parts = s.split(sep);
  if (maxsplit >= 0 && parts.length > maxsplit + 1)
    return new PyList([parts.slice(0, parts.length - maxsplit).join(sep), ...parts.slice(parts.length - maxsplit)]);
  return new PyList(parts);
});
def(S, "splitlines", (s, args, kw) => {
  const k = args[0] ?? kwget(kw, "keepends", false);
  const keep = typeof k === "boolean" ? k : toIndex(k) !== 0;
  const out: string[] = [];
  const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let last = 0,
    m;
  while ((m = re.exec(s))) {
    out.push(s.slice(last, keep ? m.index + m[0].length : m.index));
    last = m.index + m[0].length;
    if ((out.length & GROWTH_MASK) === 0) chargeGrowth(out.length, BYTES.item);
  }
  if (last < s.length) out.push(s.slice(last));
  return new PyList(out);
});
def(S, "join", (s, args) => {
  nargs("join", args, 1, 1);
  let items: any[];
  try {
    items = iterToArray(args[0]);
  } catch (e) {
    if (e instanceof PyExcObj && e.cls === TypeErrorType && / object is not iterable$/.test(String(e.args[0])))
      throw typeError("can only join an iterable");
    throw e;
  }
  for (let i = 0; i < items.length; i++)
    if (typeof (items[i] = npStrText(items[i])) !== "string")
      throw typeError(`sequence item ${i}: expected str instance, ${typeName(items[i])} found`);
  const total = items.reduce((a: number, b: string) => a + b.length, 0) + s.length * items.length;
  chargeString(total);
  return items.join(s);
});
def(S, "strip", (s, a) => stripChars(s, a[0], true, true));
def(S, "lstrip", (s, a) => stripChars(s, a[0], true, false));
def(S, "rstrip", (s, a) => stripChars(s, a[0], false, true));
def(S, "replace", (s, a) => {
  nargs("replace", a, 2, 3);
  const old = needStr(a[0], "replace() argument 1"),
    nw = needStr(a[1], "replace() argument 2");
  let count = a.length > 2 ? toIndex(a[2]) : -1;
  if (count < 0) {
    // the result's size is known before it is built
    const n = old === "" ? s.length + 1 : countOf(s, old);
    chargeContainer(n + 1);
    chargeString(s.length + n * (nw.length - old.length));
    if (old === "") return nw + Array.from(s).join(nw) + nw;
    return s.split(old).join(nw);
  }
  chargeString(s.length + Math.min(count, s.length + 1) * nw.length);
  let out = "",
    i = 0;
  while (count-- > 0) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + nw;
    i = j + old.length;
    if (old === "") {
      out += s[i] ?? "";
      i++;
    }
  }
  return out + s.slice(i);
});
def(S, "format", (s, a, kw) => strFormat(s, a, kw));
def(S, "format_map", (s, a) => {
  nargs("format_map", a, 1, 1);
  if (!(a[0] instanceof PyDict)) throw typeError(`format_map() argument must be a dict, not ${typeName(a[0])}`);
  const d = a[0] as PyDict;
  const m = new Map<string, any>();
  for (const [k, v] of d.map.values()) m.set(k, v);
  return strFormat(s, [], m);
});
def(S, "upper", (s) => {
  chargeString(s.length);
  return s.toUpperCase();
});
def(S, "lower", (s) => {
  chargeString(s.length);
  return s.toLowerCase();
});
function strIn(x: any, name: string): string {
  x = npStrText(x);
  if (typeof x !== "string") throw typeError(`tuple for ${name} must only contain str, not ${typeName(x)}`);
  return x;
}
const prefixTest = (name: string, fn: (s: string, p: string) => boolean) => (s: string, a: any[]) => {
  nargs(name, a, 1, 3);
  const [st, en] = subArgs(s, a);
  const sub = s.slice(st, en);
  const p = a[0];
  const test = (q: string) => st <= s.length && en - st >= q.length && fn(sub, q);
  if (p instanceof PyTuple) return p.items.map((x) => strIn(x, name)).some(test);
  if (typeof p !== "string") throw typeError(`${name} first arg must be str or a tuple of str, not ${typeName(p)}`);
  return test(p);
};
def(
  S,
  "startswith",
  prefixTest("startswith", (s, p) => s.startsWith(p)),
);
def(
  S,
  "endswith",
  prefixTest("endswith", (s, p) => s.endsWith(p)),
);
function findIn(s: string, a: any[], last: boolean): number {
  const sub = needStr(a[0], "");
  const [st, en] = subArgs(s, a);
  if (en - st < sub.length) return -1;
  const i = last ? s.lastIndexOf(sub, en - sub.length) : s.indexOf(sub, st);
  return i < st || i + sub.length > en ? -1 : i;
}
def(S, "find", (s, a) => findIn(s, a, false));
def(S, "rfind", (s, a) => findIn(s, a, true));
def(S, "index", (s, a) => {
  const i = findIn(s, a, false);
  if (i < 0) throw valueError("substring not found");
  return i;
});
def(S, "rindex", (s, a) => {
  const i = findIn(s, a, true);
  if (i < 0) throw valueError("substring not found");
  return i;
});
def(S, "count", (s, a) => {
  const sub = needStr(a[0], "");
  const [st, en] = subArgs(s, a);
  if (en - st < sub.length) return 0;
  if (sub === "") return en - st + 1;
  return s.slice(st, en).split(sub).length - 1;
});
def(S, "zfill", (s, a) => {
  const w = toIndex(a[0]);
  if (s.length >= w) return s;
  chargeString(w);
  const sign = s[0] === "-" || s[0] === "+" ? s[0] : "";
  return sign + "0".repeat(w - s.length) + s.slice(sign.length);
});
const padFn = (kind: string) => (s: string, a: any[]) => {
  nargs(kind, a, 1, 2);
  const w = toIndex(a[0]);
  const fill = a.length > 1 ? npStrText(a[1]) : " ";
  if (typeof fill !== "string") throw typeError(`The fill character must be a unicode character, not ${typeName(fill)}`);
  if (fill.length !== 1) throw typeError("The fill character must be exactly one character long");
  if (w <= s.length) return s;
  chargeString(w);
  const n = w - s.length;
  if (kind === "ljust") return s + fill.repeat(n);
  if (kind === "rjust") return fill.repeat(n) + s;
  const left = Math.floor(n / 2) + (n & w & 1);
  return fill.repeat(left) + s + fill.repeat(n - left);
};
def(S, "ljust", padFn("ljust"));
def(S, "rjust", padFn("rjust"));
def(S, "center", padFn("center"));
// decimal: Unicode Nd; digit adds super/subscript and circled digits; numeric adds all of N and the CJK numerals
def(S, "isdigit", (s) =>
  /^[\p{Nd}\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24f5-\u24fd\u24ea\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792]+$/u.test(
    s,
  ),
);
def(S, "isdecimal", (s) => /^\p{Nd}+$/u.test(s));
def(S, "isnumeric", (s) =>
  /^[\p{N}\u3007\u4e00\u4e03\u4e07\u4e09\u4e5d\u4e8c\u4e94\u516b\u516d\u5341\u5343\u56db\u767e\u96f6\u5104\u5146\u842c\u58f9\u8cb3\u53c1\u8086\u4f0d\u9678\u67d2\u634c\u7396\u62fe\u4f70\u4edf\u5f10\u53c3\u5169]+$/u.test(
    s,
  ),
);
def(S, "isalpha", (s) => s.length > 0 && /^\p{L}+$/u.test(s));
def(S, "isalnum", (s) => s.length > 0 && /^[\p{L}\p{N}]+$/u.test(s));
def(S, "isupper", (s) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s));
def(S, "islower", (s) => /\p{Ll}/u.test(s) && !/\p{Lu}/u.test(s));
def(S, "isascii", (s) => /^[\x00-\x7f]*$/.test(s));
def(S, "partition", (s, a) => {
  const sep = needStr(a[0], "");
  if (sep === "") throw valueError("empty separator");
  const i = s.indexOf(sep);
  return i < 0 ? new PyTuple([s, "", ""]) : new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
});
def(S, "rpartition", (s, a) => {
  const sep = needStr(a[0], "");
  if (sep === "") throw valueError("empty separator");
  const i = s.lastIndexOf(sep);
  return i < 0 ? new PyTuple(["", "", s]) : new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
});
def(S, "removeprefix", (s, a) => {
  const p = needStr(a[0], "removeprefix() argument");
  return s.startsWith(p) ? s.slice(p.length) : s;
});
def(S, "removesuffix", (s, a) => {
  const p = needStr(a[0], "removesuffix() argument");
  return p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
});
def(S, "expandtabs", (s, a) => {
  const t = a[0] === undefined ? 8 : toIndex(a[0]);
  if (s.includes("\t")) chargeString(s.length * Math.max(1, Math.min(t, 1 << 20)));
  return expandTabs(s, t);
});
def(S, "__format__", (s, a) => formatValue(s, a[0]));
def(S, "__getitem__", (s, a) => getitem(s, a[0]));
def(S, "__hash__", (s) => hashOf(s));
def(S, "__str__", (s) => s);
def(S, "__repr__", (s) => repr(s));

// ---------------------------------------------------------------- list
const L = listType;
def(L, "append", (l: PyList, a) => {
  if (a.length !== 1) nargs("list.append", a, 1, 1);
  l.items.push(a[0]);
  if ((l.items.length & GROWTH_MASK) === 0) checkListMem(l);
  return null;
});
def(L, "extend", (l: PyList, a) => {
  nargs("list.extend", a, 1, 1);
  const it = iterToArray(a[0]);
  chargeExtend(l.items.length + it.length, it.length);
  for (const x of it) l.items.push(x);
  return null;
});
def(L, "insert", (l: PyList, a) => {
  nargs("insert", a, 2, 2);
  let i = toIndex(a[0]);
  const n = l.items.length;
  if (i < 0) i = Math.max(0, i + n);
  else if (i > n) i = n;
  chargeLoop(n - i);
  l.items.splice(i, 0, a[1]);
  if (((n + 1) & GROWTH_MASK) === 0) chargeGrowth(n + 1, BYTES.item);
  return null;
});
def(L, "pop", (l: PyList, a) => {
  nargs("pop", a, 0, 1);
  const n = l.items.length;
  if (n === 0) throw indexError("pop from empty list");
  if (!a.length) return l.items.pop();
  let i = toIndex(a[0]);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError("pop index out of range");
  chargeLoop(n - i);
  return l.items.splice(i, 1)[0];
});
def(L, "remove", (l: PyList, a) => {
  chargeLoop(l.items.length);
  const i = l.items.findIndex((x) => x === a[0] || eq(x, a[0]));
  if (i < 0) throw valueError("list.remove(x): x not in list");
  l.items.splice(i, 1);
  return null;
});
def(L, "index", (l: PyList, a) => {
  const [st, en] = subArgsArr(l.items.length, a);
  chargeLoop(en - st);
  for (let i = st; i < en; i++) if (l.items[i] === a[0] || eq(l.items[i], a[0])) return i;
  throw valueError(`${repr(a[0])} is not in list`);
});
function subArgsArr(n: number, a: any[]): [number, number] {
  // index(x, start, stop) takes ints (or __index__), not None
  const idx = (v: any) => (v === undefined ? null : toIndex(v, "slice indices must be integers or have an __index__ method"));
  const [x, y] = sliceIndices(new PySlice(idx(a[1]), idx(a[2]), null), n);
  return [x, y];
}
def(L, "count", (l: PyList, a) => {
  chargeLoop(l.items.length);
  return l.items.filter((x) => x === a[0] || eq(x, a[0])).length;
});
def(L, "reverse", (l: PyList) => {
  l.items.reverse();
  return null;
});
def(L, "copy", (l: PyList) => {
  chargeContainer(l.items.length);
  return new PyList(l.items.slice());
});
def(L, "clear", (l: PyList) => {
  l.items.length = 0;
  return null;
});
export function sortItems(items: any[], key: any, reverse: boolean): any[] {
  chargeContainer(items.length, BYTES.slot * 3);
  const keys = key === null || key === undefined ? items : items.map((x) => call(key, [x], null));
  if (keys.length > 1000) {
    // a comparison of numbers or strings is native; anything else goes through compare()
    const k0 = keys[0],
      ns = typeof k0 === "number" || typeof k0 === "string" ? 25 : 400;
    chargeNative(keys.length * Math.log2(keys.length) * ns);
  }
  const idx = items.map((_, i) => i);
  const lt = (a: any, b: any): boolean => {
    if (typeof a === "number" && typeof b === "number") return a < b;
    if (typeof a === "string" && typeof b === "string") return a < b;
    return truthy(compare("<", a, b));
  };
  if (reverse) idx.reverse();
  idx.sort((i, j) => (lt(keys[i], keys[j]) ? -1 : lt(keys[j], keys[i]) ? 1 : 0));
  if (reverse) idx.reverse();
  return idx.map((i) => items[i]);
}
def(L, "sort", (l: PyList, a, kw) => {
  if (a.length) throw typeError("sort() takes no positional arguments");
  if (kw)
    for (const k of kw.keys()) if (k !== "key" && k !== "reverse") throw typeError(`'${k}' is an invalid keyword argument for sort()`);
  const key = kwget(kw, "key", null),
    rev = truthy(kwget(kw, "reverse", false));
  const sorted = sortItems(l.items, key, rev);
  for (let i = 0; i < sorted.length; i++) l.items[i] = sorted[i];
  return null;
});
/** the plain list/dict behind an instance of a subclass (sharing its storage): list.__getitem__(self, i) and
 *  super().__setitem__(k, v) must not come back to the subclass's own override */
const plain = (o: any) =>
  o.__sub !== true
    ? o
    : o instanceof PyDict
      ? Object.assign(new PyDict() as any, { map: o.map, missing: (o as any).missing })
      : new PyList(o.items);
def(L, "__getitem__", (l, a) => getitem(plain(l), a[0]));
def(L, "__setitem__", (l, a) => {
  setitem(plain(l), a[0], a[1]);
  return null;
});
def(L, "__delitem__", (l, a) => {
  delitem(plain(l), a[0]);
  return null;
});
def(L, "__repr__", (l) => repr(plain(l)));
def(L, "__iter__", (l) => getIter(l));

// ---------------------------------------------------------------- tuple
def(tupleType, "index", (t: PyTuple, a) => {
  const [st, en] = subArgsArr(t.items.length, a);
  chargeLoop(en - st);
  for (let i = st; i < en; i++) if (t.items[i] === a[0] || eq(t.items[i], a[0])) return i;
  throw valueError("tuple.index(x): x not in tuple");
});
def(tupleType, "count", (t: PyTuple, a) => {
  chargeLoop(t.items.length);
  return t.items.filter((x) => x === a[0] || eq(x, a[0])).length;
});
def(tupleType, "__len__", (t: PyTuple) => t.items.length);
def(tupleType, "__getitem__", (l, a) => getitem(l, a[0]));
def(tupleType, "__contains__", (l, a) => contains(l, a[0]));

// ---------------------------------------------------------------- dict
export class PyDictView {
  constructor(
    public d: PyDict,
    public kind: "keys" | "values" | "items",
  ) {}
}
export const dictViewTypes = {
  keys: new PyType("dict_keys", [objectType]),
  values: new PyType("dict_values", [objectType]),
  items: new PyType("dict_items", [objectType]),
};
function viewItems(v: PyDictView): any[] {
  chargeContainer(v.d.map.size, BYTES.item);
  const out: any[] = [];
  for (const [k, val] of v.d.map.values()) out.push(v.kind === "keys" ? k : v.kind === "values" ? val : new PyTuple([k, val]));
  return out;
}
for (const [kind, t] of Object.entries(dictViewTypes)) {
  def(t, "__iter__", (v: PyDictView) => {
    const it = v.d.map.values();
    const size = v.d.map.size;
    return new PyIterator(
      () => {
        if (v.d.map.size !== size) throw exc(excRuntime(), "dictionary changed size during iteration");
        const r = it.next();
        if (r.done) return undefined;
        return v.kind === "keys" ? r.value[0] : v.kind === "values" ? r.value[1] : new PyTuple([r.value[0], r.value[1]]);
      },
      `dict_${kind.slice(0, -1)}iterator`,
    );
  });
  def(t, "__len__", (v: PyDictView) => v.d.map.size);
  def(t, "__contains__", (v: PyDictView, a) => (v.kind === "keys" ? v.d.map.has(keyOf(a[0])) : viewItems(v).some((x) => eq(x, a[0]))));
  def(t, "__repr__", (v: PyDictView) => `${t.name}([${viewItems(v).map(repr).join(", ")}])`);
  // keys and items compare as sets (ops/view-set.ts); values views are equal only to themselves
  def(t, "__eq__", (v: PyDictView, a) => (kind === "values" ? v === a[0] : eq(v, a[0])));
  def(t, "__reversed__", (v: PyDictView) => {
    const items = viewItems(v).reverse();
    let i = 0;
    return new PyIterator(() => items[i++], `dict_reverse${kind.slice(0, -1)}iterator`);
  });
  if (kind !== "values") def(t, "isdisjoint", (v: PyDictView, a) => !truthy(binop("&", v, a[0])));
  t.module = "builtins";
}
import { RuntimeError } from "../errors";
const excRuntime = () => RuntimeError;
(PyDictView.prototype as any).pyType = undefined;
Object.defineProperty(PyDictView.prototype, "pyType", {
  get() {
    return dictViewTypes[(this as PyDictView).kind];
  },
});

const D = dictType;
def(D, "keys", (d) => new PyDictView(d, "keys"));
def(D, "values", (d) => new PyDictView(d, "values"));
def(D, "items", (d) => new PyDictView(d, "items"));
def(D, "get", (d: PyDict, a) => {
  nargs("get", a, 1, 2);
  const e = d.map.get(keyOf(a[0]));
  return e ? e[1] : a.length > 1 ? a[1] : null;
});
def(D, "setdefault", (d: PyDict, a) => {
  const k = keyOf(a[0]);
  const e = d.map.get(k);
  if (e) return e[1];
  const v = a.length > 1 ? a[1] : null;
  dictSet(d, a[0], v);
  return v;
});
def(D, "pop", (d: PyDict, a) => {
  nargs("pop", a, 1, 2);
  const k = keyOf(a[0]);
  const e = d.map.get(k);
  if (e) {
    d.map.delete(k);
    return e[1];
  }
  if (a.length > 1) return a[1];
  throw exc(KeyError, a[0]);
});
def(D, "popitem", (d: PyDict) => {
  if (!d.map.size) throw exc(KeyError, "popitem(): dictionary is empty");
  chargeLoop(d.map.size);
  const last = [...d.map.keys()].pop();
  const e = d.map.get(last)!;
  d.map.delete(last);
  return new PyTuple([e[0], e[1]]);
});
export function dictUpdate(d: PyDict, src: any, kw: KW): void {
  if (src !== undefined) {
    if (src instanceof PyDict) chargeExtend(d.map.size + src.map.size, src.map.size, BYTES.dictEntry);
    if (src instanceof PyDict)
      for (const [k, e] of src.map) {
        const cur = d.map.get(k);
        if (cur) cur[1] = e[1];
        else d.map.set(k, [e[0], e[1]]);
      }
    else if (typeof src === "object" && src !== null && typeOf(src).lookup("keys") && !(src instanceof PyList)) {
      for (const k of iterToArray(call(getattrFn(src, "keys"), [], null))) dictSet(d, k, getitem(src, k));
    } else {
      let i = 0;
      for (const item of iterToArray(src)) {
        let kv: any[];
        try {
          kv = iterToArray(item);
        } catch (e) {
          if (e instanceof PyExcObj && e.cls === TypeErrorType)
            throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
          throw e;
        }
        if (kv.length !== 2) throw valueError(`dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
        dictSet(d, kv[0], kv[1]);
        i++;
      }
    }
  }
  if (kw) for (const [k, v] of kw) dictSet(d, k, v);
}
import { getattr as getattrFn } from "./ops";
export function dictSet(d: PyDict, k: any, v: any): void {
  const key = keyOf(k);
  const e = d.map.get(key);
  if (e) e[1] = v;
  else {
    d.map.set(key, [k, v]);
    if ((d.map.size & GROWTH_MASK) === 0) chargeGrowth(d.map.size, BYTES.dictEntry);
  }
}
def(D, "update", (d: PyDict, a, kw) => {
  if (a.length > 1) throw typeError(`update expected at most 1 argument, got ${a.length}`);
  dictUpdate(d, a[0], kw);
  const owner: Map<string, any> | undefined = (d as any).attrOwner; // obj.__dict__.update(...) writes through
  if (owner !== undefined) for (const [k, v] of d.map.values()) if (typeof k === "string") owner.set(k, v);
  return null;
});
def(D, "copy", (d: PyDict) => {
  chargeContainer(d.map.size, BYTES.dictEntry);
  const n = new PyDict();
  for (const [k, e] of d.map) n.map.set(k, [e[0], e[1]]);
  return n;
});
def(D, "clear", (d: PyDict) => {
  d.map.clear();
  return null;
});
D.dict.set(
  "fromkeys",
  new PyClassMethod(
    new PyMethodDescr("fromkeys", (_cls, a) => {
      const d = new PyDict();
      const keys = iterToArray(a[0]);
      chargeContainer(keys.length, BYTES.dictEntry);
      for (const k of keys) dictSet(d, k, a.length > 1 ? a[1] : null);
      return d;
    }),
  ),
);
def(D, "__len__", (d: PyDict) => d.map.size);
def(D, "__getitem__", (d, a) => getitem(plain(d), a[0]));
def(D, "__setitem__", (d, a) => {
  setitem(plain(d), a[0], a[1]);
  return null;
});
def(D, "__delitem__", (d, a) => {
  delitem(plain(d), a[0]);
  return null;
});
def(D, "__repr__", (d) => repr(plain(d)));
def(D, "__contains__", (d: PyDict, a) => d.map.has(keyOf(a[0])));
def(D, "__iter__", (d) => getIter(d));

// ---------------------------------------------------------------- set
function toSet(v: any): PySet {
  if (v instanceof PySet) return v;
  return setOf(iterToArray(v), false);
}
/** A new set of the given elements (the set() and frozenset() constructors too). */
export function setOf(items: any[], frozen: boolean): PySet {
  chargeContainer(items.length, BYTES.setEntry);
  const s = new PySet(frozen);
  // an element equal to one already in the set leaves that one in place ({1, 1.0} is {1})
  for (let i = 0; i < items.length; i++) {
    const k = keyOf(items[i]);
    if (!s.map.has(k)) s.map.set(k, items[i]);
  }
  return s;
}
for (const T of [setType, frozensetType]) {
  def(T, "union", (s: PySet, a) => {
    const r = copySet(s);
    for (const o of a) {
      const os = toSet(o);
      chargeExtend(r.map.size + os.map.size, os.map.size, BYTES.setEntry);
      for (const [k, v] of os.map) if (!r.map.has(k)) r.map.set(k, v);
    }
    return r;
  });
  def(T, "intersection", (s: PySet, a) => {
    let r = s;
    for (const o of a) {
      const os = toSet(o);
      chargeContainer(r.map.size, BYTES.setEntry);
      const n = new PySet(s.frozen);
      for (const [k, v] of r.map) if (os.map.has(k)) n.map.set(k, v);
      r = n;
    }
    return r === s ? copySet(s) : r;
  });
  def(T, "difference", (s: PySet, a) => {
    const r = copySet(s);
    for (const o of a) {
      const os = toSet(o);
      chargeLoop(os.map.size);
      for (const k of os.map.keys()) r.map.delete(k);
    }
    return r;
  });
  def(T, "symmetric_difference", (s: PySet, a) => {
    const o = toSet(a[0]);
    chargeContainer(s.map.size + o.map.size, BYTES.setEntry);
    const r = new PySet(s.frozen);
    for (const [k, v] of s.map) if (!o.map.has(k)) r.map.set(k, v);
    for (const [k, v] of o.map) if (!s.map.has(k)) r.map.set(k, v);
    return r;
  });
  def(T, "issubset", (s: PySet, a) => {
    const o = toSet(a[0]);
    chargeLoop(s.map.size + o.map.size);
    for (const k of s.map.keys()) if (!o.map.has(k)) return false;
    return true;
  });
  def(T, "issuperset", (s: PySet, a) => {
    const o = toSet(a[0]);
    chargeLoop(s.map.size + o.map.size);
    for (const k of o.map.keys()) if (!s.map.has(k)) return false;
    return true;
  });
  def(T, "isdisjoint", (s: PySet, a) => {
    const o = toSet(a[0]);
    chargeLoop(s.map.size + o.map.size);
    for (const k of o.map.keys()) if (s.map.has(k)) return false;
    return true;
  });
  def(T, "copy", (s: PySet) => copySet(s));
  def(T, "__len__", (s: PySet) => s.map.size);
  def(T, "__contains__", (s: PySet, a) => s.map.has(keyOf(a[0])));
  def(T, "__iter__", (s) => getIter(s));
}
function copySet(s: PySet): PySet {
  chargeContainer(s.map.size, BYTES.setEntry);
  const r = new PySet(s.frozen);
  for (const [k, v] of s.map) r.map.set(k, v);
  return r;
}
def(setType, "add", (s: PySet, a) => {
  const n = s.map.size,
    k = keyOf(a[0]);
  if (!s.map.has(k)) s.map.set(k, a[0]);
  if (s.map.size !== n && (s.map.size & GROWTH_MASK) === 0) chargeGrowth(s.map.size, BYTES.setEntry);
  return null;
});
def(setType, "remove", (s: PySet, a) => {
  if (!s.map.delete(keyOf(a[0]))) throw exc(KeyError, a[0]);
  return null;
});
def(setType, "discard", (s: PySet, a) => {
  s.map.delete(keyOf(a[0]));
  return null;
});
def(setType, "pop", (s: PySet) => {
  const it = s.map.entries().next();
  if (it.done) throw exc(KeyError, "pop from an empty set");
  s.map.delete(it.value[0]);
  return it.value[1];
});
def(setType, "clear", (s: PySet) => {
  s.map.clear();
  return null;
});
def(setType, "update", (s: PySet, a) => {
  for (const o of a) {
    const os = toSet(o);
    chargeExtend(s.map.size + os.map.size, os.map.size, BYTES.setEntry);
    for (const [k, v] of os.map) if (!s.map.has(k)) s.map.set(k, v);
  }
  return null;
});
def(setType, "intersection_update", (s: PySet, a) => {
  for (const x of a) {
    const o = toSet(x);
    chargeLoop(s.map.size);
    for (const k of [...s.map.keys()]) if (!o.map.has(k)) s.map.delete(k);
  }
  return null;
});
def(setType, "difference_update", (s: PySet, a) => {
  for (const x of a) {
    const o = toSet(x);
    chargeLoop(o.map.size);
    for (const k of o.map.keys()) s.map.delete(k);
  }
  return null;
});
def(setType, "symmetric_difference_update", (s: PySet, a) => {
  const o = toSet(a[0]);
  chargeLoop(o.map.size);
  for (const [k, v] of o.map) if (!s.map.delete(k)) s.map.set(k, v);
  return null;
});

// ---------------------------------------------------------------- int / float / bool
def(intType, "bit_length", (v) => {
  const x = typeof v === "bigint" ? (v < 0n ? -v : v) : Math.abs(Number(v));
  return x === 0 || x === 0n ? 0 : typeof x === "bigint" ? x.toString(2).length : x.toString(2).length;
});
def(intType, "conjugate", (v) => v);
def(intType, "__index__", (v) => (typeof v === "boolean" ? (v ? 1 : 0) : v));
def(intType, "__int__", (v) => (typeof v === "boolean" ? (v ? 1 : 0) : v));
def(intType, "__float__", (v) => new PyFloat(Number(v)));
def(intType, "__format__", (v, a) => formatValue(v, a[0]));
def(intType, "__hash__", (v) => hashOf(v));
def(intType, "is_integer", () => true);
intType.dict.set("real", new PyProperty((v: any) => (typeof v === "boolean" ? (v ? 1 : 0) : v), null, true));
intType.dict.set("imag", new PyProperty(() => 0, null, true));
intType.dict.set("numerator", new PyProperty((v: any) => v, null, true));
intType.dict.set("denominator", new PyProperty(() => 1, null, true));
def(floatType, "is_integer", (v: PyFloat) => Number.isInteger(v.v));
def(floatType, "conjugate", (v) => v);
def(floatType, "__float__", (v) => v);
def(floatType, "__int__", (v: PyFloat) => Math.trunc(v.v));
def(floatType, "__format__", (v, a) => formatValue(v, a[0]));
def(floatType, "__hash__", (v) => hashOf(v));
// toNum: self may be a np.float64 (a float subclass whose value is not a PyFloat's)
def(floatType, "as_integer_ratio", (v: PyFloat) => {
  let x = toNum(v);
  let d = 1n;
  if (Number.isNaN(x)) throw valueError("cannot convert NaN to integer ratio");
  if (!isFinite(x)) throw overflowError("cannot convert Infinity to integer ratio");
  while (!Number.isInteger(x)) {
    x *= 2;
    d *= 2n;
  }
  let n = BigInt(x);
  while (d > 1n && n % 2n === 0n) {
    n /= 2n;
    d /= 2n;
  }
  const nb = (b: bigint) => (b <= BigInt(Number.MAX_SAFE_INTEGER) && b >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b);
  return new PyTuple([nb(n), nb(d)]);
});
def(floatType, "hex", (v: PyFloat) => v.v.toString(16));
floatType.dict.set("real", new PyProperty((v: any) => v, null, true));
floatType.dict.set("imag", new PyProperty(() => new PyFloat(0), null, true));

// ---------------------------------------------------------------- range
def(rangeType, "index", (r: PyRange, a) => {
  if (!contains(r, a[0])) throw valueError(`${repr(a[0])} is not in range`);
  return (toNum(a[0]) - r.start) / r.step;
});
def(rangeType, "count", (r: PyRange, a) => (contains(r, a[0]) ? 1 : 0));
rangeType.dict.set("start", new PyProperty((r: PyRange) => r.start, null, true));
rangeType.dict.set("stop", new PyProperty((r: PyRange) => r.stop, null, true));
rangeType.dict.set("step", new PyProperty((r: PyRange) => r.step, null, true));
def(rangeType, "__len__", (r: PyRange) => r.length);
def(rangeType, "__iter__", (r) => getIter(r));

// ---------------------------------------------------------------- object & exceptions
objectType.dict.set("__init__", objectInit);
objectType.dict.set("__repr__", objectReprDescr);
objectType.dict.set("__str__", objectStrDescr);
objectType.dict.set("__setattr__", objectSetattr);
objectType.dict.set("__new__", objectNew);
objectType.dict.set("__delattr__", objectDelattr);
def(objectType, "__eq__", (a, b) => (a === b[0] ? true : NotImplemented));
def(objectType, "__ne__", (a, b) => (a === b[0] ? false : NotImplemented));
objectType.dict.set("__class__", new PyProperty((v: any) => typeOf(v), null, true));
def(BaseException, "__init__", (self: PyExcObj, args) => {
  self.args = args;
  return null;
});
def(BaseException, "with_traceback", (self: PyExcObj, a) => {
  if (a.length !== 1) throw typeError(`BaseException.with_traceback() takes exactly one argument (${a.length} given)`);
  return self;
});
// PEP 678: the note goes into the exception's __notes__ list (made on the first note), which tracebacks print
def(BaseException, "add_note", (self: PyExcObj, a) => {
  if (a.length !== 1) throw typeError(`BaseException.add_note() takes exactly one argument (${a.length} given)`);
  if (typeof a[0] !== "string") throw typeError(`note must be a str, not '${typeName(a[0])}'`);
  let notes = self.dict.get("__notes__");
  if (notes === undefined) self.dict.set("__notes__", (notes = new PyList([])));
  if (!(notes instanceof PyList)) throw typeError("Cannot add note: __notes__ is not a list");
  notes.items.push(a[0]);
  return null;
});
BaseException.ctor = (cls, args) => new PyExcObj(cls, args);
void len;
void PyInstance;
void boolType;

/** Occurrences of sub (non-empty) in s, without building anything. */
function countOf(s: string, sub: string): number {
  chargeLoop(s.length);
  let n = 0;
  for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}

registerStrExtras(def, dictSet);
