# Elementwise float64 transcendentals on their own: exp, tanh, log and a sigmoid over SIZE elements, REPS times.
import numpy as np

np.random.seed(5)
x = np.random.randn(SIZE) * 4
p = np.random.rand(SIZE) * 100 + 1e-3
s = 0.0
for i in range(REPS):
    a = np.exp(x)
    b = np.tanh(x)
    c = np.log(p)
    d = 1 / (1 + np.exp(-x))
s = float(np.sum(a)) + float(np.sum(b)) + float(np.sum(c)) + float(np.sum(d))
print("checksum", s)
