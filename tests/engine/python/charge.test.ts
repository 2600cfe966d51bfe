// engine/python/charge.ts: every builtin that allocates or loops charges memory and work as it goes, so a huge
// request raises MemoryError/TimeoutError (before it runs where it can be predicted) instead of hanging or killing
// the host. Each case is a hole that was open (a hang, a host-sized allocation or an unguarded conversion).
import { describe, test, expect } from "vitest";
import { run } from "./helpers";
import type { RunOptions } from "../../../engine/index";

const MB = 1024 * 1024;
/** the grading limits (lib/grading/engine-adapter.ts), with a short deadline */
const M8: RunOptions = { maxMemoryBytes: 8 * MB };
const GRADING: RunOptions = { timeoutMs: 10_000, maxMemoryBytes: 256 * MB, memoryProbe: null };

/** [source, expected outcome: stdout, or the start of "Type: message"] */
const cases: [string, string, RunOptions?][] = [
  // sets, dicts and their algebra
  ["h = set(range(10**7))", "MemoryError: cannot allocate 640000000 bytes (memory limit 268435456 bytes)"],
  ["h = frozenset(range(10**7))", "MemoryError: cannot allocate 640000000 bytes"],
  // small limits keep these quick on a loaded machine: 62,500 set entries make 4 MB
  ["s = set(range(62500))\nt = s | set(range(62500, 125000))\nu = t ^ s", "MemoryError: cannot allocate 12000000 bytes", M8],
  ["s = set(range(62500))\ns.update(range(62500, 150000))", "MemoryError: cannot allocate 9600000 bytes", M8],
  ["s = set(range(62500))\ns |= set(range(62500, 150000))", "MemoryError: cannot allocate 9600000 bytes", M8],
  ["d = dict.fromkeys(range(5 * 10**6))", "MemoryError: cannot allocate 520000000 bytes"],
  ["d = {i: i for i in range(10**7)}", "MemoryError: cannot allocate", M8],
  ["s = {i for i in range(10**7)}", "MemoryError: cannot allocate", M8],
  ["s = set()\nfor i in range(10**7):\n    s.add(i)", "MemoryError: cannot allocate", M8],
  ["print(len({i % 4096 for i in range(200000)}))", "4096\n"],
  // itertools: n copies or an r-tuple made at once (both crashed the host with a V8 out-of-memory)
  ["import itertools\nitertools.tee('abc', 10**9)", "MemoryError: cannot allocate 400000000000 bytes"],
  ["import itertools\nnext(itertools.combinations_with_replacement('abc', 10**9))", "MemoryError: cannot allocate 16000000000 bytes"],
  [
    "import itertools\nprint(len(itertools.tee(range(3), 5000)), list(itertools.combinations_with_replacement('ab', 2)))",
    "5000 [('a', 'a'), ('a', 'b'), ('b', 'b')]\n",
  ],
  // strings
  ["'a' * 10**10", "MemoryError: cannot allocate 20000000000 bytes"],
  ["'ab'.__mul__(10**9)", "MemoryError: cannot allocate 4000000000 bytes"],
  ["s = ('a' * 10**7).replace('a', 'b' * 30)", "MemoryError: cannot allocate 600000000 bytes"],
  ["s = ''.join(['a' * 1000] * 200000)", "MemoryError: cannot allocate 400000000 bytes"],
  ["s = format(1, '400000000')", "MemoryError: cannot allocate 800000000 bytes"],
  ["s = '%400000000d' % 1", "MemoryError: cannot allocate 800000000 bytes"],
  ["s = '{:>400000000}'.format(1)", "MemoryError: cannot allocate 800000000 bytes"],
  ["s = 'ab'.zfill(400000000)", "MemoryError: cannot allocate 800000000 bytes"],
  ["print(len(('ab' * 10**6).split('a')))", "1000001\n"],
  // lists and tuples
  ["a = [0] * 250000\nb = a + a + a + a + a", "MemoryError: cannot allocate 10000000 bytes", M8],
  ["t = tuple(range(250000))\nu = t + t + t + t + t", "MemoryError: cannot allocate 10000000 bytes", M8],
  ["a = [0] * 250000\na += a\na += a\na += a", "MemoryError: cannot allocate 16000000 bytes", M8],
  // found by the fuzzer: 10^5-element repetitions were below the charging threshold, 25 s past a 200 ms deadline
  ["for i in range(10**5):\n    D = [0] * 10**5", "TimeoutError: execution time limit exceeded (300 ms)", { timeoutMs: 300 }],
  ["x = list(range(10**9))", "MemoryError: cannot allocate 8000000000 bytes"],
  ["x = sorted(range(10**8))", "MemoryError: cannot allocate 800000000 bytes"],
  ["x = [0] * 1000\ny = [x] * 1000\nz = [y] * 1000\nprint(z)", "TimeoutError: ", { timeoutMs: 1000 }],
  // big integers: cost by size, charged before the operation
  ["pow(3, 10**4000, 10**20000)", "TimeoutError: execution time limit exceeded (10000 ms): one operation would take about"],
  ["print(pow(3, 10**40, 10**200) % 1000)", "1\n"],
  ["print(pow(3, -1, 7))", "5\n"],
  ["x = 1 << 10**10", "MemoryError: cannot allocate 1250000007 bytes"],
  ["x = 2 ** (3 * 10**7)\ny = x * x * x * x", "TimeoutError: execution time limit exceeded", { timeoutMs: 300 }],
  ["x = 7 ** (10**7)", "TimeoutError: execution time limit exceeded (100 ms): one operation would take about", { timeoutMs: 100 }],
  ["x = 3 ** (10**7) // 7 ** (10**6)", "TimeoutError: execution time limit exceeded", { timeoutMs: 100 }],
  ["print(int('1' * 10**6, 2) == 2**(10**6) - 1, int('v' * 1000, 32) == 32**1000 - 1)", "True True\n"],
  ["str(10**100000)", "ValueError: Exceeds the limit (4300 digits) for integer string conversion"],
  ["format(10**5000, 'd')", "ValueError: Exceeds the limit (4300 digits) for integer string conversion"],
  ["f'{10**5000:,}'", "ValueError: Exceeds the limit (4300 digits) for integer string conversion"],
  ["print(round(5, -10**9))", "0\n"],
  ["exit(10**5000)", "SystemExit: <exit code: ValueError>"],
  // printing checks the deadline as it formats (it ran 4.6 s past a 100 ms deadline and returned)
  [
    "import numpy as np\nnp.set_printoptions(threshold=10**9)\ns = str(np.arange(2 * 10**6) * 1.0)",
    "TimeoutError: execution time limit exceeded (100 ms)",
    { timeoutMs: 100 },
  ],
  // NumPy to Python
  ["import numpy as np\nx = np.zeros(2 * 10**7).tolist()", "MemoryError: cannot allocate 1280000000 bytes"],
  [
    "import numpy as np\nnp.expand_dims(np.zeros(3), list(range(10**6)))",
    "ValueError: maximum supported dimension for an ndarray is currently 64, found 1000000",
  ],
  ["import numpy as np\nnp.zeros(list(range(1, 70)))", "ValueError: maximum supported dimension for an ndarray is currently 64, found 69"],
  ["import numpy as np\nx = np.logspace(0, 1, 10**9)", "MemoryError: cannot allocate 8000000000 bytes"],
  ["import numpy as np\nx = np.tril(np.arange(10**6))", "MemoryError: cannot allocate 8000000000000 bytes"],
  ["import numpy as np\nprint(np.triu(np.arange(1, 4), 1).tolist())", "[[0, 2, 3], [0, 0, 3], [0, 0, 0]]\n"],
  ["import numpy as np\nnp.arange(3.0).take([0], 10**9)", "AxisError: axis 1000000000 is out of bounds for array of dimension 1"],
  // random
  ["import random\nx = random.getrandbits(10**9)", "MemoryError: cannot allocate 1000000000 bytes"],
  [
    "import random\nrandom.seed(5)\nprint(random.getrandbits(100), random.getrandbits(0), random.getrandbits(7))",
    "454911232961676339139289971781 0 101\n",
  ],
  // math
  ["import math\nprint(math.comb(10**5000, 10**5000), math.comb(10, 3), math.perm(5), math.perm(10, 3))", "1 120 120 720\n"],
  ["import math\nmath.comb(10**5000, 10**9)", "TimeoutError: execution time limit exceeded (10000 ms): one operation would take about"],
  ["import math\nmath.factorial(10**6)", "TimeoutError: execution time limit exceeded (10000 ms): one operation would take about"],
  ["import math\nprint(math.isqrt(2**1020) == 2**510, math.isqrt(10**5000) == 10**2500, math.isqrt(99))", "True True 9\n"],
  ["import math\nx = math.gcd(3**(10**6), 2**(10**6) + 1)", "TimeoutError: execution time limit exceeded", { timeoutMs: 100 }],
];

describe("every builtin charges its work and memory", () => {
  test.each(cases)("%s", { timeout: 30_000 }, (src, expected, opts) => {
    const t0 = performance.now();
    const r = run(src, { ...GRADING, ...opts });
    const ms = performance.now() - t0;
    const got = r.ok ? r.stdout : `${r.error!.type}: ${r.error!.message}`;
    expect(got.startsWith(expected) ? expected : got).toBe(expected);
    // never much past the deadline
    expect(ms).toBeLessThan((opts?.timeoutMs ?? GRADING.timeoutMs!) + 3000);
  });
});

describe("small NumPy operations are charged too, added up until they amount to something", () => {
  // 20,000 operations on 200 elements: each below the threshold a single charge passes on, together ~10^7 element
  // operations. The loop itself takes about 20,000 steps; with the operations' work counted it takes far more.
  const loop = (n: number, op: string) =>
    `import numpy as np\nx = np.linspace(0, 1, ${n})\nfor i in range(20000):\n    y = ${op}\nprint('done')\n`;
  test.each(["x * 2.0", "np.tanh(x)", "x[x > 0.5]", "x.cumsum()"])("%s", (op) => {
    const limit = { ...GRADING, maxSteps: 100_000 };
    expect(run(loop(1, op), limit).stdout).toBe("done\n");
    const r = run(loop(200, op), limit);
    expect(r.ok ? "finished" : `${r.error!.type}: ${r.error!.message}`).toBe("TimeoutError: step limit exceeded (100000 steps)");
  });
});
