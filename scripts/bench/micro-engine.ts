// Per-statement cost of the bundled engine (ns per loop iteration, best of 3, loop overhead not subtracted):
//   npx tsx scripts/bench/micro-engine.ts [filter]
// The python3 side of the same table: python3 scripts/bench/micro_numpy.py
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { SETUP, TESTS } from "./micro-cases";

const here = path.dirname(new URL(import.meta.url).pathname);
const work = mkdtempSync(path.join(tmpdir(), "kakunin-micro-"));
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
const { runPython } = await import(pathToFileURL(bundle).href);
const filter = process.argv[2];
const N = 50000;
for (const [name, stmt] of TESTS) {
  if (filter && !name.includes(filter)) continue;
  const prog = (n: number) => `${SETUP}\ndef run(W):\n    for i in range(${n}):\n        ${stmt}\nrun(W)\n`;
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const c0 = process.cpuUsage();
    const res = runPython(prog(N), { timeoutMs: 600000, maxSteps: 1e11 });
    const c1 = process.cpuUsage(c0);
    const c2 = process.cpuUsage();
    runPython(prog(0), { timeoutMs: 600000, maxSteps: 1e11 });
    const c3 = process.cpuUsage(c2);
    if (!res.ok) throw new Error(res.stderr);
    best = Math.min(best, ((c1.user + c1.system - (c3.user + c3.system)) * 1000) / N);
  }
  console.log(`${name.padEnd(40)} ${best.toFixed(0).padStart(8)} ns`);
}
