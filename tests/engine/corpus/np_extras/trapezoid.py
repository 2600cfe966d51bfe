import numpy as np
x = np.linspace(0, 1, 101)
print(np.trapezoid(x ** 2, x))
