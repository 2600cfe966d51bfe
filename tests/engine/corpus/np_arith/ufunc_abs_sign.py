import numpy as np
x = np.array([-3.5, -0.0, 0.0, 2.0, np.inf, -np.inf])
print(np.abs(x), np.absolute(x), np.sign(x), np.fabs(x))
i = np.array([-3, 0, 4])
print(np.abs(i), np.sign(i), np.sign(i).dtype, abs(i), np.negative(i), np.positive(i))
print(np.sign(np.array([np.nan, -2.0])), np.copysign(1.0, np.array([-0.0, 0.0])))
