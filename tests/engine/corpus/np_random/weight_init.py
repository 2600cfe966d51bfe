import numpy as np
np.random.seed(1)
input_size, hidden_size, output_size = 4, 3, 2
weight_init_std = 0.01
W1 = weight_init_std * np.random.randn(input_size, hidden_size)
b1 = np.zeros(hidden_size)
W2 = weight_init_std * np.random.randn(hidden_size, output_size)
print(W1)
print(W2)
xavier = np.random.randn(4, 3) / np.sqrt(4)
he = np.random.randn(4, 3) * np.sqrt(2.0 / 4)
print(xavier)
print(he)
