import numpy as np
def numerical_gradient(f, x):
    h = 1e-4
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        idx = it.multi_index
        tmp = x[idx]
        x[idx] = float(tmp) + h
        fxh1 = f(x)
        x[idx] = tmp - h
        fxh2 = f(x)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x[idx] = tmp
        it.iternext()
    return grad
f = lambda x: np.sum(x ** 2)
print(numerical_gradient(f, np.array([3.0, 4.0])))
print(numerical_gradient(f, np.array([[1.0, -2.0], [0.5, 0.0]])))
def numerical_gradient_1d(f, x):
    h = 1e-4
    grad = np.zeros_like(x)
    for i in range(x.size):
        t = x[i]
        x[i] = t + h
        a = f(x)
        x[i] = t - h
        b = f(x)
        grad[i] = (a - b) / (2 * h)
        x[i] = t
    return grad
x = np.array([-3.0, 4.0])
for _ in range(100):
    x -= 0.1 * numerical_gradient_1d(f, x)
print(x)
