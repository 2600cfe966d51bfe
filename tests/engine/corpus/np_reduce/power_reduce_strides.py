# NumPy's AVX-512 power/arctan2 loops fold a reduction vector by vector on a forward stride only; a reversed axis takes the element-by-element loop
import numpy as np
base = np.array([2., 3., 2., 1., 2., 1.])
for name, v in [("contig", base[:3]), ("rev", base[2::-1]), ("step2", base[::2]), ("rev step2", base[4::-2])]:
    print(name, v.tolist(), repr(np.power.reduce(v)), repr(np.arctan2.reduce(v)))
m = np.array([[2., 3., 2.], [3., 2., 2.]])
print(repr(np.power.reduce(m, axis=1)), repr(np.power.reduce(m[:, ::-1], axis=1)), repr(np.power.reduce(m.T, axis=0)), repr(np.power.reduce(m[::-1], axis=1)), repr(np.power.reduce(m, axis=0)), repr(np.power.reduce(m[:, ::-1], axis=0)))
f = np.array([2., 3., 2.], dtype=np.float32)
print(repr(np.power.reduce(f)), repr(np.power.reduce(f[::-1])), repr(np.power.reduce(np.array([2., 3., 2., 2.], dtype=np.float32)[::-2])))
