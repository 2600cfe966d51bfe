import numpy as np
print(np.rint([0.5, 1.5, -0.5]), np.fix([-2.5, 2.5]), np.trunc([-2.7, 2.7]), np.modf(np.array([2.5, -2.5])))
print(np.divmod(np.array([7, -7]), 2), np.fmod(np.array([7, -7]), 2), np.remainder(np.array([7, -7]), 2))
