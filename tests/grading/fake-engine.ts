/**
 * TEST DOUBLE — NOT the real Python engine.
 *
 * A scripted stand-in for engine/index.ts's Session, used to unit-test the
 * code-blank grader's control flow (seeds, isolation, error mapping, variable
 * comparison) independently of the interpreter. It does not parse Python:
 * each source text passed to exec() must have been registered with a JS
 * handler that mutates the session's globals or throws a FakePyError.
 * Integration with the real engine is tested in code-blank.engine.test.ts.
 */
import type { ExportedValue } from "@/lib/grading/array-compare";
import type { RunResult, SessionFactory, SessionLike, SessionLimits } from "@/lib/grading/code-blank";

export type Globals = Map<string, unknown>;
export type Program = (g: Globals) => void;

export class FakePyError extends Error {
  constructor(
    public type: string,
    message: string,
    public line: number | null = null,
  ) {
    super(message);
  }
}

export class FakeSession implements SessionLike {
  readonly globals: Globals = new Map();
  readonly executed: string[] = [];
  constructor(
    private programs: Map<string, Program>,
    readonly limits: SessionLimits,
  ) {}

  exec(src: string): RunResult {
    this.executed.push(src);
    const key = src.trim();
    const seed = /^SEED = (\d+)$/.exec(key);
    if (seed) {
      this.globals.set("SEED", Number(seed[1]));
      return { ok: true, stdout: "", stderr: "" };
    }
    const prog = this.programs.get(key);
    if (!prog) {
      return {
        ok: false,
        stdout: "",
        stderr: "",
        error: { type: "SyntaxError", message: `fake engine: no program registered for ${JSON.stringify(key)}`, line: 1, traceback: "" },
      };
    }
    try {
      prog(this.globals);
      return { ok: true, stdout: "", stderr: "" };
    } catch (e) {
      if (e instanceof FakePyError)
        return { ok: false, stdout: "", stderr: "", error: { type: e.type, message: e.message, line: e.line, traceback: "" } };
      throw e;
    }
  }

  getGlobal(name: string): ExportedValue | undefined {
    if (!this.globals.has(name)) return undefined;
    return this.globals.get(name) as ExportedValue;
  }
}

export function fakeEngine(programs: Record<string, Program>): { createSession: SessionFactory; sessions: FakeSession[] } {
  const map = new Map(Object.entries(programs).map(([k, v]) => [k.trim(), v]));
  const sessions: FakeSession[] = [];
  return {
    sessions,
    createSession: (limits) => {
      const s = new FakeSession(map, limits);
      sessions.push(s);
      return s;
    },
  };
}

// --- tiny NumPy-ish helpers for handlers --------------------------------------------

export interface Arr {
  py: "ndarray";
  dtype: string;
  shape: number[];
  data: number[];
}

export function arr(shape: number[], data: number[], dtype = "float64"): Arr {
  return { py: "ndarray", dtype, shape, data };
}

/** Deterministic pseudo-random array for a seed (stands in for np.random.randn). */
export function randArr(shape: number[], seed: number, salt: number): Arr {
  let a = (seed * 7919 + salt * 104729 + 1) >>> 0;
  const n = shape.reduce((x, y) => x * y, 1);
  const data: number[] = [];
  for (let i = 0; i < n; i++) {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    data.push(a / 2 ** 32 - 0.5);
  }
  return arr(shape, data);
}

export function matmul(a: Arr, b: Arr): Arr {
  const [n, k] = a.shape as [number, number];
  const [k2, m] = b.shape as [number, number];
  if (k !== k2)
    throw new FakePyError(
      "ValueError",
      `matmul: Input operand 1 has a mismatch in its core dimension 0 (size ${k2} is different from ${k})`,
      1,
    );
  const out = new Array<number>(n * m).fill(0);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) for (let t = 0; t < k; t++) out[i * m + j]! += a.data[i * k + t]! * b.data[t * m + j]!;
  return arr([n, m], out);
}

export function transpose(a: Arr): Arr {
  const [n, m] = a.shape as [number, number];
  const out: number[] = [];
  for (let j = 0; j < m; j++) for (let i = 0; i < n; i++) out.push(a.data[i * m + j]!);
  return arr([m, n], out);
}

export function mulElementwiseBroadcastRow(a: Arr, b: Arr): Arr {
  // a (1, n) * b (n, n) → (n, n)  (row broadcast)
  const n = b.shape[0]!;
  const m = b.shape[1]!;
  const out: number[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) out.push(a.data[j]! * b.data[i * m + j]!);
  return arr([n, m], out);
}
