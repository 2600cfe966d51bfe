# ufunc.reduce of a 0-d array (or a Python scalar): no axis, axis None, 0, -1 or () give the element itself
import numpy as np


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


a0 = np.array(5.0)
show("add", lambda: np.add.reduce(a0))
show("add None", lambda: np.add.reduce(a0, axis=None))
show("add 0", lambda: np.add.reduce(a0, axis=0))
show("add -1", lambda: np.add.reduce(a0, axis=-1))
show("add ()", lambda: np.add.reduce(a0, axis=()))
show("add 1", lambda: np.add.reduce(a0, axis=1))
show("add (0,)", lambda: np.add.reduce(a0, axis=(0,)))
show("keepdims", lambda: np.add.reduce(a0, keepdims=True))
show("multiply", lambda: np.multiply.reduce(a0))
show("maximum", lambda: np.maximum.reduce(a0))
show("minimum -1", lambda: np.minimum.reduce(a0, axis=-1))
show("logical_and", lambda: np.logical_and.reduce(a0))
show("int", lambda: np.add.reduce(np.array(5)))
show("int8", lambda: np.add.reduce(np.array(5, dtype=np.int8)))
show("python int", lambda: np.add.reduce(5))
show("python float", lambda: np.add.reduce(5.0, axis=None))
show("subtract", lambda: np.subtract.reduce(a0))
show("subtract None", lambda: np.subtract.reduce(a0, axis=None))
show("subtract ()", lambda: np.subtract.reduce(a0, axis=()))
show("subtract initial", lambda: np.subtract.reduce(a0, initial=2))
show("divide", lambda: np.divide.reduce(np.array(4)))
show("power", lambda: np.power.reduce(a0))
show("initial", lambda: np.add.reduce(a0, initial=10))
show("out", lambda: np.add.reduce(a0, out=np.zeros(())))
show("dtype", lambda: np.add.reduce(a0, dtype=np.float32))
show("accumulate", lambda: np.add.accumulate(a0))
show("reduceat", lambda: np.add.reduceat(a0, [0]))
show("sum", lambda: np.sum(a0, axis=0))
