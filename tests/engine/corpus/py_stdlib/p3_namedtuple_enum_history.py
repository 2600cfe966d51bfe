from collections import namedtuple, defaultdict, OrderedDict, deque
from enum import Enum, auto
import numpy as np

Epoch = namedtuple("Epoch", ["idx", "loss", "acc"])
hist = [Epoch(i, 1.0 / (i + 1), 0.5 + 0.1 * i) for i in range(4)]
print(hist[1])
print(hist[1]._asdict())
print(hist[1]._replace(acc=1.0))
best = min(hist, key=lambda e: e.loss)
print(best.idx, f"{best.loss:.3f}", best[2])
idx, loss, acc = hist[0]
print(idx, loss, acc)
print(Epoch._fields, len(hist[0]))

class Phase(Enum):
    TRAIN = auto()
    EVAL = auto()
    TEST = "test"

print(Phase.TRAIN, Phase.TRAIN.value, Phase["EVAL"], Phase("test"), repr(Phase.TEST))
print([p.name for p in Phase], Phase.TRAIN is Phase(1))
try:
    Phase(5)
except ValueError as e:
    print(e)
logs = defaultdict(list)
for e in hist:
    logs[Phase.TRAIN].append(e.loss)
    logs[Phase.EVAL].append(e.acc)
print({k.name: np.round(v, 3).tolist() for k, v in logs.items()})
window = deque(maxlen=3)
for e in hist:
    window.append(e.loss)
    print(f"{sum(window) / len(window):.4f}", list(window))
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, list(od.items()))
