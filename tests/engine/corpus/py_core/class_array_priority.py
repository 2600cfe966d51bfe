# A class with __array_priority__ (DL-from-scratch's Variable) gets its reflected operators called with the whole
# array or NumPy scalar on the left; its own __add__ runs first when it is on the left.
import numpy as np
class V:
    __array_priority__ = 200
    def __init__(self, d): self.d = d
    def __radd__(self, o): return ("radd", type(o).__name__)
    def __rmul__(self, o): return ("rmul", type(o).__name__)
print(np.ones(2) + V(1), np.float64(2.0) * V(1), np.array(3.0) * V(1))
class W:
    def __add__(self, o): return "W.add"
print(W() + np.ones(2))
