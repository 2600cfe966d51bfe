// Parsing the match statement (PEP 634): `match subject:` then `case pattern [if guard]:` blocks.
import type { Expr, Stmt, Pat, MatchCase } from "./ast";
import type { Parser } from "./parser";

export function matchStmt(p: Parser): Stmt {
  const hdr = p.next();
  const subject = p.exprList(true);
  p.expectOp(":", "expected ':'");
  if (p.t.kind !== "NEWLINE") p.err();
  p.next();
  if ((p.t.kind as string) !== "INDENT") p.err("expected an indented block after 'match' statement on line " + hdr.line);
  p.next();
  const cases: MatchCase[] = [];
  while ((p.t.kind as string) !== "DEDENT" && (p.t.kind as string) !== "EOF") {
    if (p.t.kind === "NEWLINE") {
      p.next();
      continue;
    }
    const c = p.t;
    if (!p.isKw("case")) p.err();
    p.next();
    const pat = openPattern(p);
    const guard = p.eatKw("if") ? p.namedExpr() : null;
    const body = p.block("'case' statement", c);
    cases.push({ pat, guard, body, line: c.line });
  }
  if ((p.t.kind as string) === "DEDENT") p.next();
  if (!cases.length) p.err();
  return { k: "Match", subject, cases, ...p.pos(hdr) };
}

/** `case a, *b:` — a sequence without brackets */
function openPattern(p: Parser): Pat {
  const t = p.t;
  const first = asPattern(p);
  if (!p.isOp(",")) return first;
  const pats = [first];
  while (p.eatOp(",")) {
    if (p.isOp(":") || p.isKw("if")) break;
    pats.push(asPattern(p));
  }
  return { k: "PSeq", pats, ...p.pos(t) };
}

function asPattern(p: Parser): Pat {
  const t = p.t;
  const pat = orPattern(p);
  if (p.eatKw("as")) {
    const name = p.expectName();
    if (name === "_") p.err("cannot use '_' as a target");
    return { k: "PAs", pat, name, ...p.pos(t) };
  }
  return pat;
}

function orPattern(p: Parser): Pat {
  const t = p.t;
  const first = closedPattern(p);
  if (!p.isOp("|")) return first;
  const pats = [first];
  while (p.eatOp("|")) pats.push(closedPattern(p));
  return { k: "POr", pats, ...p.pos(t) };
}

function closedPattern(p: Parser): Pat {
  const t = p.t;
  const pos = p.pos(t);
  if (t.kind === "NUMBER" || t.kind === "STRING" || (t.kind === "OP" && t.value === "-")) {
    return { k: "PValue", e: p.arith(), ...pos };
  }
  if (t.kind === "OP" && t.value === "*") {
    p.next();
    const name = p.expectName();
    return { k: "PStar", name: name === "_" ? null : name, ...pos };
  }
  if (t.kind === "NAME") {
    if (t.value === "None") {
      p.next();
      return { k: "PSingleton", v: null, ...pos };
    }
    if (t.value === "True") {
      p.next();
      return { k: "PSingleton", v: true, ...pos };
    }
    if (t.value === "False") {
      p.next();
      return { k: "PSingleton", v: false, ...pos };
    }
    const name = p.expectName();
    let e: Expr = { k: "Name", id: name, ...pos };
    let dotted = false;
    while (p.eatOp(".")) {
      e = { k: "Attr", e, name: p.expectName(), ...pos };
      dotted = true;
    }
    if (p.isOp("(")) return classPattern(p, e);
    if (dotted) return { k: "PValue", e, ...pos };
    return { k: "PCapture", name: name === "_" ? null : name, ...pos };
  }
  if (p.eatOp("(")) {
    if (p.eatOp(")")) return { k: "PSeq", pats: [], ...pos };
    const first = asPattern(p);
    if (p.eatOp(")")) return first; // a group
    const pats = [first];
    while (p.eatOp(",")) {
      if (p.isOp(")")) break;
      pats.push(asPattern(p));
    }
    p.expectOp(")");
    return { k: "PSeq", pats, ...pos };
  }
  if (p.eatOp("[")) {
    const pats: Pat[] = [];
    while (!p.isOp("]")) {
      pats.push(asPattern(p));
      if (!p.eatOp(",")) break;
    }
    p.expectOp("]");
    return { k: "PSeq", pats, ...pos };
  }
  if (p.eatOp("{")) {
    const keys: Expr[] = [],
      pats: Pat[] = [];
    let rest: string | null = null;
    while (!p.isOp("}")) {
      if (p.eatOp("**")) {
        rest = p.expectName();
        p.eatOp(",");
        break;
      }
      const kt = p.t;
      const key = closedPattern(p);
      if (key.k === "PValue") keys.push(key.e);
      else if (key.k === "PSingleton") keys.push({ k: "Const", v: key.v, t: key.v === null ? "None" : "bool", ...p.pos(kt) });
      else p.err("mapping pattern keys may only match literals and attribute lookups", kt);
      p.expectOp(":");
      pats.push(asPattern(p));
      if (!p.eatOp(",")) break;
    }
    p.expectOp("}");
    return { k: "PMap", keys, pats, rest, ...pos };
  }
  return p.err();
}

function classPattern(p: Parser, cls: Expr): Pat {
  p.expectOp("(");
  const args: Pat[] = [],
    kwNames: string[] = [],
    kwPats: Pat[] = [];
  while (!p.isOp(")")) {
    const t = p.t;
    if (t.kind === "NAME" && p.peek().kind === "OP" && p.peek().value === "=") {
      p.next();
      p.next();
      kwNames.push(t.value);
      kwPats.push(asPattern(p));
    } else {
      if (kwNames.length) p.err("positional patterns follow keyword patterns", t);
      args.push(asPattern(p));
    }
    if (!p.eatOp(",")) break;
  }
  p.expectOp(")");
  return { k: "PClass", cls, args, kwNames, kwPats, line: cls.line, col: cls.col };
}
