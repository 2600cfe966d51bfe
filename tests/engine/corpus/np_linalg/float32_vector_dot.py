# float32 vector · vector below 32 elements as OpenBLAS sdot sums it (float32 products in a double), for dot, @, vdot and inner
import numpy as np
rng = np.random.default_rng(5)
for n in [1, 2, 3, 4, 7, 8, 15, 16, 17, 31]:
    x = rng.standard_normal(n).astype(np.float32)
    y = rng.standard_normal(n).astype(np.float32)
    print(n, repr(np.dot(x, y)), repr(x @ y), repr(np.vdot(x, y)), repr(np.inner(x, y)))
v1 = (np.arange(4, dtype=np.float32) - 2)
v3 = 1 / (1 + np.exp(-v1))
print(repr(v3 @ v3.T))
