import numpy as np
print(np.iinfo(np.int32).max, np.iinfo(np.uint8).max, np.iinfo(np.int64).min, np.finfo(np.float32).eps, np.finfo(np.float64).eps)
print(np.array([-2.7, 0.5]).astype(str), np.array(["1", "2.5"]).astype(float))
z = np.zeros(2, dtype=object)
print(z + 1, np.array([1, None], dtype=object) == None)
np.random.seed(42)
print(np.random.randint(0, 256, size=6, dtype=np.uint8), np.random.randint(0, 10, size=3, dtype=np.int32))
