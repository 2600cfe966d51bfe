import { describe, test, expect } from "vitest";
import fc from "fast-check";
import { runPython, checkSyntax } from "../../../engine/index";

const TOKENS = [
  "x",
  "y",
  "f",
  "a",
  "b",
  "np",
  "1",
  "0",
  "2.5",
  "'s'",
  '"t"',
  "f'{x}'",
  "None",
  "True",
  "[",
  "]",
  "(",
  ")",
  "{",
  "}",
  ":",
  ",",
  ".",
  "=",
  "==",
  "+",
  "-",
  "*",
  "/",
  "//",
  "%",
  "**",
  "@",
  "<",
  ">",
  "and",
  "or",
  "not",
  "in",
  "is",
  "if",
  "else",
  "elif",
  "for",
  "while",
  "def",
  "class",
  "return",
  "lambda",
  "try",
  "except",
  "finally",
  "raise",
  "import",
  "from",
  "as",
  "pass",
  "break",
  "continue",
  "global",
  "nonlocal",
  "del",
  "yield",
  "with",
  "assert",
  "\n",
  "\n    ",
  "\n        ",
  " ",
  "\\",
  "#",
  "range",
  "len",
  "print",
  "__class__",
  "__proto__",
  "constructor",
  "+=",
  "[::-1]",
  ";",
  "...",
  "*args",
  "**kw",
  "0x1F",
  "1e309",
  "'''",
  "\t",
];

function check(src: string) {
  const r = runPython(src, { timeoutMs: 500, maxSteps: 200_000, maxMemoryBytes: 32 * 1024 * 1024 });
  expect(typeof r.ok).toBe("boolean");
  expect(typeof r.stdout).toBe("string");
  if (!r.ok) {
    expect(r.error).toBeDefined();
    expect(typeof r.error!.type).toBe("string");
    expect(r.error!.type).not.toBe("SystemError");
  }
  const s = checkSyntax(src);
  expect(s === null || typeof s.message === "string").toBe(true);
}

describe("fuzz: never a host error", () => {
  test("random token streams", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }), (toks) => {
        check("x = 1\ny = [1, 2]\ndef f(*a, **k): return a\n" + toks.join(" "));
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
  test("random strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => check(s)),
      { numRuns: 1000 },
    );
  }, 120_000);
  test("random expressions over values", () => {
    const val = fc.constantFrom(
      "0",
      "1",
      "-3",
      "2.5",
      "'ab'",
      "[1, 2]",
      "(1,)",
      "{1: 2}",
      "{3}",
      "None",
      "True",
      "np.arange(3)",
      "np.float64(2)",
      "range(3)",
      "x",
      "f",
    );
    const op = fc.constantFrom(
      "+",
      "-",
      "*",
      "/",
      "//",
      "%",
      "**",
      "<",
      "==",
      "in",
      "and",
      "or",
      "&",
      "|",
      "@",
      "[0]",
      "[1:]",
      ".T",
      "()",
      ".append(1)",
    );
    fc.assert(
      fc.property(val, op, val, (a, o, b) => {
        const e = o.startsWith("[") || o.startsWith(".") || o === "()" ? `${a}${o}` : `${a} ${o} ${b}`;
        check(`import numpy as np\nx = [1]\ndef f(): return 1\nprint(${e})`);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
