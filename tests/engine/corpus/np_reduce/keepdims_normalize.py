import numpy as np
x = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(x / x.sum(axis=1, keepdims=True))
print(x - x.max(axis=1, keepdims=True))
print((x - x.mean(axis=0)) / x.std(axis=0))
print(x / np.linalg.norm(x, axis=1, keepdims=True))
print(x.sum(axis=1, keepdims=True).shape, x.max(axis=0, keepdims=True).shape, x.argmax(axis=1).shape)
t = np.arange(24.0).reshape(2, 3, 4)
print(t.mean(axis=(1, 2), keepdims=True).ravel(), t.std(axis=-1).round(4), t.var(axis=(0, 2)))
