// Sandbox fuzzer: random programs of big numbers, big collections, nesting, recursion, comprehensions, string
// building and NumPy allocations (fuzz-child.ts, fixed seed) run for a bounded time in a child process with a capped
// heap. The host must survive every program and each program must end within its limits. A failing program is
// printed whole: add it to tests/engine/python/charge.test.ts as a regression case.
import { describe, test, expect } from "vitest";
import { runChild } from "./child";
import { overran } from "./timed";
import { LIMITS } from "./fuzz-child";

const BUDGET_MS = Number(process.env.SANDBOX_FUZZ_MS ?? 25_000);
const SEED = Number(process.env.SANDBOX_FUZZ_SEED ?? 20261205);
const SLACK_MS = 700;

describe("sandbox fuzzer", () => {
  test(`random hostile programs for ${BUDGET_MS / 1000} s (seed ${SEED})`, { timeout: BUDGET_MS + 120_000 }, async () => {
    const r = await runChild("fuzz-child.ts", [String(SEED), String(Date.now() + BUDGET_MS)]);
    const counts: Record<string, number> = {};
    for (const c of r.cases) counts[c.outcome] = (counts[c.outcome] ?? 0) + 1;
    const longest = (key: "ms" | "cpuMs") => Math.max(0, ...r.cases.map((c) => c[key]));
    console.log(
      `fuzzer: ${r.cases.length} programs in ${BUDGET_MS / 1000} s, outcomes ${JSON.stringify(counts)}, longest ${longest("cpuMs")} ms CPU / ${longest("ms")} ms wall`,
    );
    expect(r.failures.map((f) => `host died or hung on:\n${f.label}\n${f.why}`)).toEqual([]);
    expect(r.cases.length).toBeGreaterThan(20);
    const over = r.cases
      .filter((c) => overran(c, LIMITS.timeoutMs, SLACK_MS))
      .map((c) => `${c.cpuMs} ms CPU, ${c.ms} ms wall (${c.outcome}):\n${c.label}`);
    expect(over).toEqual([]);
    const internal = r.cases.filter((c) => c.outcome === "SystemError").map((c) => `${c.detail}:\n${c.label}`);
    expect(internal).toEqual([]);
  });
});
