import numpy as np

def cross_entropy_error(y, t):
    delta = 1e-7
    return -np.sum(t * np.log(y + delta))

t = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0]
y = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]
print(cross_entropy_error(np.array(y), np.array(t)))
y2 = [0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0]
print(cross_entropy_error(np.array(y2), np.array(t)))
y0 = np.array([0.0, 1.0])
print(cross_entropy_error(y0, np.array([1, 0])))
print(np.log(np.array([0.0, 1.0, np.e])))
clipped = np.clip(y0, 1e-12, 1 - 1e-12)
print(clipped, -np.log(clipped))
Y = np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]])
T = np.array([0, 2])
print(-np.mean(np.log(Y[np.arange(2), T] + 1e-7)))
bce = -(T.reshape(-1,1) * np.log(Y) + (1 - T.reshape(-1,1)) * np.log(1 - Y)).mean()
print(f"{bce:.10f}")
