// A pool of worker_threads that run gradeSubmissionCode() off the event loop.
// - N threads (default: os.availableParallelism()), each with V8 heap limits (resourceLimits.maxOldGenerationSizeMb).
// - Each task has a wall-clock watchdog. When it fires, the thread is terminated and replaced, and the task fails
//   with GradingTimeoutError; a thread that dies (out of memory, crash) fails its task with GradingCrashError.
//   Either way the caller gets an answer: a stuck grading never hangs the queue.
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { GradableVersion, GradeReport } from "./grade-task";

export class GradingTimeoutError extends Error {
  override name = "GradingTimeoutError";
}
export class GradingCrashError extends Error {
  override name = "GradingCrashError";
}

export interface GraderPoolOptions {
  /** Threads (default KAKUNIN_GRADER_THREADS or the number of cores). */
  size?: number;
  /** Wall-clock limit per task in ms (default KAKUNIN_GRADING_WATCHDOG_MS or 30 s). */
  watchdogMs?: number;
  /** V8 old-generation heap limit per thread (default 512 MB). */
  maxOldGenerationSizeMb?: number;
  /** Thread entry (default lib/grader-pool/thread-entry.mjs under KAKUNIN_ROOT or the working directory). */
  entry?: string;
}

interface Task {
  version: GradableVersion;
  code: string;
  watchdogMs: number;
  resolve: (r: GradeReport) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  task: (Task & { id: number; timer?: NodeJS.Timeout }) | null;
  dead: boolean;
  /** The thread has loaded the grader; tasks (and their watchdogs) start only then. */
  isReady: boolean;
  /** Version ids whose content/secret this thread already holds (sent once per thread, not per task). */
  versions: Set<string>;
}

function defaultEntry(): string {
  const root = process.env.KAKUNIN_ROOT || process.cwd();
  return path.join(root, "lib", "grader-pool", "thread-entry.mjs");
}

export class GraderPool {
  readonly size: number;
  readonly watchdogMs: number;
  private readonly heapMb: number;
  private readonly entry: string;
  private slots: Slot[] = [];
  private waiting: Task[] = [];
  private nextId = 1;
  private closed = false;
  /** Counters for monitoring and tests. */
  readonly stats = { completed: 0, timedOut: 0, crashed: 0, replaced: 0 };

  constructor(opts: GraderPoolOptions = {}) {
    this.size = Math.max(1, opts.size ?? Number(process.env.KAKUNIN_GRADER_THREADS || os.availableParallelism()));
    this.watchdogMs = opts.watchdogMs ?? Number(process.env.KAKUNIN_GRADING_WATCHDOG_MS || 30_000);
    this.heapMb = opts.maxOldGenerationSizeMb ?? 512;
    this.entry = opts.entry ?? defaultEntry();
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  /** Resolves when every thread has loaded the grader (the first grading would otherwise pay for it). */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.ready));
  }

  /** Threads currently alive (for tests). */
  threadIds(): number[] {
    return this.slots.map((s) => s.worker.threadId);
  }

  private spawn(): Slot {
    const worker = new Worker(this.entry, {
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: 64 },
      stdout: false,
      stderr: false,
    });
    worker.unref();
    let markReady!: () => void;
    const slot: Slot = { worker, ready: new Promise<void>((r) => (markReady = r)), task: null, dead: false, isReady: false, versions: new Set() };
    worker.on("message", (m: { ready?: boolean; id?: number; ok?: boolean; report?: GradeReport; error?: string }) => {
      if (m.ready) {
        slot.isReady = true;
        markReady();
        this.pump();
        return;
      }
      const t = slot.task;
      if (!t || t.id !== m.id) return;
      clearTimeout(t.timer);
      slot.task = null;
      this.stats.completed++;
      if (m.ok) t.resolve(m.report!);
      else t.reject(new GradingCrashError(`The grader failed: ${m.error}`));
      this.pump();
    });
    const onDeath = (why: string) => {
      if (slot.dead) return;
      slot.dead = true;
      markReady();
      const t = slot.task;
      slot.task = null;
      if (t) {
        clearTimeout(t.timer);
        this.stats.crashed++;
        t.reject(new GradingCrashError(why));
      }
      this.replace(slot);
    };
    worker.on("error", (e: Error & { code?: string }) =>
      onDeath(
        e.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? "Grading stopped: the code used more memory than allowed."
          : `The grading thread crashed: ${e.message}`,
      ),
    );
    worker.on("exit", (code) => onDeath(`The grading thread exited unexpectedly (code ${code}).`));
    return slot;
  }

  private replace(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i < 0 || this.closed) return;
    this.stats.replaced++;
    this.slots[i] = this.spawn();
  }

  /** Grades `code` in a thread; rejects with GradingTimeoutError / GradingCrashError. */
  run(version: GradableVersion, code: string, opts: { watchdogMs?: number } = {}): Promise<GradeReport> {
    if (this.closed) return Promise.reject(new Error("The grader pool is closed"));
    return new Promise<GradeReport>((resolve, reject) => {
      this.waiting.push({ version, code, watchdogMs: opts.watchdogMs ?? this.watchdogMs, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (!this.waiting.length) return;
      if (slot.task || slot.dead) continue;
      // not ready yet: the 'ready' message calls pump() again
      if (!slot.isReady) continue;
      const task = this.waiting.shift()!;
      const id = this.nextId++;
      const running = { ...task, id } as Task & { id: number; timer?: NodeJS.Timeout };
      slot.task = running;
      running.timer = setTimeout(() => {
        if (slot.task !== running) return;
        slot.task = null;
        slot.dead = true;
        this.stats.timedOut++;
        void slot.worker.terminate();
        running.reject(
          new GradingTimeoutError(
            `Grading took longer than ${(running.watchdogMs / 1000).toFixed(1)} s and was stopped. ` +
              "Look for an endless loop or a very large computation in your code.",
          ),
        );
        this.replace(slot);
        this.pump();
      }, running.watchdogMs);
      // versions are immutable: a thread gets a version's content once and keeps it (thread.ts caches by id)
      const v = task.version;
      if (v.id && slot.versions.has(v.id)) slot.worker.postMessage({ id, versionId: v.id, code: task.code });
      else {
        if (v.id) slot.versions.add(v.id);
        slot.worker.postMessage({ id, versionId: v.id, version: v, code: task.code });
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.waiting.splice(0)) t.reject(new Error("The grader pool was closed"));
    await Promise.all(
      this.slots.map(async (s) => {
        s.dead = true;
        if (s.task) {
          clearTimeout(s.task.timer);
          s.task.reject(new Error("The grader pool was closed"));
          s.task = null;
        }
        await s.worker.terminate();
      }),
    );
  }
}
