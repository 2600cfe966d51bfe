// Private name mangling (CPython's _Py_Mangle): inside a class body, and in the functions, lambdas and comprehensions
// nested in it, an identifier `__x` that does not end in `__` stands for `_Class__x` (the class's name without its
// leading underscores). Applied to the AST once after parsing, so that scopes, stores, attribute look-ups and error
// messages all see the mangled name, as CPython's compiler does. A def's or class's own __name__ stays unmangled:
// only its binding (`bind`) is. Keyword names in calls and imported names are not mangled here (CPython does not
// mangle the former; the latter is left as written).
import type { Expr, Module, Params, Pat, Stmt } from "./ast";

export function manglePrivateNames(mod: Module): Module {
  walkAll(mod.body, null);
  return mod;
}

function mangle(cls: string | null, name: string): string {
  if (cls === null || !name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const owner = cls.replace(/^_+/, "");
  return owner === "" ? name : `_${owner}${name}`;
}

function walkAll(nodes: readonly unknown[], cls: string | null): void {
  for (const n of nodes) walk(n, cls);
}

function walkParams(p: Params, cls: string | null): void {
  for (const a of [...p.args, ...p.kwonly]) {
    a.name = mangle(cls, a.name);
    if (a.def) walk(a.def, cls);
  }
  if (p.vararg) p.vararg = mangle(cls, p.vararg);
  if (p.kwarg) p.kwarg = mangle(cls, p.kwarg);
  for (const an of p.anns ?? []) {
    if (an.name !== "return") an.name = mangle(cls, an.name);
    walk(an.e, cls);
  }
}

function walk(node: unknown, cls: string | null): void {
  if (node === null || typeof node !== "object") return;
  if (Array.isArray(node)) return walkAll(node, cls);
  const n = node as (Stmt | Expr | Pat) & Record<string, unknown>;
  switch (n.k) {
    case "ClassDef":
      n.bind = mangle(cls, n.name);
      walkAll(n.decos, cls);
      walkAll(n.bases, cls);
      for (const kw of n.keywords) walk(kw.e, cls);
      walkAll(n.body, n.name);
      return;
    case "FunctionDef":
      n.bind = mangle(cls, n.name);
      walkAll(n.decos, cls);
      walkParams(n.args, cls);
      walkAll(n.body, cls);
      return;
    case "Lambda":
      walkParams(n.args, cls);
      walk(n.body, cls);
      return;
    case "Name":
      n.id = mangle(cls, n.id);
      return;
    case "Attr":
      n.name = mangle(cls, n.name);
      walk(n.e, cls);
      return;
    case "Global":
    case "Nonlocal":
      n.names = n.names.map((x) => mangle(cls, x));
      return;
    case "Try":
      for (const h of n.handlers) if (h.name) h.name = mangle(cls, h.name);
      break;
    case "PCapture":
    case "PStar":
      if (n.name) n.name = mangle(cls, n.name);
      return;
    case "PAs":
      n.name = mangle(cls, n.name);
      break;
    case "PMap":
      if (n.rest) n.rest = mangle(cls, n.rest);
      break;
    case "Import":
    case "ImportFrom":
      return;
  }
  for (const v of Object.values(n)) if (v !== null && typeof v === "object") walk(v, cls);
}
