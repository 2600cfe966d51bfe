import numpy as np

rng = np.random.default_rng(3)
chars = sorted(set("0123456789+ _"))
char2id = {c: i for i, c in enumerate(chars)}
id2char = {i: c for c, i in char2id.items()}
print(char2id)
questions = ["16+75", "52+607", "9+9"]
answers = ["91", "659", "18"]
max_q = max(map(len, questions))
max_a = max(map(len, answers)) + 1
X = np.array([[char2id[c] for c in q.ljust(max_q)] for q in questions])
Y = np.array([[char2id[c] for c in ("_" + a).ljust(max_a + 1)] for a in answers])
print(X)
print(Y)
dec_in, dec_out = Y[:, :-1], Y[:, 1:]
print(dec_in.shape, dec_out.shape)
V, D, H = len(chars), 4, 5
embed = rng.standard_normal((V, D)) * 0.01
Wx = rng.standard_normal((D, H)) / np.sqrt(D)
Wh = rng.standard_normal((H, H)) / np.sqrt(H)
Wo = rng.standard_normal((H, V)) / np.sqrt(H)
h = np.zeros((len(X), H))
for t in range(X.shape[1]):
    h = np.tanh(embed[X[:, t]] @ Wx + h @ Wh)
loss = 0.0
for t in range(dec_in.shape[1]):
    h = np.tanh(embed[dec_in[:, t]] @ Wx + h @ Wh)
    s = h @ Wo
    s = s - s.max(axis=1, keepdims=True)
    p = np.exp(s) / np.exp(s).sum(axis=1, keepdims=True)
    loss += -np.log(p[np.arange(len(X)), dec_out[:, t]]).mean()
print(round(loss / dec_in.shape[1], 8))
guess = ["".join(id2char[i] for i in row).strip() for row in dec_out]
print(guess)
