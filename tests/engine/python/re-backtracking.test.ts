// A regex that backtracks without end (ReDoS) stops at the run's time limit with TimeoutError on a Node host
// (lib/engine-host/regexp-exec.ts), while ordinary patterns keep the direct native exec (re-exec.ts).
import { afterEach, describe, expect, test } from "vitest";
import { setInterruptibleRegExpExec } from "../../../engine/index";
import { translate } from "../../../engine/python/modules/stdlib/re-translate";
import { nodeRegExpExec } from "../../../lib/engine-host/regexp-exec";
import { err, out } from "./helpers";

afterEach(() => setInterruptibleRegExpExec(null));

const HOSTILE = [
  ["re.match(r'(a+)+$', 'a' * 40 + '!')", "nested quantifiers"],
  ["re.search(r'(a|a)*b', 'a' * 40)", "overlapping alternatives under a star"],
  ["re.fullmatch(r'(x+x+)+y', 'x' * 40)", "two quantifiers in a repeated group"],
  ["re.findall(r'(\\w+\\s?)*$', 'word ' * 12 + '!')", "the classic e-mail/word-list ReDoS"],
  ["re.sub(r'(a*)*b', '', 'a' * 40)", "sub scans with the same search"],
  ["re.match(r'(a)\\1*(a)\\1*(a)\\1*(a)\\1*(a)\\1*(a)\\1*(a)\\1*c', 'a' * 200)", "back-references"],
  ["re.search(r'a*a*a*a*a*a*a*b', 'a' * 3000)", "polynomial: seven adjacent stars"],
];

describe("catastrophic backtracking", () => {
  test.each(HOSTILE)("%s (%s) ends in TimeoutError at the limit", (src) => {
    setInterruptibleRegExpExec(nodeRegExpExec);
    const t0 = performance.now();
    expect(err(`import re\n${src}`, { timeoutMs: 300 })).toMatch(/^TimeoutError: execution time limit exceeded \(300 ms\)/);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  test("ordinary patterns match as before, with and without the host", () => {
    const src = [
      "import re",
      "print(re.findall(r'\\d+', 'lr=0.01, epochs=20, batch=128'))",
      "print(re.match(r'(?P<k>\\w+)\\s*=\\s*(?P<v>[\\d.]+)', 'lr = 0.01').groupdict())",
      "print(re.sub(r'(\\w+)@(\\w+)', r'\\2 at \\1', 'ada@example'))",
      "print(re.split(r'[,;]\\s*', 'a, b;c'))",
      "print(re.search(r'(ab)+', 'xxababab').span(1))",
    ].join("\n");
    const expected = "['0', '01', '20', '128']\n{'k': 'lr', 'v': '0.01'}\nexample at ada\n['a', 'b', 'c']\n(6, 8)\n";
    expect(out(src)).toBe(expected);
    setInterruptibleRegExpExec(nodeRegExpExec);
    expect(out(src)).toBe(expected);
  });
});

describe("what the translator learns of a pattern's backtracking", () => {
  const shape = (p: string) => translate(p, 0).backtracking;
  test.each([
    ["(a+)+", true],
    ["(a|b)*", true],
    ["(?:x+x+)+y", true],
    ["(\\w)\\1", true],
    ["(?P<q>')(?P=q)", true],
    ["\\d+", false],
    ["(ab)+", false],
    ["(\\w+)=(\\d+)", false],
    ["(a+)b*", false],
  ] as const)("%s nested: %s", (p, nested) => {
    expect(shape(p).nested).toBe(nested);
  });

  test("counts quantifiers and alternatives as choice points", () => {
    expect(shape("abc").choices).toBe(0);
    expect(shape("a+b*c?").choices).toBe(3);
    expect(shape("cat|dog|bird").choices).toBe(2);
  });

  test("a pattern with small worst case never reaches the host's exec; a risky one always does", () => {
    let calls = 0;
    setInterruptibleRegExpExec((rx, s, ms) => {
      calls++;
      return nodeRegExpExec(rx, s, ms);
    });
    expect(out("import re\nprint(re.findall(r'\\d+', 'a1b22c333' * 10))")).toBe(
      `${JSON.stringify(Array(10).fill(["1", "22", "333"]).flat())
        .replace(/"/g, "'")
        .replace(/,/g, ", ")}\n`,
    );
    expect(calls).toBe(0);
    expect(out("import re\nprint(re.match(r'(a+)+$', 'aaa'))")).toBe("<re.Match object; span=(0, 3), match='aaa'>\n");
    expect(calls).toBeGreaterThan(0);
  });
});

describe("a pattern V8 refuses as too large", () => {
  const program = "import re\nS = 'ab' * 600000\ntry:\n    re.search(S, S)\nexcept MemoryError as e:\n    print('MemoryError', e)\n";
  test("is a MemoryError with the direct exec", () => {
    expect(out(program)).toBe("MemoryError regular expression too large\n");
  });
  test("and with the interruptible exec of a Node host", () => {
    setInterruptibleRegExpExec(nodeRegExpExec);
    expect(out(program)).toBe("MemoryError regular expression too large\n");
  });
});
