// "Did you mean": the engine's choice among candidate names must be CPython 3.11's, recorded by
// suggestions.record.py into suggestions.json (the interpreter's own display of an AttributeError on a module
// holding exactly those names). Then the hints as a learner sees them at the end of a traceback.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { closestName } from "../../../engine/python/suggestions";
import { run } from "./helpers";

interface Case {
  candidates: string[];
  name: string;
  suggestion: string | null;
}
const recording: { python: string; cases: Case[] } = JSON.parse(readFileSync(join(__dirname, "suggestions.json"), "utf8"));

describe("closest name, as CPython 3.11 chooses it", () => {
  test("recorded from CPython 3.11", () => {
    expect(recording.python.startsWith("3.11.")).toBe(true);
    expect(recording.cases.length).toBeGreaterThan(300);
  });
  test.each(recording.cases.map((c, i) => [i, c] as const))("case %i", (_i, c) => {
    expect(closestName(c.candidates, c.name)).toBe(c.suggestion);
  });
});

describe("hints in the traceback", () => {
  const lastLine = (src: string) => run(src).stderr.trimEnd().split("\n").pop();
  test("NameError: a local name first, then globals, then builtins", () => {
    expect(lastLine("def f(learning_rate):\n    return learnin_rate\nf(1)\n")).toBe(
      "NameError: name 'learnin_rate' is not defined. Did you mean: 'learning_rate'?",
    );
    expect(lastLine("prnt(1)\n")).toBe("NameError: name 'prnt' is not defined. Did you mean: 'print'?");
    // a global referenced but never assigned is no candidate
    expect(lastLine("def g():\n    return npp\nnp\n")).toBe("NameError: name 'np' is not defined");
  });
  test("AttributeError: the object's attributes", () => {
    expect(lastLine("x = []\nx.apend(1)\n")).toBe("AttributeError: 'list' object has no attribute 'apend'. Did you mean: 'append'?");
    expect(lastLine("class A:\n    def __init__(self):\n        self.params = 1\nA().param\n")).toBe(
      "AttributeError: 'A' object has no attribute 'param'. Did you mean: 'params'?",
    );
  });
  test("the message itself stays str(e)", () => {
    const r = run("import math\nmath.sqr(2)\n");
    expect(r.error?.message).toBe("module 'math' has no attribute 'sqr'");
    expect(r.stderr).toContain("Did you mean: 'sqrt'?");
  });
});
