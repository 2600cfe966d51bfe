# dataclasses with an explicit __annotations__ dict (the engine does not record `x: int` in class bodies yet)
from dataclasses import dataclass, field, asdict, astuple, fields, replace, FrozenInstanceError, is_dataclass
@dataclass
class P:
    __annotations__ = {'x': int, 'y': float, 'tags': list}
    y = 0.0
    tags = field(default_factory=list)
p = P(1); print(p, P(1, 2.5, ['a']) == P(1, 2.5, ['a']), asdict(p), astuple(p), [f.name for f in fields(p)], replace(p, x=9), is_dataclass(p), P.__hash__)
@dataclass(frozen=True, order=True)
class V:
    __annotations__ = {'a': int, 'b': int}
    b = 2
v = V(1); print(v, V(1, 3) < V(2, 0), hash(v) == hash(V(1)), sorted([V(2), V(1, 5)]))
try: v.a = 5
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
try: P()
except TypeError as e: print(e)
try: P(1, 2, [], 4)
except TypeError as e: print(e)
try:
    @dataclass
    class Bad:
        __annotations__ = {'x': list}
        x = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        __annotations__ = {'x': int, 'y': int}
        x = 0
except TypeError as e: print(e)
@dataclass
class Q(P):
    __annotations__ = {'z': str}
    z = 'q'
    def __post_init__(self): self.w = self.x * 2
q = Q(3); print(q, q.w, Q(1, z='k'), P(x=2) != P(x=3))
