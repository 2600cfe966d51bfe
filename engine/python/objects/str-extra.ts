// str methods beyond methods.ts's core set: translate and str.maketrans, casefold, isprintable; encode, which needs
// the bytes type this engine lacks, raises NotImplementedError instead of returning the str unchanged.
import type { def as Def, dictSet as DictSet } from "./methods";
import { strType } from "./types";
import { typeName } from "./types";
import { PyBuiltin, PyDict, PyExcObj, PyStaticMethod } from "./core";
import { getitem, isInt, toIndex } from "./ops";
import { exc, LookupError, NotImplementedError, typeError, valueError } from "../errors";
import { chargeString, chargeContainer, BYTES } from "../charge";

/** A method that goes through a string a code point at a time, holding a value per character: charged before it starts. */
function chargePerChar(s: string, nsPerChar: number): void {
  chargeContainer(s.length, BYTES.item, nsPerChar);
}

// Made on first use, not as the engine loads: a Unicode property class takes ~0.3 ms to build.
let cased: RegExp | undefined;
const isCased = (c: string) => (cased ??= /[\p{Lu}\p{Ll}\p{Lt}]/u).test(c);

/** Called by methods.ts once its def and dictSet exist (this module cannot import them: methods.ts imports it). */
export function registerStrExtras(def: typeof Def, dictSet: typeof DictSet): void {
  def(strType, "translate", (s: string, a) => {
    chargePerChar(s, 200);
    let out = "";
    for (const c of s) {
      let r: any;
      try {
        r = getitem(a[0], c.codePointAt(0)!);
      } catch (e) {
        if (e instanceof PyExcObj && e.cls.isSubtype(LookupError)) {
          out += c;
          continue;
        }
        throw e;
      }
      if (r === null) continue;
      if (typeof r === "string") out += r;
      else if (isInt(r) && typeof r !== "boolean") out += String.fromCodePoint(toIndex(r));
      else throw typeError("character mapping must return integer, None or str");
    }
    return out;
  });

  function maketrans(a: any[]): PyDict {
    if (a.length < 1 || a.length > 3)
      throw typeError(
        `maketrans expected ${a.length < 1 ? "at least 1" : "at most 3"} argument${a.length < 1 ? "" : "s"}, got ${a.length}`,
      );
    const d = new PyDict();
    if (a.length === 1) {
      if (!(a[0] instanceof PyDict)) throw typeError("if you give only one argument to maketrans it must be a dict");
      for (const [k, v] of a[0].map.values()) {
        if (typeof k === "string") {
          if ([...k].length !== 1) throw valueError("string keys in translate table must be of length 1");
          dictSet(d, k.codePointAt(0), v);
        } else if (isInt(k)) dictSet(d, k, v);
        else throw typeError("keys in translate table must be strings or integers");
      }
      return d;
    }
    const [x, y, z] = a;
    if (typeof x !== "string" || typeof y !== "string")
      throw typeError(`maketrans() argument ${typeof x !== "string" ? 1 : 2} must be str, not ${typeName(typeof x !== "string" ? x : y)}`);
    const xs = [...x],
      ys = [...y];
    if (xs.length !== ys.length) throw valueError("the first two maketrans arguments must have equal length");
    xs.forEach((c, i) => dictSet(d, c.codePointAt(0), ys[i].codePointAt(0)));
    if (z !== undefined) {
      if (typeof z !== "string") throw typeError(`maketrans() argument 3 must be str, not ${typeName(z)}`);
      for (const c of z) dictSet(d, c.codePointAt(0), null);
    }
    return d;
  }
  strType.dict.set(
    "maketrans",
    new PyStaticMethod(
      new PyBuiltin("maketrans", (a, kw) => {
        if (kw && kw.size) throw typeError("str.maketrans() takes no keyword arguments");
        return maketrans(a);
      }),
    ),
  );

  // full case folding differs from lower() for a few letters (ß → ss, ς → σ, ﬁ → fi, …): toUpperCase expands those
  def(strType, "casefold", (s: string) => {
    chargePerChar(s, 100);
    return Array.from(s, (c) => (c.toUpperCase().length > 1 || c === "ς" ? c.toUpperCase().toLowerCase() : c.toLowerCase())).join("");
  });

  // not printable: controls, separators other than space, unassigned, private use, format and surrogate code points
  def(strType, "isprintable", (s: string) => !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]|(?! )\p{Zs}/u.test(s));

  def(strType, "encode", (_s: string, _args: any[]) => {
    throw exc(NotImplementedError, "str.encode() is not available: this sandbox has no bytes type");
  });

  // ---------------------------------------------------------------- case: CPython's title case and cased/uncased rules
  const TITLE: Record<string, string> = { Ǆ: "ǅ", ǅ: "ǅ", ǆ: "ǅ", Ǉ: "ǈ", ǈ: "ǈ", ǉ: "ǈ", Ǌ: "ǋ", ǋ: "ǋ", ǌ: "ǋ", Ǳ: "ǲ", ǲ: "ǲ", ǳ: "ǲ" };
  /** a character's title case: its upper case, or for one that expands (ß, ﬁ) the first letter of that upper */
  function titleChar(c: string): string {
    const t = TITLE[c];
    if (t !== undefined) return t;
    const u = c.toUpperCase();
    return u.length > 1 && [...u].length > 1 ? u[0] + u.slice(1).toLowerCase() : u;
  }
  def(strType, "title", (s: string) => {
    chargePerChar(s, 100);
    const cs = [...s];
    let out = "",
      prevCased = false;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i];
      // a capital sigma lowered at the end of a word is the final sigma, as in swapcase
      if (prevCased && c === "Σ" && !(i + 1 < cs.length && isCased(cs[i + 1]))) out += "ς";
      else out += prevCased ? c.toLowerCase() : titleChar(c);
      prevCased = isCased(c);
    }
    return out;
  });
  def(strType, "capitalize", (s: string) => {
    if (!s) return s;
    chargeString(s.length);
    const first = String.fromCodePoint(s.codePointAt(0)!);
    return titleChar(first) + s.slice(first.length).toLowerCase();
  });
  def(strType, "swapcase", (s: string) => {
    chargePerChar(s, 300);
    const cs = [...s];
    return cs
      .map((c, i) => {
        if (/\p{Lu}/u.test(c)) {
          // a capital sigma ending a word lowers to the final sigma
          if (c === "Σ" && i > 0 && isCased(cs[i - 1]) && !(i + 1 < cs.length && isCased(cs[i + 1]))) return "ς";
          return c.toLowerCase();
        }
        return /\p{Ll}/u.test(c) ? c.toUpperCase() : c;
      })
      .join("");
  });
  def(strType, "istitle", (s: string) => {
    chargePerChar(s, 100);
    let cased = false,
      prevCased = false;
    for (const c of s) {
      if (/[\p{Lu}\p{Lt}]/u.test(c)) {
        if (prevCased) return false;
        prevCased = cased = true;
      } else if (/\p{Ll}/u.test(c)) {
        if (!prevCased) return false;
        prevCased = cased = true;
      } else prevCased = false;
    }
    return cased;
  });
  // CPython's whitespace: bidirectional classes WS, B and S, and Zs (JS's \s also has U+FEFF, and lacks \x1c-\x1f, \x85)
  def(strType, "isspace", (s: string) => /^[\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/.test(s));
  def(strType, "isidentifier", (s: string) => /^[\p{ID_Start}_][\p{ID_Continue}]*$/u.test(s));
}
