# Random integers of small dtypes: a uint8 "image", int8 noise, a boolean mask, int16 offsets, from the legacy API
# and from a Generator. NumPy draws 8/16-bit values and booleans from shared 32-bit words, so the draws that follow
# must continue from exactly where it left off.
import numpy as np

np.random.seed(7)
img = np.random.randint(0, 256, size=(3, 4), dtype=np.uint8)
print(img)
noise = np.random.randint(-3, 4, size=8, dtype=np.int8)
print(noise, noise.dtype)
mask = np.random.randint(0, 2, size=10, dtype=bool)
print(mask)
print(np.random.randint(-1000, 1000, size=5, dtype=np.int16))
print(np.random.rand())

rng = np.random.default_rng(2024)
print(rng.integers(0, 256, size=(2, 5), dtype=np.uint8))
print(rng.integers(1, 6, size=10, dtype=np.int8, endpoint=True))
print(rng.integers([0, 10, 100], [5, 20, 60000], dtype=np.uint16))
print(rng.integers(0, 2, size=7, dtype=np.bool_))
print(rng.integers(0, 2**32, size=3, dtype=np.uint32))
print(rng.random())

try:
    np.random.randint(0, 300, dtype=np.int8)
except ValueError as e:
    print("ValueError:", e)
try:
    rng.integers(0, 5, dtype=bool)
except ValueError as e:
    print("ValueError:", e)
