# np.take's indices become intp as int() converts a list (an array of floats is a casting error; an empty axis takes
# nothing); a boolean index of a 0-d array's shape is NumPy's boolean assignment
import numpy as np


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def s(x, k, v):
    x = x.copy()
    x[k] = v
    return x


show("empty axis", lambda: np.take(np.zeros(0), [0]))
show("empty indices", lambda: (np.take(np.zeros(0), []), np.take(np.zeros((2, 0)), [], axis=1)))
show("empty axis 1", lambda: np.take(np.zeros((2, 0)), [0], axis=1))
show("other axis", lambda: np.take(np.zeros((0, 2)), [1], axis=1))
show("method", lambda: np.zeros(0).take([0]))
show("scalar", lambda: np.take(np.zeros(0), 0))
show("out of range", lambda: np.take(np.zeros(3), [5]))
show("float list", lambda: np.take(np.arange(3), [0.5]))
show("bool list", lambda: (np.take(np.arange(3), [True, False]), np.arange(3).take([True])))
show("uint8", lambda: np.take(np.arange(3), np.array([1], dtype=np.uint8)))
show("float array", lambda: np.take(np.arange(3), np.array([], dtype=float)))
show("float", lambda: (np.take(np.arange(3), 1.0), np.take(np.arange(3), np.uint64(1))))
z = np.array(1.5)
show("0-d True", lambda: s(z, np.bool_(True), 2.0))
show("0-d False", lambda: s(z, np.bool_(False), 2.0))
show("0-d 2 values", lambda: s(z, np.bool_(True), np.ones(2)))
show("0-d 2-d value", lambda: s(z, np.bool_(True), np.ones((1, 3))))
show("0-d False 3 values", lambda: s(z, np.bool_(False), np.ones(3)))
show("0-d list", lambda: s(z, np.array(True), [7.0]))
show("0-d get", lambda: (z[np.bool_(True)], z[np.bool_(False)], np.arange(3)[np.bool_(True)]))
