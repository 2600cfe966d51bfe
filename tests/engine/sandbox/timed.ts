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
