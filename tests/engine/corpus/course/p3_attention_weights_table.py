import numpy as np

np.set_printoptions(precision=3, suppress=True)
hs = np.array([[0.1, 0.3], [0.5, -0.2], [0.9, 0.8], [-0.4, 0.0]])
h = np.array([0.6, 0.4])
scores = hs @ h
print(scores)
a = np.exp(scores - scores.max())
a /= a.sum()
print(a)
c = (a[:, None] * hs).sum(axis=0)
print(c)
print(np.allclose(c, a @ hs))
words = ["I", "am", "a", "cat"]
for w, weight in sorted(zip(words, a), key=lambda p: -p[1]):
    bar = "#" * int(round(weight * 40))
    print(f"{w:>4} {weight:6.3f} {bar}")
batch_hs = np.stack([hs, hs[::-1]])
batch_h = np.stack([h, -h])
s = np.einsum("ntd,nd->nt", batch_hs, batch_h)
w = np.exp(s) / np.exp(s).sum(axis=1, keepdims=True)
print(w)
print(w.argmax(axis=1), w.sum(axis=1))
print(np.einsum("nt,ntd->nd", w, batch_hs))
