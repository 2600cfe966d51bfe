import numpy as np

W = np.arange(12, dtype=float).reshape(4, 3)
idx = np.array([0, 2, 0, 3])
out = W[idx]
print(out)
dout = np.ones_like(out)
dW_wrong = np.zeros_like(W)
dW_wrong[idx] += dout
print(dW_wrong)
dW = np.zeros_like(W)
np.add.at(dW, idx, dout)
print(dW)
dW2 = np.zeros_like(W)
for i, word_id in enumerate(idx):
    dW2[word_id] += dout[i]
print((dW == dW2).all())
print(np.bincount(idx, minlength=4))
print(np.unique(idx, return_counts=True))
u, inv = np.unique(idx, return_inverse=True)
print(u, inv)
