// Statements: blocks, control flow (if/while/for/try/with/raise), assignment statements and imports.
import type { Expr, Stmt } from "../ast";
import { Scope } from "../scope";
import { Frame, type S, BREAK, CONTINUE, RETURN } from "../frame";
import { PyList, PyRange } from "../objects/core";
import { getattr, setattr, call, getitem, setitem } from "../objects/ops";
import { exc, AssertionError, ImportError, excTypes } from "../errors";
import { RT, checkLimits } from "../limits";
import { CTX } from "../context";
import { PySyntaxError } from "../errors-syntax";
import { Compiler, globalCell } from "./compiler";
import { toPyExc, isFatal, handlerMatches, makeExc, duringHandling } from "./exceptions";
import { exitWithError, exitNormally, enterContext } from "./with-exit";
import { inplaceFn } from "./expressions";
import { TEMP, releaseInplaceOperand } from "../objects/ops/temporaries";
import { makesTemp } from "./temporaries";
import { variableAnnotation } from "./annotations";
import { addFrameEntry, forIter, forNext, raisedAt } from "../locations";

declare module "./compiler" {
  interface Compiler {
    block(stmts: Stmt[], s: Scope): S;
    stmt(st: Stmt, s: Scope): S;
    ifStmt(st: Stmt & { k: "If" }, s: Scope): S;
    whileStmt(st: Stmt & { k: "While" }, s: Scope): S;
    forStmt(st: Stmt & { k: "For" }, s: Scope): S;
    tryStmt(st: Stmt & { k: "Try" }, s: Scope): S;
    raiseStmt(st: Stmt & { k: "Raise" }, s: Scope): S;
    withStmt(st: Stmt & { k: "With" }, s: Scope): S;
    augAssign(st: Stmt & { k: "AugAssign" }, s: Scope): S;
  }
}

Compiler.prototype.block = function (this: Compiler, stmts: Stmt[], s: Scope): S {
  const fs = stmts.map((st) => this.stmt(st, s));
  const lines = stmts.map((st) => st.line);
  const n = fs.length;
  if (n === 0) return () => undefined;
  if (n === 1) {
    const a = fs[0],
      la = lines[0];
    return (f) => {
      f.line = la;
      return a(f);
    };
  }
  if (n === 2) {
    const a = fs[0],
      b = fs[1],
      la = lines[0],
      lb = lines[1];
    return (f) => {
      f.line = la;
      const r = a(f);
      if (r !== undefined) return r;
      f.line = lb;
      return b(f);
    };
  }
  return (f) => {
    for (let i = 0; i < n; i++) {
      f.line = lines[i];
      const r = fs[i](f);
      if (r !== undefined) return r;
    }
    return undefined;
  };
};

Compiler.prototype.stmt = function (this: Compiler, st: Stmt, s: Scope): S {
  switch (st.k) {
    case "Expr": {
      const e = this.expr(st.e, s);
      return (f) => {
        e(f);
        return undefined;
      };
    }
    case "Assign": {
      const v = this.expr(st.value, s);
      if (st.targets.length === 1) {
        const t = st.targets[0];
        if (t.k === "Name") {
          const store = this.storeName(t.id, s);
          return (f) => {
            store(f, v(f));
            return undefined;
          };
        }
        const store = this.store(t, s);
        return (f) => {
          store(f, v(f));
          return undefined;
        };
      }
      const stores = st.targets.map((t) => this.store(t, s));
      return (f) => {
        const val = v(f);
        for (const x of stores) x(f, val);
        return undefined;
      };
    }
    case "AnnAssign": {
      const annotate = variableAnnotation(this, st, s);
      if (!st.value) return annotate === null ? () => undefined : (f) => void annotate(f);
      const v = this.expr(st.value, s);
      const store = this.store(st.target, s);
      return (f) => {
        store(f, v(f));
        annotate?.(f);
        return undefined;
      };
    }
    case "AugAssign":
      return this.augAssign(st, s);
    case "Pass":
    case "Global":
    case "Nonlocal":
      return () => undefined;
    case "Break":
      return () => BREAK;
    case "Continue":
      return () => CONTINUE;
    case "Return": {
      if (!st.e)
        return (f) => {
          f.ret = null;
          return RETURN;
        };
      const e = this.expr(st.e, s);
      return (f) => {
        f.ret = e(f);
        return RETURN;
      };
    }
    case "If":
      return this.ifStmt(st, s);
    case "While":
      return this.whileStmt(st, s);
    case "For":
      return this.forStmt(st, s);
    case "Try":
      return this.tryStmt(st, s);
    case "Raise":
      return this.raiseStmt(st, s);
    case "Assert": {
      const t = this.cond(st.test, s);
      const m = st.msg ? this.expr(st.msg, s) : null;
      // CPython places a failed assert at its test, unless the test is a constant (then at the statement)
      const at = st.test.k === "Const" || st.test.k === "Tuple" ? {} : st.test;
      return (f) => {
        if (!t(f)) throw raisedAt(m ? exc(AssertionError, m(f)) : exc(AssertionError), at);
        return undefined;
      };
    }
    case "Del": {
      const ds = st.targets.map((t) => this.del(t, s));
      return (f) => {
        for (const d of ds) d(f);
        return undefined;
      };
    }
    case "Import": {
      const ops = st.names.map((n) => {
        if (n.as) {
          const store = this.storeName(n.as, s);
          return (f: Frame) => {
            let m: any = CTX.importModule(n.name);
            store(f, m);
          };
        }
        const top = n.name.split(".")[0];
        const store = this.storeName(top, s);
        return (f: Frame) => {
          CTX.importModule(n.name);
          store(f, CTX.importModule(top));
        };
      });
      return (f) => {
        for (const o of ops) o(f);
        return undefined;
      };
    }
    case "ImportFrom": {
      if (st.level > 0)
        return () => {
          throw exc(ImportError, "attempted relative import with no known parent package");
        };
      if (st.mod === "__future__") return futureImport(st);
      if (st.names.length === 1 && st.names[0].name === "*") {
        const mod = st.mod;
        const globals = this.globals;
        const isMod = s.kind === "module";
        return (f) => {
          const m = CTX.importModule(mod);
          m.pending?.();
          for (const [k, v] of m.dict) {
            if (k.startsWith("_")) continue;
            if (isMod) globalCell(globals, k).v = v;
            else if (f.ns) f.ns.set(k, v);
          }
          return undefined;
        };
      }
      const ops = st.names.map((n) => {
        const store = this.storeName(n.as ?? n.name, s);
        return (f: Frame) => {
          const m = CTX.importModule(st.mod);
          let v = m.dict.get(n.name);
          if (v === undefined) {
            m.pending?.(n.name);
            try {
              v = CTX.importModule(st.mod + "." + n.name);
            } catch {
              throw exc(ImportError, `cannot import name '${n.name}' from '${st.mod}'`);
            }
          }
          store(f, v);
        };
      });
      return (f) => {
        for (const o of ops) o(f);
        return undefined;
      };
    }
    case "FunctionDef": {
      const mk = this.funcMaker(st.name, st.args, st.body, null, st, s);
      const decos = st.decos.map((d) => this.expr(d, s)).reverse();
      const store = this.storeName(st.bind ?? st.name, s);
      return (f) => {
        let fn: any = mk(f);
        for (const d of decos) fn = call(d(f), [fn], null);
        store(f, fn);
        return undefined;
      };
    }
    case "ClassDef":
      return this.classDef(st, s);
    case "With":
      return this.withStmt(st, s);
    case "Match":
      return this.matchStmt(st, s);
  }
};

Compiler.prototype.ifStmt = function (this: Compiler, st: Stmt & { k: "If" }, s: Scope): S {
  const t = this.cond(st.test, s);
  const body = this.block(st.body, s);
  if (!st.orelse.length) return (f) => (t(f) ? body(f) : undefined);
  const orelse = st.orelse.length === 1 && st.orelse[0].k === "If" ? this.stmt(st.orelse[0], s) : this.block(st.orelse, s);
  const oline = st.orelse[0].line;
  const isElif = st.orelse.length === 1 && st.orelse[0].k === "If";
  return (f) => {
    if (t(f)) return body(f);
    if (isElif) f.line = oline;
    return orelse(f);
  };
};

Compiler.prototype.whileStmt = function (this: Compiler, st: Stmt & { k: "While" }, s: Scope): S {
  const t = this.cond(st.test, s);
  const body = this.block(st.body, s);
  const orelse = st.orelse.length ? this.block(st.orelse, s) : null;
  const line = st.line;
  return (f) => {
    for (;;) {
      f.line = line;
      if (!t(f)) break;
      if (++RT.steps >= RT.checkAt) checkLimits();
      const r = body(f);
      if (r !== undefined) {
        if (r === BREAK) return undefined;
        if (r === CONTINUE) continue;
        return r;
      }
    }
    return orelse ? orelse(f) : undefined;
  };
};

Compiler.prototype.forStmt = function (this: Compiler, st: Stmt & { k: "For" }, s: Scope): S {
  const it = this.expr(st.iter, s);
  const store = this.store(st.target, s);
  const body = this.block(st.body, s);
  const orelse = st.orelse.length ? this.block(st.orelse, s) : null;
  const line = st.line;
  return (f) => {
    const o = it(f);
    if (o instanceof PyList) {
      const items = o.items;
      for (let i = 0; i < items.length; i++) {
        store(f, items[i]);
        if (++RT.steps >= RT.checkAt) checkLimits();
        const r = body(f);
        if (r !== undefined) {
          if (r === BREAK) return undefined;
          if (r === CONTINUE) continue;
          return r;
        }
      }
    } else if (o instanceof PyRange) {
      const start = o.start,
        step = o.step,
        n = o.length;
      for (let i = 0; i < n; i++) {
        store(f, start + i * step);
        if (++RT.steps >= RT.checkAt) checkLimits();
        const r = body(f);
        if (r !== undefined) {
          if (r === BREAK) return undefined;
          if (r === CONTINUE) continue;
          return r;
        }
      }
    } else {
      const g = forIter(o, f, line);
      for (;;) {
        const v = forNext(g, f, line);
        if (v === undefined) break;
        store(f, v);
        if (++RT.steps >= RT.checkAt) checkLimits();
        const r = body(f);
        if (r !== undefined) {
          if (r === BREAK) return undefined;
          if (r === CONTINUE) continue;
          return r;
        }
      }
    }
    return orelse ? orelse(f) : undefined;
  };
};

Compiler.prototype.tryStmt = function (this: Compiler, st: Stmt & { k: "Try" }, s: Scope): S {
  const body = this.block(st.body, s);
  const handlers = st.handlers.map((h) => ({
    type: h.type ? this.expr(h.type, s) : null,
    store: h.name ? this.storeName(h.name, s) : null,
    body: this.block(h.body, s),
    line: h.line,
  }));
  const orelse = st.orelse.length ? this.block(st.orelse, s) : null;
  const final = st.final.length ? this.block(st.final, s) : null;
  const file = this.filename,
    name = s.name;
  const run = (f: Frame): number | undefined => {
    let r: number | undefined;
    try {
      r = body(f);
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
          return h.body(f);
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
    return orelse ? orelse(f) : undefined;
  };
  if (!final) return run;
  return (f) => {
    let r: number | undefined;
    try {
      r = run(f);
    } catch (e0) {
      const e = toPyExc(e0);
      if (isFatal(e)) throw e;
      addFrameEntry(e, f, file, name);
      const savedRet = f.ret;
      const line = f.line;
      // the pending exception is being handled while `finally` runs: the context of one raised there
      CTX.excStack.push(e);
      let fr: number | undefined;
      try {
        fr = final(f);
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
    const fr = final(f);
    if (fr !== undefined) return fr;
    f.ret = savedRet;
    return r;
  };
};

Compiler.prototype.raiseStmt = function (this: Compiler, st: Stmt & { k: "Raise" }, s: Scope): S {
  if (!st.e)
    return () => {
      const cur = CTX.excStack[CTX.excStack.length - 1];
      if (!cur) throw exc(excTypes.get("RuntimeError")!, "No active exception to reraise");
      throw cur;
    };
  const e = this.expr(st.e, s);
  const cause = st.cause ? this.expr(st.cause, s) : null;
  return (f) => {
    const x = makeExc(e(f));
    // raised by this statement (not where an earlier raise of the same object was)
    x.loc = st.sp ? { sp: st.sp, node: st as unknown as Expr } : null;
    if (cause) {
      const c = cause(f);
      x.cause = c === null ? null : makeExc(c);
      x.suppressContext = true;
    }
    const cur = CTX.excStack[CTX.excStack.length - 1];
    if (cur && cur !== x && x.context === null) x.context = cur;
    throw x;
  };
};

Compiler.prototype.withStmt = function (this: Compiler, st: Stmt & { k: "With" }, s: Scope): S {
  let body = this.block(st.body, s);
  const file = this.filename,
    name = s.name,
    line = st.line;
  for (let i = st.items.length - 1; i >= 0; i--) {
    const item = st.items[i];
    const ce = this.expr(item.e, s);
    const store = item.as ? this.store(item.as, s) : null;
    const inner = body;
    body = (f) => {
      const mgr = ce(f);
      const v = enterContext(mgr);
      if (store) store(f, v);
      let r: number | undefined;
      try {
        r = inner(f);
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
};

Compiler.prototype.augAssign = function (this: Compiler, st: Stmt & { k: "AugAssign" }, s: Scope): S {
  const fn = inplaceFn(st.op);
  const v = this.expr(st.value, s);
  const t = st.target;
  // `p -= lr * g`: a temporary operand is released once NumPy has applied it (objects/ops/temporaries.ts)
  const valueTemp = makesTemp(st.value);
  const apply = (a: unknown, f: Frame): unknown => {
    const b = v(f);
    if (!valueTemp || b !== TEMP.v) return fn(a, b);
    const r = fn(a, b);
    releaseInplaceOperand(b, r);
    return r;
  };
  // as in CPython 3.11, failing to read or write the target is placed at the target (`total += x`'s NameError
  // underlines `total`); the operation itself, at the whole statement
  if (t.k === "Name") {
    const ld = this.load(t.id, s, t);
    const store = this.storeName(t.id, s);
    if (st.op === "+" && !valueTemp)
      return (f) => {
        const a = ld(f),
          b = v(f);
        if (typeof a === "number" && typeof b === "number") {
          const r = a + b;
          if (Number.isSafeInteger(r)) {
            store(f, r);
            return undefined;
          }
        }
        store(f, fn(a, b));
        return undefined;
      };
    return (f) => {
      store(f, apply(ld(f), f));
      return undefined;
    };
  }
  if (t.k === "Attr") {
    const o = this.expr(t.e, s);
    const name = t.name;
    return (f) => {
      const ob = o(f);
      let cur: unknown;
      try {
        cur = getattr(ob, name);
      } catch (x) {
        throw raisedAt(x, t);
      }
      const r = apply(cur, f);
      try {
        setattr(ob, name, r);
      } catch (x) {
        throw raisedAt(x, t);
      }
      return undefined;
    };
  }
  if (t.k === "Subscript") {
    const o = this.expr(t.e, s);
    const k = this.expr(t.idx, s);
    return (f) => {
      const ob = o(f),
        key = k(f);
      let cur: unknown;
      try {
        cur = getitem(ob, key);
      } catch (x) {
        throw raisedAt(x, t);
      }
      const r = apply(cur, f);
      try {
        setitem(ob, key, r);
      } catch (x) {
        throw raisedAt(x, t);
      }
      return undefined;
    };
  }
  throw new PySyntaxError("illegal expression for augmented assignment", st.line, st.col);
};

/** `from __future__ import ...`: the features Python 3.11 has made the default are accepted (annotations changes
 *  how the compiler keeps annotations, see compileModule); anything else is CPython's SyntaxError */
const FUTURE = new Set([
  "annotations",
  "generator_stop",
  "division",
  "absolute_import",
  "print_function",
  "unicode_literals",
  "with_statement",
  "generators",
  "nested_scopes",
]);
function futureImport(st: Stmt & { k: "ImportFrom" }): S {
  for (const n of st.names) {
    if (n.name === "braces") throw new PySyntaxError("not a chance", st.line, st.col);
    if (!FUTURE.has(n.name)) throw new PySyntaxError(`future feature ${n.name} is not defined`, st.line, st.col);
  }
  return () => undefined;
}
