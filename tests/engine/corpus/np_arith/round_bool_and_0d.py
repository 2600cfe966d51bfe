# np.round of booleans uses NumPy's float16 loop; other precisions cannot cast back; a 0-d array in gives a scalar out
import numpy as np

a = np.array([True, False])
print(repr(np.round(a)), repr(a.round()), repr(np.around(a)))
print(repr(np.round(np.True_)), repr(np.round(np.array(True))), repr(np.round(True)))
print(repr(np.round(np.array([[True]]))))
print(repr(np.round(a, out=np.zeros(2))))
print(repr(np.round(np.array([True]), out=np.zeros(1, dtype=np.float32))))
for d in (1, 2, -1):
    try:
        np.round(a, d)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    np.round(np.True_, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(np.round(np.array(3))), repr(np.round(np.int32(7))), repr(np.round(5)), repr(np.round(np.array([1, 2]))))
print(repr(np.round(np.array(3), -1)), repr(np.round(np.array(2.5))), repr(np.round(np.array(-0.5))))
