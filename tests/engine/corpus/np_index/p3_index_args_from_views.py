# Index and pad arguments given as views (a slice starts part-way into its buffer): each must read the view's own
# elements, not the buffer's first ones.
import numpy as np

base = np.arange(10)
print(np.unravel_index(base[6:], (2, 5)))
print(np.unravel_index(base[3:9:2], (2, 5), order="F"))
print(np.ravel_multi_index((base[4:6], base[1:3]), (7, 6)))
x = np.arange(6.0)
print(np.pad(x, 2, mode="mean", stat_length=np.array([1, 3])[1:]))
print(np.pad(x, 2, mode="linear_ramp", end_values=np.array([9.0, 1, 2])[1:]))
print(np.pad(x, 2, mode="constant", constant_values=np.array([7, 8, 9])[2:]))
print(np.pad(x.reshape(2, 3), 1, mode="maximum", stat_length=np.array([[5, 5], [1, 2], [2, 1]])[1:]))
