import numpy as np
print(np.array([-5, 12345]))
print(np.array([[1], [-100000]]))
print(np.array([2 ** 62, -2 ** 62]))
print(np.array([0, 0, 0]))
print(np.array([[0, -1], [-10, 100]], dtype=np.int32))
print(np.array([255, 0, 17], dtype=np.uint8))
print(repr(np.array([255, 0, 17], dtype=np.uint8)), repr(np.array([-1, 1], dtype=np.int32)))
print(repr(np.array([1, 2], dtype=np.int64)), repr(np.array([1, 2], dtype=np.int32)))
