import numpy as np

print(repr(np.mgrid[0:5, 0:3]), repr(np.mgrid[0:3]), repr(np.mgrid[0:1:0.25]), repr(np.mgrid[0:2, 0:1:0.5]))
print(repr(np.ogrid[0:3, 0:4]), type(np.ogrid[0:3, 0:4]).__name__, repr(np.ogrid[0:3]), repr(np.ogrid[0:2:0.5, 0:2]))
print(repr(np.mgrid[:3]), repr(np.mgrid[5:0:-2]), repr(np.mgrid[0:0]), repr(np.mgrid[0:3:None]), repr(np.mgrid[1.5:4]))
print(repr(np.mgrid[0:3, 0:0]), repr(np.mgrid[(slice(0, 2),)]), repr(np.ogrid[1:3,]), repr(np.mgrid[-1:1:0.5, 3:0:-1]))
print(repr(np.mgrid[0:1:0.1, 0:2]), repr(np.ogrid[0.5:2, -2:2:1.5, 0:1]))
print(repr(np.mgrid[np.int64(1):np.int64(4), 0:2.0]), repr(np.mgrid[0:3, 0:2, 0:2]))
print(type(np.mgrid).__name__, type(np.ogrid).__name__, np.mgrid[0:2, 0:3].dtype, np.mgrid[0:2, 0:3:1.0].dtype, np.ogrid[0:2][0].dtype)
x, y = np.mgrid[0:3, 0:3]
print((x + y).sum(), np.ogrid[0:3, 0:3][0] * np.ogrid[0:3, 0:3][1])
for f in [lambda: np.mgrid[3], lambda: np.mgrid[0:3, 2], lambda: np.mgrid[0:3:0, 0:2], lambda: np.mgrid[0:3:0.0, 0:2], lambda: np.mgrid[5:0, 0:2]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
