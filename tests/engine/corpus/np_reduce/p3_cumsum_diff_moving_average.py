import numpy as np

losses = np.array([2.3, 1.9, 1.7, 1.2, 1.25, 0.9, 0.85, 0.8, 0.82, 0.6])
c = np.cumsum(np.insert(losses, 0, 0))
w = 3
ma = (c[w:] - c[:-w]) / w
print(ma.round(4))
print(np.convolve(losses, np.ones(w), "valid")[:3] if False else np.diff(losses).round(2))
print(np.where(np.diff(losses) > 0)[0])
ema = []
beta = 0.9
v = 0.0
for t, l in enumerate(losses, 1):
    v = beta * v + (1 - beta) * l
    ema.append(v / (1 - beta ** t))
print(np.round(ema, 4))
best = np.minimum.accumulate(losses)
print(best)
print(np.argmin(losses), losses.argmin(), np.flatnonzero(losses == losses.min()))
grid = np.arange(12).reshape(3, 4)
print(np.cumsum(grid, axis=0)[-1], grid.sum(axis=0))
print(np.cumsum(grid, axis=1) / np.arange(1, 5))
print(np.diff(grid, axis=1), np.diff(grid, axis=0, prepend=0))
print(np.cumprod([0.9] * 5).round(5), np.prod(np.full(20, 0.5)))
