import numpy as np
from collections import Counter

text = "you say goodbye and i say hello ."
words = text.lower().replace(".", " .").split()
vocab = {}
for w in words:
    vocab.setdefault(w, len(vocab))
corpus = np.array([vocab[w] for w in words])
print(vocab)
print(corpus)
window = 1
pairs = [(corpus[i], corpus[i + d]) for i in range(len(corpus))
         for d in range(-window, window + 1) if d != 0 and 0 <= i + d < len(corpus)]
print(len(pairs))
print(pairs[:4])
print([(int(a), int(b)) for a, b in pairs[:4]])
counts = Counter(int(w) for w in corpus)
print(counts.most_common(2))
p = np.array([counts[i] for i in range(len(vocab))], dtype=float) ** 0.75
p /= p.sum()
print(p.round(4))
rng = np.random.default_rng(0)
neg = rng.choice(len(vocab), size=(3, 2), p=p)
print(neg)
W_in = rng.standard_normal((len(vocab), 3)) * 0.01
W_out = rng.standard_normal((len(vocab), 3)) * 0.01
c, t = pairs[0]
score = W_in[c] @ W_out[t]
print(f"{score:.3e}", score > 0)
