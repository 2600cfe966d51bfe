// A mathjs instance shared by parameter draws, numeric answers and formula items.
import { create, all, type MathNode, type EvalFunction } from "mathjs";

export const math = create(all, { number: "number" });

// Functions the Day 3 material needs beyond mathjs' own.
math.import(
  {
    sigmoid: (x: number) => 1 / (1 + Math.exp(-x)),
    relu: (x: number) => Math.max(0, x),
  },
  { override: false },
);

/** Function names an expression may call. */
export const ALLOWED_FUNCTIONS = new Set([
  "sigmoid",
  "relu",
  "tanh",
  "exp",
  "log",
  "sqrt",
  "abs",
  "sin",
  "cos",
  "floor",
  "ceil",
  "round",
  "min",
  "max",
  "mod",
  "pow",
  "sinh",
  "cosh",
]);
/** Constants an expression may use without declaring them. */
export const CONSTANTS = new Set(["pi", "e"]);

export type Scope = Record<string, number>;

const compiled = new Map<string, EvalFunction>();

export function parse(expr: string): MathNode {
  return math.parse(expr);
}

/** Symbols (free variables) and called functions of an expression. */
export function symbolsOf(expr: string): { symbols: Set<string>; functions: Set<string> } {
  const node = parse(expr);
  const symbols = new Set<string>();
  const functions = new Set<string>();
  node.traverse((n: MathNode, path: string, parent: MathNode | null) => {
    if ((n as { isSymbolNode?: boolean }).isSymbolNode) {
      const name = (n as unknown as { name: string }).name;
      if (parent && (parent as { isFunctionNode?: boolean }).isFunctionNode && path === "fn") functions.add(name);
      else symbols.add(name);
    }
  });
  return { symbols, functions };
}

/**
 * Checks that an expression parses and uses only the given symbols and allowed functions.
 * Returns an error message or null.
 */
export function checkExpression(expr: string, allowedSymbols: Iterable<string>): string | null {
  let info;
  try {
    info = symbolsOf(expr);
  } catch (e) {
    return `does not parse: ${(e as Error).message}`;
  }
  const allowed = new Set(allowedSymbols);
  for (const s of info.symbols) {
    if (!allowed.has(s) && !CONSTANTS.has(s)) return `unknown symbol "${s}"`;
  }
  for (const f of info.functions) {
    if (!ALLOWED_FUNCTIONS.has(f)) return `function "${f}" is not allowed`;
  }
  return null;
}

export function evaluate(expr: string, scope: Scope): unknown {
  let fn = compiled.get(expr);
  if (!fn) {
    fn = math.compile(expr);
    compiled.set(expr, fn);
  }
  return fn.evaluate({ ...scope });
}

/** Evaluates to a JS number; throws when the result is not a real number. */
export function evaluateNumber(expr: string, scope: Scope): number {
  const v = evaluate(expr, scope);
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  throw new Error(`"${expr}" evaluated to ${math.typeOf(v)}, not a number`);
}

export function evaluateBoolean(expr: string, scope: Scope): boolean {
  const v = evaluate(expr, scope);
  if (typeof v === "boolean") return v;
  throw new Error(`"${expr}" evaluated to ${math.typeOf(v)}, not a boolean`);
}

export function withinTolerance(actual: number, expected: number, tol: { abs?: number; rel?: number }): boolean {
  if (!Number.isFinite(actual) || !Number.isFinite(expected)) return false;
  const diff = Math.abs(actual - expected);
  const abs = tol.abs ?? 0;
  const rel = (tol.rel ?? 0) * Math.abs(expected);
  // A tiny epsilon absorbs binary floating-point noise (e.g. 0.1 + 0.2).
  return diff <= Math.max(abs, rel) + 1e-12 * Math.max(1, Math.abs(expected));
}
