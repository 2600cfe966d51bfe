import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

corpus = np.array([0, 1, 2, 3, 4, 1, 5, 6])
V, D = 7, 3
rng = np.random.default_rng(0)
W_in = 0.01 * rng.standard_normal((V, D))
W_out = np.zeros((V, D))
counts = np.bincount(corpus, minlength=V).astype(float)
p = counts ** 0.75
p /= p.sum()
lr = 0.5
for epoch in range(3):
    total = 0.0
    for i in range(1, len(corpus) - 1):
        center = corpus[i]
        for ctx in (corpus[i - 1], corpus[i + 1]):
            negs = rng.choice(V, size=2, p=p)
            ids = np.concatenate(([ctx], negs))
            labels = np.array([1.0, 0.0, 0.0])
            h = W_in[center]
            score = sigmoid(W_out[ids] @ h)
            total += -np.sum(labels * np.log(score + 1e-7) + (1 - labels) * np.log(1 - score + 1e-7))
            g = score - labels
            dh = g @ W_out[ids]
            np.add.at(W_out, ids, -lr * np.outer(g, h))
            W_in[center] -= lr * dh
    print(f"epoch {epoch + 1}: loss {total:.6f}")
print(np.round(W_in, 4))
