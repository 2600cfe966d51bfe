from dataclasses import dataclass, field, asdict, astuple, replace
from typing import List, Optional


@dataclass(frozen=True, order=True)
class Score:
    value: float
    name: str = field(compare=False)


@dataclass
class Config:
    lr: float = 0.01
    hidden: List[int] = field(default_factory=lambda: [64, 32])
    dropout: Optional[float] = None
    epochs: int = 10


cfg = Config(lr=0.1)
print(cfg)
print(asdict(cfg))
print(astuple(cfg))
cfg2 = replace(cfg, epochs=3)
print(cfg2, cfg == cfg2, cfg == Config(lr=0.1))
scores = [Score(0.9, "a"), Score(0.7, "b"), Score(0.95, "c")]
print(sorted(scores))
print(max(scores).name, Score(1, "x") == Score(1, "y"))
try:
    scores[0].value = 1.0
except Exception as e:
    print(type(e).__name__, e)
print(hash(Score(1.0, "q")) == hash(Score(1.0, "r")))
try:
    Config(0.1, [1], None, 3, 4)
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        xs: list = []
except ValueError as e:
    print(e)
print(Config.__dataclass_fields__["lr"].default, [f for f in Config.__dataclass_fields__])
