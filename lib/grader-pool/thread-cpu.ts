// CPU time of one thread, from /proc (Linux). A grading's time limit is the CPU time the learner's program got, not
// the wall clock: a grader waits for a CPU when it is reniced or SCHED_IDLE (slow gradings, suspects) or when the
// machine is busy, and a right answer must not fail because others were being graded at the same time. The wall
// clock stays a backstop (grader-process.ts).
import fs from "node:fs";

/** Linux counts thread times in clock ticks of 1/USER_HZ s; USER_HZ is 100 on every Linux architecture Node runs on. */
const TICK_MS = 10;

/** utime + stime of a thread (ms) from its /proc stat file, or null where there is none (not Linux, gone). */
export function threadCpuMs(statFile = "/proc/thread-self/stat"): number | null {
  let stat: string;
  try {
    stat = fs.readFileSync(statFile, "utf8");
  } catch {
    return null;
  }
  // fields after the command name (which may hold spaces and parentheses): state is field 3, utime 14, stime 15
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ms = (Number(f[11]) + Number(f[12])) * TICK_MS;
  return Number.isFinite(ms) ? ms : null;
}

/** CPU time (ms) of a process's main thread, read from outside it. */
export const mainThreadCpuMs = (pid: number): number | null => threadCpuMs(`/proc/${pid}/task/${pid}/stat`);

/** How often the clock below reads /proc: it adds wall time in between, so it runs ahead by at most this much. */
const CALIBRATE_MS = 50;

/**
 * A clock (ms) for engine deadlines in this thread that advances only while the thread runs: wall time since the
 * last reading of the thread's CPU time, re-read every CALIBRATE_MS (a /proc read per 50 ms, not per check). Where
 * /proc is missing it is the wall clock.
 */
export function threadCpuClock(): () => number {
  const first = threadCpuMs();
  if (first === null) return () => Date.now();
  let cpuAt = first,
    wallAt = Date.now();
  return () => {
    const wall = Date.now();
    if (wall - wallAt >= CALIBRATE_MS) {
      cpuAt = threadCpuMs() ?? cpuAt + (wall - wallAt);
      wallAt = wall;
    }
    return cpuAt + (wall - wallAt);
  };
}
