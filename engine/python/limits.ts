// Runtime limits: steps, wall-clock deadline, memory for big allocations, recursion depth, output size.
import { exc, MemoryError, RecursionError } from "./errors";
import { excTypes } from "./errors";

export interface Limits {
  maxSteps: number;
  deadline: number;
  now: () => number;
  maxMemoryBytes: number;
  maxRecursion: number;
  maxOutputBytes: number;
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
};

const CHECK_EVERY = 4096;

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
  RT.timeoutMs = timeoutMs;
}

/** Called when steps reach checkAt. */
export function checkLimits(): void {
  RT.checkAt = RT.steps + CHECK_EVERY;
  if (RT.steps > RT.maxSteps) {
    const e = exc(excTypes.get("TimeoutError")!, `step limit exceeded (${RT.maxSteps} steps)`);
    (e as any).fatal = true;
    RT.checkAt = RT.steps + 1;
    throw e;
  }
  if (RT.now() > RT.deadline) {
    const e = exc(excTypes.get("TimeoutError")!, `execution time limit exceeded (${RT.timeoutMs} ms)`);
    (e as any).fatal = true;
    RT.checkAt = RT.steps + 1;
    throw e;
  }
}

/** charge n steps of work (used by builtins doing long loops) */
export function chargeSteps(n: number): void {
  RT.steps += n;
  if (RT.steps >= RT.checkAt) checkLimits();
}

export function checkAlloc(bytes: number): void {
  if (bytes > RT.maxMem) throw exc(MemoryError, `cannot allocate ${Math.ceil(bytes)} bytes (memory limit ${RT.maxMem} bytes)`);
}

export function recursionError(): never {
  throw exc(RecursionError, "maximum recursion depth exceeded");
}
