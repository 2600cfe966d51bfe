/**
 * Shared plumbing for the differential corpus: finding programs, loading
 * recordings and helper modules, the known-failures list, and running one
 * program through the engine.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compareRun, type EngineResultLike, type ExpectedRecording, type Tolerance } from "./compare";

export const CORPUS_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(CORPUS_DIR, "../../..");
export const MODULES_DIR = path.join(CORPUS_DIR, "_modules");
export const KNOWN_FAILURES_FILE = path.join(CORPUS_DIR, "KNOWN_FAILURES.txt");
/** The engine module; CORPUS_ENGINE overrides it (e.g. to test the harness itself). */
export const ENGINE_PATH = process.env.CORPUS_ENGINE ? path.resolve(process.env.CORPUS_ENGINE) : path.join(REPO_ROOT, "engine", "index.ts");

/** Per-program engine time limit (ms). */
export const PROGRAM_TIMEOUT_MS = 60_000;

export type RunPython = (
  source: string,
  options?: { timeoutMs?: number; modules?: Record<string, string>; filename?: string },
) => EngineResultLike & { plots?: unknown[]; steps?: number };

/** All program paths relative to the corpus dir, e.g. "py_core/closures.py". */
export function listPrograms(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const ent of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (ent.name.startsWith("_") || ent.name.startsWith(".")) continue;
      const full = path.join(dir, ent.name);
      if (ent.isDirectory()) walk(full);
      else if (ent.name.endsWith(".py")) out.push(path.relative(CORPUS_DIR, full).split(path.sep).join("/"));
    }
  };
  walk(CORPUS_DIR);
  return out.sort();
}

/**
 * The expected result of a program: its CPython recording, or — for a deliberate, documented deviation of the
 * engine from the recorded NumPy — the sibling `<name>.engine-override.json` (same format as the recording, plus
 * a required "why" and optionally "stderr", which the engine's stderr must then match).
 */
export function loadExpected(rel: string): ExpectedRecording {
  const ov = path.join(CORPUS_DIR, rel.replace(/\.py$/, ".engine-override.json"));
  if (fs.existsSync(ov)) {
    const o = JSON.parse(fs.readFileSync(ov, "utf8")) as ExpectedRecording & { why?: string };
    if (typeof o.why !== "string" || !o.why.trim()) throw new Error(`${ov}: an engine override needs a "why"`);
    return o;
  }
  const p = path.join(CORPUS_DIR, rel.replace(/\.py$/, ".expected.json"));
  if (!fs.existsSync(p)) throw new Error(`no recording for ${rel}: run \`npm run corpus:record\``);
  return JSON.parse(fs.readFileSync(p, "utf8")) as ExpectedRecording;
}

export function loadSource(rel: string): string {
  return fs.readFileSync(path.join(CORPUS_DIR, rel), "utf8");
}

/** Helper modules keyed by dotted name: _modules/common/functions.py -> "common.functions". */
export function loadModules(): Record<string, string> {
  const mods: Record<string, string> = {};
  if (!fs.existsSync(MODULES_DIR)) return mods;
  const walk = (dir: string) => {
    for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, ent.name);
      if (ent.isDirectory()) {
        if (ent.name !== "__pycache__") walk(full);
      } else if (ent.name.endsWith(".py")) {
        const parts = path.relative(MODULES_DIR, full).replace(/\.py$/, "").split(path.sep);
        if (parts[parts.length - 1] === "__init__") parts.pop();
        mods[parts.join(".")] = fs.readFileSync(full, "utf8");
      }
    }
  };
  walk(MODULES_DIR);
  return mods;
}

export interface KnownFailure {
  path: string;
  /** the first difference (rewritten from the engine's run by update-known-failures.ts) */
  reason: string;
  /** why the engine is not fixed for it, written by hand in parentheses before the reason; kept across rewrites */
  why?: string;
}

export function readKnownFailures(): Map<string, KnownFailure> {
  const map = new Map<string, KnownFailure>();
  if (!fs.existsSync(KNOWN_FAILURES_FILE)) return map;
  for (const raw of fs.readFileSync(KNOWN_FAILURES_FILE, "utf8").split("\n")) {
    const hash = raw.indexOf("#");
    const p = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (!p) continue;
    let reason = hash >= 0 ? raw.slice(hash + 1).trim() : "";
    let why: string | undefined;
    // the parenthesised note (parentheses inside it balanced)
    for (let i = 0, depth = 0; reason.startsWith("(") && i < reason.length; i++) {
      depth += reason[i] === "(" ? 1 : reason[i] === ")" ? -1 : 0;
      if (depth === 0) {
        why = reason.slice(1, i);
        reason = reason.slice(i + 1).trim();
        break;
      }
    }
    map.set(p, { path: p, reason, ...(why !== undefined ? { why } : {}) });
  }
  return map;
}

export function writeKnownFailures(entries: KnownFailure[]): void {
  const header = [
    "# Corpus programs the engine is known to get wrong (a ratchet, not a skip).",
    "# Each listed program is asserted to still FAIL: when the engine is fixed, the",
    "# test fails until the line is removed. Regenerate with:",
    "#   npx tsx tests/engine/corpus/update-known-failures.ts",
    "# Format: <path relative to tests/engine/corpus>  # (<why it stays, by hand>) <first difference>",
  ];
  const lines = entries
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((e) => {
      const text = (e.why ? `(${e.why}) ` : "") + e.reason.replace(/\s+/g, " ").slice(0, 160);
      return text ? `${e.path}  # ${text}` : e.path;
    });
  fs.writeFileSync(KNOWN_FAILURES_FILE, header.concat(lines).join("\n") + "\n");
}

let enginePromise: Promise<RunPython> | undefined;

/** Load engine/index.ts; rejects with a clear message if it does not exist or has no runPython. */
export function loadEngine(): Promise<RunPython> {
  enginePromise ??= (async () => {
    if (!fs.existsSync(ENGINE_PATH)) {
      throw new Error(`engine not found: ${path.relative(REPO_ROOT, ENGINE_PATH)} does not exist yet`);
    }
    const mod = (await import(/* @vite-ignore */ ENGINE_PATH)) as { runPython?: RunPython };
    if (typeof mod.runPython !== "function") {
      throw new Error(`${path.relative(REPO_ROOT, ENGINE_PATH)} does not export runPython()`);
    }
    return mod.runPython;
  })();
  return enginePromise;
}

/**
 * Per-program tolerance from a header comment in the first lines of the program:
 *   # corpus: rtol=1e-5 atol=1e-9
 */
export function programTolerance(source: string): Tolerance {
  const tol: Tolerance = {};
  for (const line of source.split("\n").slice(0, 10)) {
    const m = /^#\s*corpus:(.*)$/.exec(line.trim());
    if (!m) continue;
    for (const [, key, value] of m[1].matchAll(/(rtol|atol)\s*=\s*([0-9.eE+-]+)/g)) {
      tol[key as "rtol" | "atol"] = Number(value);
    }
  }
  return tol;
}

export interface ProgramOutcome {
  pass: boolean;
  /** why it failed (null when it passed) */
  diff: string | null;
  ms: number;
}

/** Run one corpus program through the engine and compare with its recording. */
export function runProgram(runPython: RunPython, rel: string, modules: Record<string, string>): ProgramOutcome {
  const expected = loadExpected(rel);
  const source = loadSource(rel);
  const t0 = performance.now();
  let diff: string | null;
  try {
    const result = runPython(source, { timeoutMs: PROGRAM_TIMEOUT_MS, modules, filename: path.basename(rel) });
    diff = compareRun(expected, result, programTolerance(source));
  } catch (e) {
    const err = e as Error;
    diff = `engine threw (crash, not a Python error): ${err?.stack ?? String(e)}`;
  }
  return { pass: diff === null, diff, ms: performance.now() - t0 };
}

/**
 * Checks that consecutive runPython() calls in one process are isolated (a
 * server runs many users' programs in one process).  They go through the same
 * ratchet as the programs, listed in KNOWN_FAILURES.txt as "@isolation/<name>".
 */
export const ISOLATION_CHECKS: Record<string, (run: RunPython) => string | null> = {
  "@isolation/printoptions": (run) => {
    run("import numpy as np\nnp.set_printoptions(precision=3, suppress=True)\n", { timeoutMs: 10_000 });
    const r = run("import numpy as np\nprint(np.array([1 / 3, 1e-9]))\n", { timeoutMs: 10_000 });
    // undo, so that a leaking engine does not spoil the programs run after this check
    run("import numpy as np\nnp.set_printoptions(precision=8, suppress=False)\n", { timeoutMs: 10_000 });
    const want = "[3.33333333e-01 1.00000000e-09]\n";
    return r.stdout === want
      ? null
      : `np.set_printoptions leaked into the next run: expected ${JSON.stringify(want)}, got ${JSON.stringify(r.stdout)}`;
  },
  "@isolation/module_attributes": (run) => {
    run("import numpy as np\nimport math\nnp.leaked = 1\nmath.pi = 3\n", { timeoutMs: 10_000 });
    const r = run("import numpy as np\nimport math\nprint(hasattr(np, 'leaked'), math.pi)\n", { timeoutMs: 10_000 });
    run("import numpy as np\nimport math\nmath.pi = 3.141592653589793\nif hasattr(np, 'leaked'):\n    del np.leaked\n", {
      timeoutMs: 10_000,
    });
    const want = "False 3.141592653589793\n";
    return r.stdout === want
      ? null
      : `module attributes leaked into the next run: expected ${JSON.stringify(want)}, got ${JSON.stringify(r.stdout)}${r.error ? ` (${r.error.type}: ${r.error.message})` : ""}`;
  },
  "@isolation/helper_modules": (run) => {
    const src = "from common.functions import VALUE\nprint(VALUE)\n";
    run(src, { timeoutMs: 10_000, modules: { common: "", "common.functions": "VALUE = 1\n" } });
    const r = run(src, { timeoutMs: 10_000, modules: { common: "", "common.functions": "VALUE = 2\n" } });
    return r.stdout === "2\n"
      ? null
      : `helper modules cached across runs: expected "2\\n", got ${JSON.stringify(r.stdout)}${r.error ? ` (${r.error.type}: ${r.error.message})` : ""}`;
  },
  "@isolation/random_state": (run) => {
    run("import numpy as np\nnp.random.seed(0)\nrs = np.random.RandomState(1)\n", { timeoutMs: 10_000 });
    const a = run("import numpy as np\nnp.random.seed(5)\nprint(np.random.rand())\n", { timeoutMs: 10_000 });
    run("import numpy as np\nnp.random.seed(5)\nnp.random.rand(100)\n", { timeoutMs: 10_000 });
    const b = run("import numpy as np\nnp.random.seed(5)\nprint(np.random.rand())\n", { timeoutMs: 10_000 });
    return a.stdout === b.stdout && a.stdout === "0.22199317108973948\n"
      ? null
      : `seeded np.random differs between runs: ${JSON.stringify(a.stdout)} vs ${JSON.stringify(b.stdout)}`;
  },
};

/** Run one isolation check; exceptions count as failures. */
export function runIsolationCheck(runPython: RunPython, name: string): ProgramOutcome {
  const t0 = performance.now();
  let diff: string | null;
  try {
    diff = ISOLATION_CHECKS[name](runPython);
  } catch (e) {
    diff = `engine threw: ${(e as Error)?.stack ?? String(e)}`;
  }
  return { pass: diff === null, diff, ms: performance.now() - t0 };
}

/** One-line summary of a failure reason, for KNOWN_FAILURES.txt. */
export function shortReason(diff: string): string {
  const lines = diff
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  let s = lines[0] ?? "fails";
  if (/^stdout: line \d+, token/.test(s) && lines[1]) s = `${s} | ${lines[1]}`;
  return s.replace(/\s+/g, " ").slice(0, 160);
}
