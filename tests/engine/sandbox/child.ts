// Runs a sandbox child script (enumerate-child.ts, fuzz-child.ts) in its own Node process with a capped V8 heap, so
// that a program which kills or hangs its host is reported (with the call or program it was running) instead of
// taking vitest with it. A child writes one JSON line per finished case; after a crash or a hang the run resumes at
// the case that follows.
import { spawn } from "node:child_process";
import { writeSync } from "node:fs";
import path from "node:path";
import type { Timing } from "./timed";

export interface CaseLine extends Timing {
  i: number;
  label: string;
  /** steps the call was charged (the enumeration reports them) */
  steps?: number;
  outcome: string;
  detail?: string;
}
export interface Failure {
  i: number;
  label: string;
  why: string;
}
export interface ChildRun {
  cases: CaseLine[];
  failures: Failure[];
  header: Record<string, unknown>;
}

/** Heap cap of the child: far above the engine's limit, far below what would hurt the machine. */
const HEAP_MB = 768;
/** A case that prints nothing for this long hangs its host: the child is killed. */
const SILENCE_MS = 15_000;

/**
 * Runs `script` from case 0 until it reports `done`, restarting after each crash or hang. `args` follow the
 * start index on its command line. The child prints a header `{"total":n,…}`, then for each case
 * `{"next":i,"label":…}` as it starts and a CaseLine when it ends, and `{"done":true}` at the end.
 */
export async function runChild(script: string, args: string[]): Promise<ChildRun> {
  const cases: CaseLine[] = [];
  const failures: Failure[] = [];
  let header: Record<string, unknown> = {};
  let from = 0;
  for (;;) {
    const r = await runOnce(script, from, args);
    cases.push(...r.cases);
    if (r.header) header = r.header;
    if (r.done) break;
    if (!r.next) throw new Error(`${script} stopped outside any case (${r.why}):\n${r.stderr.slice(-4000)}`);
    failures.push({ i: r.next.i, label: r.next.label, why: `${r.why}\n${r.stderr.slice(-1500)}` });
    from = r.next.i + 1;
  }
  return { cases, failures, header };
}

interface Once {
  cases: CaseLine[];
  header: Record<string, unknown> | null;
  next: { i: number; label: string } | null;
  done: boolean;
  why: string;
  stderr: string;
}

function runOnce(script: string, from: number, args: string[]): Promise<Once> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${HEAP_MB}`, "--import", "tsx", path.join(import.meta.dirname, script), String(from), ...args],
      { cwd: path.resolve(import.meta.dirname, "../../.."), stdio: ["ignore", "pipe", "pipe"] },
    );
    const o: Once = { cases: [], header: null, next: null, done: false, why: "", stderr: "" };
    let buf = "";
    let watchdog = setTimeout(hung, SILENCE_MS);
    function hung() {
      o.why = `no progress for ${SILENCE_MS / 1000} s: killed`;
      child.kill("SIGKILL");
    }
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      clearTimeout(watchdog);
      watchdog = setTimeout(hung, SILENCE_MS);
      buf += chunk;
      let nl;
      while ((nl = buf.indexOf("\n")) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (!line.startsWith("{")) continue;
        const x = JSON.parse(line);
        if (x.total !== undefined) o.header = x;
        else if (x.next !== undefined) o.next = { i: x.next, label: x.label };
        else if (x.done) o.done = true;
        else {
          o.cases.push(x as CaseLine);
          o.next = null;
        }
      }
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      o.stderr = (o.stderr + chunk).slice(-8000);
    });
    child.on("close", (status, signal) => {
      clearTimeout(watchdog);
      if (!o.why) o.why = `exited with status ${status}, signal ${signal}`;
      resolve(o);
    });
  });
}

/** For the child scripts: stdout may be a non-blocking pipe, so write it all, waiting out EAGAIN. */
export function writeLine(s: string): void {
  let buf = Buffer.from(s);
  while (buf.length) {
    try {
      buf = buf.subarray(writeSync(1, buf));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw e;
    }
  }
}
