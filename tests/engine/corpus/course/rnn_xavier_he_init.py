# Day 3 exercise: weight initialisation variants (Xavier / He) for the RNN weights
import numpy as np

np.random.seed(42)
input_layer_size, hidden_layer_size, output_layer_size = 2, 16, 1
W_in_x = np.random.randn(input_layer_size, hidden_layer_size) / np.sqrt(input_layer_size)
W_out_x = np.random.randn(hidden_layer_size, output_layer_size) / np.sqrt(hidden_layer_size)
W_x = np.random.randn(hidden_layer_size, hidden_layer_size) / np.sqrt(hidden_layer_size)
W_in_h = np.random.randn(input_layer_size, hidden_layer_size) / np.sqrt(input_layer_size) * np.sqrt(2)
W_out_h = np.random.randn(hidden_layer_size, output_layer_size) / np.sqrt(hidden_layer_size) * np.sqrt(2)
W_h = np.random.randn(hidden_layer_size, hidden_layer_size) / np.sqrt(hidden_layer_size) * np.sqrt(2)
for name, w in [("W_in xavier", W_in_x), ("W xavier", W_x), ("W_in he", W_in_h), ("W he", W_h), ("W_out he", W_out_h)]:
    print(f"{name:12s} shape={w.shape} mean={w.mean():+.6f} std={w.std():.6f} max={w.max():.6f}")
print(W_in_x[:, :4])
print(W_out_x[:4].T)
