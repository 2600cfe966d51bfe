// The signatures of builtin functions and types as CPython declares them: an extra, missing, unknown or repeated
// argument raises CPython's TypeError instead of being ignored, and keyword arguments reach the builtin at their
// positions. Applied once builtins.ts has defined them.
import { builtins } from "./builtins";
import { PyBuiltin, PyType } from "./objects/core";
import { bindC, type CSignature } from "./objects/arg-clinic";
import { typeError } from "./errors";

const SIGS: [string, CSignature][] = [
  ["enumerate", { conv: "kw", names: ["iterable", "start"], min: 1 }],
  ["round", { conv: "kw", names: ["number", "ndigits"], min: 1 }],
  ["pow", { conv: "kw", names: ["base", "exp", "mod"], min: 2 }],
  ["sum", { conv: "kw", names: ["iterable", "start"], min: 1, posOnly: 1 }],
  ["int", { conv: "kw", names: ["x", "base"], min: 0, posOnly: 1 }],
  ["str", { conv: "kw", names: ["object", "encoding", "errors"], min: 0 }],
  ["float", { conv: "pos", names: ["x"], min: 0 }],
  ["list", { conv: "pos", names: ["iterable"], min: 0 }],
  ["tuple", { conv: "pos", names: ["iterable"], min: 0 }],
  ["set", { conv: "pos", names: ["iterable"], min: 0 }],
  ["frozenset", { conv: "pos", names: ["iterable"], min: 0 }],
  ["format", { conv: "pos", names: ["value", "format_spec"], min: 1 }],
  ["iter", { conv: "pos", names: ["object", "sentinel"], min: 1 }],
  ["next", { conv: "pos", names: ["iterator", "default"], min: 1 }],
  ["filter", { conv: "pos", names: ["function", "iterable"], min: 2 }],
  ["getattr", { conv: "pos", names: ["object", "name", "default"], min: 2 }],
  ["divmod", { conv: "pos", names: ["x", "y"], min: 2 }],
  ["isinstance", { conv: "pos", names: ["obj", "class_or_tuple"], min: 2 }],
  ["issubclass", { conv: "pos", names: ["cls", "class_or_tuple"], min: 2 }],
  ["hasattr", { conv: "pos", names: ["obj", "name"], min: 2 }],
  ["setattr", { conv: "pos", names: ["obj", "name", "value"], min: 3 }],
  ["delattr", { conv: "pos", names: ["obj", "name"], min: 2 }],
];
// METH_O builtins: exactly one argument, no keywords
const ONE = "abs any all len repr ascii hash id callable chr ord hex oct bin".split(" ");
// builtins taking several positional arguments and no keywords, whose count they check themselves
const NO_KW = ["map", "reversed", "vars", "dir"];

const sigs = new Map<string, CSignature>(SIGS);
for (const n of ONE) sigs.set(n, { conv: "one", names: ["obj"], min: 1 });
for (const [name, sig] of sigs) {
  const b = builtins.get(name);
  const bind = (args: any[], kw: any) => bindC(sig, name, name, args, kw);
  if (b instanceof PyBuiltin) {
    const f = b.fn;
    b.fn = (args, kw) => f(bind(args, kw), null);
  } else if (b instanceof PyType && b.ctor) {
    const f = b.ctor;
    // a subclass's constructor call (MyList(...)) goes on to its own __init__ with its own arguments
    b.ctor = (cls, args, kw) => (cls === b ? f(cls, bind(args, kw), null) : f(cls, args, kw));
  } else throw new Error(`builtin ${name} is not defined`);
}
for (const name of NO_KW) {
  const b = builtins.get(name) as PyBuiltin;
  const f = b.fn;
  b.fn = (args, kw) => {
    if (kw && kw.size) throw typeError(`${name}() takes no keyword arguments`);
    return f(args, null);
  };
}
