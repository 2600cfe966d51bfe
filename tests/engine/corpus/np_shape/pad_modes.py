# np.pad modes edge / reflect / symmetric / wrap / constant, pads wider than the array, 2-D, an unknown mode
import numpy as np
a = np.arange(3); b = np.array([[1, 2, 3], [4, 5, 6]])
for mode in ("edge", "reflect", "symmetric", "wrap", "constant"):
    print(mode, np.pad(a, 2, mode=mode), np.pad(a, (7, 5), mode=mode), np.pad(np.array([7]), 3, mode=mode))
    print(np.pad(b, ((1, 2), (3, 1)), mode=mode))
print(np.pad(b, 1, mode="constant", constant_values=9), np.pad(np.arange(4.0), (0, 2), mode="reflect"))
try:
    np.pad(a, 1, mode="bogus")
except ValueError as e:
    print(e)
