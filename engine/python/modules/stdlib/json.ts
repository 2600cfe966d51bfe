// The json module: dumps/dump with CPython's exact output (indent, separators, sort_keys, ensure_ascii, allow_nan,
// skipkeys, default; float reprs, key conversion) and loads/load as a port of CPython's pure-Python scanner, with
// JSONDecodeError's messages and positions ("Expecting value: line 1 column 5 (char 4)").
import { PyModule, PyType, PyDict, PyList, PyTuple, PyFloat, PyExcObj, KW } from "../../objects/core";
import { typeOf, typeName, floatType, intType } from "../../objects/types";
import { call, repr, truthy, toNum, toIndex, getattr, callMethod, intOfSubclass } from "../../objects/ops";
import { floatRepr } from "../../objects/num";
import { dictSet, sortItems } from "../../objects/methods";
import { chargeString, chargeTally, chargeLoop } from "../../charge";
import { typeError, valueError, exc, ValueError } from "../../errors";
import { fnOf, onlyKw, TextSink, spaces } from "./util";

export const JSONDecodeError = new PyType("JSONDecodeError", [ValueError]);
JSONDecodeError.isException = true;
JSONDecodeError.module = "json.decoder";

// ---------------------------------------------------------------- encoding
interface EncodeOpts {
  skipkeys: boolean;
  ensureAscii: boolean;
  checkCircular: boolean;
  allowNan: boolean;
  sortKeys: boolean;
  indent: string | null;
  itemSep: string;
  keySep: string;
  dflt: any;
}
const DUMPS_KW = ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default", "sort_keys"];
function encodeOpts(fname: string, kw: KW): EncodeOpts {
  onlyKw(fname, kw, DUMPS_KW);
  const get = (k: string, d: any) => (kw?.has(k) ? kw.get(k) : d);
  if (get("cls", null) !== null) throw typeError("json: cls= (a custom JSONEncoder) is not supported; use default=");
  const ind = get("indent", null);
  let indent: string | null = null;
  if (ind !== null) indent = typeof ind === "string" ? ind : spaces(Math.max(0, toIndex(ind)));
  const seps = get("separators", null);
  let itemSep = indent === null ? ", " : ",",
    keySep = ": ";
  if (seps !== null) {
    const s = seps instanceof PyTuple || seps instanceof PyList ? seps.items : [];
    if (s.length !== 2) throw valueError(`not enough values to unpack (expected 2, got ${s.length})`);
    [itemSep, keySep] = s.map((x) => String(x));
  }
  return {
    skipkeys: truthy(get("skipkeys", false)),
    ensureAscii: truthy(get("ensure_ascii", true)),
    checkCircular: truthy(get("check_circular", true)),
    allowNan: truthy(get("allow_nan", true)),
    sortKeys: truthy(get("sort_keys", false)),
    indent,
    itemSep,
    keySep,
    dflt: get("default", null),
  };
}

/** json's string escaping: ensure_ascii escapes everything outside ' '..'~' (non-BMP as surrogate pairs) */
export function encodeString(s: string, ensureAscii: boolean): string {
  chargeString(s.length * 6);
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\b") out += "\\b";
    else if (ch === "\f") out += "\\f";
    else if (c < 0x20 || (ensureAscii && c > 0x7e)) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += ch;
  }
  return out + '"';
}

function floatText(x: number, o: EncodeOpts): string {
  if (x !== x || x === Infinity || x === -Infinity) {
    if (!o.allowNan) throw valueError("Out of range float values are not JSON compliant");
    return x !== x ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
  }
  return floatRepr(x);
}
const isFloatLike = (v: any) => v instanceof PyFloat || (typeof v === "object" && v !== null && typeOf(v).isSubtype(floatType));
const isIntLike = (v: any) => typeof v === "number" || typeof v === "bigint";
/** int's repr of an int or an instance of an int subclass (json writes an IntEnum member as its int, as CPython) */
const intText = (v: any) => repr(intOfSubclass(v) ?? v);

function keyText(k: any, o: EncodeOpts): string | null {
  if (typeof k === "string") return k;
  if (typeof k === "boolean") return k ? "true" : "false";
  if (k === null) return "null";
  if (isFloatLike(k)) return floatText(toNum(k), o);
  if (isIntLike(k) || (typeof k === "object" && typeOf(k).isSubtype(intType))) return intText(k);
  if (o.skipkeys) return null;
  throw typeError(`keys must be str, int, float, bool or None, not ${typeName(k)}`);
}

function encode(v: any, o: EncodeOpts): string {
  const sink = new TextSink();
  const active = new Set<any>();
  const push = (s: string) => sink.add(s);
  const enter = (x: any) => {
    if (o.checkCircular) {
      if (active.has(x)) throw valueError("Circular reference detected");
      active.add(x);
    }
  };
  const rec = (x: any, depth: number): void => {
    chargeTally(1);
    if (typeof x === "string") return push(encodeString(x, o.ensureAscii));
    if (x === null) return push("null");
    if (x === true) return push("true");
    if (x === false) return push("false");
    if (isIntLike(x) || intOfSubclass(x) !== undefined) return push(intText(x));
    if (isFloatLike(x)) return push(floatText(toNum(x), o));
    const nl = o.indent === null ? "" : "\n" + o.indent.repeat(depth + 1);
    const close = o.indent === null ? "" : "\n" + o.indent.repeat(depth);
    if (x instanceof PyList || x instanceof PyTuple) {
      if (!x.items.length) return push("[]");
      enter(x);
      push("[" + nl);
      x.items.forEach((item, i) => {
        if (i) push(o.itemSep + nl);
        rec(item, depth + 1);
      });
      push(close + "]");
      active.delete(x);
      return;
    }
    if (x instanceof PyDict) {
      if (!x.map.size) return push("{}");
      enter(x);
      let entries = [...x.map.values()];
      if (o.sortKeys) {
        const keys = sortItems(
          entries.map((e) => e[0]),
          null,
          false,
        );
        const byKey = new Map(entries.map((e) => [e[0], e]));
        entries = keys.map((k) => byKey.get(k)!);
      }
      push("{" + nl);
      let first = true;
      for (const [k, val] of entries) {
        const kt = keyText(k, o);
        if (kt === null) continue;
        if (!first) push(o.itemSep + nl);
        first = false;
        push(encodeString(kt, o.ensureAscii) + o.keySep);
        rec(val, depth + 1);
      }
      push(close + "}");
      active.delete(x);
      return;
    }
    if (o.dflt === null) throw typeError(`Object of type ${typeOf(x).name} is not JSON serializable`);
    enter(x);
    rec(call(o.dflt, [x], null), depth);
    active.delete(x);
  };
  rec(v, 0);
  return sink.text();
}

// ---------------------------------------------------------------- decoding
function decodeError(msg: string, doc: string, pos: number): PyExcObj {
  const before = doc.slice(0, pos);
  let lineno = 1;
  for (let i = before.indexOf("\n"); i >= 0; i = before.indexOf("\n", i + 1)) lineno++;
  const colno = pos - (before.lastIndexOf("\n") + 1) + 1;
  const e = exc(JSONDecodeError, `${msg}: line ${lineno} column ${colno} (char ${pos})`);
  e.dict.set("msg", msg);
  e.dict.set("doc", doc);
  e.dict.set("pos", pos);
  e.dict.set("lineno", lineno);
  e.dict.set("colno", colno);
  return e;
}
interface DecodeOpts {
  objectHook: any;
  pairsHook: any;
  parseFloat: any;
  parseInt: any;
  parseConstant: any;
}
const WS = /[ \t\n\r]*/y;
const NUMBER = /(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?/y;
const STRCHUNK = /([^"\\\x00-\x1f]*)(["\\\x00-\x1f])/y;
const ESC: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

function decode(doc: string, o: DecodeOpts): any {
  chargeLoop(doc.length * 4);
  const skip = (i: number) => {
    WS.lastIndex = i;
    WS.exec(doc);
    return WS.lastIndex;
  };
  const scanString = (end: number): [string, number] => {
    const begin = end - 1;
    let out = "";
    for (;;) {
      STRCHUNK.lastIndex = end;
      const m = STRCHUNK.exec(doc);
      if (!m) throw decodeError("Unterminated string starting at", doc, begin);
      end = STRCHUNK.lastIndex;
      out += m[1];
      const t = m[2];
      if (t === '"') return [out, end];
      if (t !== "\\") throw decodeError("Invalid control character at", doc, end - 1);
      const e = doc[end];
      if (e === undefined) throw decodeError("Unterminated string starting at", doc, begin);
      if (e !== "u") {
        const r = ESC[e];
        if (r === undefined) throw decodeError("Invalid \\escape", doc, end - 1);
        out += r;
        end++;
        continue;
      }
      const hex = (at: number) => {
        const h = doc.slice(at + 1, at + 5);
        if (h.length !== 4 || !/^[0-9a-fA-F]{4}$/.test(h)) throw decodeError("Invalid \\uXXXX escape", doc, at);
        return parseInt(h, 16);
      };
      let uni = hex(end);
      end += 5;
      if (uni >= 0xd800 && uni <= 0xdbff && doc.slice(end, end + 2) === "\\u") {
        const uni2 = hex(end + 1);
        if (uni2 >= 0xdc00 && uni2 <= 0xdfff) {
          uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00));
          end += 6;
        }
      }
      out += String.fromCodePoint(uni);
    }
  };
  const value = (i: number): [any, number] => {
    const c = doc[i];
    if (c === '"') return scanString(i + 1);
    if (c === "{") return object(i + 1);
    if (c === "[") return array(i + 1);
    if (c === "n" && doc.startsWith("null", i)) return [null, i + 4];
    if (c === "t" && doc.startsWith("true", i)) return [true, i + 4];
    if (c === "f" && doc.startsWith("false", i)) return [false, i + 5];
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(doc);
    if (m) {
      const end = NUMBER.lastIndex;
      if (m[2] || m[3]) return [o.parseFloat !== null ? call(o.parseFloat, [m[0]], null) : new PyFloat(parseFloat(m[0])), end];
      if (o.parseInt !== null) return [call(o.parseInt, [m[0]], null), end];
      const n = Number(m[0]);
      return [Number.isSafeInteger(n) ? (Object.is(n, -0) ? 0 : n) : BigInt(m[0]), end];
    }
    for (const [name, v] of [
      ["NaN", NaN],
      ["Infinity", Infinity],
      ["-Infinity", -Infinity],
    ] as const)
      if (doc.startsWith(name, i))
        return [o.parseConstant !== null ? call(o.parseConstant, [name], null) : new PyFloat(v), i + name.length];
    throw decodeError("Expecting value", doc, i);
  };
  const object = (i: number): [any, number] => {
    const pairs: [any, any][] = [];
    i = skip(i);
    if (doc[i] !== '"') {
      if (doc[i] === "}") return [finishObject(pairs), i + 1];
      throw decodeError("Expecting property name enclosed in double quotes", doc, i);
    }
    i++;
    for (;;) {
      let key: string;
      [key, i] = scanString(i);
      i = skip(i);
      if (doc[i] !== ":") throw decodeError("Expecting ':' delimiter", doc, i);
      i = skip(i + 1);
      let v: any;
      [v, i] = value(i);
      pairs.push([key, v]);
      i = skip(i);
      const c = doc[i++];
      if (c === "}") break;
      if (c !== ",") throw decodeError("Expecting ',' delimiter", doc, i - 1);
      i = skip(i);
      if (doc[i++] !== '"') throw decodeError("Expecting property name enclosed in double quotes", doc, i - 1);
    }
    return [finishObject(pairs), i];
  };
  const finishObject = (pairs: [any, any][]) => {
    if (o.pairsHook !== null) return call(o.pairsHook, [new PyList(pairs.map((p) => new PyTuple(p)))], null);
    const d = new PyDict();
    for (const [k, v] of pairs) dictSet(d, k, v);
    return o.objectHook !== null ? call(o.objectHook, [d], null) : d;
  };
  const array = (i: number): [any, number] => {
    const items: any[] = [];
    i = skip(i);
    if (doc[i] === "]") return [new PyList(items), i + 1];
    for (;;) {
      let v: any;
      [v, i] = value(i);
      items.push(v);
      i = skip(i);
      const c = doc[i++];
      if (c === "]") break;
      if (c !== ",") throw decodeError("Expecting ',' delimiter", doc, i - 1);
      i = skip(i);
    }
    return [new PyList(items), i];
  };
  const start = skip(0);
  const [v, end] = value(start);
  const tail = skip(end);
  if (tail !== doc.length) throw decodeError("Extra data", doc, tail);
  return v;
}

function loads(a: any[], kw: KW): any {
  onlyKw("loads", kw, ["s", "cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"]);
  const s = a.length ? a[0] : kw?.get("s");
  if (typeof s !== "string") throw typeError(`the JSON object must be str, bytes or bytearray, not ${typeName(s)}`);
  if (s.startsWith("\ufeff")) throw decodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0);
  const get = (k: string) => kw?.get(k) ?? null;
  return decode(s, {
    objectHook: get("object_hook"),
    pairsHook: get("object_pairs_hook"),
    parseFloat: get("parse_float"),
    parseInt: get("parse_int"),
    parseConstant: get("parse_constant"),
  });
}

export function makeJson(): PyModule {
  const m = new PyModule("json");
  const fn = fnOf(m);
  fn("dumps", (a, kw) => {
    if (a.length !== 1) throw typeError(`dumps() takes 1 positional argument but ${a.length} were given`);
    return encode(a[0], encodeOpts("dumps", kw));
  });
  fn("dump", (a, kw) => {
    if (a.length !== 2) throw typeError(`dump() takes 2 positional arguments but ${a.length} were given`);
    callMethod(a[1], "write", [encode(a[0], encodeOpts("dump", kw))], null);
    return null;
  });
  fn("loads", loads);
  fn("load", (a, kw) => loads([call(getattr(a[0], "read"), [], null)], kw));
  m.dict.set("JSONDecodeError", JSONDecodeError);
  return m;
}
