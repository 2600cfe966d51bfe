# Day 3 exercise: word embedding as E.dot(one-hot)
import numpy as np

vocab = ["i", "like", "deep", "learning", "and", "numpy"]
V, D = len(vocab), 3
np.random.seed(2)
E = np.random.randn(D, V)
for k, word in enumerate(vocab[:3]):
    w = np.zeros(V)
    w[k] = 1
    e = E.dot(w)
    print(word, w, e, np.array_equal(e, E[:, k]))

ids = np.array([0, 1, 3])
onehots = np.eye(V)[ids]
print(onehots)
print(onehots.dot(E.T))
print(E.T[ids])
