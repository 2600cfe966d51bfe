import numpy as np

text = "hello world"
chars = sorted(set(text))
print(chars)
c2i = {c: i for i, c in enumerate(chars)}
ids = np.array([c2i[c] for c in text])
print(ids, ids.dtype)
onehot = np.eye(len(chars), dtype=np.int8)[ids]
print(onehot.shape, onehot.dtype)
print(onehot[:3])
print(onehot.sum(axis=0))
back = "".join(chars[i] for i in onehot.argmax(axis=1))
print(back, back == text)
X, Y = ids[:-1], ids[1:]
pairs = list(zip(X.tolist(), Y.tolist()))
print(pairs[:5])
counts = np.zeros((len(chars), len(chars)), dtype=int)
np.add.at(counts, (X, Y), 1)
print(counts)
probs = counts / counts.sum(axis=1, keepdims=True)
print(np.nan_to_num(probs).round(2))
