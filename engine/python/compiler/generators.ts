// Generator bodies: a generator function's statements are compiled a second way, into JS generator functions
// ("gen mode"), so that `yield` suspends the body where it stands; statements and expressions without a yield
// inside keep their ordinary closures. Generator expressions are lazy JS generators over their loops.
// Ordinary functions never reach this file, so their hot paths are unchanged.
import type { Expr, Stmt } from "../ast";
import { Scope } from "../scope";
import { Frame, type E, type S, BREAK, CONTINUE, RETURN } from "../frame";
import { PyTuple, PyList, PyDict, PySlice, PyIterator, Cell } from "../objects/core";
import {
  unary,
  compare,
  truthy,
  getattr,
  setattr,
  call,
  callMethod,
  getIter,
  iterToArray,
  getitem,
  setitem,
  contains,
  str,
} from "../objects/ops";
import { setOf } from "../objects/methods";
import { isSame } from "../objects/identity";
import { makeGenerator, delegate } from "../objects/generator";
import { typeError } from "../errors";
import { RT, checkLimits } from "../limits";
import { CTX } from "../context";
import { addFrameEntry, forIter, forNext, raisedAt } from "../locations";
import { PySyntaxError } from "../errors-syntax";
import { Compiler } from "./compiler";
import { toPyExc, isFatal, handlerMatches, makeExc, duringHandling } from "./exceptions";
import { exitWithError, exitNormally, enterContext } from "./with-exit";
import { binFn, inplaceFn } from "./expressions";

/** a statement in gen mode: returns BREAK/CONTINUE/RETURN or undefined, like S */
export type GS = (f: Frame) => Generator<any, number | undefined, any>;
/** an expression in gen mode: returns its value */
export type GE = (f: Frame) => Generator<any, any, any>;

declare module "./compiler" {
  interface Compiler {
    genBody(body: Stmt[] | Expr, fs: Scope): GS;
    gblock(stmts: Stmt[], s: Scope): GS;
    gstmt(st: Stmt, s: Scope): GS;
    gexpr(e: Expr, s: Scope): GE;
    genExpr(e: Expr & { k: "Comp" }, s: Scope): E;
  }
}

// ------------------------------------------------------------ which nodes contain a yield
const yieldCache = new WeakMap<object, boolean>();
/** does this node contain a yield of the current scope (not inside a nested def, lambda, class or comprehension)? */
export function hasYield(n: unknown): boolean {
  if (n === null || typeof n !== "object") return false;
  if (Array.isArray(n)) return n.some(hasYield);
  const c = yieldCache.get(n);
  if (c !== undefined) return c;
  const k = (n as any).k;
  let r: boolean;
  if (k === "Yield") r = true;
  else if (k === "FunctionDef" || k === "ClassDef" || k === "Lambda") r = false;
  else if (k === "Comp") r = hasYield((n as any).gens[0].iter);
  else r = Object.values(n).some(hasYield);
  yieldCache.set(n, r);
  return r;
}

function unsupported(n: { line: number; col: number }, what: string): never {
  throw new PySyntaxError(`'yield' inside ${what} is not supported by this Python engine`, n.line, n.col);
}

const syncStmt = (x: S): GS =>
  function* (f) {
    return x(f);
  };
const syncExpr = (x: E): GE =>
  function* (f) {
    return x(f);
  };

Compiler.prototype.genBody = function (this: Compiler, body: Stmt[] | Expr, fs: Scope): GS {
  if (Array.isArray(body)) return this.gblock(body, fs);
  const e = this.gexpr(body, fs);
  return function* (f) {
    f.ret = yield* e(f);
    return RETURN;
  };
};

Compiler.prototype.gblock = function (this: Compiler, stmts: Stmt[], s: Scope): GS {
  const n = stmts.length;
  const lines = stmts.map((st) => st.line);
  const sync: (S | null)[] = stmts.map((st) => (hasYield(st) ? null : this.stmt(st, s)));
  const gen: (GS | null)[] = stmts.map((st, i) => (sync[i] ? null : this.gstmt(st, s)));
  return function* (f) {
    for (let i = 0; i < n; i++) {
      f.line = lines[i];
      const x = sync[i];
      const r = x !== null ? x(f) : yield* gen[i]!(f);
      if (r !== undefined) return r;
    }
    return undefined;
  };
};

Compiler.prototype.gstmt = function (this: Compiler, st: Stmt, s: Scope): GS {
  if (!hasYield(st)) return syncStmt(this.stmt(st, s));
  switch (st.k) {
    case "Expr": {
      const e = this.gexpr(st.e, s);
      return function* (f) {
        yield* e(f);
        return undefined;
      };
    }
    case "Assign": {
      if (hasYield(st.targets)) unsupported(st, "an assignment target");
      const v = this.gexpr(st.value, s);
      const stores = st.targets.map((t) => this.store(t, s));
      return function* (f) {
        const val = yield* v(f);
        for (const x of stores) x(f, val);
        return undefined;
      };
    }
    case "AnnAssign": {
      // a generator is a function: its annotations are never evaluated
      if (!st.value)
        return function* () {
          return undefined;
        };
      if (hasYield(st.target)) unsupported(st, "an annotation");
      const v = this.gexpr(st.value, s);
      const store = this.store(st.target, s);
      return function* (f) {
        store(f, yield* v(f));
        return undefined;
      };
    }
    case "AugAssign": {
      const op = inplaceFn(st.op);
      const v = this.gexpr(st.value, s);
      const t = st.target;
      if (hasYield(t)) unsupported(st, "an assignment target");
      if (t.k === "Name") {
        const ld = this.load(t.id, s),
          store = this.storeName(t.id, s);
        return function* (f) {
          const a = ld(f);
          store(f, op(a, yield* v(f)));
          return undefined;
        };
      }
      if (t.k === "Attr") {
        const o = this.expr(t.e, s),
          name = t.name;
        return function* (f) {
          const ob = o(f);
          const a = getattr(ob, name);
          setattr(ob, name, op(a, yield* v(f)));
          return undefined;
        };
      }
      if (t.k === "Subscript") {
        const o = this.expr(t.e, s),
          k = this.expr(t.idx, s);
        return function* (f) {
          const ob = o(f),
            key = k(f);
          const a = getitem(ob, key);
          setitem(ob, key, op(a, yield* v(f)));
          return undefined;
        };
      }
      return unsupported(st, "this assignment");
    }
    case "Return": {
      const e = this.gexpr(st.e!, s);
      return function* (f) {
        f.ret = yield* e(f);
        return RETURN;
      };
    }
    case "If": {
      const t = this.gexpr(st.test, s);
      const body = this.gblock(st.body, s);
      const orelse = st.orelse.length ? this.gblock(st.orelse, s) : null;
      return function* (f) {
        if (truthy(yield* t(f))) return yield* body(f);
        return orelse ? yield* orelse(f) : undefined;
      };
    }
    case "While": {
      const t = this.gexpr(st.test, s);
      const body = this.gblock(st.body, s);
      const orelse = st.orelse.length ? this.gblock(st.orelse, s) : null;
      const line = st.line;
      return function* (f) {
        for (;;) {
          f.line = line;
          if (!truthy(yield* t(f))) break;
          if (++RT.steps >= RT.checkAt) checkLimits();
          const r = yield* body(f);
          if (r !== undefined) {
            if (r === BREAK) return undefined;
            if (r === CONTINUE) continue;
            return r;
          }
        }
        return orelse ? yield* orelse(f) : undefined;
      };
    }
    case "For": {
      if (hasYield(st.target)) unsupported(st, "a for target");
      const it = this.gexpr(st.iter, s);
      const store = this.store(st.target, s);
      const body = this.gblock(st.body, s);
      const orelse = st.orelse.length ? this.gblock(st.orelse, s) : null;
      const line = st.line;
      return function* (f) {
        const o = yield* it(f);
        const g = forIter(o, f, line);
        for (;;) {
          const v = forNext(g, f, line);
          if (v === undefined) break;
          store(f, v);
          if (++RT.steps >= RT.checkAt) checkLimits();
          const r = yield* body(f);
          if (r !== undefined) {
            if (r === BREAK) return undefined;
            if (r === CONTINUE) continue;
            return r;
          }
        }
        return orelse ? yield* orelse(f) : undefined;
      };
    }
    case "Try":
      return genTry(this, st, s);
    case "With":
      return genWith(this, st, s);
    case "Raise": {
      const e = st.e ? this.gexpr(st.e, s) : null;
      const cause = st.cause ? this.gexpr(st.cause, s) : null;
      return function* (f) {
        const x = makeExc(yield* e!(f));
        x.loc = st.sp ? { sp: st.sp, node: st as unknown as Expr } : null;
        if (cause) {
          const c = yield* cause(f);
          x.cause = c === null ? null : makeExc(c);
          x.suppressContext = true;
        }
        const cur = CTX.excStack[CTX.excStack.length - 1];
        if (cur && cur !== x && x.context === null) x.context = cur;
        throw x;
      };
    }
  }
  return unsupported(st, "this statement");
};

function genTry(c: Compiler, st: Stmt & { k: "Try" }, s: Scope): GS {
  const body = c.gblock(st.body, s);
  const handlers = st.handlers.map((h) => {
    if (hasYield(h.type)) unsupported(h, "an except clause");
    return {
      type: h.type ? c.expr(h.type, s) : null,
      store: h.name ? c.storeName(h.name, s) : null,
      body: c.gblock(h.body, s),
      line: h.line,
    };
  });
  const orelse = st.orelse.length ? c.gblock(st.orelse, s) : null;
  const final = st.final.length ? c.gblock(st.final, s) : null;
  const file = c.filename,
    name = s.name;
  const run: GS = function* (f) {
    let r: number | undefined;
    try {
      r = yield* body(f);
    } catch (e0) {
      if (!handlers.length) throw e0;
      const e = toPyExc(e0);
      if (isFatal(e)) throw e;
      addFrameEntry(e, f, file, name);
      for (const h of handlers) {
        f.line = h.line;
        if (h.type && !handlerMatches(e, h.type, f)) continue;
        if (h.store) h.store(f, e);
        CTX.excStack.push(e);
        try {
          return yield* h.body(f);
        } catch (e2) {
          throw duringHandling(e2, e);
        } finally {
          CTX.excStack.pop();
          if (h.store) h.store(f, undefined);
        }
      }
      throw e;
    }
    if (r !== undefined) return r;
    return orelse ? yield* orelse(f) : undefined;
  };
  if (!final) return run;
  return function* (f) {
    let r: number | undefined;
    try {
      r = yield* run(f);
    } catch (e0) {
      const e = toPyExc(e0);
      if (isFatal(e)) throw e;
      addFrameEntry(e, f, file, name);
      const savedRet = f.ret,
        line = f.line;
      // the pending exception is being handled while `finally` runs: the context of one raised there
      CTX.excStack.push(e);
      let fr: number | undefined;
      try {
        fr = yield* final(f);
      } catch (e2) {
        throw duringHandling(e2, e);
      } finally {
        CTX.excStack.pop();
      }
      if (fr !== undefined) return fr;
      f.ret = savedRet;
      f.line = line;
      throw e;
    }
    const savedRet = f.ret;
    const fr = yield* final(f);
    if (fr !== undefined) return fr;
    f.ret = savedRet;
    return r;
  };
}

function genWith(c: Compiler, st: Stmt & { k: "With" }, s: Scope): GS {
  let body = c.gblock(st.body, s);
  const file = c.filename,
    name = s.name,
    line = st.line;
  for (let i = st.items.length - 1; i >= 0; i--) {
    const item = st.items[i];
    if (item.as && hasYield(item.as)) unsupported(st, "a with target");
    const ce = c.gexpr(item.e, s);
    const store = item.as ? c.store(item.as, s) : null;
    const inner = body;
    body = function* (f) {
      const mgr = yield* ce(f);
      const v = enterContext(mgr);
      if (store) store(f, v);
      let r: number | undefined;
      try {
        r = yield* inner(f);
      } catch (e0) {
        const e = toPyExc(e0);
        if (isFatal(e)) throw e;
        if (exitWithError(mgr, e, f, file, name, line)) return undefined;
        throw e;
      }
      exitNormally(mgr, f, line);
      return r;
    };
  }
  return body;
}

// ------------------------------------------------------------ expressions
Compiler.prototype.gexpr = function (this: Compiler, e: Expr, s: Scope): GE {
  if (!hasYield(e)) return syncExpr(this.expr(e, s));
  switch (e.k) {
    case "Yield": {
      const v = e.e ? this.gexpr(e.e, s) : null;
      if (e.from)
        return function* (f) {
          return yield* delegate(yield* v!(f));
        };
      return function* (f) {
        const x = v ? yield* v(f) : null;
        const sent = yield x;
        return sent === undefined ? null : sent;
      };
    }
    case "BinOp": {
      const l = this.gexpr(e.l, s),
        r = this.gexpr(e.r, s),
        op = binFn(e.op);
      return function* (f) {
        const a = yield* l(f);
        return op(a, yield* r(f));
      };
    }
    case "UnaryOp": {
      const x = this.gexpr(e.e, s),
        op = e.op;
      if (op === "not")
        return function* (f) {
          return !truthy(yield* x(f));
        };
      return function* (f) {
        return unary(op, yield* x(f));
      };
    }
    case "BoolOp": {
      const vs = e.vals.map((v) => this.gexpr(v, s)),
        and = e.op === "and";
      return function* (f) {
        let v: any;
        for (let i = 0; i < vs.length; i++) {
          v = yield* vs[i]!(f);
          if (i < vs.length - 1 && truthy(v) !== and) return v; // the last operand is the result as it is
        }
        return v;
      };
    }
    case "Compare": {
      const l = this.gexpr(e.l, s),
        rs = e.rs.map((r) => this.gexpr(r, s)),
        ops = e.ops;
      return function* (f) {
        let a = yield* l(f),
          res: any = true;
        for (let i = 0; i < ops.length; i++) {
          const b = yield* rs[i](f);
          res = cmp1(ops[i], a, b);
          if (i < ops.length - 1 && !truthy(res)) return res;
          a = b;
        }
        return res;
      };
    }
    case "IfExp": {
      const t = this.gexpr(e.test, s),
        b = this.gexpr(e.body, s),
        o = this.gexpr(e.orelse, s);
      return function* (f) {
        return truthy(yield* t(f)) ? yield* b(f) : yield* o(f);
      };
    }
    case "Attr": {
      const o = this.gexpr(e.e, s),
        name = e.name;
      return function* (f) {
        return getattr(yield* o(f), name);
      };
    }
    case "Subscript": {
      const o = this.gexpr(e.e, s),
        k = this.gexpr(e.idx, s);
      return function* (f) {
        const ob = yield* o(f);
        return getitem(ob, yield* k(f));
      };
    }
    case "Slice": {
      const lo = this.gexpr(e.lo ?? NONE, s),
        hi = this.gexpr(e.hi ?? NONE, s),
        st = this.gexpr(e.step ?? NONE, s);
      return function* (f) {
        const a = yield* lo(f),
          b = yield* hi(f);
        return new PySlice(a, b, yield* st(f));
      };
    }
    case "Tuple": {
      const b = this.gseq(e.elts, s);
      return function* (f) {
        return new PyTuple(yield* b(f));
      };
    }
    case "List": {
      const b = this.gseq(e.elts, s);
      return function* (f) {
        return new PyList(yield* b(f));
      };
    }
    case "Set": {
      const b = this.gseq(e.elts, s);
      return function* (f) {
        return setOf(yield* b(f), false);
      };
    }
    case "Dict": {
      if (e.keys.some((k) => k === null)) unsupported(e, "a dict display with **");
      const ks = e.keys.map((k) => this.gexpr(k!, s)),
        vs = e.vals.map((v) => this.gexpr(v, s));
      return function* (f) {
        const d = new PyDict();
        for (let i = 0; i < ks.length; i++) {
          const k = yield* ks[i](f);
          setitem(d, k, yield* vs[i](f));
        }
        return d;
      };
    }
    case "NamedExpr": {
      const v = this.gexpr(e.value, s),
        store = this.storeName((e.target as any).id, s);
      return function* (f) {
        const x = yield* v(f);
        store(f, x);
        return x;
      };
    }
    case "Call":
      return genCall(this, e, s);
    case "Comp":
      return syncExpr(this.expr(e, s)) /* only its first iterable can hold a yield: evaluated eagerly */;
  }
  return unsupported(e, "this expression");
};

const NONE: Expr = { k: "Const", v: null, t: "None", line: 0, col: 0 };

function cmp1(op: string, a: any, b: any): any {
  switch (op) {
    case "is":
      return isSame(a, b);
    case "is not":
      return !isSame(a, b);
    case "in":
      return contains(b, a);
    case "not in":
      return !contains(b, a);
    default:
      return compare(op, a, b);
  }
}

declare module "./compiler" {
  interface Compiler {
    gseq(elts: Expr[], s: Scope): (f: Frame) => Generator<any, any[], any>;
  }
}
Compiler.prototype.gseq = function (this: Compiler, elts: Expr[], s: Scope) {
  const parts = elts.map((x) => (x.k === "Starred" ? { star: true, e: this.gexpr(x.e, s) } : { star: false, e: this.gexpr(x, s) }));
  return function* (f: Frame) {
    const out: any[] = [];
    for (const p of parts) {
      const v = yield* p.e(f);
      if (p.star) for (const x of iterToArray(v)) out.push(x);
      else out.push(v);
    }
    return out;
  };
};

function genCall(c: Compiler, e: Expr & { k: "Call" }, s: Scope): GE {
  const method = e.fn.k === "Attr" ? e.fn.name : null;
  const fn = c.gexpr(e.fn.k === "Attr" ? e.fn.e : e.fn, s);
  const parts = e.args.map((a) => ({
    kind: a.kind,
    name: a.name,
    star: a.kind === "pos" && a.e.k === "Starred",
    e: c.gexpr(a.kind === "pos" && a.e.k === "Starred" ? a.e.e : a.e, s),
  }));
  return function* (f) {
    const target = yield* fn(f);
    const pos: any[] = [];
    let kw: Map<string, any> | null = null;
    for (const p of parts) {
      const v = yield* p.e(f);
      if (p.kind === "pos" && !p.star) pos.push(v);
      else if (p.kind === "pos" || p.kind === "star") pos.push(...iterToArray(v));
      else if (p.kind === "kw") {
        kw ??= new Map();
        if (kw.has(p.name!)) throw typeError(`keyword argument repeated: ${p.name}`);
        kw.set(p.name!, v);
      } else {
        kw ??= new Map();
        for (const k of iterToArray(callMethod(v, "keys", [], null))) kw.set(str(k), getitem(v, k));
      }
    }
    return method !== null ? callMethod(target, method, pos, kw) : call(target, pos, kw);
  };
}

// ------------------------------------------------------------ generator expressions
Compiler.prototype.genExpr = function (this: Compiler, e: Expr & { k: "Comp" }, s: Scope): E {
  const cs = this.sm.map.get(e)!;
  const first = this.expr(e.gens[0].iter, s);
  const closureOf = this.closureMaker(cs, s);
  const nl = cs.nlocals;
  const cellSlots: number[] = [];
  for (const c of cs.cells) cellSlots.push(cs.slots.get(c)!);
  const elt = this.expr(e.elt, cs);
  const loops = e.gens.map((g, gi) => ({
    store: this.store(g.target, cs),
    conds: g.ifs.map((x) => this.cond(x, cs)),
    iter: gi === 0 ? null : this.expr(g.iter, cs),
  }));
  const last = loops.length - 1;
  const filename = this.filename;
  const qualname = cs.qualname();
  // the loops' own iteration is placed at the whole generator expression, as in CPython
  const placedAtExpr = <T>(step: () => T): T => {
    try {
      return step();
    } catch (err) {
      throw raisedAt(err, e);
    }
  };
  function* run(cf: Frame, gi: number): Generator<any, any, any> {
    const lp = loops[gi];
    let it: PyIterator = cf.l[0];
    if (gi !== 0) {
      const o = lp.iter!(cf);
      it = placedAtExpr(() => getIter(o));
    }
    let v;
    next: while ((v = placedAtExpr(() => it.next())) !== undefined) {
      lp.store(cf, v);
      if (++RT.steps >= RT.checkAt) checkLimits();
      for (const c of lp.conds) if (!c(cf)) continue next;
      if (gi === last) yield elt(cf);
      else yield* run(cf, gi + 1);
    }
  }
  return (f) => {
    const l = new Array(nl);
    l[0] = getIter(first(f));
    for (const c of cellSlots) l[c] = new Cell(l[c]);
    const cf = new Frame(l, closureOf(f), f.fn);
    cf.line = f.line;
    return makeGenerator(run(cf, 0), cf, "<genexpr>", qualname, filename);
  };
};
