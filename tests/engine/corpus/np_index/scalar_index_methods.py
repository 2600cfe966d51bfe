# a NumPy scalar's methods return scalars for 0-d results, and it is indexed as a 0-d array (found by the fuzzer)
import numpy as np
s = np.array([1, 4, 3.5, 0])[0]
print(repr(s.squeeze()), repr(s.copy()), repr(s.astype(np.float32)), repr(s.reshape(1)), repr(s.T), repr(s.ravel()), repr(s.flatten()), repr(s.transpose()), repr(s.round(1)), repr(s.clip(0, 0.5)))
t = np.float64(3.0)
print(repr(t[()]), repr(t[...]), repr(t[None]), repr(t[t > 0]), repr(t[t < 0]), repr(t[np.True_]))
for k in [0, slice(None), (0,), "a"]:
    try:
        t[k]
    except Exception as e:
        print(type(e).__name__, e)
print(repr(s.cumsum()), repr(s.repeat(2)), repr(np.int64(4).take(0)), repr(np.float32(2.5).conj()), repr(np.float64(2).cumprod()), repr(np.bool_(True).transpose()))
