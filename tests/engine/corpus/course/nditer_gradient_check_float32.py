import numpy as np

def f(W):
    return np.sum(np.tanh(W) ** 2)

def numerical_gradient(f, x):
    h = 1e-4
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=['multi_index'], op_flags=['readwrite'])
    while not it.finished:
        idx = it.multi_index
        tmp = x[idx]
        x[idx] = tmp + h
        fxh1 = f(x)
        x[idx] = tmp - h
        fxh2 = f(x)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x[idx] = tmp
        it.iternext()
    return grad

W = np.arange(6, dtype=np.float64).reshape(2, 3) / 10 - 0.2
g = numerical_gradient(f, W)
analytic = 2 * np.tanh(W) * (1 - np.tanh(W) ** 2)
print(g)
print(np.abs(g - analytic).max() < 1e-7)
W32 = W.astype(np.float32)
g32 = numerical_gradient(f, W32)
print(g32.dtype, np.abs(g32 - analytic).max() < 1e-2)
for x in np.nditer(np.arange(4).reshape(2, 2)):
    print(x, end=" ")
print()
for i, row in enumerate(np.arange(6).reshape(3, 2)):
    print(i, row, row.sum())
it = np.nditer(np.zeros((2, 2)), flags=["multi_index"])
idxs = []
while not it.finished:
    idxs.append(it.multi_index)
    it.iternext()
print(idxs)
print(list(np.ndindex(2, 2)), [(i, v) for i, v in np.ndenumerate(np.array([[5, 6]]))])
