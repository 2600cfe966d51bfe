from dataclasses import dataclass, field, asdict, astuple, fields, replace
from typing import List, Optional, NamedTuple, ClassVar
import numpy as np

lr: float = 0.01
epochs: int
print(__annotations__)

@dataclass
class Config:
    hidden: int = 50
    lr: float = 0.1
    layers: List[int] = field(default_factory=lambda: [2, 3])
    name: Optional[str] = None
    count: ClassVar[int] = 0

c = Config(hidden=10)
print(c)
print(Config.__annotations__)
print(asdict(c), astuple(c))
print([f.name for f in fields(c)])
print(replace(c, lr=0.5))
print(c == Config(hidden=10), c == Config())

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0

v = Version(1, 2)
print(v < Version(1, 3), sorted([Version(2), Version(1, 5)]))
try:
    v.major = 3
except Exception as e:
    print(type(e).__name__, e)

@dataclass
class Base:
    a: int
    b: str = "x"

@dataclass
class Child(Base):
    c: float = 1.5

print(Child(1), Child(1, "y", 2.0))

class Point(NamedTuple):
    x: int
    y: int = 0

p = Point(3)
print(p, p._asdict(), p.x + p.y, Point._fields)

def f():
    z: undefined_name = 5
    return z
print(f())

def g():
    w: int
    try:
        print(w)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
g()

class Layer:
    W: np.ndarray
    b: "np.ndarray"
    def __init__(self, n):
        self.W: np.ndarray = np.zeros(n)
        self.b = np.ones(n)
print(Layer.__annotations__, Layer(2).W)

@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty())
