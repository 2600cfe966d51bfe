// Expressions: constants, operators, conditions, containers, f-strings, subscripts and slices, yield.
import type { Expr } from "../ast";
import { Scope } from "../scope";
import { Frame, type E } from "../frame";
import { PyFloat, PyList, PyTuple, PyDict, PySlice, Ellipsis, PyBytes, PyInstance, PyExcObj } from "../objects/core";
import {
  add,
  sub,
  mul,
  truediv,
  binop,
  inplace,
  unary,
  compare,
  truthy,
  getattr,
  callMethod,
  iterToArray,
  getitem,
  setitem,
  contains,
  str,
  repr,
  npHooks,
} from "../objects/ops";
import { asciiOf, formatValue } from "../objects/format";
import { chargeContainer } from "../charge";
import { setOf } from "../objects/methods";
import { isSame } from "../objects/identity";
import { PySyntaxError } from "../errors-syntax";
import { Compiler } from "./compiler";
import { located, raisedAt } from "../locations";
import { TEMP, releaseTemps } from "../objects/ops/temporaries";
import { makesTemp, binOpWithTemps } from "./temporaries";

declare module "./compiler" {
  interface Compiler {
    cond(e: Expr, s: Scope): (f: Frame) => boolean;
    condUnplaced(e: Expr, s: Scope): (f: Frame) => boolean;
    constValue(e: Expr & { k: "Const" }): any;
    expr(e: Expr, s: Scope): E;
    exprUnplaced(e: Expr, s: Scope): E;
    seqBuilder(elts: Expr[], s: Scope): (f: Frame) => any[];
    fstring(e: Expr & { k: "FString" }, s: Scope): E;
    keyPair(idx: Expr, s: Scope): [E, E] | null;
  }
}

/** compile an expression used as a condition -> boolean */
Compiler.prototype.cond = function (this: Compiler, e: Expr, s: Scope): (f: Frame) => boolean {
  const c = this.condUnplaced(e, s);
  return e.k === "Compare" ? (located(c, e) as (f: Frame) => boolean) : c;
};

Compiler.prototype.condUnplaced = function (this: Compiler, e: Expr, s: Scope): (f: Frame) => boolean {
  if (e.k === "Compare" && e.ops.length === 1) {
    const op = e.ops[0];
    const l = this.expr(e.l, s),
      r = this.expr(e.rs[0], s);
    switch (op) {
      case "<":
        return (f) => {
          const a = l(f),
            b = r(f);
          if (typeof a === "number" && typeof b === "number") return a < b;
          return truthy(compare("<", a, b));
        };
      case ">":
        return (f) => {
          const a = l(f),
            b = r(f);
          if (typeof a === "number" && typeof b === "number") return a > b;
          return truthy(compare(">", a, b));
        };
      case "<=":
        return (f) => {
          const a = l(f),
            b = r(f);
          if (typeof a === "number" && typeof b === "number") return a <= b;
          return truthy(compare("<=", a, b));
        };
      case ">=":
        return (f) => {
          const a = l(f),
            b = r(f);
          if (typeof a === "number" && typeof b === "number") return a >= b;
          return truthy(compare(">=", a, b));
        };
      case "==":
        return (f) => {
          const a = l(f),
            b = r(f);
          if (typeof a === "number" && typeof b === "number") return a === b;
          return truthy(compare("==", a, b));
        };
      case "!=":
        return (f) => {
          const a = l(f),
            b = r(f);
          if (typeof a === "number" && typeof b === "number") return a !== b;
          return truthy(compare("!=", a, b));
        };
      case "is":
        return (f) => isSame(l(f), r(f));
      case "is not":
        return (f) => !isSame(l(f), r(f));
      case "in":
        return (f) => {
          const a = l(f);
          return contains(r(f), a);
        };
      case "not in":
        return (f) => {
          const a = l(f);
          return !contains(r(f), a);
        };
    }
  }
  if (e.k === "UnaryOp" && e.op === "not") {
    const c = this.cond(e.e, s);
    return (f) => !c(f);
  }
  if (e.k === "BoolOp") {
    const cs = e.vals.map((v) => this.cond(v, s));
    if (e.op === "and")
      return (f) => {
        for (const c of cs) if (!c(f)) return false;
        return true;
      };
    return (f) => {
      for (const c of cs) if (c(f)) return true;
      return false;
    };
  }
  if (e.k === "Const") {
    const b = truthy(this.constValue(e));
    return () => b;
  }
  const x = this.expr(e, s);
  return (f) => {
    const v = x(f);
    return v === true ? true : v === false ? false : truthy(v);
  };
};

Compiler.prototype.constValue = function (this: Compiler, e: Expr & { k: "Const" }): any {
  switch (e.t) {
    case "float":
      return new PyFloat(e.v as number);
    case "Ellipsis":
      return Ellipsis;
    case "bytes":
      return new PyBytes(e.v as string);
    case "int": {
      // a small int as a V8 Smi: the AST field may store numbers as boxed doubles (after a float constant was
      // parsed), and an int that arrives as a heap double makes every index computation it reaches float64
      const v = e.v as number;
      return typeof v === "number" && (v | 0) === v ? v | 0 : v;
    }
    default:
      return e.v;
  }
};

// the expressions whose own operation can raise: an exception leaving one is placed at it (tracebacks' carets)
// (calls, operators, attributes and subscripts place their exceptions inside their own closures: a wrapper closure
// would add a JS stack frame to every Python call nested in them and lower the reachable recursion depth)
const WRAPPED = new Set(["Dict", "Set", "Comp", "FString"]);

Compiler.prototype.expr = function (this: Compiler, e: Expr, s: Scope): E {
  const x = this.exprUnplaced(e, s);
  return WRAPPED.has(e.k) ? located(x, e) : x;
};

Compiler.prototype.exprUnplaced = function (this: Compiler, e: Expr, s: Scope): E {
  switch (e.k) {
    case "Const": {
      const v = this.constValue(e);
      return () => v;
    }
    case "Name":
      return this.load(e.id, s, e);
    case "FString":
      return this.fstring(e, s);
    case "BinOp": {
      const l = this.expr(e.l, s),
        r = this.expr(e.r, s);
      if (makesTemp(e.l) || makesTemp(e.r)) return binOpWithTemps(e, l, r);
      switch (e.op) {
        case "+":
          return (f) => {
            try {
              return add(l(f), r(f));
            } catch (x) {
              throw raisedAt(x, e);
            }
          };
        case "-":
          return (f) => {
            try {
              return sub(l(f), r(f));
            } catch (x) {
              throw raisedAt(x, e);
            }
          };
        case "*":
          return (f) => {
            try {
              return mul(l(f), r(f));
            } catch (x) {
              throw raisedAt(x, e);
            }
          };
        case "/":
          return (f) => {
            try {
              return truediv(l(f), r(f));
            } catch (x) {
              throw raisedAt(x, e);
            }
          };
      }
      const op = e.op;
      return (f) => {
        try {
          return binop(op, l(f), r(f));
        } catch (x) {
          throw raisedAt(x, e);
        }
      };
    }
    case "UnaryOp": {
      const x = this.expr(e.e, s);
      const op = e.op;
      if (op === "not") {
        const c = this.cond(e.e, s);
        return (f) => !c(f);
      }
      if (op === "-" && e.e.k === "Const" && (e.e.t === "int" || e.e.t === "float")) {
        const v = unary("-", this.constValue(e.e));
        return () => v;
      }
      if (makesTemp(e.e))
        return (f) => {
          try {
            const v = x(f);
            const t = v === TEMP.v;
            const r = unary(op, v);
            if (t) releaseTemps(v, null, r);
            return r;
          } catch (err) {
            throw raisedAt(err, e);
          }
        };
      return (f) => {
        try {
          return unary(op, x(f));
        } catch (err) {
          throw raisedAt(err, e);
        }
      };
    }
    case "BoolOp": {
      // the last operand is the result as it is: Python never asks its truth value (`[1] and arr` is arr)
      const vs = e.vals.slice(0, -1).map((v) => this.expr(v, s)),
        last = this.expr(e.vals[e.vals.length - 1]!, s);
      if (e.op === "and")
        return (f) => {
          for (const x of vs) {
            const v = x(f);
            if (!truthy(v)) return v;
          }
          return last(f);
        };
      return (f) => {
        for (const x of vs) {
          const v = x(f);
          if (truthy(v)) return v;
        }
        return last(f);
      };
    }
    case "Compare": {
      const l = this.expr(e.l, s);
      const rs = e.rs.map((r) => this.expr(r, s));
      const ops = e.ops;
      const cmp1 = (op: string, a: any, b: any): any => {
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
      };
      if (ops.length === 1) {
        const op = ops[0],
          r = rs[0];
        return (f) => {
          try {
            return cmp1(op, l(f), r(f));
          } catch (err) {
            throw raisedAt(err, e);
          }
        };
      }
      return (f) => {
        try {
          let a = l(f);
          let res: any = true;
          for (let i = 0; i < ops.length; i++) {
            const b = rs[i](f);
            res = cmp1(ops[i], a, b);
            if (i < ops.length - 1 && !truthy(res)) return res; // the last result is returned as it is
            a = b;
          }
          return res;
        } catch (err) {
          throw raisedAt(err, e);
        }
      };
    }
    case "IfExp": {
      const t = this.cond(e.test, s),
        b = this.expr(e.body, s),
        o = this.expr(e.orelse, s);
      return (f) => (t(f) ? b(f) : o(f));
    }
    case "Lambda": {
      const mk = this.funcMaker("<lambda>", e.args, e.body, null, e, s);
      return mk;
    }
    case "Call":
      return this.callExpr(e, s);
    case "Attr": {
      const o = this.expr(e.e, s);
      const name = e.name;
      return (f) => {
        try {
          return getattr(o(f), name);
        } catch (err) {
          throw raisedAt(err, e);
        }
      };
    }
    case "Subscript": {
      const o = this.expr(e.e, s);
      const pair = this.keyPair(e.idx, s);
      if (pair !== null) {
        // o[k0, k1]: NumPy objects get the keys without a tuple
        const [x0, x1] = pair;
        return (f) => {
          try {
            const ob = o(f),
              k0 = x0(f),
              k1 = x1(f);
            if (ob !== null && ob.__np === true && npHooks.getitem2 !== null) return npHooks.getitem2(ob, k0, k1);
            return getitem(ob, new PyTuple([k0, k1]));
          } catch (err) {
            throw raisedAt(err, e);
          }
        };
      }
      const k = this.expr(e.idx, s);
      return (f) => {
        try {
          return getitem(o(f), k(f));
        } catch (err) {
          throw raisedAt(err, e);
        }
      };
    }
    case "Slice": {
      const isConst = (x: Expr | null) =>
        x === null ||
        (x.k === "Const" && (x.t === "int" || x.t === "None")) ||
        (x.k === "UnaryOp" && x.op === "-" && x.e.k === "Const" && x.e.t === "int");
      if (isConst(e.lo) && isConst(e.hi) && isConst(e.step)) {
        const cv = (x: Expr | null) => (x === null ? null : this.expr(x, s)(null as any));
        const sl = new PySlice(cv(e.lo), cv(e.hi), cv(e.step));
        return () => sl;
      }
      const lo = e.lo ? this.expr(e.lo, s) : null,
        hi = e.hi ? this.expr(e.hi, s) : null,
        st = e.step ? this.expr(e.step, s) : null;
      return (f) => new PySlice(lo ? lo(f) : null, hi ? hi(f) : null, st ? st(f) : null);
    }
    case "Tuple": {
      if (e.elts.some((x) => x.k === "Starred")) {
        const b = this.seqBuilder(e.elts, s);
        return (f) => new PyTuple(b(f));
      }
      const es = e.elts.map((x) => this.expr(x, s));
      if (es.length === 2) {
        const a = es[0],
          b = es[1];
        return (f) => new PyTuple([a(f), b(f)]);
      }
      if (es.length === 3) {
        const a = es[0],
          b = es[1],
          c = es[2];
        return (f) => new PyTuple([a(f), b(f), c(f)]);
      }
      return (f) => new PyTuple(es.map((x) => x(f)));
    }
    case "List": {
      const b = this.seqBuilder(e.elts, s);
      return (f) => new PyList(b(f));
    }
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
            if (src instanceof PyDict) {
              for (const [kk, en] of src.map) d.map.set(kk, [en[0], en[1]]);
            } else for (const k of iterToArray(callMethod(src, "keys", [], null))) setitem(d, k, getitem(src, k));
            continue;
          }
          const k = kf(f);
          setitem(d, k, vs[i](f));
        }
        return d;
      };
    }
    case "Starred":
      throw new PySyntaxError("can't use starred expression here", e.line, e.col);
    case "Comp":
      return this.comp(e, s);
    case "NamedExpr": {
      const v = this.expr(e.value, s);
      // find the owning scope for walrus
      let t = s;
      while (t.name.startsWith("<") && t.name !== "<lambda>" && t.parent) t = t.parent;
      const id = (e.target as any).id as string;
      const store = t === s ? this.storeName(id, s) : this.storeName(id, s);
      return (f) => {
        const x = v(f);
        store(f, x);
        return x;
      };
    }
    case "Yield":
      // generator bodies are compiled in gen mode (generators.ts); a yield never reaches here
      throw new PySyntaxError("'yield' outside function", e.line, e.col);
  }
};

Compiler.prototype.seqBuilder = function (this: Compiler, elts: Expr[], s: Scope): (f: Frame) => any[] {
  const parts = elts.map((x) => (x.k === "Starred" ? { star: true, e: this.expr(x.e, s) } : { star: false, e: this.expr(x, s) }));
  if (!parts.some((p) => p.star)) {
    const es = parts.map((p) => p.e);
    const n = es.length;
    return (f) => {
      const out = new Array(n);
      for (let i = 0; i < n; i++) out[i] = es[i](f);
      return out;
    };
  }
  return (f) => {
    const out: any[] = [];
    for (const p of parts) {
      if (p.star) {
        const vs = iterToArray(p.e(f));
        chargeContainer(out.length + vs.length);
        for (const v of vs) out.push(v);
      } else out.push(p.e(f));
    }
    return out;
  };
};

Compiler.prototype.fstring = function (this: Compiler, e: Expr & { k: "FString" }, s: Scope): E {
  const parts = e.parts.map((p) => {
    if (typeof p === "string") return () => p;
    const x = this.expr(p.e, s);
    const spec = p.spec ? this.expr(p.spec, s) : null;
    const conv = p.conv;
    return (f: Frame) => {
      let v = x(f);
      if (conv === "r") v = repr(v);
      else if (conv === "a") v = asciiOf(repr(v));
      else if (conv === "s") v = str(v);
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
};

/** the two element expressions of a 2-tuple subscript key (`o[a, b]`), or null */
Compiler.prototype.keyPair = function (this: Compiler, idx: Expr, s: Scope): [E, E] | null {
  if (idx.k !== "Tuple" || idx.elts.length !== 2 || idx.elts.some((x) => x.k === "Starred")) return null;
  return [this.expr(idx.elts[0], s), this.expr(idx.elts[1], s)];
};

const binFns: Record<string, (a: any, b: any) => any> = {
  "+": add,
  "-": sub,
  "*": mul,
  "/": truediv,
};
export function binFn(op: string): (a: any, b: any) => any {
  return binFns[op] ?? ((a, b) => binop(op, a, b));
}
export function inplaceFn(op: string): (a: any, b: any) => any {
  const bf = binFn(op);
  const unsupported = "unsupported operand type(s) for ";
  const prefixes = [`${unsupported}${op}:`, `${unsupported}** or pow():`];
  return (a, b) => {
    try {
      return typeof a === "number" || a instanceof PyFloat ? bf(a, b) : inplace(op, a, b);
    } catch (err) {
      // CPython names the augmented operator: "unsupported operand type(s) for +=: 'int' and 'str'"
      if (err instanceof PyExcObj && err.args.length === 1) {
        const m = err.args[0];
        if (typeof m === "string" && prefixes.some((p) => m.startsWith(p)))
          err.args[0] = `${unsupported}${op}=:${m.slice(m.indexOf(":") + 1)}`;
      }
      throw err;
    }
  };
}
