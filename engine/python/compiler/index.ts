// Compiles the AST into a tree of JS closures (jlox-like pipeline: lexer → parser → scope → compiler).
// The Compiler's methods live in one file per concern, as acorn splits its Parser.prototype:
//   compiler.ts (names), statements.ts, definitions.ts, targets.ts, expressions.ts, comprehensions.ts, calls.ts.
import "./statements";
import "./definitions";
import "./targets";
import "./expressions";
import "./comprehensions";
import "./calls";
import "./generators";
import "./match";
import type { Module } from "../ast";
import { Scope, ScopeMap, analyze } from "../scope";
import type { S } from "../frame";
import { Cell } from "../objects/core";
import { Compiler } from "./compiler";

export interface CompiledModule {
  body: S;
  scope: Scope;
}

export function compileModule(mod: Module, globals: Map<string, Cell>, filename: string): CompiledModule {
  const sm = new ScopeMap();
  const top = new Scope("module", null, "<module>");
  analyze(mod.body, sm, top);
  const c = new Compiler(sm, globals, filename);
  c.futureAnnotations = mod.body.some(
    (st) => st.k === "ImportFrom" && st.mod === "__future__" && st.names.some((n) => n.name === "annotations"),
  );
  const body = c.block(mod.body, top);
  return { body, scope: top };
}

export { toPyExc, makeExc, isStackOverflow } from "./exceptions";
export { globalCell } from "./compiler";
export { isinstance, iterToArray, checkListMem } from "../objects/ops";
export { PyInstance, PyModule } from "../objects/core";
export { typeName } from "../objects/types";
export { BaseException, SyntaxError as SyntaxErrorT, StopIteration } from "../errors";
