// Whether this process may lower a nice value (raise a priority) again, read without trying it: CAP_SYS_NICE in the
// effective capabilities (root, except in containers that drop it), or an RLIMIT_NICE that reaches nice 0.
import fs from "node:fs";

const CAP_SYS_NICE = 23n;

/** From the text of /proc/self/status and /proc/self/limits; false when either says nothing. */
export function mayRaisePriority(status: string, limits: string): boolean {
  const cap = /^CapEff:\s*([0-9a-f]+)$/m.exec(status);
  if (cap && (BigInt(`0x${cap[1]}`) >> CAP_SYS_NICE) & 1n) return true;
  // RLIMIT_NICE r allows nice values down to 20 - r
  const nice = /^Max nice priority\s+(\d+|unlimited)/m.exec(limits);
  return nice !== null && (nice[1] === "unlimited" || Number(nice[1]) >= 20);
}

let cached: boolean | undefined;

/** mayRaisePriority for this process (false where /proc cannot be read). */
export function thisProcessMayRaisePriority(): boolean {
  if (cached === undefined) {
    try {
      cached = mayRaisePriority(fs.readFileSync("/proc/self/status", "utf8"), fs.readFileSync("/proc/self/limits", "utf8"));
    } catch {
      cached = false;
    }
  }
  return cached;
}
