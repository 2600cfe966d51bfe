// Runtime limits: steps, wall-clock deadline, memory (per big allocation, and live bytes when the host supplies a
// MemoryProbe), recursion depth, output size.
import { exc, MemoryError, RecursionError } from "./errors";
import type { PyExcObj } from "./objects/core";
import { excTypes } from "./errors";

export interface Limits {
  maxSteps: number;
  deadline: number;
  now: () => number;
  maxMemoryBytes: number;
  maxRecursion: number;
  maxOutputBytes: number;
}

/**
 * Host-supplied measure of the memory the current JS isolate holds (Node: V8 heap + array buffers). The engine
 * itself cannot see live bytes; without a probe only single allocations are bounded.
 */
export interface MemoryProbe {
  liveBytes(): number;
  /** a full garbage collection, so that liveBytes() no longer counts garbage */
  collect?(): void;
}

let defaultProbe: MemoryProbe | null = null;
/** The probe used by runs whose RunOptions name none (a Node host installs one per thread). */
export function setDefaultMemoryProbe(p: MemoryProbe | null): void {
  defaultProbe = p;
}
export function getDefaultMemoryProbe(): MemoryProbe | null {
  return defaultProbe;
}

let defaultClock: () => number = () => Date.now();
/**
 * The clock (ms) that times runs whose RunOptions bring none: the wall clock, unless the host installs another (a
 * grader process times a program by the CPU time it got, so that a busy machine does not fail it).
 */
export function setDefaultClock(clock: () => number): void {
  defaultClock = clock;
}
export function getDefaultClock(): () => number {
  return defaultClock;
}

export const RT = {
  steps: 0,
  checkAt: 0,
  maxSteps: 50_000_000,
  deadline: Infinity,
  now: (() => 0) as () => number,
  depth: 0,
  maxDepth: 1000,
  maxMem: 512 * 1024 * 1024,
  maxOut: 1024 * 1024,
  outBytes: 0,
  outTruncated: false,
  stdout: [] as string[],
  stderr: [] as string[],
  /** ordered transcript of writes: used for the combined output */
  timeoutMs: 10000,
  /** innermost executing Python frame (for warnings) */
  frame: null as any,
  mainFile: "<main>",
  probe: null as MemoryProbe | null,
  /** probe.liveBytes() when the run's session started */
  memBase: 0,
  /** bytes allocated since the last probe, and how many trigger the next one */
  sinceProbe: 0,
  probeEvery: Infinity,
  /** limit checks since the last probe: memory made where no allocation is reported is still probed */
  checksSinceProbe: 0,
  /** the warnings module's filters, newest first (reset for every run) */
  warningFilters: [] as { action: string; category: string | null }[],
  /** the list a catch_warnings(record=True) block records warnings into (null: they are shown) */
  warningLog: null as { items: any[] } | null,
  /** the error that stopped this run for good (a module still to load): every later check raises it again */
  halted: null as PyExcObj | null,
};

const CHECK_EVERY = 4096;
/**
 * Live memory is also probed every this many limit checks (about 3 ms of work; a probe costs microseconds), so that
 * memory no allocation report reached (a builtin that allocates without reporting) cannot grow unseen.
 */
const CHECKS_PER_PROBE = 8;

/** The limits before any run: what the ndarray core called directly (outside a run, as tests do) is held to */
const OUTSIDE_RUN = { steps: RT.maxSteps, timeoutMs: RT.timeoutMs, maxMem: RT.maxMem, maxDepth: RT.maxDepth, maxOut: RT.maxOut };

/** Back to the limits the engine has before its first run (a run's deadline no longer applies). */
export function resetOutsideRun(): void {
  resetRT(
    {
      maxSteps: OUTSIDE_RUN.steps,
      deadline: Infinity,
      now: () => 0,
      maxMemoryBytes: OUTSIDE_RUN.maxMem,
      maxRecursion: OUTSIDE_RUN.maxDepth,
      maxOutputBytes: OUTSIDE_RUN.maxOut,
    },
    OUTSIDE_RUN.timeoutMs,
  );
}

export function resetRT(l: Limits, timeoutMs: number): void {
  RT.steps = 0;
  RT.checkAt = CHECK_EVERY;
  RT.maxSteps = l.maxSteps;
  RT.deadline = l.deadline;
  RT.now = l.now;
  RT.depth = 0;
  RT.maxDepth = l.maxRecursion;
  RT.maxMem = l.maxMemoryBytes;
  RT.maxOut = l.maxOutputBytes;
  RT.outBytes = 0;
  RT.outTruncated = false;
  RT.warningFilters = [];
  RT.warningLog = null;
  RT.timeoutMs = timeoutMs;
  RT.halted = null;
  unwatchMemory();
}

export function unwatchMemory(): void {
  RT.probe = null;
  RT.sinceProbe = 0;
  RT.probeEvery = Infinity;
}

/** Per probe: the lowest reading seen at a session start, or the last one taken right after a collection. */
const floors = new WeakMap<MemoryProbe, number>();

/**
 * What the host holds before a session starts; the program's live bytes are measured above it. Garbage in it would
 * later be collected and loosen the limit by as much, so on a probe's first use, or when the reading is well above
 * the floor (an earlier session left garbage), collect first.
 */
export function memoryBaseline(probe: MemoryProbe, maxMem: number): number {
  let now = probe.liveBytes();
  const floor = floors.get(probe);
  if ((floor === undefined || now - floor > maxMem / 4) && probe.collect) {
    probe.collect();
    now = probe.liveBytes();
    floors.set(probe, now);
  } else floors.set(probe, Math.min(floor ?? now, now));
  return now;
}

/** Bound live bytes for this run: `base` is what the host held before the session started (memoryBaseline). */
export function watchMemory(probe: MemoryProbe, base: number): void {
  RT.probe = probe;
  RT.memBase = base;
  RT.sinceProbe = 0;
  RT.checksSinceProbe = 0;
  // a quarter of the limit between probes: live memory can overshoot the limit by at most about that much
  RT.probeEvery = Math.max(RT.maxMem / 4, 1 << 20);
}

/** Called when steps reach checkAt. */
export function checkLimits(): void {
  if (RT.halted) throw haltRun(RT.halted);
  const overSteps = RT.steps > RT.maxSteps;
  if (overSteps || RT.now() > RT.deadline)
    throw timeoutError(overSteps ? `step limit exceeded (${RT.maxSteps} steps)` : `execution time limit exceeded (${RT.timeoutMs} ms)`);
  RT.checkAt = RT.steps + CHECK_EVERY;
  if (RT.probe !== null && ++RT.checksSinceProbe >= CHECKS_PER_PROBE) probeMemory(0);
}

/** A TimeoutError that `except` cannot swallow; every later check raises again. */
export function timeoutError(message: string) {
  // set before the error exists: near the end of the JS stack, building it can overflow (a RangeError, seen as a
  // catchable RecursionError), and the next check must then be at the next step, not thousands of steps away
  RT.checkAt = RT.steps + 1;
  const e = exc(excTypes.get("TimeoutError")!, message);
  (e as any).fatal = true;
  return e;
}

/** Stops the run with `e`, which `except` cannot swallow and every later check raises again (as a timeout). */
export function haltRun(e: PyExcObj): PyExcObj {
  (e as any).fatal = true;
  RT.halted = e;
  RT.checkAt = RT.steps + 1;
  return e;
}

/** charge n steps of work (used by builtins doing long loops) */
export function chargeSteps(n: number): void {
  RT.steps += n;
  if (RT.steps >= RT.checkAt) checkLimits();
}

export function checkAlloc(bytes: number): void {
  if (bytes > RT.maxMem) throw exc(MemoryError, `cannot allocate ${Math.ceil(bytes)} bytes (memory limit ${RT.maxMem} bytes)`);
  if ((RT.sinceProbe += bytes) > RT.probeEvery) probeMemory(bytes);
}

/** Counts an allocation too small to check on its own (the ndarray core reports them in batches). */
export function countAlloc(bytes: number): void {
  if ((RT.sinceProbe += bytes) > RT.probeEvery) probeMemory(0);
}

/**
 * Live bytes = probe − base, where base is the host's own memory when the session started. Garbage counts as
 * live until collected, so a reading over the limit first forces a collection; only memory the program still
 * holds after it raises MemoryError (catchable, as for a too-big single allocation).
 */
function probeMemory(pending: number): void {
  RT.sinceProbe = 0;
  RT.checksSinceProbe = 0;
  const probe = RT.probe!;
  if (liveBytes(probe) + pending <= RT.maxMem) return;
  if (probe.collect) {
    probe.collect();
    if (liveBytes(probe) + pending <= RT.maxMem) return;
  }
  throw exc(MemoryError, `out of memory: the program holds more than ${+(RT.maxMem / (1024 * 1024)).toFixed(1)} MB`);
}

function liveBytes(probe: MemoryProbe): number {
  return probe.liveBytes() - RT.memBase;
}

export function recursionError(): never {
  throw exc(RecursionError, "maximum recursion depth exceeded");
}
