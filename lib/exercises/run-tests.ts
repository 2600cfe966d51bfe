// THE implementation of "run an exercise's tests". Used by content:check, exercises:check, the grade CLI, the
// server grader and the browser Run worker, so it is PURE TypeScript (engine + comparison, no Node APIs).
//
// Per test: a fresh engine Session with the exercise's own limits; `SEED = <seed>`; setup.py (file "setup.py");
// the learner's code (file "main.py", so error lines are the learner's own); then the test's calls and asserts
// (file "<test>"). Compared globals, call results and stdout are checked against the reference's expected values
// (precomputed from the solution, see computeExpectations) with lib/grading/array-compare: shape and dtype (any number type unless the test says exact)
// exactly, values at rtol/atol. Every test scores on its own (partial credit); a timeout or MemoryError fails
// only the test it happens in.
import { checkSyntax, Session } from "../../engine/core";
import { compareValues, formatShape, type ExportedValue } from "../grading/array-compare";
import type {
  ExpectedValues,
  GradeReport,
  LocalizedText,
  ReferenceTable,
  RunExerciseInput,
  RunLimits,
  TestFeedback,
  TestOutcome,
  TestSpec,
} from "./types";

export type * from "./types";

export const LEARNER_FILE = "main.py";
export const SETUP_FILE = "setup.py";
const TEST_FILE = "<test>";
const CALL_VAR = "__kakunin_call";
const ASSERT_VAR = "__kakunin_assert";

const now = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());
const t = (en: string, ja: string): LocalizedText => ({ en, ja });
const fb = (code: string, message: LocalizedText, details?: unknown): TestFeedback =>
  details === undefined ? { code, message } : { code, message, details };

interface PyError {
  type: string;
  message: string;
  line?: number;
  traceback: string;
}

function newSession(limits: RunLimits, modules?: Record<string, string>): Session {
  return new Session({
    timeoutMs: limits.timeMs,
    maxMemoryBytes: limits.memoryMb * 1024 * 1024,
    maxOutputBytes: limits.outputKb * 1024,
    ...(limits.maxSteps !== undefined ? { maxSteps: limits.maxSteps } : {}),
    ...(modules ? { modules } : {}),
  });
}

/** The innermost line of the learner's file in a traceback (undefined when the error is not in their code). */
export function learnerLine(traceback: string): number | undefined {
  let line: number | undefined;
  for (const m of traceback.matchAll(/File "main\.py", line (\d+)/g)) line = Number(m[1]);
  return line;
}

/** A program run for one test: the session after setup + code, or where it failed. */
type Stage = "setup" | "code" | "check";
type ProgramState = { ok: true; session: Session; stdout: string } | { ok: false; stage: Stage; error: PyError };

function runProgram(
  input: { setup: string; code: string; modules?: Record<string, string>; limits: RunLimits },
  seed: number,
): ProgramState {
  const session = newSession(input.limits, input.modules);
  const pre = session.exec(`SEED = ${seed}\n`, SETUP_FILE);
  if (!pre.ok) return { ok: false, stage: "setup", error: pre.error! };
  const s = session.exec(input.setup, SETUP_FILE);
  if (!s.ok) return { ok: false, stage: "setup", error: s.error! };
  const r = session.exec(input.code, LEARNER_FILE);
  if (!r.ok) return { ok: false, stage: "code", error: r.error! };
  return { ok: true, session, stdout: r.stdout };
}

function evalIn(
  session: Session,
  target: string,
  expr: string,
): { ok: true; value: ExportedValue | undefined } | { ok: false; error: PyError } {
  const r = session.exec(`${target} = ${expr}\n`, TEST_FILE);
  if (!r.ok) return { ok: false, error: r.error! };
  return { ok: true, value: session.getGlobal(target) };
}

export const callLabel = (c: { fn: string; args: string }): string => `${c.fn}(${c.args})`;

/**
 * Runs the reference solution on every test and records what it produces. Throws with a readable message when
 * the solution fails or does not define a compared variable (content errors, reported by the checks).
 */
export function computeExpectations(input: {
  setup: string;
  solution: string;
  tests: readonly TestSpec[];
  limits: RunLimits;
  modules?: Record<string, string>;
}): ReferenceTable {
  const out: ReferenceTable = {};
  for (const test of input.tests) {
    const where = `test ${test.name} (SEED = ${test.seed})`;
    const run = runProgram({ ...input, code: input.solution }, test.seed);
    if (!run.ok)
      throw new Error(
        `${where}: the ${run.stage === "setup" ? "setup" : "solution"} fails: ${run.error.type}: ${run.error.message}${run.error.line ? ` (line ${run.error.line})` : ""}`,
      );
    const values: Record<string, ExportedValue> = {};
    for (const name of test.compare) {
      const v = run.session.getGlobal(name);
      if (v === undefined) throw new Error(`${where}: the solution does not define ${name}`);
      values[name] = v;
    }
    const calls: ExportedValue[] = [];
    test.calls.forEach((c, k) => {
      const r = evalIn(run.session, `${CALL_VAR}_${k}`, callLabel(c));
      if (!r.ok) throw new Error(`${where}: ${callLabel(c)} fails on the solution: ${r.error.type}: ${r.error.message}`);
      calls.push(r.value ?? null);
    });
    for (const a of test.asserts) {
      const r = evalIn(run.session, ASSERT_VAR, `bool(${a.expr})`);
      if (!r.ok || r.value !== true)
        throw new Error(`${where}: the solution does not satisfy ${a.expr}${r.ok ? "" : `: ${r.error.type}: ${r.error.message}`}`);
    }
    out[test.name] = { values, calls, stdout: run.stdout };
  }
  return out;
}

/** Short human-readable preview of an exported value. */
export function preview(v: ExportedValue | undefined, max = 8): string {
  if (v === undefined) return "(not defined)";
  if (v === null) return "None";
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "string") return JSON.stringify(v.length > 200 ? v.slice(0, 200) + "…" : v);
  const o = v as { py: string; [k: string]: unknown };
  if (o.py === "ndarray") {
    const a = o as unknown as { dtype: string; shape: number[]; data: unknown[] };
    const head = a.data.slice(0, max).map((x) => (typeof x === "number" ? Number(x.toPrecision(6)) : x));
    return `array(shape=${formatShape(a.shape)}, dtype=${a.dtype}) [${head.join(", ")}${a.data.length > max ? ", …" : ""}]`;
  }
  if (o.py === "scalar") return `${o.dtype as string}(${String(o.value)})`;
  if (o.py === "list" || o.py === "tuple") {
    const items = o.items as ExportedValue[];
    const inner = items.slice(0, max).map((x) => preview(x, 3));
    const body = inner.join(", ") + (items.length > max ? ", …" : "");
    return o.py === "list" ? `[${body}]` : `(${body}${items.length === 1 ? "," : ""})`;
  }
  if (o.py === "int") return String(o.value);
  if (o.py === "other") return String(o.repr);
  return JSON.stringify(v).slice(0, 200);
}

function errorFeedback(err: PyError, stage: Stage): { feedback: TestFeedback; error: NonNullable<TestOutcome["error"]> } {
  const line = learnerLine(err.traceback);
  const inLearnerCode = line !== undefined;
  const where = line !== undefined ? t(` (line ${line})`, `（${line}行目）`) : t("", "");
  const error = { type: err.type, message: err.message, ...(line !== undefined ? { line } : {}), inLearnerCode };
  if (err.type === "TimeoutError")
    return {
      error,
      feedback: fb(
        "exercise.timeout",
        t(
          `Time limit exceeded${where.en}: ${err.message}. Look for an infinite loop or needless work.`,
          `実行時間の上限を超えました${where.ja}：${err.message}。無限ループや不要な計算がないか確認してください。`,
        ),
      ),
    };
  if (err.type === "MemoryError")
    return {
      error,
      feedback: fb(
        "exercise.memory",
        t(`Memory limit exceeded${where.en}: ${err.message}.`, `メモリの上限を超えました${where.ja}：${err.message}。`),
      ),
    };
  if (stage === "setup")
    return {
      error,
      feedback: fb(
        "exercise.setup_error",
        t(
          `The exercise setup failed (not your code): ${err.type}: ${err.message}`,
          `課題の準備コードが失敗しました（解答の問題ではありません）：${err.type}: ${err.message}`,
        ),
      ),
    };
  return {
    error,
    feedback: fb("exercise.error", t(`${err.type}${where.en}: ${err.message}`, `${err.type}${where.ja}：${err.message}`), {
      traceback: err.traceback,
    }),
  };
}

function resolveReference(ref: RunExerciseInput["reference"]): () => ReferenceTable | undefined {
  let cache: ReferenceTable | undefined;
  return () => {
    if (cache) return cache;
    cache = typeof ref === "function" ? ref() : ref;
    return cache;
  };
}

function runOne(input: RunExerciseInput, test: TestSpec, reference: () => ReferenceTable | undefined): Omit<TestOutcome, "durationMs"> {
  const base = { name: test.name, hidden: test.hidden, maxPoints: test.points };
  const fail = (feedback: TestFeedback, extra: Partial<TestOutcome> = {}) => ({ ...base, passed: false, points: 0, feedback, ...extra });
  const needsRef = test.compare.length > 0 || test.calls.length > 0 || test.stdout;
  let expected: ExpectedValues | undefined;
  if (needsRef) {
    expected = reference()?.[test.name];
    if (!expected)
      return fail(
        fb(
          "exercise.no_reference",
          t(`Internal error: no expected values for test ${test.name}.`, `内部エラー：テスト ${test.name} の期待値がありません。`),
        ),
      );
  }
  const run = runProgram(input, test.seed);
  if (!run.ok) return fail(...withError(errorFeedback(run.error, run.stage)));
  const rtol = test.rtol ?? input.rtol;
  const atol = test.atol ?? input.atol;
  const show = (e: ExportedValue | undefined, g: ExportedValue | undefined) =>
    test.hidden ? {} : { expected: preview(e), got: preview(g) };

  for (const name of test.compare) {
    const got = run.session.getGlobal(name);
    const want = expected!.values[name]!;
    if (got === undefined)
      return fail(
        fb("exercise.missing_variable", t(`Your code does not define \`${name}\`.`, `解答のコードで \`${name}\` が定義されていません。`), {
          name,
        }),
        show(want, got),
      );
    const cmp = compareValues(got, want, { name, rtol, atol, dtype: test.dtype ?? "numeric" });
    if (!cmp.equal) return fail(cmpFeedback(cmp.feedback, test.hidden), show(want, got));
  }
  for (const [k, c] of test.calls.entries()) {
    const label = callLabel(c);
    const r = evalIn(run.session, `${CALL_VAR}_${k}`, label);
    if (!r.ok) return fail(...withError(errorFeedback(r.error, "check")));
    const want = expected!.calls[k]!;
    const got = r.value ?? null;
    const cmp = compareValues(got, want, { name: label, rtol, atol, dtype: test.dtype ?? "numeric" });
    if (!cmp.equal) return fail(cmpFeedback(cmp.feedback, test.hidden), show(want, got));
  }
  if (test.stdout && run.stdout !== expected!.stdout) {
    return fail(
      fb("exercise.stdout", t("The printed output differs from the expected output.", "出力（print）の内容が期待と異なります。")),
      test.hidden ? {} : { expected: JSON.stringify(expected!.stdout.slice(0, 500)), got: JSON.stringify(run.stdout.slice(0, 500)) },
    );
  }
  for (const a of test.asserts) {
    const r = evalIn(run.session, ASSERT_VAR, `bool(${a.expr})`);
    if (!r.ok) return fail(...withError(errorFeedback(r.error, "check")));
    if (r.value !== true) return fail(fb("exercise.assert", a.message, { expr: a.expr }));
  }
  return { ...base, passed: true, points: test.points, feedback: fb("exercise.pass", t("Passed.", "正解です。")) };
}

function withError(x: { feedback: TestFeedback; error: NonNullable<TestOutcome["error"]> }): [TestFeedback, Partial<TestOutcome>] {
  return [x.feedback, { error: x.error }];
}

/** Comparison feedback; for hidden tests only the diagnosis, not the structured details with values. */
function cmpFeedback(f: { code: string; message: LocalizedText; details?: Record<string, unknown> }, hidden: boolean): TestFeedback {
  const code = `exercise.mismatch.${f.code.replace(/^[a-z]+\./, "")}`;
  return hidden || f.details === undefined ? fb(code, f.message) : fb(code, f.message, f.details);
}

/** Runs the learner's code against the exercise's tests ('public' for the browser Run, 'all' for grading). */
export function runExerciseTests(input: RunExerciseInput): GradeReport {
  const tests = input.which === "public" ? input.tests.filter((x) => !x.hidden) : input.tests;
  const maxScore = tests.reduce((s, x) => s + x.points, 0);
  const syntax = checkSyntax(input.code);
  if (syntax) {
    const line = syntax.line ?? 1;
    const col = syntax.col ?? 1;
    const message = t(
      `SyntaxError (line ${line}, column ${col}): ${syntax.message}`,
      `構文エラー（${line}行目、${col}列）：${syntax.message}`,
    );
    return {
      score: 0,
      maxScore,
      syntaxError: { message: syntax.message, line, col },
      tests: tests.map((x) => ({
        name: x.name,
        hidden: x.hidden,
        passed: false,
        points: 0,
        maxPoints: x.points,
        durationMs: 0,
        feedback: fb("exercise.syntax_error", message),
        error: { type: syntax.type, message: syntax.message, line, inLearnerCode: true },
      })),
    };
  }
  const reference = resolveReference(input.reference);
  const outcomes: TestOutcome[] = [];
  for (const test of tests) {
    const t0 = now();
    let o: Omit<TestOutcome, "durationMs">;
    try {
      o = runOne(input, test, reference);
    } catch (e) {
      o = {
        name: test.name,
        hidden: test.hidden,
        passed: false,
        points: 0,
        maxPoints: test.points,
        feedback: fb(
          "exercise.internal",
          t(`Internal error while grading: ${(e as Error).message}`, `採点中の内部エラー：${(e as Error).message}`),
        ),
      };
    }
    outcomes.push({ ...o, durationMs: Math.round((now() - t0) * 10) / 10 });
    if (input.stopAtFirstFailure && !o.passed) break;
  }
  return { score: outcomes.reduce((s, o) => s + o.points, 0), maxScore, tests: outcomes };
}
