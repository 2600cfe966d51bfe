// Comprehensions (list/set/dict/generator): nested loops compiled inside out, run in their own frame.
import type { Expr } from "../ast";
import { Scope } from "../scope";
import { Frame, type E } from "../frame";
import { PyList, PyDict, PySet, Cell } from "../objects/core";
import { getIter, setitem, keyOf } from "../objects/ops";
import { RT, checkLimits } from "../limits";
import { chargeGrowth, GROWTH_MASK, BYTES } from "../charge";
import { Compiler } from "./compiler";
import { addFrameEntry, raisedAt } from "../locations";
import { isFatal, toPyExc } from "./exceptions";

declare module "./compiler" {
  interface Compiler {
    comp(e: Expr & { k: "Comp" }, s: Scope): E;
  }
}

Compiler.prototype.comp = function (this: Compiler, e: Expr & { k: "Comp" }, s: Scope): E {
  if (e.kind === "gen") return this.genExpr(e, s);
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
  if (kind === "list")
    sink = (f) => {
      const r = f.ret as any[];
      r.push(elt(f));
      if ((r.length & GROWTH_MASK) === 0) chargeGrowth(r.length, BYTES.item);
    };
  else if (kind === "set")
    sink = (f) => {
      const v = elt(f),
        m = (f.ret as PySet).map,
        n = m.size,
        k = keyOf(v);
      if (!m.has(k)) m.set(k, v);
      if (m.size !== n && (m.size & GROWTH_MASK) === 0) chargeGrowth(m.size, BYTES.setEntry);
    };
  else
    sink = (f) => {
      const k = elt(f);
      setitem(f.ret as PyDict, k, val!(f));
    };
  for (let gi = e.gens.length - 1; gi >= 0; gi--) {
    const g = e.gens[gi];
    const store = this.store(g.target, cs);
    const conds = g.ifs.map((c) => this.cond(c, cs));
    const iterE: E = gi === 0 ? (f) => f.l[0] : this.expr(g.iter, cs);
    const inner = sink;
    const nconds = conds.length;
    sink = (f) => {
      // the loop's own iteration (iter() and next()) is placed at the whole comprehension, as in CPython
      const o = iterE(f);
      const run = (v: any) => {
        store(f, v);
        if (++RT.steps >= RT.checkAt) checkLimits();
        for (let i = 0; i < nconds; i++) if (!conds[i](f)) return;
        inner(f);
      };
      if (o instanceof PyList) {
        const it = o.items;
        for (let i = 0; i < it.length; i++) run(it[i]);
      } else {
        let g2, v;
        try {
          g2 = getIter(o);
        } catch (err) {
          throw raisedAt(err, e);
        }
        for (;;) {
          try {
            v = g2.next();
          } catch (err) {
            throw raisedAt(err, e);
          }
          if (v === undefined) break;
          run(v);
        }
      }
    };
  }
  const body = sink;
  const name = `<${kind}comp>`,
    filename = this.filename;
  return (f) => {
    let it = first(f);
    // the first iterable's iter() runs in the enclosing frame (a list is walked by index)
    if (!(it instanceof PyList)) it = getIter(it);
    const l = new Array(nl);
    l[0] = it;
    for (const c of cellSlots) l[c] = new Cell(l[c]);
    const cf = new Frame(l, closureOf(f), f.fn);
    cf.line = f.line;
    const res = kind === "list" ? [] : kind === "set" ? new PySet() : new PyDict();
    cf.ret = res;
    try {
      body(cf);
    } catch (e0) {
      const x = toPyExc(e0);
      if (!isFatal(x)) addFrameEntry(x, cf, filename, name);
      throw x;
    }
    if (kind === "list") return new PyList(res as any[]);
    return res;
  };
};
