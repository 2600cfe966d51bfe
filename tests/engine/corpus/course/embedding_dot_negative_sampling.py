import numpy as np
from common.functions import sigmoid
np.random.seed(12)
V, D = 8, 4
W_in = np.random.randn(V, D) * 0.1
W_out = np.random.randn(V, D) * 0.1
contexts = np.array([1, 3, 5])
targets = np.array([2, 4, 6])
h = W_in[contexts]
target_W = W_out[targets]
score = np.sum(h * target_W, axis=1)
p = sigmoid(score)
print(score)
print(p)
loss = -np.sum(np.log(p + 1e-7))
dscore = (p - 1)
dW = np.zeros_like(W_out)
np.add.at(dW, targets, dscore[:, None] * h)
print(loss)
print(dW[targets])
neg = np.random.choice(V, size=(3, 2))
print(neg)
