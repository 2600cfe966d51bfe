# from __future__ import annotations keeps annotations as source text; __annotations__ of functions.
from __future__ import annotations
def f(x: Foo, y: list[int] = None, *a: str, z: dict[str, "Bar"] | None = 1, **kw: np.ndarray) -> Optional[Tuple[int, ...]]:
    return x
print(f.__annotations__)
def g(): pass
print(g.__annotations__)
class P:
    def __init__(self):
        self.a = 1
        self.b = [2]
p = P()
print(p.__dict__, vars(p))
p.__dict__["c"] = 3
print(p.c)
def f(x: int, y: "str" = "a") -> float:
    return 1.0
print(f.__annotations__)
