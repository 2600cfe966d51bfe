// One builtin call that does a lot of work must be charged for it: stopped by TimeoutError or MemoryError near its
// limits (refused up front where the cost can be predicted), never run on for seconds past its deadline; the same
// call on a small input must still succeed. See large-ops-child.ts for the programs.
import { describe, test, expect } from "vitest";
import { runChild } from "./child";
import { overran } from "./timed";
import { LIMITS, MEMORY_TIMEOUT_MS } from "./large-ops-child";

/** CPU a stopped program may use past its deadline (a collection, the operation in progress). */
const SLACK_MS = 1500;

describe("large single operations", () => {
  test("are stopped near their limits; small ones succeed", { timeout: 300_000 }, async () => {
    const r = await runChild("large-ops-child.ts", []);
    expect(r.failures.map((f) => `${f.label}: ${f.why}`)).toEqual([]);
    expect(r.cases.length).toBe((r.header as { total: number }).total);
    for (const c of r.cases) console.log(`[large-ops] ${c.label}: ${c.outcome}, ${c.cpuMs} ms CPU, ${c.ms} ms wall`);
    const wrong = r.cases
      .filter((c) => {
        const large = c.label.includes(" large ");
        // memory that grows faster than time runs out must be stopped by the memory limit, not by the clock
        const stopped = c.label.endsWith("[memory]")
          ? c.outcome === "MemoryError"
          : c.outcome === "TimeoutError" || c.outcome === "MemoryError";
        const limit = c.label.endsWith("[memory]") ? MEMORY_TIMEOUT_MS : LIMITS.timeoutMs;
        return large ? !stopped || overran(c, limit, SLACK_MS) : c.outcome !== "ok";
      })
      .map((c) => `${c.label}: ${c.outcome} ${c.detail ?? ""} (${c.cpuMs} ms CPU, ${c.ms} ms wall)`);
    expect(wrong).toEqual([]);
  });
});
