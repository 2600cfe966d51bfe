import numpy as np
i = np.arange(5)
f = np.linspace(0, 1, 5)
print(i + f, i * 0.5, i / 2, i // 2, (i / 2).dtype, (i // 2).dtype, i ** 2, i ** 0.5)
print(i.mean(), i.sum() / len(i), np.mean(i) == 2, i.std())
print(i * True, i + np.float32(0.5), (i + np.float32(0.5)).dtype, (i.astype(np.float32) + 0.5).dtype)
x = np.array([3])
x2 = x * 1.0
print(x2, x2.dtype, x.dtype)
