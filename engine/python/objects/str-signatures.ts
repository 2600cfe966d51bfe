// The signatures of str's methods as CPython declares them: a call with an extra, missing or unknown argument raises
// CPython's TypeError instead of being ignored, and keyword arguments reach the method at their positions.
import "./methods";
import "./str-extra";
import { strType } from "./types";
import { PyMethodDescr } from "./core";
import { bindC, type CSignature } from "./arg-clinic";

const SIGS: Record<string, CSignature> = {};
const add = (conv: CSignature["conv"], names: string[], min: number, methods: string) => {
  for (const m of methods.split(" ")) SIGS[m] = { conv, names, min };
};
add(
  "noargs",
  [],
  0,
  "upper lower casefold capitalize title swapcase isdigit isdecimal isnumeric isalpha isalnum isspace isupper islower istitle isidentifier isascii isprintable",
);
add("one", ["x"], 1, "join format_map zfill partition rpartition removeprefix removesuffix translate");
add("pos", ["chars"], 0, "strip lstrip rstrip");
add("pos", ["old", "new", "count"], 2, "replace");
add("pos", ["width", "fillchar"], 1, "center ljust rjust");
add("tuple", ["sub", "start", "end"], 1, "find rfind index rindex count startswith endswith");
add("kw", ["sep", "maxsplit"], 0, "split rsplit");
add("kw", ["keepends"], 0, "splitlines");
add("kw", ["tabsize"], 0, "expandtabs");
add("kw", ["encoding", "errors"], 0, "encode");

for (const [name, sig] of Object.entries(SIGS)) {
  const d = strType.dict.get(name);
  if (!(d instanceof PyMethodDescr)) throw new Error(`str.${name} is not defined`);
  const f = d.fn;
  d.fn = (self, args, kw) => f(self, bindC(sig, name, `str.${name}`, args, kw), null);
}
