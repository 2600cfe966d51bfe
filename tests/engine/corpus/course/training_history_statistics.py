import numpy as np
import math
import statistics
from collections import defaultdict

history = defaultdict(list)
np.random.seed(8)
loss = 2.3
for epoch in range(1, 8):
    loss = loss * 0.7 + np.random.rand() * 0.05
    acc = 1 - loss / 2.5
    history["loss"].append(loss)
    history["acc"].append(acc)
    history["lr"].append(0.1 * 0.5 ** (epoch // 3))
    print("Epoch %2d/%d - loss: %.4f - acc: %.4f - lr: %g" % (epoch, 7, loss, acc, history["lr"][-1]))
print({k: len(v) for k, v in history.items()})
best = min(range(len(history["loss"])), key=history["loss"].__getitem__)
print("best epoch", best + 1, round(history["loss"][best], 5))
print(statistics.mean(history["acc"]), statistics.median(history["loss"]))
print(round(statistics.stdev(history["loss"]), 6), math.isclose(sum(history["lr"]), 0.45))
print(math.log(history["loss"][0]), math.exp(-1), math.sqrt(2), math.inf > 1e308, math.floor(-2.5))
print(type(history["loss"][0]).__name__, type(statistics.mean(history["acc"])).__name__)
arr = np.array(history["loss"])
improve = -np.diff(arr) / arr[:-1]
print(np.round(improve * 100, 2), f"{improve.mean():.3%}")
print(str(arr[0]), repr(arr[0]), arr[0], [arr[0]], (arr[0],), {"a": arr[0]})
print([round(float(v), 3) for v in arr], list(arr[:2]), arr[:2].tolist())
early = next((i for i, v in enumerate(improve) if v < 0.2), None)
print("early stop at", early)
print(f"{'epoch':>5}|{'loss':^10}|{'acc':<8}|")
for i, (l, a) in enumerate(zip(history["loss"], history["acc"])):
    if i % 3 == 0:
        print(f"{i:>5}|{l:^10.4f}|{a:<8.3f}|")
