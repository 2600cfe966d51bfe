import numpy as np
A = np.array([[1.0, 2.0], [2.0, 4.0]])
print(np.linalg.det(A))
print(np.linalg.inv(A))
