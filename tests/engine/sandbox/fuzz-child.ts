// Child process of fuzz.test.ts: random programs from a grammar of big numbers, big collections, nesting, recursion,
// comprehensions, string building and NumPy allocations (fast-check, fixed seed), run one after another under small
// limits until a time budget ends, printing one JSON line per program (see child.ts).
// Usage: fuzz-child.ts START SEED DEADLINE_EPOCH_MS
import fc from "fast-check";
import { runPython } from "../../../engine/index";
import { timed } from "./timed";
import { nodeMemoryProbe } from "../../../lib/engine-host/memory-probe";
import { writeLine } from "./child";

export const LIMITS = { timeoutMs: 200, maxMemoryBytes: 64 * 1024 * 1024 };
export const PROGRAMS = 3000;

const small = fc.constantFrom("0", "1", "2", "3", "7", "-1", "10");
const size = fc.constantFrom("10", "1000", "10**5", "10**6", "10**7", "10**9", "10**18", "-5", "2**62");
const bigNum = fc.constantFrom("10**5000", "2**100000", "3**40000", "-(10**4000)", "1e308", "0.5", "2**62", "10**9");
const str = fc.constantFrom("'ab'", "('x' * 1000)", "'é∂'", "s", "str(n)", "''");
const name = fc.constantFrom("x", "y", "s", "n", "L", "D", "S");

const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    bigNum,
    small,
    size,
    str,
    name,
    fc
      .tuple(tie("e"), fc.constantFrom("+", "-", "*", "//", "%", "**", "<<", "&", "|", "^"), tie("e"))
      .map(([a, o, b]) => `(${a} ${o} ${b})`),
    fc.tuple(fc.constantFrom("pow", "divmod", "max", "min"), tie("e"), tie("e")).map(([f, a, b]) => `${f}(${a}, ${b})`),
    fc.tuple(tie("e"), tie("e"), tie("e")).map(([a, b, c]) => `pow(${a}, ${b}, ${c})`),
    fc
      .tuple(
        fc.constantFrom(
          "str",
          "repr",
          "len",
          "hex",
          "bin",
          "abs",
          "hash",
          "sorted",
          "sum",
          "set",
          "frozenset",
          "list",
          "tuple",
          "dict.fromkeys",
          "math.factorial",
          "math.isqrt",
          "int",
          "float",
          "bool",
          "np.zeros",
          "np.ones",
          "np.arange",
          "np.array",
          "np.eye",
          "np.random.rand",
          "reversed",
          "enumerate",
          "iter",
          "max",
          "min",
          "any",
          "all",
          "ord",
          "chr",
        ),
        tie("e"),
      )
      .map(([f, a]) => `${f}(${a})`),
    fc.tuple(size).map(([n]) => `range(${n})`),
    fc.tuple(tie("e"), size).map(([a, n]) => `[${a}] * ${n}`),
    fc.tuple(str, size).map(([a, n]) => `(${a} * ${n})`),
    fc.tuple(tie("e"), size).map(([a, n]) => `[${a} for _ in range(${n})]`),
    fc.tuple(tie("e"), size).map(([a, n]) => `{i: ${a} for i in range(${n})}`),
    fc.tuple(size).map(([n]) => `{i * i for i in range(${n})}`),
    fc.tuple(size).map(([n]) => `''.join(str(i) for i in range(${n}))`),
    fc.tuple(tie("e"), tie("e")).map(([a, b]) => `f"{${a}}{${b}:>20}"`),
    fc.tuple(str, str, str).map(([a, b, c]) => `(${a}).replace(${b}, ${c})`),
    fc.tuple(str, str).map(([a, b]) => `(${a}).join(${b})`),
    fc.tuple(str, str).map(([a, b]) => `(${a}).split(${b})`),
    fc.tuple(size, size).map(([a, b]) => `np.zeros((${a}, ${b}))`),
    fc.tuple(tie("e"), tie("e")).map(([a, b]) => `math.comb(${a}, ${b})`),
    fc.tuple(tie("e"), tie("e")).map(([a, b]) => `(${a}, ${b})`),
    fc.tuple(tie("e")).map(([a]) => `f(${a})`),
    fc.tuple(tie("e")).map(([a]) => `L + L + [${a}]`),
    fc.tuple(tie("e")).map(([a]) => `S | set([${a}])`),
  ),
})).e;

const stmt: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(name, expr).map(([n, e]) => `${n} = ${e}`),
  fc.tuple(name, expr).map(([n, e]) => `${n} += ${e}`),
  fc.tuple(size, name, expr).map(([k, n, e]) => `for i in range(${k}):\n    ${n} = ${e}`),
  fc.tuple(size).map(([k]) => `while len(s) < ${k}:\n    s += s`),
  fc.tuple(size).map(([k]) => `for i in range(${k}):\n    L.append(L)`),
  fc.tuple(size).map(([k]) => `for i in range(${k}):\n    L = [L, L]`),
  fc.tuple(expr, expr).map(([k, v]) => `D[${k}] = ${v}`),
  fc.tuple(expr).map(([e]) => `S.add(${e})`),
  fc.tuple(expr).map(([e]) => `print(${e})`),
  fc.tuple(expr).map(([e]) => `try:\n    x = ${e}\nexcept Exception as err:\n    x = repr(err)`),
  fc.tuple(expr).map(([e]) => `x = [x, ${e}]`),
);

const PRELUDE = [
  "import math",
  "import numpy as np",
  "def f(n):",
  "    return f(n - 1) + [n] if isinstance(n, int) and 0 < n < 10**6 else [n]",
  "x, y, s, n, L, D, S = 1, 2, 'ab', 3, [1, 2], {1: 2}, {3}",
].join("\n");

export const program: fc.Arbitrary<string> = fc.array(stmt, { minLength: 1, maxLength: 6 }).map((ss) => `${PRELUDE}\n${ss.join("\n")}\n`);

function main(): void {
  const from = Number(process.argv[2] ?? 0),
    seed = Number(process.argv[3] ?? 1),
    deadline = Number(process.argv[4] ?? 0);
  const out = (o: unknown) => writeLine(JSON.stringify(o) + "\n");
  const programs = fc.sample(program, { seed, numRuns: PROGRAMS });
  out({ total: programs.length, seed });
  const probe = nodeMemoryProbe();
  for (let i = from; i < programs.length && Date.now() < deadline; i++) {
    out({ next: i, label: programs[i] });
    const { result: r, ms, cpuMs } = timed(() => runPython(programs[i], { ...LIMITS, memoryProbe: probe, maxOutputBytes: 4096 }));
    const outcome = r.ok ? "ok" : r.error!.type;
    out({ i, label: programs[i], ms, cpuMs, outcome, ...(outcome === "SystemError" ? { detail: r.error!.message } : {}) });
  }
  out({ done: true });
}

if (process.argv[1]?.endsWith("fuzz-child.ts")) main();
