import numpy as np
a = np.array([-2, -1, 0, 1, 2])
m = np.arange(9).reshape(3, 3)
print(np.where(a % 2 == 0, "even", "odd"))
print(np.select([a < 0, a == 0], ["neg", "zero"], default="pos"))
print(np.argwhere(m % 4 == 0))
