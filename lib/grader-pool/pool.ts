// A pool of grader processes (grader-process.ts) that grade exercise submissions and code-blank answers. Learner
// code never runs in the process that owns the pool (the web server or `npm run worker`).
// - N processes (default KAKUNIN_GRADER_PROCESSES, else the number of cores) and ready spares (KAKUNIN_GRADER_SPARES,
//   default 1; more while graders keep turning slow, up to KAKUNIN_GRADER_MAX_SPARES), each with the limits of limits.ts.
// - Graders start at nice 19 (where they can be raised again) unless a task waits for one: a start takes idle CPU,
//   not the CPU of gradings in progress; a start is raised to normal priority once it is ready or a task waits.
// - A process that dies or is killed is replaced (with a back-off when processes die before they are ready).
// - Exercises are graded test by test, streamed: when a process is stopped, the tests it finished keep their
//   results, the test it was running gets a "resource limit" outcome, and the remaining tests continue in a fresh
//   process — at most MAX_STOPS times per submission; after that the rest are reported as not run.
// - A code-blank answer whose process is stopped gets a "resource limit" grade (it is not run again).
// - A task whose grader turns slow when no other grader can take that grader's place (maxSlow reached) is preempted:
//   its process is killed and replaced at once, and the task runs again from its current test on a slow grader.
import os from "node:os";
import { bundledEntry, defaultSource, fallbackEntry } from "./bundle";
import type { CodeBlankItem } from "../grading/code-blank-item";
import type { GradeResult } from "../grading/types";
import type { GradeReport, TestOutcome } from "../exercises/types";
import type { GradableVersion } from "./plan";
import { GraderProcess, osLimitsAvailable, type Death, type DeathCause } from "./grader-process";
import { thisProcessMayRaisePriority } from "../os/raise-priority";
import { graderLimits, type GraderLimits } from "./limits";
import { testPlan } from "./plan";
import type { ChildMessage, ParentMessage } from "./protocol";
import { notRunTest, stoppedAnswer, stoppedTest } from "./resource-limit";

/** The grader failed for a reason that is not the learner's code (e.g. a broken exercise version). */
export class GradingCrashError extends Error {
  override name = "GradingCrashError";
}

/** Grader processes a submission may stop before its remaining tests are reported as not run. */
export const MAX_STOPS = 2;

export interface GraderPoolOptions {
  /** Processes (default KAKUNIN_GRADER_PROCESSES or the number of cores). */
  size?: number;
  /** Ready processes kept beyond `size` (default KAKUNIN_GRADER_SPARES or 1), see `target`. */
  spares?: number;
  /**
   * Spares at most while graders keep turning slow (default KAKUNIN_GRADER_MAX_SPARES or 4; 0 when `spares` is 0):
   * one per grader that turned slow in the last BURST_WINDOW_MS, see `target`.
   */
  maxSpares?: number;
  /** TypeScript source of the grader program, bundled by bundle.ts (default lib/grader-pool/child.ts). */
  source?: string;
  /** A ready-to-run entry instead (no bundling), e.g. lib/grader-pool/child-entry.mjs. */
  entry?: string;
  limits?: Partial<GraderLimits>;
  /** Where process deaths and replacements are logged (default console.log with a "[grader]" prefix). */
  log?: (line: string) => void;
}

/** Graders that turned slow within this window each keep one more spare ready (up to maxSpares). */
const BURST_WINDOW_MS = 10_000;

type Waiter = { resolve: (p: GraderProcess) => void; reject: (e: Error) => void };

type TaskEnd = { death: Death } | { preempted: true } | { failed: string } | { done: ChildMessage & { kind: "done" } };

export class GraderPool {
  readonly size: number;
  /**
   * Graders that are not slow the pool keeps: `size` plus spares. When a grader turns slow (a bomb, a long run), a
   * spare takes its place at once and its replacement starts in the background; without spares, quick gradings
   * waited for a process to start (≈ 0.35 s of CPU) while the machine was busiest (measured: the slowest normal
   * gradings of the hostile bench all fell in its first seconds, docs/PERFORMANCE.md). A burst of graders turning
   * slow (20 bombers' first offences within 6 s) used up one spare before its replacement was ready, so the pool
   * keeps one spare per grader that turned slow in the last BURST_WINDOW_MS, between `spares` and `maxSpares`.
   */
  get target(): number {
    const since = performance.now() - BURST_WINDOW_MS;
    while (this.turnedSlow.length && this.turnedSlow[0]! < since) this.turnedSlow.shift();
    return this.size + Math.max(this.minSpares, Math.min(this.maxSpares, this.turnedSlow.length));
  }
  private readonly minSpares: number;
  private readonly maxSpares: number;
  /** When graders turned slow (performance.now()), the last BURST_WINDOW_MS of them: see `target`. */
  private turnedSlow: number[] = [];
  readonly limits: GraderLimits;
  private entry = "";
  private readonly started: Promise<void>;
  private readonly log: (line: string) => void;
  private procs: GraderProcess[] = [];
  private busy = new Set<GraderProcess>();
  private versions = new WeakMap<GraderProcess, Set<string>>();
  private waiters: Waiter[] = [];
  /** Suspects' tasks and the rest of stopped gradings: served only by spare or slow graders, never a regular one. */
  private slowWaiters: Waiter[] = [];
  private nextId = 1;
  private closed = false;
  /** Spares nobody waits for start at nice 19 — only where they can be raised to normal priority again. */
  private lowStarts = process.platform === "linux" && thisProcessMayRaisePriority();
  /** Consecutive deaths before ready (start-up failures): drives the respawn back-off. */
  private startFailures = 0;
  private slowListeners: Array<() => void> = [];
  /** Graders killed to give their place back (onSlow): their tasks run again on a slow grader, nothing is lost. */
  private preempted = new WeakSet<GraderProcess>();
  /** Counters for monitoring, tests and the benchmark. */
  readonly stats = {
    completed: 0,
    replaced: 0,
    retired: 0,
    slow: 0,
    preempted: 0,
    stopped: { memory: 0, time: 0, cpu: 0, crash: 0 } as Record<DeathCause, number>,
    /** Tasks that found no idle regular grader, and their time waiting for one (ms): see KAKUNIN_GRADING_TRACE. */
    waited: { tasks: 0, ms: 0 },
  };

  constructor(opts: GraderPoolOptions = {}) {
    this.size = Math.max(1, opts.size ?? Number(process.env.KAKUNIN_GRADER_PROCESSES || os.availableParallelism()));
    const count = (n: number) => (Number.isInteger(n) && n > 0 ? n : 0);
    this.minSpares = count(opts.spares ?? Number(process.env.KAKUNIN_GRADER_SPARES ?? 1));
    const max = opts.maxSpares ?? (this.minSpares ? Number(process.env.KAKUNIN_GRADER_MAX_SPARES ?? 4) : 0);
    this.maxSpares = Math.max(this.minSpares, count(max));
    this.limits = graderLimits(opts.limits);
    this.log = opts.log ?? ((l) => console.log(`[grader] ${l}`));
    if (!osLimitsAvailable(this.limits))
      this.log("prlimit is not available: grader processes run without OS limits (heap cap and watchdogs still apply)");
    const entry = opts.entry
      ? Promise.resolve(opts.entry)
      : bundledEntry(opts.source ?? defaultSource()).catch((e: Error) => {
          this.log(`could not bundle the grader (${e.message}); running it through tsx`);
          return fallbackEntry();
        });
    this.started = entry.then((e) => {
      this.entry = e;
      if (this.closed) return;
      for (let i = 0; i < this.target; i++) this.procs.push(this.spawn(false));
    });
  }

  /** Resolves when every process has loaded the grader. */
  async ready(): Promise<void> {
    await this.started;
    await Promise.all(this.procs.map((p) => p.ready));
  }

  /** Resolves once every process now in the pool has a pid (the spawner reports them). */
  async spawned(): Promise<void> {
    await Promise.all(this.procs.map((p) => p.spawned));
  }

  /** Process ids currently in the pool (for tests and monitoring; -1 for one whose pid is not known yet). */
  pids(): number[] {
    return this.procs.map((p) => p.pid ?? -1);
  }

  /**
   * Starts a grader: at nice 19 where it can be raised again (a start costs ~0.35 CPU-s; at normal priority it took
   * that from the gradings in progress while bombs turned graders slow), unless a task waits for a grader or `low`
   * is false. It is raised when it is ready, or as soon as a task waits (pump).
   */
  private spawn(low = true): GraderProcess {
    const p = new GraderProcess(
      this.entry,
      this.limits,
      (dead, death) => this.onExit(dead, death),
      (slow) => this.onSlow(slow),
      low && this.lowStarts && !this.waiters.length,
    );
    this.versions.set(p, new Set());
    void p.ready.then(() => {
      if (p.isReady) this.startFailures = 0;
      this.pump();
    });
    return p;
  }

  /** Graders that take new work (alive and not slow). */
  private regular(): number {
    return this.procs.filter((p) => !p.dead && !p.slow).length;
  }

  /** Graders set aside for slow tasks (alive and slow): at most limits.maxSlow. */
  private slowGraders(): number {
    return this.procs.filter((p) => !p.dead && p.slow).length;
  }

  /**
   * Slow tasks: on a slow grader, or waiting for one (a suspect's, a preempted one). Their jobs no longer hold a
   * place among the jobs a worker keeps in flight.
   */
  slowTasks(): number {
    return this.procs.filter((p) => !p.dead && p.slow && p.task).length + this.slowWaiters.length;
  }

  /** Calls `fn` whenever a grader turns slow (a worker may then take another job). */
  onSlowGrader(fn: () => void): void {
    this.slowListeners.push(fn);
  }

  /** Half the slow graders taken: a learner whose code recently exhausted its limits waits (queue-worker.ts). */
  slowFull(): boolean {
    return this.slowGraders() >= this.limits.maxSlow / 2;
  }

  /**
   * A grader is slow (its run outlasted limits.slowAfterMs, or it took a suspect's task): it no longer counts, so
   * another one takes its place — an idle spare when there is one — and new processes start until `target` graders
   * are not slow again (at most maxSlow slow ones: beyond, the grader is preempted).
   */
  private onSlow(p: GraderProcess): void {
    this.stats.slow++;
    this.turnedSlow.push(performance.now());
    for (const fn of this.slowListeners) queueMicrotask(fn);
    if (this.closed) return;
    if (this.slowGraders() > this.limits.maxSlow) {
      // No room for another slow grader: keeping the slow task here would leave quick gradings one grader short until
      // it ends (seconds, for a bomb at idle priority). It is cheaper to kill it and grade it again among the slow
      // tasks. Always, not only when fewer than `size` graders were left (counting those still starting): with more
      // spares that let slow graders pile up to 14 of 8 in a loaded hostile bench, and quick jobs waited up to 27 s.
      if (p.task) this.preempt(p);
      return;
    }
    while (this.regular() < this.target) {
      const next = this.spawn();
      this.procs.push(next);
      void next.spawned.then(() =>
        this.log(
          `grader pid ${p.pid} is slow: reniced, another grader takes its place${next.startingLow ? ` (pid ${next.pid}, started at nice 19 until it is ready)` : ""}`,
        ),
      );
    }
  }

  private preempt(p: GraderProcess): void {
    this.preempted.add(p);
    this.stats.preempted++;
    this.log(`grader pid ${p.pid} turned slow with every slow grader taken: its task will run again among the slow ones`);
    p.kill({ cause: "crash", detail: "preempted" });
  }

  private onExit(p: GraderProcess, death: Death): void {
    this.busy.delete(p);
    const i = this.procs.indexOf(p);
    if (i < 0 || this.closed) return;
    this.procs.splice(i, 1);
    if (death.detail !== "retired" && !this.preempted.has(p)) this.stats.stopped[death.cause]++;
    if (p.raiseRefused) this.lowStarts = false;
    if (!p.isReady) this.startFailures++;
    const delay = this.startFailures ? Math.min(30_000, 500 * 2 ** (this.startFailures - 1)) : 0;
    if (this.startFailures) this.log(`a grader process died while starting (${death.detail}); next attempt in ${delay} ms`);
    const replace = () => {
      if (this.closed) return;
      while (this.regular() < this.target) {
        this.stats.replaced++;
        this.procs.push(this.spawn());
      }
    };
    if (delay) setTimeout(replace, delay).unref();
    else replace();
    if (this.slowWaiters.length) this.growForSlow();
  }

  /**
   * Waits for an idle, ready process (`first`: ahead of the others, for the continuation of a started grading;
   * `slow`: a suspect's task, see growForSlow).
   */
  private acquire(first = false, slow = false): Promise<GraderProcess> {
    if (this.closed) return Promise.reject(new Error("The grader pool is closed"));
    return new Promise((resolve, reject) => {
      const queue = slow ? this.slowWaiters : this.waiters;
      const t0 = performance.now();
      let waits = false;
      const served = (p: GraderProcess) => {
        if (waits && !slow) {
          this.stats.waited.tasks++;
          this.stats.waited.ms += performance.now() - t0;
        }
        resolve(p);
      };
      if (first) queue.unshift({ resolve: served, reject });
      else queue.push({ resolve: served, reject });
      if (slow) this.growForSlow();
      this.pump();
      waits = true;
    });
  }

  /**
   * A slow task never takes one of the `target` regular graders: it gets an idle grader beyond them or a
   * process started for it (it loads the grader at normal priority and is reniced when its task is handed out) —
   * so suspects never cost the others a grader.
   */
  private growForSlow(): void {
    if (this.closed || !this.entry) return;
    const idleSlow = this.procs.filter((p) => !p.dead && p.slow && !p.task && !this.busy.has(p)).length;
    const spare = Math.max(0, this.regular() - this.target);
    const needed = this.slowWaiters.length - idleSlow - spare;
    for (let i = 0; i < needed && this.slowGraders() < this.limits.maxSlow; i++) {
      // at normal priority: a slow task waits for it, and at nice 19 it started late whenever the machine was busy
      const p = this.spawn(false);
      p.reserveSlow();
      this.procs.push(p);
    }
  }

  private release(p: GraderProcess): void {
    // reniced for its task: back to normal (it stays as a spare), or, where that is not permitted, it leaves the pool;
    // it takes no work until its policy is back
    if (!p.dead && p.slow) {
      void p.unmarkSlow().then((ok) => {
        if (ok) this.afterTask(p);
        else {
          this.busy.delete(p);
          p.retire();
        }
      });
      return;
    }
    this.afterTask(p);
  }

  private afterTask(p: GraderProcess): void {
    this.busy.delete(p);
    if (!p.dead && p.cpuS > this.limits.retireCpuS) {
      this.stats.retired++;
      this.log(`grader pid ${p.pid} retires after ${p.cpuS.toFixed(0)} s of CPU`);
      p.retire();
      return;
    }
    this.pump();
  }

  private pump(): void {
    const idle = (p: GraderProcess) => p.isReady && !p.dead && !p.task && !this.busy.has(p);
    for (const p of this.procs) {
      if (!this.waiters.length) break;
      if (!idle(p) || p.slow) continue;
      this.busy.add(p);
      this.waiters.shift()!.resolve(p);
    }
    // a task waits for a grader: those still starting at nice 19 now start at normal priority
    if (this.waiters.length) for (const p of this.procs) if (!p.slow) p.raise();
    for (const p of this.procs) {
      if (!this.slowWaiters.length) return;
      if (!idle(p)) continue;
      // a regular grader serves a slow task only while one more than `target` of them is left — or when no slow
      // grader exists that could serve it later (the pool cannot grow: maxSlow reached or 0)
      if (!p.slow) {
        if (this.regular() <= this.target && this.procs.some((q) => !q.dead && q.slow)) continue;
        this.stats.slow++;
      }
      p.markSlow(true);
      this.busy.add(p);
      this.slowWaiters.shift()!.resolve(p);
      for (const fn of this.slowListeners) queueMicrotask(fn);
    }
  }

  /** Runs one task on `p`; resolves with how it ended (never rejects). */
  private runOn(p: GraderProcess, msg: ParentMessage, onProgress: (m: ChildMessage) => void = () => {}): Promise<TaskEnd> {
    return new Promise<TaskEnd>((resolve) => {
      p.run(msg, {
        id: msg.id,
        onMessage: (m) => {
          if (m.kind === "done") resolve({ done: m });
          else if (m.kind === "failed") resolve({ failed: m.error });
          else onProgress(m);
        },
        onDeath: (death) => resolve(this.preempted.has(p) ? { preempted: true } : { death }),
      });
    });
  }

  /**
   * Grades `code` against every test of `version`. Rejects only with GradingCrashError or when the pool closes.
   * `suspect`: the learner's code recently exhausted its limits — graded at low priority from the start.
   */
  async run(version: GradableVersion, code: string, opts: { suspect?: boolean } = {}): Promise<GradeReport> {
    const plan = testPlan(version);
    const results = new Map<string, TestOutcome>();
    let stops = 0;
    let preempted = false;
    for (;;) {
      const remaining = plan.filter((t) => !results.has(t.name));
      if (!remaining.length) break;
      if (stops >= MAX_STOPS) {
        for (const t of remaining) results.set(t.name, notRunTest(t, stops));
        break;
      }
      // after a stop or a preemption, the rest of a submission is graded at low priority like a suspect's
      const again = stops > 0 || preempted;
      const p = await this.acquire(again, opts.suspect === true || again);
      const id = this.nextId++;
      const known = this.versions.get(p)!;
      const msg: ParentMessage = {
        kind: "exercise",
        id,
        versionId: version.id,
        code,
        tests: remaining.map((t) => t.name),
        ...(known.has(version.id) ? {} : { version }),
      };
      known.add(version.id);
      let current: { name: string; at: number } | null = null;
      const end = await this.runOn(p, msg, (m) => {
        if (m.kind === "test-start") current = { name: m.name, at: Date.now() };
        else if (m.kind === "test") {
          results.set(m.outcome.name, m.outcome);
          current = null;
        }
      });
      this.release(p);
      if ("failed" in end) throw new GradingCrashError(`The grader failed: ${end.failed}`);
      if ("preempted" in end) {
        preempted = true;
        continue;
      }
      if ("done" in end) {
        this.stats.completed++;
        // a test the child skipped (not in the version) would otherwise be retried forever
        for (const t of remaining) if (!results.has(t.name)) results.set(t.name, notRunTest(t, stops));
        continue;
      }
      stops++;
      const running = current as { name: string; at: number } | null;
      const t = running ? plan.find((x) => x.name === running.name) : undefined;
      this.log(
        `grader pid ${p.pid} stopped (${end.death.cause}: ${end.death.detail}) ${t ? `in test ${t.name}` : "between tests"} of version ${version.id}; replaced`,
      );
      if (t && running) results.set(t.name, stoppedTest(t, end.death.cause, Date.now() - running.at));
    }
    const tests = plan.map((t) => results.get(t.name)!);
    return { score: tests.reduce((s, o) => s + o.points, 0), maxScore: tests.reduce((s, o) => s + o.maxPoints, 0), tests };
  }

  /** Grades a code-blank answer (lib/grading/code-blank-item.ts) in a grader process. */
  async gradeAnswer(item: CodeBlankItem, response: unknown): Promise<GradeResult> {
    // a preempted answer is checked again among the slow tasks
    let again = false;
    let p: GraderProcess;
    let end: TaskEnd;
    do {
      p = await this.acquire(again, again);
      end = await this.runOn(p, { kind: "answer", id: this.nextId++, item, response });
      this.release(p);
      again = true;
    } while ("preempted" in end);
    if ("failed" in end) throw new GradingCrashError(`The grader failed: ${end.failed}`);
    if ("death" in end) {
      this.log(`grader pid ${p.pid} stopped (${end.death.cause}: ${end.death.detail}) grading a code blank; replaced`);
      return stoppedAnswer(end.death.cause);
    }
    this.stats.completed++;
    return end.done.result!;
  }

  /** One line on what every grader is doing (for KAKUNIN_GRADING_TRACE and debugging). */
  describe(): string {
    const state = (p: GraderProcess) =>
      p.dead ? "dead" : !p.isReady ? "starting" : p.task ? (p.slow ? "slow" : "busy") : p.slow ? "slow-idle" : "idle";
    const counts = new Map<string, number>();
    for (const p of this.procs) counts.set(state(p), (counts.get(state(p)) ?? 0) + 1);
    return `graders ${[...counts].map(([k, v]) => `${k}=${v}`).join(" ")} (kept ${this.target}); waiting ${this.waiters.length} + ${this.slowWaiters.length} slow`;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of [...this.waiters.splice(0), ...this.slowWaiters.splice(0)]) w.reject(new Error("The grader pool was closed"));
    await Promise.all(
      this.procs.map(
        (p) =>
          new Promise<void>((resolve) => {
            if (p.dead || p.child.exitCode !== null || p.child.signalCode !== null) return resolve();
            p.child.once("exit", () => resolve());
            p.kill({ cause: "crash", detail: "the grader pool was closed" });
          }),
      ),
    );
  }
}
