// np.typecodes, np.typename, np.mintypecode and np.common_type, as numpy/_core/numerictypes.py and
// numpy/lib/_type_check_impl.py define them (the complex and long double codes kept in the answers, as NumPy gives
// them, though the engine has no such dtypes). Registered lazily (./lazy.ts).
import { PyDict, type KW } from "../../objects/core";
import { call, contains, getattr, hashOf, iterToArray, len } from "../../objects/ops";
import { chargeNative } from "../../charge";
import { exc, KeyError, typeError, valueError } from "../../errors";
import { bindPy } from "./signature";
import { builtinAdder } from "./types";
import { lazyNumpy } from "./lazy";

const TYPECODES: [string, string][] = [
  ["Character", "c"],
  ["Integer", "bhilqnp"],
  ["UnsignedInteger", "BHILQNP"],
  ["Float", "efdg"],
  ["Complex", "FDG"],
  ["AllInteger", "bBhHiIlLqQnNpP"],
  ["AllFloat", "efdgFDG"],
  ["Datetime", "Mm"],
  ["All", "?bhilqnpBHILQNPefdgFDGSUVOMm"],
];
const NAME_FROM_TYPE: Record<string, string> = {
  S1: "character",
  "?": "bool",
  b: "signed char",
  B: "unsigned char",
  h: "short",
  H: "unsigned short",
  i: "integer",
  I: "unsigned integer",
  l: "long integer",
  L: "unsigned long integer",
  q: "long long integer",
  Q: "unsigned long long integer",
  f: "single precision",
  d: "double precision",
  g: "long precision",
  F: "complex single precision",
  D: "complex double precision",
  G: "complex long double precision",
  S: "string",
  U: "unicode",
  V: "void",
  O: "object",
};
/** one element of typeset compared with a code (a list element's == through the object model) */
const NS_PER_LOOKUP_STEP = 40;
const TYPECODES_BY_ELSIZE = "GDFgdfQqLlIiHhBb?";
/** common_type's precision of each float dtype (every integer dtype counts as float64's) */
const PRECISION: Record<string, number> = { float16: 0, float32: 1, float64: 2 };
const BY_PRECISION = ["float16", "float32", "float64"];

lazyNumpy.push((d) => {
  const np = (name: string, args: any[], kw: KW = null) => call(d.get(name), args, kw);
  const add = builtinAdder(d);
  const typecodes = new PyDict();
  for (const [k, v] of TYPECODES) typecodes.map.set(k, [k, v]);
  d.set("typecodes", typecodes);

  add("typename", (args, kw) => {
    const { char } = bindPy({ name: "typename", positional: ["char"], required: 1 }, args, kw);
    if (typeof char === "string" && Object.hasOwn(NAME_FROM_TYPE, char)) return NAME_FROM_TYPE[char];
    // a dict lookup: an unhashable key is a TypeError, any other missing key a KeyError
    hashOf(char);
    throw exc(KeyError, char);
  });

  add("mintypecode", (args, kw) => {
    const p = bindPy({ name: "mintypecode", positional: ["typechars", "typeset", "default"], required: 1 }, args, kw);
    const typeset = p.typeset === undefined ? "GDFgdf" : p.typeset;
    const codes = iterToArray(p.typechars).map((t) =>
      typeof t === "string" && t.length ? t : getattr(getattr(np("asarray", [t]), "dtype"), "char"),
    );
    // each distinct code looked up once (the set comprehension's answer is the same), charged as a scan of typeset
    const distinct = [...new Set(codes)];
    chargeNative(distinct.length * (len(typeset) + 1) * NS_PER_LOOKUP_STEP);
    const intersection = distinct.filter((t) => contains(typeset, t));
    if (!intersection.length) return p.default === undefined ? "d" : p.default;
    if (intersection.includes("F") && intersection.includes("d")) return "D";
    const rank = (t: string) => {
      const i = TYPECODES_BY_ELSIZE.indexOf(t);
      if (i < 0) throw valueError("substring not found");
      return i;
    };
    return intersection.reduce((best, t) => (rank(t) < rank(best) ? t : best));
  });

  add("common_type", (args, kw) => {
    if (kw?.size) throw typeError(`common_type() got an unexpected keyword argument '${[...kw.keys()][0]}'`);
    let precision = 0;
    for (const a of args) {
      const dt = getattr(getattr(a, "dtype"), "name") as string;
      const kind = getattr(getattr(a, "dtype"), "kind") as string;
      const p = kind === "i" || kind === "u" ? 2 : PRECISION[dt];
      if (p === undefined) throw typeError("can't get common type for non-numeric array");
      precision = Math.max(precision, p);
    }
    return d.get(BY_PRECISION[precision]!);
  });
});
