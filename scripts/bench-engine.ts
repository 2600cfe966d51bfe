// npm run bench:engine — the engine against python3 + NumPy on the same programs, side by side.
//
// The engine is measured from an esbuild bundle built here at start (platform node, ESM, no keepNames): the
// same code the browser runs, without tsx's `__name()` wrappers on hot paths. Each workload is run
// BENCH_RUNS times (default 5) per side and the best run is reported, as wall time and as CPU time
// (process.cpuUsage for the engine, getrusage user+sys for python3 measured by a wrapper inside the python
// process), so that ratios stay meaningful when other work loads the machine. Start-up costs are excluded:
// python3 imports numpy before its clock starts; the engine's figure has a trivial program's time subtracted.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync, mkdirSync } from "node:fs";
import { tmpdir, cpus, loadavg } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadModules, MODULES_DIR } from "../tests/engine/corpus/harness";

const here = path.join(path.dirname(new URL(import.meta.url).pathname), "bench");
const work = mkdtempSync(path.join(tmpdir(), "kakunin-bench-"));
const engineEntry = path.resolve(here, "../../engine/index.ts");

interface Workload {
  name: string;
  file: string;
  subst: Record<string, string>;
  /** relative tolerance when comparing the numbers the two sides print (the checksum); default 1e-6 */
  rtol?: number;
}
const workloads: Workload[] = [
  { name: "RNN binary addition, 10,000 iters, hidden 16", file: "rnn_binary_addition.py", subst: { ITERS: "10000" } },
  { name: "small-array ops, 100k × (add, scale, 1×16·16×16 dot)", file: "small_ops.py", subst: {} },
  { name: "matmul 256×256 × 20", file: "matmul.py", subst: { SIZE: "256", REPS: "20" } },
  { name: "matmul 512×512 × 5", file: "matmul.py", subst: { SIZE: "512", REPS: "5" } },
  { name: "reductions on 1000×1000 × 20", file: "reductions.py", subst: {} },
  { name: "MLP on spiral (300×2, hidden 50, sigmoid), 1000 iters", file: "mlp_spiral.py", subst: { HIDDEN: "50", ITERS: "1000" } },
  // float32 as in the book: BLAS's summation order is not reproduced to the last float32 digit (the corpus's rtol too)
  { name: "LSTM fwd+bwd, float32 (N 20, T 35, D 100, H 100), 20 iters", file: "lstm.py", subst: { ITERS: "20" }, rtol: 1e-5 },
  { name: "RNN LM, float32 (V 418, D 100, H 100, T 5, N 10), 300 iters", file: "rnnlm.py", subst: { ITERS: "300" }, rtol: 1e-5 },
  { name: "exp/tanh/log/sigmoid, 10^3 float64 × 1000", file: "transcendental.py", subst: { SIZE: "1000", REPS: "1000" } },
  { name: "exp/tanh/log/sigmoid, 10^4 float64 × 100", file: "transcendental.py", subst: { SIZE: "10000", REPS: "100" } },
  { name: "exp/tanh/log/sigmoid, 10^5 float64 × 10", file: "transcendental.py", subst: { SIZE: "100000", REPS: "10" } },
];
const only = process.env.BENCH_ONLY; // substrings of workload file names, e.g. BENCH_ONLY=rnn or BENCH_ONLY=mlp,lstm
const runs = Number(process.env.BENCH_RUNS ?? 5);
/** The book's layers (`from common.time_layers import TimeLSTM`): the differential corpus's helper modules, one copy. */
const modules = loadModules();

function source(w: Workload): string {
  let text = readFileSync(path.join(here, w.file), "utf8");
  for (const [k, v] of Object.entries(w.subst)) text = text.replaceAll(k, v);
  return text;
}

// ---------------------------------------------------------------- the engine, bundled
const esbuild = await import("esbuild");
const nodeBundle = path.join(work, "engine-node.mjs");
await esbuild.build({
  entryPoints: [engineEntry],
  bundle: true,
  minify: false,
  keepNames: false,
  format: "esm",
  platform: "node",
  target: "es2022",
  outfile: nodeBundle,
});
const engine: typeof import("../engine/index") = await import(pathToFileURL(nodeBundle).href);

interface Timing {
  wall: number;
  cpu: number;
  /** what the program printed (the last run's) */
  out?: string;
}
function best(ts: Timing[]): Timing {
  return { wall: Math.min(...ts.map((t) => t.wall)), cpu: Math.min(...ts.map((t) => t.cpu)), out: ts.at(-1)?.out };
}

function timeEngine(src: string, n: number): Timing {
  const ts: Timing[] = [];
  for (let i = 0; i < n; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = engine.runPython(src, { timeoutMs: 300_000, maxSteps: 1e10, modules });
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (!r.ok) throw new Error(`engine failed: ${r.error?.traceback ?? r.stderr}`);
    ts.push({ wall, cpu: (c.user + c.system) / 1000, out: r.stdout });
  }
  return best(ts);
}

// ---------------------------------------------------------------- python3 + NumPy
const wrapper = path.join(work, "timed.py");
writeFileSync(
  wrapper,
  [
    "import sys, time, resource, io, contextlib",
    `sys.path.insert(0, ${JSON.stringify(MODULES_DIR)})`,
    "import numpy",
    "src = open(sys.argv[1]).read()",
    "code = compile(src, sys.argv[1], 'exec')",
    "def cpu():",
    "    r = resource.getrusage(resource.RUSAGE_SELF)",
    "    return r.ru_utime + r.ru_stime",
    "c0 = cpu(); t0 = time.perf_counter()",
    "buf = io.StringIO()",
    "with contextlib.redirect_stdout(buf):",
    "    exec(code, {'__name__': '__main__'})",
    "t1 = time.perf_counter(); c1 = cpu()",
    "print('%.6f %.6f' % ((t1 - t0) * 1000, (c1 - c0) * 1000))",
    "sys.stdout.write(buf.getvalue())",
  ].join("\n"),
);

function pythonVersion(): string | null {
  const r = spawnSync("python3", ["-c", "import sys, numpy; print(sys.version.split()[0], numpy.__version__)"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

function timePython(src: string, n: number): Timing {
  const file = path.join(work, "prog.py");
  writeFileSync(file, src);
  const ts: Timing[] = [];
  for (let i = 0; i < n; i++) {
    const out = execFileSync("python3", [wrapper, file], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
    const nl = out.indexOf("\n");
    const [wall, cpu] = out.slice(0, nl).trim().split(/\s+/).map(Number);
    ts.push({ wall, cpu, out: out.slice(nl + 1) });
  }
  return best(ts);
}

// The two sides must print the same text, numbers equal to a relative tolerance (the programs print checksums).
function agree(a: string, b: string, rtol: number): boolean {
  const num = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;
  if (a.replace(num, "#") !== b.replace(num, "#")) return false;
  const xs = a.match(num) ?? [];
  const ys = b.match(num) ?? [];
  return xs.every((x, i) => {
    const u = Number(x);
    const v = Number(ys[i]);
    return u === v || Math.abs(u - v) <= rtol * Math.max(Math.abs(u), Math.abs(v));
  });
}

// ---------------------------------------------------------------- run
const pyv = pythonVersion();
const baseline = readFileSync(path.join(here, "baseline.py"), "utf8");
timeEngine(baseline, 2); // warm-up
const engBase = timeEngine(baseline, runs);

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, node ${process.version}, ` +
    `python3+numpy ${pyv ?? "absent"}, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")}`,
);
console.log(
  `engine: esbuild bundle (platform node, esm, no keepNames); start-up baseline ${engBase.wall.toFixed(1)} ms wall / ${engBase.cpu.toFixed(1)} ms CPU subtracted`,
);
console.log(`best of ${runs} runs per side; CPU = user+sys of the measuring process\n`);
const rows: string[][] = [
  ["workload", "engine wall ms", "numpy wall ms", "wall ratio", "engine CPU ms", "numpy CPU ms", "CPU ratio", "output"],
];
const mismatches: string[] = [];
const fmt = (x: number) => x.toFixed(1);
for (const w of workloads) {
  if (only && !only.split(",").some((o) => w.file.includes(o))) continue;
  const src = source(w);
  const et = timeEngine(src, runs);
  const e = { wall: Math.max(0, et.wall - engBase.wall), cpu: Math.max(0, et.cpu - engBase.cpu) };
  const p = pyv ? timePython(src, runs) : null;
  rows.push([
    w.name,
    fmt(e.wall),
    p ? fmt(p.wall) : "—",
    p ? (e.wall / p.wall).toFixed(2) + "×" : "—",
    fmt(e.cpu),
    p ? fmt(p.cpu) : "—",
    p ? (e.cpu / p.cpu).toFixed(2) + "×" : "—",
    p ? (agree(et.out ?? "", p.out ?? "", w.rtol ?? 1e-6) ? "agrees" : "DIFFERS") : "—",
  ]);
  if (p && rows.at(-1)?.at(-1) === "DIFFERS") mismatches.push(`${w.name}\n  engine: ${et.out?.trim()}\n  numpy:  ${p.out?.trim()}`);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  "));
if (mismatches.length) console.log(`\noutputs that differ beyond the tolerance:\n${mismatches.join("\n")}`);

// Browser bundle size and time to first result from a cold import of that bundle (fresh node process). The browser
// worker imports engine/core.ts (the first bundle: core.js and the chunks it imports); every run awaits the stdlib
// chunk it loads with loadStdlib(), counted apart, as are the chunk of np.random and NumPy's rarer functions, which
// loads when a program first uses one (engine/numpy-more.ts), and the chunk of the stdlib modules, which load when a
// program first imports one. The first result waits for the stdlib chunk, as the worker's first run does (np.arange
// is in it).
{
  const out = await esbuild.build({
    entryPoints: [path.resolve(here, "../../engine/core.ts")],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    target: "es2022",
    splitting: true,
    outdir: path.join(work, "browser"),
    metafile: true,
  });
  const { gzipSync } = await import("node:zlib");
  const outputs = new Map(Object.entries(out.metafile!.outputs).map(([f, o]) => [path.resolve(f), o]));
  /** an output file and every file it imports statically, as a browser loads them */
  const withImports = (file: string): Set<string> => {
    const seen = new Set([file]);
    for (const f of seen) for (const i of outputs.get(f)!.imports) if (i.kind === "import-statement") seen.add(path.resolve(i.path));
    return seen;
  };
  const entry = (src: string) => [...outputs].find(([, o]) => o.entryPoint?.endsWith(src))![0];
  const firstFiles = withImports(entry("engine/core.ts"));
  const stdlibFiles = new Set([...withImports(entry("engine/stdlib.ts"))].filter((f) => !firstFiles.has(f)));
  const moreFiles = new Set([...withImports(entry("engine/numpy-more.ts"))].filter((f) => !firstFiles.has(f) && !stdlibFiles.has(f)));
  const files = (set: Set<string>) => out.outputFiles.filter((f) => set.has(f.path));
  const first = files(firstFiles);
  const stdlibChunk = files(stdlibFiles);
  const onUse = files(moreFiles);
  const onImport = out.outputFiles.filter((f) => !firstFiles.has(f.path) && !stdlibFiles.has(f.path) && !moreFiles.has(f.path));
  const joined = (fs: typeof first) => Buffer.concat(fs.map((f) => Buffer.from(f.contents)));
  const bytes = joined(first);
  const gz = gzipSync(bytes, { level: 9 }).length;
  const lazyGz = gzipSync(joined(stdlibChunk), { level: 9 }).length;
  const onUseGz = gzipSync(joined(onUse), { level: 9 }).length;
  const onImportGz = gzipSync(joined(onImport), { level: 9 }).length;
  for (const f of out.outputFiles) {
    mkdirSync(path.dirname(f.path), { recursive: true });
    writeFileSync(f.path, f.contents);
  }
  // The worker loads these files as modules. Without a "type" here, Node parses each .js file as CommonJS first to
  // detect its format (the shared chunk in full: a fifth of the cold start's instructions), which no browser does.
  writeFileSync(path.join(work, "browser", "package.json"), '{ "type": "module" }\n');
  const bundleFile = out.outputFiles.find((f) => path.basename(f.path) === "core.js")!.path;
  const probe =
    `const t0 = performance.now(); const m = await import(${JSON.stringify(pathToFileURL(bundleFile).href)});` +
    ` await m.loadStdlib(); const r = m.runPython("import numpy as np\\nprint(np.arange(6).reshape(2, 3).sum(axis=0))");` +
    ` console.log(JSON.stringify({ ms: performance.now() - t0, out: r.stdout.trim() }));`;
  const firsts: { ms: number; out: string }[] = [];
  for (let i = 0; i < runs; i++)
    firsts.push(JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", probe], { encoding: "utf8" })));
  const best = firsts.reduce((a, b) => (b.ms < a.ms ? b : a));
  console.log(
    `\nengine browser bundle: ${(bytes.length / 1024).toFixed(1)} KB minified, ${(gz / 1024).toFixed(1)} KB gzipped (target ≤ 150 KB); stdlib chunk loaded after it: ${(lazyGz / 1024).toFixed(1)} KB gzipped; np.random and NumPy's rarer functions, loaded on first use: ${(onUseGz / 1024).toFixed(1)} KB gzipped; stdlib modules, loaded on import: ${(onImportGz / 1024).toFixed(1)} KB gzipped`,
  );
  console.log(
    `first result after a cold load (import + run, best of ${runs}): ${best.ms.toFixed(1)} ms (target < 50 ms), printed ${best.out}; each run: ${firsts.map((f) => f.ms.toFixed(1)).join(", ")} ms`,
  );
}
