# corpus: traceback
from dataclasses import dataclass

@dataclass
class Hyper:
    lr: float
    epochs: int
    batch: int = 32

print(Hyper(0.1, 5))
print(Hyper(0.1))
