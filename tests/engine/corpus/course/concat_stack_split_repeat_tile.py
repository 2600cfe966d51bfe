# Day 4: np.concatenate / stack / split / array_split / repeat / tile and their shape errors
import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.arange(6, 12).reshape(2, 3)
print(np.concatenate([a, b]), np.concatenate((a, b), axis=1))
print(np.stack([a, b]).shape, np.stack([a, b], axis=-1).shape, np.stack([a, b], axis=1))
print(np.hstack([a, b]).shape, np.vstack([a, b]).shape, np.dstack([a, b]).shape)
parts = np.split(np.arange(12).reshape(4, 3), 2)
print(parts)
print(np.split(np.arange(10), [3, 7]))
print(np.array_split(np.arange(10), 3))
h1, h2 = np.split(np.arange(8).reshape(2, 4), 2, axis=1)
print(h1, h2, sep="\n")
print(np.repeat(np.array([1, 2, 3]), 2), np.repeat(a, 2, axis=0), np.repeat(a, [1, 2, 0], axis=1))
print(np.tile(np.array([1, 2]), 3), np.tile(a, (2, 1)), np.tile(np.array([[1], [2]]), (1, 3)))
x = np.random.RandomState(0).randn(3, 2).round(3)
hs = [x, x * 2, x * 3]
print(np.concatenate(hs, axis=0).shape, np.array(hs).shape)
try:
    np.split(np.arange(10), 3)
except ValueError as e:
    print("ValueError:", e)
try:
    np.concatenate([a, np.arange(4).reshape(2, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    np.stack([a, a.T])
except ValueError as e:
    print("ValueError:", e)
print(np.column_stack([np.arange(3), np.arange(3, 6)]))
print(np.r_[np.arange(3), 9, 8], np.c_[np.arange(3), np.arange(3)])
