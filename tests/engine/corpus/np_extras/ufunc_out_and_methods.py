import numpy as np
a = np.array([1, 2, 3, 4])
print(np.add.reduce(a), np.multiply.reduce(a), np.add.accumulate(a), np.multiply.accumulate(a))
print(np.add.outer([1, 2], [10, 20, 30]), np.multiply.outer(np.arange(3), np.arange(3)))
out = np.zeros(4)
np.multiply(a, 2, out=out)
print(out)
print(np.subtract(10, a), np.divide(a, 2), np.negative(a), np.cumsum(a), np.cumprod(a), np.diff(a), np.diff([1, 4, 9, 16], n=2))
