// Compile-time scope analysis: decides for every name whether it is a local slot, a cell,
// a free variable (closure), a class-namespace entry or a global.
import type { Expr, Stmt, Params, CompFor, Pat } from "./ast";
import { PySyntaxError } from "./errors-syntax";

export type ScopeKind = "module" | "function" | "class";
export class Scope {
  assigned = new Set<string>();
  globals = new Set<string>();
  nonlocals = new Set<string>();
  used = new Set<string>();
  children: Scope[] = [];
  params: string[] = [];
  slots = new Map<string, number>();
  cells = new Set<string>();
  free = new Map<string, number>();
  freeNames: string[] = [];
  nlocals = 0;
  isGenerator = false;
  usesSuper = false;
  constructor(
    public kind: ScopeKind,
    public parent: Scope | null,
    public name: string,
  ) {
    if (parent) parent.children.push(this);
  }
  /** CPython's __qualname__ of a definition with this scope: Outer.name, f.<locals>.name (not after a
   * comprehension), or the bare name at module level or where the parent declares it global */
  qualname(): string {
    const p = this.parent;
    if (p === null || p.kind === "module" || p.globals.has(this.name)) return this.name;
    const comprehension = p.name.startsWith("<") && p.name !== "<lambda>";
    return `${p.qualname()}${p.kind === "function" && !comprehension ? ".<locals>" : ""}.${this.name}`;
  }
  isLocal(n: string): boolean {
    return this.kind === "function" && this.slots.has(n);
  }
  addFree(n: string): number {
    let i = this.free.get(n);
    if (i === undefined) {
      i = this.freeNames.length;
      this.freeNames.push(n);
      this.free.set(n, i);
    }
    return i;
  }
}

export class ScopeMap {
  map = new Map<object, Scope>();
}

function paramNames(p: Params): string[] {
  const out = p.args.map((a) => a.name);
  for (const k of p.kwonly) out.push(k.name);
  if (p.vararg) out.push(p.vararg);
  if (p.kwarg) out.push(p.kwarg);
  return out;
}

export function analyze(body: Stmt[], sm: ScopeMap, top: Scope): void {
  scanBody(body, top, sm);
  resolve(top);
}

/** a pattern's capture names are assigned in the scope; its values and class names are read */
function scanPattern(p: Pat, s: Scope, sm: ScopeMap): void {
  switch (p.k) {
    case "PValue":
      scanExpr(p.e, s, sm);
      break;
    case "PCapture":
    case "PStar":
      if (p.name) s.assigned.add(p.name);
      break;
    case "PAs":
      scanPattern(p.pat, s, sm);
      s.assigned.add(p.name);
      break;
    case "POr":
    case "PSeq":
      for (const x of p.pats) scanPattern(x, s, sm);
      break;
    case "PMap":
      for (const k of p.keys) scanExpr(k, s, sm);
      for (const x of p.pats) scanPattern(x, s, sm);
      if (p.rest) s.assigned.add(p.rest);
      break;
    case "PClass":
      scanExpr(p.cls, s, sm);
      for (const x of [...p.args, ...p.kwPats]) scanPattern(x, s, sm);
      break;
  }
}

function scanBody(body: Stmt[], s: Scope, sm: ScopeMap): void {
  for (const st of body) scanStmt(st, s, sm);
}

function assignTarget(e: Expr, s: Scope, sm: ScopeMap): void {
  switch (e.k) {
    case "Name":
      s.assigned.add(e.id);
      break;
    case "Tuple":
    case "List":
      for (const x of e.elts) assignTarget(x, s, sm);
      break;
    case "Starred":
      assignTarget(e.e, s, sm);
      break;
    default:
      scanExpr(e, s, sm);
  }
}

function scanStmt(st: Stmt, s: Scope, sm: ScopeMap): void {
  switch (st.k) {
    case "Expr":
      scanExpr(st.e, s, sm);
      break;
    case "Assign":
      scanExpr(st.value, s, sm);
      for (const t of st.targets) assignTarget(t, s, sm);
      break;
    case "AugAssign":
      scanExpr(st.value, s, sm);
      if (st.target.k === "Name") {
        s.assigned.add(st.target.id);
        s.used.add(st.target.id);
      } else scanExpr(st.target, s, sm);
      break;
    case "AnnAssign":
      // an annotated name is local even without a value; annotations are evaluated outside functions only
      if (st.value) scanExpr(st.value, s, sm);
      if (st.value || st.target.k === "Name") assignTarget(st.target, s, sm);
      if (s.kind !== "function") scanExpr(st.ann, s, sm);
      break;
    case "Del":
      for (const t of st.targets) assignTarget(t, s, sm);
      break;
    case "Return":
      if (st.e) scanExpr(st.e, s, sm);
      break;
    case "Raise":
      if (st.e) scanExpr(st.e, s, sm);
      if (st.cause) scanExpr(st.cause, s, sm);
      break;
    case "Global":
      for (const n of st.names) {
        if (s.kind === "function" && s.params.includes(n)) throw new PySyntaxError(`name '${n}' is parameter and global`, st.line, st.col);
        s.globals.add(n);
      }
      break;
    case "Nonlocal":
      if (s.kind === "module") throw new PySyntaxError("nonlocal declaration not allowed at module level", st.line, st.col);
      for (const n of st.names) s.nonlocals.add(n);
      break;
    case "Assert":
      scanExpr(st.test, s, sm);
      if (st.msg) scanExpr(st.msg, s, sm);
      break;
    case "Import":
      for (const n of st.names) s.assigned.add(n.as ?? n.name.split(".")[0]);
      break;
    case "ImportFrom":
      for (const n of st.names) if (n.name !== "*") s.assigned.add(n.as ?? n.name);
      break;
    case "If":
    case "While":
      scanExpr(st.test, s, sm);
      scanBody(st.body, s, sm);
      scanBody(st.orelse, s, sm);
      break;
    case "For":
      scanExpr(st.iter, s, sm);
      assignTarget(st.target, s, sm);
      scanBody(st.body, s, sm);
      scanBody(st.orelse, s, sm);
      break;
    case "Try":
      scanBody(st.body, s, sm);
      for (const h of st.handlers) {
        if (h.type) scanExpr(h.type, s, sm);
        if (h.name) s.assigned.add(h.name);
        scanBody(h.body, s, sm);
      }
      scanBody(st.orelse, s, sm);
      scanBody(st.final, s, sm);
      break;
    case "Match":
      scanExpr(st.subject, s, sm);
      for (const c of st.cases) {
        scanPattern(c.pat, s, sm);
        if (c.guard) scanExpr(c.guard, s, sm);
        scanBody(c.body, s, sm);
      }
      break;
    case "With":
      for (const it of st.items) {
        scanExpr(it.e, s, sm);
        if (it.as) assignTarget(it.as, s, sm);
      }
      scanBody(st.body, s, sm);
      break;
    case "FunctionDef": {
      for (const d of st.decos) scanExpr(d, s, sm);
      scanDefaults(st.args, s, sm);
      s.assigned.add(st.bind ?? st.name);
      const c = new Scope("function", s, st.name);
      c.params = paramNames(st.args);
      for (const p of c.params) c.assigned.add(p);
      sm.map.set(st, c);
      scanBody(st.body, c, sm);
      break;
    }
    case "ClassDef": {
      for (const d of st.decos) scanExpr(d, s, sm);
      for (const b of st.bases) scanExpr(b, s, sm);
      for (const kw of st.keywords) scanExpr(kw.e, s, sm);
      s.assigned.add(st.bind ?? st.name);
      const c = new Scope("class", s, st.name);
      sm.map.set(st, c);
      scanBody(st.body, c, sm);
      break;
    }
  }
}

function scanDefaults(p: Params, s: Scope, sm: ScopeMap): void {
  for (const a of p.args) if (a.def) scanExpr(a.def, s, sm);
  for (const a of p.kwonly) if (a.def) scanExpr(a.def, s, sm);
}

function scanComp(e: Expr & { k: "Comp" }, s: Scope, sm: ScopeMap): void {
  // first iterable is evaluated in the enclosing scope
  scanExpr(e.gens[0].iter, s, sm);
  const c = new Scope("function", s, "<" + (e.kind === "gen" ? "genexpr" : e.kind + "comp") + ">");
  c.params = [".0"];
  c.assigned.add(".0");
  sm.map.set(e, c);
  e.gens.forEach((g: CompFor, i: number) => {
    if (i > 0) scanExpr(g.iter, c, sm);
    assignTarget(g.target, c, sm);
    for (const cond of g.ifs) scanExpr(cond, c, sm);
  });
  scanExpr(e.elt, c, sm);
  if (e.val) scanExpr(e.val, c, sm);
}

function scanExpr(e: Expr, s: Scope, sm: ScopeMap): void {
  switch (e.k) {
    case "Name":
      s.used.add(e.id);
      if (e.id === "super") s.usesSuper = true;
      break;
    case "Const":
      break;
    case "FString":
      for (const p of e.parts)
        if (typeof p !== "string") {
          scanExpr(p.e, s, sm);
          if (p.spec) scanExpr(p.spec, s, sm);
        }
      break;
    case "BinOp":
      scanExpr(e.l, s, sm);
      scanExpr(e.r, s, sm);
      break;
    case "UnaryOp":
      scanExpr(e.e, s, sm);
      break;
    case "BoolOp":
      for (const v of e.vals) scanExpr(v, s, sm);
      break;
    case "Compare":
      scanExpr(e.l, s, sm);
      for (const r of e.rs) scanExpr(r, s, sm);
      break;
    case "IfExp":
      scanExpr(e.test, s, sm);
      scanExpr(e.body, s, sm);
      scanExpr(e.orelse, s, sm);
      break;
    case "Lambda": {
      scanDefaults(e.args, s, sm);
      const c = new Scope("function", s, "<lambda>");
      c.params = paramNames(e.args);
      for (const p of c.params) c.assigned.add(p);
      sm.map.set(e, c);
      scanExpr(e.body, c, sm);
      break;
    }
    case "Call":
      scanExpr(e.fn, s, sm);
      for (const a of e.args) scanExpr(a.e, s, sm);
      break;
    case "Attr":
      scanExpr(e.e, s, sm);
      break;
    case "Subscript":
      scanExpr(e.e, s, sm);
      scanExpr(e.idx, s, sm);
      break;
    case "Slice":
      if (e.lo) scanExpr(e.lo, s, sm);
      if (e.hi) scanExpr(e.hi, s, sm);
      if (e.step) scanExpr(e.step, s, sm);
      break;
    case "Tuple":
    case "List":
    case "Set":
      for (const x of e.elts) scanExpr(x, s, sm);
      break;
    case "Dict":
      for (const k of e.keys) if (k) scanExpr(k, s, sm);
      for (const v of e.vals) scanExpr(v, s, sm);
      break;
    case "Starred":
      scanExpr(e.e, s, sm);
      break;
    case "Comp":
      scanComp(e, s, sm);
      break;
    case "NamedExpr": {
      scanExpr(e.value, s, sm);
      // walrus in comprehension binds in enclosing function scope
      let t = s;
      while (t.name.startsWith("<") && t.name !== "<lambda>" && t.parent) t = t.parent;
      if (e.target.k === "Name") {
        t.assigned.add(e.target.id);
        if (t !== s) {
          s.used.add(e.target.id);
          t.used.add(e.target.id);
        }
      }
      break;
    }
    case "Yield":
      if (s.kind !== "function") throw new PySyntaxError("'yield' outside function", e.line, e.col);
      s.isGenerator = true;
      if (e.e) scanExpr(e.e, s, sm);
      break;
  }
}

function enclosingOwner(s: Scope, n: string): Scope | null {
  let p = s.parent;
  while (p) {
    if (p.kind === "function" && p.slots.has(n) && !p.globals.has(n)) return p;
    if (p.kind === "module") return null;
    p = p.parent;
  }
  return null;
}

function resolve(s: Scope): void {
  if (s.kind === "function") {
    let i = 0;
    for (const p of s.params) s.slots.set(p, i++);
    for (const n of s.assigned) if (!s.slots.has(n) && !s.globals.has(n) && !s.nonlocals.has(n)) s.slots.set(n, i++);
    s.nlocals = i;
  }
  for (const n of s.nonlocals) {
    const owner = enclosingOwner(s, n);
    if (!owner) throw new PySyntaxError(`no binding for nonlocal '${n}' found`, 0, 0);
  }
  for (const c of s.children) resolve(c);
  // free variables: names used (or nonlocal) here that are not local and resolve to an enclosing function
  if (s.kind !== "module") {
    const names = new Set<string>([...s.used, ...s.nonlocals]);
    for (const n of names) {
      if (s.kind === "function" && s.slots.has(n)) continue;
      if (s.globals.has(n)) continue;
      if (s.kind === "class" && s.assigned.has(n) && !s.nonlocals.has(n)) {
        // class-level name; may still be free too for fallback
      }
      const owner = enclosingOwner(s, n);
      if (!owner) continue;
      owner.cells.add(n);
      // thread through intermediate scopes
      let p: Scope | null = s;
      while (p && p !== owner) {
        p.addFree(n);
        p = p.parent;
      }
    }
  }
}
