// One grader process: spawns child-entry.mjs (under prlimit when available) with the V8 heap cap, runs one task at a
// time, and enforces the limits of limits.ts from the outside — a resident-memory watchdog and a CPU-time watchdog
// (with a wall-clock backstop) re-armed by every "exec" message with that engine run's own limit. Whatever ends the process (our kill, V8's heap
// abort, a signal, an exit) is reported once, with its cause, to `onExit`; the pool replaces the process.
import { spawn } from "node:child_process";
import { setProcessIdle, setProcessPriority } from "./priority";
import type { ChildMessage, ParentMessage } from "./protocol";
import { PRLIMIT, prlimitArgs, residentBytes, stackSizeArgs, type GraderLimits } from "./limits";
import { mainThreadCpuMs } from "./thread-cpu";
import { RemoteChild, spawnerAvailable } from "./remote-child";
import { RunBudget } from "./run-budget";

export type DeathCause = "memory" | "time" | "cpu" | "crash";

/** A run that waits for a CPU is killed after this many times its limit in wall time all the same. */
const STARVED_WALL_FACTOR = 10;
/** The shortest wait before the CPU time of a starved run is read again (ms). */
const MIN_RECHECK_MS = 50;

export interface Death {
  cause: DeathCause;
  /** For the log: exit code or signal, and what triggered it. */
  detail: string;
}

export interface RunningTask {
  id: number;
  onMessage: (m: ChildMessage) => void;
  onDeath: (d: Death) => void;
}

/** Whether prlimit was found (logged once by the pool). */
export function osLimitsAvailable(limits: GraderLimits): boolean {
  return prlimitArgs(limits) !== null;
}

/** What this file uses of a grader process: a ChildProcess, or a RemoteChild (started by the spawner). */
export interface GraderChild {
  readonly pid?: number | undefined;
  readonly exitCode: number | null;
  readonly signalCode: NodeJS.Signals | null;
  readonly stderr: { on(event: "data", fn: (d: Buffer) => void): unknown } | null;
  readonly channel?: { ref(): void; unref(): void } | null;
  send(msg: ParentMessage, cb: (err: Error | null) => void): unknown;
  kill(signal: NodeJS.Signals): unknown;
  unref(): void;
  on(event: string, fn: (...args: any[]) => void): unknown;
  once(event: string, fn: (...args: any[]) => void): unknown;
}

export class GraderProcess {
  readonly child: GraderChild;
  readonly ready: Promise<void>;
  isReady = false;
  dead = false;
  task: RunningTask | null = null;
  /** CPU time (ms) the child reported it took to start, warm-up included. */
  startCpuMs: number | null = null;
  /** CPU seconds the child reported after its last task. */
  cpuS = 0;
  /** Reniced (nice 19) for a long or suspect task (see limits.ts); back to normal after it, or retired. */
  slow = false;
  private reniced = false;
  /** markSlow's request for SCHED_IDLE on its threads (priority.ts): resolves true once it took effect */
  private idlePolicy: Promise<boolean> | null = null;
  private markReady!: () => void;
  private killedFor: Death | null = null;
  private watchdog: NodeJS.Timeout | undefined;
  private rssTimer: NodeJS.Timeout | undefined;
  /** Engine CPU time of the current task, against limits.slowAfterMs. */
  private readonly runBudget: RunBudget;
  private stderrTail = "";

  /** Resolves once the process has a pid (at once when this process spawned it; the spawner reports it) or died. */
  readonly spawned: Promise<void>;

  constructor(
    entry: string,
    private readonly limits: GraderLimits,
    private readonly onExit: (p: GraderProcess, d: Death) => void,
    private readonly onSlow: (p: GraderProcess) => void = () => {},
    lowStart = false,
  ) {
    this.ready = new Promise<void>((r) => (this.markReady = r));
    this.runBudget = new RunBudget(
      () => this.cpuNow(),
      limits.slowAfterMs,
      () => this.task && this.markSlow(),
    );
    const node = [process.execPath, `--max-old-space-size=${limits.heapMb}`, ...stackSizeArgs(), entry];
    const os = prlimitArgs(limits);
    const [cmd, ...args] = os ? [PRLIMIT, ...os, "--", ...node] : node;
    const env = { ...process.env, NODE_OPTIONS: "" };
    if (spawnerAvailable()) {
      const remote = new RemoteChild({ cmd: cmd!, args, env, nice: lowStart ? 19 : 0 });
      this.spawned = new Promise<void>((resolve) => {
        remote.once("spawn", () => {
          // threads the process starts later inherit the nice value of the main thread
          this.startingLow = lowStart && remote.niced;
          resolve();
        });
        remote.once("exit", () => resolve());
      });
      this.child = remote;
    } else {
      this.child = spawn(cmd!, args, { stdio: ["ignore", "ignore", "pipe", "ipc"], env, serialization: "json" });
      this.spawned = Promise.resolve();
      if (lowStart && this.child.pid) {
        try {
          setProcessPriority(this.child.pid, 19);
          this.startingLow = true;
        } catch {
          /* not permitted: it starts at normal priority */
        }
      }
    }
    // an idle grader never keeps its owner alive (it exits when the owner goes: child.ts listens for "disconnect");
    // the IPC channel is referenced only while the grader starts or runs a task
    this.child.unref();
    (this.child.stderr as unknown as { unref?: () => void }).unref?.();
    this.child.stderr!.on("data", (d: Buffer) => {
      this.stderrTail = (this.stderrTail + d.toString("utf8")).slice(-2000);
    });
    this.child.on("message", (m: ChildMessage) => this.onMessage(m));
    this.child.on("error", (e) => {
      // a process that could not be spawned emits no "exit"
      if (this.child.pid === undefined) {
        this.killedFor ??= { cause: "crash", detail: `could not be started: ${e.message}` };
        this.onChildExit(null, null);
      } else this.kill({ cause: "crash", detail: e.message });
    });
    this.child.on("exit", (code, signal) => this.onChildExit(code, signal));
  }

  /**
   * Started at nice 19 (a spare that nobody waits for yet, pool.ts): its start-up takes idle CPU, not the CPU of
   * gradings in progress. It is raised to normal priority when it is ready, or earlier when the pool needs it.
   */
  startingLow = false;
  /** Raising it was refused: the pool stops starting spares low. */
  raiseRefused = false;

  /** Back to normal priority after a low start; a process that cannot be raised is retired (the pool replaces it). */
  raise(): void {
    if (!this.startingLow || this.dead || !this.child.pid) return;
    this.startingLow = false;
    try {
      setProcessPriority(this.child.pid, 0);
    } catch {
      this.raiseRefused = true;
      this.retire();
    }
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Sends a task; the process must be ready and idle. */
  run(msg: ParentMessage, task: RunningTask): void {
    if (this.dead) {
      queueMicrotask(() => task.onDeath({ cause: "crash", detail: "the grader exited before the task" }));
      return;
    }
    this.task = task;
    this.runBudget.reset();
    this.child.channel?.ref();
    this.arm(this.limits.hostStepMs, "host work", this.cpuNow());
    this.rssTimer = setInterval(() => this.checkMemory(), this.limits.rssPollMs);
    this.child.send(msg, (err) => {
      if (err) this.kill({ cause: "crash", detail: `the task could not be sent: ${err.message}` });
    });
  }

  /** Kills the process for `why` (idempotent; the exit is reported with this cause). */
  kill(why: Death): void {
    if (this.dead) return;
    this.killedFor ??= why;
    this.child.kill("SIGKILL");
  }

  /** Ends an idle process on purpose (retirement, pool closing): no task is affected. */
  retire(): void {
    this.killedFor ??= { cause: "crash", detail: "retired" };
    this.child.kill("SIGKILL");
  }

  /**
   * Kills the process once its main thread has used `ms` of CPU time on `what` — the measure the engine's own
   * deadline uses (thread-cpu.ts). A process that got less CPU than that was waiting for one (reniced, SCHED_IDLE,
   * a busy machine, stopped), not running away: it is given the rest, up to STARVED_WALL_FACTOR × `ms` of wall time.
   * Where its CPU time cannot be read, `ms` of wall time is the limit.
   */
  private arm(ms: number, what: string, cpuAtStart: number | null): void {
    clearTimeout(this.watchdog);
    const wallEnd = performance.now() + ms * STARVED_WALL_FACTOR;
    const check = (wait: number) => {
      this.watchdog = setTimeout(() => {
        const cpu = cpuAtStart === null ? null : this.cpuNow();
        const used = cpu === null ? ms : cpu - cpuAtStart!;
        const wallLeft = wallEnd - performance.now();
        if (used < ms && wallLeft > 0) check(Math.max(MIN_RECHECK_MS, Math.min(ms - used, wallLeft)));
        else
          this.kill({
            cause: "time",
            detail:
              used < ms
                ? `${what} exceeded ${ms * STARVED_WALL_FACTOR} ms of wall time (it got ${used} ms of CPU)`
                : `${what} exceeded ${ms} ms`,
          });
      }, wait);
    };
    check(ms);
  }

  private disarm(): void {
    clearTimeout(this.watchdog);
    this.runBudget.endRun(this.cpuNow());
    clearInterval(this.rssTimer);
    this.watchdog = undefined;
    this.rssTimer = undefined;
  }

  /** The CPU time (ms) of the process's main thread, null where it cannot be read (thread-cpu.ts). */
  private cpuNow(): number | null {
    const pid = this.child.pid;
    return pid === undefined ? null : mainThreadCpuMs(pid);
  }

  /** Renices the process for the rest of its task (`quiet`: without reporting it, the pool asked for it). */
  markSlow(quiet = false): void {
    if (this.dead || (this.slow && this.reniced)) return;
    const reserved = this.slow;
    this.slow = true;
    try {
      if (this.child.pid) {
        setProcessPriority(this.child.pid, 19);
        this.idlePolicy = setProcessIdle(this.child.pid, true);
      }
      this.reniced = true;
    } catch {
      /* not permitted here: it still leaves the pool's count */
    }
    if (!quiet && !reserved) this.onSlow(this);
  }

  /**
   * Set aside for slow tasks without renicing yet: a process started for a suspect loads the grader at normal
   * priority (a reniced start-up can take many seconds on a busy machine) and is reniced when its task is handed out.
   */
  reserveSlow(): void {
    this.slow = true;
  }

  /**
   * After a slow task: back to normal priority if the system allows it (lowering niceness may need privileges).
   * Resolves once the policy is back; the process must take no work before.
   */
  async unmarkSlow(): Promise<boolean> {
    if (!this.slow || this.dead || !this.child.pid) return false;
    const pid = this.child.pid;
    if (this.reniced) {
      try {
        setProcessPriority(pid, 0);
      } catch {
        return false;
      }
      // SCHED_IDLE that cannot be left (not permitted) must not serve a regular task
      const idle = this.idlePolicy;
      this.idlePolicy = null;
      if (idle && (await idle) && !(await setProcessIdle(pid, false))) return false;
    }
    this.reniced = false;
    this.slow = false;
    return true;
  }

  private checkMemory(): void {
    const pid = this.child.pid;
    const rss = pid ? residentBytes(pid) : null;
    if (rss !== null && rss > this.limits.rssMb * 1024 * 1024)
      this.kill({ cause: "memory", detail: `resident memory ${Math.round(rss / 2 ** 20)} MB over ${this.limits.rssMb} MB` });
  }

  private onMessage(m: ChildMessage): void {
    if (m.kind === "ready") {
      this.startCpuMs = m.cpuMs;
      this.raise();
      this.child.channel?.unref();
      this.isReady = true;
      this.markReady();
      return;
    }
    const t = this.task;
    if (!t || m.id !== t.id) return;
    if (m.kind === "exec") {
      // one reading of the grader's CPU time ends the last run and starts this one, for the watchdog and the budget
      const cpu = this.cpuNow();
      this.runBudget.endRun(cpu);
      if (m.limitMs === null) this.arm(this.limits.hostStepMs, "host work", cpu);
      else {
        this.arm(Math.min(m.limitMs, this.limits.maxRunMs) + this.limits.graceMs, `an engine run (limit ${m.limitMs} ms)`, cpu);
        // the budget is the task's, not each run's: many short runs that fail fast (a bomb the engine refuses in
        // 50 ms per test) add up to a slow task as surely as one long run
        this.runBudget.startRun(cpu, !this.slow);
      }
      return;
    }
    if (m.kind === "done" || m.kind === "failed") {
      this.disarm();
      this.task = null;
      this.child.channel?.unref();
      if (m.kind === "done" && m.cpuS !== undefined) this.cpuS = m.cpuS;
    }
    t.onMessage(m);
  }

  private onChildExit(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.dead) return;
    this.dead = true;
    this.disarm();
    this.markReady();
    const death = this.killedFor ?? classify(code, signal, this.stderrTail);
    const t = this.task;
    this.task = null;
    if (t) t.onDeath(death);
    this.onExit(this, death);
  }
}

/** Why a process ended that the pool did not kill. */
function classify(code: number | null, signal: NodeJS.Signals | null, stderr: string): Death {
  const how = signal ? `signal ${signal}` : `exit code ${code}`;
  if (/heap out of memory|Allocation failed|OutOfMemory|Out of memory/i.test(stderr))
    return { cause: "memory", detail: `${how}: V8 heap limit` };
  if (signal === "SIGXCPU" || code === 152) return { cause: "cpu", detail: `${how}: RLIMIT_CPU` };
  // SIGKILL we did not send: the kernel's OOM killer (oom_score_adj makes graders its first choice)
  if (signal === "SIGKILL") return { cause: "memory", detail: `${how}: killed by the system (out of memory)` };
  return { cause: "crash", detail: how };
}
