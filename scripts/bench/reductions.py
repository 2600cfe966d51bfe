import numpy as np
np.random.seed(3)
x = np.random.rand(1000, 1000)
for i in range(20):
    s = x.sum()
    m = x.mean(axis=0)
    k = x.max(axis=1)
    j = x.argmax()
    sd = x.std()
print(m.shape, k.shape)
