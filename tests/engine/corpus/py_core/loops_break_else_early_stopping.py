import numpy as np
np.random.seed(7)
w = np.random.randn(3)
lr = 0.5
for epoch in range(100):
    grad = 2 * w
    w -= lr * grad * 0.5
    loss = float(np.sum(w ** 2))
    if loss < 1e-6:
        print("converged at", epoch, f"{loss:.3e}")
        break
else:
    print("no convergence")
i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
print(i)
for n in range(2, 20):
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
patience, best, wait = 2, np.inf, 0
for epoch, val in enumerate([0.9, 0.7, 0.72, 0.71, 0.75, 0.6]):
    if val < best:
        best, wait = val, 0
    else:
        wait += 1
        if wait >= patience:
            print("early stop at epoch", epoch, "best", best)
            break
matrix = np.arange(9).reshape(3, 3)
found = None
for r, row in enumerate(matrix):
    for c, v in enumerate(row):
        if v == 5:
            found = (r, c)
            break
    if found:
        break
print(found, type(found[0]).__name__)
x = 100
while x > 1:
    x //= 3
print(x)
print([i for i in range(10) if i % 2 if i % 3], list(range(10, 0, -3)), list(range(0)), len(range(0, 100, 7)))
