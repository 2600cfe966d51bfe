/**
 * Formula (symbolic expression) answers, via mathjs.
 *
 * Input language (what learners may type):
 * - numbers, + - * / ^ (also `**`), parentheses; `×`, `÷`, `·`, full-width
 *   characters and Unicode minus signs are normalised first.
 * - implicit multiplication as mathjs reads it: `2x`, `2(x+y)`, `(x+y)2`,
 *   `x y`, `2 sin(x)`, `sigmoid(x)(1-sigmoid(x))`; `v(...)` where `v` is a
 *   declared variable means `v*(...)`. Note mathjs precedence: `x/2y` is
 *   x/(2y) while `1/2x` is (1/2)x — the KaTeX preview shows which was read.
 * - functions: see {@link FUNCTIONS} (σ(x) = `sigmoid(x)` = 1/(1+e^−x); `ln` = `log`
 *   = natural log; `log(x, b)` = base-b log).
 * - constants `e` and `pi` (a declared variable of the same name wins).
 * - Greek names (`alpha`, `delta`, or the letters α, δ, …) and subscripted
 *   identifiers (`x_1`, `W_in`, `h_t`, `delta_t`), previewed as x_{1}, W_{\mathrm{in}}.
 *
 * Equivalence: the learner's expression E and the reference R are compared
 * numerically at `samples` (default 20) seeded random points drawn uniformly
 * from the declared variable domains; points where either side is undefined
 * or non-finite (division by zero, log of a negative, overflow) are skipped.
 * Points agree when |E − R| ≤ max(abs, rel·|R|) (+1e-12 noise floor,
 * same as lib/content/math.ts withinTolerance). A symbolic check —
 * mathjs `simplify((E) - (R))` reducing to 0 — is also run and reported, but
 * it never overrides a numeric disagreement. Decision:
 *   - enough valid points (≥ max(3, ⌈samples/2⌉)) and all agree → correct;
 *   - any valid point disagrees → incorrect (with a counterexample in details);
 *   - one side defined but not the other at > 10 % of the sampled points → incorrect
 *     (domain mismatch, e.g. log(x)+log(y) vs log(x*y) when x,y may be negative);
 *   - too few valid points: correct only if the symbolic check gives 0.
 */
import { all, create, type MathNode } from "mathjs";
import type { FinalGrade, LocalizedText } from "./types";
import { fb, final, formatNumber, hashString, mulberry32, normalizeInput, type Seed, t, wrong } from "./util";

const math = create(all, { number: "number" });

/** Extra functions beyond mathjs built-ins. */
math.import(
  {
    sigmoid: (x: number) => 1 / (1 + Math.exp(-x)),
    relu: (x: number) => Math.max(0, x),
  },
  { override: false },
);

/** Allowed functions and their arity [min, max]. */
export const FUNCTIONS: Readonly<Record<string, readonly [number, number]>> = {
  sqrt: [1, 1],
  exp: [1, 1],
  log: [1, 2],
  ln: [1, 1],
  sin: [1, 1],
  cos: [1, 1],
  tan: [1, 1],
  tanh: [1, 1],
  sinh: [1, 1],
  cosh: [1, 1],
  sech: [1, 1],
  sigmoid: [1, 1],
  relu: [1, 1],
  abs: [1, 1],
  floor: [1, 1],
  ceil: [1, 1],
  round: [1, 1],
  min: [2, 8],
  max: [2, 8],
  mod: [2, 2],
  pow: [2, 2],
};

export const CONSTANTS = ["e", "pi"] as const;

const GREEK = [
  "alpha",
  "beta",
  "gamma",
  "delta",
  "epsilon",
  "zeta",
  "eta",
  "theta",
  "iota",
  "kappa",
  "lambda",
  "mu",
  "nu",
  "xi",
  "omicron",
  "pi",
  "rho",
  "sigma",
  "tau",
  "upsilon",
  "phi",
  "chi",
  "psi",
  "omega",
  "Gamma",
  "Delta",
  "Theta",
  "Lambda",
  "Xi",
  "Pi",
  "Sigma",
  "Upsilon",
  "Phi",
  "Psi",
  "Omega",
];
const GREEK_SET = new Set(GREEK);
const GREEK_CHARS: Record<string, string> = {
  α: "alpha",
  β: "beta",
  γ: "gamma",
  δ: "delta",
  ε: "epsilon",
  ϵ: "epsilon",
  ζ: "zeta",
  η: "eta",
  θ: "theta",
  ι: "iota",
  κ: "kappa",
  λ: "lambda",
  μ: "mu",
  ν: "nu",
  ξ: "xi",
  π: "pi",
  ρ: "rho",
  σ: "sigma",
  τ: "tau",
  υ: "upsilon",
  φ: "phi",
  ϕ: "phi",
  χ: "chi",
  ψ: "psi",
  ω: "omega",
  Γ: "Gamma",
  Δ: "Delta",
  Θ: "Theta",
  Λ: "Lambda",
  Ξ: "Xi",
  Π: "Pi",
  Σ: "Sigma",
  Φ: "Phi",
  Ψ: "Psi",
  Ω: "Omega",
};

export const MAX_INPUT_LENGTH = 500;

export interface FormulaError {
  code: string;
  message: LocalizedText;
  /** 0-based character index in the normalised input, when known. */
  position?: number;
}

export type ParseFormulaResult =
  | { ok: true; tex: string; node: MathNode; normalized: string }
  | { ok: false; tex?: undefined; error: FormulaError };

function err(code: string, en: string, ja: string, position?: number): { ok: false; error: FormulaError } {
  return { ok: false, error: position === undefined ? { code, message: { en, ja } } : { code, message: { en, ja }, position } };
}

/** Textual normalisation before parsing. */
export function normalizeFormula(input: string): string {
  let s = normalizeInput(input);
  s = s
    .replace(/[×✕⋅·・]/g, "*")
    .replace(/÷/g, "/")
    .replace(/\*\*/g, "^");
  // α → alpha; keep "δ_t" → "delta_t", but "2αx" → "2 alpha x" (implicit product).
  s = s.replace(/[αβγδεϵζηθικλμνξπρστυφϕχψωΓΔΘΛΞΠΣΦΨΩ]/g, (c, off: number, whole: string) => {
    const before = off > 0 && /[A-Za-z0-9]/.test(whole[off - 1]!) ? " " : "";
    const after = /[A-Za-z0-9]/.test(whole[off + 1] ?? "") ? " " : "";
    return `${before}${GREEK_CHARS[c]}${after}`;
  });
  s = s.replace(/√\s*\(/g, "sqrt(");
  return s;
}

function checkBrackets(s: string): { ok: false; error: FormulaError } | null {
  const stack: Array<{ ch: string; pos: number }> = [];
  const pairs: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === "(" || ch === "[" || ch === "{") stack.push({ ch, pos: i });
    else if (ch in pairs) {
      const top = stack.pop();
      if (!top) {
        return err(
          "formula.syntax.unbalanced_close",
          `Unbalanced parentheses: the '${ch}' at position ${i + 1} has no matching opening bracket.`,
          `括弧の対応が取れていません：${i + 1} 文字目の「${ch}」に対応する開き括弧がありません。`,
          i,
        );
      }
      if (top.ch !== pairs[ch]) {
        return err(
          "formula.syntax.mismatched_bracket",
          `Mismatched brackets: '${top.ch}' at position ${top.pos + 1} is closed by '${ch}' at position ${i + 1}.`,
          `括弧の種類が一致しません：${top.pos + 1} 文字目の「${top.ch}」が ${i + 1} 文字目の「${ch}」で閉じられています。`,
          i,
        );
      }
    }
  }
  if (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    return err(
      "formula.syntax.unbalanced_open",
      `Unbalanced parentheses: ${stack.length} opening bracket(s) are never closed (the last one at position ${top.pos + 1}).`,
      `括弧の対応が取れていません：閉じられていない開き括弧が ${stack.length} 個あります（最後は ${top.pos + 1} 文字目）。`,
      top.pos,
    );
  }
  return null;
}

function explainParseError(e: unknown, s: string): { ok: false; error: FormulaError } {
  const msg = e instanceof Error ? e.message : String(e);
  const m = /\(char (\d+)\)/.exec(msg);
  const pos = m ? Math.max(0, Number(m[1]) - 1) : undefined;
  const at = pos === undefined ? "" : ` (position ${pos + 1})`;
  const atJa = pos === undefined ? "" : `（${pos + 1} 文字目）`;
  if (/Unexpected end of expression/i.test(msg)) {
    return err(
      "formula.syntax.unexpected_end",
      "The expression ends too early: an operator is missing its right-hand side.",
      "式が途中で終わっています。演算子の右側が足りません。",
      pos,
    );
  }
  const op = /Unexpected operator (\S+)/.exec(msg);
  if (op) {
    return err(
      "formula.syntax.unexpected_operator",
      `Unexpected '${op[1]}'${at}: check for a missing number or variable around it.`,
      `予期しない「${op[1]}」があります${atJa}。その前後に数や変数が抜けていないか確認してください。`,
      pos,
    );
  }
  const part = /Unexpected part "([^"]*)"/.exec(msg);
  if (part) {
    return err(
      "formula.syntax.unexpected_part",
      `Unexpected '${part[1]}'${at}: two numbers next to each other need an operator between them (e.g. 3*4).`,
      `予期しない「${part[1]}」があります${atJa}。数を並べるときは間に演算子が必要です（例：3*4）。`,
      pos,
    );
  }
  if (/Value expected/i.test(msg)) {
    return err("formula.syntax.value_expected", `A number or variable is missing${at}.`, `数または変数が抜けています${atJa}。`, pos);
  }
  if (/Syntax error in part "'/.test(msg) || /Unterminated string/i.test(msg) || /["']/.test(s)) {
    return err("formula.syntax.quote", "Quotes are not allowed in a formula.", "式に引用符は使えません。", pos);
  }
  return err("formula.syntax.other", `The formula could not be read${at}.`, `式を読み取れませんでした${atJa}。`, pos);
}

/** Which names the learner meant, if an unknown symbol is a run of allowed variables ("xy" → x*y). */
function splitIntoVariables(name: string, allowed: ReadonlySet<string>): string[] | null {
  const names = [...allowed].sort((a, b) => b.length - a.length);
  const go = (rest: string): string[] | null => {
    if (rest === "") return [];
    for (const v of names) {
      if (rest.startsWith(v)) {
        const tail = go(rest.slice(v.length));
        if (tail) return [v, ...tail];
      }
    }
    return null;
  };
  const parts = go(name);
  return parts && parts.length > 1 ? parts : null;
}

const ALLOWED_OPS = new Set(["add", "subtract", "multiply", "divide", "pow", "unaryMinus", "unaryPlus"]);

type AnyNode = MathNode & {
  type: string;
  name?: string;
  fn?: string | { name?: string };
  op?: string;
  args?: MathNode[];
  content?: MathNode;
  value?: unknown;
  implicit?: boolean;
};

/**
 * Validate and transform a parsed tree: reject anything outside the formula
 * language, turn `v(...)` into `v*(...)` for declared variables, map `ln`→`log`
 * and `σ`/`sigma(...)`→`sigmoid(...)` when `sigma` is not a declared variable.
 */
function validate(root: MathNode, allowed: ReadonlySet<string>): { ok: true; node: MathNode } | { ok: false; error: FormulaError } {
  let failure: { ok: false; error: FormulaError } | null = null;
  const fail = (r: { ok: false; error: FormulaError }) => {
    if (!failure) failure = r;
    return r;
  };
  const allowedList = [...allowed].join(", ") || "—";
  const visit = (n0: MathNode): MathNode => {
    const n = n0 as AnyNode;
    if (failure) return n0;
    switch (n.type) {
      case "ConstantNode":
        if (typeof n.value !== "number")
          fail(err("formula.unsupported.constant", "Only numbers are allowed as constants.", "定数として使えるのは数値だけです。"));
        return n0;
      case "ParenthesisNode":
        return new math.ParenthesisNode(visit(n.content!));
      case "SymbolNode": {
        const name = n.name!;
        if (allowed.has(name) || (CONSTANTS as readonly string[]).includes(name)) return n0;
        if (name in FUNCTIONS || name === "sigma") {
          fail(
            err(
              "formula.syntax.function_without_parentheses",
              `The function '${name}' needs parentheses around its argument, e.g. ${name}(x).`,
              `関数「${name}」の引数は括弧で囲んでください（例：${name}(x)）。`,
            ),
          );
          return n0;
        }
        const split = splitIntoVariables(name, allowed);
        if (split) {
          fail(
            err(
              "formula.unknown_variable",
              `Unknown variable '${name}'. Did you mean ${split.join("*")}? Write a '*' or a space between variables. (Allowed: ${allowedList})`,
              `未知の変数「${name}」があります。${split.join("*")} のつもりなら、変数の間に「*」か空白を入れてください。（使える変数：${allowedList}）`,
            ),
          );
          return n0;
        }
        fail(
          err(
            "formula.unknown_variable",
            `Unknown variable '${name}' (allowed: ${allowedList}).`,
            `未知の変数「${name}」があります（使える変数：${allowedList}）。`,
          ),
        );
        return n0;
      }
      case "OperatorNode": {
        const fnName = n.fn as string;
        if (!ALLOWED_OPS.has(fnName)) {
          if (["equal", "unequal", "smaller", "larger", "smallerEq", "largerEq"].includes(fnName)) {
            fail(
              err(
                "formula.unsupported.equation",
                "Enter only the expression (the right-hand side), without '=' or comparisons.",
                "「=」や不等号を含めず、式（右辺）だけを入力してください。",
              ),
            );
          } else {
            fail(
              err(
                "formula.unsupported.operator",
                `The operator '${n.op}' is not supported here. Use + - * / ^ and parentheses.`,
                `演算子「${n.op}」はここでは使えません。+ - * / ^ と括弧を使ってください。`,
              ),
            );
          }
          return n0;
        }
        return new math.OperatorNode(n.op as never, fnName as never, n.args!.map(visit), n.implicit);
      }
      case "FunctionNode": {
        const fnNode = n.fn as { name?: string; type?: string };
        const name = fnNode && typeof fnNode === "object" && fnNode.type === "SymbolNode" ? fnNode.name! : null;
        const args = n.args ?? [];
        if (name === null) {
          fail(err("formula.unsupported.call", "This kind of function call is not supported.", "この形の関数呼び出しは使えません。"));
          return n0;
        }
        if (allowed.has(name)) {
          // v(a + b) written for v·(a + b)
          if (args.length !== 1) {
            fail(
              err(
                "formula.syntax.variable_call",
                `'${name}' is a variable, not a function.`,
                `「${name}」は変数であり関数ではありません。`,
              ),
            );
            return n0;
          }
          return new math.OperatorNode("*", "multiply", [new math.SymbolNode(name), new math.ParenthesisNode(visit(args[0]!))], true);
        }
        let fname = name;
        if (fname === "ln") fname = "log";
        if (fname === "sigma") fname = "sigmoid";
        const arity = FUNCTIONS[fname];
        if (!arity) {
          fail(
            err(
              "formula.unknown_function",
              `Unknown function '${name}'. Available: ${Object.keys(FUNCTIONS).join(", ")}.`,
              `未知の関数「${name}」があります。使える関数：${Object.keys(FUNCTIONS).join(", ")}`,
            ),
          );
          return n0;
        }
        if (args.length < arity[0] || args.length > arity[1]) {
          const want = arity[0] === arity[1] ? `${arity[0]}` : `${arity[0]}–${arity[1]}`;
          fail(
            err(
              "formula.syntax.arity",
              `'${name}' takes ${want} argument(s) but got ${args.length}.`,
              `関数「${name}」の引数は ${want} 個ですが、${args.length} 個与えられています。`,
            ),
          );
          return n0;
        }
        return new math.FunctionNode(new math.SymbolNode(fname), args.map(visit));
      }
      case "AssignmentNode":
      case "FunctionAssignmentNode":
        fail(
          err(
            "formula.unsupported.equation",
            "Enter only the expression (the right-hand side), without '=' or comparisons.",
            "「=」や不等号を含めず、式（右辺）だけを入力してください。",
          ),
        );
        return n0;
      case "ArrayNode":
      case "IndexNode":
      case "AccessorNode":
      case "ObjectNode":
        fail(
          err(
            "formula.unsupported.brackets",
            "Use round parentheses ( ) only; square brackets, braces and '.' access are not supported.",
            "括弧は丸括弧 ( ) だけを使ってください。角括弧・波括弧・「.」によるアクセスは使えません。",
          ),
        );
        return n0;
      default:
        fail(
          err(
            "formula.unsupported.syntax",
            `This syntax (${n.type}) is not supported in a formula.`,
            `この書き方（${n.type}）は式では使えません。`,
          ),
        );
        return n0;
    }
  };
  const out = visit(root);
  if (failure) return failure;
  return { ok: true, node: out };
}

// ---------------------------------------------------------------------------
// TeX

function texName(name: string): string {
  if (name === "pi") return "\\pi";
  if (name === "e") return "e";
  const part = (p: string, isBase: boolean): string => {
    if (GREEK_SET.has(p)) return `\\${p}`;
    if (/^[A-Za-z]$/.test(p) || /^\d+$/.test(p)) return p;
    if (!isBase && /^[A-Za-z]\d*$/.test(p)) return p;
    return `\\mathrm{${p.replace(/_/g, "\\_")}}`;
  };
  const pieces = name.split("_").filter((p) => p !== "");
  if (pieces.length === 0) return "\\mathrm{" + name.replace(/_/g, "\\_") + "}";
  const [base, ...subs] = pieces;
  const b = part(base!, true);
  if (subs.length === 0) return b;
  return `${b}_{${subs.map((p) => part(p, false)).join(",")}}`;
}

const texHandler = (node: MathNode, options: object): string | undefined => {
  const n = node as AnyNode;
  if (n.type === "SymbolNode") return ` ${texName(n.name!)}`;
  if (n.type === "FunctionNode") {
    const name = (n.fn as { name?: string }).name;
    const args = (n.args ?? []).map((a) => a.toTex(options));
    if (name === "sigmoid") return `\\sigma\\left(${args.join(",")}\\right)`;
    if (name === "relu") return `\\mathrm{ReLU}\\left(${args.join(",")}\\right)`;
    if (name === "sech") return `\\operatorname{sech}\\left(${args.join(",")}\\right)`;
    if (name === "log" && args.length === 1) return `\\log\\left(${args[0]}\\right)`;
  }
  return undefined;
};

export function toTex(node: MathNode): string {
  return node.toTex({ parenthesis: "keep", implicit: "hide", handler: texHandler } as object).trim();
}

/**
 * Parse learner input into a validated tree and a TeX preview. Use before
 * submit to render a KaTeX preview and explain syntax errors.
 */
export function parseFormula(input: string, allowedVariables: Iterable<string>): ParseFormulaResult {
  const allowed = new Set(allowedVariables);
  if (input.length > MAX_INPUT_LENGTH) {
    return err(
      "formula.too_long",
      `The formula is too long (max ${MAX_INPUT_LENGTH} characters).`,
      `式が長すぎます（最大 ${MAX_INPUT_LENGTH} 文字）。`,
    );
  }
  const s = normalizeFormula(input);
  if (s === "") return err("formula.empty", "The answer is empty.", "解答が空です。");
  if (/[{}]/.test(s) && /_\{/.test(s)) {
    return err(
      "formula.syntax.brace_subscript",
      "Write subscripts without braces: h_t, W_in, x_1 (not h_{t}).",
      "添字は波括弧なしで書いてください：h_t、W_in、x_1（h_{t} ではなく）。",
    );
  }
  if (/["'`]/.test(s)) return err("formula.syntax.quote", "Quotes are not allowed in a formula.", "式に引用符は使えません。");
  const br = checkBrackets(s);
  if (br) return br;
  let parsed: MathNode;
  try {
    parsed = math.parse(s);
  } catch (e) {
    return explainParseError(e, s);
  }
  const v = validate(parsed, allowed);
  if (!v.ok) return v;
  let tex: string;
  try {
    tex = toTex(v.node);
  } catch {
    tex = s;
  }
  return { ok: true, tex, node: v.node, normalized: s };
}

// ---------------------------------------------------------------------------
// Evaluation and equivalence

export interface FormulaTolerance {
  rel?: number;
  abs?: number;
}

export interface FormulaVariableSpec {
  /** [min, max], sampled uniformly. */
  domain: readonly [number, number];
}

export interface FormulaDistractor {
  expression: string;
  feedback?: LocalizedText;
}

export interface FormulaSpec {
  /** Reference expression (same language as learner input). */
  expression: string;
  variables: Readonly<Record<string, FormulaVariableSpec>>;
  tolerance?: FormulaTolerance;
  /** Number of valid sample points wanted. Default 20. */
  samples?: number;
  /** Known wrong answers with targeted feedback. */
  distractors?: readonly FormulaDistractor[];
}

export const DEFAULT_FORMULA_TOLERANCE = { rel: 1e-6, abs: 1e-9 } as const;
export const DEFAULT_SAMPLES = 20;

type Compiled = (scope: Record<string, number>) => number | null;

function compileNode(node: MathNode): Compiled {
  const code = node.compile();
  return (scope) => {
    try {
      const v: unknown = code.evaluate({ ...scope });
      if (typeof v === "number") return Number.isFinite(v) ? v : null;
      if (typeof v === "boolean") return v ? 1 : 0;
      return null; // Complex, matrix, … → undefined at this point
    } catch {
      return null;
    }
  };
}

function close(a: number, b: number, tol: FormulaTolerance): boolean {
  const abs = tol.abs ?? DEFAULT_FORMULA_TOLERANCE.abs;
  const rel = tol.rel ?? DEFAULT_FORMULA_TOLERANCE.rel;
  return Math.abs(a - b) <= Math.max(abs, rel * Math.abs(b)) + 1e-12 * Math.max(1, Math.abs(b));
}

export interface SamplePoint {
  scope: Record<string, number>;
}

/** Deterministic sample points inside the declared domains. */
export function samplePoints(
  variables: Readonly<Record<string, FormulaVariableSpec>>,
  count: number,
  seed: Seed,
): Array<Record<string, number>> {
  const rand = mulberry32(seed);
  const names = Object.keys(variables).sort();
  const pts: Array<Record<string, number>> = [];
  for (let i = 0; i < count; i++) {
    const p: Record<string, number> = {};
    for (const name of names) {
      const [lo, hi] = variables[name]!.domain;
      p[name] = lo + (hi - lo) * rand();
    }
    pts.push(p);
  }
  return pts;
}

/** Expand sigmoid/relu-free, mathjs-simplifiable form for the symbolic check. */
function expandForSimplify(node: MathNode): MathNode {
  return node.transform((n: MathNode) => {
    const a = n as AnyNode;
    if (a.type === "FunctionNode" && (a.fn as { name?: string }).name === "sigmoid") {
      const arg = a.args![0]!;
      return math
        .parse("1 / (1 + exp(-(ARG)))")
        .transform((m: MathNode) => ((m as AnyNode).type === "SymbolNode" && (m as AnyNode).name === "ARG" ? arg : m));
    }
    return n;
  });
}

function nodeCount(node: MathNode): number {
  let c = 0;
  node.traverse(() => {
    c++;
  });
  return c;
}

export type SymbolicVerdict = "zero" | "nonzero" | "skipped" | "error";

/**
 * Verdicts by the two trees (their JSON: node types, names and exact constants). simplify is deterministic and the
 * costliest part of grading a formula (tens of ms for a small tree): the same answer graded again, and the content
 * checks that grade every item's answers on each load, reuse it.
 */
const verdicts = new Map<string, SymbolicVerdict>();
const VERDICTS_MAX = 4096;

/** mathjs simplify((a) - (b)) == 0 ? Skipped for large trees (simplify can be slow). */
export function symbolicDifferenceIsZero(a: MathNode, b: MathNode, maxNodes = 80): SymbolicVerdict {
  if (nodeCount(a) + nodeCount(b) > maxNodes) return "skipped";
  const key = JSON.stringify([a, b]);
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    verdict = simplifiedDifferenceIsZero(a, b);
    if (verdicts.size >= VERDICTS_MAX) verdicts.delete(verdicts.keys().next().value!);
    verdicts.set(key, verdict);
  }
  return verdict;
}

function simplifiedDifferenceIsZero(a: MathNode, b: MathNode): SymbolicVerdict {
  try {
    const diff = new math.OperatorNode("-", "subtract", [
      new math.ParenthesisNode(expandForSimplify(a)),
      new math.ParenthesisNode(expandForSimplify(b)),
    ]);
    const s = math.simplify(diff) as AnyNode;
    if (s.type === "ConstantNode" && s.value === 0) return "zero";
    return "nonzero";
  } catch {
    return "error";
  }
}

export interface EquivalenceReport {
  equivalent: boolean;
  /** Points where both sides are defined. */
  validPoints: number;
  /** Points where exactly one side is defined. */
  domainMismatches: number;
  sampled: number;
  symbolic: SymbolicVerdict;
  /** A point where the two sides differ, if any. */
  counterexample?: { point: Record<string, number>; got: number | null; expected: number | null };
  /** true when simplify said 0 but the numbers disagree (simplify is not trusted alone). */
  symbolicConflict: boolean;
  /** Too few valid points: decided by the symbolic check. */
  decidedSymbolically: boolean;
}

export interface CompareOptions {
  tolerance?: FormulaTolerance;
  samples?: number;
  seed?: Seed;
  /** Skip the symbolic check (numeric only). */
  symbolic?: boolean;
}

/** Decide whether two validated trees are equivalent on the given domains. */
export function compareFormulas(
  got: MathNode,
  expected: MathNode,
  variables: Readonly<Record<string, FormulaVariableSpec>>,
  opts: CompareOptions = {},
): EquivalenceReport {
  const tol = opts.tolerance ?? DEFAULT_FORMULA_TOLERANCE;
  const samples = Math.max(3, opts.samples ?? DEFAULT_SAMPLES);
  const seed = opts.seed ?? hashString(expected.toString());
  const f = compileNode(got);
  const g = compileNode(expected);
  // Draw more points than needed so that skipped (undefined) ones can be replaced.
  const maxDraws = samples * 5;
  const pts = samplePoints(variables, maxDraws, seed);
  let valid = 0;
  let mismatches = 0;
  let sampled = 0;
  let counterexample: EquivalenceReport["counterexample"];
  let domainCounterexample: EquivalenceReport["counterexample"];
  for (const p of pts) {
    if (valid >= samples) break;
    sampled++;
    const a = f(p);
    const b = g(p);
    if (a === null && b === null) continue;
    if (a === null || b === null) {
      mismatches++;
      domainCounterexample ??= { point: p, got: a, expected: b };
      continue;
    }
    valid++;
    if (!close(a, b, tol)) {
      counterexample = { point: p, got: a, expected: b };
      break;
    }
  }
  const symbolic = opts.symbolic === false ? "skipped" : symbolicDifferenceIsZero(got, expected);
  const enough = valid >= Math.max(3, Math.ceil(samples / 2));
  const domainBad = mismatches > 0.1 * sampled;
  let equivalent: boolean;
  let decidedSymbolically = false;
  if (counterexample) equivalent = false;
  else if (domainBad) {
    equivalent = false;
    counterexample = domainCounterexample;
  } else if (enough) equivalent = true;
  else {
    equivalent = symbolic === "zero";
    decidedSymbolically = true;
  }
  return {
    equivalent,
    validPoints: valid,
    domainMismatches: mismatches,
    sampled,
    symbolic,
    symbolicConflict: symbolic === "zero" && !equivalent && !decidedSymbolically,
    decidedSymbolically,
    ...(counterexample ? { counterexample } : {}),
  };
}

/** Is the learner's expression a constant multiple / constant shift of the reference? */
function relationHint(
  got: MathNode,
  expected: MathNode,
  variables: Readonly<Record<string, FormulaVariableSpec>>,
  seed: Seed,
): "factor" | "offset" | "sign" | null {
  const f = compileNode(got);
  const g = compileNode(expected);
  const ratios: number[] = [];
  const diffs: number[] = [];
  for (const p of samplePoints(variables, 12, `${String(seed)}:hint`)) {
    const a = f(p);
    const b = g(p);
    if (a === null || b === null) continue;
    if (Math.abs(b) > 1e-9) ratios.push(a / b);
    diffs.push(a - b);
  }
  const constant = (xs: number[]) => xs.length >= 4 && xs.every((x) => Math.abs(x - xs[0]!) <= 1e-6 * Math.max(1, Math.abs(xs[0]!)));
  if (constant(ratios) && Math.abs(ratios[0]! + 1) < 1e-6) return "sign";
  if (constant(ratios) && Math.abs(ratios[0]! - 1) > 1e-6) return "factor";
  if (constant(diffs) && Math.abs(diffs[0]!) > 1e-9) return "offset";
  return null;
}

export interface GradeFormulaContext {
  seed?: Seed;
}

export function gradeFormula(spec: FormulaSpec, input: string | null | undefined, ctx: GradeFormulaContext = {}): FinalGrade {
  const names = Object.keys(spec.variables);
  const ref = parseFormula(spec.expression, names);
  if (!ref.ok) {
    return wrong(
      fb(
        "formula.item_error",
        "This question's reference answer is invalid; your answer could not be graded. Please report it.",
        "この問題の模範解答に誤りがあるため採点できませんでした。報告してください。",
        { error: ref.error },
      ),
    );
  }
  const got = parseFormula(input ?? "", names);
  if (!got.ok) return wrong({ ...got.error, details: { position: got.error.position } });
  const seed = ctx.seed ?? hashString(spec.expression);
  const opts: CompareOptions = { tolerance: spec.tolerance, samples: spec.samples, seed };
  const report = compareFormulas(got.node, ref.node, spec.variables, opts);
  const details = { tex: got.tex, report: { ...report } };
  if (report.equivalent) {
    return final(
      true,
      1,
      fb(
        "formula.correct",
        "Correct: your expression is equivalent to the expected one.",
        "正解です。あなたの式は正答と同値です。",
        details,
      ),
    );
  }
  for (const d of spec.distractors ?? []) {
    const dp = parseFormula(d.expression, names);
    if (!dp.ok) continue;
    if (compareFormulas(got.node, dp.node, spec.variables, { ...opts, symbolic: false }).equivalent) {
      const m = d.feedback ?? t("Incorrect: this is a common mistake.", "不正解です。よくある間違いです。");
      return final(false, 0, fb("formula.distractor", `Incorrect. ${m.en}`, `不正解です。${m.ja}`, details));
    }
  }
  if (report.counterexample && (report.counterexample.got === null || report.counterexample.expected === null)) {
    return final(
      false,
      0,
      fb(
        "formula.domain_mismatch",
        "Incorrect: your expression is undefined where the expected one is defined (or the other way round), e.g. a log or square root of a negative number, or a division by zero.",
        "不正解です。正答が定義される点であなたの式が定義されない（またはその逆）ようです。負の数の log や平方根、0 による割り算などを確認してください。",
        details,
      ),
    );
  }
  const hint = relationHint(got.node, ref.node, spec.variables, seed);
  if (hint === "sign") {
    return final(
      false,
      0,
      fb("formula.sign", "Incorrect: your expression has the opposite sign.", "不正解です。符号が逆になっています。", details),
    );
  }
  if (hint === "factor") {
    return final(
      false,
      0,
      fb(
        "formula.constant_factor",
        "Incorrect: your expression is off by a constant factor.",
        "不正解です。定数倍だけずれています。",
        details,
      ),
    );
  }
  if (hint === "offset") {
    return final(
      false,
      0,
      fb(
        "formula.constant_offset",
        "Incorrect: your expression differs by an additive constant.",
        "不正解です。定数項だけずれています。",
        details,
      ),
    );
  }
  const ce = report.counterexample;
  const where = ce
    ? Object.entries(ce.point)
        .map(([k, v]) => `${k} = ${formatNumber(v)}`)
        .join(", ")
    : "";
  return final(
    false,
    0,
    fb(
      "formula.not_equivalent",
      ce
        ? `Incorrect: your expression is not equivalent to the expected one (they differ at ${where}).`
        : "Incorrect: your expression is not equivalent to the expected one.",
      ce
        ? `不正解です。あなたの式は正答と同値ではありません（${where} で値が異なります）。`
        : "不正解です。あなたの式は正答と同値ではありません。",
      details,
    ),
  );
}
