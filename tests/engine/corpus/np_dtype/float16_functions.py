import numpy as np
h = np.array([0.1, 0.7, 0.3], dtype=np.float16)
def t(f):
    try:
        r = f()
        print(repr(r), getattr(r, 'dtype', ''))
    except Exception as e:
        print(type(e).__name__, e)
def at():
    x = h.copy(); np.add.at(x, [0, 0], 0.1); return x
def fill():
    x = h.copy(); x.fill(0.1); return x
t(fill)
def copyto():
    x = h.copy(); np.copyto(x, np.array([0.1, 0.2, 0.3])); return x
def put():
    x = h.copy(); np.put(x, [0], [0.1]); return x
t(put)
t(lambda: np.einsum('i->', h))
t(lambda: np.einsum('i,i->i', h, h))
t(lambda: np.interp(h, [0, 1], [0, 10]))
t(lambda: np.cross(np.array([1, 2, 3], np.float16), np.array([0.1, 0.2, 0.3], np.float16)))
t(lambda: np.diff(h, 2))
t(lambda: np.nansum(h))
t(lambda: np.ptp(h))
t(lambda: np.around(h, 2))
t(lambda: np.divmod(h, 0.25))
t(lambda: np.logspace(0, 1, 3, dtype=np.float16))
t(lambda: np.tri(2, dtype=np.float16))
t(lambda: np.eye(2, dtype=np.int8) * 200)
t(lambda: np.random.default_rng(0).random(2, dtype=np.float16))
t(lambda: np.isclose(h, 0.1))
t(lambda: np.std(h, axis=0, keepdims=True))
t(lambda: np.unique(np.array([0.1, 0.1, 0.2], np.float16)))
t(lambda: np.cumsum(np.array([100, 100], np.int8), dtype=np.int8))
t(lambda: np.prod(np.array([100, 3], np.int8), dtype=np.int8))
t(lambda: h.sum(dtype=np.float16))
t(lambda: np.array([1, 2, 3], np.int8).mean(dtype=np.float32))
t(lambda: np.dot(np.array([1.5, 2.5], np.float16), 2))
t(lambda: np.clip(h, 0.15, 0.5))
t(lambda: np.maximum(h, 0.2))
t(lambda: np.matmul(np.ones((2, 2), np.int8) * 100, np.ones((2, 2), np.int8)))
print(repr(np.ptp(np.array([-128, 127], np.int8))), np.ptp(np.array([[-128, 127]], np.int8), axis=1), repr(np.ptp(np.array([0.1, 0.7, 0.3], np.float16))), repr(np.ptp(np.array([0.1, 0.7], np.float32))), repr(np.dot(np.ones(2, np.float32), 2)), repr(np.dot(np.ones(2,np.uint8), np.int8(2))))
