// Every callable the engine exposes (discovered from its own tables: builtins, BUILTIN_MODULES and the types they
// hold, see enumerate-child.ts) is called with large arguments in a child process with a capped heap: each call
// ends within its limits (or raises MemoryError, TimeoutError or another Python exception), never crashing or
// hanging the host, never running far past its deadline, never using much more CPU than it was charged (a builtin
// doing work it does not charge runs past the deadline unseen; KNOWN_UNDERCHARGED.txt lists the exceptions, each with
// its reason). Internal errors (a JS exception surfacing as SystemError)
// are held to KNOWN_INTERNAL_ERRORS.txt: a new one fails, and so does a listed one that no longer happens.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test, expect } from "vitest";
import { runChild } from "./child";
import { overran, underCharged, chargedMs, CALIBRATION } from "./timed";
import { LIMITS } from "./enumerate-child";

/** A call may use this much CPU past its deadline (collections); work left unchecked overruns by seconds. */
const SLACK_MS = 1500;
const listed = (file: string) =>
  readFileSync(path.join(import.meta.dirname, file), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
const KNOWN = listed("KNOWN_INTERNAL_ERRORS.txt");
/** "label  # why": calls allowed past the calibration bound, each with its reason */
const UNDERCHARGED = new Map(
  listed("KNOWN_UNDERCHARGED.txt").map((l) => {
    const [label, why] = l.split(/\s+#\s+/);
    return [label, why] as const;
  }),
);

describe("every builtin, method and module function with large inputs", () => {
  test("finishes within its limits or raises a Python exception; the host survives", { timeout: 900_000 }, async () => {
    const t0 = Date.now();
    const r = await runChild("enumerate-child.ts", []);
    const h = r.header as { total: number; callables: number; distinct: number; noReceiver: string[] };
    console.log(
      `enumeration: ${h.callables} callables (${h.distinct} distinct implementations), ${r.cases.length} calls in ${Math.round((Date.now() - t0) / 1000)} s`,
    );
    // a type with methods but no way to make an instance would be skipped silently: say how in RECEIVERS
    expect(h.noReceiver).toEqual([]);
    expect(h.callables).toBeGreaterThan(800);
    expect(r.failures.map((f) => `${f.label}: ${f.why}`)).toEqual([]);
    expect(r.cases.length).toBe(h.total);
    const over = r.cases
      .filter((c) => overran(c, LIMITS.timeoutMs, SLACK_MS))
      .map((c) => `${c.label}: ${c.cpuMs} ms CPU, ${c.ms} ms wall, ${c.outcome}`);
    expect(over).toEqual([]);
    // calibration: a call's CPU time is bounded by the steps it was charged (CALIBRATION in timed.ts)
    const timedCases = r.cases.map((c) => ({ ...c, steps: c.steps ?? 0 }));
    const ratio = (c: { cpuMs: number; steps: number }) => c.cpuMs / (chargedMs(c.steps) + 1);
    const worst = timedCases
      .filter((c) => c.cpuMs >= CALIBRATION.minCpuMs)
      .sort((a, b) => ratio(b) - ratio(a))
      .slice(0, 12);
    const fmt = (c: (typeof timedCases)[number]) =>
      `${c.label}: ${c.cpuMs} ms CPU, charged ${chargedMs(c.steps).toFixed(1)} ms (${c.outcome})`;
    const under = timedCases.filter(underCharged);
    console.log(
      `calibration: ${under.length} calls over ${CALIBRATION.ratio} × charged + ${CALIBRATION.allowanceMs} ms ` +
        `(${under.filter((c) => UNDERCHARGED.has(c.label)).length} listed); worst CPU / charged:\n  ${worst.map(fmt).join("\n  ")}`,
    );
    expect(under.filter((c) => !UNDERCHARGED.has(c.label)).map(fmt)).toEqual([]);
    const internal = r.cases.filter((c) => c.outcome === "SystemError");
    expect(internal.filter((c) => !KNOWN.includes(c.label)).map((c) => `${c.label}: ${c.detail}`)).toEqual([]);
    expect(KNOWN.filter((l) => !internal.some((c) => c.label === l))).toEqual([]);
  });
});
