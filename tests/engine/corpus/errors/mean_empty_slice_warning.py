# corpus: traceback
# the mean of an empty slice: NumPy's warning (no final period), then the 0/0 of the division, which np.errstate governs
import numpy as np

x = np.zeros((0, 3))
with np.errstate(invalid="ignore"):
    print(x.mean(axis=0))
    print(x.mean())
    print(np.zeros((2, 0)).mean(axis=1))
print(np.nanmean([]))
with np.errstate(all="raise"):
    try:
        x.mean(axis=0)
    except FloatingPointError as e:
        print("FloatingPointError:", e)
