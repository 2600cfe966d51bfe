import { describe, test, expect } from "vitest";
import { out, run } from "./helpers";

// expected outputs recorded with CPython 3.11
const cases: [string, string][] = [
  [
    "from collections import OrderedDict, defaultdict, Counter\nd = OrderedDict(); d['a'] = 1\ndd = defaultdict(list); dd['x'].append(1)\nc = Counter('abracadabra')\nprint(list(d), dict(dd), c.most_common(2), c['z'])",
    "['a'] {'x': [1]} [('a', 5), ('b', 2)] 0\n",
  ],
  ["import copy\na = [[1, 2], [3]]\nb = copy.deepcopy(a)\nb[0][0] = 9\nprint(a, b)", "[[1, 2], [3]] [[9, 2], [3]]\n"],
  ["import random\nrandom.seed(42)\nprint(random.random(), random.randint(1, 10), random.choice('abc'))", "0.6394267984578837 1 c\n"],
  ["import random\nrandom.seed(1)\nl = list(range(10)); random.shuffle(l); print(l)", "[6, 8, 9, 7, 5, 3, 0, 4, 1, 2]\n"],
  [
    "import functools, itertools\nprint(functools.reduce(lambda x, y: x * y, [1, 2, 3, 4]), list(itertools.product([1, 2], 'ab')))",
    "24 [(1, 'a'), (1, 'b'), (2, 'a'), (2, 'b')]\n",
  ],
  ["import time\nt = time.time()\nprint(type(t).__name__, time.time() >= t)", "float True\n"],
];
describe("stdlib modules", () => {
  test.each(cases)("%s", (src, expected) => expect(out(src)).toBe(expected));
});

describe("matplotlib recorder", () => {
  test("records a figure", () => {
    const r = run(
      "import matplotlib.pyplot as plt\nimport numpy as np\nx = np.arange(3)\nplt.plot(x, x * 2, label='a')\nplt.scatter([1], [2])\nplt.title('T')\nplt.xlabel('x')\nplt.legend()\nplt.show()\n",
    );
    expect(r.ok).toBe(true);
    expect(r.plots).toEqual([
      {
        legend: true,
        title: "T",
        xlabel: "x",
        series: [
          { x: [0, 1, 2], y: [0, 2, 4], label: "a", kind: "line" },
          { x: [1], y: [2], label: undefined, kind: "scatter" },
        ],
      },
    ]);
  });
  test("unshown figure is flushed at the end", () => {
    const r = run("import matplotlib.pyplot as plt\nplt.plot([1, 2])\n");
    expect(r.plots.length).toBe(1);
    expect(r.plots[0].series[0]).toMatchObject({ x: [0, 1], y: [1, 2] });
  });
});

describe("numpy warnings", () => {
  test("RuntimeWarning goes to stderr once per line", () => {
    const r = run("import numpy as np\nfor i in range(3):\n    x = np.array([1.0]) / 0\nprint(x)\n");
    expect(r.stdout).toBe("[inf]\n");
    expect(r.stderr).toBe("<main>:3: RuntimeWarning: divide by zero encountered in divide\n  x = np.array([1.0]) / 0\n");
  });
  // each expected text recorded from CPython 3.11 + NumPy 2.4
  test.each([
    ["np.array([1e308]) * 10", "overflow encountered in multiply"],
    ["np.array([1e308]) + np.array([1e308])", "overflow encountered in add"],
    ["np.array([np.inf]) - np.array([np.inf])", "invalid value encountered in subtract"],
    ["np.float64(1e308) * 10", "overflow encountered in scalar multiply"],
    ["np.int32(2**31 - 1) + np.int32(1)", "overflow encountered in scalar add"],
    ["np.int64(2**62) * 4", "overflow encountered in scalar multiply"],
    ["np.uint8(250) + np.uint8(10)", "overflow encountered in scalar add"],
    ["np.array([1e10, np.nan]).astype(np.int32)", "invalid value encountered in cast"],
  ])("%s warns: %s", (expr, message) => {
    const r = run(`import numpy as np\nx = ${expr}\n`);
    expect(r.stderr).toBe(`<main>:2: RuntimeWarning: ${message}\n  x = ${expr}\n`);
  });
  test.each([
    ["with np.errstate(divide='ignore'):\n    x = np.array([1.0]) / 0\n"],
    ["np.seterr(all='ignore')\nx = np.log(np.array([0.0, -1.0]))\n"],
    ["import warnings\nwarnings.simplefilter('ignore')\nx = np.array([1.0]) / 0\n"],
    ["import warnings\nwarnings.filterwarnings('ignore', category=RuntimeWarning)\nx = np.array([1e308]) * 10\n"],
    ["import warnings\nwith warnings.catch_warnings():\n    warnings.simplefilter('ignore')\n    x = np.array([1.0]) / 0\n"],
  ])("silenced: %s", (src) => {
    const r = run(`import numpy as np\n${src}`);
    expect(r.ok).toBe(true);
    expect(r.stderr).toBe("");
  });
  test("filters end with their catch_warnings block and with the run; warnings.warn shows a UserWarning", () => {
    const r = run(
      "import numpy as np\nimport warnings\nwith warnings.catch_warnings():\n    warnings.simplefilter('ignore')\nx = np.array([1.0]) / 0\nwarnings.warn('note')\n",
    );
    expect(r.stderr).toBe(
      "<main>:5: RuntimeWarning: divide by zero encountered in divide\n  x = np.array([1.0]) / 0\n<main>:6: UserWarning: note\n  warnings.warn('note')\n",
    );
  });
  test.each([["np.array([2**62]) * 4"], ["np.int64(3) + 4"], ["np.array([1.5]) * np.array([2.0])"], ["np.float64(2.0) * 3"]])(
    "%s: no warning",
    (expr) => {
      expect(run(`import numpy as np\nx = ${expr}\n`).stderr).toBe("");
    },
  );
});
