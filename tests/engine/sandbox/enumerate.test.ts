// Every callable the engine exposes (discovered from its own tables: builtins, BUILTIN_MODULES and the types they
// hold, see enumerate-child.ts) is called with large arguments in a child process with a capped heap: each call
// ends within its limits (or raises MemoryError, TimeoutError or another Python exception), never crashing or
// hanging the host, never running far past its deadline. Internal errors (a JS exception surfacing as SystemError)
// are held to KNOWN_INTERNAL_ERRORS.txt: a new one fails, and so does a listed one that no longer happens.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test, expect } from "vitest";
import { runChild } from "./child";
import { overran } from "./timed";
import { LIMITS } from "./enumerate-child";

/** A call may use this much CPU past its deadline (collections); work left unchecked overruns by seconds. */
const SLACK_MS = 1500;
const KNOWN = readFileSync(path.join(import.meta.dirname, "KNOWN_INTERNAL_ERRORS.txt"), "utf8")
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith("#"));

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
    const internal = r.cases.filter((c) => c.outcome === "SystemError");
    expect(internal.filter((c) => !KNOWN.includes(c.label)).map((c) => `${c.label}: ${c.detail}`)).toEqual([]);
    expect(KNOWN.filter((l) => !internal.some((c) => c.label === l))).toEqual([]);
  });
});
