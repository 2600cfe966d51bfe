from collections import namedtuple
from typing import NamedTuple

class Vec(namedtuple("Vec2", "x y")):
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

v = Vec(3, 4)
print(v, v.norm(), v + Vec(1, 1), isinstance(v, tuple), type(v).__name__, v._replace(x=0), Vec._make([5, 6]))
print(Vec.__doc__, namedtuple("P", "a b").__doc__)
P = namedtuple("P", "a b")
P.total = lambda self: self.a + self.b
print(P(1, 2).total())

class Sample(NamedTuple):
    """A training sample."""
    x: list
    label: int = 0
    weight: float = 1.0
    def scaled(self):
        return [v * self.weight for v in self.x]

s = Sample([1, 2], weight=2.0)
print(s, s.scaled(), Sample.__doc__, Sample._fields, Sample._field_defaults, Sample.__annotations__)
print(Sample([3], 1) == ([3], 1, 1.0), hash(Sample((1,), 2)) == hash(((1,), 2, 1.0)))
x, label, w = s
print(x, label, w, s[1], len(s))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(NamedTuple):
        a: int
        def _asdict(self):
            return {}
except AttributeError as e:
    print("AttributeError", e)
try:
    Sample()
except TypeError as e:
    print("TypeError", e)
