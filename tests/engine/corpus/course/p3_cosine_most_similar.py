import numpy as np

vocab = ["king", "queen", "man", "woman", "apple"]
W = np.array([
    [0.8, 0.6, 0.1],
    [0.7, 0.7, 0.2],
    [0.6, 0.1, 0.0],
    [0.5, 0.3, 0.1],
    [0.0, 0.1, 0.9],
])

def cos_similarity(x, y, eps=1e-8):
    nx = x / (np.sqrt(np.sum(x ** 2)) + eps)
    ny = y / (np.sqrt(np.sum(y ** 2)) + eps)
    return np.dot(nx, ny)

def most_similar(query, top=3):
    q = W[vocab.index(query)]
    sims = np.array([cos_similarity(q, w) for w in W])
    print(f"[query] {query}")
    for i in (-sims).argsort()[1:top + 1]:
        print(f" {vocab[i]}: {sims[i]}")

most_similar("king")
most_similar("apple", top=2)
norm = W / np.linalg.norm(W, axis=1, keepdims=True)
sim = norm @ norm.T
print(np.round(sim, 3))
v = W[0] - W[2] + W[3]
print(vocab[int(np.argmax(norm @ (v / np.linalg.norm(v))))])
try:
    most_similar("prince")
except ValueError as e:
    print("ValueError:", e)
