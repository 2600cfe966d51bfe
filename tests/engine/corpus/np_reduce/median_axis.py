# median honours axis (int or tuple) and keepdims; float32 stays float32; NaN propagates
import numpy as np
a = np.arange(24).reshape(2, 3, 4) ** 2 % 11
print(repr(np.median(a)))
print(repr(np.median(a, axis=0)))
print(repr(np.median(a, axis=1)))
print(repr(np.median(a, axis=-1, keepdims=True)))
print(repr(np.median(a, axis=(0, 2))))
print(repr(np.median(a, axis=(1, 2), keepdims=True)))
f = np.array([[0.1, 0.7], [0.2, 0.3], [0.9, 0.4]], dtype=np.float32)
print(repr(np.median(f)), repr(np.median(f, axis=0)))
print(repr(np.median(np.array([[1.0, np.nan], [2.0, 3.0]]), axis=1)))
print(repr(np.median([3, 1, 2])), repr(np.median([[1, 2], [3, 4]], 0)))
