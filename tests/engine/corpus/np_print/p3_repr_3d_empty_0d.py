import numpy as np

x = np.arange(24, dtype=float).reshape(2, 3, 4) / 7
print(x)
print(repr(x[:, :1, :2]))
print(np.zeros((2, 2, 0)))
print(repr(np.ones((1, 1, 1), dtype=np.int8)))
print(np.array(np.nan), repr(np.array(-np.inf)), np.array(True), repr(np.array("s")))
print(repr(np.array([[], []])), str(np.array([[], []])))
print([np.array([1, 2])], (np.array(1.5),), {"a": np.arange(2)})
print(np.array([1.0, -1.0]) * 0, -np.zeros(2), np.zeros(2) * -1)
print(np.array([-0.0, 1.5]), repr(np.float64(-0.0)), np.sign(-0.0))
print(np.arange(1, 4) * 1e-3, np.arange(1, 4) * 1e8)
print(np.array([1, 10, 100]) / 3)
print(np.array([[1.5, np.nan], [np.inf, -2]]))
print(str(np.int64(-5)), repr(np.uint8(7)), np.float16(0.1), repr(np.float16(65504)))
