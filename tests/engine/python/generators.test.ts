// Lazy generators: every expected output below was checked against CPython 3.11.
import { describe, test, expect } from "vitest";
import { out, err, run } from "./helpers";

// acorn style: [source, expected stdout]
const cases: [string, string][] = [
  // the body runs only when asked, and its prints interleave with the consumer's
  [
    "def g():\n    print('start')\n    yield 1\n    print('mid')\n    yield 2\nx = g()\nprint('made')\nfor v in x:\n    print('got', v)",
    "made\nstart\ngot 1\nmid\ngot 2\n",
  ],
  ["g = (print('x', i) or i for i in range(2))\nprint('made')\nprint(list(g))", "made\nx 0\nx 1\n[0, 1]\n"],
  // infinite generators stop when the consumer stops
  [
    "def nat():\n    i = 0\n    while True:\n        yield i\n        i += 1\nprint(list(zip(nat(), 'ab')), next(x for x in nat() if x > 5))",
    "[(0, 'a'), (1, 'b')] 6\n",
  ],
  [
    "import itertools\ndef nat():\n    i = 0\n    while True:\n        yield i\n        i += 1\nprint(list(itertools.islice(nat(), 3)), any(x > 2 for x in itertools.count()))",
    "[0, 1, 2] True\n",
  ],
  // send, the StopIteration value, return in generators
  [
    "def g():\n    x = yield 1\n    print('got', x)\n    return 'done'\nit = g()\nprint(next(it))\ntry:\n    it.send('a')\nexcept StopIteration as e:\n    print('stop', e.value)",
    "1\ngot a\nstop done\n",
  ],
  [
    "def g():\n    yield 1\nit = g()\ntry:\n    it.send(5)\nexcept TypeError as e:\n    print(e)",
    "can't send non-None value to a just-started generator\n",
  ],
  ["def g():\n    return 3\n    yield\ntry:\n    next(g())\nexcept StopIteration as e:\n    print(e.value, e.args)", "3 (3,)\n"],
  // yield from: delegation of values, send and the return value
  [
    "def inner():\n    a = yield 1\n    print('inner got', a)\n    return 'r'\ndef outer():\n    r = yield from inner()\n    print('r =', r)\n    yield from [7, 8]\no = outer()\nprint(next(o), o.send('hi'), next(o))",
    "inner got hi\nr = r\n1 7 8\n",
  ],
  [
    "def flat(xs):\n    for x in xs:\n        if isinstance(x, list):\n            yield from flat(x)\n        else:\n            yield x\nprint(list(flat([1, [2, [3]], 4])))",
    "[1, 2, 3, 4]\n",
  ],
  // throw and close
  [
    "def g():\n    while True:\n        try:\n            yield 1\n        except ValueError as e:\n            print('caught', e)\nt = g()\nnext(t)\nprint(t.throw(ValueError('boom')), t.throw(ValueError, 'x'))",
    "caught boom\ncaught x\n1 1\n",
  ],
  [
    "def g():\n    try:\n        yield 1\n    except GeneratorExit:\n        print('exit')\n        raise\n    finally:\n        print('finally')\nc = g()\nnext(c)\nprint(c.close(), list(c))",
    "exit\nfinally\nNone []\n",
  ],
  [
    "def g():\n    while True:\n        try:\n            yield\n        except GeneratorExit:\n            pass\ni = g()\nnext(i)\ntry:\n    i.close()\nexcept RuntimeError as e:\n    print(e)",
    "generator ignored GeneratorExit\n",
  ],
  [
    "def g():\n    yield 1\n    raise StopIteration\ntry:\n    list(g())\nexcept RuntimeError as e:\n    print(e, type(e.__cause__).__name__)",
    "generator raised StopIteration StopIteration\n",
  ],
  [
    "def g():\n    yield 1\nit = g()\nprint(type(it).__name__, iter(it) is it, repr(it).split(' at ')[0])",
    "generator True <generator object g\n",
  ],
  ["def f():\n    return (x for x in [1])\nprint(repr(f()).split(' at ')[0])", "<generator object f.<locals>.<genexpr>\n"],
  // a generator expression's first iterable is evaluated at once; the rest lazily
  ["try:\n    g = (x for x in 5)\nexcept TypeError as e:\n    print(e)", "'int' object is not iterable\n"],
  ["def g():\n    yield (yield 1) * 2\nit = g()\nprint(next(it), it.send(21))", "1 42\n"],
  ["def g():\n    x = 0\n    x += yield x\n    yield x\nit = g()\nprint(next(it), it.send(5))", "0 5\n"],
  [
    "def g():\n    print('a', (yield 1), (yield 2))\nit = g()\nnext(it); it.send('x')\ntry:\n    it.send('y')\nexcept StopIteration:\n    pass",
    "a x y\n",
  ],
  [
    "def g():\n    try:\n        raise KeyError('a')\n    except KeyError:\n        yield 1\nit = g()\nnext(it)\ntry:\n    raise ValueError('v')\nexcept ValueError as e:\n    print(e.__context__)",
    "None\n",
  ],
  [
    "def g(n):\n    with open_ctx() as c:\n        yield c\nclass open_ctx:\n    def __enter__(self):\n        print('enter'); return 5\n    def __exit__(self, *a):\n        print('exit')\nfor v in g(1):\n    print(v)",
    "enter\n5\nexit\n",
  ],
  ["def g():\n    yield 1\nit = g()\ndef again():\n    return next(it)\nprint(again(), next(it, 'end'))", "1 end\n"],
];

describe("lazy generators", () => {
  for (const [src, expected] of cases) test(src.split("\n")[0], () => expect(out(src)).toBe(expected));

  test("a generator running itself raises ValueError", () => {
    expect(err("def g():\n    yield next(it)\nit = g()\nnext(it)")).toBe("ValueError: generator already executing");
  });

  test("the traceback includes the generator's frame", () => {
    const r = run("def gen():\n    yield 1\n    yield 1 / 0\ndef use():\n    return list(gen())\nuse()");
    expect(r.error?.type).toBe("ZeroDivisionError");
    expect(r.error?.traceback).toMatch(/line 6, in <module>[\s\S]*line 5, in use[\s\S]*line 3, in gen/);
  });

  // the limits keep charging inside generator bodies: an infinite generator consumed whole must stop
  test.each([
    ["list()", "def f():\n    while True:\n        yield 1\nprint(len(list(f())))"],
    ["a for loop", "def f():\n    while True:\n        yield\nfor _ in f():\n    pass"],
    ["a generator expression", "import itertools\nprint(list(x for x in itertools.count()))"],
    ["growing values", "def f():\n    x = 'a'\n    while True:\n        yield x\n        x = x + x\nfor _ in f(): pass"],
  ])("an infinite generator consumed by %s ends in a limit error", (_name, src) => {
    const r = run(src, { maxSteps: 300_000, maxMemoryBytes: 64 << 20, timeoutMs: 20_000 });
    expect(r.ok).toBe(false);
    expect(["TimeoutError", "MemoryError"]).toContain(r.error?.type);
  });

  test("unbounded yield from recursion is a RecursionError", () => {
    expect(err("def f():\n    yield from f()\nlist(f())")).toBe("RecursionError: maximum recursion depth exceeded");
  });
});
