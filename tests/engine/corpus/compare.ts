/**
 * Token-wise comparison of program output for the differential corpus.
 *
 * Output is split into lines (the line structure must match exactly), and each
 * line into tokens: runs of whitespace, numbers, words (identifiers such as
 * `int64`, `nan`, `True`) and single punctuation characters, so that
 * `[[ 1.23456789 -2.5e-05]` becomes `[`, `[`, ` `, `1.23456789`, ` `, `-2.5e-05`, `]`.
 *
 * - Whitespace and punctuation and word tokens must match exactly (so NumPy's
 *   column alignment is checked).
 * - Number tokens match if their text is identical, or if both are written as
 *   floats (contain `.` or an exponent), their values differ, and the difference
 *   is within rtol 1e-9 / atol 1e-12.  Numerically equal numbers written
 *   differently (`1.` vs `1.0`, `0.` vs `-0.`) are a formatting difference and
 *   do NOT match; neither do integers that differ at all (big ints are compared
 *   as text).
 * - A program may loosen the tolerance with a header comment
 *   `# corpus: rtol=1e-5` (used for float32 pipelines, whose BLAS summation
 *   order even differs between CPython runs); whitespace within a line is
 *   then ignored (column padding follows the printed digits).
 */

export const RTOL = 1e-9;
export const ATOL = 1e-12;

export type TokenKind = "space" | "number" | "word" | "punct";
export interface Token {
  kind: TokenKind;
  text: string;
}

// Order matters: words first (so `int64`, `x1` are one token), then numbers.
const TOKEN_RE = /(\s+)|([A-Za-z_\u00c0-\uffff][A-Za-z0-9_\u00c0-\uffff]*)|([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)|([\s\S])/gy;

export function tokenize(line: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN_RE.lastIndex < line.length && (m = TOKEN_RE.exec(line)) !== null) {
    if (m[1] !== undefined) out.push({ kind: "space", text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: "word", text: m[2] });
    else if (m[3] !== undefined) {
      // A sign directly after a word or number character is a binary operator
      // (`x-1`, `2-3j`): split it off so that `x-1` and `x+1` do not both look like "x", number.
      const prev = out[out.length - 1];
      const signed = m[3][0] === "+" || m[3][0] === "-";
      if (signed && prev && (prev.kind === "word" || prev.kind === "number")) {
        out.push({ kind: "punct", text: m[3][0] });
        out.push({ kind: "number", text: m[3].slice(1) });
      } else {
        out.push({ kind: "number", text: m[3] });
      }
    } else out.push({ kind: "punct", text: m[4] });
  }
  return out;
}

function isFloatText(t: string): boolean {
  return /[.eE]/.test(t);
}

/** Whether two number tokens match (see module doc). */
export function numbersMatch(expected: string, actual: string, rtol = RTOL, atol = ATOL): boolean {
  if (expected === actual) return true;
  if (!isFloatText(expected) || !isFloatText(actual)) return false;
  const a = Number(expected);
  const b = Number(actual);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  if (a === b) return false; // same value, different spelling: a formatting difference
  return Math.abs(a - b) <= atol + rtol * Math.abs(a);
}

export interface Tolerance {
  rtol?: number;
  atol?: number;
}

export function tokensMatch(e: Token, a: Token, tol: Tolerance = {}): boolean {
  if (e.kind === "number" && a.kind === "number") return numbersMatch(e.text, a.text, tol.rtol ?? RTOL, tol.atol ?? ATOL);
  return e.kind === a.kind && e.text === a.text;
}

export interface Mismatch {
  /** 1-based line number */
  line: number;
  /** 0-based token index within the line (-1 when the line counts differ) */
  token: number;
  expectedLine: string | undefined;
  actualLine: string | undefined;
  expectedToken?: string;
  actualToken?: string;
  message: string;
}

function show(s: string | undefined): string {
  return s === undefined ? "<no line>" : JSON.stringify(s);
}

function clip(s: string, n = 300): string {
  return s.length > n ? s.slice(0, n) + "…" : s;
}

/** Compare one line; returns the index of the first mismatching token or -1. */
export function compareLine(expected: string, actual: string, tol: Tolerance = {}): { index: number; e?: Token; a?: Token } {
  // With a loosened tolerance, numbers may print with a different number of
  // digits, which shifts NumPy's column padding: whitespace is then ignored
  // within a line (tokens stay separated, and the line structure still counts).
  const loose = (tol.rtol ?? RTOL) > RTOL;
  const keep = (t: Token) => !loose || t.kind !== "space";
  const et = tokenize(expected).filter(keep);
  const at = tokenize(actual).filter(keep);
  const n = Math.max(et.length, at.length);
  for (let i = 0; i < n; i++) {
    const e = et[i];
    const a = at[i];
    if (!e || !a || !tokensMatch(e, a, tol)) return { index: i, e, a };
  }
  return { index: -1 };
}

/**
 * Compare two texts line by line, token by token.  Returns null when they
 * match, else a description of the first difference.
 */
export function compareText(expected: string, actual: string, what = "stdout", tol: Tolerance = {}): Mismatch | null {
  const el = expected.split("\n");
  const al = actual.split("\n");
  const n = Math.max(el.length, al.length);
  for (let i = 0; i < n; i++) {
    const e = el[i];
    const a = al[i];
    if (e === undefined || a === undefined) {
      const message =
        `${what}: line count differs (expected ${el.length}, got ${al.length} lines); ` +
        `first difference at line ${i + 1}:\n  expected: ${clip(show(e))}\n  actual:   ${clip(show(a))}`;
      return { line: i + 1, token: -1, expectedLine: e, actualLine: a, message };
    }
    const r = compareLine(e, a, tol);
    if (r.index >= 0) {
      const counts = el.length !== al.length ? ` (line count differs: expected ${el.length}, got ${al.length} lines)` : "";
      const message =
        `${what}: line ${i + 1}, token ${r.index + 1}: expected ${r.e ? JSON.stringify(r.e.text) : "<end of line>"}` +
        `, got ${r.a ? JSON.stringify(r.a.text) : "<end of line>"}${counts}` +
        `\n  expected: ${clip(show(e))}\n  actual:   ${clip(show(a))}`;
      return {
        line: i + 1,
        token: r.index,
        expectedLine: e,
        actualLine: a,
        expectedToken: r.e?.text,
        actualToken: r.a?.text,
        message,
      };
    }
  }
  return null;
}

export interface ExpectedRecording {
  stdout: string;
  exitCode: number;
  error: { type: string; message: string; line?: number | null; inHelperModule?: boolean } | null;
  /**
   * The stderr the engine must print (token-compared): recorded for programs headed `# corpus: traceback` (the full
   * traceback CPython shows), or given by an engine override (<name>.engine-override.json).
   */
  stderr?: string;
}

export interface EngineResultLike {
  ok: boolean;
  stdout: string;
  stderr?: string;
  error?: { type: string; message: string; line?: number; traceback?: string };
}

/**
 * Compare an engine result against a recording.  Returns null when it
 * matches, else a human-readable explanation of the first difference.
 */
export function compareRun(expected: ExpectedRecording, actual: EngineResultLike, tol: Tolerance = {}): string | null {
  const problems: string[] = [];
  const out = compareText(expected.stdout, actual.stdout ?? "", "stdout", tol);
  if (expected.error === null) {
    if (!actual.ok || actual.error) {
      const err = actual.error;
      problems.push(
        `expected the program to succeed, but the engine raised ${err ? `${err.type}: ${clip(err.message)}` : "(no error object, ok=false)"}` +
          (err?.line !== undefined ? ` at line ${err.line}` : ""),
      );
    }
  } else {
    const ee = expected.error;
    const ae = actual.error;
    if (actual.ok || !ae) {
      problems.push(`expected ${ee.type}: ${clip(ee.message)}, but the engine reported no error`);
    } else if (ae.type !== ee.type) {
      problems.push(`expected error ${ee.type}: ${clip(ee.message)}\n  got error ${ae.type}: ${clip(ae.message)}`);
    } else {
      const m = compareText(ee.message, ae.message ?? "", `${ee.type} message`, tol);
      if (m) problems.push(m.message);
      // The line the error is reported at (what the editor highlights). Not
      // checked when the error was raised inside a helper module, nor when the
      // engine reports no line.
      if (ee.line != null && !ee.inHelperModule && ae.line !== undefined && ae.line !== ee.line) {
        problems.push(`${ee.type} reported at line ${ae.line}, expected line ${ee.line}`);
      }
    }
  }
  if (out) problems.push(out.message);
  if (typeof expected.stderr === "string") {
    const er = compareText(expected.stderr, actual.stderr ?? "", "stderr", tol);
    if (er) problems.push(er.message);
  }
  return problems.length ? problems.join("\n") : null;
}
