// Proving, the step after validation (read → validate → prove → load): every piece of code content is run through
// the grader learners meet. References and accepted spellings pass; wrong fills, wrong fixtures, the bare starter and
// every mutant of the reference fail (lib/content/mutation.ts); textbook-equivalent forms pass (probes.ts). content:check, exercises:check, content:mutants, the
// loader (`prove: true`) and the tests all prove through this module.
import { gradeAnswer, type GradeResult } from "../grading";
import { DEFAULT_SEEDS, DEFAULT_TIMEOUT_MS, fillTemplate, type SessionFactory } from "../grading/code-blank";
import { exerciseInput, exerciseTests, expectationsFor } from "../exercises/expectations";
import { runExerciseTests } from "../exercises/run-tests";
import type { GradeReport, ReferenceTable } from "../exercises/types";
import { differs, runProgram } from "./code";
import { mutateContent, mutationIssues, type MutationResult } from "./mutation";
import { probeCodeBlank, probeExercise, probeIssues, type ProbeResult } from "./probes";
import type { Content, ContentIssue, Exercise, Item } from "./model";

export interface ProgramProof {
  /** "solution.py", "starter.py", "wrong/<name>.py" (free) or "wrong: <name>" (a gap-fill exercise's wrong fills) */
  program: string;
  report: GradeReport;
  /** Wall time of the whole grading. */
  ms: number;
  /** Whether the program behaves as required (solution passes all; the others fail at least one). */
  ok: boolean;
}

export interface ExerciseProof {
  slug: string;
  ok: boolean;
  /** Problems by file (relative to the exercise directory) and field. */
  problems: { file: string; path?: string; message: string }[];
  programs: ProgramProof[];
  /** Time to compute the expectations from the solution. */
  referenceMs: number;
}

const clock = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

/**
 * Proves a code exercise's tests against its own programs: the reference solution passes every test, the bare
 * starter and every wrong fixture fail at least one, and at least one fixture is caught by a hidden test.
 */
export function proveExercise(ex: Exercise): ExerciseProof {
  const problems: ExerciseProof["problems"] = [];
  const t0 = clock();
  let table: ReferenceTable;
  try {
    table = expectationsFor(ex);
  } catch (e) {
    problems.push({ file: "solution.py", message: (e as Error).message });
    return { slug: ex.slug, ok: false, problems, programs: [], referenceMs: clock() - t0 };
  }
  const referenceMs = clock() - t0;
  const programs: ProgramProof[] = [];
  // Programs that must fail stop at their first failing test, hidden tests first (that is all the proof needs).
  const order = [...exerciseTests(ex)].sort((a, b) => Number(b.hidden) - Number(a.hidden));
  const maxScore = order.reduce((a, x) => a + x.points, 0);
  const untilFailure = (code: string): GradeReport => {
    const tests: GradeReport["tests"] = [];
    let score = 0;
    for (const test of order) {
      const r = runExerciseTests({ ...exerciseInput(ex, code, "all", table), tests: [test] });
      tests.push(...r.tests);
      score += r.score;
      if (r.syntaxError) return { ...r, tests, score, maxScore };
      if (!r.tests[0]!.passed) break;
    }
    return { score, maxScore, tests };
  };
  const run = (program: string, code: string, mustPass: boolean) => {
    const s = clock();
    const report = mustPass ? runExerciseTests(exerciseInput(ex, code, "all", table)) : untilFailure(code);
    const ms = clock() - s;
    const passedAll = report.tests.every((x) => x.passed);
    const ok = mustPass ? passedAll : !passedAll;
    programs.push({ program, report, ms, ok });
    if (!ok) {
      const where = program.startsWith("wrong: ") ? { file: "exercise.yaml", path: `wrong.${program.slice(7)}` } : { file: program };
      if (mustPass) {
        const failed = report.tests.filter((x) => !x.passed).map((x) => `${x.name}: ${x.feedback.message.en}`);
        problems.push({ ...where, message: `fails ${failed.join("; ")}` });
      } else problems.push({ ...where, message: "passes every test (the tests do not catch it)" });
    }
    return report;
  };
  run("solution.py", ex.solution, true);
  run("starter.py", ex.starter, false);
  const caughtByHidden = ex.wrong.map((w) => run(wrongLabel(ex, w.name), w.code, false).tests.some((x) => x.hidden && !x.passed));
  if (ex.wrong.length && !caughtByHidden.some(Boolean))
    problems.push({ file: "exercise.yaml", message: "tests: no wrong fixture is caught by a hidden test" });
  return { slug: ex.slug, ok: problems.length === 0, problems, programs, referenceMs };
}

/** How a wrong fixture is named to authors: a file of a free exercise, an entry of a gap-fill exercise's `wrong:`. */
export function wrongLabel(ex: Pick<Exercise, "data">, name: string): string {
  return ex.data.mode === "gapfill" ? `wrong: ${name}` : `wrong/${name}.py`;
}

type CodeBlankData = Extract<Item["data"], { kind: "code_blank" }>;
const why = (g: GradeResult) => g.feedback.message.en;

/**
 * Grades a code_blank item's reference, accepted and wrong fills exactly as a learner's answer is graded (engine
 * sessions, seeds 0..2), and proves that the setup really depends on SEED.
 */
export async function proveCodeBlank(item: Item, createSession: SessionFactory): Promise<ContentIssue[]> {
  const issues: ContentIssue[] = [];
  const add = (path: string, message: string) => issues.push({ file: item.file, path, message });
  const d = item.data as CodeBlankData;
  const ctx = { slug: item.slug, seed: item.slug, createSession };
  const ref = await gradeAnswer(d, d.answer.reference, ctx);
  if (!ref.correct) {
    add("answer.reference", `the reference filling is not graded correct: ${why(ref)}`);
    return issues;
  }
  for (const [k, a] of d.answer.accept.entries()) {
    const g = await gradeAnswer(d, a, ctx);
    if (!g.correct) add(`answer.accept[${k}]`, `not accepted by the grader: ${why(g)}`);
  }
  for (const [k, w] of d.answer.wrong.entries()) {
    const g = await gradeAnswer(d, w, ctx);
    if (g.correct) add(`answer.wrong[${k}]`, "graded correct (the comparison does not catch this wrong filling)");
    else if (g.feedback.code === "code.item_error") add(`answer.wrong[${k}]`, why(g));
  }
  // K grading seeds must test K different inputs.
  const spec = {
    setup: d.answer.setup,
    code: fillTemplate(d.template, d.answer.reference.trim()),
    compare: d.answer.compare,
    timeoutMs: DEFAULT_TIMEOUT_MS,
  };
  const runs = DEFAULT_SEEDS.map((seed) => runProgram(createSession, { ...spec, seed }));
  const first = runs[0]!;
  if (first.ok && runs.length > 1 && runs.slice(1).every((r) => differs(r, first, { rtol: 0, atol: 0 }) === null))
    add(
      "answer.setup",
      `every grading seed (SEED = ${DEFAULT_SEEDS.join(", ")}) gives the same ${d.answer.compare.join(", ")}; build the inputs from SEED`,
    );
  return issues;
}

export interface ProveOptions {
  /** Fresh Python engine sessions (lib/grading/engine-adapter createGradingSession). */
  createSession: SessionFactory;
  /** Mutation analysis: off, or at most this many mutants per item (undefined = all). */
  mutants?: false | { maxPerItem?: number };
  /** Only this item or exercise. */
  only?: string;
}

export interface ContentProof {
  issues: ContentIssue[];
  exercises: ExerciseProof[];
  /** null when mutation analysis was off. */
  mutation: MutationResult[] | null;
  /** Tolerance and variant probes (lib/content/probes.ts), per item and exercise. */
  probes: ProbeResult[];
}

/** Proves the whole bank (or one slug); `issues` lists every failure, file and field. */
export async function proveContent(content: Content, opts: ProveOptions): Promise<ContentProof> {
  const issues: ContentIssue[] = [];
  const probes: ProbeResult[] = [];
  const wanted = (slug: string) => !opts.only || opts.only === slug;
  for (const item of content.items) {
    if (item.data.kind !== "code_blank" || !wanted(item.slug)) continue;
    try {
      issues.push(...(await proveCodeBlank(item, opts.createSession)));
      probes.push(await probeCodeBlank(item, opts.createSession));
    } catch (e) {
      issues.push({ file: item.file, path: "", message: `proof crashed: ${(e as Error).message}` });
    }
  }
  const exercises: ExerciseProof[] = [];
  for (const ex of content.exercises) {
    if (!wanted(ex.slug)) continue;
    const proof = proveExercise(ex);
    exercises.push(proof);
    if (proof.ok) probes.push(probeExercise(ex));
    for (const p of proof.problems)
      issues.push({ file: p.file === "exercise.yaml" ? ex.file : `${ex.dir}/${p.file}`, path: p.path ?? "", message: p.message });
  }
  issues.push(...probeIssues(probes));
  let mutation: MutationResult[] | null = null;
  if (opts.mutants !== false && opts.mutants !== undefined) {
    mutation = await mutateContent(content, {
      createSession: opts.createSession,
      ...(opts.only ? { only: opts.only } : {}),
      ...(opts.mutants.maxPerItem !== undefined ? { maxPerItem: opts.mutants.maxPerItem } : {}),
    });
    issues.push(...mutationIssues(mutation));
  }
  return { issues, exercises, mutation, probes };
}
