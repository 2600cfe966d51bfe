# Attention: weighted sum of encoder states and the weight computation
import numpy as np
from common.functions import softmax

np.random.seed(6)
N, T, H = 2, 5, 4
hs = np.random.randn(N, T, H)
h = np.random.randn(N, H)
hr = h.reshape(N, 1, H).repeat(T, axis=1)
t = hs * hr
s = np.sum(t, axis=2)
a = softmax(s)
print(s)
print(a, a.sum(axis=1))
ar = a.reshape(N, T, 1).repeat(H, axis=2)
c = np.sum(hs * ar, axis=1)
print(c.shape)
print(c)
c2 = np.einsum("nt,nth->nh", a, hs) if hasattr(np, "einsum") else c
print(np.allclose(c, c2))
