// How long a sandboxed case ran, by the clock and by the CPU time of this process. The engine stops at a
// wall-clock deadline, so on an idle machine both end near the limit; under the suite's load the wall time also
// holds the time the child waited for a core, and the CPU time is what measures work the engine did unchecked.

export interface Timing {
  ms: number;
  cpuMs: number;
}

export function timed<T>(run: () => T): { result: T } & Timing {
  const t = performance.now();
  const cpu0 = process.cpuUsage();
  const result = run();
  const cpu = process.cpuUsage(cpu0);
  return { result, ms: Math.round(performance.now() - t), cpuMs: Math.round((cpu.user + cpu.system) / 1000) };
}

/** A host that stopped answering overruns by this much wall time, however loaded the machine. */
const HUNG_MS = 5_000;

/** Ran unchecked past its deadline: more CPU than the limit and the slack, or a wall time only a hang explains. */
export function overran(c: Timing, limitMs: number, slackMs: number): boolean {
  return c.cpuMs > limitMs + slackMs || c.ms > limitMs + HUNG_MS;
}

/**
 * What a call's CPU time may be, given the steps it was charged (100 ns each): at most `ratio` times that, plus
 * `allowanceMs` (a young-generation GC, the first run of unoptimised code, a core shared with other jobs), checked for
 * calls that used at least `minCpuMs`. From the enumeration's distribution (13,560 calls, ~150 of them over 50 ms):
 * on a quiet machine the worst unlisted call is at ~2.5× + 30 ms, 10 calls exceed 3× + 30 ms; under the whole engine
 * suite (load ~12 on 2 cores) CPU times grew up to ~1.8× and 9 exceeded 4× + 40 ms, none 4× + 60 ms. A builtin that
 * charges nothing for 60 ms of work (0.6 µs per element of the 10^5-element fixtures) still fails.
 */
export const CALIBRATION = { minCpuMs: 50, ratio: 4, allowanceMs: 60 };
export const chargedMs = (steps: number) => steps * 1e-4;

/** Used far more CPU than it was charged: a builtin doing work it does not charge can run far past its deadline. */
export function underCharged(c: Timing & { steps: number }): boolean {
  return c.cpuMs >= CALIBRATION.minCpuMs && c.cpuMs > CALIBRATION.ratio * chargedMs(c.steps) + CALIBRATION.allowanceMs;
}
