import numpy as np

phase = np.linspace(0, np.pi, num=5)
phase[3:] += np.pi
print(repr(np.unwrap(phase)))
print(repr(np.unwrap([0, 1, 2, -1, 0], period=4)), repr(np.unwrap([2, 3, 4, 5, 2, 3, 4, 5], period=4)))
print(repr(np.unwrap([1, 2, 3, 4, 5, 6, 1, 2, 3], period=6)), repr(np.unwrap([0, 3, 6, 1, 4], period=5)))
phase_deg = np.mod(np.linspace(0, 720, 19), 360) - 180
print(repr(np.unwrap(phase_deg, period=360)))
rng = np.random.default_rng(3)
w = np.cumsum(rng.standard_normal(40) * 1.7)
print(repr(np.unwrap(np.mod(w + np.pi, 2 * np.pi) - np.pi)))
m = rng.standard_normal((3, 6)) * 4
print(repr(np.unwrap(m)), repr(np.unwrap(m, axis=0)), repr(np.unwrap(m, discont=1.0, axis=1)))
print(repr(np.unwrap(m.astype(np.float32))), repr(np.unwrap(np.float32([0, 4, 8, 1]))))
print(repr(np.unwrap([0.0, 3.5, 7.0], discont=4.0)), repr(np.unwrap([0.0, np.pi, 2 * np.pi, -np.pi])))
print(repr(np.unwrap([5])), repr(np.unwrap([])), repr(np.unwrap(np.zeros((2, 0)))))
print(repr(np.unwrap([0, 7, 14], period=10.0)), repr(np.unwrap(np.array([0, 7, 14], dtype=np.int32), period=10)))
for args, kw in [((3.0,), {}), (([1.0, 2.0],), {"axis": 1})]:
    try:
        print(repr(np.unwrap(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)
