// CLI: npx tsx engine/cli.ts FILE.py [--timeout-ms N] [--max-steps N] [--max-memory-mb N]
// Behaves like `python3 FILE.py`. (Node APIs are allowed only in this file.)
import { readFileSync } from "node:fs";
import { runPython, type RunOptions } from "./index";

const args = process.argv.slice(2);
let file: string | undefined;
const opts: RunOptions = { timeoutMs: 60_000, maxSteps: 1e10 };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--timeout-ms") opts.timeoutMs = Number(args[++i]);
  else if (a === "--max-steps") opts.maxSteps = Number(args[++i]);
  else if (a === "--max-memory-mb") opts.maxMemoryBytes = Number(args[++i]) * 1024 * 1024;
  else if (!file) file = a;
}
if (!file) {
  process.stderr.write("usage: cli.ts FILE.py [--timeout-ms N] [--max-steps N] [--max-memory-mb N]\n");
  process.exit(2);
}
const src = readFileSync(file, "utf8");
const r = runPython(src, { ...opts, filename: file });
process.stdout.write(r.stdout);
process.stderr.write(r.stderr);
process.exitCode = r.ok ? 0 : 1;
