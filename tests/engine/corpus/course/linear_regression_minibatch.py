import numpy as np
np.random.seed(0)
N = 100
X = np.random.rand(N, 2)
true_w = np.array([2.0, -3.0])
y = X.dot(true_w) + 1.0 + 0.1 * np.random.randn(N)
w = np.zeros(2)
b = 0.0
lr = 0.5
batch = 10
for epoch in range(50):
    idx = np.random.permutation(N)
    for s in range(0, N, batch):
        j = idx[s:s + batch]
        pred = X[j].dot(w) + b
        err = pred - y[j]
        w -= lr * X[j].T.dot(err) / batch
        b -= lr * err.mean()
    if epoch % 10 == 0:
        print(epoch, np.mean((X.dot(w) + b - y) ** 2))
print(w, b)
