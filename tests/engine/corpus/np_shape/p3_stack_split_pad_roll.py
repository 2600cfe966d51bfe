import numpy as np

a = np.arange(6).reshape(2, 3)
b = a * 10
print(np.stack([a, b]).shape, np.stack([a, b], axis=-1).shape, np.stack([a, b], axis=1))
print(np.vstack([a, b]), np.hstack([a, b]).shape, np.dstack([a, b]).shape)
print(np.concatenate([a, b], axis=None))
print(np.column_stack([np.arange(3), np.ones(3)]))
print(np.r_[1:4, 0, 10], np.c_[np.array([1, 2]), np.array([3, 4])])
parts = np.split(np.arange(9), 3)
print(parts)
print(np.split(np.arange(10), [2, 5]))
print(np.array_split(np.arange(7), 3))
top, bottom = np.vsplit(np.arange(16).reshape(4, 4), 2)
print(top, bottom, sep="\n")
print(np.hsplit(np.arange(8).reshape(2, 4), [1]))
try:
    np.split(np.arange(10), 3)
except ValueError as e:
    print(e)
x = np.array([1, 2, 3])
for mode in ["constant", "edge", "reflect", "symmetric", "wrap", "maximum", "mean", "linear_ramp"]:
    print(mode, np.pad(x, 2, mode=mode))
print(np.pad(x, (1, 3), constant_values=(-1, 9)))
img = np.arange(4).reshape(2, 2)
print(np.pad(img, ((1, 0), (0, 2))))
print(np.pad(np.ones((1, 1, 2, 2)), [(0, 0), (0, 0), (1, 1), (1, 1)]).shape)
print(np.roll(np.arange(5), 2), np.roll(np.arange(5), -1))
print(np.roll(a, 1, axis=1), np.roll(a, 1))
print(np.roll(a, (1, 1), axis=(0, 1)))
print(np.flip(a), np.flip(a, axis=0), np.fliplr(a), np.rot90(a))
print(np.tile(x, (2, 2)), np.repeat(a, 2, axis=0), np.repeat(x, [1, 0, 2]))
try:
    np.stack([a, np.arange(4)])
except ValueError as e:
    print(e)
try:
    np.concatenate([a, np.arange(3)])
except ValueError as e:
    print(e)
try:
    np.concatenate([a, np.ones((3, 2))], axis=0)
except ValueError as e:
    print(e)
