import numpy as np
h = np.zeros((2, 3))
print(np.empty_like(h).shape, np.zeros_like(h, dtype=int), np.full_like(h, np.nan), np.full((2, 2), -np.inf))
print(np.full(3, 1 / 3), np.full((1, 2), 2, dtype=float), np.ones_like(np.arange(3)) * 0.5)
print(np.zeros(3).dtype, np.zeros(3, dtype="f").dtype, np.zeros(3, "i").dtype, np.zeros((2, 3), order="C").shape)
