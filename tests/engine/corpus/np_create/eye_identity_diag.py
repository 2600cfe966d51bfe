import numpy as np
print(np.eye(3), np.eye(2, 3), np.eye(3, k=1), np.eye(3, dtype=int), np.identity(2), np.identity(3, dtype=bool))
print(np.eye(4)[1], np.eye(3)[[2, 0]], np.eye(2) * 5, np.identity(3) + np.eye(3, k=-1))
