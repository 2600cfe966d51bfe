/**
 * Differential corpus: every tests/engine/corpus/<area>/<name>.py is run through
 * the engine's runPython() and its stdout / error compared token by token with
 * the CPython + NumPy recording <name>.expected.json (see compare.ts).
 *
 * Programs listed in KNOWN_FAILURES.txt must still FAIL (a ratchet): once the
 * engine gets one right, remove it from the list (or regenerate the list with
 * `npx tsx tests/engine/corpus/update-known-failures.ts`).
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  CORPUS_DIR,
  listPrograms,
  loadEngine,
  loadModules,
  PROGRAM_TIMEOUT_MS,
  ISOLATION_CHECKS,
  readKnownFailures,
  runIsolationCheck,
  runProgram,
  type RunPython,
} from "./harness";

const programs = listPrograms();
const known = readKnownFailures();
const modules = loadModules();

let runPython: RunPython | undefined;
let engineError: unknown;

beforeAll(async () => {
  try {
    runPython = await loadEngine();
  } catch (e) {
    engineError = e;
  }
});

function engine(): RunPython {
  if (!runPython) {
    throw new Error(`corpus: cannot run programs: ${(engineError as Error)?.message ?? String(engineError)}`);
  }
  return runPython;
}

describe("corpus bookkeeping", () => {
  it("has programs, each with a recording", () => {
    expect(programs.length).toBeGreaterThan(0);
    const missing = programs.filter((p) => !fs.existsSync(path.join(CORPUS_DIR, p.replace(/\.py$/, ".expected.json"))));
    expect(missing, "programs without a recording: run `npm run corpus:record`").toEqual([]);
  });

  it("KNOWN_FAILURES.txt lists only existing programs", () => {
    const stale = [...known.keys()].filter((p) => !programs.includes(p) && !(p in ISOLATION_CHECKS));
    expect(stale, "entries in KNOWN_FAILURES.txt that are not corpus programs").toEqual([]);
  });

  it("the engine (engine/index.ts) loads and exports runPython", () => {
    engine();
  });
});

describe("corpus/@isolation", () => {
  for (const name of Object.keys(ISOLATION_CHECKS)) {
    const kf = known.get(name);
    it(kf ? `${name} (known failure)` : name, () => {
      const outcome = runIsolationCheck(engine(), name);
      if (kf && outcome.pass)
        throw new Error(`${name} now PASSES but is listed in KNOWN_FAILURES.txt — remove it from the list (ratchet).`);
      if (!kf && !outcome.pass) throw new Error(`${name}: ${outcome.diff}`);
    });
  }
});

// Group tests by area so the vitest report reads well.
const byArea = new Map<string, string[]>();
for (const p of programs) {
  const area = p.includes("/") ? p.slice(0, p.indexOf("/")) : ".";
  if (!byArea.has(area)) byArea.set(area, []);
  byArea.get(area)!.push(p);
}

for (const [area, list] of byArea) {
  describe(`corpus/${area}`, () => {
    for (const rel of list) {
      const kf = known.get(rel);
      const name = kf ? `${rel} (known failure)` : rel;
      it(
        name,
        () => {
          const outcome = runProgram(engine(), rel, modules);
          if (kf) {
            if (outcome.pass) {
              throw new Error(`${rel} now PASSES but is listed in KNOWN_FAILURES.txt — remove it from the list (ratchet).`);
            }
          } else if (!outcome.pass) {
            throw new Error(`${rel} differs from CPython + NumPy:\n${outcome.diff}`);
          }
        },
        PROGRAM_TIMEOUT_MS * 2,
      );
    }
  });
}
