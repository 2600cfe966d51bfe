// CPU time of one thread, from /proc (Linux). A grading's time limit is the CPU time the learner's program got, not
// the wall clock: a grader waits for a CPU when it is reniced or SCHED_IDLE (slow gradings, suspects) or when the
// machine is busy, and a right answer must not fail because others were being graded at the same time. The wall
// clock stays a backstop (grader-process.ts).
import { procStatFields } from "../os/proc-stat";

/** Linux counts thread times in clock ticks of 1/USER_HZ s; USER_HZ is 100 on every Linux architecture Node runs on. */
const TICK_MS = 10;

/** utime + stime of a thread (ms) from its /proc stat file (fields 14 and 15), or null where there is none. */
export function threadCpuMs(statFile = "/proc/thread-self/stat"): number | null {
  const f = procStatFields(statFile);
  const ms = f ? (Number(f[14 - 3]) + Number(f[15 - 3])) * TICK_MS : NaN;
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
