from __future__ import annotations
from dataclasses import dataclass
import numpy as np

@dataclass
class Params:
    W: np.ndarray
    b: np.ndarray | None = None
    steps: list[int] = None

x: dict[str, int] = {}
print(__annotations__)
print(Params.__annotations__)
print(Params(np.zeros(2)))
def h(a: int, b: "str" = "q") -> list[int]:
    return [a]
print(h.__annotations__)
