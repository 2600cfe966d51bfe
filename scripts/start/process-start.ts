import { procStatFields } from "../../lib/os/proc-stat";

/**
 * When a process started (clock ticks since boot, /proc/PID/stat field 22). With the pid it names one process for
 * good, where a pid alone may since have been reused by another program. Undefined where there is no /proc.
 */
export function processStartTicks(pid: number): string | undefined {
  return procStatFields(`/proc/${pid}/stat`)?.[22 - 3];
}
