import numpy as np

def function_2(x):
    return np.sum(x**2)

def numerical_gradient(f, x):
    h = 1e-4
    grad = np.zeros_like(x)
    for idx in range(x.size):
        tmp_val = x[idx]
        x[idx] = tmp_val + h
        fxh1 = f(x)
        x[idx] = tmp_val - h
        fxh2 = f(x)
        grad[idx] = (fxh1 - fxh2) / (2*h)
        x[idx] = tmp_val
    return grad

def gradient_descent(f, init_x, lr=0.01, step_num=100):
    x = init_x
    x_history = []
    for i in range(step_num):
        x_history.append(x.copy())
        grad = numerical_gradient(f, x)
        x -= lr * grad
    return x, np.array(x_history)

print(numerical_gradient(function_2, np.array([3.0, 4.0])))
print(numerical_gradient(function_2, np.array([0.0, 2.0])))
print(numerical_gradient(function_2, np.array([3, 4])))
x, hist = gradient_descent(function_2, np.array([-3.0, 4.0]), lr=0.1)
print(x, hist.shape, hist[::25])
x, _ = gradient_descent(function_2, np.array([-3.0, 4.0]), lr=10.0)
print(x)
x, _ = gradient_descent(function_2, np.array([-3.0, 4.0]), lr=1e-10)
print(x)
def numerical_diff(f, x):
    h = 1e-4
    return (f(x + h) - f(x - h)) / (2 * h)
f1 = lambda x: 0.01 * x**2 + 0.1 * x
print(numerical_diff(f1, 5), numerical_diff(f1, 10))
print(np.float32(1e-50), (np.float32(1.0) + np.float32(1e-8)) == 1.0)
