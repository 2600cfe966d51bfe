// The SyntaxWarnings CPython 3.11's compiler prints to stderr before a program runs (Python/compile.c): "is" with a
// literal, an assert on a non-empty tuple, and calling or subscripting a literal ("perhaps you missed a comma?").
// (An invalid escape sequence is a DeprecationWarning in 3.11, hidden by default: nothing is printed for it.)
import type { Expr, Module } from "./ast";

export interface SyntaxWarning {
  line: number;
  message: string;
}

/** what CPython's constant folding turns into one constant: a literal, a signed number, a tuple of constants */
function isConstant(e: Expr): boolean {
  if (e.k === "Const") return true;
  if (e.k === "UnaryOp") return e.op !== "not" && isConstant(e.e);
  if (e.k === "Tuple") return e.elts.every((x) => x.k !== "Starred" && isConstant(x));
  return false;
}

/** the operand `is` should not be used with: a constant other than None, True, False and ... */
function isLiteral(e: Expr): boolean {
  if (!isConstant(e)) return false;
  return !(e.k === "Const" && (e.t === "None" || e.t === "bool" || e.t === "Ellipsis"));
}

const CONST_TYPES: Record<string, string> = {
  int: "int",
  float: "float",
  str: "str",
  bytes: "bytes",
  bool: "bool",
  None: "NoneType",
  Ellipsis: "ellipsis",
};

/** the type CPython infers for a literal expression (compile.c infer_type), or null */
function inferType(e: Expr): string | null {
  switch (e.k) {
    case "Const":
      return CONST_TYPES[e.t];
    case "UnaryOp":
      return isConstant(e) ? inferType(e.e) : null;
    case "Tuple":
      return "tuple";
    case "List":
      return "list";
    case "Dict":
      return "dict";
    case "Set":
      return "set";
    case "Comp":
      return e.kind === "gen" ? "generator" : e.kind;
    case "FString":
      return "str";
    case "Lambda":
      return "function";
    case "Slice":
      return "slice";
    default:
      return null;
  }
}

const CALLER_KINDS = new Set(["Const", "Tuple", "List", "Dict", "Set", "Comp", "FString"]);

function callWarning(fn: Expr): string | null {
  const inner = fn.k === "UnaryOp" && isConstant(fn) ? fn.e : fn;
  if (!CALLER_KINDS.has(inner.k)) return null;
  return `'${inferType(fn)}' object is not callable; perhaps you missed a comma?`;
}

function subscriptWarnings(value: Expr, index: Expr): string[] {
  const out: string[] = [];
  const vt = inferType(value);
  const constant = value.k === "Const" || (value.k === "UnaryOp" && isConstant(value));
  if (
    (constant && (vt === "int" || vt === "float" || vt === "NoneType" || vt === "ellipsis")) ||
    value.k === "Set" ||
    (value.k === "Comp" && (value.kind === "set" || value.kind === "gen")) ||
    value.k === "Lambda"
  )
    out.push(`'${vt}' object is not subscriptable; perhaps you missed a comma?`);
  const it = inferType(index);
  if (it === null || it === "int" || it === "bool" || it === "slice") return out;
  const sequence =
    (constant && (vt === "str" || vt === "bytes")) ||
    value.k === "Tuple" ||
    value.k === "List" ||
    (value.k === "Comp" && value.kind === "list") ||
    value.k === "FString";
  if (sequence) out.push(`${vt} indices must be integers or slices, not ${it}; perhaps you missed a comma?`);
  return out;
}

/** the warnings in the order CPython's compiler meets them (source order), one per occurrence */
export function syntaxWarnings(mod: Module): SyntaxWarning[] {
  const out: SyntaxWarning[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const x of node) visit(x);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const n = node as Expr;
    if ((n as { k: string }).k === "Assert") {
      const test = (n as unknown as { test: Expr }).test;
      if (test.k === "Tuple" && test.elts.length > 0)
        out.push({ line: n.line, message: "assertion is always true, perhaps remove parentheses?" });
    } else if (n.k === "Compare") {
      let left = isLiteral(n.l);
      n.ops.forEach((op, i) => {
        const right = isLiteral(n.rs[i]);
        if ((op === "is" || op === "is not") && (left || right))
          out.push({
            line: n.line,
            message: op === "is" ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?',
          });
        left = right;
      });
    } else if (n.k === "Call") {
      const m = callWarning(n.fn);
      if (m !== null) out.push({ line: n.line, message: m });
    } else if (n.k === "Subscript") {
      for (const m of subscriptWarnings(n.e, n.idx)) out.push({ line: n.line, message: m });
    }
    for (const key in n) if (key !== "sp" && key !== "outer") visit((n as unknown as Record<string, unknown>)[key]);
  };
  visit(mod.body);
  return out;
}
