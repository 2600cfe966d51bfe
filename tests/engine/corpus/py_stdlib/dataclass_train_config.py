from dataclasses import dataclass, field, asdict
import numpy as np

@dataclass
class TrainConfig:
    lr: float = 0.01
    epochs: int = 10
    batch_size: int = 32
    hidden: list = field(default_factory=lambda: [100, 50])
    optimizer: str = "sgd"

@dataclass(frozen=True)
class Point:
    x: float
    y: float
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

@dataclass(order=True)
class Score:
    value: float
    name: str = field(compare=False)

cfg = TrainConfig(lr=0.1, optimizer="adam")
print(cfg)
print(asdict(cfg))
cfg2 = TrainConfig(lr=0.1, optimizer="adam")
print(cfg == cfg2, cfg is cfg2)
cfg2.hidden.append(10)
print(cfg.hidden, cfg2.hidden)
p = Point(3, 4)
print(p, p.norm(), hash(p) == hash(Point(3, 4)))
try:
    p.x = 10
except Exception as e:
    print(type(e).__name__, e)
scores = [Score(0.9, "adam"), Score(0.7, "sgd"), Score(0.85, "momentum")]
print(sorted(scores))
print(max(scores).name, min(scores, key=lambda s: s.value).name)
try:
    TrainConfig(0.1, 5, 16, [1], "sgd", 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
s = Score(np.float64(0.5), "np")
print(s, s.value * 2)
