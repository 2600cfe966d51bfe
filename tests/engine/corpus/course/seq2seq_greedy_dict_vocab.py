import numpy as np

chars = list("0123456789+ _")
char_to_id = {c: i for i, c in enumerate(chars)}
id_to_char = {i: c for c, i in char_to_id.items()}
V = len(chars)
rng = np.random.default_rng(0)
E = rng.normal(0, 0.1, (V, 8))
Wh = rng.normal(0, 0.3, (8, 8))
Wo = rng.normal(0, 0.3, (8, V))

def encode(q):
    h = np.zeros(8)
    for c in q:
        h = np.tanh(E[char_to_id[c]] + h @ Wh)
    return h

def decode(h, start="_", max_len=4):
    out = []
    tok = char_to_id[start]
    for _ in range(max_len):
        h = np.tanh(E[tok] + h @ Wh)
        logits = h @ Wo
        tok = int(np.argmax(logits))
        out.append(id_to_char[tok])
    return "".join(out)

for q in ["16+75", "52+68 ", "1+2"]:
    h = encode(q)
    print(repr(q), "->", repr(decode(h)), np.round(h[:3], 4))
ids = [char_to_id[c] for c in "12+3"]
print(ids, "".join(id_to_char[i] for i in ids))
padded = [q.ljust(7) for q in ["1+2", "12+34"]]
print(padded, np.array([[char_to_id[c] for c in q] for q in padded]))
print(sorted(char_to_id.items(), key=lambda kv: -kv[1])[:3])
