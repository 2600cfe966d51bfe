# cumsum starts from the first element: a leading -0. stays -0.
import numpy as np

a = np.eye(3) * -2.5
print(a.cumsum(axis=1))
print(np.cumsum(np.array([-0.0, -0.0, 1.0, -1.0])), np.cumsum(np.array([-0.0], dtype=np.float32)))
print(np.cumprod(np.array([-0.0, 2.0])), np.cumsum(np.array([0, -0.0])), np.cumsum(np.array([-3, 3, 0])))
print(np.cumsum(np.array([[-0.0, 1.0], [-0.0, -0.0]]), axis=0))
