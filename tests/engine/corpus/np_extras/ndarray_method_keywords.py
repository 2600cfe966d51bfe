# ndarray methods with NumPy's keywords: copy(order), trace(offset, axis1, axis2, dtype) (its offset and axes were ignored), astype(casting), searchsorted, dot(out=None)
import numpy as np
a = np.arange(6.).reshape(2, 3)
for o in ['C', 'F', 'A', 'K', None]:
    for src in [a, a.T]:
        c = src.copy(order=o) if o else src.copy()
        print(o, c.tolist(), c.flags['C_CONTIGUOUS'], c.flags['F_CONTIGUOUS'], c.flags['OWNDATA'], c.strides)
c = a.copy('F'); c[0, 0] = 99; print(a[0, 0], c.ravel().tolist(), c.ravel('K').tolist() if False else '', (c + 1).tolist())
try: a.copy('X')
except Exception as e: print(type(e).__name__, e)
m = np.arange(9.).reshape(3, 3)
x = np.arange(24.).reshape(2, 3, 4)
print(repr(m.trace(1)), repr(np.trace(m, 1)), repr(np.trace(x, 0, 1, 2)), repr(x.trace(0, 1, 2)), repr(np.trace(m, offset=-1)), repr(x.trace()), repr(np.trace(x, axis1=0, axis2=2)), repr(m.trace(dtype=int)), repr(m.trace(0, 0, 1, np.float32)))
print(repr(np.trace(np.eye(3, dtype=np.float16))), repr(np.trace(np.eye(3, dtype=bool))), repr(np.trace(np.eye(3, dtype=np.int8))), repr(np.trace(np.ones((2, 5), np.float32) / 3, -1)))
for c in ['safe', 'same_kind', 'unsafe', 'no', 'bogus', 3]:
    try: print(c, repr(a.astype('int32', casting=c)))
    except Exception as e: print(c, type(e).__name__, e)
print(repr(a.astype(np.float32, casting='same_kind')), repr(np.arange(3).astype(float, casting='safe')))
print(repr(np.arange(5).searchsorted(2, side='right')), repr(np.arange(5).searchsorted([1, 3])), repr(a.dot(np.ones(3), out=None)))
