// npm run bench:engine — the engine against python3 + NumPy on the same programs, side by side.
// Each figure is the wall time of a whole run minus that side's start-up baseline (import numpy).
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir, cpus } from "node:os";
import path from "node:path";
import { runPython } from "../engine/index";

const here = path.join(path.dirname(new URL(import.meta.url).pathname), "bench");
const work = mkdtempSync(path.join(tmpdir(), "kakunin-bench-"));

interface Workload { name: string; file: string; subst: Record<string, string> }
const workloads: Workload[] = [
  { name: "RNN binary addition, 10,000 iters, hidden 16", file: "rnn_binary_addition.py", subst: { ITERS: "10000" } },
  { name: "small-array ops, 100k × (add, scale, 1×16·16×16 dot)", file: "small_ops.py", subst: {} },
  { name: "matmul 256×256 × 20", file: "matmul.py", subst: { SIZE: "256", REPS: "20" } },
  { name: "matmul 512×512 × 5", file: "matmul.py", subst: { SIZE: "512", REPS: "5" } },
  { name: "reductions on 1000×1000 × 20", file: "reductions.py", subst: {} },
];

function source(w: Workload): string {
  let text = readFileSync(path.join(here, w.file), "utf8");
  for (const [k, v] of Object.entries(w.subst)) text = text.replaceAll(k, v);
  return text;
}

function hasPython(): boolean {
  const r = spawnSync("python3", ["-c", "import numpy; print(numpy.__version__)"], { encoding: "utf8" });
  return r.status === 0;
}

function timePython(src: string, runs: number): number {
  const file = path.join(work, "prog.py");
  writeFileSync(file, src);
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    execFileSync("python3", [file], { stdio: ["ignore", "ignore", "inherit"] });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function timeEngine(src: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = runPython(src, { timeoutMs: 120_000, maxSteps: 1e10 });
    const dt = performance.now() - t0;
    if (!r.ok) throw new Error(`engine failed: ${r.error?.traceback ?? r.stderr}`);
    best = Math.min(best, dt);
  }
  return best;
}

const runs = Number(process.env.BENCH_RUNS ?? 3);
const py = hasPython();
const baseline = readFileSync(path.join(here, "baseline.py"), "utf8");
const pyBase = py ? timePython(baseline, runs) : 0;
const engBase = timeEngine(baseline, runs);

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, node ${process.version}`);
console.log(`start-up baselines: engine ${engBase.toFixed(1)} ms, python3+numpy ${py ? pyBase.toFixed(1) + " ms" : "absent"}`);
console.log(`best of ${runs} runs, baseline subtracted\n`);
const rows: string[][] = [["workload", "engine ms", "numpy ms", "engine/numpy"]];
for (const w of workloads) {
  const src = source(w);
  const e = Math.max(0, timeEngine(src, runs) - engBase);
  const p = py ? Math.max(0, timePython(src, runs) - pyBase) : NaN;
  rows.push([w.name, e.toFixed(1), py ? p.toFixed(1) : "—", py ? (e / p).toFixed(2) + "×" : "—"]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  "));

// Browser bundle size and time to first result from a cold import of that bundle.
{
  const esbuild = await import("esbuild");
  const out = await esbuild.build({
    entryPoints: [path.resolve(here, "../../engine/index.ts")],
    bundle: true, minify: true, format: "esm", platform: "browser", write: false, target: "es2022",
  });
  const bytes = out.outputFiles[0].contents;
  const { gzipSync } = await import("node:zlib");
  const gz = gzipSync(bytes, { level: 9 }).length;
  const bundleFile = path.join(work, "engine.mjs");
  writeFileSync(bundleFile, bytes);
  const probe = `const t0 = performance.now(); const m = await import(${JSON.stringify(bundleFile)});` +
    ` const r = m.runPython("import numpy as np\\nprint(np.arange(6).reshape(2, 3).sum(axis=0))");` +
    ` console.log(JSON.stringify({ ms: performance.now() - t0, out: r.stdout.trim() }));`;
  const first = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", probe], { encoding: "utf8" }));
  console.log(`\nengine browser bundle: ${(bytes.length / 1024).toFixed(1)} KB minified, ${(gz / 1024).toFixed(1)} KB gzipped (target ≤ 150 KB)`);
  console.log(`first result after a cold load: ${first.ms.toFixed(1)} ms (target < 50 ms), printed ${first.out}`);
}
