import numpy as np

W = np.ones((3, 4))
x = np.ones((2, 3))
print((x @ W).shape, np.dot(x, W).shape)
cases = [
    lambda: W @ x,
    lambda: np.dot(W, x),
    lambda: np.matmul(np.ones(3), np.ones(4)),
    lambda: np.dot(np.ones(3), np.ones(4)),
    lambda: x + W,
    lambda: np.ones((2, 3)) + np.ones((3, 2)),
    lambda: np.ones((4, 1, 3)) * np.ones((2, 4)),
    lambda: np.ones(3) @ 2,
    lambda: np.inner(np.ones(2), np.ones(3)),
    lambda: np.outer(np.ones(2), np.ones(3)).shape,
    lambda: np.ones((2, 3, 4)) @ np.ones((2, 5, 4)),
    lambda: np.broadcast_to(np.ones(3), (2, 4)),
    lambda: np.broadcast_shapes((2, 1), (1, 3), (4, 1, 1)),
    lambda: np.vdot(np.ones((2, 2)), np.ones(4)),
    lambda: np.ones(3).reshape(3, 1) - np.ones(4),
    lambda: np.tensordot(np.ones((2, 3)), np.ones((3, 4)), axes=1).shape,
    lambda: np.cross(np.array([1, 0, 0]), np.array([0, 1, 0])),
    lambda: np.linalg.inv(np.ones((2, 3))),
    lambda: np.linalg.inv(np.array([[1.0, 2.0], [2.0, 4.0]])),
    lambda: np.linalg.solve(np.eye(2), np.ones(3)),
]
for i, f in enumerate(cases):
    try:
        print(i, f())
    except Exception as e:
        print(i, f"{type(e).__name__}: {e}")
a = np.ones((3, 1))
a += np.ones((1, 3)) if False else 0
try:
    a += np.ones((1, 3))
except ValueError as e:
    print(e)
