// The budget of engine time a task may use at normal priority before its grader turns slow (limits.slowAfterMs).
// It counts the CPU time the grader's main thread got during the task's engine runs, not their wall time: on a
// busy machine a quick grading that waited for a core must not be taken for a long one and reniced behind the
// programs that made the machine busy. Where the CPU time cannot be read, wall time counts.
import { mainThreadCpuMs } from "./thread-cpu";

/** The shortest wait before the CPU time of a running run is read again (ms). */
const MIN_RECHECK_MS = 10;

export class RunBudget {
  private usedMs = 0;
  private runStart: { cpu: number | null; wall: number } | null = null;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pid: () => number | undefined,
    private readonly budgetMs: number,
    private readonly onOver: () => void,
  ) {}

  /** An engine run started; `watch`: call onOver once the task's runs have used the budget. */
  startRun(watch: boolean): void {
    this.endRun();
    this.runStart = { cpu: this.cpuNow(), wall: performance.now() };
    if (watch) this.check(Math.max(0, this.budgetMs - this.usedMs));
  }

  /** The run in progress (if any) ended: its time is added to the task's. */
  endRun(): void {
    clearTimeout(this.timer);
    this.usedMs += this.runMs();
    this.runStart = null;
  }

  /** A new task: nothing used yet. */
  reset(): void {
    clearTimeout(this.timer);
    this.usedMs = 0;
    this.runStart = null;
  }

  private check(wait: number): void {
    this.timer = setTimeout(() => {
      const used = this.usedMs + this.runMs();
      if (used >= this.budgetMs) this.onOver();
      else this.check(Math.max(MIN_RECHECK_MS, this.budgetMs - used));
    }, wait);
  }

  private runMs(): number {
    const s = this.runStart;
    if (!s) return 0;
    const cpu = s.cpu === null ? null : this.cpuNow();
    return cpu === null || s.cpu === null ? performance.now() - s.wall : cpu - s.cpu;
  }

  private cpuNow(): number | null {
    const pid = this.pid();
    return pid === undefined ? null : mainThreadCpuMs(pid);
  }
}
