// Recursive-descent parser: tokens -> AST.
import { Token } from "./tokens";
import { tokenize } from "./lexer";
import { PySyntaxError } from "./errors-syntax";
import type { Expr, Stmt, Module, Params, Arg, CompFor, Handler, Pos } from "./ast";
import { matchStmt } from "./parser-match";
import { manglePrivateNames } from "./mangle";

const COMP_OPS = new Set(["<", ">", "==", ">=", "<=", "!="]);
const AUG_OPS = new Set(["+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=", "&=", "|=", "^=", ">>=", "<<="]);

export function parse(src: string): Module {
  return manglePrivateNames(new Parser(tokenize(src)).parseModule());
}

export class Parser {
  p = 0;
  constructor(private toks: Token[]) {}

  get t(): Token {
    return this.toks[this.p];
  }
  peek(o = 1): Token {
    return this.toks[Math.min(this.p + o, this.toks.length - 1)];
  }
  next(): Token {
    return this.toks[this.p++];
  }
  isOp(v: string): boolean {
    const t = this.t;
    return t.kind === "OP" && t.value === v;
  }
  isKw(v: string): boolean {
    const t = this.t;
    return t.kind === "NAME" && t.value === v;
  }
  eatOp(v: string): boolean {
    if (this.isOp(v)) {
      this.p++;
      return true;
    }
    return false;
  }
  eatKw(v: string): boolean {
    if (this.isKw(v)) {
      this.p++;
      return true;
    }
    return false;
  }
  err(msg = "invalid syntax", t: Token = this.t): never {
    throw new PySyntaxError(msg, t.line, t.col);
  }
  expectOp(v: string, msg?: string): Token {
    if (!this.isOp(v)) {
      if (v === ":") this.err(msg ?? "expected ':'");
      this.err(msg ?? "invalid syntax");
    }
    return this.next();
  }
  expectName(): string {
    const t = this.t;
    if (t.kind !== "NAME" || KW.has(t.value)) this.err();
    this.p++;
    return t.value;
  }
  pos(t: Token = this.t): Pos {
    return { line: t.line, col: t.col };
  }
  /** records e's source span: from token t to the end of the last token consumed (tracebacks' caret lines) */
  span<T extends Expr>(e: T, t: Token): T {
    const last = this.toks[this.p - 1];
    e.sp = [t.line, t.col, last.endLine ?? last.line, last.ec];
    return e;
  }

  parseModule(): Module {
    const body: Stmt[] = [];
    while (this.t.kind !== "EOF") {
      if (this.t.kind === "NEWLINE") {
        this.p++;
        continue;
      }
      if (this.t.kind === "INDENT") throw new PySyntaxError("unexpected indent", this.t.line, this.t.col, "IndentationError");
      body.push(...this.statement());
    }
    return { body };
  }

  statement(): Stmt[] {
    const t = this.t;
    if (t.kind === "NAME") {
      switch (t.value) {
        case "if":
          return [this.ifStmt()];
        case "while":
          return [this.whileStmt()];
        case "for":
          return [this.forStmt()];
        case "try":
          return [this.tryStmt()];
        case "def":
          return [this.funcDef([])];
        case "class":
          return [this.classDef([])];
        case "with":
          return [this.withStmt()];
        case "match":
          if (this.isMatchStmt()) return [matchStmt(this)];
          break;
      }
    }
    if (t.kind === "OP" && t.value === "@") {
      const decos: Expr[] = [];
      while (this.eatOp("@")) {
        decos.push(this.namedExpr());
        if (this.t.kind !== "NEWLINE") this.err();
        this.p++;
      }
      if (this.isKw("def")) return [this.funcDef(decos)];
      if (this.isKw("class")) return [this.classDef(decos)];
      this.err();
    }
    return this.simpleStmts();
  }

  /** `match` is a soft keyword: a statement when the logical line, not starting `match =`/`match.`/`match(`...
   *  as an expression would, ends with ':' */
  isMatchStmt(): boolean {
    const n = this.peek();
    if (
      n.kind === "NEWLINE" ||
      (n.kind === "OP" && ["=", ".", ":", ",", ")", "]", "}"].includes(n.value)) ||
      (n.kind === "OP" && AUG_OPS.has(n.value))
    )
      return false;
    let depth = 0,
      last: Token | null = null;
    for (let i = this.p + 1; i < this.toks.length; i++) {
      const t = this.toks[i];
      if (t.kind === "OP" && "([{".includes(t.value)) depth++;
      else if (t.kind === "OP" && ")]}".includes(t.value)) depth--;
      if (depth === 0 && (t.kind === "NEWLINE" || t.kind === "EOF")) break;
      last = t;
    }
    return last !== null && last.kind === "OP" && last.value === ":";
  }

  block(what: string, hdr: Token): Stmt[] {
    this.expectOp(":", "expected ':'");
    if (this.t.kind !== "NEWLINE") {
      return this.simpleStmts();
    }
    this.p++;
    if ((this.t.kind as string) !== "INDENT")
      throw new PySyntaxError(`expected an indented block after ${what} on line ${hdr.line}`, this.t.line, this.t.col, "IndentationError");
    this.p++;
    const body: Stmt[] = [];
    while ((this.t.kind as string) !== "DEDENT" && (this.t.kind as string) !== "EOF") {
      if (this.t.kind === "NEWLINE") {
        this.p++;
        continue;
      }
      body.push(...this.statement());
    }
    if ((this.t.kind as string) === "DEDENT") this.p++;
    return body;
  }

  ifStmt(): Stmt {
    const hdr = this.next();
    const test = this.namedExpr();
    const body = this.block(`'${hdr.value}' statement`, hdr);
    let orelse: Stmt[] = [];
    if (this.isKw("elif")) orelse = [this.ifStmt()];
    else if (this.isKw("else")) {
      const e = this.next();
      orelse = this.block("'else' statement", e);
    }
    return { k: "If", test, body, orelse, ...this.pos(hdr) };
  }
  whileStmt(): Stmt {
    const hdr = this.next();
    const test = this.namedExpr();
    const body = this.block("'while' statement", hdr);
    let orelse: Stmt[] = [];
    if (this.isKw("else")) {
      const e = this.next();
      orelse = this.block("'else' statement", e);
    }
    return { k: "While", test, body, orelse, ...this.pos(hdr) };
  }
  forStmt(): Stmt {
    const hdr = this.next();
    const target = this.targetList();
    if (!this.eatKw("in")) this.err();
    const iter = this.exprList();
    const body = this.block("'for' statement", hdr);
    let orelse: Stmt[] = [];
    if (this.isKw("else")) {
      const e = this.next();
      orelse = this.block("'else' statement", e);
    }
    return { k: "For", target, iter, body, orelse, ...this.pos(hdr) };
  }
  tryStmt(): Stmt {
    const hdr = this.next();
    const body = this.block("'try' statement", hdr);
    const handlers: Handler[] = [];
    let orelse: Stmt[] = [],
      final: Stmt[] = [];
    while (this.isKw("except")) {
      const h = this.next();
      let type: Expr | null = null,
        name: string | null = null;
      if (!this.isOp(":")) {
        type = this.test();
        if (this.isOp(",")) {
          const elts = [type];
          while (this.eatOp(",")) {
            if (this.isOp(":") || this.isKw("as")) break;
            elts.push(this.test());
          }
          type = { k: "Tuple", elts, line: type.line, col: type.col };
        }
        if (this.eatKw("as")) name = this.expectName();
      }
      handlers.push({ type, name, body: this.block("'except' statement", h), ...this.pos(h) });
    }
    if (this.isKw("else")) {
      const e = this.next();
      orelse = this.block("'else' statement", e);
    }
    if (this.isKw("finally")) {
      const e = this.next();
      final = this.block("'finally' statement", e);
    }
    if (!handlers.length && !final.length) this.err("expected 'except' or 'finally' block");
    return { k: "Try", body, handlers, orelse, final, ...this.pos(hdr) };
  }
  withStmt(): Stmt {
    const hdr = this.next();
    const items: { e: Expr; as: Expr | null }[] = [];
    do {
      const e = this.test();
      let as: Expr | null = null;
      if (this.eatKw("as")) as = this.target();
      items.push({ e, as });
    } while (this.eatOp(","));
    const body = this.block("'with' statement", hdr);
    return { k: "With", items, body, ...this.pos(hdr) };
  }
  funcDef(decos: Expr[]): Stmt {
    const hdr = this.next();
    const name = this.expectName();
    this.expectOp("(", "expected '('");
    const args = this.params(")", true);
    this.expectOp(")");
    if (this.eatOp("->")) (args.anns ??= []).push({ name: "return", e: this.test() });
    const body = this.block(`function definition`, hdr);
    return { k: "FunctionDef", name, args, body, decos, ...this.pos(hdr) };
  }
  classDef(decos: Expr[]): Stmt {
    const hdr = this.next();
    const name = this.expectName();
    let bases: Expr[] = [];
    let keywords: Arg[] = [];
    if (this.eatOp("(")) {
      const args = this.callArgs();
      bases = args.filter((a) => a.kind === "pos").map((a) => a.e);
      keywords = args.filter((a) => a.kind !== "pos");
    }
    const body = this.block(`class definition`, hdr);
    return { k: "ClassDef", name, bases, keywords, body, decos, ...this.pos(hdr) };
  }

  params(close: string, annotations: boolean): Params {
    const ps: Params = { posonly: 0, args: [], vararg: null, kwonly: [], kwarg: null };
    let star = false,
      sawDefault = false;
    const seen = new Set<string>();
    const add = (n: string, t: Token) => {
      if (seen.has(n)) throw new PySyntaxError(`duplicate argument '${n}' in function definition`, t.line, t.col);
      seen.add(n);
    };
    const ann = (name: string) => (ps.anns ??= []).push({ name, e: this.test() });
    while (!this.isOp(close)) {
      const t = this.t;
      if (this.eatOp("/")) {
        ps.posonly = ps.args.length;
      } else if (this.eatOp("**")) {
        ps.kwarg = this.expectName();
        add(ps.kwarg, t);
        if (annotations && this.eatOp(":")) ann(ps.kwarg);
      } else if (this.eatOp("*")) {
        star = true;
        if (this.t.kind === "NAME") {
          ps.vararg = this.expectName();
          add(ps.vararg, t);
          if (annotations && this.eatOp(":")) ann(ps.vararg);
        }
      } else {
        const name = this.expectName();
        add(name, t);
        if (annotations && this.eatOp(":")) ann(name);
        let def: Expr | null = null;
        if (this.eatOp("=")) def = this.test();
        if (star) ps.kwonly.push({ name, def });
        else {
          if (def) sawDefault = true;
          else if (sawDefault) this.err("non-default argument follows default argument", t);
          ps.args.push({ name, def });
        }
      }
      if (!this.eatOp(",")) break;
    }
    return ps;
  }

  simpleStmts(): Stmt[] {
    const out: Stmt[] = [];
    for (;;) {
      out.push(this.simpleStmt());
      if (this.eatOp(";")) {
        if (this.t.kind === "NEWLINE") break;
        continue;
      }
      break;
    }
    if (this.t.kind !== "NEWLINE") {
      if (this.t.kind === "EOF") return out;
      const last = out[out.length - 1];
      if (
        last.k === "Expr" &&
        last.e.k === "Name" &&
        (last.e.id === "print" || last.e.id === "exec") &&
        (this.t.kind === "STRING" || this.t.kind === "NAME" || this.t.kind === "NUMBER")
      )
        this.err(`Missing parentheses in call to '${last.e.id}'. Did you mean ${last.e.id}(...)?`, {
          ...this.t,
          line: last.line,
          col: last.col,
        });
      this.err();
    }
    this.p++;
    return out;
  }

  simpleStmt(): Stmt {
    const t = this.t;
    const pos = this.pos(t);
    if (t.kind === "NAME") {
      switch (t.value) {
        case "pass":
          this.p++;
          return { k: "Pass", ...pos };
        case "break":
          this.p++;
          return { k: "Break", ...pos };
        case "continue":
          this.p++;
          return { k: "Continue", ...pos };
        case "return": {
          this.p++;
          const e = this.atStmtEnd() ? null : this.exprList(true);
          return { k: "Return", e, ...pos };
        }
        case "raise": {
          this.p++;
          let e: Expr | null = null,
            cause: Expr | null = null;
          if (!this.atStmtEnd()) {
            e = this.test();
            if (this.eatKw("from")) cause = this.test();
          }
          const last = this.toks[this.p - 1];
          // the statement's span: a raise is placed at it in the traceback
          return { k: "Raise", e, cause, ...pos, sp: [pos.line, pos.col, last.endLine ?? last.line, last.ec] };
        }
        case "global":
        case "nonlocal": {
          this.p++;
          const names = [this.expectName()];
          while (this.eatOp(",")) names.push(this.expectName());
          return { k: t.value === "global" ? "Global" : "Nonlocal", names, ...pos };
        }
        case "del": {
          this.p++;
          const targets = [this.target()];
          while (this.eatOp(",")) {
            if (this.atStmtEnd()) break;
            targets.push(this.target());
          }
          return { k: "Del", targets, ...pos };
        }
        case "assert": {
          this.p++;
          const test = this.test();
          const msg = this.eatOp(",") ? this.test() : null;
          return { k: "Assert", test, msg, ...pos };
        }
        case "import": {
          this.p++;
          const names: { name: string; as: string | null }[] = [];
          do {
            let name = this.expectName();
            while (this.eatOp(".")) name += "." + this.expectName();
            const as = this.eatKw("as") ? this.expectName() : null;
            names.push({ name, as });
          } while (this.eatOp(","));
          return { k: "Import", names, ...pos };
        }
        case "from": {
          this.p++;
          let level = 0;
          while (this.isOp(".") || this.isOp("...")) level += this.next().value.length;
          let mod = "";
          if (!this.isKw("import")) {
            mod = this.expectName();
            while (this.eatOp(".")) mod += "." + this.expectName();
          }
          if (!this.eatKw("import")) this.err();
          const names: { name: string; as: string | null }[] = [];
          if (this.eatOp("*")) names.push({ name: "*", as: null });
          else {
            const paren = this.eatOp("(");
            do {
              if (paren && this.isOp(")")) break;
              const name = this.expectName();
              const as = this.eatKw("as") ? this.expectName() : null;
              names.push({ name, as });
            } while (this.eatOp(","));
            if (paren) this.expectOp(")");
          }
          return { k: "ImportFrom", mod, names, level, ...pos };
        }
      }
    }
    // expression / assignment
    const first = this.exprList(true, true);
    if (this.isOp("=")) {
      const targets = [first];
      let value: Expr = first;
      while (this.eatOp("=")) {
        value = this.isKw("yield") ? this.yieldExpr() : this.exprList(true, true);
        targets.push(value);
      }
      targets.pop();
      for (const tg of targets) this.checkTarget(tg, "assign to");
      return { k: "Assign", targets, value, ...pos };
    }
    if (this.t.kind === "OP" && AUG_OPS.has(this.t.value)) {
      const op = this.next().value.slice(0, -1);
      if (first.k !== "Name" && first.k !== "Attr" && first.k !== "Subscript")
        this.err(`'${describe(first)}' is an illegal expression for augmented assignment`, t);
      const value = this.isKw("yield") ? this.yieldExpr() : this.exprList(true);
      return { k: "AugAssign", target: first, op, value, ...pos };
    }
    if (this.isOp(":")) {
      this.p++;
      const ann = this.test();
      const value = this.eatOp("=") ? this.exprList(true) : null;
      this.checkTarget(first, "assign to");
      return { k: "AnnAssign", target: first, ann, value, ...pos };
    }
    return { k: "Expr", e: first, ...pos };
  }

  checkTarget(e: Expr, what: string): void {
    switch (e.k) {
      case "Name":
      case "Attr":
      case "Subscript":
        return;
      case "Tuple":
      case "List":
        for (const x of e.elts) this.checkTarget(x, what);
        return;
      case "Starred":
        this.checkTarget(e.e, what);
        return;
      default: {
        const d = describe(e);
        throw new PySyntaxError(
          d === "literal" || d === "function call" || d === "expression" || d.startsWith("f-")
            ? `cannot ${what} ${d}${what === "assign to" ? " here. Maybe you meant '==' instead of '='?" : ""}`
            : `cannot ${what} ${d}`,
          e.line,
          e.col,
        );
      }
    }
  }

  atStmtEnd(): boolean {
    const t = this.t;
    return t.kind === "NEWLINE" || t.kind === "EOF" || (t.kind === "OP" && (t.value === ";" || t.value === "="));
  }

  // ---------- expressions ----------
  /** testlist (with optional starred), returns Tuple when commas present */
  exprList(allowStar = false, allowYield = false): Expr {
    if (allowYield && this.isKw("yield")) return this.yieldExpr();
    const t = this.t;
    const first = allowStar && this.isOp("*") ? this.starExpr() : this.namedExpr();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.atExprEnd()) break;
      elts.push(allowStar && this.isOp("*") ? this.starExpr() : this.test());
    }
    return this.span({ k: "Tuple", elts, ...this.pos(t) }, t);
  }
  yieldExpr(): Expr {
    const t = this.next();
    if (this.eatKw("from")) return { k: "Yield", e: this.test(), from: true, ...this.pos(t) };
    const e = this.atExprEnd() ? null : this.exprList(true);
    return { k: "Yield", e, ...this.pos(t) };
  }
  atExprEnd(): boolean {
    const t = this.t;
    if (t.kind === "NEWLINE" || t.kind === "EOF") return true;
    if (t.kind === "OP") return [")", "]", "}", "=", ";", ":"].includes(t.value) || AUG_OPS.has(t.value);
    if (t.kind === "NAME") return t.value === "in";
    return false;
  }
  starExpr(): Expr {
    const t = this.next();
    return { k: "Starred", e: this.orExpr(), ...this.pos(t) };
  }
  targetList(): Expr {
    const t = this.t;
    const first = this.target();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isKw("in") || this.isOp("=")) break;
      elts.push(this.target());
    }
    return this.span({ k: "Tuple", elts, ...this.pos(t) }, t);
  }
  target(): Expr {
    const e = this.isOp("*") ? this.starExpr() : this.orExpr();
    this.checkTarget(e, "assign to");
    return e;
  }

  namedExpr(): Expr {
    if (this.t.kind === "NAME" && this.peek().kind === "OP" && this.peek().value === ":=") {
      const t = this.t;
      const target: Expr = { k: "Name", id: this.expectName(), ...this.pos(t) };
      this.p++;
      const value = this.test();
      return { k: "NamedExpr", target, value, ...this.pos(t) };
    }
    return this.test();
  }

  test(): Expr {
    if (this.isKw("lambda")) return this.lambda();
    const t = this.t;
    const e = this.orTest();
    if (this.isKw("if")) {
      this.p++;
      const test = this.orTest();
      if (!this.eatKw("else")) this.err("expected 'else' after 'if' expression");
      const orelse = this.test();
      return this.span({ k: "IfExp", test, body: e, orelse, ...this.pos(t) }, t);
    }
    return e;
  }
  testNoCond(): Expr {
    if (this.isKw("lambda")) return this.lambda();
    return this.orTest();
  }
  lambda(): Expr {
    const t = this.next();
    const args = this.params(":", false);
    this.expectOp(":");
    const body = this.test();
    return this.span({ k: "Lambda", args, body, ...this.pos(t) }, t);
  }
  orTest(): Expr {
    const t = this.t;
    const e = this.andTest();
    if (!this.isKw("or")) return e;
    const vals = [e];
    while (this.eatKw("or")) vals.push(this.andTest());
    return this.span({ k: "BoolOp", op: "or", vals, ...this.pos(t) }, t);
  }
  andTest(): Expr {
    const t = this.t;
    const e = this.notTest();
    if (!this.isKw("and")) return e;
    const vals = [e];
    while (this.eatKw("and")) vals.push(this.notTest());
    return this.span({ k: "BoolOp", op: "and", vals, ...this.pos(t) }, t);
  }
  notTest(): Expr {
    if (this.isKw("not")) {
      const t = this.next();
      return this.span({ k: "UnaryOp", op: "not", e: this.notTest(), ...this.pos(t) }, t);
    }
    return this.comparison();
  }
  comparison(): Expr {
    const t = this.t;
    const l = this.orExpr();
    const ops: string[] = [],
      rs: Expr[] = [];
    for (;;) {
      const c = this.t;
      let op: string | null = null;
      if (c.kind === "OP" && COMP_OPS.has(c.value)) {
        op = c.value;
        this.p++;
      } else if (c.kind === "NAME" && c.value === "in") {
        op = "in";
        this.p++;
      } else if (c.kind === "NAME" && c.value === "not" && this.peek().kind === "NAME" && this.peek().value === "in") {
        op = "not in";
        this.p += 2;
      } else if (c.kind === "NAME" && c.value === "is") {
        this.p++;
        if (this.eatKw("not")) op = "is not";
        else op = "is";
      }
      if (!op) break;
      ops.push(op);
      rs.push(this.orExpr());
    }
    if (!ops.length) return l;
    return this.span({ k: "Compare", l, ops, rs, ...this.pos(t) }, t);
  }
  binLevel(ops: string[], sub: () => Expr): Expr {
    const t0 = this.t;
    let e = sub();
    for (;;) {
      const t = this.t;
      if (t.kind === "OP" && ops.includes(t.value)) {
        this.p++;
        const r = sub();
        e = this.span({ k: "BinOp", op: t.value, l: e, r, line: e.line, col: e.col }, t0);
      } else return e;
    }
  }
  orExpr = (): Expr => this.binLevel(["|"], this.xorExpr);
  xorExpr = (): Expr => this.binLevel(["^"], this.andExpr);
  andExpr = (): Expr => this.binLevel(["&"], this.shiftExpr);
  shiftExpr = (): Expr => this.binLevel(["<<", ">>"], this.arith);
  arith = (): Expr => this.binLevel(["+", "-"], this.term);
  term = (): Expr => this.binLevel(["*", "/", "//", "%", "@"], this.factor);
  factor = (): Expr => {
    const t = this.t;
    if (t.kind === "OP" && (t.value === "-" || t.value === "+" || t.value === "~")) {
      this.p++;
      const e = this.factor();
      return this.span({ k: "UnaryOp", op: t.value, e, ...this.pos(t) }, t);
    }
    return this.power();
  };
  power(): Expr {
    const t = this.t;
    if (this.isKw("await")) this.err();
    const e = this.primary();
    if (this.isOp("**")) {
      this.p++;
      const r = this.factor();
      return this.span({ k: "BinOp", op: "**", l: e, r, ...this.pos(t) }, t);
    }
    return e;
  }
  primary(): Expr {
    const t0 = this.t;
    let e = this.atom();
    for (;;) {
      const t = this.t;
      if (t.kind !== "OP") return e;
      if (t.value === ".") {
        this.p++;
        const nt = this.t;
        if (nt.kind !== "NAME") this.err("invalid syntax", nt);
        this.p++;
        e = this.span({ k: "Attr", e, name: nt.value, ...this.pos(nt) }, t0);
      } else if (t.value === "(") {
        this.p++;
        const args = this.callArgs();
        e = this.span({ k: "Call", fn: e, args, line: e.line, col: e.col }, t0);
      } else if (t.value === "[") {
        this.p++;
        const idx = this.subscriptList();
        this.expectOp("]");
        e = this.span({ k: "Subscript", e, idx, line: e.line, col: e.col }, t0);
      } else return e;
    }
  }
  callArgs(): Arg[] {
    const args: Arg[] = [];
    const open = this.toks[this.p - 1];
    let gen: Expr | null = null;
    let sawKw = false;
    while (!this.isOp(")")) {
      const t = this.t;
      if (this.eatOp("*")) args.push({ kind: "star", e: this.test() });
      else if (this.eatOp("**")) {
        args.push({ kind: "dstar", e: this.test() });
        sawKw = true;
      } else if (t.kind === "NAME" && this.peek().kind === "OP" && this.peek().value === "=") {
        this.p += 2;
        args.push({ kind: "kw", name: t.value, e: this.test() });
        sawKw = true;
      } else {
        const e = this.namedExpr();
        if (this.isKw("for")) {
          const gens = this.compFor();
          gen = { k: "Comp", kind: "gen", elt: e, val: null, gens, line: e.line, col: e.col };
          args.push({ kind: "pos", e: gen });
        } else {
          if (sawKw)
            this.err(
              args.some((a) => a.kind === "dstar")
                ? "positional argument follows keyword argument unpacking"
                : "positional argument follows keyword argument",
              t,
            );
          args.push({ kind: "pos", e });
        }
      }
      if (!this.eatOp(",")) break;
    }
    this.expectOp(")", "'(' was never closed");
    // a generator expression that is the call's only argument spans the call's parentheses, as in CPython
    if (gen !== null) this.span(gen, open);
    return args;
  }
  subscriptList(): Expr {
    const t = this.t;
    const first = this.subscript();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp("]")) break;
      elts.push(this.subscript());
    }
    return this.span({ k: "Tuple", elts, ...this.pos(t) }, t);
  }
  subscript(): Expr {
    const t = this.t;
    let lo: Expr | null = null;
    if (this.isOp("*")) return this.starExpr();
    if (!this.isOp(":")) {
      lo = this.namedExpr();
      if (!this.isOp(":")) return lo;
    }
    this.p++;
    let hi: Expr | null = null,
      step: Expr | null = null;
    if (!this.isOp("]") && !this.isOp(",") && !this.isOp(":")) hi = this.test();
    if (this.eatOp(":")) {
      if (!this.isOp("]") && !this.isOp(",")) step = this.test();
    }
    return this.span({ k: "Slice", lo, hi, step, ...this.pos(t) }, t);
  }
  compFor(): CompFor[] {
    const gens: CompFor[] = [];
    while (this.isKw("for")) {
      this.p++;
      const target = this.targetList();
      if (!this.eatKw("in")) this.err();
      const iter = this.orTest();
      const ifs: Expr[] = [];
      while (this.isKw("if")) {
        this.p++;
        ifs.push(this.testNoCond());
      }
      gens.push({ target, iter, ifs });
    }
    return gens;
  }

  /** an atom with its span; a parenthesized expression keeps its own span and gets the parentheses' as `outer` */
  atom(): Expr {
    const t = this.t;
    const e = this.atomInner();
    if (e.sp === undefined) return this.span(e, t);
    if (e.sp[0] !== t.line || e.sp[1] !== t.col) {
      const last = this.toks[this.p - 1];
      e.outer = [t.line, t.col, last.endLine ?? last.line, last.ec];
    }
    return e;
  }
  atomInner(): Expr {
    const t = this.t;
    const pos = this.pos(t);
    switch (t.kind) {
      case "NUMBER":
        this.p++;
        return { k: "Const", v: t.num, t: t.isFloat ? "float" : "int", ...pos };
      case "STRING":
        return this.strings();
      case "NAME": {
        switch (t.value) {
          case "None":
            this.p++;
            return { k: "Const", v: null, t: "None", ...pos };
          case "True":
            this.p++;
            return { k: "Const", v: true, t: "bool", ...pos };
          case "False":
            this.p++;
            return { k: "Const", v: false, t: "bool", ...pos };
        }
        if (KW.has(t.value)) this.err();
        this.p++;
        return { k: "Name", id: t.value, ...pos };
      }
      case "OP": {
        if (t.value === "(") {
          this.p++;
          if (this.eatOp(")")) return { k: "Tuple", elts: [], ...pos };
          if (this.isKw("yield")) {
            const y = this.yieldExpr();
            this.expectOp(")");
            return y;
          }
          const first = this.isOp("*") ? this.starExpr() : this.namedExpr();
          if (this.isKw("for")) {
            const gens = this.compFor();
            this.expectOp(")");
            return { k: "Comp", kind: "gen", elt: first, val: null, gens, ...pos };
          }
          if (this.eatOp(")")) {
            if (first.k === "Starred") this.err("cannot use starred expression here", t);
            return first;
          }
          const elts = [first];
          while (this.eatOp(",")) {
            if (this.isOp(")")) break;
            elts.push(this.isOp("*") ? this.starExpr() : this.namedExpr());
          }
          this.expectOp(")");
          return { k: "Tuple", elts, ...pos };
        }
        if (t.value === "[") {
          this.p++;
          if (this.eatOp("]")) return { k: "List", elts: [], ...pos };
          const first = this.isOp("*") ? this.starExpr() : this.namedExpr();
          if (this.isKw("for")) {
            const gens = this.compFor();
            this.expectOp("]");
            return { k: "Comp", kind: "list", elt: first, val: null, gens, ...pos };
          }
          const elts = [first];
          while (this.eatOp(",")) {
            if (this.isOp("]")) break;
            elts.push(this.isOp("*") ? this.starExpr() : this.namedExpr());
          }
          this.expectOp("]");
          return { k: "List", elts, ...pos };
        }
        if (t.value === "{") {
          this.p++;
          if (this.eatOp("}")) return { k: "Dict", keys: [], vals: [], ...pos };
          if (this.eatOp("**")) {
            const keys: (Expr | null)[] = [null],
              vals: Expr[] = [this.orExpr()];
            return this.dictRest(keys, vals, pos);
          }
          const first = this.isOp("*") ? this.starExpr() : this.test();
          if (this.eatOp(":")) {
            const v = this.test();
            if (this.isKw("for")) {
              const gens = this.compFor();
              this.expectOp("}");
              return { k: "Comp", kind: "dict", elt: first, val: v, gens, ...pos };
            }
            return this.dictRest([first], [v], pos);
          }
          if (this.isKw("for")) {
            const gens = this.compFor();
            this.expectOp("}");
            return { k: "Comp", kind: "set", elt: first, val: null, gens, ...pos };
          }
          const elts = [first];
          while (this.eatOp(",")) {
            if (this.isOp("}")) break;
            elts.push(this.isOp("*") ? this.starExpr() : this.test());
          }
          this.expectOp("}");
          return { k: "Set", elts, ...pos };
        }
        if (t.value === "...") {
          this.p++;
          return { k: "Const", v: null, t: "Ellipsis", ...pos };
        }
        break;
      }
    }
    if (t.kind === "INDENT") throw new PySyntaxError("unexpected indent", t.line, t.col, "IndentationError");
    if (t.kind === "NEWLINE" || t.kind === "EOF") this.err("invalid syntax");
    this.err();
  }
  dictRest(keys: (Expr | null)[], vals: Expr[], pos: Pos): Expr {
    while (this.eatOp(",")) {
      if (this.isOp("}")) break;
      if (this.eatOp("**")) {
        keys.push(null);
        vals.push(this.orExpr());
        continue;
      }
      keys.push(this.test());
      this.expectOp(":");
      vals.push(this.test());
    }
    this.expectOp("}");
    return { k: "Dict", keys, vals, ...pos };
  }

  strings(): Expr {
    const first = this.t;
    const parts: (string | { e: Expr; conv: string | null; spec: Expr | null })[] = [];
    let anyF = false,
      isBytes = false;
    while (this.t.kind === "STRING") {
      const s = this.next();
      if (s.bytes) isBytes = true;
      if (s.fstring) {
        anyF = true;
        parts.push(...parseFString(s.value, s.num === 1, s.line, s.col, s.bodyCol));
      } else parts.push(s.value);
    }
    const pos = this.pos(first);
    if (!anyF) return { k: "Const", v: parts.join(""), t: isBytes ? "bytes" : "str", ...pos };
    // merge adjacent strings
    const merged: typeof parts = [];
    for (const p of parts) {
      if (typeof p === "string" && typeof merged[merged.length - 1] === "string") merged[merged.length - 1] += p;
      else merged.push(p);
    }
    return { k: "FString", parts: merged, ...pos };
  }
}

const KW = new Set([
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
]);

function describe(e: Expr): string {
  switch (e.k) {
    case "Const":
      return e.t === "None" || e.t === "bool" ? (e.t === "None" ? "None" : String(e.v === true ? "True" : "False")) : "literal";
    case "Call":
      return "function call";
    case "BinOp":
    case "UnaryOp":
      return "expression";
    case "Compare":
      return "comparison";
    case "BoolOp":
      return "expression";
    case "Lambda":
      return "lambda";
    case "IfExp":
      return "conditional expression";
    case "FString":
      return "f-string expression";
    case "Comp":
      return e.kind === "gen" ? "generator expression" : e.kind + " comprehension";
    case "Dict":
      return "dict literal";
    case "Set":
      return "set display";
    case "NamedExpr":
      return "named expression";
    default:
      return "expression";
  }
}

/** Parse the body of an f-string into literal parts and expressions. */
export function parseFString(
  body: string,
  raw: boolean,
  line: number,
  col: number,
  bodyCol?: number,
): (string | { e: Expr; conv: string | null; spec: Expr | null })[] {
  const out: (string | { e: Expr; conv: string | null; spec: Expr | null })[] = [];
  let lit = "";
  let i = 0;
  const n = body.length;
  const flushLit = () => {
    if (lit) {
      out.push(decodeLit(lit, raw, line, col));
      lit = "";
    }
  };
  while (i < n) {
    const c = body[i];
    if (c === "{") {
      if (body[i + 1] === "{") {
        lit += "{";
        i += 2;
        continue;
      }
      flushLit();
      // find end of expression
      let j = i + 1,
        depth = 0;
      let q: string | null = null;
      while (j < n) {
        const d = body[j];
        if (q) {
          if (d === q) q = null;
          j++;
          continue;
        }
        if (d === "'" || d === '"') {
          q = d;
          j++;
          continue;
        }
        if (d === "(" || d === "[" || d === "{") depth++;
        else if (d === ")" || d === "]" || d === "}") {
          if (depth === 0) break;
          depth--;
        } else if (depth === 0 && ((d === "!" && body[j + 1] !== "=") || d === ":")) break;
        j++;
      }
      let exprText = body.slice(i + 1, j);
      if (j >= n) throw new PySyntaxError("f-string: expecting '}'", line, col);
      let debug = "";
      const m = /=\s*$/.exec(exprText);
      if (m && !/[=!<>]=\s*$/.test(exprText)) {
        debug = exprText;
        exprText = exprText.slice(0, m.index);
      }
      if (!exprText.trim()) throw new PySyntaxError("f-string: valid expression required before '}'", line, col);
      // on the f-string's first line the expression keeps its own columns (its caret line in a traceback)
      const at = bodyCol !== undefined && !body.slice(0, j).includes("\n") ? bodyCol + i : undefined;
      const e = parseSubExpr(exprText, line, col, at);
      let conv: string | null = null;
      if (body[j] === "!") {
        conv = body[j + 1];
        if (conv !== "s" && conv !== "r" && conv !== "a")
          throw new PySyntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'", line, col);
        j += 2;
      }
      let spec: Expr | null = null;
      if (body[j] === ":") {
        // spec until matching }
        let k = j + 1,
          d2 = 0;
        while (k < n) {
          if (body[k] === "{") d2++;
          else if (body[k] === "}") {
            if (d2 === 0) break;
            d2--;
          }
          k++;
        }
        const specParts = parseFString(body.slice(j + 1, k), raw, line, col, bodyCol === undefined ? undefined : bodyCol + j + 1);
        spec = { k: "FString", parts: specParts, line, col };
        j = k;
      }
      if (body[j] !== "}") throw new PySyntaxError("f-string: expecting '}'", line, col);
      if (debug) {
        out.push(debug);
        if (!conv && !spec) conv = "r";
      }
      out.push({ e, conv, spec });
      i = j + 1;
      continue;
    }
    if (c === "}") {
      if (body[i + 1] === "}") {
        lit += "}";
        i += 2;
        continue;
      }
      throw new PySyntaxError("f-string: single '}' is not allowed", line, col);
    }
    lit += c;
    i++;
  }
  flushLit();
  return out;
}

import { decodeEscapes } from "./lexer";
function decodeLit(s: string, raw: boolean, line: number, col: number): string {
  return decodeEscapes(s, raw, line, col);
}

/** `at`: the source column of the "{" before `text`, when its tokens' own columns are to be kept */
function parseSubExpr(text: string, line: number, col: number, at?: number): Expr {
  let toks: Token[];
  try {
    toks = tokenize("(" + text.replace(/\n/g, " ") + ")");
  } catch (e) {
    if (e instanceof PySyntaxError) throw new PySyntaxError("f-string: " + e.message, line, col);
    throw e;
  }
  for (const t of toks) {
    if (at !== undefined) {
      t.col += at;
      t.ec += at;
      if (t.endLine !== undefined) t.endLine = line;
    } else t.col = col;
    t.line = line;
  }
  const p = new Parser(toks);
  const e = p.exprList(true);
  return e;
}
