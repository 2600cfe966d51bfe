// The string module: its constants, capwords, and Template ($name, ${name}, $$) with substitute/safe_substitute
// and CPython's errors.
import { PyModule, PyDict, PyProperty, KW } from "../../objects/core";
import { objectType } from "../../objects/types";
import { getitem, str, contains } from "../../objects/ops";
import { def } from "../../objects/methods";
import { typeError, valueError, exc, KeyError } from "../../errors";
import { fnOf, nativeType } from "./util";
import { chargedReplace } from "../../charge";

const PATTERN = /\$(?:(\$)|([_a-zA-Z][_a-zA-Z0-9]*)|\{([_a-zA-Z][_a-zA-Z0-9]*)\}|())/g;
const templateType = nativeType("Template", [objectType], "string");
class Template {
  constructor(public template: string) {}
}
(Template.prototype as any).pyType = templateType;
templateType.ctor = (_c, a, kw) => {
  const t = a.length ? a[0] : kw?.get("template");
  if (typeof t !== "string") throw typeError("Template() argument must be str");
  return new Template(t);
};
templateType.dict.set("template", new PyProperty((t: Template) => t.template, null, true));
/** the values: the mapping argument, overridden by keywords */
function lookup(a: any[], kw: KW): (k: string) => any {
  const mapping = a.length ? a[0] : null;
  if (a.length > 1) throw typeError("Too many positional arguments");
  return (k) => {
    if (kw?.has(k)) return kw.get(k);
    if (mapping !== null && (!(mapping instanceof PyDict) || contains(mapping, k))) return getitem(mapping, k);
    return undefined;
  };
}
function substitute(t: Template, get: (k: string) => any, safe: boolean): string {
  const src = t.template;
  return chargedReplace(src, PATTERN, (m) => placeholder(src, m.index, m[0], m[1], m[2] ?? m[3], m[4], get, safe));
}

function placeholder(
  src: string,
  offset: number,
  whole: string,
  esc: string | undefined,
  name: string | undefined,
  invalid: string | undefined,
  get: (k: string) => any,
  safe: boolean,
): string {
  if (esc !== undefined) return "$";
  if (name !== undefined) {
    const v = get(name);
    if (v !== undefined) return str(v);
    if (safe) return whole;
    throw exc(KeyError, name);
  }
  if (invalid !== undefined) {
    if (safe) return whole;
    const before = src.slice(0, offset);
    const line = before.split("\n").length,
      col = offset - before.lastIndexOf("\n");
    throw valueError(`Invalid placeholder in string: line ${line}, col ${col}`);
  }
  return whole;
}
def(templateType, "substitute", (t: Template, a, kw) => substitute(t, lookup(a, kw), false));
def(templateType, "safe_substitute", (t: Template, a, kw) => substitute(t, lookup(a, kw), true));

export function makeString(): PyModule {
  const m = new PyModule("string");
  const lower = "abcdefghijklmnopqrstuvwxyz",
    upper = lower.toUpperCase();
  const digits = "0123456789",
    punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
    whitespace = " \t\n\r\x0b\x0c";
  for (const [k, v] of Object.entries({
    ascii_lowercase: lower,
    ascii_uppercase: upper,
    ascii_letters: lower + upper,
    digits,
    hexdigits: digits + "abcdefABCDEF",
    octdigits: "01234567",
    punctuation,
    whitespace,
    printable: digits + lower + upper + punctuation + whitespace,
  }))
    m.dict.set(k, v);
  fnOf(m)("capwords", (a) => {
    if (typeof a[0] !== "string") throw typeError("capwords() argument must be str");
    const sep = a.length > 1 && a[1] !== null ? String(a[1]) : null;
    const words = sep === null ? a[0].trim().split(/\s+/).filter(Boolean) : a[0].split(sep);
    return words.map((w: string) => (w ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w)).join(sep ?? " ");
  });
  m.dict.set("Template", templateType);
  return m;
}
