// lib/gradebook/diff.ts: unified-diff hunks between two versions of a learner's code (jsdiff), bounded in work.
import { describe, expect, it } from "vitest";
import { MAX_DIFF_EDITS, diffCode, hunkHeader } from "../../lib/gradebook/diff";

describe("diffCode", () => {
  it("gives hunks with three lines of context and counts the added and removed lines", () => {
    const before = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join("\n") + "\n";
    const after = before.replace("line 6\n", "line six\n").replace("line 12\n", "line 12\nline 13\n");
    const d = diffCode(before, after)!;
    expect(d).toMatchObject({ added: 2, removed: 1 });
    expect(d.hunks.map(hunkHeader)).toEqual(["@@ -3,10 +3,11 @@"]);
    expect(d.hunks[0]!.lines).toEqual([
      " line 3",
      " line 4",
      " line 5",
      "-line 6",
      "+line six",
      " line 7",
      " line 8",
      " line 9",
      " line 10",
      " line 11",
      " line 12",
      "+line 13",
    ]);
  });

  it("reports identical code as no hunks, and a missing final newline as such", () => {
    expect(diffCode("x = 1\n", "x = 1\n")).toEqual({ hunks: [], added: 0, removed: 0 });
    const d = diffCode("x = 1\n", "x = 1")!;
    expect(d.hunks[0]!.lines).toEqual(["-x = 1", "+x = 1", "\\ No newline at end of file"]);
  });

  it("gives up (null) on a rewrite longer than MAX_DIFF_EDITS rather than spending unbounded time", () => {
    const n = MAX_DIFF_EDITS + 100;
    const a = Array.from({ length: n }, (_, i) => `a${i}`).join("\n");
    const b = Array.from({ length: n }, (_, i) => `b${i}`).join("\n");
    expect(diffCode(a, b)).toBeNull();
    expect(diffCode(a, a.replace("a7\n", "a7 changed\n"))).toMatchObject({ added: 1, removed: 1 });
  });
});
