# np.where is not a ufunc: scalar operands give a 0-d array
import numpy as np

print(repr(np.where(True, 1, 2)), repr(np.where(np.array(True), 1.5, 2)), repr(np.where([True], 1, 2)))
print(repr(np.where(np.True_, np.float32(1), 2)), repr(np.where(False, np.float32(1), np.float16(2))))
r = np.where(np.float64(3) > 2, np.float64(3), 0.0)
print(repr(r), r.shape, r.ndim, float(r) + 1, repr(r + 1), repr(r[()]))
print(repr(np.where(np.array([[1, 0]]) > 0, 5, np.array([1, 2]))))
