# a boolean mask axis of length 0 stands for an axis of any length; the other axes must match
import numpy as np

for shape, mask in [((1, 3), []), ((2, 3), []), ((1, 3), [True]), ((3,), []), ((1,), []), ((1, 3), [[]])]:
    try:
        r = np.ones(shape)[np.array(mask, dtype=bool)]
        print(shape, mask, r.shape)
    except IndexError as e:
        print(shape, mask, "IndexError", e)
a = np.arange(6.0).reshape(2, 3)
a[np.array([], dtype=bool)] = 5
print(a)
v = np.arange(3)[np.arange(3) > 5]
print(np.ones((1, 4))[v > 0].shape, np.ones((2, 4))[:, np.array([], dtype=bool)].shape)
try:
    np.ones((2, 3))[np.array([True, False, True])]
except IndexError as e:
    print("IndexError", e)
for shape, mshape in [((3, 4), (0, 4)), ((3, 4), (0, 5)), ((3, 4), (2, 0)), ((3, 4), (0, 0)), ((2, 3, 4), (0, 3)), ((2, 3, 4), (0, 2))]:
    try:
        print(shape, mshape, np.ones(shape)[np.zeros(mshape, dtype=bool)].shape)
    except IndexError as e:
        print(shape, mshape, "IndexError", e)
