import numpy as np
a = np.array([[3, 7, 1], [9, 2, 9], [4, 4, 0]])
print(a.max(), a.min(), a.max(axis=0), a.max(axis=1), a.min(axis=0), np.max(a, axis=1, keepdims=True))
print(a.argmax(), a.argmin(), a.argmax(axis=0), a.argmax(axis=1), a.argmin(axis=1), np.argmax(a, axis=-1))
print(np.amax(a), np.amin(a, axis=0))
f = np.array([1.0, np.nan, 3.0])
print(f.max(), f.argmax(), np.array([-np.inf, -1.0]).max())
print(np.argmax([1, 3, 3]), repr(np.argmax([1, 3, 3])))
try:
    np.array([]).max()
except ValueError as e:
    print("ValueError:", e)
