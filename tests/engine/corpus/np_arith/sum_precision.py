import numpy as np
a = np.full(10, 0.1)
print(a.sum(), np.sum(a), sum(a), a.cumsum()[-1])
b = np.arange(1, 10001) * 0.1
print(b.sum(), b.mean())
c = np.ones(1000) * 1e-3
print(c.sum(), np.add.reduce(c))
print(np.sum(np.arange(100) ** 2), np.dot(np.arange(100), np.arange(100)))
x = np.linspace(0, 1, 101)
print(np.sum(x ** 2) * 0.01)
print(np.mean(np.array([1e16, 1.0, -1e16])))
