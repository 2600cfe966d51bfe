// Scheduling priority of a whole grader process. On Linux nice is per thread: setpriority(pid) changes only the
// main thread, while V8's GC helper threads and libuv's pool (started with the process) keep theirs — a memory bomb's
// parallel garbage collection then competes with everyone else at full priority. So every thread in
// /proc/<pid>/task is set; elsewhere (no /proc) the process itself.
import fs from "node:fs";
import os from "node:os";

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
