// Operators whose operands may be temporaries (objects/ops/temporaries.ts has the rule): which expressions make
// them, and the operator closures that release them once NumPy has computed the result.
import type { Expr } from "../ast";
import type { E } from "../frame";
import { add, sub, mul, truediv, binop } from "../objects/ops";
import { TEMP, releaseTemps } from "../objects/ops/temporaries";
import { raisedAt } from "../locations";

/** an expression whose value, when it is TEMP.v right after it is evaluated, is a temporary */
export function makesTemp(e: Expr): boolean {
  switch (e.k) {
    case "BinOp":
      return true;
    case "UnaryOp":
      return e.op === "-" && e.e.k !== "Const";
    case "Call":
      return isTempCall(e);
    default:
      return false;
  }
}

/** `o.name(x)` or `o.name(x, y)`: compiled through callTemp1/callTemp2 */
export function isTempCall(e: Expr & { k: "Call" }): boolean {
  const n = e.args.length;
  return e.fn.k === "Attr" && (n === 1 || n === 2) && e.args.every((a) => a.kind === "pos" && a.e.k !== "Starred");
}

/** a binary operator with an operand that may be a temporary (l, r: the operands' closures) */
export function binOpWithTemps(e: Expr & { k: "BinOp" }, l: E, r: E): E {
  const lt = makesTemp(e.l),
    rt = makesTemp(e.r);
  const op = e.op;
  // one call site per operator, as the plain operator closures have
  const apply =
    op === "+"
      ? (a: any, b: any) => add(a, b)
      : op === "-"
        ? (a: any, b: any) => sub(a, b)
        : op === "*"
          ? (a: any, b: any) => mul(a, b)
          : op === "/"
            ? (a: any, b: any) => truediv(a, b)
            : (a: any, b: any) => binop(op, a, b);
  return (f) => {
    try {
      const a = l(f);
      const ta = lt && a === TEMP.v;
      const b = r(f);
      const tb = rt && b === TEMP.v;
      const v = apply(a, b);
      if (ta || tb) releaseTemps(ta ? a : null, tb ? b : null, v);
      return v;
    } catch (x) {
      throw raisedAt(x, e);
    }
  };
}
