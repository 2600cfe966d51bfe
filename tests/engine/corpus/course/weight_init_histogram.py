# Day 2: activation distributions under std 0.01 / Xavier / He initialisation, summarised with np.histogram
import numpy as np
np.random.seed(7)
node_num = 50
x = np.random.randn(20, node_num)
hidden_layer_size = 4
activations = {}
for name, scale in [("std0.01", 0.01), ("xavier", np.sqrt(1.0 / node_num)), ("he", np.sqrt(2.0 / node_num))]:
    h = x
    for i in range(hidden_layer_size):
        w = np.random.randn(node_num, node_num) * scale
        a = np.dot(h, w)
        h = np.maximum(0, a) if name == "he" else np.tanh(a)
        activations[(name, i)] = h
    print(name, f"{scale:.5f}", h.shape)
for key in sorted(activations):
    a = activations[key]
    hist, edges = np.histogram(a.flatten(), bins=5, range=(-1, 1))
    print(key, hist, np.round(edges, 2))
print(np.round(np.array([activations[("he", i)].std() for i in range(4)]), 4))
print(len(activations), list(activations)[:3])
w32 = (np.random.randn(3, 4) * np.sqrt(2 / 3)).astype(np.float32)
print(w32.dtype, np.round(w32, 4))
