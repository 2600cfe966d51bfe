// The most common wrong answers to a formula question. Equivalent expressions are grouped together: each distinct
// answer is parsed with the grader's own rules (lib/grading/formula parseFormula) and evaluated at fixed sample points
// drawn from the question's variable domains; answers with the same values (8 significant digits; undefined points
// included) form one group — so "2*x", "x+x" and "x*2" are one wrong answer, which printing alone would not show.
// Each group is shown in a canonical form (mathjs simplify of its most frequent spelling) with that spelling as the
// example, and related to the expected expression where a relation holds at every point: one of the question's
// known distractors, the sign flipped, a constant factor, or a constant offset. Answers that do not parse are grouped
// by their normalised text.
import { all, create, type MathNode } from "mathjs";
import { normalizeFormula, parseFormula, samplePoints, type FormulaVariableSpec } from "@/lib/grading/formula";
import { addToTally, topGroups, type Tally, type WrongGroup } from "./wrong-groups";

const math = create(all, { number: "number" });
math.import({ sigmoid: (x: number) => 1 / (1 + Math.exp(-x)), relu: (x: number) => Math.max(0, x) }, { override: false });

export const FINGERPRINT_POINTS = 8;
const SIMPLIFY_MAX_LENGTH = 160;

export type FormulaRelation =
  | { kind: "distractor"; index: number; expression: string; feedback: unknown }
  | { kind: "sign" }
  | { kind: "factor"; factor: number }
  | { kind: "offset"; offset: number }
  | { kind: "none" };

export type FormulaLabel = { kind: "formula"; canonical: string; relation: FormulaRelation } | { kind: "invalid"; text: string };

export interface FormulaWrongReport {
  kind: "formula";
  wrong: number;
  groups: Array<WrongGroup<FormulaLabel>>;
  other: number;
}

interface FormulaAnswerSpec {
  variables?: Record<string, { domain?: [number, number] }>;
  expression?: string;
  distractors?: Array<{ expression: string; feedback?: unknown }>;
}

type Values = Array<number | null>;

function evaluator(node: MathNode, points: Array<Record<string, number>>): Values {
  const code = node.compile();
  return points.map((p) => {
    try {
      const v: unknown = code.evaluate({ ...p });
      const x = typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : NaN;
      return Number.isFinite(x) ? x : null;
    } catch {
      return null;
    }
  });
}

export function fingerprint(values: Values): string {
  return values.map((v) => (v === null ? "u" : Math.abs(v) < 1e-12 ? "0" : String(Number(v.toPrecision(8))))).join("|");
}

function constant(xs: number[]): number | null {
  if (xs.length < 3) return null;
  return xs.every((x) => Math.abs(x - xs[0]!) <= 1e-7 * Math.max(1, Math.abs(xs[0]!))) ? xs[0]! : null;
}

export function relate(got: Values, expected: Values): FormulaRelation {
  const ratios: number[] = [];
  const diffs: number[] = [];
  got.forEach((a, i) => {
    const b = expected[i];
    if (a === null || b === null || b === undefined) return;
    if (Math.abs(b) > 1e-9) ratios.push(a / b);
    diffs.push(a - b);
  });
  const r = constant(ratios);
  if (r !== null && Math.abs(r + 1) < 1e-7) return { kind: "sign" };
  if (r !== null && Math.abs(r - 1) > 1e-7 && Math.abs(r) > 1e-9) return { kind: "factor", factor: Number(r.toPrecision(4)) };
  const d = constant(diffs);
  if (d !== null && Math.abs(d) > 1e-9) return { kind: "offset", offset: Number(d.toPrecision(4)) };
  return { kind: "none" };
}

/** mathjs simplify of a validated expression, printed; the plain print when simplify fails or the input is long. */
export function canonicalForm(node: MathNode): string {
  const plain = node.toString({ parenthesis: "auto", implicit: "show" });
  if (plain.length > SIMPLIFY_MAX_LENGTH) return plain;
  try {
    return math.simplify(math.parse(plain)).toString({ parenthesis: "auto", implicit: "show" });
  } catch {
    return plain;
  }
}

// simplify takes milliseconds per expression and its result depends only on the text: remembered per process.
const canonicalCache = new Map<string, string>();
const CANONICAL_CACHE_MAX = 5_000;

function cachedCanonical(text: string, names: string[], fallback: MathNode): string {
  const key = `${names.join(",")}\u0000${text}`;
  let c = canonicalCache.get(key);
  if (c === undefined) {
    const p = parseFormula(text, names);
    c = canonicalForm(p.ok ? p.node : fallback);
    if (canonicalCache.size >= CANONICAL_CACHE_MAX) canonicalCache.clear();
    canonicalCache.set(key, c);
  }
  return c;
}

export function formulaWrongAnswers(spec: FormulaAnswerSpec, responses: unknown[], limit = 10): FormulaWrongReport {
  const variables: Record<string, FormulaVariableSpec> = {};
  for (const [name, v] of Object.entries(spec.variables ?? {})) variables[name] = { domain: v.domain ?? [-2, 2] };
  const names = Object.keys(variables);
  const points = samplePoints(variables, FINGERPRINT_POINTS, "kakunin:wrong-answer-groups");
  const parsedValues = (text: string): { node: MathNode; values: Values } | null => {
    const p = parseFormula(text, names);
    return p.ok ? { node: p.node, values: evaluator(p.node, points) } : null;
  };
  const expected = spec.expression ? (parsedValues(spec.expression)?.values ?? null) : null;
  const distractors = (spec.distractors ?? []).map((d, index) => ({
    index,
    d,
    fp: (() => {
      const v = parsedValues(d.expression);
      return v ? fingerprint(v.values) : null;
    })(),
  }));

  const counts = new Map<string, number>();
  for (const r of responses) {
    if (typeof r !== "string" || r.trim() === "") continue;
    counts.set(r.trim(), (counts.get(r.trim()) ?? 0) + 1);
  }
  const tally: Tally<FormulaLabel> = new Map();
  const nodes = new Map<string, { node: MathNode; values: Values }>(); // group key → first parsed member
  let wrong = 0;
  for (const [text, n] of counts) {
    wrong += n;
    const p = parsedValues(text);
    if (!p) {
      const norm = normalizeFormula(text).replace(/\s+/g, "");
      addToTally(tally, `t:${norm}`, { kind: "invalid", text: norm }, text, n);
      continue;
    }
    const key = `f:${fingerprint(p.values)}`;
    if (!nodes.has(key)) nodes.set(key, p);
    addToTally(tally, key, { kind: "formula", canonical: "", relation: { kind: "none" } }, text, n);
  }
  const top = topGroups(tally, wrong, limit);
  for (const g of top.groups) {
    if (g.label.kind !== "formula") continue;
    // Canonical form of the most frequent spelling (simplify is slow, so only for the groups shown).
    const member = nodes.get(g.key)!;
    const fp = g.key.slice(2);
    const d = distractors.find((x) => x.fp === fp);
    g.label = {
      kind: "formula",
      canonical: cachedCanonical(g.example, names, member.node),
      relation: d
        ? { kind: "distractor", index: d.index, expression: d.d.expression, feedback: d.d.feedback ?? null }
        : expected
          ? relate(member.values, expected)
          : { kind: "none" },
    };
  }
  return { kind: "formula", wrong, groups: top.groups, other: top.rest };
}
