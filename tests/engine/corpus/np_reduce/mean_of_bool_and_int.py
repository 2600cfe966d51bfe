import numpy as np
pred = np.array([0, 2, 1, 1, 0])
t = np.array([0, 1, 1, 1, 2])
print(np.mean(pred == t), (pred == t).mean(), np.sum(pred == t) / len(t), np.average(pred == t))
print(np.mean([1, 2, 3, 4]), np.mean(np.array([[1, 2], [3, 4]]), axis=0), np.array([1, 2]).mean(), repr(np.array([True]).mean()))
print(np.sum(np.array([0.1, 0.2, 0.3])), np.sum([[0.1, 0.2], [0.3, 0.4]], axis=1))
