import numpy as np

A = np.array([[2.0, 1.0], [1.0, 2.0]])
w, v = np.linalg.eig(A)
order = np.argsort(w)
w = w[order]
v = v[:, order]
print("w =", w)
v = v * np.sign(v[0])
print("v =")
print(np.round(v, 6))
B = np.array([[1.0, 2.0], [0.0, 3.0]])
wb = np.linalg.eigvals(B)
print(sorted(wb.tolist()))
# power iteration by hand
x = np.array([1.0, 0.0])
for it in range(50):
    x = A @ x
    x = x / np.linalg.norm(x)
lam = x @ A @ x
print(f"power iteration: {lam:.8f}")
print(np.isclose(lam, w.max()))
