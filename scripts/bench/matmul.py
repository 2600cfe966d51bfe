import numpy as np
np.random.seed(2)
a = np.random.rand(SIZE, SIZE)
b = np.random.rand(SIZE, SIZE)
for i in range(REPS):
    c = a @ b
print(c.shape)
