import numpy as np
a = np.arange(6).reshape(2, 3)
print(np.flip(a), np.flip(a, axis=0), np.fliplr(a), np.flipud(a), a[::-1, ::-1], np.roll(np.arange(5), 2), np.roll(a, 1, axis=1), np.rot90(a))
