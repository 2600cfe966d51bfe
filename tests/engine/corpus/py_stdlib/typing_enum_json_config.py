from typing import List, Dict, Tuple, Optional, Union, Callable, Any
from enum import Enum, auto
import json
import numpy as np

class Phase(Enum):
    TRAIN = auto()
    EVAL = auto()

def run(xs: List[float], scale: Optional[float] = None, cb: Callable[[int], None] = print) -> Dict[str, Any]:
    s = 1.0 if scale is None else scale
    cb(len(xs))
    return {"sum": sum(xs) * s, "phase": Phase.TRAIN.name}

print(run([1.0, 2.0]), run([3.0], 2.0, cb=lambda n: None))
print(Phase.TRAIN, Phase.EVAL.value, Phase["EVAL"], Phase(1), list(Phase), Phase.TRAIN == Phase.TRAIN, Phase.TRAIN is Phase(1))
print(run.__annotations__["return"], run.__annotations__["xs"])
cfg = {"lr": 0.01, "layers": [784, 100, 10], "act": "relu", "dropout": None, "bn": True}
s = json.dumps(cfg)
print(s, json.loads(s) == cfg, json.dumps(cfg, indent=2, sort_keys=True))
try:
    json.dumps({"w": np.float32(0.5)})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"w": float(np.float32(0.5)), "a": np.arange(3).tolist()}), json.dumps([1.5e-10, float("inf")]))
print(json.loads('{"a": [1, 2.5, null, true]}'), json.dumps("日本"), json.dumps("日本", ensure_ascii=False))
Pair = Tuple[int, int]
def swap(p: Pair) -> Pair:
    return p[1], p[0]
print(swap((1, 2)), Union[int, str], Optional[int])
