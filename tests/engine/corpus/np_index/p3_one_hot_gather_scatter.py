import numpy as np

t = np.array([2, 0, 1, 2])
C = 3
oh = np.zeros((t.size, C))
oh[np.arange(t.size), t] = 1
print(oh)
print(np.eye(C)[t].astype(int), (np.arange(C) == t[:, None]).astype(np.uint8))
print(oh.argmax(axis=1), np.nonzero(oh)[1])
y = np.array([[0.1, 0.2, 0.7], [0.8, 0.1, 0.1], [0.3, 0.4, 0.3], [0.2, 0.2, 0.6]])
print(y[np.arange(4), t], np.take_along_axis(y, t[:, None], axis=1).ravel())
print(-np.log(y[np.arange(4), t] + 1e-7).mean())
print(np.sum(oh * np.log(y + 1e-7)) / -4)
dy = y.copy()
dy[np.arange(4), t] -= 1
print(dy / 4)
scatter = np.zeros(5)
np.add.at(scatter, [0, 0, 4], [1.0, 2.0, 3.0])
scatter[[1, 1]] += 5
print(scatter)
sel = y[[0, 2]][:, [2, 0]]
print(sel, y[[0, 2], [2, 0]])
print(y[y.argmax(axis=1) == t], y[~(y.argmax(axis=1) == t)].shape)
