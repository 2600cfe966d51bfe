import numpy as np

def softmax(x):
    e = np.exp(x - x.max())
    return e / e.sum()

np.random.seed(3)
words = "you say goodbye and i say hello .".split()
id_to_word = dict(enumerate(dict.fromkeys(words)))
word_to_id = {w: i for i, w in id_to_word.items()}
V, H = len(word_to_id), 4
embed = np.random.randn(V, H) * 0.5
Wh = np.random.randn(H, H) * 0.5
Wo = np.random.randn(H, V) * 0.5
def generate(start_id, skip_ids=None, sample_size=8):
    word_ids = [start_id]
    x = start_id
    h = np.zeros(H)
    while len(word_ids) < sample_size:
        h = np.tanh(embed[x] + h @ Wh)
        p = softmax(h @ Wo)
        sampled = np.random.choice(len(p), size=1, p=p)
        if (skip_ids is None) or (sampled not in skip_ids):
            x = int(sampled[0])
            word_ids.append(x)
    return word_ids
ids = generate(word_to_id["you"], skip_ids=[word_to_id["."]])
print(ids)
txt = " ".join([id_to_word[i] for i in ids])
print(txt.replace(" .", ".\n"))
p = softmax(np.array([2.0, 1.0, 0.1]))
print(p, p.sum(), np.random.choice(3, size=5, p=p))
print(np.argmax(p), p.argsort()[::-1], np.cumsum(p))
temperature = 0.5
p2 = softmax(np.log(p) / temperature)
print(p2.round(5))
