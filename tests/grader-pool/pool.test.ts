// The grader-process pool on its own (no database): processes stopped by each limit are replaced, finished tests keep
// their results, the stopping test reports a resource limit, the rest continue in a fresh process; code blanks are
// graded in a grader process. Native misbehaviour comes from tests/grader-pool/fixtures/hostile.ts; the last cases
// use real learner programs and the real grader.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraderPool, MAX_STOPS } from "../../lib/grader-pool/pool";
import { threadPolicies, threadPriorities } from "../../lib/grader-pool/priority";

/** util-linux chrt present: slow graders also run under SCHED_IDLE (lib/grader-pool/priority.ts). */
const CHRT = process.platform === "linux" && fs.existsSync("/usr/bin/chrt");
import type { CodeBlankItem } from "../../lib/grading/code-blank-item";
import { doubleIt } from "./fixtures/double-it";

const hostile = path.join(import.meta.dirname, "fixtures/hostile-child.ts");

/** Three tests (seeds 0, 1, 2); the learner computes y = 2 * x. */
const version = (id: string, timeMs = 2000) => doubleIt(id, { timeMs });

const item: CodeBlankItem = {
  kind: "code_blank",
  template: "import numpy as np\nA = np.arange(6.0).reshape(2, 3)\nB = ____\n",
  answer: { setup: "x = SEED\n", reference: "A.T @ A", accept: [], compare: ["B"], wrong: [] },
} as unknown as CodeBlankItem;

let pool: GraderPool;
const logs: string[] = [];

beforeAll(async () => {
  pool = new GraderPool({
    size: 2,
    spares: 0,
    source: hostile,
    limits: { graceMs: 300, rssMb: 400, heapMb: 128 },
    log: (l) => logs.push(l),
  });
  await pool.ready();
});

afterAll(async () => {
  await pool?.close();
});

/** Waits (up to 20 s) until `done()` holds. */
async function waitFor(done: () => boolean): Promise<void> {
  const end = Date.now() + 20_000;
  while (!done() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
}

function codes(r: { tests: { passed: boolean; feedback: { code: string; details?: unknown } }[] }) {
  return r.tests.map((t) =>
    t.passed ? "pass" : `${t.feedback.code}:${(t.feedback.details as { limit?: string } | undefined)?.limit ?? ""}`,
  );
}

describe("grader processes stopped by a limit", () => {
  it("native memory over the resident limit: that test reports a resource limit, the others pass, the process is replaced", async () => {
    const before = pool.pids();
    const stopped = { ...pool.stats.stopped };
    const r = await pool.run(version("rss", 20_000), "y = 2 * x  #native:rss@1\n");
    expect(codes(r)).toEqual(["pass", "exercise.resource_limit:memory", "pass"]);
    expect(r.tests[1]!.feedback.message.ja).toMatch(/メモリ/);
    expect(r).toMatchObject({ score: 2, maxScore: 3 });
    expect(pool.stats.stopped.memory).toBe(stopped.memory + 1);
    expect(pool.pids().filter((p) => before.includes(p))).toHaveLength(1);
  });

  it("a V8 heap abort is a memory limit too", async () => {
    const r = await pool.run(version("heap", 20_000), "y = 2 * x  #native:heap@0\n");
    expect(codes(r)).toEqual(["exercise.resource_limit:memory", "pass", "pass"]);
  });

  it("a run that ignores its deadline is stopped at its own limit + grace, not at a job timeout", async () => {
    const r = await pool.run(version("spin", 800), "y = 2 * x  #native:spin@2\n");
    expect(codes(r)).toEqual(["pass", "pass", "exercise.resource_limit:time"]);
    // at 800 ms limit + 300 ms grace of CPU time; a slow grader (reniced, SCHED_IDLE) on a busy machine may take
    // longer in wall time to use it, up to the backstop of 10 × that (11 s, checked every 50 ms or later when the
    // pool's own process is kept waiting) — still well short of the 30-s job timeout
    expect(r.tests[2]!.durationMs).toBeGreaterThanOrEqual(1000);
    expect(r.tests[2]!.durationMs).toBeLessThan(13_000);
  });

  it("a process that exits abruptly: a resource limit for that test only", async () => {
    const r = await pool.run(version("exit"), "y = 2 * x  #native:exit@1\n");
    expect(codes(r)).toEqual(["pass", "exercise.resource_limit:crash", "pass"]);
  });

  it(`a submission stops at most ${MAX_STOPS} processes; the remaining tests are reported as not run`, async () => {
    const stopped = pool.stats.stopped.time;
    const r = await pool.run(version("spin-all", 500), "y = 2 * x  #native:spin\n");
    expect(codes(r)).toEqual(["exercise.resource_limit:time", "exercise.resource_limit:time", "exercise.resource_limit:not_run"]);
    expect(pool.stats.stopped.time).toBe(stopped + MAX_STOPS);
  });

  it("a code blank whose process is stopped gets a resource-limit grade; the next one is graded normally", async () => {
    const bomb = await pool.gradeAnswer(item, "A.T @ A  #native:spin");
    expect(bomb).toMatchObject({ correct: false, score: 0, feedback: { code: "code.resource_limit", details: { limit: "time" } } });
    expect(await pool.gradeAnswer(item, "A.T @ A")).toMatchObject({ correct: true, score: 1 });
  });

  it("every death was logged with its cause", () => {
    expect(logs.some((l) => /stopped \(memory: resident memory \d+ MB over 400 MB\) in test t1/.test(l))).toBe(true);
    expect(
      logs.some((l) =>
        /stopped \(time: an engine run \(limit 800 ms\) exceeded (1100 ms|11000 ms of wall time \(it got \d+ ms of CPU\))\) in test t2/.test(
          l,
        ),
      ),
    ).toBe(true);
  });
});

describe("start-up failures", () => {
  it("a grader that cannot start is retried with a back-off, not in a loop", async () => {
    const lines: string[] = [];
    const broken = new GraderPool({
      size: 1,
      spares: 0,
      entry: path.join(import.meta.dirname, "fixtures/does-not-exist.mjs"),
      log: (l) => lines.push(l),
    });
    try {
      await new Promise((r) => setTimeout(r, 3_000));
      // 0.5 s, 1 s, 2 s, …: at most 3 replacements in 3 s (a loop would make hundreds)
      expect(broken.stats.replaced).toBeGreaterThanOrEqual(1);
      expect(broken.stats.replaced).toBeLessThanOrEqual(3);
      expect(lines.some((l) => /died while starting \(exit code 1\); next attempt in 500 ms/.test(l))).toBe(true);
    } finally {
      await broken.close();
    }
  });
});

describe("slow graders", () => {
  it("a run that outlasts slowAfterMs is reniced and another grader takes its place: quick gradings do not wait", async () => {
    const small = new GraderPool({
      size: 1,
      spares: 0,
      source: hostile,
      limits: { graceMs: 300, slowAfterMs: 300, maxSlow: 4 },
      log: () => {},
    });
    try {
      await small.ready();
      const bombPid = small.pids()[0]!;
      const bomb = small.run(version("slow-bomb", 6000), "y = 2 * x  #native:spin\n");
      // slow once its run has had 300 ms of CPU time: on a loaded machine that takes longer than 300 ms
      await waitFor(() => small.stats.slow > 0);
      expect(small.stats.slow).toBe(1);
      expect(small.slowFull()).toBe(false);
      // every thread, not only the main one: V8's GC helpers would otherwise compete at full priority
      if (process.platform === "linux") {
        const nice = threadPriorities(bombPid);
        expect(nice.length).toBeGreaterThan(3);
        expect(nice).toEqual(nice.map(() => 19));
      }
      // and SCHED_IDLE: a woken normal thread runs at once instead of waiting out the bomb's slice (set through the
      // pool's chrt shell, a moment after the renice)
      if (CHRT) {
        await waitFor(() => threadPolicies(bombPid).every((p) => p === "SCHED_IDLE"));
        expect(new Set(threadPolicies(bombPid))).toEqual(new Set(["SCHED_IDLE"]));
      }
      const t0 = Date.now();
      const quick = await small.run(version("quick"), "y = 2 * x\n");
      const quickMs = Date.now() - t0;
      expect(codes(quick)).toEqual(["pass", "pass", "pass"]);
      // graded by the fresh grader (start-up included), long before the bomb's 6.3 s run limit
      expect(quickMs).toBeLessThan(5_000);
      expect(small.stats.completed).toBe(1);
      console.log(`[grader-pool] a quick grading beside a slow bomb: ${quickMs} ms`);
      // (how a slow bomb ends is the suspects' test's; starved at SCHED_IDLE it would hold this test for its 2 × 6 s)
      const ended = expect(bomb).rejects.toThrow(/closed/);
      await small.close();
      await ended;
    } finally {
      await small.close();
    }
  }, 60_000);

  it("a quick grading kept from running (SIGSTOP) past slowAfterMs is not slow: the budget counts CPU time", async () => {
    const small = new GraderPool({ size: 1, spares: 0, source: hostile, limits: { slowAfterMs: 1000, maxSlow: 4 }, log: () => {} });
    try {
      await small.ready();
      // three runs of 120 ms CPU each; the grader is stopped for 1.5 s in the first
      const running = small.run(version("waiting"), "y = 2 * x  #native:busy\n");
      await new Promise((r) => setTimeout(r, 100));
      const pid = small.pids()[0]!;
      process.kill(pid, "SIGSTOP");
      await new Promise((r) => setTimeout(r, 1500));
      process.kill(pid, "SIGCONT");
      expect(codes(await running)).toEqual(["pass", "pass", "pass"]);
      expect(small.stats.slow).toBe(0);
      expect(small.pids()).toEqual([pid]);
    } finally {
      await small.close();
    }
  }, 60_000);

  it("a grader kept from running far past its limit is stopped by the wall-clock backstop (10 × limit), and says so", async () => {
    const lines: string[] = [];
    const small = new GraderPool({ size: 1, spares: 0, source: hostile, limits: { graceMs: 100 }, log: (l) => lines.push(l) });
    try {
      await small.ready();
      // 200 ms limit + 100 ms grace of CPU: the backstop is 3 s of wall time; the grader gets no CPU at all
      const running = small.run(version("frozen", 200), "y = 2 * x  #native:busy@0\n");
      await new Promise((r) => setTimeout(r, 30));
      process.kill(small.pids()[0]!, "SIGSTOP");
      const r = await running;
      expect(codes(r)[0]).toBe("exercise.resource_limit:time");
      expect(r.tests[0]!.durationMs).toBeGreaterThanOrEqual(3000);
      expect(r.tests[0]!.durationMs).toBeLessThan(6000);
      expect(lines.some((l) => /exceeded 3000 ms of wall time \(it got \d+ ms of CPU\)\) in test t0/.test(l))).toBe(true);
    } finally {
      await small.close();
    }
  }, 60_000);

  it("a spare takes a slow grader's place at once; its replacement starts in the background", async () => {
    const lines: string[] = [];
    const spared = new GraderPool({
      size: 1,
      spares: 1,
      source: hostile,
      limits: { graceMs: 300, slowAfterMs: 300, maxSlow: 4 },
      log: (l) => lines.push(l),
    });
    try {
      await spared.ready();
      expect(spared.pids()).toHaveLength(2);
      let atSlow = "";
      spared.onSlowGrader(() => (atSlow ||= spared.describe()));
      const bomb = spared.run(version("spared-bomb", 3000), "y = 2 * x  #native:spin\n");
      await waitFor(() => atSlow !== "");
      // when the bomb's grader turned slow, a ready grader was already idle (without a spare: "starting=1")
      expect(atSlow).toMatch(/idle=1/);
      const t0 = Date.now();
      const quick = await spared.run(version("spared-quick"), "y = 2 * x\n");
      expect(codes(quick)).toEqual(["pass", "pass", "pass"]);
      console.log(`[grader-pool] with a spare, a quick grading beside a slow bomb: ${Date.now() - t0} ms; ${atSlow}`);
      // and the spare is replaced: two graders that are not slow again, beside the bomb's
      await waitFor(() => spared.pids().length >= 3);
      expect(spared.pids()).toHaveLength(3);
      await spared.spawned();
      // where the pool may raise a priority again (root here), the replacement started at nice 19 and is at 0 once ready
      const low = lines.map((l) => / \(pid (\d+), started at nice 19 until it is ready\)/.exec(l)).find(Boolean);
      if (process.platform === "linux" && process.getuid?.() === 0) {
        expect(low).toBeTruthy();
        await spared.ready();
        const nice = threadPriorities(Number(low![1]));
        expect(nice.length).toBeGreaterThan(3);
        expect(nice).toEqual(nice.map(() => 0));
      }
      const ended = expect(bomb).rejects.toThrow(/closed/);
      await spared.close();
      await ended;
    } finally {
      await spared.close();
    }
  }, 60_000);
});

describe("graders turning slow in a burst", () => {
  it("each one keeps another spare ready (up to maxSpares), started at nice 19 while no task waits, raised when one does", async () => {
    const lines: string[] = [];
    const burst = new GraderPool({
      size: 1,
      spares: 0,
      maxSpares: 2,
      source: hostile,
      limits: { graceMs: 300, slowAfterMs: 100, maxSlow: 1 },
      log: (l) => lines.push(l),
    });
    try {
      await burst.ready();
      const bomb = burst.run(version("burst-bomb", 3000), "y = 2 * x  #native:spin\n").then(
        () => "graded",
        (e: Error) => e.message,
      );
      await waitFor(() => burst.stats.slow > 0);
      // the slow grader's place and one spare for the grader that turned slow: two starts (one before this change)
      expect(burst.pids()).toHaveLength(3);
      await burst.spawned();
      const started = lines.map((l) => / \(pid (\d+), started at nice 19 until it is ready\)/.exec(l)).filter(Boolean);
      // no task waited: both started at nice 19 (before, with no regular grader ready, they started at normal priority)
      if (process.platform === "linux" && process.getuid?.() === 0) expect(started).toHaveLength(2);
      // a task that waits for them raises them at once: it does not wait behind nice 19 (they take ≥ 0.3 s to start)
      const waited = !/idle=/.test(burst.describe());
      const t0 = Date.now();
      const quick = burst.run(version("burst-quick"), "y = 2 * x\n");
      if (waited) for (const m of started) expect(new Set(threadPriorities(Number(m![1])))).toEqual(new Set([0]));
      expect(codes(await quick)).toEqual(["pass", "pass", "pass"]);
      console.log(`[grader-pool] a quick grading while the slow grader's replacements started: ${Date.now() - t0} ms`);
      await burst.ready();
      expect(burst.describe()).toMatch(/idle=2 \(kept 2\)/);
      // one more grader turning slow with the only slow place taken is preempted, though spares are left: slow
      // graders never outnumber maxSlow (when kept while spares were left, they reached 14 of 8 in a loaded bench)
      const second = burst.run(version("burst-bomb-2", 3000), "y = 2 * x  #native:spin\n").then(
        () => "graded",
        (e: Error) => e.message,
      );
      await waitFor(() => burst.stats.slow > 1);
      expect(burst.stats.preempted).toBe(1);
      await waitFor(() => /slow=1 /.test(burst.describe()));
      expect(burst.describe()).toMatch(/slow=1 /);
      await burst.close();
      expect(await bomb).toMatch(/closed/);
      expect(await second).toMatch(/closed/);
    } finally {
      await burst.close();
    }
  }, 60_000);
});

describe("slow tasks", () => {
  it("short runs add up: a task whose runs together outlast slowAfterMs turns slow, though none of them does", async () => {
    const small = new GraderPool({ size: 1, spares: 0, source: hostile, limits: { slowAfterMs: 300, maxSlow: 4 }, log: () => {} });
    try {
      await small.ready();
      // 3 tests × (setup + learner code + reference) runs, the learner's busy for 120 ms each: 360 ms in all
      const r = await small.run(version("busy"), "y = 2 * x  #native:busy\n");
      expect(codes(r)).toEqual(["pass", "pass", "pass"]);
      expect(small.stats.slow).toBe(1);
      const quick = await small.run(version("quick"), "y = 2 * x\n");
      expect(codes(quick)).toEqual(["pass", "pass", "pass"]);
      expect(small.stats.slow).toBe(1);
      // the grader that turned slow is back to normal priority as a spare (or gone where that is not permitted):
      // no grader left in the pool runs reniced or under SCHED_IDLE
      if (process.platform === "linux") {
        // (the policy is restored through the pool's chrt shell before the grader takes work again)
        await waitFor(() => small.pids().every((pid) => !CHRT || threadPolicies(pid).every((p) => p === "SCHED_OTHER")));
        for (const pid of small.pids()) {
          expect(new Set(threadPriorities(pid))).toEqual(new Set([0]));
          if (CHRT) expect(new Set(threadPolicies(pid))).toEqual(new Set(["SCHED_OTHER"]));
        }
      }
    } finally {
      await small.close();
    }
  }, 60_000);
});

describe("preemption", () => {
  it("a grader that turns slow with every slow grader taken is killed at once; its task runs again among the slow ones", async () => {
    const lines: string[] = [];
    const small = new GraderPool({
      size: 1,
      spares: 0,
      source: hostile,
      limits: { graceMs: 300, slowAfterMs: 300, maxSlow: 1 },
      log: (l) => lines.push(l),
    });
    try {
      await small.ready();
      let firstDone = false;
      const first = small.run(version("preempt-a", 800), "y = 2 * x  #native:spin\n").finally(() => (firstDone = true));
      await waitFor(() => small.stats.slow > 0);
      // the first bomb took the only slow place; a replacement grader took its regular place
      await small.ready();
      const second = small.run(version("preempt-b", 800), "y = 2 * x  #native:spin\n");
      await waitFor(() => small.stats.preempted > 0);
      expect(small.stats.preempted).toBe(1);
      // its place is free again within a grader's start, long before the first bomb's runs (2 × 1.1 s of CPU) end
      const t0 = Date.now();
      const quick = await small.run(version("preempt-quick"), "y = 2 * x\n");
      expect(codes(quick)).toEqual(["pass", "pass", "pass"]);
      expect(firstDone).toBe(false);
      console.log(`[grader-pool] a quick grading while a bomb was preempted: ${Date.now() - t0} ms`);
      // the preempted bomb is graded in full afterwards, as if it had never been stopped: its test restarted
      // (a preemption is not one of its MAX_STOPS)
      const stops = ["exercise.resource_limit:time", "exercise.resource_limit:time", "exercise.resource_limit:not_run"];
      expect(codes(await first)).toEqual(stops);
      expect(codes(await second)).toEqual(stops);
      expect(small.stats.stopped.crash).toBe(0);
      expect(lines.filter((l) => /turned slow with every slow grader taken/.test(l))).toHaveLength(1);
    } finally {
      await small.close();
    }
  }, 60_000);
});

describe("suspects", () => {
  it("a suspect's grading never takes a regular grader: a process is started for it and reniced for its task", async () => {
    const small = new GraderPool({ size: 1, spares: 0, source: hostile, limits: { graceMs: 300, maxSlow: 4 }, log: () => {} });
    try {
      await small.ready();
      const [regular] = small.pids();
      let bombDone = false;
      const bomb = small
        .run(version("suspect-bomb", 3000), "y = 2 * x  #native:spin\n", { suspect: true })
        .finally(() => (bombDone = true));
      await small.spawned();
      expect(small.pids()).toHaveLength(2);
      const own = small.pids().find((p) => p !== regular)!;
      if (process.platform === "linux") {
        // reniced once it has loaded and taken the task (every thread)
        await waitFor(() => threadPriorities(own).every((n) => n === 19));
        const nice = threadPriorities(own);
        expect(nice).toEqual(nice.map(() => 19));
      }
      // the regular grader is free the whole time: a quick grading is done long before the bomb's 3 s runs
      const quick = await small.run(version("quick"), "y = 2 * x\n");
      expect(codes(quick)).toEqual(["pass", "pass", "pass"]);
      expect(bombDone).toBe(false);
      if (process.platform === "linux") expect(threadPriorities(regular!)).toEqual(threadPriorities(regular!).map(() => 0));
      if (CHRT) {
        expect(new Set(threadPolicies(own))).toEqual(new Set(["SCHED_IDLE"]));
        expect(new Set(threadPolicies(regular!))).toEqual(new Set(["SCHED_OTHER"]));
      }
      expect(codes(await bomb)).toEqual([
        "exercise.resource_limit:time",
        "exercise.resource_limit:time",
        "exercise.resource_limit:not_run",
      ]);
    } finally {
      await small.close();
    }
  }, 60_000);
});

describe("the real grader", () => {
  it("grades code blanks in a grader process at interactive speed (p50 of warm checks)", async () => {
    const real = new GraderPool({ size: 1, log: () => {} });
    try {
      await real.ready();
      expect(await real.gradeAnswer(item, "A @ A.T")).toMatchObject({ correct: false });
      const ms: number[] = [];
      for (let i = 0; i < 30; i++) {
        const t0 = performance.now();
        const g = await real.gradeAnswer(item, i % 2 ? "A.T @ A" : "A.T.dot(A)");
        ms.push(performance.now() - t0);
        expect(g.correct).toBe(true);
      }
      ms.sort((a, b) => a - b);
      const p50 = ms[15]!;
      console.log(`[grader-pool] code-blank check through a warm grader: p50 ${p50.toFixed(1)} ms, max ${ms[29]!.toFixed(1)} ms`);
      expect(p50).toBeLessThan(250);
    } finally {
      await real.close();
    }
  });

  it("a grader kept from running (SIGSTOP) past its runs' limits is not stopped: time limits count CPU time", async () => {
    const real = new GraderPool({ size: 1, limits: { graceMs: 300 }, log: () => {} });
    try {
      await real.ready();
      const stopped = { ...real.stats.stopped };
      // a few hundred ms of CPU per test, under a 3 s limit; the graders are stopped for 4 s during a run
      const code = "s = 0\nfor i in range(20_000_000):\n    s += i\ny = 2 * x\n";
      const running = real.run(version("starved", 3000), code);
      await new Promise((r) => setTimeout(r, 500));
      const pids = real.pids();
      for (const pid of pids) process.kill(pid, "SIGSTOP");
      await new Promise((r) => setTimeout(r, 4000));
      for (const pid of pids) process.kill(pid, "SIGCONT");
      const r = await running;
      console.log(`[grader-pool] stopped 4 s in a run: ${codes(r).join(", ")}, ${r.tests.map((t) => t.durationMs).join(" / ")} ms`);
      expect(codes(r)).toEqual(["pass", "pass", "pass"]);
      expect(Math.max(...r.tests.map((t) => t.durationMs ?? 0))).toBeGreaterThan(4000); // the stop fell inside a run
      expect(real.stats.stopped).toEqual(stopped);
    } finally {
      await real.close();
    }
  }, 60_000);

  it("a grader's stack holds recursion as deep as CPython's: 1,500 levels of __add__ under sys.setrecursionlimit(2000)", async () => {
    const real = new GraderPool({ size: 1, log: () => {} });
    try {
      await real.ready();
      // at Node's default stack the engine ran out of JS stack after ~550 levels of a dunder method
      const code = [
        "import sys",
        "sys.setrecursionlimit(2000)",
        "class V:",
        "    def __init__(self, n):",
        "        self.n = n",
        "    def __add__(self, o):",
        "        return 0 if self.n == 0 else V(self.n - 1) + o",
        "y = 2 * x + (V(1500) + 0)",
        "",
      ].join("\n");
      expect(codes(await real.run(version("deep-recursion"), code))).toEqual(["pass", "pass", "pass"]);
    } finally {
      await real.close();
    }
  }, 60_000);

  it("learner bombs the engine does not stop end in a result, and the owner process survives", async () => {
    const real = new GraderPool({ size: 1, limits: { graceMs: 500 }, log: () => {} });
    try {
      await real.ready();
      // a CPU bomb (big-integer pow) and a memory bomb (a set of 10**8 ints): whichever stops them — the engine's own
      // limits or the process layer — every test ends with a failure of its own within its limits
      for (const code of ["y = pow(3, 10**4000, 10**20000)\n", "h = set(range(10**8))\ny = 2 * x\n"]) {
        const t0 = Date.now();
        const r = await real.run(version(`bomb-${code.length}`, 1000), code);
        console.log(`[grader-pool] ${JSON.stringify(code)}: ${codes(r).join(", ")} in ${Date.now() - t0} ms`);
        expect(r.tests.every((t) => !t.passed)).toBe(true);
        for (const t of r.tests) expect(t.feedback.code).toMatch(/^exercise\.(resource_limit|timeout|memory)$/);
        expect(Date.now() - t0).toBeLessThan(60_000);
      }
      expect(process.memoryUsage().rss).toBeLessThan(2 * 1024 ** 3);
    } finally {
      await real.close();
    }
  }, 120_000);
});
