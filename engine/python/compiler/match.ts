// The match statement (PEP 634): each case's pattern compiles to a matcher that tests the subject and binds
// its captures; the first case whose pattern matches and whose guard holds runs.
import type { Stmt, Pat } from "../ast";
import { Scope } from "../scope";
import type { Frame, S } from "../frame";
import { PyList, PyTuple, PyRange, PyDict, PyType } from "../objects/core";
import { eq, getattr, hasattr, isinstance, keyOf } from "../objects/ops";
import { chargeContainer } from "../charge";
import {
  typeName,
  intType,
  floatType,
  strType,
  boolType,
  dictType,
  listType,
  tupleType,
  setType,
  frozensetType,
  bytesType,
} from "../objects/types";
import { typeError } from "../errors";
import { Compiler } from "./compiler";

type Matcher = (f: Frame, v: any) => boolean;

declare module "./compiler" {
  interface Compiler {
    matchStmt(st: Stmt & { k: "Match" }, s: Scope): S;
    pattern(p: Pat, s: Scope): Matcher;
  }
}

Compiler.prototype.matchStmt = function (this: Compiler, st: Stmt & { k: "Match" }, s: Scope): S {
  const subject = this.expr(st.subject, s);
  const cases = st.cases.map((c) => ({
    match: this.pattern(c.pat, s),
    guard: c.guard ? this.cond(c.guard, s) : null,
    body: this.block(c.body, s),
    line: c.line,
  }));
  return (f) => {
    const v = subject(f);
    for (const c of cases) {
      f.line = c.line;
      if (c.match(f, v) && (c.guard === null || c.guard(f))) return c.body(f);
    }
    return undefined;
  };
};

/** builtins whose class pattern with one positional sub-pattern matches the subject itself (`case int(n):`) */
const SELF_MATCHING = () => [boolType, bytesType, dictType, floatType, frozensetType, intType, listType, setType, strType, tupleType];

Compiler.prototype.pattern = function (this: Compiler, p: Pat, s: Scope): Matcher {
  switch (p.k) {
    case "PValue": {
      const e = this.expr(p.e, s);
      return (f, v) => eq(v, e(f));
    }
    case "PSingleton": {
      const x = p.v;
      return (_f, v) => v === x;
    }
    case "PCapture": {
      if (p.name === null) return () => true;
      const store = this.storeName(p.name, s);
      return (f, v) => {
        store(f, v);
        return true;
      };
    }
    case "PAs": {
      const m = this.pattern(p.pat, s),
        store = this.storeName(p.name, s);
      return (f, v) => {
        if (!m(f, v)) return false;
        store(f, v);
        return true;
      };
    }
    case "POr": {
      const ms = p.pats.map((x) => this.pattern(x, s));
      return (f, v) => ms.some((m) => m(f, v));
    }
    case "PStar":
      throw new Error("internal: star pattern outside a sequence");
    case "PSeq": {
      const star = p.pats.findIndex((x) => x.k === "PStar");
      const ms = p.pats.map((x) => (x.k === "PStar" ? null : this.pattern(x, s)));
      const starStore =
        star >= 0 && (p.pats[star] as Pat & { k: "PStar" }).name !== null ? this.storeName((p.pats[star] as any).name, s) : null;
      const n = p.pats.length;
      return (f, v) => {
        const items = sequenceItems(v);
        if (items === null) return false;
        if (star < 0) {
          if (items.length !== n) return false;
          for (let i = 0; i < n; i++) if (!ms[i]!(f, items[i])) return false;
          return true;
        }
        const after = n - star - 1;
        if (items.length < n - 1) return false;
        for (let i = 0; i < star; i++) if (!ms[i]!(f, items[i])) return false;
        for (let i = 0; i < after; i++) if (!ms[star + 1 + i]!(f, items[items.length - after + i])) return false;
        if (starStore) starStore(f, new PyList(items.slice(star, items.length - after)));
        return true;
      };
    }
    case "PMap": {
      const keys = p.keys.map((k) => this.expr(k, s));
      const ms = p.pats.map((x) => this.pattern(x, s));
      const rest = p.rest ? this.storeName(p.rest, s) : null;
      return (f, v) => {
        if (!(v instanceof PyDict)) return false;
        const used = new Set<any>();
        for (let i = 0; i < keys.length; i++) {
          const key = keyOf(keys[i](f));
          const e = v.map.get(key);
          if (e === undefined || !ms[i](f, e[1])) return false;
          used.add(key);
        }
        if (rest) {
          const d = new PyDict();
          for (const [k, e] of v.map) if (!used.has(k)) d.map.set(k, [e[0], e[1]]);
          rest(f, d);
        }
        return true;
      };
    }
    case "PClass": {
      const cls = this.expr(p.cls, s);
      const args = p.args.map((x) => this.pattern(x, s));
      const kwNames = p.kwNames,
        kws = p.kwPats.map((x) => this.pattern(x, s));
      return (f, v) => {
        const t = cls(f);
        if (!(t instanceof PyType)) throw typeError("called match pattern must be a type");
        if (!isinstance(v, t)) return false;
        if (args.length) {
          if (SELF_MATCHING().some((b) => t === b || (t.isSubtype(b) && !hasattr(t, "__match_args__")))) {
            if (args.length > 1) throw typeError(`${t.name}() accepts 1 positional sub-pattern (${args.length} given)`);
            if (!args[0](f, v)) return false;
          } else {
            const ma = hasattr(t, "__match_args__") ? getattr(t, "__match_args__") : null;
            if (ma !== null && !(ma instanceof PyTuple)) throw typeError(`${t.name}.__match_args__ must be a tuple (got ${typeName(ma)})`);
            const names: string[] = ma ? ma.items : [];
            if (args.length > names.length)
              throw typeError(
                `${t.name}() accepts ${names.length} positional sub-pattern${names.length === 1 ? "" : "s"} (${args.length} given)`,
              );
            for (let i = 0; i < args.length; i++) {
              if (!hasattr(v, names[i]) || !args[i](f, getattr(v, names[i]))) return false;
            }
          }
        }
        for (let i = 0; i < kwNames.length; i++) {
          if (!hasattr(v, kwNames[i]) || !kws[i](f, getattr(v, kwNames[i]))) return false;
        }
        return true;
      };
    }
  }
};

/** the items of a subject a sequence pattern may match (list, tuple, range; never str, bytes or a mapping) */
function sequenceItems(v: any): any[] | null {
  if (v instanceof PyList || v instanceof PyTuple) return v.items;
  if (v instanceof PyRange) {
    chargeContainer(v.length);
    const out: any[] = [];
    for (let i = 0; i < v.length; i++) out.push(v.start + i * v.step);
    return out;
  }
  return null;
}
