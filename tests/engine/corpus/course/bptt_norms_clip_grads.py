import numpy as np

def clip_grads(grads, max_norm):
    total_norm = 0
    for grad in grads:
        total_norm += np.sum(grad ** 2)
    total_norm = np.sqrt(total_norm)
    rate = max_norm / (total_norm + 1e-6)
    if rate < 1:
        for grad in grads:
            grad *= rate
    return total_norm

np.random.seed(21)
T, H = 6, 3
W = np.random.randn(H, H) * 1.8
h = np.zeros((T + 1, H))
x = np.random.randn(T, H)
for t in range(T):
    h[t + 1] = np.tanh(h[t] @ W + x[t])
print(np.round(h, 4))
dh = np.ones(H)
norms = []
dW = np.zeros_like(W)
for t in reversed(range(T)):
    dt = dh * (1 - h[t + 1] ** 2)
    dW += np.outer(h[t], dt)
    dh = dt @ W.T
    norms.append(np.linalg.norm(dh))
print(["%.4f" % n for n in norms])
grads = [dW, dh.copy()]
before = clip_grads(grads, 1.0)
print(f"norm before {before:.6f}, after {np.sqrt(sum((g ** 2).sum() for g in grads)):.6f}")
print(grads[0].round(5))
big = [np.full((2, 2), 10.0), np.full(3, -10.0)]
print(clip_grads(big, 5.0), big)
small = [np.full(2, 0.1)]
print(clip_grads(small, 5.0), small)
