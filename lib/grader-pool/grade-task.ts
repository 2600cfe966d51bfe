// The ONE place where the queue meets the exercise grader: gradeSubmissionCode(exerciseVersion, code) → GradeReport.
// Pure, synchronous and CPU-bound; it runs inside a grader-pool thread (lib/grader-pool/thread.ts), never on the
// request path.
//
// Until lib/exercises/run-tests.ts (runExerciseTests) lands, a provisional grader with the same contract runs the
// tests here: for each test, fresh engine sessions run `SEED = seed`, setup.py and then the learner's code or the
// reference solution, and the `compare` variables (and stdout when asked) are compared with lib/grading's
// array comparison. Expected values are memoised per exercise version and seed in the thread.
import { Session } from "../../engine/index";
import { compareValues, type ExportedValue } from "../grading/array-compare";

export interface TestOutcome {
  name: string;
  hidden: boolean;
  passed: boolean;
  points: number;
  maxPoints: number;
  durationMs: number;
  feedback: unknown;
  expected?: unknown;
  got?: unknown;
  error?: { type: string; message: string; line?: number | null } | null;
}

export interface GradeReport {
  score: number;
  maxScore: number;
  tests: TestOutcome[];
}

/** What a grading task needs of an ExerciseVersion row (both JSON columns as stored by lib/content/load.ts). */
export interface GradableVersion {
  id: string;
  content: unknown;
  secret: unknown;
}

interface SpecTest {
  name: string;
  hidden?: boolean;
  points?: number;
  seed?: number;
  compare?: string[];
  stdout?: boolean;
  rtol?: number;
  atol?: number;
}

interface Spec {
  setup: string;
  solution: string;
  tests: SpecTest[];
  limits: { timeMs: number; memoryMb: number; outputKb: number };
  rtol: number;
  atol: number;
}

function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

export function specOf(version: GradableVersion): Spec {
  const c = obj(version.content);
  const s = obj(version.secret);
  const lim = obj(c.limits);
  const pub = Array.isArray(c.publicTests) ? (c.publicTests as SpecTest[]) : [];
  const hid = Array.isArray(s.hiddenTests) ? (s.hiddenTests as SpecTest[]).map((t) => ({ ...t, hidden: true })) : [];
  return {
    setup: typeof c.setup === "string" ? c.setup : "",
    solution: typeof s.solution === "string" ? s.solution : "",
    tests: [...pub, ...hid],
    limits: {
      timeMs: typeof lim.timeMs === "number" ? lim.timeMs : 5000,
      memoryMb: typeof lim.memoryMb === "number" ? lim.memoryMb : 256,
      outputKb: typeof lim.outputKb === "number" ? lim.outputKb : 64,
    },
    rtol: typeof s.rtol === "number" ? s.rtol : 1e-7,
    atol: typeof s.atol === "number" ? s.atol : 1e-9,
  };
}

interface Run {
  ok: boolean;
  stdout: string;
  error: { type: string; message: string; line?: number | null } | null;
  globals: (name: string) => ExportedValue | undefined;
}

function runOnce(spec: Spec, seed: number, code: string): Run & { stage: "setup" | "code" } {
  const session = new Session({
    timeoutMs: spec.limits.timeMs,
    maxMemoryBytes: spec.limits.memoryMb * 1024 * 1024,
    maxOutputBytes: spec.limits.outputKb * 1024,
  });
  const globals = (name: string) => {
    try {
      return session.getGlobal(name) as ExportedValue | undefined;
    } catch {
      return undefined;
    }
  };
  const unknownError: { type: string; message: string; line?: number | null } = { type: "Error", message: "execution failed" };
  const pre = session.exec(`SEED = ${seed}\n`);
  const setup = pre.ok ? session.exec(spec.setup) : pre;
  if (!setup.ok) return { ok: false, stage: "setup", stdout: "", error: setup.error ?? unknownError, globals };
  const r = session.exec(code);
  const err = r.ok ? null : (r.error ?? unknownError);
  return {
    ok: r.ok,
    stage: "code",
    stdout: r.stdout,
    error: err ? { type: err.type, message: err.message, line: err.line ?? null } : null,
    globals,
  };
}

interface Expected {
  vars: Map<string, ExportedValue | undefined>;
  stdout: string;
  error: string | null;
}
const expectedCache = new Map<string, Expected>();

function expectedFor(version: GradableVersion, spec: Spec, t: SpecTest): Expected {
  const key = `${version.id}\0${t.seed ?? 0}\0${(t.compare ?? []).join(",")}`;
  const hit = expectedCache.get(key);
  if (hit) return hit;
  const ref = runOnce(spec, t.seed ?? 0, spec.solution);
  const e: Expected = {
    vars: new Map((t.compare ?? []).map((n) => [n, ref.ok ? ref.globals(n) : undefined])),
    stdout: ref.stdout,
    error: ref.ok ? null : `${ref.error?.type}: ${ref.error?.message}`,
  };
  if (expectedCache.size > 500) expectedCache.clear();
  expectedCache.set(key, e);
  return e;
}

const msg = (en: string, ja: string) => ({ en, ja });

/** The provisional runner (same contract as runExerciseTests with which: 'all'). */
function provisionalGrade(version: GradableVersion, code: string): GradeReport {
  const spec = specOf(version);
  const tests: TestOutcome[] = [];
  for (const t of spec.tests) {
    const t0 = performance.now();
    const maxPoints = t.points ?? 1;
    const base = { name: t.name, hidden: !!t.hidden, maxPoints };
    const exp = expectedFor(version, spec, t);
    if (exp.error) {
      tests.push({ ...base, passed: false, points: 0, durationMs: performance.now() - t0, feedback: { code: "exercise.item_error", message: msg(`The reference solution failed (${exp.error}); please report this exercise.`, `模範解答の実行に失敗しました（${exp.error}）。この問題を報告してください。`) } });
      continue;
    }
    const got = runOnce(spec, t.seed ?? 0, code);
    if (!got.ok) {
      const e = got.error!;
      const where = e.line != null ? ` on line ${e.line}` : "";
      const feedback =
        e.type === "TimeoutError"
          ? { code: "code.timeout", message: msg("Your code took too long and was stopped. Look for an endless loop.", "実行に時間がかかりすぎたため停止しました。無限ループがないか確認してください。") }
          : e.type === "MemoryError"
            ? { code: "code.memory", message: msg("Your code tried to use too much memory.", "メモリを使いすぎました。") }
            : { code: got.stage === "setup" ? "exercise.setup_error" : "code.runtime_error", message: msg(`Your code raised ${e.type}${where}: ${e.message}`, `${e.line != null ? `${e.line} 行目で` : ""}${e.type} が発生しました：${e.message}`) };
      tests.push({ ...base, passed: false, points: 0, durationMs: performance.now() - t0, feedback, error: e });
      continue;
    }
    let failure: { feedback: unknown; expected?: unknown; got?: unknown } | null = null;
    for (const name of t.compare ?? []) {
      const expected = exp.vars.get(name);
      const actual = got.globals(name);
      if (actual === undefined) {
        failure = { feedback: { code: "code.missing_variable", message: msg(`After running your code, the variable \`${name}\` is not defined.`, `コードを実行した後、変数 \`${name}\` が定義されていません。`) } };
        break;
      }
      if (expected === undefined) continue;
      const cmp = compareValues(actual, expected, { name, rtol: t.rtol ?? spec.rtol, atol: t.atol ?? spec.atol, dtype: "kind" });
      if (!cmp.equal) {
        failure = { feedback: cmp.feedback, expected, got: actual };
        break;
      }
    }
    if (!failure && t.stdout && got.stdout !== exp.stdout) {
      failure = { feedback: { code: "code.stdout", message: msg("The printed output differs from the expected output.", "出力が期待される出力と異なります。") }, expected: exp.stdout, got: got.stdout };
    }
    tests.push({
      ...base,
      passed: !failure,
      points: failure ? 0 : maxPoints,
      durationMs: performance.now() - t0,
      feedback: failure ? failure.feedback : { code: "code.correct", message: msg("Passed.", "合格。") },
      ...(failure && "expected" in failure ? { expected: failure.expected, got: failure.got } : {}),
    });
  }
  const score = tests.reduce((a, t) => a + t.points, 0);
  const maxScore = tests.reduce((a, t) => a + t.maxPoints, 0);
  return { score, maxScore, tests };
}

/** Grades `code` against all tests (public and hidden) of `version`. Synchronous; call it from a pool thread. */
export function gradeSubmissionCode(version: GradableVersion, code: string): GradeReport {
  return provisionalGrade(version, code);
}
