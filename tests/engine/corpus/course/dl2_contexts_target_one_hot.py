import numpy as np
from collections import Counter

def preprocess(text):
    text = text.lower()
    text = text.replace('.', ' .')
    words = text.split(' ')
    word_to_id = {}
    id_to_word = {}
    for word in words:
        if word not in word_to_id:
            new_id = len(word_to_id)
            word_to_id[word] = new_id
            id_to_word[new_id] = word
    corpus = np.array([word_to_id[w] for w in words])
    return corpus, word_to_id, id_to_word

def create_contexts_target(corpus, window_size=1):
    target = corpus[window_size:-window_size]
    contexts = []
    for idx in range(window_size, len(corpus)-window_size):
        cs = []
        for t in range(-window_size, window_size + 1):
            if t == 0:
                continue
            cs.append(corpus[idx + t])
        contexts.append(cs)
    return np.array(contexts), np.array(target)

def convert_one_hot(corpus, vocab_size):
    N = corpus.shape[0]
    if corpus.ndim == 1:
        one_hot = np.zeros((N, vocab_size), dtype=np.int32)
        for idx, word_id in enumerate(corpus):
            one_hot[idx, word_id] = 1
    elif corpus.ndim == 2:
        C = corpus.shape[1]
        one_hot = np.zeros((N, C, vocab_size), dtype=np.int32)
        for idx_0, word_ids in enumerate(corpus):
            for idx_1, word_id in enumerate(word_ids):
                one_hot[idx_0, idx_1, word_id] = 1
    return one_hot

text = 'You say goodbye and I say hello. You say hello and I say goodbye.'
corpus, word_to_id, id_to_word = preprocess(text)
print(corpus)
print(word_to_id)
print(id_to_word[4], len(word_to_id))
contexts, target = create_contexts_target(corpus, window_size=2)
print(contexts[:4])
print(target[:4], contexts.shape, target.dtype)
vocab_size = len(word_to_id)
t = convert_one_hot(target, vocab_size)
c = convert_one_hot(contexts, vocab_size)
print(t.shape, c.shape, c.dtype)
print(c[0])
counts = Counter(corpus.tolist())
print(counts.most_common(3))
print(sorted(word_to_id, key=lambda w: (-counts[word_to_id[w]], w)))

np.random.seed(1)
W_in = 0.01 * np.random.randn(vocab_size, 5)
W_out = 0.01 * np.random.randn(5, vocab_size)
h = (c[:, 0].astype(float) @ W_in + c[:, 1] @ W_in) * 0.5
s = h @ W_out
print(s.shape)
print(np.argmax(s, axis=1))
