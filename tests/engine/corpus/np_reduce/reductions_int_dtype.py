import numpy as np
i8 = np.array([2 ** 30, 2 ** 30, 2 ** 30], dtype=np.int32)
print(i8.sum(), i8.sum().dtype, i8.mean(), i8.max(), i8.max().dtype, i8.prod())
u = np.array([200, 100], dtype=np.uint8)
print(u.sum(), u.sum().dtype, u.mean(), np.cumsum(u), np.cumsum(u).dtype)
b = np.array([True, True, False])
print(b.sum(), b.sum().dtype, b.mean(), b.prod(), b.max(), b.cumsum())
f32 = np.array([1, 2, 3], dtype=np.float32)
print(f32.sum(), f32.sum().dtype, f32.mean().dtype, f32.std().dtype, f32.var())
