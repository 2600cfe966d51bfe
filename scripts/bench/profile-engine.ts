// Profile the bundled engine on one bench program:
//   npx tsx scripts/bench/profile-engine.ts rnn_binary_addition.py [ITERS=2000] [--prof]
// Builds the same esbuild bundle as bench-engine.ts, then runs it in a child `node --cpu-prof` (with --prof)
// and prints the top self-time functions; without --prof, prints wall/CPU of the run.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadModules } from "../../tests/engine/corpus/harness";

const here = path.dirname(new URL(import.meta.url).pathname);
const args = process.argv.slice(2);
const file = args.find((a) => a.endsWith(".py")) ?? "rnn_binary_addition.py";
const prof = args.includes("--prof");
let src = readFileSync(path.resolve(here, file), "utf8");
for (const a of args) {
  const m = /^(\w+)=(.*)$/.exec(a);
  if (m) src = src.replaceAll(m[1], m[2]);
}
src = src.replaceAll("ITERS", "2000").replaceAll("SIZE", "256").replaceAll("REPS", "5");
const work = mkdtempSync(path.join(tmpdir(), "kakunin-prof-"));
const esbuild = await import("esbuild");
const bundle = path.join(work, "engine.mjs");
await esbuild.build({
  entryPoints: [path.resolve(here, "../../engine/index.ts")],
  bundle: true,
  format: "esm",
  platform: "node",
  target: "es2022",
  outfile: bundle,
});
const progFile = path.join(work, "prog.py");
writeFileSync(progFile, src);
const modulesFile = path.join(work, "modules.json");
writeFileSync(modulesFile, JSON.stringify(loadModules())); // the book's layers, as bench-engine.ts passes them
const runner = path.join(work, "run.mjs");
writeFileSync(
  runner,
  `import { runPython } from ${JSON.stringify(pathToFileURL(bundle).href)};
import { readFileSync } from "node:fs";
const src = readFileSync(${JSON.stringify(progFile)}, "utf8");
const modules = JSON.parse(readFileSync(${JSON.stringify(modulesFile)}, "utf8"));
runPython("import numpy as np\\nprint(1)");
const c0 = process.cpuUsage(), t0 = performance.now();
const r = runPython(src, { timeoutMs: 600000, maxSteps: 1e11, modules });
const c = process.cpuUsage(c0);
process.stdout.write(r.stdout + r.stderr);
console.log("wall ms", (performance.now() - t0).toFixed(1), "cpu ms", ((c.user + c.system) / 1000).toFixed(1));
`,
);
const nodeArgs = prof ? ["--cpu-prof", "--cpu-prof-dir", work, runner] : [runner];
process.stdout.write(execFileSync(process.execPath, nodeArgs, { encoding: "utf8" }));
if (prof) {
  const f = readdirSync(work).find((n) => n.endsWith(".cpuprofile"))!;
  const p = JSON.parse(readFileSync(path.join(work, f), "utf8"));
  const self = new Map<string, number>();
  const dt = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
  let total = 0;
  for (const n of p.nodes) {
    const t = dt.get(n.id) ?? 0;
    total += t;
    const cf = n.callFrame;
    const key = `${cf.functionName || "(anon)"} ${path.basename(cf.url)}:${cf.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + t);
  }
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 45));
  for (const [k, t] of top) console.log(`${(t / 1000).toFixed(1).padStart(8)} ms ${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`);
  console.log("profile:", path.join(work, f));
}
