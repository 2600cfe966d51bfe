// The CPU-time clock of grader processes: it advances while the thread runs and stands still while it waits.
import { describe, expect, it } from "vitest";
import { mainThreadCpuMs, threadCpuClock, threadCpuMs } from "../../lib/grader-pool/thread-cpu";

const spin = (ms: number) => {
  for (const until = performance.now() + ms; performance.now() < until; );
};
/** Blocks this thread without using CPU. */
const block = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

describe.runIf(process.platform === "linux")("thread CPU time", () => {
  it("counts the thread's work, not its waiting", () => {
    // on a busy machine the spin gets less than its 300 ms of wall time: the process's own CPU time is the reference
    const u0 = process.cpuUsage();
    const t0 = threadCpuMs()!;
    spin(300);
    const t1 = threadCpuMs()!;
    const u1 = process.cpuUsage(u0);
    block(300);
    const t2 = threadCpuMs()!;
    expect(t1 - t0).toBeGreaterThanOrEqual(50);
    expect(Math.abs(t1 - t0 - (u1.user + u1.system) / 1000)).toBeLessThanOrEqual(40);
    expect(t2 - t1).toBeLessThanOrEqual(20);
    expect(mainThreadCpuMs(process.pid)).toBeGreaterThanOrEqual(t2 - 10);
  });

  it("the clock advances with the work and by at most its calibration step while the thread is blocked", () => {
    const now = threadCpuClock();
    const a = now();
    const cpu0 = threadCpuMs()!;
    spin(300);
    const b = now();
    const cpu = threadCpuMs()! - cpu0;
    block(400);
    const c = now();
    // the clock follows the thread's CPU time, ahead of it by at most a calibration step (50 ms) and a tick (10 ms)
    expect(cpu).toBeGreaterThanOrEqual(50);
    expect(b - a).toBeGreaterThanOrEqual(cpu - 20);
    expect(b - a).toBeLessThanOrEqual(cpu + 70);
    expect(c - b).toBeLessThanOrEqual(70);
  });

  it("a missing /proc file gives null", () => {
    expect(threadCpuMs("/proc/0/no-such-stat")).toBeNull();
    expect(mainThreadCpuMs(2 ** 30)).toBeNull();
  });
});
