// Keeps one child process (the web server, `next start`) running for `npm start`: when it exits without having
// been asked to, it is started again after a backoff (1 s, doubling to 30 s; back to 1 s once a run has stayed up
// for a minute), and every restart is logged with the exit code or signal. stop() ends it for good — also while a
// restart is pending — with SIGTERM, then SIGKILL after a grace period. A caller may decline restarts (restartIf),
// e.g. `npm start` while the server has not answered once yet: then the failure is reported instead of repeated.
//
// The child gets its own process group (detached), so a Ctrl-C in the terminal reaches only the supervisor, which
// stops the web server first and the database after it.
import { spawn, type ChildProcess } from "node:child_process";

export interface SupervisorOptions {
  /** Name in log lines, e.g. "next start". */
  label: string;
  cmd: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  log: (line: string) => void;
  /** Called with each new child (e.g. to record its PID). */
  onSpawn?: (child: ChildProcess) => void;
  /**
   * Asked when the child exits unexpectedly: restart it? Default yes. When no (e.g. it never came up, so a restart
   * would only repeat the failure), the supervisor stops and onGiveUp receives why.
   */
  restartIf?: () => boolean;
  onGiveUp?: (why: string) => void;
  /** First restart delay. Default 1000 ms. */
  initialDelayMs?: number;
  /** Longest restart delay. Default 30 000 ms. */
  maxDelayMs?: number;
  /** A run that lasted this long resets the delay to initialDelayMs. Default 60 000 ms. */
  stableAfterMs?: number;
  /** How long stop() waits after SIGTERM before SIGKILL. Default 10 000 ms. */
  graceMs?: number;
}

const fmtMs = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);

export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `was killed by ${signal}` : `exited with code ${code}`;
}

export class Supervisor {
  private readonly o: Required<Omit<SupervisorOptions, "onSpawn" | "restartIf" | "onGiveUp">> &
    Pick<SupervisorOptions, "onSpawn" | "restartIf" | "onGiveUp">;
  private current: ChildProcess | undefined;
  private startedAt = 0;
  private delayMs: number;
  private timer: NodeJS.Timeout | undefined;
  private wakeBackoff: (() => void) | undefined;
  private stopping = false;
  /** Restarts so far (not counting the first start). */
  restarts = 0;

  constructor(options: SupervisorOptions) {
    this.o = { initialDelayMs: 1000, maxDelayMs: 30_000, stableAfterMs: 60_000, graceMs: 10_000, ...options };
    this.delayMs = this.o.initialDelayMs;
  }

  /** The running child, if any (undefined while a restart is pending or after stop()). */
  get child(): ChildProcess | undefined {
    return this.current;
  }

  get label(): string {
    return this.o.label;
  }

  get stopped(): boolean {
    return this.stopping;
  }

  start(): void {
    if (this.stopping || this.current) return;
    const c = spawn(this.o.cmd, this.o.args, { env: this.o.env, cwd: this.o.cwd, stdio: "inherit", detached: true });
    this.current = c;
    this.startedAt = performance.now();
    c.once("error", (e) => {
      // spawn itself failed (e.g. ENOENT): no "exit" follows when there was never a process
      if (c.pid === undefined) this.exited(c, null, null, e.message);
    });
    c.once("exit", (code, signal) => this.exited(c, code, signal));
    if (c.pid !== undefined) this.o.onSpawn?.(c);
  }

  private exited(c: ChildProcess, code: number | null, signal: NodeJS.Signals | null, spawnError?: string): void {
    if (this.current !== c) return;
    this.current = undefined;
    killGroup(c, "SIGKILL"); // whatever the dead server left behind (e.g. its grader processes) goes with it
    if (this.stopping) return;
    const upMs = performance.now() - this.startedAt;
    const why = spawnError ? `could not be started (${spawnError})` : `${describeExit(code, signal)} after ${fmtMs(upMs)}`;
    if (this.o.restartIf && !this.o.restartIf()) {
      this.stopping = true;
      this.o.onGiveUp?.(why);
      return;
    }
    if (upMs >= this.o.stableAfterMs) this.delayMs = this.o.initialDelayMs;
    const delay = this.delayMs;
    this.delayMs = Math.min(this.delayMs * 2, this.o.maxDelayMs);
    this.restarts++;
    this.o.log(`${this.o.label} ${why}; restarting it in ${fmtMs(delay)} (restart ${this.restarts})`);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.wakeBackoff = undefined;
      this.start();
    }, delay);
    this.wakeBackoff = () => clearTimeout(this.timer);
  }

  /** Stops the child (SIGTERM, then SIGKILL after graceMs) and any pending restart. Idempotent. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeBackoff?.();
    this.wakeBackoff = undefined;
    const c = this.current;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const gone = new Promise<void>((r) => c.once("exit", () => r()));
    killGroup(c, "SIGTERM");
    if (!(await settlesWithin(gone, this.o.graceMs))) {
      this.o.log(`${this.o.label} did not exit within ${fmtMs(this.o.graceMs)}; killing it`);
      killGroup(c, "SIGKILL");
      await settlesWithin(gone, 5_000);
    }
  }

  /** For a second Ctrl-C: don't wait any longer. */
  kill(): void {
    this.stopping = true;
    this.wakeBackoff?.();
    if (this.current) killGroup(this.current, "SIGKILL");
  }
}

/** Signals the child's whole process group (it leads one: spawned detached), or just the child if that fails. */
function killGroup(c: ChildProcess, signal: NodeJS.Signals): void {
  if (c.pid === undefined) return;
  try {
    process.kill(-c.pid, signal);
  } catch {
    try {
      c.kill(signal);
    } catch {
      /* gone */
    }
  }
}

function settlesWithin(p: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), ms);
    void p.then(() => {
      clearTimeout(t);
      resolve(true);
    });
  });
}
