// The browser's split of the engine: the esbuild bundle of engine/core.ts (as scripts/bench-engine.ts builds it, a
// module graph of its own) leaves NumPy to the stdlib chunk that loadStdlib() registers, np.random and NumPy's rarer
// functions to a chunk loaded on first use (engine/numpy-more.ts), and the stdlib modules to a chunk loaded on import.
// Once loaded, each part runs as with engine/index.ts, which registers everything at once.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runPython } from "../../engine/index";
import { MORE_LINALG_NAMES, MORE_NUMPY_NAMES } from "../../engine/python/modules/numpy/deferred";

type Core = typeof import("../../engine/core");
type RunResult = ReturnType<Core["runPython"]>;
let dir = "";
let core: Core;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "engine-split-"));
  const out = await esbuild.build({
    entryPoints: [path.resolve(import.meta.dirname, "../../engine/core.ts")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    splitting: true,
    write: false,
    outdir: dir,
  });
  for (const f of out.outputFiles) {
    mkdirSync(path.dirname(f.path), { recursive: true });
    writeFileSync(f.path, f.contents);
  }
  core = await import(pathToFileURL(path.join(dir, "core.js")).href);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const shown = (r: { stdout: string; error?: { type: string; message: string } | null }) =>
  r.stdout + (r.error ? `${r.error.type}: ${r.error.message}` : "");

// one program per part of numpy registered through python/modules/numpy/lazy.ts (the stdlib chunk, and the chunk of
// np.random and the rarer functions)
const programs: [string, string][] = [
  ["np.random (legacy-random.ts)", "np.random.seed(3)\nprint(np.random.rand(2), np.random.randint(0, 10, 3), np.random.normal(size=2))"],
  ["RandomState", "r = np.random.RandomState(7)\nprint(r.standard_normal(2), r.permutation(4), type(r))"],
  ["default_rng", "g = np.random.default_rng(1)\nprint(g.normal(size=2), g.integers(0, 5, 3))"],
  ["creation.ts", "print(np.array([1, 2]), np.zeros((2, 1)), np.arange(3), np.linspace(0, 1, 3), np.eye(2), np.full(2, 7))"],
  [
    "linalg.ts: products",
    "a = np.arange(6.0).reshape(2, 3)\nprint(np.dot(a, a.T), np.matmul(a, a.T), np.outer([1, 2], [3, 4]), np.trace(np.eye(3)))",
  ],
  [
    "linalg.ts: numpy.linalg",
    "m = np.array([[2.0, 1], [1, 3]])\nprint(np.linalg.inv(m), np.linalg.solve(m, [1, 2]), np.linalg.det(m), np.linalg.norm(m))",
  ],
  ["linalg-svd.ts", "print(np.linalg.svd(np.array([[2.0, 1], [1, 3]]))[1], np.linalg.pinv(np.eye(2)), np.linalg.norm(np.eye(2), 2))"],
  ["LinAlgError", "np.linalg.inv(np.zeros((2, 2)))"],
  [
    "shape.ts",
    "a = np.arange(6)\nprint(np.reshape(a, (2, 3)), np.transpose(a.reshape(2, 3)).shape, np.expand_dims(a, 0).shape, np.roll(a, 2))",
  ],
  ["joining.ts", "a = np.arange(3)\nprint(np.concatenate([a, a]), np.stack([a, a]).shape, np.vstack([a, a]), np.split(np.arange(4), 2))"],
  ["dtype-info.ts", "print(np.finfo(np.float32).eps, np.iinfo(np.int8).max, np.can_cast(np.int8, np.int64), np.result_type(1, 2.0))"],
  [
    "printing.ts",
    "np.set_printoptions(precision=3)\nprint(np.array([1 / 3]), np.array2string(np.arange(3)), np.get_printoptions()['precision'])",
  ],
  ["char.ts", "print(np.char.upper(np.array(['ab', 'c'])), np.strings.lower(['AB']))"],
  ["removed-names.ts", "print(np.NaN)"],
  ["a name numpy never had", "print(np.nosuchthing)"],
  ["einsum, nditer", "print(np.einsum('ij,jk->ik', np.eye(2), np.ones((2, 2))), [int(x) for x in np.nditer(np.arange(3))])"],
  [
    "statistics, nan-reductions",
    "print(np.percentile([1, 2, 3, 4], 50), np.quantile([1, 2, 3], 0.25), np.nanmean([1, np.nan, 3]), np.median([3, 1, 2]))",
  ],
  ["polynomial", "print(np.polyval([1, 0], 2), np.roots([1, -3, 2]))"],
  ["the module's names", "print(len(dir(np)), dir(np.random)[:5], dir(np.linalg)[:5])"],
];

describe("browser split: engine/core.ts bundle + loadStdlib()", () => {
  test("before the stdlib chunk, the interpreter runs and checks syntax; numpy is not there yet", () => {
    expect(shown(core.runPython("print(sum(x * x for x in range(4)))"))).toBe("14\n");
    expect(core.checkSyntax("def f(:\n")?.type).toBe("SyntaxError");
    expect(shown(core.runPython("import numpy"))).toBe("ModuleNotFoundError: No module named 'numpy'");
  });
  // before any run has loaded the chunk of np.random and the rarer functions (engine/numpy-more.ts)
  test("np.random and the rarer names stop a run until their chunk loads; the rest of numpy is there", async () => {
    await core.loadStdlib();
    const stops = (src: string, what: string) => {
      const r = core.runPython(`import numpy as np\nprint(np.arange(3))\n${src}\nprint('after')`);
      expect(r.stdout).toBe("[0 1 2]\n");
      expect([r.error?.type, r.error?.message]).toEqual([
        "ImportError",
        `${what} has not loaded yet (a host that loads code on first use runs the program again)`,
      ]);
    };
    stops("try:\n    np.poly1d([1, 2])\nexcept BaseException:\n    print('caught')", "np.poly1d");
    stops("print(hasattr(np.linalg, 'svd'))", "np.linalg.svd");
    stops("np.random.seed(0)", "np.random");
    stops("import numpy.random", "np.random");
    stops("from numpy import roots", "np.roots");
    stops("from numpy import *", "part of numpy");
    stops("print(len(dir(np.linalg)))", "part of numpy.linalg");
    // the lists name just what the stdlib chunk lacks: every other name of engine/index.ts's numpy resolves
    const names = (m: string) => JSON.parse(runPython(`import numpy as np, json\nprint(json.dumps(dir(${m})))`).stdout) as string[];
    for (const [m, more] of [
      ["np", MORE_NUMPY_NAMES],
      ["np.linalg", MORE_LINALG_NAMES],
    ] as const) {
      const all = names(m);
      expect(all).toEqual(expect.arrayContaining([...more]));
      // (dir() of a module also lists its type's dunders, which a module's getattr does not find)
      const rest = all.filter((n) => !n.startsWith("__") && !(more as readonly string[]).includes(n));
      const r = core.runPython(`import numpy as np\nfor n in ${JSON.stringify(rest)}:\n    getattr(${m}, n)\nprint('ok')`);
      expect(shown(r)).toBe("ok\n");
    }
  });
  test.each(programs)("%s runs as with engine/index.ts", async (_, src) => {
    await core.loadStdlib();
    const program = `import numpy as np\n${src}`;
    const expected = shown(runPython(program));
    expect(expected).not.toMatch(/NotImplementedError|NameError/);
    // as the worker runs it: a run that stops for code still to load runs again once it is in
    expect(shown(await core.runLoadingModules(() => core.runPython(program)))).toBe(expected);
  });
});

// The stdlib modules load when a program first imports one (python/modules/on-import.ts; one chunk for all of them):
// a run that imports one still to load stops, and runLoadingModules loads them and runs the work again. The
// mechanism itself is tested in python/on-import.test.ts; here, that what the bundle loads runs as engine/index.ts.
describe("browser split: the stdlib modules load on import", () => {
  const options = { maxMemoryBytes: 64 << 20 };
  const viaBundle = async (src: string) => {
    await core.loadStdlib();
    let tries = 0;
    const r = await core.runLoadingModules(() => {
      tries++;
      return core.runPython(src, options);
    });
    return { r, tries };
  };
  const same = (got: RunResult, src: string) => {
    const expected = runPython(src, options);
    expect(shown(got)).toBe(shown(expected));
    expect(got.steps).toBe(expected.steps);
  };

  test("before they load, an import stops the run: no except, finally or later line runs", async () => {
    await core.loadStdlib();
    const r = core.runPython(
      "try:\n    import heapq\nexcept BaseException:\n    print('caught')\nfinally:\n    print('finally')\nwhile True:\n    pass",
    );
    expect(r.stdout).toBe("");
    expect(r.error?.type).toBe("ImportError");
    expect(r.error?.message).toMatch(/module 'heapq' has not loaded yet/);
  });

  test("the first import, by a computed name, loads them and runs the program again", async () => {
    const src = "print('start')\nm = __import__('bis' + 'ect')\nprint(m.bisect([1, 3, 5], 4))";
    const { r, tries } = await viaBundle(src);
    same(r, src);
    expect(tries).toBe(2);
  });

  test.each([
    ["json, re", "import json, re\nprint(json.dumps({'a': [1, 2.5]}), re.sub('a+', '-', 'caaat'))"],
    [
      "imported in a function called later",
      "def f():\n    import statistics\n    return statistics.mean([1, 2, 4])\nprint('before')\nprint(f())",
    ],
    [
      "try/except ImportError",
      "try:\n    import fractions\nexcept ImportError:\n    print('none')\nelse:\n    print(fractions.Fraction(2, 4))",
    ],
    ["a name the module lacks", "from collections import nosuch"],
    ["a submodule the engine lacks", "import collections.abc"],
    [
      "steps and a MemoryError",
      "import itertools\nprint(sum(itertools.islice(itertools.count(), 10**4)))\nx = list(itertools.repeat(0, 10**8))",
    ],
    [
      "decimal, functools, math",
      "import decimal, functools, math\nprint(decimal.Decimal('1.1') + decimal.Decimal('2.2'), functools.reduce(max, [3, 9, 2]), math.lgamma(7.5))",
    ],
    [
      "random, copy, dataclasses",
      "import random, copy, dataclasses\nrandom.seed(4)\nprint(random.random(), copy.deepcopy([[1]]), dataclasses.is_dataclass(int))",
    ],
  ])("%s: as with engine/index.ts", async (_, src) => {
    same((await viaBundle(src)).r, src);
  });
});
