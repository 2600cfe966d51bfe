// The code content run in our own engine must reproduce what CPython + NumPy computed for it.
// The CPython side is a committed recording (tests/content/python-reference.json, written by
// `python3 scripts/record-content-reference.py`); this suite never needs python3.
// Whether accepted fillings pass and wrong ones fail is proved by the content check itself (lib/content/prove.ts,
// run in the grading engine); this file guards the engine underneath it against drifting from CPython.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { differs, runProgram, type ProgramRun } from "@/lib/content/code";
import { readContent, type Content } from "@/lib/content/read";
import { DEFAULT_SEEDS, DEFAULT_TIMEOUT_MS, fillTemplate } from "@/lib/grading/code-blank";
import { createGradingSession } from "@/lib/grading/engine-adapter";
import type { ExportedValue } from "@/lib/grading/array-compare";

interface Recorded {
  values: Record<string, ExportedValue>;
  stdout: string;
}
interface Recording {
  recordedWith: { python: string; numpy: string };
  seeds: number[];
  items: Record<string, { source: string; compare: string[]; runs: Record<string, Recorded> }>;
  exercises: Record<string, { source: string; tests: Record<string, Recorded & { seed: number }> }>;
}

const recording = JSON.parse(readFileSync(path.join(__dirname, "python-reference.json"), "utf8")) as Recording;
const RERECORD = "code content changed: run `python3 scripts/record-content-reference.py` and commit tests/content/python-reference.json";
// Engine and CPython may differ in the last bits of exp/tanh; anything beyond that is a bug.
const TOL = { rtol: 1e-9, atol: 1e-12 };

const sourceHash = (setup: string, program: string) => createHash("sha256").update(`${setup}\n#--\n${program}`, "utf8").digest("hex");
const asRun = (r: Recorded): Extract<ProgramRun, { ok: true }> => ({ ok: true, values: r.values, stdout: r.stdout });

let content: Content;
beforeAll(async () => {
  content = await readContent("exercises");
});

describe("recording of CPython + NumPy", () => {
  it("covers exactly the code content, at the grading seeds, and is up to date", () => {
    expect(recording.seeds).toEqual([...DEFAULT_SEEDS]);
    const items = content.items.filter((i) => i.data.kind === "code_blank");
    expect(Object.keys(recording.items).sort(), RERECORD).toEqual(items.map((i) => i.slug).sort());
    for (const item of items) {
      const d = item.data as Extract<typeof item.data, { kind: "code_blank" }>;
      expect(recording.items[item.slug]!.source, `${item.slug}: ${RERECORD}`).toBe(
        sourceHash(d.answer.setup, fillTemplate(d.template, d.answer.reference.trim())),
      );
    }
    expect(Object.keys(recording.exercises).sort(), RERECORD).toEqual(content.exercises.map((e) => e.slug).sort());
    for (const ex of content.exercises)
      expect(recording.exercises[ex.slug]!.source, `${ex.slug}: ${RERECORD}`).toBe(sourceHash(ex.setup, ex.solution));
  });

  it("gives different inputs for different grading seeds", () => {
    for (const [slug, r] of Object.entries(recording.items))
      expect(JSON.stringify(r.runs["0"]), slug).not.toBe(JSON.stringify(r.runs["1"]));
  });
});

describe("the grading engine reproduces CPython on the code content", () => {
  it("code_blank items: the reference filling at every grading seed", () => {
    const problems: string[] = [];
    for (const item of content.items) {
      const d = item.data;
      if (d.kind !== "code_blank") continue;
      const rec = recording.items[item.slug];
      if (!rec) continue; // reported by the freshness test
      const code = fillTemplate(d.template, d.answer.reference.trim());
      for (const seed of DEFAULT_SEEDS) {
        const got = runProgram(createGradingSession, {
          setup: d.answer.setup,
          code,
          seed,
          compare: d.answer.compare,
          timeoutMs: 4 * DEFAULT_TIMEOUT_MS,
        });
        const diff = differs(got, asRun(rec.runs[String(seed)]!), { ...TOL, stdout: true });
        if (diff) problems.push(`${item.slug} SEED=${seed}: ${diff}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("code exercises: the solution on every test", () => {
    const problems: string[] = [];
    for (const ex of content.exercises) {
      const rec = recording.exercises[ex.slug];
      if (!rec) continue;
      for (const t of ex.data.tests) {
        const r = rec.tests[t.name];
        if (!r || r.seed !== t.seed) {
          problems.push(`${ex.slug} ${t.name}: ${RERECORD}`);
          continue;
        }
        const got = runProgram(createGradingSession, {
          setup: ex.setup,
          code: ex.solution,
          seed: t.seed,
          compare: t.compare,
          timeoutMs: ex.data.limits.timeMs,
        });
        const diff = differs(got, asRun(r), { ...TOL, stdout: true });
        if (diff) problems.push(`${ex.slug} ${t.name}: ${diff}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
