// The budget of engine time a task may use at normal priority before its grader turns slow (limits.slowAfterMs).
// It counts the CPU time the grader's main thread got during the task's engine runs, not their wall time: on a
// busy machine a quick grading that waited for a core must not be taken for a long one and reniced behind the
// programs that made the machine busy. Where the CPU time cannot be read, wall time counts.
/** The shortest wait before the CPU time of a running run is read again (ms). */
const MIN_RECHECK_MS = 10;

export class RunBudget {
  private usedMs = 0;
  private runStart: { cpu: number | null; wall: number } | null = null;
  private timer: NodeJS.Timeout | undefined;

  /** `cpuNow`: the grader's main-thread CPU time (ms), null where it cannot be read */
  constructor(
    private readonly cpuNow: () => number | null,
    private readonly budgetMs: number,
    private readonly onOver: () => void,
  ) {}

  /**
   * An engine run started, the grader's CPU time being `cpu` (the caller's reading, shared with its watchdog);
   * `watch`: call onOver once the task's runs have used the budget.
   */
  startRun(cpu: number | null, watch: boolean): void {
    this.endRun(cpu);
    this.runStart = { cpu, wall: performance.now() };
    if (watch) this.check(Math.max(0, this.budgetMs - this.usedMs));
  }

  /** The run in progress (if any) ended, the grader's CPU time being `cpu`: its time is added to the task's. */
  endRun(cpu: number | null): void {
    clearTimeout(this.timer);
    this.usedMs += this.runMs(cpu);
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
      const used = this.usedMs + this.runMs(this.cpuNow());
      if (used >= this.budgetMs) this.onOver();
      else this.check(Math.max(MIN_RECHECK_MS, this.budgetMs - used));
    }, wait);
  }

  private runMs(cpu: number | null): number {
    const s = this.runStart;
    if (!s) return 0;
    return cpu === null || s.cpu === null ? performance.now() - s.wall : cpu - s.cpu;
  }
}
