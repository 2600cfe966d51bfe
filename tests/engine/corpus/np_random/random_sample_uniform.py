import numpy as np
np.random.seed(7)
print(np.random.random(), np.random.random(3), np.random.random((2, 2)))
print(np.random.random_sample(), np.random.random_sample(2), np.random.sample(2), np.random.ranf(1) if hasattr(np.random, "ranf") else "")
print(np.random.uniform(), np.random.uniform(-1, 1, 4), np.random.uniform(2, 3, size=(2, 2)), np.random.uniform(low=5, high=6))
print(np.random.uniform(1, 1, 2))
