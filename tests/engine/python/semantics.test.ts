import { describe, test, expect } from "vitest";
import { out } from "./helpers";

// acorn style: [source, expected stdout]
const cases: [string, string][] = [
  ["print(1 + 2)", "3\n"],
  ["print(7 // 2, -7 // 2, 7 % -3, -7 % 3, 7.5 // 2, -7.5 % 2)", "3 -4 -2 2 3.0 0.5\n"],
  ["print(2 ** 10, 2 ** -1, 2 ** 100)", "1024 0.5 1267650600228229401496703205376\n"],
  ["print(0.1 + 0.2, 1e-05, 1e16, 1.0, -0.0, 1/3, 1e300*1e10)", "0.30000000000000004 1e-05 1e+16 1.0 -0.0 0.3333333333333333 inf\n"],
  ["print(float('nan'), float('-inf'), 3.0 * 2, 10 / 4, 10 / 5)", "nan -inf 6.0 2.5 2.0\n"],
  ["print(True + True, True * 3, 1 == 1.0 == True, None is None)", "2 3 True True\n"],
  ["print(2**53 + 1, (2**64) // 3, -(2**70) % 7)", "9007199254740993 6148914691236517205 5\n"],
  ["print(1 < 2 < 3, 1 < 3 < 2, 'a' < 'b', [1, 2] < [1, 3], (1, 2) == (1, 2))", "True False True True True\n"],
  ["print(not 0, 0 or 'x', 1 and 2, [] or {}, 3 if 0 else 4)", "True x 2 {} 4\n"],
  ["x = 5\nx += 2\nx *= 3\nx -= 1\nx //= 2\nprint(x)", "10\n"],
  ["a, b = 1, 2\na, b = b, a\nprint(a, b)", "2 1\n"],
  ["a, *b, c = range(5)\nprint(a, b, c)", "0 [1, 2, 3] 4\n"],
  ["(a, b), c = (1, 2), 3\nprint(a, b, c)", "1 2 3\n"],
  ["W, = [7]\nprint(W)", "7\n"],
  ["for i, (x, y) in enumerate([(1, 2), (3, 4)]):\n    print(i, x, y)", "0 1 2\n1 3 4\n"],
  ["i = 0\nwhile True:\n    i += 1\n    if i == 2: continue\n    if i > 4: break\n    print(i)\nelse:\n    print('no')", "1\n3\n4\n"],
  ["for i in range(3):\n    pass\nelse:\n    print('done', i)", "done 2\n"],
  [
    "def f(a, b=2, *args, c=3, **kw):\n    return (a, b, args, c, kw)\nprint(f(1), f(1, 2, 3, c=4, d=5))",
    "(1, 2, (), 3, {}) (1, 2, (3,), 4, {'d': 5})\n",
  ],
  ["def f(*, x): return x\nprint(f(x=1))", "1\n"],
  ["f = lambda x, y=1: x + y\nprint(f(1), f(1, 2), (lambda: 7)())", "2 3 7\n"],
  ["def fact(n): return 1 if n <= 1 else n * fact(n - 1)\nprint(fact(20), fact(25))", "2432902008176640000 15511210043330985984000000\n"],
  [
    "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    inner()\n    return inner()\nprint(outer())",
    "3\n",
  ],
  ["g = 0\ndef f():\n    global g\n    g = 5\nf()\nprint(g)", "5\n"],
  ["fs = [lambda: i for i in range(3)]\nprint([f() for f in fs])", "[2, 2, 2]\n"],
  ["def mk(n):\n    return lambda x: x * n\nprint(mk(3)(4))", "12\n"],
  [
    "class A:\n    n = 0\n    def __init__(self, x):\n        self.x = x\n        A.n += 1\n    def get(self):\n        return self.x\na = A(3); b = A(4)\nprint(a.get(), b.x, A.n)",
    "3 4 2\n",
  ],
  [
    "class A:\n    def __init__(self, x): self.x = x\n    def __repr__(self): return f'A({self.x})'\n    def __add__(self, o): return A(self.x + o.x)\n    def __eq__(self, o): return self.x == o.x\n    def __lt__(self, o): return self.x < o.x\nprint(A(1) + A(2), A(1) == A(1), sorted([A(3), A(1)]), [A(2)])",
    "A(3) True [A(1), A(3)] [A(2)]\n",
  ],
  [
    "class B:\n    def __init__(self): self.v = 1\nclass C(B):\n    def __init__(self):\n        super().__init__()\n        self.w = 2\nc = C()\nprint(c.v, c.w, isinstance(c, B), issubclass(C, B), type(c).__name__)",
    "1 2 True True C\n",
  ],
  [
    "class P:\n    @property\n    def v(self): return 42\n    @staticmethod\n    def s(): return 's'\n    @classmethod\n    def c(cls): return cls.__name__\nprint(P().v, P.s(), P.c(), P().c())",
    "42 s P P\n",
  ],
  [
    "class It:\n    def __init__(self): self.i = 0\n    def __iter__(self): return self\n    def __next__(self):\n        self.i += 1\n        if self.i > 3: raise StopIteration\n        return self.i\nprint(list(It()))",
    "[1, 2, 3]\n",
  ],
  ["def g():\n    for i in range(3):\n        yield i * 2\nprint(list(g()), sum(g()))", "[0, 2, 4] 6\n"],
  ["print([x * y for x in range(3) for y in range(3) if x != y])", "[0, 0, 0, 2, 0, 2]\n"],
  ["print({k: v for k, v in zip('ab', [1, 2])}, {x % 3 for x in range(10)})", "{'a': 1, 'b': 2} {0, 1, 2}\n"],
  ["print(sum(x * x for x in range(4)), any(x > 2 for x in [1, 3]), all([]))", "14 True True\n"],
  ["l = list(range(10))\nprint(l[2:8:2], l[::-1][:3], l[-3:], l[:-7])", "[2, 4, 6] [9, 8, 7] [7, 8, 9] [0, 1, 2]\n"],
  [
    "l = [0, 1, 2, 3, 4]\nl[1:3] = ['a']\nprint(l)\ndel l[0]\nprint(l)\nl[::2] = [9, 9]\nprint(l)\ndel l[::2]\nprint(l)",
    "[0, 'a', 3, 4]\n['a', 3, 4]\n[9, 3, 9]\n[3]\n",
  ],
  [
    "d = {'a': 1}\nd['b'] = 2\nd.update(c=3)\nprint(d, d.get('z', 0), list(d.items()), 'a' in d, len(d))\ndel d['a']\nprint(d.pop('b'), d)",
    "{'a': 1, 'b': 2, 'c': 3} 0 [('a', 1), ('b', 2), ('c', 3)] True 3\n2 {'c': 3}\n",
  ],
  ["d = {1: 'a'}\nd[1.0] = 'b'\nd[True] = 'c'\nprint(d, {(1, 2): 3}[(1, 2)])", "{1: 'c'} 3\n"],
  [
    "s = {3, 1, 2}\ns.add(4)\ns.discard(1)\nprint(sorted(s), {1, 2} | {3}, {1, 2} - {2}, {1, 2} ^ {2, 3}, set())",
    "[2, 3, 4] {1, 2, 3} {1} {1, 3} set()\n",
  ],
  ["t = (1, 2, 3)\nprint(t[1], t[-1], t[:2], len(t), t.index(2), (1,), ())", "2 3 (1, 2) 3 1 (1,) ()\n"],
  [
    "print(range(5), list(range(10, 0, -3)), range(10)[::-1], len(range(0, 10, 3)), 4 in range(0, 10, 2), range(10)[-1])",
    "range(0, 5) [10, 7, 4, 1] range(9, -1, -1) 4 True 9\n",
  ],
  ["x = [3, 1, 2]\nx.sort()\nprint(x, sorted('bca'), sorted([1, -3, 2], key=abs, reverse=True))", "[1, 2, 3] ['a', 'b', 'c'] [-3, 2, 1]\n"],
  [
    "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print('caught', e)\nelse:\n    print('no')\nfinally:\n    print('fin')",
    "caught division by zero\nfin\n",
  ],
  ["try:\n    [][1]\nexcept (KeyError, IndexError) as e:\n    print(type(e).__name__, e)", "IndexError list index out of range\n"],
  ["def f():\n    try:\n        return 1\n    finally:\n        print('f')\nprint(f())", "f\n1\n"],
  [
    "class E(Exception):\n    pass\ntry:\n    raise E('boom')\nexcept Exception as e:\n    print(repr(e), str(e), e.args)",
    "E('boom') boom ('boom',)\n",
  ],
  [
    "try:\n    try:\n        raise ValueError('a')\n    except ValueError:\n        raise\nexcept ValueError as e:\n    print('outer', e)",
    "outer a\n",
  ],
  ["try:\n    raise KeyError('k')\nexcept KeyError as e:\n    print(e)", "'k'\n"],
  ["try:\n    assert 1 == 2, 'msg'\nexcept AssertionError as e:\n    print('A', e)", "A msg\n"],
  ["x = 10\ndef f():\n    try:\n        x\n    except NameError:\n        pass\n    return x\nprint(f())", "10\n"],
  ["print(__name__ == '__main__')", "True\n"],
  ["if __name__ == '__main__':\n    print('main')", "main\n"],
  ["x = 1; y = 2; print(x + y)", "3\n"],
  ["def f(x: int, y: 'str' = 'a') -> int:\n    z: int = 3\n    return x + z\nprint(f(1))", "4\n"],
  [
    "import math\nprint(math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.pi, math.log(math.e), math.exp(0))",
    "4.0 2 3 3.141592653589793 1.0 1.0\n",
  ],
  ["from math import sqrt, inf\nprint(sqrt(2), inf > 1e308)", "1.4142135623730951 True\n"],
  ["import sys\nsys.path.append('/x')\nprint('ok', file=sys.stderr)\nprint('out')", "out\n"],
  ["from google.colab import drive\ndrive.mount('/content/drive')\nprint('m')", "m\n"],
  [
    "class M:\n    def __enter__(self):\n        print('in'); return 5\n    def __exit__(self, *a):\n        print('out', a[0] is None)\nwith M() as v:\n    print(v)",
    "in\n5\nout True\n",
  ],
  [
    "n = 5\nprint(f'{n}', f'{n:03d}', f'{n!r}', f'{n=}', f'{3.14159:.3f}', f'{\"s\":>4}|', f'{1e-7:g}', f'{255:x}', f'{0.25:.1%}', f'{1234.5:,.1f}')",
    "5 005 5 n=5 3.142    s| 1e-07 ff 25.0% 1,234.5\n",
  ],
  ["print('%5.2f|%-4d|%s|%r|%x|%05d|%%' % (3.14159, 42, 'a', 'b', 255, 42))", " 3.14|42  |a|'b'|ff|00042|%\n"],
  [
    "print('{} {:>3} {name} {1}'.format(1, 2, name='n'), '{:.2e}'.format(12345.678))",
    "ERROR ValueError: cannot switch from automatic field numbering to manual field specification",
  ],
  ["print('{0} {1:>3} {name} {0}'.format(1, 2, name='n'), '{:.2e}'.format(12345.678))", "1   2 n 1 1.23e+04\n"],
];

describe("semantics", () => {
  test.each(cases)("%s", (src, expected) => {
    expect(out(src)).toBe(expected);
  });
});
