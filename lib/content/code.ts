// Runs the Python behind code_blank items with the same in-process engine sessions the graders use
// (lib/grading/code-blank.ts SessionFactory): `SEED = <seed>`, then the setup, then the program. Also used by
// tests/content/python-reference.test.ts to compare the engine with CPython. Code EXERCISES are run and graded
// only by lib/exercises/run-tests.ts (runExerciseTests).
import { compareValues, type ExportedValue } from "../grading/array-compare";
import type { SessionFactory } from "../grading/code-blank";

export type ProgramRun =
  | { ok: true; values: Record<string, ExportedValue | undefined>; stdout: string }
  | { ok: false; stage: "setup" | "program"; error: string };

export interface ProgramSpec {
  setup: string;
  code: string;
  seed: number;
  /** Globals to read after the run. */
  compare: readonly string[];
  timeoutMs: number;
}

function errorText(e: { type: string; message: string; line?: number | null } | undefined | null): string {
  if (!e) return "execution failed";
  return `${e.type}: ${e.message}${e.line != null ? ` (line ${e.line})` : ""}`;
}

/** Runs one program in a fresh session and reads the compared globals and the program's stdout. */
export function runProgram(createSession: SessionFactory, spec: ProgramSpec): ProgramRun {
  const session = createSession({ timeoutMs: spec.timeoutMs });
  const pre = session.exec(`SEED = ${spec.seed}\n`);
  if (!pre.ok) return { ok: false, stage: "setup", error: errorText(pre.error) };
  const s = session.exec(spec.setup);
  if (!s.ok) return { ok: false, stage: "setup", error: errorText(s.error) };
  const r = session.exec(spec.code);
  if (!r.ok) return { ok: false, stage: "program", error: errorText(r.error) };
  const values: Record<string, ExportedValue | undefined> = {};
  for (const name of spec.compare) {
    try {
      values[name] = session.getGlobal(name);
    } catch {
      values[name] = undefined;
    }
  }
  return { ok: true, values, stdout: r.stdout };
}

/**
 * Whether `got` reproduces `want` (compared globals with the graders' array comparison, stdout exactly
 * when `stdout`). Returns null when equal, else a short reason.
 */
export function differs(
  got: ProgramRun,
  want: Extract<ProgramRun, { ok: true }>,
  opts: { rtol: number; atol: number; stdout?: boolean },
): string | null {
  if (!got.ok) return `${got.stage === "setup" ? "setup failed: " : ""}${got.error}`;
  for (const [name, expected] of Object.entries(want.values)) {
    const actual = got.values[name];
    if (actual === undefined) return `${name} is not defined`;
    if (expected === undefined) continue;
    const cmp = compareValues(actual, expected, { name, rtol: opts.rtol, atol: opts.atol, dtype: "exact" });
    if (!cmp.equal) return cmp.feedback.message.en;
  }
  if (opts.stdout && got.stdout !== want.stdout) return "printed output differs";
  return null;
}
