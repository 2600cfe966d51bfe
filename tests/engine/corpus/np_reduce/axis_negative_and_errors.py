import numpy as np
t = np.arange(24).reshape(2, 3, 4)
print(t.sum(axis=-1), t.sum(axis=-2), t.max(axis=(-1, -2)), t.mean(axis=(0, -1)))
print(np.argmax(t, axis=-1), np.argmin(t, axis=0))
try:
    t.sum(axis=3)
except Exception as e:
    print(type(e).__name__, e)
try:
    t.sum(axis=(0, 0))
except Exception as e:
    print(type(e).__name__, e)
print(t.sum(axis=None), t.min(axis=None))
