import numpy as np
a = np.array([1, 2, 3])
print((a > 1).dtype, (a == 2.0), (a != np.array([1, 0, 3])), np.array([1.0, np.nan]) > 0)
print((a > 1).sum(), (a > 1).astype(float).mean(), np.sum(a[a > 1]), (a >= 2) * a)
print(np.array_equal([1, 2], np.array([1, 2])), np.array_equal(a, a.astype(float)), np.allclose(a, a + 1e-9))
print(np.equal(a, 2), np.not_equal(a, 2), np.greater_equal(a, 2), np.less(a, 2))
