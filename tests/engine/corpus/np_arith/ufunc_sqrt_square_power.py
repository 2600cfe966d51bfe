import numpy as np
x = np.array([0, 1, 2, 4, 9])
print(np.sqrt(x), np.square(x), np.square(np.array([1.5, -2.0])), np.power(x, 2), np.power(2.0, x), np.cbrt([8, -27]))
with np.errstate(invalid="ignore"):
    print(np.sqrt(np.array([-1.0, 4.0])))
print(np.reciprocal(np.array([1.0, 2.0, 4.0])), np.sqrt(2), repr(np.sqrt(2)), np.sqrt(16).dtype)
