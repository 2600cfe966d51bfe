// The Compiler class: name resolution (load/store/delete by scope kind) and the state shared by every concern.
// Names are resolved at compile time to local slots, cells, closure (free) slots, class namespaces or global cells.
import { Scope, ScopeMap } from "../scope";
import { Frame, type E, type S } from "../frame";
import { Cell } from "../objects/core";
import { exc, nameError, NameError, UnboundLocalError } from "../errors";
import { CTX } from "../context";
import type { Located } from "../ast";
import { raisedAt } from "../locations";

export const NOARGS: any[] = [];

export function unboundLocal(n: string, node?: Located): never {
  const e = exc(UnboundLocalError, `cannot access local variable '${n}' where it is not associated with a value`);
  throw node ? raisedAt(e, node) : e;
}
export function unboundFree(n: string): never {
  throw exc(NameError, `cannot access free variable '${n}' where it is not associated with a value in enclosing scope`);
}

export function globalCell(globals: Map<string, Cell>, name: string): Cell {
  let c = globals.get(name);
  if (!c) {
    c = new Cell(undefined);
    globals.set(name, c);
  }
  return c;
}

/** The compiler; its methods are defined by concern in the sibling files (statements, expressions, ...). */
export class Compiler {
  /** `from __future__ import annotations` at the top of the module: annotations stay strings */
  futureAnnotations = false;
  constructor(
    readonly sm: ScopeMap,
    readonly globals: Map<string, Cell>,
    readonly filename: string,
  ) {}

  // ------------------------------------------------------------ names
  /** `node`: the Name expression, where a NameError is placed in the traceback */
  load(name: string, s: Scope, node?: Located): E {
    if (s.kind === "function") {
      const slot = s.slots.get(name);
      if (slot !== undefined) {
        if (s.cells.has(name))
          return (f) => {
            const v = f.l[slot].v;
            return v !== undefined ? v : unboundLocal(name, node);
          };
        return (f) => {
          const v = f.l[slot];
          return v !== undefined ? v : unboundLocal(name, node);
        };
      }
      const fi = s.free.get(name);
      if (fi !== undefined)
        return (f) => {
          const v = f.c![fi].v;
          return v !== undefined ? v : unboundFree(name);
        };
      return this.loadGlobal(name, node);
    }
    if (s.kind === "class") {
      const fi = s.free.get(name);
      const fallback =
        fi !== undefined
          ? (f: Frame) => {
              const v = f.c![fi].v;
              return v !== undefined ? v : unboundFree(name);
            }
          : this.loadGlobal(name, node);
      return (f) => {
        const v = f.ns!.get(name);
        return v !== undefined ? v : fallback(f);
      };
    }
    return this.loadGlobal(name, node);
  }
  loadGlobal(name: string, node?: Located): E {
    const cell = globalCell(this.globals, name);
    return () => {
      const v = cell.v;
      if (v !== undefined) return v;
      const b = CTX.builtins.get(name);
      if (b !== undefined) return b;
      throw node ? raisedAt(nameError(name), node) : nameError(name);
    };
  }
  storeName(name: string, s: Scope): (f: Frame, v: any) => void {
    if (s.kind === "function" && !s.globals.has(name)) {
      const slot = s.slots.get(name);
      if (slot !== undefined) {
        if (s.cells.has(name))
          return (f, v) => {
            f.l[slot].v = v;
          };
        return (f, v) => {
          f.l[slot] = v;
        };
      }
      const fi = s.free.get(name);
      if (fi !== undefined)
        return (f, v) => {
          f.c![fi].v = v;
        };
    }
    if (s.kind === "class" && !s.globals.has(name)) {
      if (s.nonlocals.has(name)) {
        const fi = s.free.get(name)!;
        return (f, v) => {
          f.c![fi].v = v;
        };
      }
      return (f, v) => {
        f.ns!.set(name, v);
      };
    }
    const cell = globalCell(this.globals, name);
    return (_f, v) => {
      cell.v = v;
    };
  }
  delName(name: string, s: Scope): S {
    const ld = this.load(name, s);
    const st = this.storeName(name, s);
    if (s.kind === "class")
      return (f) => {
        if (!f.ns!.delete(name)) throw nameError(name);
        return undefined;
      };
    return (f) => {
      ld(f);
      st(f, undefined);
      return undefined;
    };
  }

  // ------------------------------------------------------------ statements
}
