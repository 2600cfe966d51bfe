import fs from "node:fs";

/**
 * When a process started (clock ticks since boot, /proc/PID/stat field 22). With the pid it names one process for
 * good, where a pid alone may since have been reused by another program. Undefined where there is no /proc.
 */
export function processStartTicks(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // the command name (field 2) is in parentheses and may itself hold spaces or parentheses
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}
