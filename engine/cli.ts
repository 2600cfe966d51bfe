// CLI: npx tsx engine/cli.ts FILE.py [--timeout-ms N] [--max-steps N] [--max-memory-mb N]
// Behaves like `python3 FILE.py`. (Node APIs are allowed only in this file.)
// --max-memory-mb bounds single allocations and, through the Node memory probe, the bytes the script keeps alive.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { installNodeHost } from "../lib/engine-host/install-node-host";
import { runPython, type RunOptions } from "./index";

const args = process.argv.slice(2);
let file: string | undefined;
// defaults: 10 s, 512 MB (the engine's own); the step budget is raised so that only time and memory bound a script
const opts: RunOptions = { timeoutMs: 10_000, maxMemoryBytes: 512 * 1024 * 1024, maxSteps: 1e10 };
const USAGE = "usage: cli.ts FILE.py [--timeout-ms N] [--max-steps N] [--max-memory-mb N]\n";
function fail(message: string): never {
  process.stderr.write(message);
  process.exit(2);
}
function positive(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isFinite(n) || n <= 0)
    fail(`cli.ts: ${flag} needs a positive number, got ${value ?? "nothing"}\n${USAGE}`);
  return n;
}
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === "--timeout-ms") opts.timeoutMs = positive(a, args[++i]);
  else if (a === "--max-steps") opts.maxSteps = positive(a, args[++i]);
  else if (a === "--max-memory-mb") opts.maxMemoryBytes = positive(a, args[++i]) * 1024 * 1024;
  else if (a.startsWith("--")) fail(`cli.ts: unknown option ${a}\n${USAGE}`);
  else if (!file) file = a;
}
if (!file) fail(USAGE);
// like CPython 3.11, tracebacks name the script by its absolute path
const path = resolve(file);
let src: string;
try {
  src = readFileSync(path, "utf8");
} catch (e) {
  const err = e as NodeJS.ErrnoException;
  fail(
    `python3: can't open file '${path}': [Errno ${err.errno ? -err.errno : 2}] ${err.code === "ENOENT" ? "No such file or directory" : err.message}\n`,
  );
}
installNodeHost();
const r = runPython(src, {
  ...opts,
  filename: path,
  onOutput: (stream, text) => (stream === "stdout" ? process.stdout : process.stderr).write(text),
});
// output was written as the program produced it (onOutput), interleaved like an unbuffered python3
process.exitCode = r.ok ? 0 : 1;
