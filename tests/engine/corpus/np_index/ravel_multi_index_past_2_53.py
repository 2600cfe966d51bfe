# a flat index past 2**53 is computed exactly where a double holds it (one it would round is refused: numpy-int64-exact)
import numpy as np

print(np.ravel_multi_index(([3], [4]), (10**9, 10**9)))
print(np.ravel_multi_index((2**20, 0), (2**21, 2**40)))
