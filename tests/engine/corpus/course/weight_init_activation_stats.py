import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

def relu(x):
    return np.maximum(0, x)

def tanh(x):
    return np.tanh(x)

np.random.seed(1)
input_data = np.random.randn(100, 20)
node_num = 20
hidden_layer_size = 4
for init_name, scale_fn in [("std=1", lambda n: 1.0), ("std=0.01", lambda n: 0.01),
                            ("Xavier", lambda n: np.sqrt(1.0 / n)), ("He", lambda n: np.sqrt(2.0 / n))]:
    for act_name, act in {"sigmoid": sigmoid, "relu": relu, "tanh": tanh}.items():
        x = input_data
        activations = {}
        for i in range(hidden_layer_size):
            if i != 0:
                x = activations[i - 1]
            w = np.random.randn(node_num, node_num) * scale_fn(node_num)
            z = np.dot(x, w)
            activations[i] = act(z)
        stats = [f"{a.mean():.3f}/{a.std():.3f}" for a in activations.values()]
        hist, edges = np.histogram(activations[hidden_layer_size - 1].flatten(), bins=5, range=(0, 1))
        print(f"{init_name:8} {act_name:7} {' '.join(stats)} {hist}")
print(edges)
print(np.percentile(input_data, [25, 50, 75]).round(4))
print(np.median(input_data[:, 0]), np.var(input_data, ddof=1).round(6))
