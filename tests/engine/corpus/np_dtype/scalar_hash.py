# NumPy scalars hash as the Python numbers they equal (dict keys from np.argmax, sets of np.int64).
import enum

import numpy as np

print(hash(np.int64(-1)), hash(np.int64(5)) == hash(5), hash(np.int32(-7)) == hash(-7))
print(hash(np.float64(1.5)) == hash(1.5), hash(np.float32(0.5)) == hash(0.5), hash(np.float64(2.0)) == hash(2))
print(hash(np.uint64(2**63)), hash(np.float64(1e300)) == hash(1e300), hash(np.float64(2.0**70)) == hash(2**70))
print(hash(np.bool_(True)), hash(np.bool_(False)), hash(np.float64("nan")) == hash(np.float64("nan")) or "nan")
words = ["x", "y", "z"]
idx = {i: w for i, w in enumerate(words)}
print(idx[np.argmax(np.array([0.1, 0.7, 0.2]))], {np.int64(3), 3, 3.0}, len({np.int64(3), 3, 3.0}))


class Color(enum.IntEnum):
    RED = 7


print(hash(Color.RED) == hash(7))
