import numpy as np

np.random.seed(1)
node = 100
x = np.random.randn(1000, node)
def sigmoid(z): return 1 / (1 + np.exp(-z))
def relu(z): return np.maximum(0, z)
configs = {"std=1": 1.0, "std=0.01": 0.01, "xavier": 1 / np.sqrt(node), "he": np.sqrt(2 / node)}
for name, scale in configs.items():
    h = x
    stats = []
    for layer in range(5):
        W = np.random.randn(node, node) * scale
        a = h @ W
        h = relu(a) if name == "he" else sigmoid(a)
        stats.append(f"{h.mean():.3f}/{h.std():.3f}")
    print(f"{name:>8}: " + " ".join(stats))
fan_in, fan_out = 784, 50
limit = np.sqrt(6 / (fan_in + fan_out))
W = np.random.uniform(-limit, limit, size=(fan_in, fan_out))
print(f"glorot uniform limit={limit:.5f} max={np.abs(W).max():.5f} var={W.var():.6f} theory={2/(fan_in+fan_out):.6f}")
