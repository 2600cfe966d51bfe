// Scheduling priority of a whole grader process. On Linux nice is per thread: setpriority(pid) changes only the
// main thread, while V8's GC helper threads and libuv's pool (started with the process) keep theirs — a memory bomb's
// parallel garbage collection then competes with everyone else at full priority. So every thread in
// /proc/<pid>/task is set; elsewhere (no /proc) the process itself.
//
// Nice 19 alone is not enough: the scheduler still gives a nice-19 thread its slice before a woken normal thread runs,
// and a grading is a chain of wakeups (HTTP, database, grader messages), each of which then waits a few milliseconds
// behind a bomb. Where util-linux's chrt exists, a slow grader's threads also get SCHED_IDLE, which runs only when
// nothing else wants the CPU and is preempted at once (measured with npm run bench:grading, docs/PERFORMANCE.md).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { SchedAgent } from "../os/sched-agent";

const CHRT = "/usr/bin/chrt";
let chrtUsable: boolean | undefined;

function hasChrt(): boolean {
  if (chrtUsable === undefined) {
    try {
      fs.accessSync(CHRT, fs.constants.X_OK);
      chrtUsable = process.platform === "linux";
    } catch {
      chrtUsable = false;
    }
  }
  return chrtUsable;
}

let agent: SchedAgent | undefined;

/**
 * SCHED_IDLE (`idle`) or back to SCHED_OTHER for every thread of `pid`, where chrt exists; false when it does not or
 * the change was refused (leaving SCHED_IDLE may need privileges, like lowering niceness). Through a shell kept
 * for it (lib/os/sched-agent.ts): the caller's event loop never waits for a fork.
 */
export function setProcessIdle(pid: number, idle: boolean): Promise<boolean> {
  if (!hasChrt()) return Promise.resolve(false);
  agent ??= new SchedAgent(CHRT);
  return agent.set(pid, idle ? "idle" : "other");
}

/** The scheduling policy of every thread of `pid` ("SCHED_IDLE", "SCHED_OTHER", …), for tests and monitoring. */
export function threadPolicies(pid: number): string[] {
  if (!hasChrt()) return [];
  return threadsOf(pid).flatMap((tid) => {
    try {
      const out = execFileSync(CHRT, ["--pid", String(tid)], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
      const m = /policy: (SCHED_\w+)/.exec(out);
      return m ? [m[1]!] : [];
    } catch {
      return [];
    }
  });
}

function threadsOf(pid: number): number[] {
  try {
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .map(Number)
      .filter((t) => Number.isInteger(t) && t > 0);
  } catch {
    return [pid];
  }
}

/**
 * Sets the nice value of every thread of `pid`. Throws when it is not permitted (lowering niceness may need
 * privileges) — after trying every thread. Threads that end meanwhile are skipped.
 */
export function setProcessPriority(pid: number, nice: number): void {
  let denied: Error | null = null;
  for (const tid of threadsOf(pid)) {
    try {
      os.setPriority(tid, nice);
    } catch (e) {
      const code = (e as { code?: string; info?: { code?: string } }).info?.code ?? (e as { code?: string }).code;
      if (code !== "ESRCH") denied ??= e as Error;
    }
  }
  if (denied) throw denied;
}

/** The nice value of every thread of `pid` (for tests and monitoring). */
export function threadPriorities(pid: number): number[] {
  return threadsOf(pid).flatMap((tid) => {
    try {
      return [os.getPriority(tid)];
    } catch {
      return [];
    }
  });
}
