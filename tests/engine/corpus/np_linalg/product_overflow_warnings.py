import numpy as np
from warned import t

b = np.array([1e200, 1e200])
M = np.array([[1e200, 1e200], [1.0, 2.0]])
t("dot", lambda: b.dot(b))
t("np.dot", lambda: np.dot(b, b))
t("matmul", lambda: b @ b)
t("mat vec", lambda: M @ b)
t("mat mat", lambda: M @ M)
t("np.dot mm", lambda: np.dot(M, M))
t("inner", lambda: np.inner(b, b))
t("f32", lambda: np.array([1e20, 1e20], dtype=np.float32) @ np.array([1e20, 1e20], dtype=np.float32))
t("inf in", lambda: np.array([np.inf, 1.0]) @ np.array([1.0, 1.0]))
t("nan out", lambda: np.array([np.inf, 1.0]) @ np.array([0.0, 1.0]))
t("linalg norm", lambda: np.linalg.norm(b))
with np.errstate(over="raise"):
    t("raise", lambda: b @ b)
    t("raise dot", lambda: np.dot(M, M))
