import numpy as np
grads = [np.array([1.0, 2.0]), np.array([3.0, 4.0]), np.array([0.5, 0.5])]
print(sum(grads), sum(grads) / len(grads), np.sum(grads), np.sum(grads, axis=0), np.mean(grads, axis=0))
print(sum(g.sum() for g in grads), max(g.max() for g in grads), sorted(grads, key=lambda g: g.sum())[0])
print(np.array(grads).shape, np.stack(grads).T, np.concatenate(grads), np.vstack(grads).sum(1))
norms = [np.linalg.norm(g) for g in grads]
print(norms, type(norms[0]).__name__, max(norms), norms.index(max(norms)), np.argmax(norms))
print(min(range(3), key=lambda i: norms[i]), sorted(zip(norms, "abc")), list(map(float, norms)))
layers = [3] * 2 + [1]
print(layers, [0.0] * 3, [[0] * 2] * 2, np.zeros(3).tolist() * 2)
print(np.float64(1.5) * [1, 2] if False else [1, 2] * 2, 3 * np.array([1, 2]), np.array([1, 2]) * 3)
print(round(sum(norms), 6), abs(np.float64(-2)), pow(np.float64(2), 3), divmod(np.float64(7), 2), np.float64(7) % 2)
print(any(g.sum() > 6 for g in grads), all(np.all(g > 0) for g in grads), len(grads[0]), bool(np.array([0.0]).size))
