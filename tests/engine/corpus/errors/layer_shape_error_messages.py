import numpy as np

x = np.ones((4, 3))
W = np.ones((4, 5))
b = np.zeros(5)
for f, desc in [(lambda: np.dot(x, W), "dot"), (lambda: x @ W, "matmul"), (lambda: np.matmul(x, W), "np.matmul"),
                (lambda: x.dot(W), "method"), (lambda: x + b, "add"), (lambda: x.reshape(5, -1), "reshape"),
                (lambda: np.dot(np.ones(3), np.ones(4)), "vecdot"), (lambda: x @ 2, "scalar"),
                (lambda: np.ones((2, 3, 4)) @ np.ones((3, 4, 2)), "batch"),
                (lambda: np.concatenate([x, W], axis=0), "concat"), (lambda: np.vstack([x, W]), "vstack"),
                (lambda: x.T @ W.T, "TT"), (lambda: np.sum(x, axis=2), "axis"),
                (lambda: x[4], "index"), (lambda: x[:, 3], "col"), (lambda: x[0, 0, 0], "too many"),
                (lambda: np.broadcast_to(b, (4, 3)), "broadcast_to"), (lambda: x.reshape(-1, -1), "two -1")]:
    try:
        r = f()
        print(desc, "ok", r.shape)
    except Exception as e:
        print(f"{desc}: {type(e).__name__}: {e}")
y = np.zeros((4, 3))
try:
    y[:, 0] = np.ones(3)
except ValueError as e:
    print(e)
try:
    y += np.ones((4, 1, 3))
except ValueError as e:
    print(e)
