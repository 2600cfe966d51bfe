import numpy as np

P = np.array([[0.2, 0.1], [0.1, 0.6]])
px = P.sum(axis=1)
py = P.sum(axis=0)
print(px, py)
indep = np.outer(px, py)
print(indep)
mi = np.sum(P * np.log2(P / indep))
print(f"I(X;Y) = {mi:.6f} bits")
Hx = -np.sum(px * np.log2(px))
Hy = -np.sum(py * np.log2(py))
Hxy = -np.sum(P * np.log2(P))
print(f"H(X)={Hx:.6f} H(Y)={Hy:.6f} H(X,Y)={Hxy:.6f} check={Hx + Hy - Hxy:.6f}")
def kl(a, b):
    m = a > 0
    return np.sum(a[m] * np.log(a[m] / b[m]))
p = np.array([0.5, 0.5, 0.0])
q = np.array([0.0, 0.5, 0.5])
m = (p + q) / 2
print("JSD:", 0.5 * kl(p, m) + 0.5 * kl(q, m), np.log(2) / 2)
with np.errstate(divide="ignore"):
    print(np.log(q))
print(np.sum(p * np.log(p / q)))
