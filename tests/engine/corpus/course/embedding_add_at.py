# Day 4: embedding lookup W[idx] and its backward with np.add.at (vs a loop and vs buffered +=)
import numpy as np
np.random.seed(0)
W = np.random.randn(7, 3).astype(np.float32) * 0.01
idx = np.array([0, 2, 0, 4, 2, 2])
out = W[idx]
print(out.shape, out.dtype)
dout = np.arange(18, dtype=np.float32).reshape(6, 3)
dW = np.zeros_like(W)
np.add.at(dW, idx, dout)
print(dW)
dW2 = np.zeros_like(W)
for i, word_id in enumerate(idx):
    dW2[word_id] += dout[i]
print(np.array_equal(dW, dW2))
dW3 = np.zeros_like(W)
dW3[idx] += dout
print(dW3)
idx2 = np.array([[1, 2], [3, 1]])
print(W[idx2].shape)
g = np.zeros((7, 3))
np.add.at(g, idx2, np.ones((2, 2, 3)))
print(g)
cnt = np.zeros(5, dtype=np.int64)
np.add.at(cnt, [0, 1, 1, 4, 4, 4], 1)
print(cnt)
m = np.zeros((3, 3))
np.add.at(m, (np.array([0, 1, 1]), np.array([2, 0, 0])), np.array([1.0, 2.0, 3.0]))
print(m)
np.subtract.at(cnt, [4], 2)
print(cnt)
mx = np.zeros(3); np.maximum.at(mx, [0, 0, 2], [5, 7, -1]); print(mx)
