// Prints engine ASTs (engine/python/ast.ts) back to Python source, for the mutation analysis
// (lib/content/mutants.ts): a mutant is an AST with one node changed, printed back. Covers the expressions and
// simple statements content uses; anything else throws Unprintable (the caller then leaves that code alone).
// Parentheses follow Python's precedence, so `unparse(parse(s))` parses back to the same tree.
import type { Arg, CompFor, Expr, Stmt } from "../../engine/python/ast";

export class Unprintable extends Error {}

const BIN_PREC: Record<string, number> = {
  "|": 6,
  "^": 7,
  "&": 8,
  "<<": 9,
  ">>": 9,
  "+": 10,
  "-": 10,
  "*": 11,
  "/": 11,
  "//": 11,
  "%": 11,
  "@": 11,
  "**": 13,
};

function prec(e: Expr): number {
  switch (e.k) {
    case "Lambda":
      return 0;
    case "IfExp":
      return 1;
    case "BoolOp":
      return e.op === "or" ? 2 : 3;
    case "UnaryOp":
      return e.op === "not" ? 4 : 12;
    case "Compare":
      return 5;
    case "BinOp":
      return BIN_PREC[e.op] ?? 11;
    case "Call":
    case "Attr":
    case "Subscript":
      return 15;
    default:
      return 16;
  }
}

function constText(e: Extract<Expr, { k: "Const" }>): string {
  const v = e.v;
  switch (e.t) {
    case "int":
      return String(v);
    case "float": {
      const n = v as number;
      if (!Number.isFinite(n)) throw new Unprintable("non-finite float literal");
      return Number.isInteger(n) && Math.abs(n) < 1e16 ? `${n}.0` : String(n);
    }
    case "str":
      return JSON.stringify(v);
    case "bool":
      return v ? "True" : "False";
    case "None":
      return "None";
    case "Ellipsis":
      return "...";
    default:
      throw new Unprintable(`${e.t} literal`);
  }
}

function arg(a: Arg): string {
  switch (a.kind) {
    case "pos":
      return a.e.k === "Comp" && a.e.kind === "gen" ? `(${expr(a.e)})` : expr(a.e, 1);
    case "star":
      return `*${expr(a.e, 12)}`;
    case "kw":
      return `${a.name}=${expr(a.e, 1)}`;
    case "dstar":
      return `**${expr(a.e, 12)}`;
  }
}

function gens(gs: CompFor[]): string {
  return gs.map((g) => ` for ${target(g.target)} in ${expr(g.iter, 2)}${g.ifs.map((c) => ` if ${expr(c, 2)}`).join("")}`).join("");
}

function target(e: Expr): string {
  return e.k === "Tuple" && e.elts.length > 0 ? e.elts.map((x) => expr(x, 12)).join(", ") : expr(e, 12);
}

/** Subscript index: a bare tuple prints without parentheses (`a[:, None]`). */
function index(e: Expr): string {
  if (e.k === "Tuple" && e.elts.length > 0) return e.elts.map(index).join(", ") + (e.elts.length === 1 ? "," : "");
  if (e.k === "Slice") return `${e.lo ? expr(e.lo, 1) : ""}:${e.hi ? expr(e.hi, 1) : ""}${e.step ? `:${expr(e.step, 1)}` : ""}`;
  return expr(e, 1);
}

/** Source of `e`, parenthesised when its precedence is below `min`. */
export function expr(e: Expr, min = 0): string {
  const s = raw(e);
  return prec(e) < min ? `(${s})` : s;
}

function raw(e: Expr): string {
  switch (e.k) {
    case "Name":
      return e.id;
    case "Const":
      return constText(e);
    case "BinOp": {
      const p = prec(e);
      if (e.op === "**") return `${expr(e.l, p + 1)} ** ${expr(e.r, 12)}`;
      return `${expr(e.l, p)} ${e.op} ${expr(e.r, p + 1)}`;
    }
    case "UnaryOp":
      return e.op === "not" ? `not ${expr(e.e, 4)}` : `${e.op}${expr(e.e, 12)}`;
    case "BoolOp": {
      const p = prec(e);
      return e.vals.map((v) => expr(v, p + 1)).join(` ${e.op} `);
    }
    case "Compare":
      return [expr(e.l, 6), ...e.ops.map((op, i) => `${op} ${expr(e.rs[i]!, 6)}`)].join(" ");
    case "IfExp":
      return `${expr(e.body, 2)} if ${expr(e.test, 2)} else ${expr(e.orelse, 1)}`;
    case "Call":
      return `${expr(e.fn, 15)}(${e.args.map(arg).join(", ")})`;
    case "Attr": {
      const base = expr(e.e, 15);
      return `${e.e.k === "Const" && e.e.t === "int" ? `(${base})` : base}.${e.name}`;
    }
    case "Subscript":
      return `${expr(e.e, 15)}[${index(e.idx)}]`;
    case "Slice":
      return index(e);
    case "Tuple":
      return e.elts.length === 1 ? `(${expr(e.elts[0]!, 1)},)` : `(${e.elts.map((x) => expr(x, 1)).join(", ")})`;
    case "List":
      return `[${e.elts.map((x) => expr(x, 1)).join(", ")}]`;
    case "Set":
      return `{${e.elts.map((x) => expr(x, 1)).join(", ")}}`;
    case "Dict":
      return `{${e.keys.map((k, i) => (k ? `${expr(k, 1)}: ${expr(e.vals[i]!, 1)}` : `**${expr(e.vals[i]!, 12)}`)).join(", ")}}`;
    case "Starred":
      return `*${expr(e.e, 12)}`;
    case "Comp": {
      const body = e.kind === "dict" ? `${expr(e.elt, 1)}: ${expr(e.val!, 1)}` : expr(e.elt, 1);
      const [open, close] = e.kind === "list" ? ["[", "]"] : e.kind === "gen" ? ["(", ")"] : ["{", "}"];
      return `${open}${body}${gens(e.gens)}${close}`;
    }
    default:
      throw new Unprintable(e.k);
  }
}

/**
 * One line for a simple statement, or the header (up to and including `:`) of a compound one. `keyword`
 * overrides the header's keyword (`elif` is an If in the AST).
 */
export function stmtLine(s: Stmt, keyword?: string): string {
  switch (s.k) {
    case "Expr":
      return expr(s.e);
    case "Assign":
      return [...s.targets.map(target), expr(s.value)].join(" = ");
    case "AugAssign":
      return `${target(s.target)} ${s.op}= ${expr(s.value)}`;
    case "Return":
      return s.e ? `return ${s.e.k === "Tuple" && s.e.elts.length > 1 ? target(s.e) : expr(s.e)}` : "return";
    case "If":
      return `${keyword ?? "if"} ${expr(s.test)}:`;
    case "While":
      return `while ${expr(s.test)}:`;
    case "For":
      return `for ${target(s.target)} in ${expr(s.iter)}:`;
    default:
      throw new Unprintable(s.k);
  }
}
