import numpy as np
print(np.diag([1, 2, 3]), np.diag(np.arange(9).reshape(3, 3)), np.diag([1, 2], k=1))
print(np.tri(3), np.triu(np.ones((3, 3))), np.tril(np.arange(1, 10).reshape(3, 3)))
