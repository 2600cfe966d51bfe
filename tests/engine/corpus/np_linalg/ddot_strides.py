# float64 vector · vector and the vector 2-norm by stride, as NumPy computes them on OpenBLAS's Haswell ddot (16-element
# FMA kernel, the rest added in order; strided: two accumulators of product pairs); `@` of a reversed view adds the
# products in order, np.dot copies it first. Full repr, so every last digit counts.
import numpy as np
rng = np.random.default_rng(8)
for n in [1, 2, 3, 4, 5, 7, 8, 15, 16, 17, 31, 32, 33, 48, 64, 100, 257]:
    x = rng.standard_normal(2 * n)
    y = rng.standard_normal(2 * n)
    print(n, repr(np.dot(x[:n], y[:n])), repr(x[n:] @ y[n:]), repr(x[::2] @ y[::2]), repr(np.dot(x[::2], y[:n])),
          repr(x[:n][::-1] @ y[:n]), repr(np.dot(x[::-1][:n], y[:n])), repr(np.linalg.norm(x[:n])), repr(np.linalg.norm(x[::2])),
          repr(x[:n].dot(y[:n])), repr(np.arange(n) @ y[:n]))
