import numpy as np
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
A = np.array([[[2.0, 1.0], [1.0, 3.0]], [[1.0, 0.0], [0.0, 4.0]], [[1.0, 2.0], [2.0, 4.0]]])
t(lambda: np.linalg.det(A))
t(lambda: np.linalg.slogdet(A))
t(lambda: np.linalg.inv(A[:2]))
t(lambda: np.linalg.inv(A))
t(lambda: np.linalg.det(np.arange(8).reshape(2, 2, 2)))
t(lambda: np.linalg.det(np.ones((2, 3, 3, 3))))
t(lambda: np.linalg.inv(np.ones((0, 2, 2))))
t(lambda: np.linalg.det(np.array([1.0, 2.0])))
t(lambda: np.linalg.inv(np.array(3.0)))
t(lambda: np.linalg.det(np.ones((2, 3))))
t(lambda: np.linalg.inv(np.ones((2, 3, 4))))
t(lambda: np.linalg.det(np.eye(2)))
t(lambda: np.linalg.solve(np.ones((2, 3)), np.ones(2)))
t(lambda: np.linalg.solve(np.eye(2), np.ones(3)))
