// Mutation analysis of code content: derives mutants of each reference (lib/content/mutants.ts) and grades every
// one with the grader learners meet — gradeAnswer (lib/grading) with the engine session factory for code_blank
// items on every grading seed, the server grader's tests (lib/exercises/run-tests.ts) for code exercises, stopping
// at the first failing test. A mutant graded correct is a survivor: a weak setup or test (fix the content) or a
// truly equivalent program (acknowledge it under `mutants.accept` with its id and the reason). See
// docs/CONTENT-QUALITY.md.
import { gradeAnswer } from "../grading";
import { DEFAULT_SEEDS, type SessionFactory } from "../grading/code-blank";
import { fullGradeInput, type ExerciseSecret, type PublicExerciseContent } from "../exercises/payload";
import { runExerciseTests } from "../exercises/run-tests";
import { exerciseTests, expectationsFor } from "../exercises/expectations";
import { gapFills } from "./gapfill";
import { mutateFill, mutateProgram, namesAt, setupNames, sigmoidName, type Mutant } from "./mutants";
import type { Content, ContentIssue, Exercise, Item } from "./model";

export { gapFills } from "./gapfill";
import { BLANK, type MutantsBlock } from "./schema";

export interface Survivor {
  id: string;
  /** The mutated fill or, for a program, the mutated line. */
  code: string;
  /** Where it survived: grading seeds of an item, tests of an exercise. */
  survived: string;
}

export interface MutationResult {
  slug: string;
  /** File to report against (item.yaml / exercise.yaml). */
  file: string;
  /** Mutants generated / graded (graded < generated when capped). */
  generated: number;
  graded: number;
  killed: number;
  /** Survivors acknowledged as equivalent under mutants.accept. */
  equivalent: Survivor[];
  /** Survivors nobody acknowledged: defects. */
  survivors: Survivor[];
  /** mutants.accept ids that no graded mutant matched as a survivor (stale or killed). */
  staleAccepts: string[];
  ms: number;
}

export interface MutationOptions {
  createSession: SessionFactory;
  /** Grade at most this many mutants per item (a deterministic spread over the list); default all. */
  maxPerItem?: number;
}

const clock = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

/** A deterministic spread of `cap` mutants over the list (every operator and line keeps a chance). */
export function capMutants(ms: Mutant[], cap: number | undefined): Mutant[] {
  if (cap === undefined || ms.length <= cap) return ms;
  const out: Mutant[] = [];
  for (let i = 0; i < cap; i++) out.push(ms[Math.floor((i * ms.length) / cap)]!);
  return out;
}

/** Score = killed / (graded − acknowledged equivalents); 1 when nothing non-equivalent was graded. */
export function mutationScore(r: Pick<MutationResult, "graded" | "killed" | "equivalent">): number {
  const n = r.graded - r.equivalent.length;
  return n <= 0 ? 1 : r.killed / n;
}

function finish(
  slug: string,
  file: string,
  all: Mutant[],
  graded: Mutant[],
  survived: { m: Mutant; code: string; where: string }[],
  accept: MutantsBlock,
  t0: number,
): MutationResult {
  const accepted = new Set((accept?.accept ?? []).map((a) => a.id));
  const equivalent: Survivor[] = [];
  const survivors: Survivor[] = [];
  for (const s of survived) (accepted.has(s.m.id) ? equivalent : survivors).push({ id: s.m.id, code: s.code, survived: s.where });
  const gradedIds = new Set(graded.map((m) => m.id));
  const survivedIds = new Set(survived.map((s) => s.m.id));
  // An accept for a mutant not graded this run (capped) is not stale.
  const staleAccepts = [...accepted].filter((id) => !survivedIds.has(id) && (gradedIds.has(id) || graded.length === all.length));
  return {
    slug,
    file,
    generated: all.length,
    graded: graded.length,
    killed: graded.length - survived.length,
    equivalent,
    survivors,
    staleAccepts,
    ms: clock() - t0,
  };
}

type CodeBlankData = Extract<Item["data"], { kind: "code_blank" }>;

/** The code_blank item's mutants: its reference and accepted fills, mutated; names from the template's scope and the setup. */
export function codeBlankMutants(d: CodeBlankData): Mutant[] {
  const filled = d.template.replace(BLANK, d.answer.reference.trim());
  const line = d.template.slice(0, d.template.indexOf(BLANK)).split("\n").length;
  const names = namesAt(filled, line, setupNames(d.answer.setup));
  const sigmoid = sigmoidName(d.template, d.answer.setup);
  const scope = { names, ...(sigmoid ? { sigmoid } : {}) };
  // The accepted spellings are references too: `gradient * threshold / norm` yields mutants `gradient * rate` does not.
  const right = [d.answer.reference, ...d.answer.accept];
  const seen = new Set<string>();
  const out: Mutant[] = [];
  for (const fill of right)
    for (const m of mutateFill(fill, scope, right)) {
      if (seen.has(m.source)) continue;
      seen.add(m.source);
      out.push(!m.shared && out.some((x) => x.id === m.id) ? { ...m, id: `${m.id} (in ${fill.trim()})` } : m);
    }
  return out;
}

export async function mutateCodeBlank(item: Item, opts: MutationOptions): Promise<MutationResult> {
  const t0 = clock();
  const d = item.data as CodeBlankData;
  const all = codeBlankMutants(d);
  const graded = capMutants(all, opts.maxPerItem);
  const survived: { m: Mutant; code: string; where: string }[] = [];
  for (const m of graded) {
    const g = await gradeAnswer(d, m.source, { slug: item.slug, seed: item.slug, createSession: opts.createSession });
    if (g.correct) survived.push({ m, code: m.source, where: `seeds ${DEFAULT_SEEDS.join(", ")}` });
  }
  return finish(item.slug, item.file, all, graded, survived, d.mutants, t0);
}

/** A code exercise's mutants: its blank fills (gap-fill) or its whole solution (free), mutated. */
export function exerciseMutants(ex: Exercise): Mutant[] {
  const extra = setupNames(ex.setup);
  const sigmoid = sigmoidName(ex.solution, ex.setup);
  if (ex.data.mode === "free") return mutateProgram(ex.solution, { extraGlobals: extra, ...(sigmoid ? { sigmoid } : {}) });
  const parts = ex.starter.split(BLANK);
  const fills = gapFills(ex.starter, ex.solution);
  if (!fills) return [];
  const out: Mutant[] = [];
  fills.forEach((fill, k) => {
    const before = parts.slice(0, k + 1).join("") + fills.slice(0, k).join("");
    const line = before.split("\n").length;
    const names = namesAt(ex.solution, line, extra);
    for (const m of mutateFill(fill, { names, ...(sigmoid ? { sigmoid } : {}) })) {
      const source = parts.map((p, j) => p + (j < fills.length ? (j === k ? m.source : fills[j]!) : "")).join("");
      out.push({ ...m, id: fills.length > 1 ? `blank ${k + 1}: ${m.id}` : m.id, source, line });
    }
  });
  return out;
}

/** The exercise as stored for the server grader (lib/content/load.ts exercisePayload), without the database. */
export function graderInputs(ex: Exercise): { content: PublicExerciseContent; secret: ExerciseSecret } {
  const d = ex.data;
  const expected = expectationsFor(ex);
  const tests = exerciseTests(ex).map((t) => ({ ...t, rtol: t.rtol ?? d.rtol, atol: t.atol ?? d.atol }));
  const pick = (hidden: boolean) => Object.fromEntries(tests.filter((t) => t.hidden === hidden).map((t) => [t.name, expected[t.name]!]));
  return {
    content: {
      setup: ex.setup,
      limits: d.limits,
      rtol: d.rtol,
      atol: d.atol,
      publicTests: tests.filter((t) => !t.hidden),
      publicExpected: pick(false),
    },
    secret: { solution: ex.solution, hiddenTests: tests.filter((t) => t.hidden), hiddenExpected: pick(true), rtol: d.rtol, atol: d.atol },
  };
}

export function mutateExercise(ex: Exercise, opts: Omit<MutationOptions, "createSession">): MutationResult {
  const t0 = clock();
  const all = ex.data.lab ? [] : exerciseMutants(ex);
  const graded = capMutants(all, opts.maxPerItem);
  const survived: { m: Mutant; code: string; where: string }[] = [];
  if (graded.length) {
    const { content, secret } = graderInputs(ex);
    for (const m of graded) {
      const report = runExerciseTests({ ...fullGradeInput(content, secret, m.source), stopAtFirstFailure: true });
      if (report.tests.every((t) => t.passed))
        survived.push({ m, code: m.source.split("\n")[m.line - 1]!.trim(), where: `tests ${report.tests.map((t) => t.name).join(", ")}` });
    }
  }
  return finish(ex.slug, ex.file, all, graded, survived, ex.data.mutants, t0);
}

/** Mutation analysis of the whole bank (code_blank items and non-lab code exercises). */
export async function mutateContent(content: Content, opts: MutationOptions & { only?: string }): Promise<MutationResult[]> {
  const out: MutationResult[] = [];
  for (const item of content.items)
    if (item.data.kind === "code_blank" && (!opts.only || opts.only === item.slug)) out.push(await mutateCodeBlank(item, opts));
  for (const ex of content.exercises) if (!ex.data.lab && (!opts.only || opts.only === ex.slug)) out.push(mutateExercise(ex, opts));
  return out;
}

/** content:check's verdict: every unacknowledged survivor and stale acknowledgement is an issue. */
export function mutationIssues(results: MutationResult[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const r of results) {
    for (const s of r.survivors)
      issues.push({
        file: r.file,
        path: "mutants",
        message: `mutant survived (graded correct on ${s.survived}): ${s.id}  ⇒  ${s.code}  — strengthen the setup/tests, or if it is truly equivalent list it under mutants.accept`,
      });
    for (const id of r.staleAccepts)
      issues.push({ file: r.file, path: "mutants.accept", message: `"${id}" is no longer a surviving mutant; remove it` });
  }
  return issues;
}

/** One line per item and a bank total, for the scripts. */
export function mutationTable(results: MutationResult[]): string {
  const rows = results.map((r) => {
    const pct = (100 * mutationScore(r)).toFixed(1).padStart(5);
    const cap = r.graded < r.generated ? ` (of ${r.generated})` : "";
    return `${r.slug.padEnd(32)} ${pct} %  killed ${r.killed}/${r.graded - r.equivalent.length}${cap}, equivalent ${r.equivalent.length}, survivors ${r.survivors.length}  ${(r.ms / 1000).toFixed(1)} s`;
  });
  const graded = results.reduce((a, r) => a + r.graded, 0);
  const killed = results.reduce((a, r) => a + r.killed, 0);
  const eq = results.reduce((a, r) => a + r.equivalent.length, 0);
  const surv = results.reduce((a, r) => a + r.survivors.length, 0);
  const score = mutationScore({ graded, killed, equivalent: new Array(eq) as Survivor[] });
  rows.push(
    `bank: ${(100 * score).toFixed(1)} % of ${graded - eq} non-equivalent mutants killed (${graded} graded, ${eq} equivalent, ${surv} unacknowledged survivors)`,
  );
  return rows.join("\n");
}
