import numpy as np
np.random.seed(1)
a = np.random.randn(16, 16)
b = np.random.randn(16, 16)
v = np.random.randn(1, 16)
for i in range(100000):
    c = a + b
    d = c * 0.5
    e = np.dot(v, d)
print(e.shape)
