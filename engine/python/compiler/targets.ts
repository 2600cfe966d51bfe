// Assignment and deletion targets: names, attributes, subscripts, tuple/list unpacking (with a starred part).
import type { Expr } from "../ast";
import { Scope } from "../scope";
import { Frame, type S } from "../frame";
import { PyList, PyTuple } from "../objects/core";
import { raisedAt } from "../locations";
import { setattr, delattr, getIter, iterToArray, setitem, delitem, npHooks } from "../objects/ops";
import { valueError } from "../errors";
import { PySyntaxError } from "../errors-syntax";
import { Compiler } from "./compiler";

declare module "./compiler" {
  interface Compiler {
    store(t: Expr, s: Scope): (f: Frame, v: any) => void;
    storeUnplaced(t: Expr, s: Scope): (f: Frame, v: any) => void;
    del(t: Expr, s: Scope): S;
  }
}

/** an assignment target; an exception from storing into it (or unpacking for it) is placed at it */
Compiler.prototype.store = function (this: Compiler, t: Expr, s: Scope): (f: Frame, v: any) => void {
  const st = this.storeUnplaced(t, s);
  if (t.k === "Name") return st;
  return (f, v) => {
    try {
      st(f, v);
    } catch (err) {
      throw raisedAt(err, t);
    }
  };
};

Compiler.prototype.storeUnplaced = function (this: Compiler, t: Expr, s: Scope): (f: Frame, v: any) => void {
  switch (t.k) {
    case "Name":
      return this.storeName(t.id, s);
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
          const ob = o(f),
            k0 = x0(f),
            k1 = x1(f);
          if (ob !== null && ob.__np === true && npHooks.setitem2 !== null) npHooks.setitem2(ob, k0, k1, v);
          else setitem(ob, new PyTuple([k0, k1]), v);
        };
      }
      const k = this.expr(t.idx, s);
      return (f, v) => setitem(o(f), k(f), v);
    }
    case "Tuple":
    case "List": {
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
    case "Starred":
      throw new PySyntaxError("starred assignment target must be in a list or tuple", t.line, t.col);
  }
  throw new PySyntaxError("cannot assign to expression", t.line, t.col);
};

Compiler.prototype.del = function (this: Compiler, t: Expr, s: Scope): S {
  switch (t.k) {
    case "Name":
      return this.delName(t.id, s);
    case "Attr": {
      const o = this.expr(t.e, s);
      const n = t.name;
      return (f) => {
        delattr(o(f), n);
        return undefined;
      };
    }
    case "Subscript": {
      const o = this.expr(t.e, s);
      const k = this.expr(t.idx, s);
      return (f) => {
        delitem(o(f), k(f));
        return undefined;
      };
    }
    case "Tuple":
    case "List": {
      const ds = t.elts.map((e) => this.del(e, s));
      return (f) => {
        for (const d of ds) d(f);
        return undefined;
      };
    }
  }
  throw new PySyntaxError("cannot delete expression", t.line, t.col);
};

export function unpack(v: any, n: number): any[] {
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
