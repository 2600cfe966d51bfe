# corpus: traceback
import numpy as np

x = np.array([[1, 5, 2], [7, 3, 4]])
am = np.argmax(x, axis=1)
print(am)
mask = np.zeros_like(x)
for r, c in enumerate(am):
    mask[r, c] = 1
print(mask)
flat = np.argmax(x)
print(flat, np.unravel_index(flat, x.shape))
print(x[flat])
