import { describe, test, expect } from "vitest";
import { run, err } from "./helpers";

describe("limits", () => {
  test("infinite loop -> TimeoutError (wall clock)", () => {
    const r = run("while True:\n    pass\n", { timeoutMs: 200 });
    expect(r.error?.type).toBe("TimeoutError");
  });
  test("injected clock", () => {
    let t = 0;
    const r = run("i = 0\nwhile True:\n    i += 1\n", { timeoutMs: 1000, now: () => (t += 100) });
    expect(r.error?.type).toBe("TimeoutError");
  });
  test("step limit", () => {
    const r = run("for i in range(10**9):\n    pass\n", { maxSteps: 100_000 });
    expect(r.error?.type).toBe("TimeoutError");
    expect(r.steps).toBeGreaterThan(100_000);
  });
  test("a limit reached on a function's entry names the function's line, never line 0", () => {
    const frames = new Set<string>();
    // the limit is checked every few thousand steps; k loops before the calls move the check across the program
    for (let k = 0; k < 60; k++) {
      const src = `g = lambda x: x\n\ndef h(x):\n    return x\n\nfor j in range(${k}):\n    pass\nfor i in range(10**6):\n    g(i)\n    h(i)\n`;
      const r = run(src, { maxSteps: 100_000 });
      expect(r.error?.type).toBe("TimeoutError");
      expect(r.stderr).not.toMatch(/line 0\b/);
      for (const m of r.stderr.matchAll(/line (\d+), in (<lambda>|h)/g)) frames.add(`${m[2]}:${m[1]}`);
    }
    expect([...frames].sort()).toEqual(["<lambda>:1", "h:4"]);
  });
  test("timeout cannot be swallowed by except", () => {
    const r = run("while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass\n", {
      timeoutMs: 200,
    });
    expect(r.error?.type).toBe("TimeoutError");
  });
  test("recursive timeout in except handler", { timeout: 60_000 }, () => {
    const r = run("def f():\n    try:\n        f()\n    except:\n        f()\nf()\n", { timeoutMs: 300 });
    expect(r.ok).toBe(false);
  });
  test("unbounded list growth -> MemoryError", () => {
    const r = run("x = []\nwhile True:\n    x.append(1)\n", { maxMemoryBytes: 16 * 1024 * 1024 });
    expect(r.error?.type).toBe("MemoryError");
  });
  test("string repetition -> MemoryError", () => {
    expect(err("s = 'a' * 10**10")).toBe("MemoryError: cannot allocate 20000000000 bytes (memory limit 536870912 bytes)");
  });
  test("list repetition -> MemoryError", () => {
    expect(err("s = [0] * 10**10").split(":")[0]).toBe("MemoryError");
  });
  test("range to list -> MemoryError", () => {
    expect(err("s = list(range(10**10))").split(":")[0]).toBe("MemoryError");
  });
  test("huge numpy array -> MemoryError", () => {
    expect(err("import numpy as np\nnp.zeros((100000, 100000))").split(":")[0]).toBe("MemoryError");
  });
  test("huge int power -> error, not hang", () => {
    expect(err("x = 10 ** (10 ** 10)").split(":")[0]).toMatch(/MemoryError|OverflowError/);
  });
  test("deep recursion -> RecursionError", () => {
    const r = run("def f(n):\n    return f(n + 1)\nf(0)\n");
    expect(r.error?.type).toBe("RecursionError");
    expect(r.error?.message).toBe("maximum recursion depth exceeded");
    expect(r.stderr).toContain("[Previous line repeated");
  });
  test("the module's frame counts toward the limit of 1000, as in `python3 prog.py`", () => {
    // (not a corpus program: the recorder runs programs through exec() in a wrapper, two frames deeper)
    const r = run("d = 0\ndef f(n):\n    global d\n    d = n\n    f(n + 1)\ntry:\n    f(1)\nexcept RecursionError:\n    print(d)\nf(1)\n");
    expect(r.stdout).toBe("999\n");
    expect(r.stderr).toContain("[Previous line repeated 996 more times]");
  });
  test("recursion depth 900 works", () => {
    const r = run("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(900))\n");
    expect(r.stdout).toBe("900\n");
  });
  test("JS stack overflow becomes RecursionError", () => {
    const r = run("def f(n):\n    return f(n + 1)\nf(0)\n", { maxRecursion: 10_000_000 });
    expect(r.error?.type).toBe("RecursionError");
  });
  test("a long matrix product on the JS kernels stops at the deadline (checked between row blocks)", { timeout: 60_000 }, () => {
    // 3000² float64 operands exceed the WebAssembly kernel's memory cap, so this runs on the JS kernels
    const t0 = Date.now();
    const r = run("import numpy as np\nx = np.ones((3000, 3000))\ny = x @ x\n", { timeoutMs: 500 });
    expect(r.error?.type).toBe("TimeoutError");
    expect(Date.now() - t0).toBeLessThan(5_000); // the whole product takes ~10 s
  });
  test("math.factorial / comb / perm of huge arguments stop at the deadline", { timeout: 60_000 }, () => {
    for (const src of [
      "import math\nmath.factorial(10**6)\n",
      "import math\nmath.comb(10**7, 5 * 10**6)\n",
      "import math\nmath.perm(10**7, 5 * 10**6)\n",
    ]) {
      const t0 = Date.now();
      expect(run(src, { timeoutMs: 300 }).error?.type).toBe("TimeoutError");
      expect(Date.now() - t0).toBeLessThan(5_000);
    }
  });
  test("int <-> decimal str beyond 4300 digits: CPython 3.11's ValueError, at once", () => {
    expect(err("int('9' * 10**6)")).toBe(
      "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 1000000 digits; use sys.set_int_max_str_digits() to increase the limit",
    );
    expect(err("print(10 ** 10**6)")).toBe(
      "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
    );
    expect(run("print(len(str(10**4299)), int('7' * 4300) % 10, len(hex(10**6000)))").stdout).toBe("4300 7 4985\n");
  });
  test.each([
    ["np.repeat(np.ones(10), 10**9)"],
    ["np.repeat(np.ones(3), [10**9, 1, 1])"],
    ["np.tile(np.ones(3), 10**9)"],
    ["np.array_split(np.ones(10), 10**9)"],
  ])("%s -> MemoryError before anything is built (no host crash)", (expr) => {
    expect(err(`import numpy as np\n${expr}`, { maxMemoryBytes: 64 * 1024 * 1024 }).split(":")[0]).toBe("MemoryError");
  });
  test("output limit", () => {
    const r = run("for i in range(100000):\n    print('x' * 100)\n", { maxOutputBytes: 10_000 });
    expect(r.stdout.length).toBeLessThanOrEqual(10_000);
    expect(r.stderr).toContain("output truncated");
  });
});

describe("escape attempts", () => {
  const attempts: [string, string][] = [
    ["().__class__.__bases__[0].__subclasses__()", "AttributeError"],
    ["x = []\nx.__class__.__subclasses__", "AttributeError"],
    ["getattr([], '__proto__')", "AttributeError"],
    ["getattr(1, 'constructor')", "AttributeError"],
    ["(lambda: 0).__globals__", "AttributeError"],
    ["(lambda: 0).__code__", "AttributeError"],
    ["x = {}\nx.constructor", "AttributeError"],
    ["print.__self__.constructor", "AttributeError"],
    ["type.__subclasses__(object)", "AttributeError"],
    ["object.__subclasses__()", "AttributeError"],
    ["getattr(getattr, 'prototype')", "AttributeError"],
    ["''.__class__.__subclasses__", "AttributeError"],
    ["open('/etc/passwd')", "PermissionError"],
    ["import os", "ModuleNotFoundError"],
    ["import subprocess", "ModuleNotFoundError"],
    ["__import__('os')", "ModuleNotFoundError"],
    ["from os import system", "ModuleNotFoundError"],
    ["eval('1')", "NotImplementedError"],
    ["exec('x = 1')", "NotImplementedError"],
    ["globals()", "NotImplementedError"],
    ["dir()", "NotImplementedError"],
    ["import builtins\nbuiltins.open('/etc/passwd')", "PermissionError"],
    ["import numpy as np\nnp.save('W.npy', np.ones(2))", "PermissionError"],
    ["import numpy as np\nnp.savez('p.npz', W=np.ones(2))", "PermissionError"],
    ["import numpy as np\nnp.load('/etc/passwd')", "PermissionError"],
    ["import numpy as np\nnp.loadtxt('data.csv', delimiter=',')", "PermissionError"],
    ["import builtins\nbuiltins.eval('1')", "NotImplementedError"],
    ["import numpy as np\nnp.__dict__", "AttributeError"],
    ["class A: pass\nA.__subclasses__()", "AttributeError"],
    ["setattr(A := type('A', (), {}), '__bases__', ())", "AttributeError"],
  ];
  test.each(attempts)("%s", (src, type) => {
    const r = run(src);
    expect(r.ok).toBe(false);
    expect(r.error?.type).toBe(type);
  });
  test("dict keys named like JS internals are ordinary keys", () => {
    const r = run("d = {}\nd['__proto__'] = 1\nd['constructor'] = 2\nprint(d, d['__proto__'], 'toString' in d)\n");
    expect(r.stdout).toBe("{'__proto__': 1, 'constructor': 2} 1 False\n");
  });
  test("attribute names like JS internals on instances", () => {
    const r = run(
      "class A: pass\na = A()\na.__proto__ = 5\na.constructor = 6\nprint(a.__proto__, a.constructor, hasattr(A(), 'constructor'))\n",
    );
    expect(r.stdout).toBe("5 6 False\n");
  });
  test("no host globals leak through names", () => {
    for (const n of ["process", "require", "globalThis", "window", "Function", "constructor", "Object"]) {
      expect(err(n)).toBe(`NameError: name '${n}' is not defined`);
    }
  });
});

describe("module names that are JS object internals", () => {
  test.each(["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"])("import %s", (n) => {
    const r = run(`import ${n}`, { modules: { "common.functions": "X = 1" } });
    expect(r.error?.type).toBe("ModuleNotFoundError");
    const r2 = run(`from common import ${n}`, { modules: { "common.functions": "X = 1" } });
    expect(r2.error?.type).toBe("ImportError");
  });
});

test("dtype strings that are JS object internals", () => {
  for (const n of ["__proto__", "constructor", "toString"]) {
    const r = run(`import numpy as np\nnp.zeros(2, dtype='${n}')`);
    expect(r.error?.type).toBe("TypeError");
  }
});
