// Annotations (`__annotations__`) of functions, evaluated when the def runs, and of names at module and class level
// (`x: int = 0`), evaluated after the assignment; or kept as their source text under `from __future__ import
// annotations` (PEP 563), spelled as CPython's ast.unparse spells the common forms.
import type { Expr, Params, Stmt } from "../ast";
import { Scope } from "../scope";
import type { Frame } from "../frame";
import { PyDict } from "../objects/core";
import { repr, setitem } from "../objects/ops";
import { PySyntaxError } from "../errors-syntax";
import { Compiler, globalCell } from "./compiler";

/** builds the __annotations__ dict of a function each time its def runs; null when it has none */
export function annotationsMaker(c: Compiler, params: Params, s: Scope): ((f: Frame) => PyDict) | null {
  const anns = params.anns;
  if (!anns || !anns.length) return null;
  if (c.futureAnnotations) {
    const texts = anns.map((a) => [a.name, unparse(a.e)] as const);
    return () => {
      const d = new PyDict();
      for (const [k, t] of texts) setitem(d, k, t);
      return d;
    };
  }
  const es = anns.map((a) => [a.name, c.expr(a.e, s)] as const);
  return (f) => {
    const d = new PyDict();
    for (const [k, e] of es) setitem(d, k, e(f));
    return d;
  };
}

type AnnAssign = Extract<Stmt, { k: "AnnAssign" }>;

/**
 * What `x: T` does besides assigning, at module or class level: T goes into that namespace's __annotations__ (made
 * on first use). A target such as `a.b: T` only evaluates T; in a function nothing is evaluated (CPython's rules).
 */
export function variableAnnotation(c: Compiler, st: AnnAssign, s: Scope): ((f: Frame) => void) | null {
  if (s.kind === "function") return null;
  const text = c.futureAnnotations ? unparse(st.ann) : null;
  if (st.target.k !== "Name") {
    if (text !== null) return null;
    const e = c.expr(st.ann, s);
    return (f) => void e(f);
  }
  const name = st.target.id;
  const value = text !== null ? () => text : c.expr(st.ann, s);
  if (s.kind === "class")
    return (f) => {
      let d = f.ns!.get("__annotations__");
      if (d === undefined) f.ns!.set("__annotations__", (d = new PyDict()));
      setitem(d, name, value(f));
    };
  const cell = globalCell(c.globals, "__annotations__");
  return (f) => {
    cell.v ??= new PyDict();
    setitem(cell.v, name, value(f));
  };
}

const PREC: Record<string, number> = {
  "|": 1,
  "^": 2,
  "&": 3,
  "<<": 4,
  ">>": 4,
  "+": 5,
  "-": 5,
  "*": 6,
  "/": 6,
  "//": 6,
  "%": 6,
  "@": 6,
  "**": 8,
};

/** the source text of an annotation, as ast.unparse writes it */
export function unparse(e: Expr, prec = 0): string {
  switch (e.k) {
    case "Name":
      return e.id;
    case "Const":
      return e.t === "Ellipsis"
        ? "..."
        : e.t === "str"
          ? repr(e.v)
          : e.t === "None"
            ? "None"
            : e.t === "bool"
              ? e.v
                ? "True"
                : "False"
              : String(e.v);
    case "Attr":
      return `${unparse(e.e, 9)}.${e.name}`;
    case "Subscript": {
      const idx = e.idx.k === "Tuple" && e.idx.elts.length ? e.idx.elts.map((x) => unparse(x)).join(", ") : unparse(e.idx);
      return `${unparse(e.e, 9)}[${idx}]`;
    }
    case "Tuple":
      return e.elts.length === 1 ? `(${unparse(e.elts[0])},)` : `(${e.elts.map((x) => unparse(x)).join(", ")})`;
    case "List":
      return `[${e.elts.map((x) => unparse(x)).join(", ")}]`;
    case "BinOp": {
      const p = PREC[e.op] ?? 5;
      const t = `${unparse(e.l, p)} ${e.op} ${unparse(e.r, p + 1)}`;
      return p < prec ? `(${t})` : t;
    }
    case "Call":
      return `${unparse(e.fn, 9)}(${e.args.map((a) => (a.kind === "kw" ? `${a.name}=${unparse(a.e)}` : a.kind === "star" ? `*${unparse(a.e)}` : a.kind === "dstar" ? `**${unparse(a.e)}` : unparse(a.e))).join(", ")})`;
  }
  throw new PySyntaxError(
    "this annotation is not supported by this Python engine under 'from __future__ import annotations'",
    e.line,
    e.col,
  );
}
