// Calls: call expressions (positional fast paths, *args/**kwargs, zero-argument super()), binding arguments
// to parameters, and the caller that runs a compiled function body in a new frame.
import type { Expr, Arg } from "../ast";
import { Scope } from "../scope";
import { Frame, type E, type FuncCode } from "../frame";
import { PyTuple, PyDict, PyExcObj, PyFunction, Cell, PySuper } from "../objects/core";
import { call, callMethod, iterToArray, getitem, str } from "../objects/ops";
import { exc, typeError, excTypes, RecursionError } from "../errors";
import { RT, checkLimits } from "../limits";
import { CTX } from "../context";
import { Compiler } from "./compiler";
import { toPyExc } from "./exceptions";
import { makeGenerator } from "../objects/generator";
import { nameList, plural } from "../argument-errors";
import { addFrameEntry, raisedAt } from "../locations";
import { TEMP, callTemp1, callTemp2 } from "../objects/ops/temporaries";
import { makesTemp } from "./temporaries";

declare module "./compiler" {
  interface Compiler {
    callExpr(e: Expr & { k: "Call" }, s: Scope): E;
    argsBuilder(args: Arg[], s: Scope): (f: Frame) => [any[], Map<string, any> | null];
  }
}

Compiler.prototype.callExpr = function (this: Compiler, e: Expr & { k: "Call" }, s: Scope): E {
  const simple = e.args.every((a) => a.kind === "pos" && a.e.k !== "Starred");
  const place = placeCallError(e);
  // super() with no args
  if (e.fn.k === "Name" && e.fn.id === "super" && e.args.length === 0 && s.kind === "function" && !s.slots.has("super")) {
    const superLoad = this.load("super", s);
    const selfName = s.params[0];
    const selfLoad = selfName ? this.load(selfName, s) : null;
    return (f) => {
      try {
        const sup = superLoad(f);
        if (sup !== CTX.builtins.get("super")) return call(sup, [], null);
        const cls = f.fn?.ownerClass;
        if (!cls || !selfLoad) throw exc(excTypes.get("RuntimeError")!, "super(): no arguments");
        return new PySuper(cls, selfLoad(f));
      } catch (x) {
        throw place(x);
      }
    };
  }
  if (simple) {
    const args = e.args.map((a) => this.expr(a.e, s));
    const n = args.length;
    if (e.fn.k === "Attr") {
      const o = this.expr(e.fn.e, s);
      const name = e.fn.name;
      if (n === 0)
        return (f) => {
          try {
            return callMethod(o(f), name, [], null);
          } catch (x) {
            throw place(x);
          }
        };
      // through callTemp: a ufunc's result is a temporary its caller may release (./temporaries.ts)
      if (n === 1) {
        const a0 = args[0],
          t0 = makesTemp(e.args[0].e);
        return (f) => {
          try {
            const ob = o(f);
            const x = a0(f);
            return callTemp1(ob, name, x, t0 && x === TEMP.v);
          } catch (x) {
            throw place(x);
          }
        };
      }
      if (n === 2) {
        const a0 = args[0],
          a1 = args[1],
          t0 = makesTemp(e.args[0].e),
          t1 = makesTemp(e.args[1].e);
        return (f) => {
          try {
            const ob = o(f);
            const x = a0(f);
            const tx = t0 && x === TEMP.v;
            const y = a1(f);
            return callTemp2(ob, name, x, tx, y, t1 && y === TEMP.v);
          } catch (x) {
            throw place(x);
          }
        };
      }
      return (f) => {
        try {
          const ob = o(f);
          const a = new Array(n);
          for (let i = 0; i < n; i++) a[i] = args[i](f);
          return callMethod(ob, name, a, null);
        } catch (x) {
          throw place(x);
        }
      };
    }
    const fn = this.expr(e.fn, s);
    if (n === 0)
      return (f) => {
        try {
          return call(fn(f), [], null);
        } catch (x) {
          throw place(x);
        }
      };
    if (n === 1) {
      const a0 = args[0];
      return (f) => {
        try {
          const c = fn(f);
          return call(c, [a0(f)], null);
        } catch (x) {
          throw place(x);
        }
      };
    }
    if (n === 2) {
      const a0 = args[0],
        a1 = args[1];
      return (f) => {
        try {
          const c = fn(f);
          return call(c, [a0(f), a1(f)], null);
        } catch (x) {
          throw place(x);
        }
      };
    }
    return (f) => {
      try {
        const c = fn(f);
        const a = new Array(n);
        for (let i = 0; i < n; i++) a[i] = args[i](f);
        return call(c, a, null);
      } catch (x) {
        throw place(x);
      }
    };
  }
  const argb = this.argsBuilder(e.args, s);
  if (e.fn.k === "Attr") {
    const o = this.expr(e.fn.e, s);
    const name = e.fn.name;
    return (f) => {
      try {
        const ob = o(f);
        const [a, kw] = argb(f);
        return callMethod(ob, name, a, kw);
      } catch (x) {
        throw place(x);
      }
    };
  }
  const fn = this.expr(e.fn, s);
  return (f) => {
    try {
      const c = fn(f);
      const [a, kw] = argb(f);
      return call(c, a, kw);
    } catch (x) {
      throw place(x);
    }
  };
};

/**
 * where an exception leaving a call is placed: at `o.name` when it is the method's lookup that failed (CPython
 * marks the attribute, not the call), else at the call
 */
function placeCallError(e: Expr & { k: "Call" }): (x: unknown) => unknown {
  const attr = e.fn.k === "Attr" ? e.fn : null;
  return (x) => {
    if (
      attr !== null &&
      x instanceof PyExcObj &&
      x.loc === undefined &&
      x.attrObj !== undefined &&
      x.tb.length === 0 &&
      x.dict.get("name") === attr.name
    )
      return raisedAt(x, attr);
    return raisedAt(x, e);
  };
}

Compiler.prototype.argsBuilder = function (this: Compiler, args: Arg[], s: Scope): (f: Frame) => [any[], Map<string, any> | null] {
  const parts = args.map((a) => ({
    kind: a.kind,
    name: a.name,
    e: this.expr(a.e.k === "Starred" && a.kind === "pos" ? a.e.e : a.e, s),
    star: a.kind === "pos" && a.e.k === "Starred",
  }));
  return (f) => {
    const pos: any[] = [];
    let kw: Map<string, any> | null = null;
    for (const p of parts) {
      if (p.kind === "pos") {
        if (p.star) pos.push(...iterToArray(p.e(f)));
        else pos.push(p.e(f));
      } else if (p.kind === "star") pos.push(...iterToArray(p.e(f)));
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
};

// ---------------------------------------------------------------- calling compiled functions
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
      throw typeError(
        `${qn}() takes ${takes} positional argument${np === 1 && !nd ? "" : "s"} but ${na} ${na === 1 ? "was" : "were"} given${given ? ` (and ${given} keyword-only argument${given > 1 ? "s" : ""})` : ""}`,
      );
    }
  } else if (code.varargSlot >= 0) l[code.varargSlot] = new PyTuple([]);
  let kwd: PyDict | null = null;
  if (code.kwargSlot >= 0) {
    kwd = new PyDict();
    l[code.kwargSlot] = kwd;
  }
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
        if (d !== undefined) l[slot] = d;
        else (missing ??= []).push(k);
      }
    }
    if (missing) throw typeError(`${qn}() missing ${plural(missing.length, "required keyword-only argument")}: ${nameList(missing)}`);
  }
}

export function makeCaller(code: FuncCode) {
  const nargs = code.nargs,
    simple = code.simple,
    cells = code.cellSlots,
    ncells = cells.length;
  const body = code.body;
  if (code.isGenerator) {
    // calling a generator function binds the arguments and returns the generator; the body runs on next()
    const genBody = code.genBody!;
    return function callGenerator(fn: PyFunction, args: any[], kw: Map<string, any> | null): any {
      const l = new Array(code.nlocals);
      if (kw === null && simple && args.length === nargs) {
        for (let i = 0; i < nargs; i++) l[i] = args[i];
      } else bindArgs(fn, code, args, kw, l);
      for (let i = 0; i < ncells; i++) l[cells[i]] = new Cell(l[cells[i]]);
      const f = new Frame(l, fn.closure, fn);
      f.line = 0;
      if (++RT.steps >= RT.checkAt) checkLimits();
      return makeGenerator(genBody(f), f, code.name, fn.qualname, code.filename);
    };
  }
  return function callCompiled(fn: PyFunction, args: any[], kw: Map<string, any> | null): any {
    const l = new Array(code.nlocals);
    if (kw === null && simple && args.length === nargs) {
      for (let i = 0; i < nargs; i++) l[i] = args[i];
    } else bindArgs(fn, code, args, kw, l);
    for (let i = 0; i < ncells; i++) l[cells[i]] = new Cell(l[cells[i]]);
    const f = new Frame(l, fn.closure, fn);
    f.line = code.firstLine;
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
      addFrameEntry(e, f, code.filename, code.name, () => ({ locals: [...code.slotOf.keys()], globals: fn.globals }));
      throw e;
    } finally {
      RT.depth--;
      RT.frame = prev;
    }
    return f.ret;
  };
}
