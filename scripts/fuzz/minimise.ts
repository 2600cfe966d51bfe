// Shrinks a diverging program to a small reproducer: drops one statement at a time (every candidate of a round is
// checked in one python3 batch) while the engine still differs from CPython, until no single statement can go.
import { differences } from "./differential";
import { statementsOf } from "./grammar";

/** The smallest program found and why it differs (`reason`: why `source` itself differs, from the caller's run). */
export function minimise(source: string, reason: string): { source: string; reason: string } {
  let parts = statementsOf(source);
  for (;;) {
    // keep the import (index 0); try without each other statement
    const candidates = parts.slice(1).map((_, i) => [...parts.slice(0, i + 1), ...parts.slice(i + 2)]);
    if (!candidates.length) break;
    const still = differences(candidates.map((c) => c.join("\n") + "\n"));
    const first = [...still.keys()].sort((a, b) => a - b)[0];
    if (first === undefined) break;
    parts = candidates[first]!;
    reason = still.get(first)!;
  }
  return { source: parts.join("\n") + "\n", reason };
}
