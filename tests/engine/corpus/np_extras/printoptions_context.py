import numpy as np
with np.printoptions(precision=2, suppress=True):
    print(np.array([1.23456, 0.000001]))
print(np.array([1.23456, 0.000001]))
print(np.array2string(np.array([1.0, 2.5]), separator=", "), np.array2string(np.arange(3)))
print(np.array_repr(np.array([1, 2])), np.array_str(np.array([0.5, 1.5])))
