import numpy as np
np.random.seed(0)
print(np.random.permutation(10))
print(np.random.permutation(np.arange(5) * 10))
a = np.arange(10)
np.random.shuffle(a)
print(a)
m = np.arange(12).reshape(4, 3)
np.random.shuffle(m)
print(m)
print(np.random.permutation(m))
l = [1, 2, 3, 4, 5]
np.random.shuffle(l)
print(l)
