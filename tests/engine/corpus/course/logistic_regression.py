import numpy as np
from common.functions import sigmoid
np.random.seed(1)
X = np.vstack([np.random.randn(20, 2) + [2, 2], np.random.randn(20, 2) - [2, 2]])
t = np.array([1] * 20 + [0] * 20)
w = np.zeros(2)
b = 0.0
for i in range(200):
    y = sigmoid(X.dot(w) + b)
    loss = -np.mean(t * np.log(y + 1e-7) + (1 - t) * np.log(1 - y + 1e-7))
    gw = X.T.dot(y - t) / len(t)
    gb = np.mean(y - t)
    w -= 0.1 * gw
    b -= 0.1 * gb
    if i % 50 == 0:
        print(i, loss)
pred = (sigmoid(X.dot(w) + b) > 0.5).astype(int)
print(w, b, (pred == t).mean())
