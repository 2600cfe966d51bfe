// Runs every code_blank item and code exercise with CPython + NumPy (when available):
// the reference and accepted fillings must agree, every declared wrong answer must be caught.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fillBlank } from "@/lib/content/code";
import { readContent, type Content } from "@/lib/content/read";

const hasNumpy = spawnSync("python3", ["-c", "import numpy"], { encoding: "utf8" }).status === 0;
const HARNESS = path.join(__dirname, "pyref_harness.py");

interface Job {
  id: string;
  setup: string;
  programs: Record<string, string>;
  reference: string;
  compare: string[];
  rtol: number;
  atol: number;
  seed: number;
  stdout?: boolean;
}

function runJobs(jobs: Job[]): Record<string, Record<string, string>> {
  const r = spawnSync("python3", [HARNESS], { input: JSON.stringify(jobs), encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

describe.skipIf(!hasNumpy)("code content against CPython + NumPy", () => {
  let content: Content;
  beforeAll(async () => {
    content = await readContent("exercises", { variants: 20 });
  });

  it("code_blank items: reference runs, accepted fillings agree, wrong fillings differ", () => {
    const jobs: Job[] = [];
    for (const item of content.items) {
      const d = item.data;
      if (d.kind !== "code_blank") continue;
      const programs: Record<string, string> = { reference: fillBlank(d.template, d.answer.reference) };
      d.answer.accept.forEach((a, k) => (programs[`accept[${k}]`] = fillBlank(d.template, a)));
      d.answer.wrong.forEach((w, k) => (programs[`wrong[${k}]`] = fillBlank(d.template, w)));
      jobs.push({ id: item.slug, setup: d.answer.setup, programs, reference: "reference", compare: d.answer.compare, rtol: d.answer.rtol, atol: d.answer.atol, seed: 0 });
    }
    expect(jobs.length).toBeGreaterThan(0);
    const res = runJobs(jobs);
    const problems: string[] = [];
    for (const [id, r] of Object.entries(res))
      for (const [name, outcome] of Object.entries(r)) {
        const shouldEqual = name === "reference" || name.startsWith("accept");
        if (shouldEqual !== (outcome === "equal")) problems.push(`${id} ${name}: ${outcome}`);
      }
    expect(problems).toEqual([]);
  });

  it("code exercises: solution passes every test, each wrong fixture fails one, the bare starter fails", () => {
    const jobs: Job[] = [];
    for (const ex of content.exercises) {
      for (const t of ex.data.tests) {
        const programs: Record<string, string> = { solution: ex.solution, starter: ex.starter };
        ex.wrong.forEach((w) => (programs[`wrong/${w.name}`] = w.code));
        jobs.push({
          id: `${ex.slug}#${t.name}`,
          setup: ex.setup,
          programs,
          reference: "solution",
          compare: t.compare,
          stdout: t.stdout,
          rtol: t.rtol ?? ex.data.rtol,
          atol: t.atol ?? ex.data.atol,
          seed: t.seed,
        });
      }
    }
    if (jobs.length === 0) return;
    const res = runJobs(jobs);
    const problems: string[] = [];
    for (const ex of content.exercises) {
      const outcomes = ex.data.tests.map((t) => res[`${ex.slug}#${t.name}`]!);
      outcomes.forEach((o, k) => {
        if (o.solution !== "equal") problems.push(`${ex.slug} solution fails test ${ex.data.tests[k]!.name}: ${o.solution}`);
      });
      for (const name of ["starter", ...ex.wrong.map((w) => `wrong/${w.name}`)])
        if (outcomes.every((o) => o[name] === "equal")) problems.push(`${ex.slug}: ${name} passes every test`);
      // Hidden tests must matter: each wrong fixture caught by public tests alone is fine, but at least one
      // fixture should also be caught by a hidden test.
      const hiddenIdx = ex.data.tests.flatMap((t, k) => (t.hidden ? [k] : []));
      if (!ex.wrong.some((w) => hiddenIdx.some((k) => outcomes[k]![`wrong/${w.name}`] !== "equal")))
        problems.push(`${ex.slug}: no wrong fixture is caught by a hidden test`);
    }
    expect(problems).toEqual([]);
  });
});
