import numpy as np
M = np.arange(6).reshape(2, 3)
v = np.array([1, 0, -1])
w = np.array([1, 2])
print(np.dot(M, v), M @ v, M.dot(v), (M @ v).shape)
print(np.dot(w, M), w @ M, (w @ M).shape)
try:
    np.dot(M, w)
except ValueError as e:
    print("ValueError:", e)
try:
    M @ w
except ValueError as e:
    print("ValueError:", e)
