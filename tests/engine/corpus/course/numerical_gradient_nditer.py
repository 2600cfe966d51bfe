# Day 1: numerical gradient with np.nditer (the book's while-loop idiom, and the for-loop / readwrite idioms)
import numpy as np


def numerical_gradient(f, x):
    h = 1e-4
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        idx = it.multi_index
        tmp_val = x[idx]
        x[idx] = float(tmp_val) + h
        fxh1 = f(x)
        x[idx] = tmp_val - h
        fxh2 = f(x)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x[idx] = tmp_val
        it.iternext()
    return grad


x = np.array([[3.0, 4.0], [0.0, 2.0], [-1.0, 1.5]])
print(np.round(numerical_gradient(lambda x: np.sum(x**2), x), 4))

# for-loop form: multi_index is the index of the element just yielded
a = np.arange(6).reshape(2, 3)
it = np.nditer(a, flags=["multi_index"])
for v in it:
    print(it.multi_index, int(v), end="; ")
print()
print(it.finished)

# the yielded values are 0-d arrays; with readwrite they write through
b = a.astype(float)
with np.nditer(b, op_flags=["readwrite"]) as it:
    for v in it:
        v[...] = 2 * v + 0.5
print(b)
for v in np.nditer(a):
    print(type(v).__name__, v.shape, repr(v))
    break
try:
    for v in np.nditer(a):
        v[...] = 0
except ValueError as e:
    print("ValueError:", e)

# order='K' follows memory: a transposed array is visited in memory order, multi_index in its own axes
it = np.nditer(a.T, flags=["multi_index"])
print([(int(v), it.multi_index) for v in it])
it = np.nditer(a.T, flags=["multi_index"], order="C")
print([(int(v), it.multi_index) for v in it])
it = np.nditer(a[:, ::-1], flags=["c_index"])
print([(int(v), it.index) for v in it])

# what is asked of an iterator that does not track it, or is past the end
it = np.nditer(a)
for get in (lambda: it.multi_index, lambda: it.index):
    try:
        get()
    except ValueError as e:
        print("ValueError:", e)
list(it)
try:
    it.multi_index
except ValueError as e:
    print("ValueError:", e)
