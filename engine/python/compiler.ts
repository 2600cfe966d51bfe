// Compiles the AST into a tree of JS closures. Names are resolved at compile time to
// local slots, cells, closure (free) slots, class namespaces or global cells.
import type { Expr, Stmt, Params, Arg, Module } from "./ast";
import { Scope, ScopeMap, analyze } from "./scope";
import { Frame, E, S, FuncCode, BREAK, CONTINUE, RETURN } from "./frame";
import {
  PyFloat, PyList, PyTuple, PyDict, PySet, PySlice, PyExcObj, PyFunction, Cell, PyType, PyIterator, PySuper,
  PyClassMethod, PyStaticMethod, PyProperty, Ellipsis, PyBytes, PyInstance, PyModule, PyRange, typeVersion,
} from "./objects/core";
import {
  add, sub, mul, truediv, binop, inplace, unary, compare, truthy, getattr, setattr, delattr, call, callMethod,
  getIter, iterToArray, getitem, setitem, delitem, contains, keyOf, str, repr, checkListMem, isinstance, npHooks,
} from "./objects/ops";
import { formatValue } from "./objects/format";
import { objectType, typeName } from "./objects/types";
import {
  exc, typeError, valueError, nameError, NameError, UnboundLocalError, AssertionError, BaseException,
  SyntaxError as SyntaxErrorT, ImportError, SystemError, excTypes, StopIteration, RecursionError, MemoryError,
} from "./errors";
import { RT, checkLimits } from "./limits";
import { chargeContainer, chargeGrowth, GROWTH_MASK, BYTES } from "./charge";
import { setOf } from "./objects/methods";
import { CTX } from "./context";
import { PySyntaxError } from "./errors_syntax";

// ---------------------------------------------------------------- exception conversion
/** Convert any thrown value into a Python exception object. */
export function toPyExc(e: unknown): PyExcObj {
  if (e instanceof PyExcObj) return e;
  if (e instanceof RangeError) {
    const m = String(e.message);
    if (m.includes("call stack")) return exc(RecursionError, "maximum recursion depth exceeded");
    if (m.includes("Invalid") || m.includes("allocation") || m.includes("memory")) return exc(MemoryError, undefined);
    return exc(excTypes.get("ValueError")!, e.message);
  }
  if (e && typeof e === "object" && (e as any).pyType && typeof (e as any).message === "string") {
    const t = excTypes.get((e as any).pyType) ?? excTypes.get("RuntimeError")!;
    return exc(t, (e as any).message);
  }
  if (e instanceof Error) {
    const m = String(e.message);
    if (m.includes("Maximum BigInt size") || m.includes("allocation failed")) return exc(MemoryError, undefined);
    return exc(SystemError, `internal error: ${e.message}`);
  }
  return exc(SystemError, `internal error: ${String(e)}`);
}

function isFatal(e: PyExcObj): boolean { return (e as any).fatal === true; }

// ---------------------------------------------------------------- compiler
export interface CompiledModule { body: S; scope: Scope }

export function compileModule(mod: Module, globals: Map<string, Cell>, filename: string): CompiledModule {
  const sm = new ScopeMap();
  const top = new Scope("module", null, "<module>");
  analyze(mod.body, sm, top);
  const c = new Compiler(sm, globals, filename);
  const body = c.block(mod.body, top);
  return { body, scope: top };
}

const NOARGS: any[] = [];

function unboundLocal(n: string): never {
  throw exc(UnboundLocalError, `cannot access local variable '${n}' where it is not associated with a value`);
}
function unboundFree(n: string): never {
  throw exc(NameError, `cannot access free variable '${n}' where it is not associated with a value in enclosing scope`);
}

export function globalCell(globals: Map<string, Cell>, name: string): Cell {
  let c = globals.get(name);
  if (!c) { c = new Cell(undefined); globals.set(name, c); }
  return c;
}

const binFns: Record<string, (a: any, b: any) => any> = {
  "+": add, "-": sub, "*": mul, "/": truediv,
};
function binFn(op: string): (a: any, b: any) => any {
  return binFns[op] ?? ((a, b) => binop(op, a, b));
}
function inplaceFn(op: string): (a: any, b: any) => any {
  const bf = binFn(op);
  return (a, b) => (typeof a === "number" || a instanceof PyFloat ? bf(a, b) : inplace(op, a, b));
}

class Compiler {
  constructor(private sm: ScopeMap, private globals: Map<string, Cell>, private filename: string) {}

  // ------------------------------------------------------------ names
  load(name: string, s: Scope): E {
    if (s.kind === "function") {
      const slot = s.slots.get(name);
      if (slot !== undefined) {
        if (s.cells.has(name)) return (f) => { const v = f.l[slot].v; return v !== undefined ? v : unboundLocal(name); };
        return (f) => { const v = f.l[slot]; return v !== undefined ? v : unboundLocal(name); };
      }
      const fi = s.free.get(name);
      if (fi !== undefined) return (f) => { const v = f.c![fi].v; return v !== undefined ? v : unboundFree(name); };
      return this.loadGlobal(name);
    }
    if (s.kind === "class") {
      const fi = s.free.get(name);
      const fallback = fi !== undefined ? ((f: Frame) => { const v = f.c![fi].v; return v !== undefined ? v : unboundFree(name); }) : this.loadGlobal(name);
      return (f) => { const v = f.ns!.get(name); return v !== undefined ? v : fallback(f); };
    }
    return this.loadGlobal(name);
  }
  loadGlobal(name: string): E {
    const cell = globalCell(this.globals, name);
    const builtins = CTX.builtins;
    return () => {
      const v = cell.v;
      if (v !== undefined) return v;
      const b = CTX.builtins.get(name);
      if (b !== undefined) return b;
      void builtins;
      throw nameError(name);
    };
  }
  storeName(name: string, s: Scope): (f: Frame, v: any) => void {
    if (s.kind === "function" && !s.globals.has(name)) {
      const slot = s.slots.get(name);
      if (slot !== undefined) {
        if (s.cells.has(name)) return (f, v) => { f.l[slot].v = v; };
        return (f, v) => { f.l[slot] = v; };
      }
      const fi = s.free.get(name);
      if (fi !== undefined) return (f, v) => { f.c![fi].v = v; };
    }
    if (s.kind === "class" && !s.globals.has(name)) {
      if (s.nonlocals.has(name)) { const fi = s.free.get(name)!; return (f, v) => { f.c![fi].v = v; }; }
      return (f, v) => { f.ns!.set(name, v); };
    }
    const cell = globalCell(this.globals, name);
    return (_f, v) => { cell.v = v; };
  }
  delName(name: string, s: Scope): S {
    const ld = this.load(name, s);
    const st = this.storeName(name, s);
    if (s.kind === "class") return (f) => { if (!f.ns!.delete(name)) throw nameError(name); return undefined; };
    return (f) => { ld(f); st(f, undefined); return undefined; };
  }

  // ------------------------------------------------------------ statements
  block(stmts: Stmt[], s: Scope): S {
    const fs = stmts.map((st) => this.stmt(st, s));
    const lines = stmts.map((st) => st.line);
    const n = fs.length;
    if (n === 0) return () => undefined;
    if (n === 1) { const a = fs[0], la = lines[0]; return (f) => { f.line = la; return a(f); }; }
    if (n === 2) {
      const a = fs[0], b = fs[1], la = lines[0], lb = lines[1];
      return (f) => { f.line = la; const r = a(f); if (r !== undefined) return r; f.line = lb; return b(f); };
    }
    return (f) => {
      for (let i = 0; i < n; i++) {
        f.line = lines[i];
        const r = fs[i](f);
        if (r !== undefined) return r;
      }
      return undefined;
    };
  }

  stmt(st: Stmt, s: Scope): S {
    switch (st.k) {
      case "Expr": {
        const e = this.expr(st.e, s);
        return (f) => { e(f); return undefined; };
      }
      case "Assign": {
        const v = this.expr(st.value, s);
        if (st.targets.length === 1) {
          const t = st.targets[0];
          if (t.k === "Name") {
            const store = this.storeName(t.id, s);
            return (f) => { store(f, v(f)); return undefined; };
          }
          const store = this.store(t, s);
          return (f) => { store(f, v(f)); return undefined; };
        }
        const stores = st.targets.map((t) => this.store(t, s));
        return (f) => { const val = v(f); for (const x of stores) x(f, val); return undefined; };
      }
      case "AnnAssign": {
        if (!st.value) return () => undefined;
        const v = this.expr(st.value, s);
        const store = this.store(st.target, s);
        return (f) => { store(f, v(f)); return undefined; };
      }
      case "AugAssign": return this.augAssign(st, s);
      case "Pass": case "Global": case "Nonlocal": return () => undefined;
      case "Break": return () => BREAK;
      case "Continue": return () => CONTINUE;
      case "Return": {
        if (!st.e) return (f) => { f.ret = null; return RETURN; };
        const e = this.expr(st.e, s);
        return (f) => { f.ret = e(f); return RETURN; };
      }
      case "If": return this.ifStmt(st, s);
      case "While": return this.whileStmt(st, s);
      case "For": return this.forStmt(st, s);
      case "Try": return this.tryStmt(st, s);
      case "Raise": return this.raiseStmt(st, s);
      case "Assert": {
        const t = this.cond(st.test, s);
        const m = st.msg ? this.expr(st.msg, s) : null;
        return (f) => {
          if (!t(f)) throw m ? exc(AssertionError, m(f)) : exc(AssertionError);
          return undefined;
        };
      }
      case "Del": {
        const ds = st.targets.map((t) => this.del(t, s));
        return (f) => { for (const d of ds) d(f); return undefined; };
      }
      case "Import": {
        const ops = st.names.map((n) => {
          if (n.as) {
            const store = this.storeName(n.as, s);
            return (f: Frame) => {
              const parts = n.name.split(".");
              let m: any = CTX.importModule(n.name);
              void parts;
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
        return (f) => { for (const o of ops) o(f); return undefined; };
      }
      case "ImportFrom": {
        if (st.level > 0) return () => { throw exc(ImportError, "attempted relative import with no known parent package"); };
        if (st.names.length === 1 && st.names[0].name === "*") {
          const mod = st.mod;
          const globals = this.globals;
          const isMod = s.kind === "module";
          return (f) => {
            const m = CTX.importModule(mod);
            for (const [k, v] of m.dict) {
              if (k.startsWith("_")) continue;
              if (isMod) globalCell(globals, k).v = v; else if (f.ns) f.ns.set(k, v);
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
              try { v = CTX.importModule(st.mod + "." + n.name); } catch (e) {
                throw exc(ImportError, `cannot import name '${n.name}' from '${st.mod}'`);
              }
            }
            store(f, v);
          };
        });
        return (f) => { for (const o of ops) o(f); return undefined; };
      }
      case "FunctionDef": {
        const mk = this.funcMaker(st.name, st.args, st.body, null, st, s);
        const decos = st.decos.map((d) => this.expr(d, s)).reverse();
        const store = this.storeName(st.name, s);
        return (f) => {
          let fn: any = mk(f);
          for (const d of decos) fn = call(d(f), [fn], null);
          store(f, fn);
          return undefined;
        };
      }
      case "ClassDef": return this.classDef(st, s);
      case "With": return this.withStmt(st, s);
    }
  }

  ifStmt(st: Stmt & { k: "If" }, s: Scope): S {
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
  }

  whileStmt(st: Stmt & { k: "While" }, s: Scope): S {
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
  }

  forStmt(st: Stmt & { k: "For" }, s: Scope): S {
    const it = this.expr(st.iter, s);
    const store = this.store(st.target, s);
    const body = this.block(st.body, s);
    const orelse = st.orelse.length ? this.block(st.orelse, s) : null;
    return (f) => {
      const o = it(f);
      if (o instanceof PyList) {
        const items = o.items;
        for (let i = 0; i < items.length; i++) {
          store(f, items[i]);
          if (++RT.steps >= RT.checkAt) checkLimits();
          const r = body(f);
          if (r !== undefined) { if (r === BREAK) return undefined; if (r === CONTINUE) continue; return r; }
        }
      } else if (o instanceof PyRange) {
        const start = o.start, step = o.step, n = o.length;
        for (let i = 0; i < n; i++) {
          store(f, start + i * step);
          if (++RT.steps >= RT.checkAt) checkLimits();
          const r = body(f);
          if (r !== undefined) { if (r === BREAK) return undefined; if (r === CONTINUE) continue; return r; }
        }
      } else {
        const g = getIter(o);
        let v;
        while ((v = g.next()) !== undefined) {
          store(f, v);
          if (++RT.steps >= RT.checkAt) checkLimits();
          const r = body(f);
          if (r !== undefined) { if (r === BREAK) return undefined; if (r === CONTINUE) continue; return r; }
        }
      }
      return orelse ? orelse(f) : undefined;
    };
  }

  tryStmt(st: Stmt & { k: "Try" }, s: Scope): S {
    const body = this.block(st.body, s);
    const handlers = st.handlers.map((h) => ({
      type: h.type ? this.expr(h.type, s) : null,
      store: h.name ? this.storeName(h.name, s) : null,
      body: this.block(h.body, s),
      line: h.line,
    }));
    const orelse = st.orelse.length ? this.block(st.orelse, s) : null;
    const final = st.final.length ? this.block(st.final, s) : null;
    const run = (f: Frame): number | undefined => {
      let r: number | undefined;
      try {
        r = body(f);
      } catch (e0) {
        if (!handlers.length) throw e0;
        const e = toPyExc(e0);
        if (isFatal(e)) throw e;
        for (const h of handlers) {
          f.line = h.line;
          if (h.type) {
            const t = h.type(f);
            if (!excMatches(e, t)) continue;
          }
          if (h.store) h.store(f, e);
          CTX.excStack.push(e);
          try {
            return h.body(f);
          } catch (e2) {
            const x = toPyExc(e2);
            if (x !== e && x.context === null) x.context = e;
            throw x;
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
      } catch (e) {
        const savedRet = f.ret;
        const line = f.line;
        const fr = final(f);
        if (fr !== undefined) return fr;
        f.ret = savedRet; f.line = line;
        throw e;
      }
      const savedRet = f.ret;
      const fr = final(f);
      if (fr !== undefined) return fr;
      f.ret = savedRet;
      return r;
    };
  }

  raiseStmt(st: Stmt & { k: "Raise" }, s: Scope): S {
    if (!st.e) return () => {
      const cur = CTX.excStack[CTX.excStack.length - 1];
      if (!cur) throw exc(excTypes.get("RuntimeError")!, "No active exception to reraise");
      throw cur;
    };
    const e = this.expr(st.e, s);
    const cause = st.cause ? this.expr(st.cause, s) : null;
    return (f) => {
      const x = makeExc(e(f));
      if (cause) {
        const c = cause(f);
        x.cause = c === null ? null : makeExc(c);
        x.suppressContext = true;
      }
      const cur = CTX.excStack[CTX.excStack.length - 1];
      if (cur && cur !== x && x.context === null) x.context = cur;
      throw x;
    };
  }

  withStmt(st: Stmt & { k: "With" }, s: Scope): S {
    let body = this.block(st.body, s);
    for (let i = st.items.length - 1; i >= 0; i--) {
      const item = st.items[i];
      const ce = this.expr(item.e, s);
      const store = item.as ? this.store(item.as, s) : null;
      const inner = body;
      body = (f) => {
        const mgr = ce(f);
        const v = callMethod(mgr, "__enter__", [], null);
        if (store) store(f, v);
        let r: number | undefined;
        try {
          r = inner(f);
        } catch (e0) {
          const e = toPyExc(e0);
          if (isFatal(e)) throw e;
          const sup = callMethod(mgr, "__exit__", [e.cls, e, null], null);
          if (truthy(sup)) return undefined;
          throw e;
        }
        callMethod(mgr, "__exit__", [null, null, null], null);
        return r;
      };
    }
    return body;
  }

  classDef(st: Stmt & { k: "ClassDef" }, s: Scope): S {
    const cs = this.sm.map.get(st)!;
    const bases = st.bases.map((b) => this.expr(b, s));
    const body = this.block(st.body, cs);
    const closureOf = this.closureMaker(cs, s);
    const decos = st.decos.map((d) => this.expr(d, s)).reverse();
    const store = this.storeName(st.name, s);
    const name = st.name;
    const modName = globalCell(this.globals, "__name__");
    return (f) => {
      const bs = bases.map((b) => b(f));
      for (const b of bs) if (!(b instanceof PyType)) throw typeError(`bases must be types`);
      const cf = new Frame(NOARGS, closureOf(f), null);
      cf.ns = new Map();
      cf.ns.set("__module__", "__main__");
      cf.ns.set("__qualname__", name);
      cf.line = st.line;
      body(cf);
      const t = new PyType(name, bs.length ? bs : [objectType], false);
      t.module = typeof modName.v === "string" ? modName.v : "__main__";
      for (const [k, v] of cf.ns) {
        if (k === "__module__" || k === "__qualname__") continue;
        t.dict.set(k, v);
        let fn: any = v;
        if (v instanceof PyClassMethod || v instanceof PyStaticMethod) fn = v.fn;
        if (v instanceof PyProperty) { if (v.fget instanceof PyFunction) v.fget.ownerClass = t; if (v.fset instanceof PyFunction) v.fset.ownerClass = t; }
        if (fn instanceof PyFunction && fn.ownerClass === null) { fn.ownerClass = t; if (!fn.qualname.includes(".")) fn.qualname = name + "." + fn.qualname; }
      }
      if (t.dict.has("__eq__") && !t.dict.has("__hash__")) t.dict.set("__hash__", null);
      typeVersion.v++;
      let cls: any = t;
      for (const d of decos) cls = call(d(f), [cls], null);
      store(f, cls);
      return undefined;
    };
  }

  /** closure builder: collects cells for the free variables of child scope cs from frame of scope s */
  closureMaker(cs: Scope, s: Scope): (f: Frame) => Cell[] | null {
    if (!cs.freeNames.length) return () => null;
    const getters = cs.freeNames.map((n) => {
      if (s.kind === "function" && s.slots.has(n)) { const slot = s.slots.get(n)!; return (f: Frame) => f.l[slot] as Cell; }
      const fi = s.free.get(n);
      if (fi === undefined) throw new Error(`internal: free var ${n} not found`);
      return (f: Frame) => f.c![fi];
    });
    return (f) => getters.map((g) => g(f));
  }

  funcMaker(name: string, params: Params, body: Stmt[] | Expr, qual: string | null, node: object, s: Scope): (f: Frame) => PyFunction {
    const fs = this.sm.map.get(node)!;
    const code = this.funcCode(name, params, body, fs);
    const defaults = params.args.filter((a) => a.def).map((a) => this.expr(a.def!, s));
    const kwdefs = params.kwonly.filter((a) => a.def).map((a) => [a.name, this.expr(a.def!, s)] as const);
    const closureOf = this.closureMaker(fs, s);
    const globals = this.globals;
    const qualname = qual ?? (s.kind === "function" ? `${s.name}.<locals>.${name}` : name);
    return (f) => {
      const d = defaults.length ? defaults.map((e) => e(f)) : NOARGS;
      let kd: Map<string, any> | null = null;
      if (kwdefs.length) { kd = new Map(); for (const [k, e] of kwdefs) kd.set(k, e(f)); }
      return new PyFunction(name, qualname, code, d, kd, closureOf(f), globals);
    };
  }

  funcCode(name: string, params: Params, body: Stmt[] | Expr, fs: Scope): FuncCode {
    const argnames = params.args.map((a) => a.name);
    const kwonly = params.kwonly.map((a) => a.name);
    const cellSlots: number[] = [];
    for (const c of fs.cells) cellSlots.push(fs.slots.get(c)!);
    const code: FuncCode = {
      name, qualname: name, filename: this.filename,
      nlocals: fs.nlocals, nargs: argnames.length, posonly: params.posonly, argnames, kwonly,
      varargSlot: params.vararg ? fs.slots.get(params.vararg)! : -1,
      kwargSlot: params.kwarg ? fs.slots.get(params.kwarg)! : -1,
      cellSlots, simple: !params.vararg && !params.kwarg && !kwonly.length,
      isGenerator: fs.isGenerator,
      body: null as any, slotOf: fs.slots, doc: null,
      call: null as any,
    };
    if (Array.isArray(body)) {
      if (body.length && body[0].k === "Expr" && body[0].e.k === "Const" && body[0].e.t === "str") code.doc = body[0].e.v as string;
      code.body = this.block(body, fs);
    } else {
      const e = this.expr(body, fs);
      code.body = (f) => { f.ret = e(f); return RETURN; };
    }
    code.call = makeCaller(code);
    return code;
  }

  augAssign(st: Stmt & { k: "AugAssign" }, s: Scope): S {
    const op = inplaceFn(st.op);
    const v = this.expr(st.value, s);
    const t = st.target;
    if (t.k === "Name") {
      const ld = this.load(t.id, s);
      const store = this.storeName(t.id, s);
      if (st.op === "+") return (f) => {
        const a = ld(f), b = v(f);
        if (typeof a === "number" && typeof b === "number") { const r = a + b; if (Number.isSafeInteger(r)) { store(f, r); return undefined; } }
        store(f, op(a, b));
        return undefined;
      };
      return (f) => { store(f, op(ld(f), v(f))); return undefined; };
    }
    if (t.k === "Attr") {
      const o = this.expr(t.e, s);
      const name = t.name;
      return (f) => { const ob = o(f); setattr(ob, name, op(getattr(ob, name), v(f))); return undefined; };
    }
    if (t.k === "Subscript") {
      const o = this.expr(t.e, s);
      const k = this.expr(t.idx, s);
      return (f) => {
        const ob = o(f), key = k(f);
        const cur = getitem(ob, key);
        const r = op(cur, v(f));
        setitem(ob, key, r);
        return undefined;
      };
    }
    throw new PySyntaxError("illegal expression for augmented assignment", st.line, st.col);
  }

  // ------------------------------------------------------------ targets
  store(t: Expr, s: Scope): (f: Frame, v: any) => void {
    switch (t.k) {
      case "Name": return this.storeName(t.id, s);
      case "Attr": {
        const o = this.expr(t.e, s);
        const name = t.name;
        return (f, v) => setattr(o(f), name, v);
      }
      case "Subscript": {
        const o = this.expr(t.e, s);
        const pair = this.keyPair(t.idx, s);
        if (pair !== null) {
          // o[k0, k1] = v: NumPy objects get the keys without a tuple
          const [x0, x1] = pair;
          return (f, v) => {
            const ob = o(f), k0 = x0(f), k1 = x1(f);
            if (ob !== null && ob.__np === true && npHooks.setitem2 !== null) npHooks.setitem2(ob, k0, k1, v);
            else setitem(ob, new PyTuple([k0, k1]), v);
          };
        }
        const k = this.expr(t.idx, s);
        return (f, v) => setitem(o(f), k(f), v);
      }
      case "Tuple": case "List": {
        const stores = t.elts.map((e) => this.store(e.k === "Starred" ? e.e : e, s));
        const starIdx = t.elts.findIndex((e) => e.k === "Starred");
        const n = t.elts.length;
        if (starIdx < 0) {
          return (f, v) => {
            let items: any[];
            if ((v instanceof PyTuple || v instanceof PyList) && v.items.length === n) items = v.items;
            else items = unpack(v, n);
            for (let i = 0; i < n; i++) stores[i](f, items[i]);
          };
        }
        return (f, v) => {
          const all = iterToArray(v);
          const after = n - starIdx - 1;
          if (all.length < n - 1) throw valueError(`not enough values to unpack (expected at least ${n - 1}, got ${all.length})`);
          for (let i = 0; i < starIdx; i++) stores[i](f, all[i]);
          stores[starIdx](f, new PyList(all.slice(starIdx, all.length - after)));
          for (let i = 0; i < after; i++) stores[starIdx + 1 + i](f, all[all.length - after + i]);
        };
      }
      case "Starred": throw new PySyntaxError("starred assignment target must be in a list or tuple", t.line, t.col);
    }
    throw new PySyntaxError("cannot assign to expression", t.line, t.col);
  }
  del(t: Expr, s: Scope): S {
    switch (t.k) {
      case "Name": return this.delName(t.id, s);
      case "Attr": { const o = this.expr(t.e, s); const n = t.name; return (f) => { delattr(o(f), n); return undefined; }; }
      case "Subscript": { const o = this.expr(t.e, s); const k = this.expr(t.idx, s); return (f) => { delitem(o(f), k(f)); return undefined; }; }
      case "Tuple": case "List": { const ds = t.elts.map((e) => this.del(e, s)); return (f) => { for (const d of ds) d(f); return undefined; }; }
    }
    throw new PySyntaxError("cannot delete expression", t.line, t.col);
  }

  // ------------------------------------------------------------ expressions
  /** compile an expression used as a condition -> boolean */
  cond(e: Expr, s: Scope): (f: Frame) => boolean {
    if (e.k === "Compare" && e.ops.length === 1) {
      const op = e.ops[0];
      const l = this.expr(e.l, s), r = this.expr(e.rs[0], s);
      switch (op) {
        case "<": return (f) => { const a = l(f), b = r(f); if (typeof a === "number" && typeof b === "number") return a < b; return truthy(compare("<", a, b)); };
        case ">": return (f) => { const a = l(f), b = r(f); if (typeof a === "number" && typeof b === "number") return a > b; return truthy(compare(">", a, b)); };
        case "<=": return (f) => { const a = l(f), b = r(f); if (typeof a === "number" && typeof b === "number") return a <= b; return truthy(compare("<=", a, b)); };
        case ">=": return (f) => { const a = l(f), b = r(f); if (typeof a === "number" && typeof b === "number") return a >= b; return truthy(compare(">=", a, b)); };
        case "==": return (f) => { const a = l(f), b = r(f); if (typeof a === "number" && typeof b === "number") return a === b; return truthy(compare("==", a, b)); };
        case "!=": return (f) => { const a = l(f), b = r(f); if (typeof a === "number" && typeof b === "number") return a !== b; return truthy(compare("!=", a, b)); };
        case "is": return (f) => l(f) === r(f);
        case "is not": return (f) => l(f) !== r(f);
        case "in": return (f) => { const a = l(f); return contains(r(f), a); };
        case "not in": return (f) => { const a = l(f); return !contains(r(f), a); };
      }
    }
    if (e.k === "UnaryOp" && e.op === "not") { const c = this.cond(e.e, s); return (f) => !c(f); }
    if (e.k === "BoolOp") {
      const cs = e.vals.map((v) => this.cond(v, s));
      if (e.op === "and") return (f) => { for (const c of cs) if (!c(f)) return false; return true; };
      return (f) => { for (const c of cs) if (c(f)) return true; return false; };
    }
    if (e.k === "Const") { const b = truthy(this.constValue(e)); return () => b; }
    const x = this.expr(e, s);
    return (f) => { const v = x(f); return v === true ? true : v === false ? false : truthy(v); };
  }

  constValue(e: Expr & { k: "Const" }): any {
    switch (e.t) {
      case "float": return new PyFloat(e.v as number);
      case "Ellipsis": return Ellipsis;
      case "bytes": return new PyBytes(e.v as string);
      case "int": {
        // a small int as a V8 Smi: the AST field may store numbers as boxed doubles (after a float constant was
        // parsed), and an int that arrives as a heap double makes every index computation it reaches float64
        const v = e.v as number;
        return typeof v === "number" && (v | 0) === v ? v | 0 : v;
      }
      default: return e.v;
    }
  }

  expr(e: Expr, s: Scope): E {
    switch (e.k) {
      case "Const": {
        const v = this.constValue(e);
        return () => v;
      }
      case "Name": return this.load(e.id, s);
      case "FString": return this.fstring(e, s);
      case "BinOp": {
        const l = this.expr(e.l, s), r = this.expr(e.r, s);
        switch (e.op) {
          case "+": return (f) => add(l(f), r(f));
          case "-": return (f) => sub(l(f), r(f));
          case "*": return (f) => mul(l(f), r(f));
          case "/": return (f) => truediv(l(f), r(f));
        }
        const op = e.op;
        return (f) => binop(op, l(f), r(f));
      }
      case "UnaryOp": {
        const x = this.expr(e.e, s);
        const op = e.op;
        if (op === "not") { const c = this.cond(e.e, s); return (f) => !c(f); }
        if (op === "-" && e.e.k === "Const" && (e.e.t === "int" || e.e.t === "float")) { const v = unary("-", this.constValue(e.e)); return () => v; }
        return (f) => unary(op, x(f));
      }
      case "BoolOp": {
        const vs = e.vals.map((v) => this.expr(v, s));
        if (e.op === "and") return (f) => { let v: any; for (const x of vs) { v = x(f); if (!truthy(v)) return v; } return v; };
        return (f) => { let v: any; for (const x of vs) { v = x(f); if (truthy(v)) return v; } return v; };
      }
      case "Compare": {
        const l = this.expr(e.l, s);
        const rs = e.rs.map((r) => this.expr(r, s));
        const ops = e.ops;
        const cmp1 = (op: string, a: any, b: any): any => {
          switch (op) {
            case "is": return a === b;
            case "is not": return a !== b;
            case "in": return contains(b, a);
            case "not in": return !contains(b, a);
            default: return compare(op, a, b);
          }
        };
        if (ops.length === 1) {
          const op = ops[0], r = rs[0];
          return (f) => cmp1(op, l(f), r(f));
        }
        return (f) => {
          let a = l(f);
          let res: any = true;
          for (let i = 0; i < ops.length; i++) {
            const b = rs[i](f);
            res = cmp1(ops[i], a, b);
            if (!truthy(res)) return res;
            a = b;
          }
          return res;
        };
      }
      case "IfExp": {
        const t = this.cond(e.test, s), b = this.expr(e.body, s), o = this.expr(e.orelse, s);
        return (f) => (t(f) ? b(f) : o(f));
      }
      case "Lambda": {
        const mk = this.funcMaker("<lambda>", e.args, e.body, null, e, s);
        return mk;
      }
      case "Call": return this.callExpr(e, s);
      case "Attr": {
        const o = this.expr(e.e, s);
        const name = e.name;
        return (f) => getattr(o(f), name);
      }
      case "Subscript": {
        const o = this.expr(e.e, s);
        const pair = this.keyPair(e.idx, s);
        if (pair !== null) {
          // o[k0, k1]: NumPy objects get the keys without a tuple
          const [x0, x1] = pair;
          return (f) => {
            const ob = o(f), k0 = x0(f), k1 = x1(f);
            if (ob !== null && ob.__np === true && npHooks.getitem2 !== null) return npHooks.getitem2(ob, k0, k1);
            return getitem(ob, new PyTuple([k0, k1]));
          };
        }
        const k = this.expr(e.idx, s);
        return (f) => getitem(o(f), k(f));
      }
      case "Slice": {
        const isConst = (x: Expr | null) => x === null || (x.k === "Const" && (x.t === "int" || x.t === "None")) || (x.k === "UnaryOp" && x.op === "-" && x.e.k === "Const" && x.e.t === "int");
        if (isConst(e.lo) && isConst(e.hi) && isConst(e.step)) {
          const cv = (x: Expr | null) => (x === null ? null : this.expr(x, s)(null as any));
          const sl = new PySlice(cv(e.lo), cv(e.hi), cv(e.step));
          return () => sl;
        }
        const lo = e.lo ? this.expr(e.lo, s) : null, hi = e.hi ? this.expr(e.hi, s) : null, st = e.step ? this.expr(e.step, s) : null;
        return (f) => new PySlice(lo ? lo(f) : null, hi ? hi(f) : null, st ? st(f) : null);
      }
      case "Tuple": {
        if (e.elts.some((x) => x.k === "Starred")) { const b = this.seqBuilder(e.elts, s); return (f) => new PyTuple(b(f)); }
        const es = e.elts.map((x) => this.expr(x, s));
        if (es.length === 2) { const a = es[0], b = es[1]; return (f) => new PyTuple([a(f), b(f)]); }
        if (es.length === 3) { const a = es[0], b = es[1], c = es[2]; return (f) => new PyTuple([a(f), b(f), c(f)]); }
        return (f) => new PyTuple(es.map((x) => x(f)));
      }
      case "List": { const b = this.seqBuilder(e.elts, s); return (f) => new PyList(b(f)); }
      case "Set": {
        const b = this.seqBuilder(e.elts, s);
        return (f) => setOf(b(f), false);
      }
      case "Dict": {
        const ks = e.keys.map((k) => (k ? this.expr(k, s) : null));
        const vs = e.vals.map((v) => this.expr(v, s));
        return (f) => {
          const d = new PyDict();
          for (let i = 0; i < ks.length; i++) {
            const kf = ks[i];
            if (kf === null) {
              const src = vs[i](f);
              if (src instanceof PyDict) { for (const [kk, en] of src.map) d.map.set(kk, [en[0], en[1]]); }
              else for (const k of iterToArray(callMethod(src, "keys", [], null))) setitem(d, k, getitem(src, k));
              continue;
            }
            const k = kf(f);
            setitem(d, k, vs[i](f));
          }
          return d;
        };
      }
      case "Starred": throw new PySyntaxError("can't use starred expression here", e.line, e.col);
      case "Comp": return this.comp(e, s);
      case "NamedExpr": {
        const v = this.expr(e.value, s);
        // find the owning scope for walrus
        let t = s;
        while (t.name.startsWith("<") && t.name !== "<lambda>" && t.parent) t = t.parent;
        const id = (e.target as any).id as string;
        const store = t === s ? this.storeName(id, s) : this.storeName(id, s);
        return (f) => { const x = v(f); store(f, x); return x; };
      }
      case "Yield": {
        const v = e.e ? this.expr(e.e, s) : null;
        if (e.from) return (f) => {
          const y = f.yields!;
          for (const x of iterToArray(v!(f))) y.push(x);
          chargeContainer(y.length);
          return null;
        };
        return (f) => {
          const y = f.yields!;
          y.push(v ? v(f) : null);
          if ((y.length & GROWTH_MASK) === 0) chargeGrowth(y.length, BYTES.item);
          return null;
        };
      }
    }
  }

  seqBuilder(elts: Expr[], s: Scope): (f: Frame) => any[] {
    const parts = elts.map((x) => (x.k === "Starred" ? { star: true, e: this.expr(x.e, s) } : { star: false, e: this.expr(x, s) }));
    if (!parts.some((p) => p.star)) {
      const es = parts.map((p) => p.e);
      const n = es.length;
      return (f) => { const out = new Array(n); for (let i = 0; i < n; i++) out[i] = es[i](f); return out; };
    }
    return (f) => {
      const out: any[] = [];
      for (const p of parts) {
        if (p.star) { const vs = iterToArray(p.e(f)); chargeContainer(out.length + vs.length); for (const v of vs) out.push(v); } else out.push(p.e(f));
      }
      return out;
    };
  }

  fstring(e: Expr & { k: "FString" }, s: Scope): E {
    const parts = e.parts.map((p) => {
      if (typeof p === "string") return () => p;
      const x = this.expr(p.e, s);
      const spec = p.spec ? this.expr(p.spec, s) : null;
      const conv = p.conv;
      return (f: Frame) => {
        let v = x(f);
        if (conv === "r" || conv === "a") v = repr(v); else if (conv === "s") v = str(v);
        if (spec) return formatValue(v, spec(f));
        if (typeof v === "string") return v;
        if (v !== null && typeof v === "object" && (v.__np === true || v instanceof PyInstance)) return formatValue(v, "");
        return str(v);
      };
    });
    return (f) => {
      let out = "";
      for (const p of parts) out += p(f);
      return out;
    };
  }

  comp(e: Expr & { k: "Comp" }, s: Scope): E {
    const cs = this.sm.map.get(e)!;
    const first = this.expr(e.gens[0].iter, s);
    const closureOf = this.closureMaker(cs, s);
    const nl = cs.nlocals;
    const cellSlots: number[] = [];
    for (const c of cs.cells) cellSlots.push(cs.slots.get(c)!);
    const kind = e.kind;
    const elt = this.expr(e.elt, cs);
    const val = e.val ? this.expr(e.val, cs) : null;
    // build nested loops from the inside out
    type Sink = (f: Frame) => void;
    let sink: Sink;
    // result accumulator stored in frame.ret
    if (kind === "list" || kind === "gen") sink = (f) => { const r = f.ret as any[]; r.push(elt(f)); if ((r.length & GROWTH_MASK) === 0) chargeGrowth(r.length, BYTES.item); };
    else if (kind === "set") sink = (f) => {
      const v = elt(f), m = (f.ret as PySet).map, n = m.size;
      m.set(keyOf(v), v);
      if (m.size !== n && (m.size & GROWTH_MASK) === 0) chargeGrowth(m.size, BYTES.setEntry);
    };
    else sink = (f) => { const k = elt(f); setitem(f.ret as PyDict, k, val!(f)); };
    for (let gi = e.gens.length - 1; gi >= 0; gi--) {
      const g = e.gens[gi];
      const store = this.store(g.target, cs);
      const conds = g.ifs.map((c) => this.cond(c, cs));
      const iterE: E = gi === 0 ? (f) => f.l[0] : this.expr(g.iter, cs);
      const inner = sink;
      const nconds = conds.length;
      sink = (f) => {
        const o = iterE(f);
        const run = (v: any) => {
          store(f, v);
          if (++RT.steps >= RT.checkAt) checkLimits();
          for (let i = 0; i < nconds; i++) if (!conds[i](f)) return;
          inner(f);
        };
        if (o instanceof PyList) { const it = o.items; for (let i = 0; i < it.length; i++) run(it[i]); }
        else { const g2 = getIter(o); let v; while ((v = g2.next()) !== undefined) run(v); }
      };
    }
    const body = sink;
    return (f) => {
      const it = first(f);
      const l = new Array(nl);
      l[0] = it;
      for (const c of cellSlots) l[c] = new Cell(l[c]);
      const cf = new Frame(l, closureOf(f), f.fn);
      cf.line = f.line;
      const res = kind === "list" || kind === "gen" ? [] : kind === "set" ? new PySet() : new PyDict();
      cf.ret = res;
      body(cf);
      if (kind === "list") return new PyList(res as any[]);
      if (kind === "gen") { const arr = res as any[]; let i = 0; return new PyIterator(() => (i < arr.length ? arr[i++] : undefined), "generator"); }
      return res;
    };
  }

  /** the two element expressions of a 2-tuple subscript key (`o[a, b]`), or null */
  keyPair(idx: Expr, s: Scope): [E, E] | null {
    if (idx.k !== "Tuple" || idx.elts.length !== 2 || idx.elts.some((x) => x.k === "Starred")) return null;
    return [this.expr(idx.elts[0], s), this.expr(idx.elts[1], s)];
  }

  callExpr(e: Expr & { k: "Call" }, s: Scope): E {
    const simple = e.args.every((a) => a.kind === "pos" && a.e.k !== "Starred");
    // super() with no args
    if (e.fn.k === "Name" && e.fn.id === "super" && e.args.length === 0 && s.kind === "function" && !s.slots.has("super")) {
      const superLoad = this.load("super", s);
      const selfName = s.params[0];
      const selfLoad = selfName ? this.load(selfName, s) : null;
      return (f) => {
        const sup = superLoad(f);
        if (sup !== CTX.builtins.get("super")) return call(sup, [], null);
        const cls = f.fn?.ownerClass;
        if (!cls || !selfLoad) throw exc(excTypes.get("RuntimeError")!, "super(): no arguments");
        return new PySuper(cls, selfLoad(f));
      };
    }
    if (simple) {
      const args = e.args.map((a) => this.expr(a.e, s));
      const n = args.length;
      if (e.fn.k === "Attr") {
        const o = this.expr(e.fn.e, s);
        const name = e.fn.name;
        if (n === 0) return (f) => callMethod(o(f), name, [], null);
        if (n === 1) { const a0 = args[0]; return (f) => { const ob = o(f); return callMethod(ob, name, [a0(f)], null); }; }
        if (n === 2) { const a0 = args[0], a1 = args[1]; return (f) => { const ob = o(f); return callMethod(ob, name, [a0(f), a1(f)], null); }; }
        return (f) => { const ob = o(f); const a = new Array(n); for (let i = 0; i < n; i++) a[i] = args[i](f); return callMethod(ob, name, a, null); };
      }
      const fn = this.expr(e.fn, s);
      if (n === 0) return (f) => call(fn(f), [], null);
      if (n === 1) { const a0 = args[0]; return (f) => { const c = fn(f); return call(c, [a0(f)], null); }; }
      if (n === 2) { const a0 = args[0], a1 = args[1]; return (f) => { const c = fn(f); return call(c, [a0(f), a1(f)], null); }; }
      return (f) => { const c = fn(f); const a = new Array(n); for (let i = 0; i < n; i++) a[i] = args[i](f); return call(c, a, null); };
    }
    const argb = this.argsBuilder(e.args, s);
    if (e.fn.k === "Attr") {
      const o = this.expr(e.fn.e, s);
      const name = e.fn.name;
      return (f) => { const ob = o(f); const [a, kw] = argb(f); return callMethod(ob, name, a, kw); };
    }
    const fn = this.expr(e.fn, s);
    return (f) => { const c = fn(f); const [a, kw] = argb(f); return call(c, a, kw); };
  }

  argsBuilder(args: Arg[], s: Scope): (f: Frame) => [any[], Map<string, any> | null] {
    const parts = args.map((a) => ({ kind: a.kind, name: a.name, e: this.expr(a.e.k === "Starred" && a.kind === "pos" ? a.e.e : a.e, s), star: a.kind === "pos" && a.e.k === "Starred" }));
    return (f) => {
      const pos: any[] = [];
      let kw: Map<string, any> | null = null;
      for (const p of parts) {
        if (p.kind === "pos") { if (p.star) pos.push(...iterToArray(p.e(f))); else pos.push(p.e(f)); }
        else if (p.kind === "star") pos.push(...iterToArray(p.e(f)));
        else if (p.kind === "kw") {
          if (!kw) kw = new Map();
          if (kw.has(p.name!)) throw typeError(`keyword argument repeated: ${p.name}`);
          kw.set(p.name!, p.e(f));
        } else {
          const d = p.e(f);
          if (!kw) kw = new Map();
          if (d instanceof PyDict) {
            for (const [k, v] of d.map.values()) {
              if (typeof k !== "string") throw typeError("keywords must be strings");
              if (kw.has(k)) throw typeError(`got multiple values for keyword argument '${k}'`);
              kw.set(k, v);
            }
          } else {
            for (const k of iterToArray(callMethod(d, "keys", [], null))) kw.set(str(k), getitem(d, k));
          }
        }
      }
      return [pos, kw];
    };
  }
}

function unpack(v: any, n: number): any[] {
  let items: any[];
  if (v instanceof PyTuple || v instanceof PyList) items = v.items;
  else {
    // iterate but stop early when too many
    const it = getIter(v);
    items = [];
    let x;
    while ((x = it.next()) !== undefined) {
      items.push(x);
      if (items.length > n) break;
    }
  }
  if (items.length > n) throw valueError(`too many values to unpack (expected ${n})`);
  if (items.length < n) throw valueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
  return items;
}

function excMatches(e: PyExcObj, t: any): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => excMatches(e, x));
  if (t instanceof PyType && t.isException) return e.cls.isSubtype(t);
  throw typeError("catching classes that do not inherit from BaseException is not allowed");
}

export function makeExc(v: any): PyExcObj {
  if (v instanceof PyExcObj) return v;
  if (v instanceof PyType && v.isException) {
    const x = call(v, [], null);
    if (x instanceof PyExcObj) return x;
  }
  throw typeError("exceptions must derive from BaseException");
}

// ---------------------------------------------------------------- calling compiled functions
function plural(n: number, w: string): string { return `${n} ${w}${n === 1 ? "" : "s"}`; }
function nameList(ns: string[]): string {
  const q = ns.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(", ") + ", and " + q[q.length - 1];
}

function bindArgs(fn: PyFunction, code: FuncCode, args: any[], kw: Map<string, any> | null, l: any[]): void {
  const np = code.nargs;
  const na = args.length;
  const qn = fn.qualname;
  const m = Math.min(na, np);
  for (let i = 0; i < m; i++) l[i] = args[i];
  if (na > np) {
    if (code.varargSlot >= 0) l[code.varargSlot] = new PyTuple(args.slice(np));
    else {
      const nd = fn.defaults.length;
      const given = kw ? [...kw.keys()].filter((k) => code.kwonly.includes(k)).length : 0;
      const takes = nd ? `from ${np - nd} to ${np}` : String(np);
      throw typeError(`${qn}() takes ${takes} positional argument${np === 1 && !nd ? "" : "s"} but ${na} ${na === 1 ? "was" : "were"} given${given ? ` (and ${given} keyword-only argument${given > 1 ? "s" : ""})` : ""}`);
    }
  } else if (code.varargSlot >= 0) l[code.varargSlot] = new PyTuple([]);
  let kwd: PyDict | null = null;
  if (code.kwargSlot >= 0) { kwd = new PyDict(); l[code.kwargSlot] = kwd; }
  if (kw) {
    for (const [k, v] of kw) {
      let slot = code.slotOf.get(k);
      if (slot !== undefined && (slot < code.posonly || (slot >= np && !code.kwonly.includes(k)))) slot = undefined;
      if (slot !== undefined) {
        if (l[slot] !== undefined) throw typeError(`${qn}() got multiple values for argument '${k}'`);
        l[slot] = v;
      } else if (kwd) kwd.map.set(k, [k, v]);
      else throw typeError(`${qn}() got an unexpected keyword argument '${k}'`);
    }
  }
  if (na < np) {
    const nd = fn.defaults.length;
    const firstDef = np - nd;
    let missing: string[] | null = null;
    for (let i = na; i < np; i++) {
      if (l[i] === undefined) {
        if (i >= firstDef) l[i] = fn.defaults[i - firstDef];
        else (missing ??= []).push(code.argnames[i]);
      }
    }
    if (missing) throw typeError(`${qn}() missing ${plural(missing.length, "required positional argument")}: ${nameList(missing)}`);
  }
  if (code.kwonly.length) {
    let missing: string[] | null = null;
    for (const k of code.kwonly) {
      const slot = code.slotOf.get(k)!;
      if (l[slot] === undefined) {
        const d = fn.kwdefaults?.get(k);
        if (d !== undefined) l[slot] = d; else (missing ??= []).push(k);
      }
    }
    if (missing) throw typeError(`${qn}() missing ${plural(missing.length, "required keyword-only argument")}: ${nameList(missing)}`);
  }
}

function makeCaller(code: FuncCode) {
  const nargs = code.nargs, simple = code.simple, cells = code.cellSlots, ncells = cells.length;
  const body = code.body;
  return function callCompiled(fn: PyFunction, args: any[], kw: Map<string, any> | null): any {
    const l = new Array(code.nlocals);
    if (kw === null && simple && args.length === nargs) {
      for (let i = 0; i < nargs; i++) l[i] = args[i];
    } else bindArgs(fn, code, args, kw, l);
    for (let i = 0; i < ncells; i++) l[cells[i]] = new Cell(l[cells[i]]);
    const f = new Frame(l, fn.closure, fn);
    f.line = 0;
    if (code.isGenerator) f.yields = [];
    if (++RT.depth > RT.maxDepth) {
      RT.depth--;
      const e = exc(RecursionError, "maximum recursion depth exceeded");
      throw e;
    }
    const prev = RT.frame;
    RT.frame = f;
    try {
      if (++RT.steps >= RT.checkAt) checkLimits();
      body(f);
    } catch (e0) {
      const e = e0 instanceof PyExcObj ? e0 : toPyExc(e0);
      e.tb.push({ file: code.filename, line: f.line, name: code.name });
      throw e;
    } finally {
      RT.depth--;
      RT.frame = prev;
    }
    if (f.yields) { const arr = f.yields; let i = 0; return new PyIterator(() => (i < arr.length ? arr[i++] : undefined), "generator"); }
    return f.ret;
  };
}

export { isinstance, PyInstance, PyModule, typeName, iterToArray, checkListMem, BaseException, SyntaxErrorT, StopIteration };
