import numpy as np

counts = np.zeros(3, dtype=int)
idx = np.array([0, 2, 2, 1])
np.add.at(counts, idx, 1)
print(counts)
try:
    np.add.at(counts, idx, 0.5)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    np.add.at(counts, np.array([0.0, 1.0]), 1)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    np.add.at(counts, np.array([0, 5]), 1)
except IndexError as e:
    print("IndexError:", e)
grad = np.zeros((4, 2))
np.add.at(grad, np.array([1, 1, 3]), np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
print(grad)
try:
    np.add.at(grad, np.array([0, 1]), np.ones((3, 2)))
except ValueError as e:
    print("ValueError:", e)
f = np.zeros(3, dtype=np.float32)
np.add.at(f, [0, 0], np.float64(0.1))
print(f, f.dtype)
c = counts.copy()
c += 1
try:
    c += 0.5
except Exception as e:
    print(type(e).__name__ + ":", e)
