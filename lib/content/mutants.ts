// Mutant generator for the content's mutation analysis (docs/CONTENT-QUALITY.md). From the AST of a reference
// (the engine's own parser) it derives small, plausible wrong versions — the slips learners make — each printed
// back to source (lib/content/unparse.ts): a code blank's fill is mutated as one expression; a program (a code
// exercise's solution) statement by statement, each mutant replacing exactly one line.
//
// Operators (ids as in mutant ids and docs):
//   swap-operands  a - b, a / b, a @ b, a.dot(b), np.dot(a, b), np.outer(a, b), [a, b] in a call → swapped
//   drop-T / add-T  x.T → x; an operand of @ / dot gets .T
//   replace-name   a variable → another variable in scope
//   drop-term      a + b → a | b; a - b → a; a * b → a | b; a / b → a  (drops `1e-…` epsilons too)
//   drop-one-minus 1 - x → x (the derivative's `1 -`)
//   constant       0 ↔ 1, 2 → 1
//   mult-kind      a * b → a @ b; a @ b, a.dot(b), np.dot(a, b) → a * b
//   axis           axis=0 ↔ 1 ↔ -1
//   drop-reverse / add-reverse  x[::-1] → x; a name passed to a call (or in a list passed to one) → x[::-1]
//   sibling-fn     tanh ↔ sigmoid ↔ relu; sum ↔ mean
//   off-by-one     range(…) and slice bounds ± 1
// `.dot` ↔ `@` is not generated: the two are always equivalent on the arrays content uses.
import { parse } from "../../engine/python/parser";
import type { Expr, Module, Stmt } from "../../engine/python/ast";
import { expr as print, stmtLine, Unprintable } from "./unparse";

export interface Mutant {
  /** Stable id: `<operator>: <before> → <after>` (plus ` #n` for the n-th identical change). */
  id: string;
  operator: string;
  /** The whole mutated source (a fill, or a program). */
  source: string;
  /** 1-based line of the change in a program (1 for a fill). */
  line: number;
  /** The id names a change that recurs (add-T of one operand): other mutants may share it. */
  shared?: boolean;
}

export interface MutationScope {
  /** Variables a name may be replaced by. */
  names: readonly string[];
  /** Name of a sigmoid function in scope (e.g. `_sigmoid`), used by sibling-fn. */
  sigmoid?: string;
}

/**
 * One change: `replacement` takes the place of the visited node; `before` → `after` names it in the id. A change
 * of one operand (add-T) is named by the operand alone and shares its id wherever that operand is transposed,
 * so one acknowledgement (`x` is 1-D, so `x.T` is `x`) covers them all.
 */
type Change = { operator: string; before: Expr; after: Expr; replacement: Expr; shared?: boolean };

const pos = { line: 0, col: 0 };
const name = (id: string): Expr => ({ k: "Name", id, ...pos });
const int = (v: number): Expr => (v < 0 ? { k: "UnaryOp", op: "-", e: int(-v), ...pos } : { k: "Const", v, t: "int", ...pos });
const attr = (e: Expr, n: string): Expr => ({ k: "Attr", e, name: n, ...pos });
const call = (fn: Expr, ...args: Expr[]): Expr => ({ k: "Call", fn, args: args.map((e) => ({ kind: "pos" as const, e })), ...pos });
const bin = (op: string, l: Expr, r: Expr): Expr => ({ k: "BinOp", op, l, r, ...pos });
const np = (fn: string) => attr(name("np"), fn);

/** Integer value of a literal (`3`, `-1`), else undefined. */
function intValue(e: Expr): number | undefined {
  if (e.k === "Const" && e.t === "int") return Number(e.v);
  if (e.k === "UnaryOp" && e.op === "-" && e.e.k === "Const" && e.e.t === "int") return -Number(e.e.v);
  return undefined;
}

const isReverse = (e: Expr): boolean => e.k === "Slice" && e.lo === null && e.hi === null && e.step !== null && intValue(e.step) === -1;

const isNp = (fn: Expr, n: string) => fn.k === "Attr" && fn.name === n && fn.e.k === "Name" && fn.e.id === "np";
const posArgs = (e: Extract<Expr, { k: "Call" }>) => (e.args.every((a) => a.kind === "pos") ? e.args.map((a) => a.e) : null);

function plusMinusOne(e: Expr): Expr[] {
  const v = intValue(e);
  if (v !== undefined) return [int(v + 1), int(v - 1)];
  return [bin("+", e, int(1)), bin("-", e, int(1))];
}

/** Changes rooted at `e` (its children are visited by the caller). */
function rootChanges(e: Expr, scope: MutationScope): Change[] {
  const out: Change[] = [];
  const add = (operator: string, after: Expr) => out.push({ operator, before: e, after, replacement: after });
  const addT = (operand: Expr, replacement: Expr) =>
    out.push({ operator: "add-T", before: operand, after: attr(operand, "T"), replacement, shared: true });
  const withT = (x: Expr) => (x.k === "Attr" && x.name === "T" ? null : attr(x, "T"));
  switch (e.k) {
    case "BinOp": {
      if (["-", "/", "@"].includes(e.op)) add("swap-operands", bin(e.op, e.r, e.l));
      if (e.op === "+" || e.op === "*") {
        add(e.op === "+" ? "drop-term" : "drop-factor", e.l);
        add(e.op === "+" ? "drop-term" : "drop-factor", e.r);
      }
      if (e.op === "-") {
        if (intValue(e.l) === 1) add("drop-one-minus", e.r);
        add("drop-term", e.l);
      }
      if (e.op === "/") add("drop-factor", e.l);
      if (e.op === "*") add("mult-kind", bin("@", e.l, e.r));
      if (e.op === "@") {
        add("mult-kind", bin("*", e.l, e.r));
        const l = withT(e.l),
          r = withT(e.r);
        if (l) addT(e.l, bin("@", l, e.r));
        if (r) addT(e.r, bin("@", e.l, r));
      }
      break;
    }
    case "Attr":
      if (e.name === "T") add("drop-T", e.e);
      break;
    case "Name":
      for (const n of scope.names) if (n !== e.id && scope.names.includes(e.id)) add("replace-name", name(n));
      break;
    case "Const":
      if ((e.t === "int" || e.t === "float") && typeof e.v === "number") {
        const mk = (v: number): Expr => ({ ...e, v });
        if (e.v === 0) add("constant", mk(1));
        if (e.v === 1) add("constant", mk(0));
        if (e.v === 2) add("constant", mk(1));
      }
      break;
    case "Subscript":
      if (isReverse(e.idx)) add("drop-reverse", e.e);
      break;
    case "Call": {
      const args = posArgs(e);
      // a.dot(b)
      if (e.fn.k === "Attr" && e.fn.name === "dot" && !isNp(e.fn, "dot") && args?.length === 1) {
        const a = e.fn.e,
          b = args[0]!;
        add("swap-operands", call(attr(b, "dot"), a));
        add("mult-kind", bin("*", a, b));
        const aT = withT(a),
          bT = withT(b);
        if (aT) addT(a, call(attr(aT, "dot"), b));
        if (bT) addT(b, call(attr(a, "dot"), bT));
      }
      // np.dot(a, b), np.outer(a, b)
      for (const f of ["dot", "outer", "matmul"]) {
        if (!isNp(e.fn, f) || args?.length !== 2) continue;
        const [a, b] = args as [Expr, Expr];
        add("swap-operands", call(np(f), b, a));
        if (f !== "outer") {
          add("mult-kind", bin("*", a, b));
          const aT = withT(a),
            bT = withT(b);
          if (aT) addT(a, call(np(f), aT, b));
          if (bT) addT(b, call(np(f), a, bT));
        }
      }
      // Sibling functions.
      const only = args?.length === 1 ? args[0]! : null;
      const sig = scope.sigmoid;
      const sigmoidOf = (x: Expr) =>
        sig ? call(name(sig), x) : bin("/", int(1), bin("+", int(1), call(np("exp"), { k: "UnaryOp", op: "-", e: x, ...pos })));
      const relu = (x: Expr) => call(np("maximum"), int(0), x);
      if (only && isNp(e.fn, "tanh")) {
        add("sibling-fn", sigmoidOf(only));
        add("sibling-fn", relu(only));
      }
      if (only && e.fn.k === "Name" && /sigmoid/i.test(e.fn.id)) {
        add("sibling-fn", call(np("tanh"), only));
        add("sibling-fn", relu(only));
      }
      if (e.fn.k === "Attr" && (e.fn.name === "sum" || e.fn.name === "mean"))
        add("sibling-fn", { ...e, fn: { ...e.fn, name: e.fn.name === "sum" ? "mean" : "sum" } });
      // Arguments: axis, reversal, order inside a list argument, range bounds.
      e.args.forEach((a, i) => {
        const setArg = (x: Expr): Expr => ({ ...e, args: e.args.map((b, j) => (j === i ? { ...b, e: x } : b)) });
        if (a.kind === "kw" && a.name === "axis") {
          const v = intValue(a.e);
          if (v !== undefined) for (const w of [0, 1, -1]) if (w !== v) add("axis", setArg(int(w)));
        }
        if (a.kind === "pos" && a.e.k === "Name")
          add("add-reverse", setArg({ k: "Subscript", e: a.e, idx: { k: "Slice", lo: null, hi: null, step: int(-1), ...pos }, ...pos }));
        if (a.kind === "pos" && (a.e.k === "List" || a.e.k === "Tuple")) {
          const elts = a.e.elts;
          if (elts.length === 2) add("swap-operands", setArg({ ...a.e, elts: [elts[1]!, elts[0]!] }));
          elts.forEach((x, j) => {
            if (x.k === "Name")
              add(
                "add-reverse",
                setArg({
                  ...a.e,
                  elts: elts.map((y, m) =>
                    m === j ? { k: "Subscript", e: x, idx: { k: "Slice", lo: null, hi: null, step: int(-1), ...pos }, ...pos } : y,
                  ),
                } as Expr),
              );
          });
        }
        if (a.kind === "pos" && e.fn.k === "Name" && e.fn.id === "range") for (const x of plusMinusOne(a.e)) add("off-by-one", setArg(x));
      });
      break;
    }
    case "Slice":
      if (e.lo) for (const x of plusMinusOne(e.lo)) add("off-by-one", { ...e, lo: x });
      if (e.hi) for (const x of plusMinusOne(e.hi)) add("off-by-one", { ...e, hi: x });
      break;
  }
  return out;
}

/** Keys of AST nodes that hold code which is not a learner's expression (binding targets, call targets). */
const SKIP_KEYS = new Set(["line", "col", "target", "fn"]);

/** Every single change anywhere in `node`, as the mutated copy of `node` and the change. */
function changes(node: unknown, scope: MutationScope): { node: unknown; change: Change }[] {
  if (Array.isArray(node)) {
    const out: { node: unknown; change: Change }[] = [];
    node.forEach((x, i) => {
      for (const m of changes(x, scope)) out.push({ node: node.map((y, j) => (j === i ? m.node : y)), change: m.change });
    });
    return out;
  }
  if (node === null || typeof node !== "object") return [];
  const obj = node as Record<string, unknown>;
  const out: { node: unknown; change: Change }[] = [];
  if (typeof obj.k === "string" && "line" in obj) {
    for (const c of rootChanges(obj as unknown as Expr, scope)) out.push({ node: c.replacement, change: c });
  }
  for (const key of Object.keys(obj)) {
    if (SKIP_KEYS.has(key)) continue;
    // A call's callee is visited only below an attribute (`a.dot` → a), never as the function name itself.
    for (const m of changes(obj[key], scope)) out.push({ node: { ...obj, [key]: m.node }, change: m.change });
  }
  if (obj.k === "Call" && (obj.fn as Expr).k === "Attr") {
    const fn = obj.fn as Extract<Expr, { k: "Attr" }>;
    for (const m of changes(fn.e, scope)) out.push({ node: { ...obj, fn: { ...fn, e: m.node } }, change: m.change });
  }
  return out;
}

function safePrint(e: Expr): string | null {
  try {
    return print(e);
  } catch (err) {
    if (err instanceof Unprintable) return null;
    throw err;
  }
}

/** Assigns stable ids; drops mutants identical to the original or to an earlier mutant. */
function collect(items: { change: Change; source: string; line: number }[], original: string[]): Mutant[] {
  const seen = new Set(original);
  const counts = new Map<string, number>();
  const out: Mutant[] = [];
  for (const { change, source, line } of items) {
    if (seen.has(source)) continue;
    seen.add(source);
    const before = safePrint(change.before),
      after = safePrint(change.after);
    if (before === null || after === null) continue;
    const base = `${change.operator}: ${before} → ${after}`;
    const n = change.shared ? 1 : (counts.get(base) ?? 0) + 1;
    counts.set(base, n);
    out.push({ id: n === 1 ? base : `${base} #${n}`, operator: change.operator, source, line, ...(change.shared ? { shared: true } : {}) });
  }
  return out;
}

/** Parses a one-line fill as an expression (null when it is not one). */
export function parseFill(fill: string): Expr | null {
  try {
    const m = parse(fill.trim() + "\n");
    return m.body.length === 1 && m.body[0]!.k === "Expr" ? m.body[0]!.e : null;
  } catch {
    return null;
  }
}

/**
 * Mutants of a one-line expression (a blank's fill). `equivalentTo` are fills known to be right (the reference,
 * accepted spellings); a mutant printing to one of them is not a mutant.
 */
export function mutateFill(fill: string, scope: MutationScope, equivalentTo: readonly string[] = []): Mutant[] {
  const e = parseFill(fill);
  if (!e) return [];
  const original = [fill.trim(), ...equivalentTo.map((x) => (parseFill(x) ? safePrint(parseFill(x)!) : null) ?? x.trim())];
  const own = safePrint(e);
  if (own) original.push(own);
  const items = changes(e, scope).flatMap((c) => {
    const source = safePrint(c.node as Expr);
    return source === null ? [] : [{ change: c.change, source, line: 1 }];
  });
  return collect(items, original);
}

// ---------------------------------------------------------------------------------------------
// Programs

/** AST without positions, for comparing trees. */
/** Where a node came from (its line and column, its source spans): not part of what the node is. */
const POSITION_KEYS = new Set(["line", "col", "sp", "outer"]);

function shape(m: unknown): string {
  return JSON.stringify(m, (k, v) => (POSITION_KEYS.has(k) ? undefined : typeof v === "bigint" ? String(v) : v));
}

/** Are two AST nodes the same code, wherever they stand? */
export const sameTree = (a: unknown, b: unknown): boolean => shape(a) === shape(b);

interface Site {
  stmt: Stmt;
  /** The part of the statement that is mutated (its value, test or iterable). */
  slot: "value" | "e" | "test" | "iter";
  scope: MutationScope;
}

/** Names bound in a body (not descending into nested functions): assignment, for and comprehension targets. */
function boundNames(body: Stmt[], out = new Set<string>()): Set<string> {
  const bind = (t: Expr) => {
    if (t.k === "Name") out.add(t.id);
    else if (t.k === "Tuple" || t.k === "List") t.elts.forEach(bind);
  };
  const comps = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(comps);
    if (x === null || typeof x !== "object") return;
    const o = x as Record<string, unknown>;
    if (o.k === "Comp") for (const g of o.gens as { target: Expr }[]) bind(g.target);
    if (o.k === "FunctionDef" || o.k === "Lambda") return;
    Object.values(o).forEach(comps);
  };
  for (const s of body) {
    if (s.k === "Assign") s.targets.forEach(bind);
    if (s.k === "AugAssign" || s.k === "AnnAssign") bind(s.target);
    if (s.k === "For") bind(s.target);
    if (s.k === "FunctionDef" || s.k === "ClassDef") continue;
    comps(s);
    for (const key of ["body", "orelse", "final"] as const) {
      const b = (s as unknown as Record<string, unknown>)[key];
      if (Array.isArray(b)) boundNames(b as Stmt[], out);
    }
  }
  return out;
}

function functionNames(body: Stmt[]): Set<string> {
  return new Set(body.filter((s) => s.k === "FunctionDef").map((s) => (s as { name: string }).name));
}

/**
 * The variables in scope at each statement: a function's parameters and locals, or the module's names
 * (including `extraGlobals`, e.g. names the setup defines). Calls `visit` for every mutable statement.
 */
function sites(m: Module, extraGlobals: readonly string[], sigmoid: string | undefined): Site[] {
  const out: Site[] = [];
  const funcs = functionNames(m.body);
  const walk = (body: Stmt[], names: string[]) => {
    const scope: MutationScope = { names, ...(sigmoid ? { sigmoid } : {}) };
    for (const s of body) {
      if (s.k === "FunctionDef") {
        const locals = new Set([...s.args.args.map((a) => a.name), ...boundNames(s.body)]);
        walk(s.body, [...locals].filter((n) => !funcs.has(n)).sort());
        continue;
      }
      if (s.k === "Assign" || s.k === "AugAssign") out.push({ stmt: s, slot: "value", scope });
      else if ((s.k === "Return" && s.e) || s.k === "Expr") out.push({ stmt: s, slot: "e", scope });
      else if (s.k === "If" || s.k === "While") out.push({ stmt: s, slot: "test", scope });
      else if (s.k === "For") out.push({ stmt: s, slot: "iter", scope });
      for (const key of ["body", "orelse", "final"] as const) {
        const b = (s as unknown as Record<string, unknown>)[key];
        if (Array.isArray(b)) walk(b as Stmt[], names);
      }
    }
  };
  const globals = new Set([...boundNames(m.body), ...extraGlobals]);
  walk(m.body, [...globals].filter((n) => !funcs.has(n)).sort());
  return out;
}

/** A sigmoid function defined by the program or its setup (`def _sigmoid(z)`), if any. */
export function sigmoidName(...sources: string[]): string | undefined {
  for (const s of sources) {
    const m = /^\s*def\s+(\w*sigmoid\w*)\s*\(/im.exec(s);
    if (m) return m[1];
  }
  return undefined;
}

/** Module-level variables a setup defines (for replace-name), without functions and the random generator. */
export function setupNames(setup: string): string[] {
  let m: Module;
  try {
    m = parse(setup);
  } catch {
    return [];
  }
  const funcs = functionNames(m.body);
  const rngs = new Set(
    m.body.flatMap((s) =>
      s.k === "Assign" && s.value.k === "Call" && /RandomState|default_rng/.test(shape(s.value.fn))
        ? s.targets.flatMap((t) => (t.k === "Name" ? [t.id] : []))
        : [],
    ),
  );
  // Names bound to a function (`_activation = np.tanh`) are callables, not data.
  for (const s of m.body) if (s.k === "Assign" && s.value.k === "Attr") s.targets.forEach((t) => t.k === "Name" && funcs.add(t.id));
  return [...boundNames(m.body)].filter((n) => !funcs.has(n) && !rngs.has(n) && n !== "SEED");
}

/** Last line of any node inside `x`. */
function lastLine(x: unknown): number {
  if (Array.isArray(x)) return Math.max(0, ...x.map(lastLine));
  if (x === null || typeof x !== "object") return 0;
  const o = x as Record<string, unknown>;
  return Math.max(typeof o.line === "number" ? o.line : 0, ...Object.values(o).map(lastLine));
}

/**
 * Variables in scope at a 1-based line of `src`: the innermost enclosing function's parameters and locals, or
 * the module's names plus `extraGlobals` (the setup's).
 */
export function namesAt(src: string, line: number, extraGlobals: readonly string[] = []): string[] {
  let m: Module;
  try {
    m = parse(src);
  } catch {
    return [...extraGlobals];
  }
  const funcs = functionNames(m.body);
  let names = new Set([...boundNames(m.body), ...extraGlobals]);
  const find = (body: Stmt[]): void => {
    for (const s of body) {
      if (s.k === "FunctionDef" && s.line <= line && line <= lastLine(s.body)) {
        names = new Set([...s.args.args.map((a) => a.name), ...boundNames(s.body)]);
        return find(s.body);
      }
      for (const key of ["body", "orelse", "final"] as const) {
        const b = (s as unknown as Record<string, unknown>)[key];
        if (Array.isArray(b) && s.k !== "FunctionDef") find(b as Stmt[]);
      }
    }
  };
  find(m.body);
  return [...names].filter((n) => !funcs.has(n)).sort();
}

/** A statement of a program that prints back to its own line; `replace` prints another statement in its place. */
export interface EditableStatement {
  stmt: Stmt;
  line: number;
  /** The whole program with this statement's line replaced by `s` (null when `s` cannot be printed on one line). */
  replace: (s: Stmt) => string | null;
}

/** The statements of `sites` whose line prints back to the same program (so that replacing the line is exact). */
function editable(src: string, m: Module, stmts: readonly Stmt[]): EditableStatement[] {
  const lines = src.split("\n");
  const want = shape(m);
  const out: EditableStatement[] = [];
  for (const stmt of stmts) {
    const L = stmt.line;
    const text = lines[L - 1] ?? "";
    const indent = /^\s*/.exec(text)![0];
    const keyword = stmt.k === "If" ? /^\s*(elif|if)\b/.exec(text)?.[1] : undefined;
    const replace = (s: Stmt) => {
      try {
        return [...lines.slice(0, L - 1), indent + stmtLine(s, keyword), ...lines.slice(L)].join("\n");
      } catch (err) {
        if (err instanceof Unprintable) return null;
        throw err;
      }
    };
    const same = replace(stmt);
    if (same === null) continue;
    try {
      if (shape(parse(same)) !== want) continue;
    } catch {
      continue;
    }
    out.push({ stmt, line: L, replace });
  }
  return out;
}

/** Every simple statement and compound header of a program that can be rewritten on its own line. */
export function editableStatements(src: string): EditableStatement[] {
  let m: Module;
  try {
    m = parse(src);
  } catch {
    return [];
  }
  return editable(
    src,
    m,
    sites(m, [], undefined).map((s) => s.stmt),
  );
}

/**
 * Mutants of a program: every mutable statement that fits on one line is changed once per mutant and
 * printed back in place (the rest of the file is kept byte for byte). `extraGlobals` are module-level names
 * defined elsewhere (the setup). `onlyLines` restricts the mutated lines (gap-fill blanks).
 */
export function mutateProgram(
  src: string,
  opts: { extraGlobals?: readonly string[]; sigmoid?: string; onlyLines?: ReadonlySet<number> } = {},
): Mutant[] {
  let m: Module;
  try {
    m = parse(src);
  } catch {
    return [];
  }
  const all = sites(m, opts.extraGlobals ?? [], opts.sigmoid).filter((s) => !opts.onlyLines || opts.onlyLines.has(s.stmt.line));
  const bySite = new Map(
    editable(
      src,
      m,
      all.map((s) => s.stmt),
    ).map((e) => [e.stmt, e]),
  );
  const items: { change: Change; source: string; line: number }[] = [];
  for (const site of all) {
    const ed = bySite.get(site.stmt);
    if (!ed) continue;
    const slotValue = (site.stmt as unknown as Record<string, unknown>)[site.slot];
    for (const c of changes(slotValue, site.scope)) {
      const source = ed.replace({ ...site.stmt, [site.slot]: c.node } as Stmt);
      if (source !== null) items.push({ change: c.change, source, line: ed.line });
    }
  }
  return collect(items, [src]);
}
