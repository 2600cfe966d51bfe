# float32 exp / log / tanh follow NumPy's own SIMD kernels, so float32 pipelines print NumPy's digits exactly
import numpy as np

np.random.seed(3)
x = (np.random.randn(4, 6) * 2).astype(np.float32)
print(np.exp(x))
print(np.tanh(x))
print(np.log(np.abs(x) + np.float32(1e-3)))
print(repr(np.exp(np.float32(0.5))), repr(np.tanh(np.float32(-0.25))), repr(np.log(np.float32(3.0))))

def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)

s = sigmoid(x)
print(s.dtype, s[0])
p = softmax(x)
print(p)
t = np.array([1, 0, 5, 2])
loss = -np.sum(np.log(p[np.arange(4), t] + np.float32(1e-7))) / 4
print(loss, type(loss).__name__)
h = np.tanh(x[:, :4] * np.float32(0.5) + np.float32(0.1))
dh = (1 - h ** 2) * np.float32(0.3)
print(h, dh, sep="\n")
print(np.exp(np.array([-104.0, -103.9, 0.0, 88.7, 88.8, np.inf, -np.inf], dtype=np.float32)))
print(np.tanh(np.array([0.0, -0.0, 1e-6, 8.9, 9.5, 20.0, np.inf, -np.inf], dtype=np.float32)))
print(np.log(np.array([1e-40, 1.0, 2.0, 0.70710677, 1e30, np.inf], dtype=np.float32)))
