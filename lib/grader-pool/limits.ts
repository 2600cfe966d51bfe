// The limits of a grader process, and how they are applied. Measured on Linux 6.18 / Node 20 (docs/ARCHITECTURE.md):
// - V8 heap cap (--max-old-space-size): the JS heap of the engine's objects; over it V8 aborts the process.
// - Resident memory (RSS, /proc/<pid>/statm polled while a task runs): catches what the heap cap does not count
//   (typed-array backing stores, WebAssembly memory, native buffers); the pool kills the process over the limit.
// - Wall clock per engine run: the run's own time limit (the exercise's timeMs, the code blank's timeoutMs; at most
//   maxRunMs) + a grace, armed by the child's "exec" messages; between runs a fixed budget for host-side comparisons.
// - OS limits through /usr/bin/prlimit when present: RLIMIT_CPU (a backstop should the pool's timers not fire; a
//   grader retires by itself well below it) and RLIMIT_CORE=0. NOT RLIMIT_AS or RLIMIT_DATA: V8 reserves tens of
//   GB of address space (pointer cage, WebAssembly guard regions) and Node 20 dies with SIGSEGV at start-up under
//   any finite RLIMIT_DATA or RLIMIT_AS here (measured from 256 MB to 128 GB), so memory is bounded by the two
//   limits above — and by oom_score_adj=1000 (child.ts): should the machine run short, the kernel kills a grader first.
import { execFileSync } from "node:child_process";
import fs from "node:fs";

export interface GraderLimits {
  /** V8 old-space cap per process (MB). */
  heapMb: number;
  /** Resident memory over which the pool kills the process (MB). */
  rssMb: number;
  /** How often RSS is read while a task runs (ms). */
  rssPollMs: number;
  /** Added to a run's own time limit before the process is killed (ms). */
  graceMs: number;
  /** Ceiling of the wall clock of one engine run, whatever limit its content asks for (ms). */
  maxRunMs: number;
  /** Budget for work outside engine runs: loading a version, comparing values (ms). */
  hostStepMs: number;
  /** A grader is replaced between tasks once it has used this much CPU (s); RLIMIT_CPU sits above it. */
  retireCpuS: number;
  /**
   * Engine runs of one task that used more CPU time than this in all (ms; run-budget.ts) make its grader "slow": it
   * is reniced to 19 and no longer counts as one of the pool's graders (a spare or a new one takes its place), so
   * long or runaway runs never hold the graders of quick ones. Suspects' gradings (queue-worker.ts) and the rest of a submission that stopped a grader are slow
   * from the start. After its task a slow grader gets its normal priority back (or, where lowering niceness is not
   * permitted, is replaced).
   */
  slowAfterMs: number;
  /**
   * Slow graders at most at a time (a grader that turns slow beyond it is preempted: killed, and its task graded
   * again among the slow ones, pool.ts); suspects wait once half of them are taken, so the other half stays free for
   * first offences and long runs of everyone else.
   */
  maxSlow: number;
}

function envNumber(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

export function graderLimits(over: Partial<GraderLimits> = {}): GraderLimits {
  return {
    heapMb: envNumber("KAKUNIN_GRADER_HEAP_MB", 512),
    rssMb: envNumber("KAKUNIN_GRADER_RSS_MB", 1024),
    rssPollMs: envNumber("KAKUNIN_GRADER_RSS_POLL_MS", 50),
    graceMs: envNumber("KAKUNIN_GRADER_GRACE_MS", 1000),
    maxRunMs: envNumber("KAKUNIN_GRADER_MAX_RUN_MS", 30_000),
    hostStepMs: envNumber("KAKUNIN_GRADER_HOST_STEP_MS", 10_000),
    retireCpuS: envNumber("KAKUNIN_GRADER_RETIRE_CPU_S", 600),
    slowAfterMs: envNumber("KAKUNIN_GRADER_SLOW_AFTER_MS", 50),
    maxSlow: envNumber("KAKUNIN_GRADER_MAX_SLOW", 8),
    ...over,
  };
}

export const PRLIMIT = "/usr/bin/prlimit";

/** The prlimit arguments for a grader, or null when prlimit is not available (the caller says so in its log). */
export function prlimitArgs(limits: GraderLimits): string[] | null {
  try {
    fs.accessSync(PRLIMIT, fs.constants.X_OK);
  } catch {
    return null;
  }
  // soft limit: SIGXCPU; the hard limit (SIGKILL) a little later in case SIGXCPU is caught
  const soft = Math.ceil(limits.retireCpuS * 1.5);
  return [`--cpu=${soft}:${soft + 10}`, "--core=0"];
}

let page: number | undefined;

function pageSize(): number {
  if (page === undefined) {
    try {
      page = Number(execFileSync("getconf", ["PAGESIZE"], { encoding: "utf8" }).trim()) || 4096;
    } catch {
      page = 4096;
    }
  }
  return page;
}

/** Resident bytes of process `pid` (null when it is gone or /proc is not there). */
export function residentBytes(pid: number): number | null {
  try {
    const statm = fs.readFileSync(`/proc/${pid}/statm`, "utf8");
    return Number(statm.split(" ")[1]) * pageSize();
  } catch {
    return null;
  }
}

/** V8's stack for a grader (KB): room for ~2,000–4,000 levels of Python recursion, against ~550–1,050 at Node's default. */
const STACK_KB = 3900;

/**
 * `--stack-size` for a grader where the OS gives its main thread at least 8 MiB (Linux's usual limit, read from
 * /proc/self/limits, which children inherit): at Node's default (984 KB) a learner's recursion through methods or
 * comprehensions ran out of JS stack below CPython's default limit of 1,000. A V8 stack larger than the thread's would
 * crash the process instead of raising, so elsewhere the default stays.
 */
export function stackSizeArgs(): string[] {
  stackArgs ??= readStackArgs();
  return stackArgs;
}
let stackArgs: string[] | undefined;
function readStackArgs(): string[] {
  try {
    const line = fs.readFileSync("/proc/self/limits", "utf8").match(/^Max stack size\s+(\S+)/m);
    const soft = line?.[1] === "unlimited" ? Infinity : Number(line?.[1]);
    return soft >= 8 << 20 ? [`--stack-size=${STACK_KB}`] : [];
  } catch {
    return [];
  }
}
