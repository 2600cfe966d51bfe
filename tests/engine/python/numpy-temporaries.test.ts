// Temporaries whose storage the engine reuses (objects/ops/temporaries.ts, ndarray/scratch.ts): an array that
// anything else can still reach keeps its values, and every result is NumPy's. Expected outputs recorded with
// CPython 3.11 + NumPy 2.4; arrays have at least 64 elements, the size from which storage is reused.
import { describe, expect, test } from "vitest";
import { out } from "./helpers";

const cases: [string, string, string][] = [
  [
    "a dict's setdefault keeps the ufunc result it stores",
    "x = np.arange(100.0) / 50\nd = {}\nv = d.setdefault('k', np.exp(x)) + 1\nfor i in range(3):\n    w = (x * 3) + 2\n    z = np.tanh(x * 5) - 1\nprint(d['k'][:3], round(d['k'].sum(), 9), round(v.sum(), 9), w.sum(), round(z.sum(), 9))\n",
    "[1.         1.02020134 1.04081077] 316.268925253 416.268925253 497.0 -7.439807899\n",
  ],
  [
    "an operand a user's __radd__ keeps is not reused",
    "x = np.arange(100.0)\nclass S:\n    __array_ufunc__ = None\n    def __radd__(self, o):\n        self.kept = o\n        return o\ns = S()\nr = (x * 2) + s\nfor i in range(3):\n    y = (x * 7) + 1\n    y = -(x * 3)\nprint(r is s.kept, s.kept[:4], s.kept.sum())\n",
    "True [0. 2. 4. 6.] 9900.0\n",
  ],
  [
    "a method returning an array it keeps",
    "x = np.arange(100.0) / 100\nclass L:\n    def f(self, v):\n        self.y = np.tanh(v)\n        return self.y\nl = L()\nr = l.f(x * 2) * 2\nfor i in range(3):\n    q = (x + 1) * 3\n    q = np.exp(x * 2) + 1\nprint(l.y[:3], round(l.y.sum(), 9), round(r.sum(), 9))\n",
    "[0.         0.01999733 0.03997868] 65.766574638 131.533149275\n",
  ],
  [
    "out= given positionally",
    "x = np.arange(100.0) / 100\no = np.empty(100)\nr = np.exp(x * 1, o) + 1\nfor i in range(3):\n    q = (x * 2) + 1\n    q = np.exp(x * 3) + 1\nprint(o[:3], round(o.sum(), 9), round(r.sum(), 9), r is o)\n",
    "[1.         1.01005017 1.02020134] 170.970473831 270.970473831 False\n",
  ],
  [
    "generators, lambdas and functions that keep what they return",
    "x = np.arange(100.0)\nkeep = []\ndef g():\n    y = np.exp(x / 100)\n    keep.append(y)\n    yield y\nf = lambda v: keep.append(v) or v\ndef h(v):\n    keep.append(-v)\n    return keep[-1]\na = next(g()) + 1\nb = f(x * 2) + 1\nc = h(x * 3) * 2\nfor i in range(3):\n    q = (x * 5) + 1\n    q = -(x * 7)\nprint([round(float(k.sum()), 9) for k in keep], round(a.sum(), 9), b.sum(), c.sum())\n",
    "[170.970473831, 9900.0, -14850.0] 270.970473831 10000.0 -29700.0\n",
  ],
  [
    "views of a temporary",
    "x = np.arange(100.0)\nv = (x * 2).reshape(10, 10)\nw = (x * 2)[10:20] + 1\nu = (x * 2).reshape(10, 10) + 1\nfor i in range(3):\n    q = (x * 5) + 1\n    q = np.exp(x / 100) * 3\nprint(v.sum(), v[1], w, u.sum())\n",
    "9900.0 [20. 22. 24. 26. 28. 30. 32. 34. 36. 38.] [21. 23. 25. 27. 29. 31. 33. 35. 37. 39.] 10000.0\n",
  ],
  [
    "chains of temporaries give NumPy's values",
    "np.random.seed(0)\nx = np.random.randn(300, 50)\nW = np.random.randn(50, 3)\nacc = 0.0\nfor i in range(5):\n    s = 1 / (1 + np.exp(-x))\n    d = (x * (1.0 - s)) * s\n    e = -(x * 2) + np.tanh(x / 3)\n    m = np.dot(s, W) + 1\n    acc += s.sum() + d.sum() + e.sum() + m.sum()\nprint(round(acc, 6), s[0, :3], d[1, :3], e[2, :3])\n",
    "38613.039468 [0.85371646 0.59872543 0.72685773] [-0.18437018  0.09319426 -0.11972057] [-3.20982327  2.27423333  2.14109931]\n",
  ],
  [
    "float32, int64 and scalars",
    "x = np.arange(100, dtype=np.float32) / 7\ni = np.arange(100) * 3\nfor k in range(3):\n    a = (x * 2) + 1\n    b = np.exp(-x) * 3\n    c = -(i * 2) + 5\n    d = np.exp(np.float64(1.5)) + 1\nprint(a.dtype, a[:4], round(float(b.sum()), 3), c.dtype, c[:4], c.sum(), round(d, 9))\n",
    "float32 [1.        1.2857143 1.5714285 1.8571429] 22.536 int64 [  5  -1  -7 -13] -29200 5.48168907\n",
  ],
  [
    "floating-point errors are reported as before",
    "x = np.arange(100.0)\nwith np.errstate(all='raise'):\n    for f in [lambda: 1.0 / (x * 0), lambda: (x * 0) / (x * 0), lambda: np.exp(x * 1000) + 1, lambda: -(x * 0) / 0]:\n        try:\n            f()\n            print('ok')\n        except FloatingPointError as e:\n            print(e)\nwith np.errstate(all='ignore'):\n    r = (x * 0) / (x * 0) + 1\nprint(np.isnan(r).sum())\n",
    "divide by zero encountered in divide\ninvalid value encountered in divide\noverflow encountered in exp\ninvalid value encountered in divide\n100\n",
  ],
  [
    "an exception between operands leaves values intact",
    "x = np.arange(100.0)\nfor i in range(3):\n    try:\n        r = (x * 2) + np.ones(3)\n    except ValueError as e:\n        print(e)\n    r = (x * 2) + (x * 3)\nprint(r.sum(), x.sum())\n",
    "operands could not be broadcast together with shapes (100,) (3,) \noperands could not be broadcast together with shapes (100,) (3,) \noperands could not be broadcast together with shapes (100,) (3,) \n24750.0 4950.0\n",
  ],
  [
    "in-place operators: a user's __iadd__ keeps its operand, NumPy's does not",
    "x = np.arange(100.0)\nclass K:\n    def __init__(self):\n        self.arr = np.zeros(100)\n    def __iadd__(self, o):\n        self.kept = o\n        self.arr += o\n        return self\nk = K()\nk += x * 2\np = np.ones(100)\nfor i in range(3):\n    q = (x * 5) + 1\n    p -= 0.5 * (x / 10)\n    p *= -(x / 50) + 2\nprint(k.kept[:4], k.kept.sum(), k.arr.sum(), round(p.sum(), 9))\n",
    "[0. 2. 4. 6.] 9900.0 9900.0 -329.246668\n",
  ],
];

describe("temporaries", () => {
  for (const [name, src, expected] of cases) test(name, () => expect(out(`import numpy as np\n${src}`)).toBe(expected));
});
