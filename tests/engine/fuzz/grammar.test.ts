// The differential fuzzer's program generator (scripts/fuzz/grammar.ts): programs are valid Python, the same seed
// gives the same programs, and a program splits into statements that can be dropped one by one (minimise.ts).
import { describe, expect, it } from "vitest";
import { checkSyntax, runPython } from "../../../engine/index";
import { program, rng, statementsOf } from "../../../scripts/fuzz/grammar";

describe("fuzz grammar", () => {
  it("generates valid Python, deterministically per seed", () => {
    const a = rng(7);
    const b = rng(7);
    for (let i = 0; i < 200; i++) {
      const src = program(a, 8);
      expect(program(b, 8)).toBe(src);
      expect(checkSyntax(src)).toBeNull();
    }
    expect(program(rng(8), 8)).not.toBe(program(rng(7), 8));
  });

  it("splits a program into the import and one try block per statement, each of which can be dropped", () => {
    const src = program(rng(3), 6);
    const parts = statementsOf(src);
    expect(parts).toHaveLength(7);
    expect(parts[0]).toBe("import numpy as np");
    expect(parts.join("\n") + "\n").toBe(src);
    // without a statement the program still runs to the end: the names it defined raise NameError where used
    const without = [parts[0], ...parts.slice(2)].join("\n") + "\n";
    const r = runPython(without, { timeoutMs: 20_000 });
    expect(r.error).toBeUndefined();
  });
});
