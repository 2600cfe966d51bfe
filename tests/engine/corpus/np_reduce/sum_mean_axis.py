import numpy as np
a = np.arange(12).reshape(3, 4)
print(a.sum(), a.sum(axis=0), a.sum(axis=1), a.sum(axis=-1), np.sum(a, axis=(0, 1)), a.sum(0))
print(a.mean(), a.mean(axis=0), a.mean(axis=1), np.mean(a, axis=1, keepdims=True))
print(a.sum(axis=0, keepdims=True), a.sum(axis=0, keepdims=True).shape, a.sum(keepdims=True).shape)
t = np.arange(24).reshape(2, 3, 4)
print(t.sum(axis=(0, 2)), t.sum(axis=(1, 2), keepdims=True).shape, t.mean(axis=(0, 1)))
print(np.sum([1, 2, 3]), np.sum([[1.5, 2]], axis=0), np.mean([1, 2]), repr(np.mean([1, 2])))
print(repr(a.sum()), repr(a.mean()), a.sum(dtype=float), np.sum(np.array([], dtype=float)))
