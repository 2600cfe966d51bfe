// Language pieces learners use: subclassing dict/list, obj.__dict__ and vars(), function __annotations__,
// `from __future__ import annotations`, the match statement. Every expected output was checked against CPython 3.11.
import { describe, test, expect } from "vitest";
import { out, err } from "./helpers";

// acorn style: [source, expected stdout]
const cases: [string, string][] = [
  [
    "class Config(dict):\n    def __getattr__(self, k):\n        return self[k]\nc = Config(lr=0.1)\nc['n'] = 2\nprint(c, c.lr, len(c), isinstance(c, dict), type(c).__name__)",
    "{'lr': 0.1, 'n': 2} 0.1 2 True Config\n",
  ],
  [
    "class Stack(list):\n    def push(self, x):\n        self.append(x)\n    def peek(self):\n        return self[-1]\ns = Stack([1])\ns.push(2)\nprint(s, s.peek(), sum(s), sorted(s, reverse=True), s + [3])",
    "[1, 2] 2 3 [2, 1] [1, 2, 3]\n",
  ],
  [
    "class L(list):\n    def __init__(self, n):\n        super().__init__(range(n))\n        self.n = n\nx = L(3)\nprint(x, x.n, vars(x))",
    "[0, 1, 2] 3 {'n': 3}\n",
  ],
  ["class D(dict):\n    def __setitem__(self, k, v):\n        super().__setitem__(k, v * 2)\nd = D()\nd['a'] = 1\nprint(d)", "{'a': 2}\n"],
  ["class D(dict):\n    def __missing__(self, k):\n        return 0\nd = D(a=1)\nprint(d['a'], d['b'], d)", "1 0 {'a': 1}\n"],
  [
    "class R(list):\n    def __repr__(self):\n        return 'R' + super().__repr__()\nprint(R([1]), [R()], str(R([2])))",
    "R[1] [R[]] R[2]\n",
  ],
  [
    "class P:\n    def __init__(self):\n        self.a = 1\np = P()\nd = p.__dict__\nd['b'] = 2\nprint(vars(p), p.b)",
    "{'a': 1, 'b': 2} 2\n",
  ],
  ["class C:\n    def __init__(self, **kw):\n        self.__dict__.update(kw)\nc = C(lr=0.5, n=3)\nprint(c.lr, c.n)", "0.5 3\n"],
  [
    "def f(x: int, y: 'str' = 'a', *a: float, **k: dict) -> list:\n    pass\nprint(f.__annotations__)",
    "{'x': <class 'int'>, 'y': 'str', 'a': <class 'float'>, 'k': <class 'dict'>, 'return': <class 'list'>}\n",
  ],
  ["def f(x): pass\nprint(f.__annotations__)", "{}\n"],
  [
    "from __future__ import annotations\ndef f(x: Tensor, y: list[int] | None = None) -> tuple[int, ...]:\n    pass\nprint(f.__annotations__)",
    "{'x': 'Tensor', 'y': 'list[int] | None', 'return': 'tuple[int, ...]'}\n",
  ],
  [
    "def f(p):\n    match p:\n        case 0 | 1:\n            return 'bit'\n        case [x, *rest] if x > 0:\n            return f'pos {rest}'\n        case {'k': v, **more}:\n            return f'k={v} {more}'\n        case str() as s:\n            return s.upper()\n        case _:\n            return 'other'\nprint(f(1), f([2, 3, 4]), f([-1]), f({'k': 5, 'j': 6}), f('ab'), f(2.5))",
    "bit pos [3, 4] other k=5 {'j': 6} AB other\n",
  ],
  [
    "class Pt:\n    __match_args__ = ('x', 'y')\n    def __init__(self, x, y):\n        self.x, self.y = x, y\nfor p in [Pt(0, 0), Pt(0, 3), Pt(2, 2)]:\n    match p:\n        case Pt(0, 0):\n            print('origin')\n        case Pt(x=0, y=y):\n            print('y', y)\n        case Pt(a, b) if a == b:\n            print('diag', a)",
    "origin\ny 3\ndiag 2\n",
  ],
  ["match (1, 'a'):\n    case (int(n), str(s)):\n        print(n, s)", "1 a\n"],
  ["match = {'a': 1}\nprint(match['a'])\ncase = 2\nprint(case)", "1\n2\n"],
];

describe("language pieces", () => {
  for (const [src, expected] of cases) test(src.split("\n")[0], () => expect(out(src)).toBe(expected));

  test("errors as CPython raises them", () => {
    expect(err("vars(5)")).toBe("TypeError: vars() argument must have __dict__ attribute");
    expect(err("match 5:\n    case len():\n        pass")).toBe("TypeError: called match pattern must be a type");
    expect(err("class A: pass\nmatch A():\n    case A(1):\n        pass")).toBe(
      "TypeError: A() accepts 0 positional sub-patterns (1 given)",
    );
    expect(err("def f(x: Undefined): pass")).toBe("NameError: name 'Undefined' is not defined");
    expect(err("from __future__ import braces")).toBe("SyntaxError: not a chance");
  });

  test("what a class statement has beyond this engine raises, naming it", () => {
    expect(err("class M(type): pass\nclass A(metaclass=M): pass")).toBe(
      "NotImplementedError: metaclass=M is not supported by this engine (only type and abc.ABCMeta)",
    );
    expect(err("bases = (object,)\nclass A(*bases): pass")).toBe(
      "NotImplementedError: * or ** in a class's bases is not supported by this engine",
    );
  });
});
