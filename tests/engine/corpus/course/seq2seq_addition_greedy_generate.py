import numpy as np

np.random.seed(123)
chars = list("0123456789+_ ")
char_to_id = {c: i for i, c in enumerate(chars)}
id_to_char = dict(enumerate(chars))
questions = ["16+75", "52+607", "75+22"]
answers = ["91", "659", "97"]
max_q = max(map(len, questions))
max_a = max(len(a) for a in answers) + 1
x = np.array([[char_to_id[c] for c in q.ljust(max_q)] for q in questions], dtype=np.int32)
t = np.array([[char_to_id[c] for c in ("_" + a).ljust(max_a + 1)] for a in answers], dtype=np.int32)
print(x)
print(t, x.dtype)
print(["".join(id_to_char[int(i)] for i in row) for row in x[:, ::-1]])
V, D, H = len(chars), 4, 5
embed_W = np.random.randn(V, D) * 0.01
Wx = np.random.randn(D, H) / np.sqrt(D)
Wh = np.random.randn(H, H) / np.sqrt(H)
Wa = np.random.randn(H, V) / np.sqrt(H)
def encode(xs):
    h = np.zeros((xs.shape[0], H))
    for tt in range(xs.shape[1]):
        h = np.tanh(embed_W[xs[:, tt]] @ Wx + h @ Wh)
    return h
def generate(h, start_id, size):
    sampled = []
    sample_id = start_id
    for _ in range(size):
        e = embed_W[np.array(sample_id).reshape(1)]
        h = np.tanh(e @ Wx + h @ Wh)
        score = h @ Wa
        sample_id = np.argmax(score.flatten())
        sampled.append(int(sample_id))
    return sampled
hs = encode(x)
print(hs.round(5))
for i in range(len(questions)):
    ids = generate(hs[i:i+1], char_to_id["_"], 4)
    guess = "".join(id_to_char[j] for j in ids)
    mark = "O" if guess.strip() == answers[i] else "X"
    print(f"Q {questions[i]:<7} T {answers[i]:<4} {mark} {guess!r}")
correct = [g for g in range(len(questions)) if (n := len(answers[g])) > 2]
acc = len(correct) / len(questions)
print(correct, n)
print(f"val acc {acc * 100:.3f}%")
