// Tolerance and variant probes (issue 13, part 2): textbook-equivalent forms of each reference that a learner
// may well write, and that must be graded correct — an epsilon in a denominator (1e-7, 1e-6), a float32 result
// where the item does not fix the dtype (`dtype: exact`), integer results of np.where(c, 1.0, 0.0) written
// np.where(c, 1, 0), and in a free exercise's program an update in place (`W -= lr * dW`) or as a new array
// (`W = W - lr * dW`). Run by proveContent (content:check) on every code_blank item, every gap-fill exercise's
// blanks and every free exercise's statements with the graders learners meet; a probe graded wrong is an issue that
// names the relative error seen, so that the author sets rtol/atol from the item's numerics (and says so in the prompt).
import type { Expr, Stmt } from "../../engine/python/ast";
import { gradeAnswer, type GradeResult } from "../grading";
import type { SessionFactory } from "../grading/code-blank";
import { gradeSubmission } from "../exercises/payload";
import { expr as print } from "./unparse";
import { editableStatements, parseFill, sameTree } from "./mutants";
import { fillBlanks, gapFills } from "./gapfill";
import { graderInputs } from "./mutation";
import type { ContentIssue, Exercise, Item } from "./model";

export interface Probe {
  /** e.g. "epsilon 1e-7 in a denominator: norm → norm + 1e-7" */
  id: string;
  source: string;
  /** What to show of it when `source` is a whole program: the changed line. */
  shown?: string;
}

/** Does `e` compute a magnitude through a call (a sum, norm, root, exp…)? Only such denominators get an epsilon. */
function callsSomething(e: unknown): boolean {
  if (Array.isArray(e)) return e.some(callsSomething);
  if (e === null || typeof e !== "object") return false;
  if ((e as { k?: unknown }).k === "Call") return true;
  return Object.values(e as Record<string, unknown>).some(callsSomething);
}

/**
 * Every `a / b` whose b is computed by a call (a norm, a sum, 1 + exp(-x), a square root) with `b + eps` instead, one
 * at a time: learners guard such denominators against zero. Sizes and step sizes (`/ batch_size`, `/ (2 * h)`,
 * `/ y.shape[0]`) are not probed — nobody writes `batch_size + 1e-7`, and `2 * h + 1e-7` is a different derivative.
 */
function epsilonEdits(e: Expr, eps: number): { id: string; node: Expr }[] {
  const out: { id: string; node: Expr }[] = [];
  const walk = (node: unknown, rebuild: (n: Expr) => Expr): void => {
    if (Array.isArray(node)) {
      node.forEach((x, i) => walk(x, (n) => rebuild(Object.assign([...node], { [i]: n }) as unknown as Expr)));
      return;
    }
    if (node === null || typeof node !== "object") return;
    const o = node as Record<string, unknown>;
    if (o.k === "BinOp" && o.op === "/" && (o.r as Expr).k !== "Const" && callsSomething(o.r)) {
      const r = o.r as Expr;
      const sum = { k: "BinOp", op: "+", l: r, r: { k: "Const", v: eps, t: "float", line: 0, col: 0 }, line: 0, col: 0 } as unknown as Expr;
      try {
        out.push({
          id: `epsilon ${eps} in a denominator: ${print(r)} → ${print(sum)}`,
          node: rebuild({ ...(o as unknown as Expr), r: sum } as Expr),
        });
      } catch {
        /* unprintable: no probe */
      }
    }
    for (const key of Object.keys(o)) {
      if (key === "line" || key === "col" || key === "k") continue;
      walk(o[key], (n) => rebuild({ ...(o as unknown as Expr), [key]: n } as Expr));
    }
  };
  walk(e, (n) => n);
  return out;
}

/** `np.where(c, 1.0, 0.0)` written with int results, `np.where(c, 1, 0)`. */
const intWhere = (code: string) => code.replace(/np\.where\(([^()]*?),\s*1\.0\s*,\s*0\.0\s*\)/g, "np.where($1, 1, 0)");

/** The textbook-equivalent variants of one fill. */
export function fillProbes(fill: string, opts: { dtypeFixed: boolean }): Probe[] {
  const e = parseFill(fill);
  if (!e) return [];
  const out: Probe[] = [];
  for (const p of [...epsilonEdits(e, 1e-7), ...epsilonEdits(e, 1e-6)]) {
    try {
      out.push({ id: p.id, source: print(p.node) });
    } catch {
      /* unprintable: no probe */
    }
  }
  if (!opts.dtypeFixed) {
    out.push({ id: "float32 result", source: `np.float32(${fill.trim()})` });
    const ints = intWhere(fill);
    if (ints !== fill) out.push({ id: "int result: np.where(c, 1, 0)", source: ints.trim() });
  }
  return out;
}

const UPDATE_OPS = new Set(["+", "-", "*", "/"]);

/** `t = t op v` → `t op= v` (in place) and `t op= v` → `t = t op v` (a new array). */
function updateForms(s: Stmt): { id: string; stmt: Stmt }[] {
  if (s.k === "Assign" && s.targets.length === 1 && s.value.k === "BinOp" && UPDATE_OPS.has(s.value.op)) {
    const t = s.targets[0]!;
    if ((t.k === "Name" || t.k === "Subscript" || t.k === "Attr") && sameTree(t, s.value.l))
      return [
        { id: `in place: ${s.value.op}=`, stmt: { k: "AugAssign", target: t, op: s.value.op, value: s.value.r, line: s.line, col: s.col } },
      ];
  }
  if (s.k === "AugAssign" && UPDATE_OPS.has(s.op))
    return [
      {
        id: `new array: ${s.op}= → = … ${s.op}`,
        stmt: {
          k: "Assign",
          targets: [s.target],
          value: { k: "BinOp", op: s.op, l: s.target, r: s.value, line: s.line, col: s.col },
          line: s.line,
          col: s.col,
        },
      },
    ];
  return [];
}

/** The expression a statement computes (the part an epsilon goes into). */
function valueSlot(s: Stmt): "value" | "e" | null {
  if (s.k === "Assign" || s.k === "AugAssign") return "value";
  if ((s.k === "Return" && s.e) || s.k === "Expr") return "e";
  return null;
}

/**
 * The textbook-equivalent variants of a whole program (a free exercise's solution), one statement changed per probe:
 * epsilons in computed denominators, the in-place / new-array form of an update, int results of np.where.
 * (No float32 probe: a program's intermediate dtype is not a form learners choose per line.)
 */
export function programProbes(src: string): Probe[] {
  const out: Probe[] = [];
  for (const ed of editableStatements(src)) {
    const at = `line ${ed.line}`;
    const push = (id: string, stmt: Stmt) => {
      const source = ed.replace(stmt);
      if (source !== null && source !== src) out.push({ id: `${at}: ${id}`, source, shown: source.split("\n")[ed.line - 1]!.trim() });
    };
    for (const f of updateForms(ed.stmt)) push(f.id, f.stmt);
    const slot = valueSlot(ed.stmt);
    if (!slot) continue;
    const value = (ed.stmt as unknown as Record<string, Expr>)[slot]!;
    for (const p of [...epsilonEdits(value, 1e-7), ...epsilonEdits(value, 1e-6)]) push(p.id, { ...ed.stmt, [slot]: p.node } as Stmt);
    const line = src.split("\n")[ed.line - 1]!;
    const ints = intWhere(line);
    if (ints !== line)
      out.push({
        id: `${at}: int result: np.where(c, 1, 0)`,
        source: src
          .split("\n")
          .with(ed.line - 1, ints)
          .join("\n"),
        shown: ints.trim(),
      });
  }
  return out;
}

export interface ProbeResult {
  slug: string;
  file: string;
  probes: number;
  failed: { probe: Probe; why: string }[];
}

const why = (g: GradeResult) => g.feedback.message.en;

type CodeBlankData = Extract<Item["data"], { kind: "code_blank" }>;

export async function probeCodeBlank(item: Item, createSession: SessionFactory): Promise<ProbeResult> {
  const d = item.data as CodeBlankData;
  const probes = fillProbes(d.answer.reference, { dtypeFixed: d.answer.dtype === "exact" });
  const failed: ProbeResult["failed"] = [];
  for (const p of probes) {
    const g = await gradeAnswer(d, p.source, { slug: item.slug, seed: item.slug, createSession });
    if (!g.correct) failed.push({ probe: p, why: why(g) });
  }
  return { slug: item.slug, file: item.file, probes: probes.length, failed };
}

/**
 * Each blank of a gap-fill exercise probed on its own (the other blanks keep the solution's fills); a free exercise's
 * solution statement by statement (programProbes).
 */
export function probeExercise(ex: Exercise): ProbeResult {
  const failed: ProbeResult["failed"] = [];
  let count = 0;
  if (ex.data.lab) return { slug: ex.slug, file: ex.file, probes: 0, failed };
  const { content, secret } = graderInputs(ex);
  const grade = (p: Probe, program: string) => {
    count++;
    const bad = gradeSubmission(content, secret, program).tests.find((t) => !t.passed);
    if (bad) failed.push({ probe: p, why: `${bad.name}: ${bad.feedback.message.en}` });
  };
  if (ex.data.mode === "free") {
    for (const p of programProbes(ex.solution)) grade(p, p.source);
    return { slug: ex.slug, file: ex.file, probes: count, failed };
  }
  const fills = gapFills(ex.starter, ex.solution);
  if (!fills) return { slug: ex.slug, file: ex.file, probes: 0, failed };
  fills.forEach((fill, k) => {
    for (const p of fillProbes(fill, { dtypeFixed: ex.data.dtype === "exact" }))
      grade(
        { ...p, id: fills.length > 1 ? `blank ${k + 1}: ${p.id}` : p.id },
        fillBlanks(
          ex.starter,
          fills.map((f, j) => (j === k ? p.source : f)),
        ),
      );
  });
  return { slug: ex.slug, file: ex.file, probes: count, failed };
}

export function probeIssues(results: ProbeResult[]): ContentIssue[] {
  return results.flatMap((r) =>
    r.failed.map((f) => ({
      file: r.file,
      path: "rtol",
      message: `textbook-equivalent form graded wrong (${f.probe.id}  ⇒  ${f.probe.shown ?? f.probe.source}): ${f.why} — set rtol/atol from the item's numerics (and say so in the prompt), or dtype: exact if the prompt fixes the dtype`,
    })),
  );
}
