import numpy as np
f = np.array([-2.7, -0.5, 0.5, 1.99, 2.5])
print(f.astype(int), f.astype(np.int32), f.astype(bool), f.astype(np.float32))
i = np.array([0, 1, 2, 255, 256])
print(i.astype(np.uint8), i.astype(float), i.astype(bool), i.astype(np.int32))
b = np.array([True, False])
print(b.astype(int), b.astype(float), (b * 1).dtype)
print(np.array([1.5]).astype("float32").dtype)
x = np.array([1, 2])
y = x.astype(x.dtype)
y[0] = 9
print(x, y)
