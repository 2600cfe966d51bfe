import numpy as np
print(np.binary_repr(3), np.binary_repr(-3), np.binary_repr(3, width=4), np.binary_repr(-3, width=3), np.binary_repr(-3, width=5), np.binary_repr(0), np.binary_repr(0, 8), np.binary_repr(0, 0))
print(np.binary_repr(-4, 3), np.binary_repr(-8, width=8), np.binary_repr(255, 8), np.binary_repr(np.int8(-128), 8), np.binary_repr(np.uint8(200)), np.binary_repr(True), np.binary_repr(2**70), np.binary_repr(-2**70, 72))
a = 13; b = 6
bits = np.array([int(c) for c in np.binary_repr(a + b, width=8)])
print(bits, np.binary_repr(a, 8), np.binary_repr(b, 8))
print(np.base_repr(5), np.base_repr(6, 5), np.base_repr(7, base=5, padding=3), np.base_repr(10, base=16), np.base_repr(32, base=16), np.base_repr(-255, 16), np.base_repr(0), np.base_repr(0, padding=2), np.base_repr(5.9, 2), np.base_repr(-7.5, 3, 2), np.base_repr(35, 36), np.base_repr(2**80, 36), np.base_repr(5, 2, -1), np.base_repr(np.int64(-9), 4))
for f in [lambda: np.binary_repr(3, width=1), lambda: np.binary_repr(-5, width=2), lambda: np.binary_repr(3.0), lambda: np.binary_repr(), lambda: np.binary_repr(1, 2, 3), lambda: np.base_repr(5, 37), lambda: np.base_repr(5, 1), lambda: np.base_repr('a'), lambda: np.base_repr(), lambda: np.binary_repr('3')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
