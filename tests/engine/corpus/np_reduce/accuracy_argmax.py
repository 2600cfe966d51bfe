import numpy as np
y = np.array([[0.1, 0.8, 0.1], [0.3, 0.3, 0.4], [0.9, 0.05, 0.05], [0.2, 0.5, 0.3]])
t = np.array([1, 2, 1, 1])
pred = np.argmax(y, axis=1)
print(pred, pred == t, np.sum(pred == t), np.sum(pred == t) / float(len(t)), np.mean(pred == t))
onehot = np.eye(3)[t]
print(onehot, np.argmax(onehot, axis=1))
