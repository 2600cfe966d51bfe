import numpy as np
np.random.seed(0)
st = np.random.get_state()
print(st[0], st[1][:4], st[1].dtype, st[1].shape, st[2], st[3], st[4])
print(repr(st[1][:3]))
a = np.random.rand(3)
np.random.set_state(st)
b = np.random.rand(3)
print(np.array_equal(a, b), st[1].max() < 2**32, st[1][0] + 1, (st[1][:2] * 2).dtype)
key = st[1].copy()
key[0] = 5
np.random.set_state(("MT19937", key, 624))
print(np.random.rand(2))
print(st[1].sum(), st[1].astype(np.int64)[:2] - 4000000000)
