// Runs programs in CPython + NumPy (one python3 process per batch, scripts/fuzz/python-batch.py) and in the engine,
// and compares them with the corpus's own comparator (tests/engine/corpus/compare.ts): the same rules as the corpus.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { runPython } from "../../engine/index";
import { compareRun, type ExpectedRecording } from "../../tests/engine/corpus/compare";

const BATCH = path.join(import.meta.dirname, "python-batch.py");

export function recordInPython(sources: string[]): ExpectedRecording[] {
  if (!sources.length) return [];
  const out = execFileSync("python3", [BATCH], {
    input: JSON.stringify(sources),
    maxBuffer: 256 * 1024 * 1024,
    encoding: "utf8",
    timeout: 600_000,
    // the OpenBLAS kernels the corpus is recorded with (scripts/corpus-record.py)
    env: { ...process.env, OPENBLAS_CORETYPE: "Haswell", OPENBLAS_NUM_THREADS: "1" },
  });
  return JSON.parse(out) as ExpectedRecording[];
}

/** The tag of a divergence that is only float32 last digits (see divergence). */
export const FLOAT32_DIGITS = "[float32 last digits] ";
/** within about two float32 ulps: NumPy's float32 SVML transcendentals and BLAS kernels the engine does not reproduce */
const FLOAT32_RTOL = 3e-7;

/**
 * Why the engine's run of `source` differs from `expected` (null: it matches). A program that uses float32 and
 * matches within FLOAT32_RTOL is tagged FLOAT32_DIGITS: still a divergence, but a known kind (engine/ndarray/index.ts).
 */
export function divergence(source: string, expected: ExpectedRecording): string | null {
  try {
    const r = runPython(source, { timeoutMs: 20_000 });
    const why = compareRun(expected, r);
    if (why === null || !source.includes("float32")) return why;
    return compareRun(expected, r, { rtol: FLOAT32_RTOL }) === null ? FLOAT32_DIGITS + why : why;
  } catch (e) {
    return `engine threw (crash, not a Python error): ${(e as Error)?.stack ?? String(e)}`;
  }
}

/** The divergences among `sources` (index → reason). */
export function differences(sources: string[]): Map<number, string> {
  const expected = recordInPython(sources);
  const found = new Map<number, string>();
  sources.forEach((s, i) => {
    const d = divergence(s, expected[i]!);
    if (d !== null) found.set(i, d);
  });
  return found;
}
