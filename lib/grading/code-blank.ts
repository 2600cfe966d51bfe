/**
 * Code-blank items: the learner fills one blank (`____`) in a Python template
 * with a single line (an expression or a statement). The fill is graded by
 * RUNNING it, not by comparing text, so `np.dot(delta_t, U)`, `delta_t @ U`
 * and `delta_t.dot(U)` are all accepted when the reference is any of them.
 *
 * For each seed in `seeds` (default [0, 1, 2]):
 *   1. reference session: `SEED = <seed>`, then `setup`, then the template with
 *      the reference fill;
 *   2. learner session: the same with the learner's fill;
 *   3. every variable in `compare` is read with getGlobal and compared with
 *      {@link compareValues} (shape exact, any number dtype unless the item says exact, values at rtol/atol).
 * The first failing seed/variable decides the feedback. Each run uses a fresh
 * session, so nothing leaks between seeds or between learner and reference.
 *
 * Fill rules (decided): one physical line only (a trailing newline is
 * ignored), no `;` statement separator outside string literals, at most
 * `maxLength` (default 300) characters, not empty.
 */
import { compareValues, type DtypeCheck, type ExportedValue } from "./array-compare";
import type { FinalGrade } from "./types";
import { fb, final, wrong } from "./util";

/** Subset of engine/index.ts's RunResult the grader relies on. */
export interface RunResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  error?: { type: string; message: string; line?: number | null; traceback?: string } | null;
}

/** Subset of engine/index.ts's Session the grader relies on. */
export interface SessionLike {
  exec(src: string): RunResult;
  getGlobal(name: string): ExportedValue | undefined;
}

export interface SessionLimits {
  timeoutMs: number;
  maxSteps?: number;
}

/** Creates a fresh, isolated Python session (see lib/grading/engine-adapter.ts). */
export type SessionFactory = (limits: SessionLimits) => SessionLike;

export const BLANK = "____";
export const DEFAULT_SEEDS: readonly number[] = [0, 1, 2];
export const DEFAULT_MAX_FILL_LENGTH = 300;
export const DEFAULT_TIMEOUT_MS = 2000;

export interface CodeBlankSpec {
  /** Template shown to the learner, with exactly one blank marker. */
  template: string;
  /** Hidden setup code; may use the pre-defined global SEED (e.g. np.random.seed(SEED)). */
  setup: string;
  /** Reference fill for the blank. */
  reference: string;
  /** Names of the variables to compare after running. */
  compare: readonly string[];
  rtol?: number;
  atol?: number;
  dtype?: DtypeCheck;
  seeds?: readonly number[];
  blank?: string;
  maxLength?: number;
  timeoutMs?: number;
  maxSteps?: number;
}

export interface CodeBlankContext {
  createSession: SessionFactory;
}

export type FillCheck = { ok: true; fill: string } | { ok: false; grade: FinalGrade };

/** Whether `s` contains `ch` outside Python string literals (single/double quotes). */
function hasOutsideStrings(s: string, ch: string): boolean {
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "#")
      return false; // rest is a comment
    else if (c === ch) return true;
  }
  return false;
}

/** Validate the learner's fill before running anything. */
export function checkFill(raw: string | null | undefined, maxLength = DEFAULT_MAX_FILL_LENGTH): FillCheck {
  const fill = (raw ?? "").replace(/[\r\n\s]+$/, "").replace(/^[\r\n]+/, "");
  if (fill.trim() === "") {
    return { ok: false, grade: wrong(fb("code.empty", "The blank is empty.", "空欄が埋められていません。")) };
  }
  if (/[\r\n]/.test(fill)) {
    return {
      ok: false,
      grade: wrong(fb("code.multiline", "Fill the blank with a single line of code.", "空欄には1行のコードだけを書いてください。")),
    };
  }
  if (fill.length > maxLength) {
    return {
      ok: false,
      grade: wrong(
        fb("code.too_long", `The answer is too long (max ${maxLength} characters).`, `解答が長すぎます（最大 ${maxLength} 文字）。`),
      ),
    };
  }
  if (hasOutsideStrings(fill, ";")) {
    return {
      ok: false,
      grade: wrong(
        fb(
          "code.semicolon",
          "Write a single statement or expression: ';' is not allowed in the blank.",
          "空欄には1つの式または文だけを書いてください。「;」は使えません。",
        ),
      ),
    };
  }
  return { ok: true, fill: fill.trim() };
}

/** Insert `fill` into the blank. Throws if the template does not have exactly one blank. */
export function fillTemplate(template: string, fill: string, blank = BLANK): string {
  const first = template.indexOf(blank);
  if (first < 0 || template.indexOf(blank, first + blank.length) >= 0) {
    throw new Error(`template must contain exactly one ${blank}`);
  }
  return template.slice(0, first) + fill + template.slice(first + blank.length);
}

/** 1-based line number of the blank in the template. */
export function blankLine(template: string, blank = BLANK): number {
  const i = template.indexOf(blank);
  return i < 0 ? -1 : template.slice(0, i).split("\n").length;
}

type RunOutcome = { ok: true; session: SessionLike } | { ok: false; stage: "setup" | "template"; error: NonNullable<RunResult["error"]> };

function run(spec: CodeBlankSpec, ctx: CodeBlankContext, seed: number, fill: string): RunOutcome {
  const session = ctx.createSession({
    timeoutMs: spec.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    ...(spec.maxSteps ? { maxSteps: spec.maxSteps } : {}),
  });
  const unknownError = { type: "Error", message: "execution failed" };
  const pre = session.exec(`SEED = ${seed}\n`);
  if (!pre.ok) return { ok: false, stage: "setup", error: pre.error ?? unknownError };
  const s = session.exec(spec.setup);
  if (!s.ok) return { ok: false, stage: "setup", error: s.error ?? unknownError };
  const code = fillTemplate(spec.template, fill, spec.blank ?? BLANK);
  const r = session.exec(code);
  if (!r.ok) return { ok: false, stage: "template", error: r.error ?? unknownError };
  return { ok: true, session };
}

function getGlobal(session: SessionLike, name: string): ExportedValue | undefined {
  try {
    return session.getGlobal(name);
  } catch {
    return undefined;
  }
}

function itemError(en: string, details: Record<string, unknown>): FinalGrade {
  return wrong(
    fb(
      "code.item_error",
      `This question is misconfigured, so your answer could not be graded. Please report it. (${en})`,
      `この問題の設定に誤りがあるため採点できませんでした。報告してください。（${en}）`,
      details,
    ),
  );
}

function learnerError(err: NonNullable<RunResult["error"]>, spec: CodeBlankSpec, seed: number): FinalGrade {
  const details = {
    seed,
    errorType: err.type,
    errorMessage: err.message,
    line: err.line ?? null,
    ...(err.traceback ? { traceback: err.traceback } : {}),
  };
  if (err.type === "TimeoutError") {
    return wrong(
      fb(
        "code.timeout",
        "Your code took too long and was stopped (time or step limit). Look for an endless loop or a very large computation.",
        "実行に時間がかかりすぎたため停止しました（時間またはステップ数の上限）。無限ループや非常に大きな計算がないか確認してください。",
        details,
      ),
    );
  }
  if (err.type === "MemoryError") {
    return wrong(
      fb(
        "code.memory",
        "Your code tried to use too much memory. Check the shapes of the arrays you create.",
        "メモリを使いすぎました。作成している配列の形状を確認してください。",
        details,
      ),
    );
  }
  const bl = blankLine(spec.template, spec.blank ?? BLANK);
  const onBlank = err.line != null && err.line === bl;
  const whereEn = err.line != null ? (onBlank ? " on the line with your blank" : ` on line ${err.line}`) : "";
  const whereJa = err.line != null ? (onBlank ? "空欄の行で" : `${err.line} 行目で`) : "";
  if (err.type === "SyntaxError" || err.type === "IndentationError") {
    return wrong(
      fb(
        "code.syntax_error",
        `Your code is not valid Python${whereEn}: ${err.type}: ${err.message}`,
        `${whereJa}Python の構文エラーがあります：${err.type}: ${err.message}`,
        details,
      ),
    );
  }
  return wrong(
    fb(
      "code.runtime_error",
      `Your code raised ${err.type}${whereEn}: ${err.message}`,
      `${whereJa}${err.type} が発生しました：${err.message}`,
      details,
    ),
  );
}

export function gradeCodeBlank(spec: CodeBlankSpec, response: string | null | undefined, ctx: CodeBlankContext): FinalGrade {
  const check = checkFill(response, spec.maxLength ?? DEFAULT_MAX_FILL_LENGTH);
  if (!check.ok) return check.grade;
  const blank = spec.blank ?? BLANK;
  try {
    fillTemplate(spec.template, "", blank);
  } catch (e) {
    return itemError((e as Error).message, {});
  }
  const seeds = spec.seeds && spec.seeds.length > 0 ? spec.seeds : DEFAULT_SEEDS;
  for (const seed of seeds) {
    const ref = run(spec, ctx, seed, spec.reference);
    if (!ref.ok) return itemError(`reference failed in ${ref.stage}: ${ref.error.type}: ${ref.error.message}`, { seed, stage: ref.stage });
    const got = run(spec, ctx, seed, check.fill);
    if (!got.ok) {
      if (got.stage === "setup") return itemError(`setup failed: ${got.error.type}: ${got.error.message}`, { seed });
      return learnerError(got.error, spec, seed);
    }
    for (const name of spec.compare) {
      const expected = getGlobal(ref.session, name);
      if (expected === undefined) return itemError(`reference does not define ${name}`, { seed, name });
      const actual = getGlobal(got.session, name);
      if (actual === undefined) {
        return wrong(
          fb(
            "code.missing_variable",
            `After running your code, the variable \`${name}\` is not defined.`,
            `コードを実行した後、変数 \`${name}\` が定義されていません。`,
            { seed, name },
          ),
        );
      }
      const cmp = compareValues(actual, expected, {
        name,
        ...(spec.rtol !== undefined ? { rtol: spec.rtol } : {}),
        ...(spec.atol !== undefined ? { atol: spec.atol } : {}),
        dtype: spec.dtype ?? "numeric",
      });
      if (!cmp.equal) {
        return final(false, 0, { ...cmp.feedback, details: { ...(cmp.feedback.details ?? {}), seed, variable: name } });
      }
    }
  }
  return final(
    true,
    1,
    fb(
      "code.correct",
      `Correct: your code gives the expected result on ${seeds.length} test input(s).`,
      `正解です。${seeds.length} 通りのテスト入力で期待される結果が得られました。`,
      {
        seeds: [...seeds],
      },
    ),
  );
}
