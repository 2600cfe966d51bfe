import numpy as np

def create_co_matrix(corpus, vocab_size, window_size=1):
    corpus_size = len(corpus)
    co_matrix = np.zeros((vocab_size, vocab_size), dtype=np.int32)
    for idx, word_id in enumerate(corpus):
        for i in range(1, window_size + 1):
            left_idx = idx - i
            right_idx = idx + i
            if left_idx >= 0:
                co_matrix[word_id, corpus[left_idx]] += 1
            if right_idx < corpus_size:
                co_matrix[word_id, corpus[right_idx]] += 1
    return co_matrix

def cos_similarity(x, y, eps=1e-8):
    nx = x / (np.sqrt(np.sum(x ** 2)) + eps)
    ny = y / (np.sqrt(np.sum(y ** 2)) + eps)
    return np.dot(nx, ny)

def ppmi(C, verbose=False, eps=1e-8):
    M = np.zeros_like(C, dtype=np.float32)
    N = np.sum(C)
    S = np.sum(C, axis=0)
    for i in range(C.shape[0]):
        for j in range(C.shape[1]):
            pmi = np.log2(C[i, j] * N / (S[j] * S[i]) + eps)
            M[i, j] = max(0, pmi)
    return M

def most_similar(query, word_to_id, id_to_word, word_matrix, top=3):
    if query not in word_to_id:
        print('%s is not found' % query)
        return
    print('\n[query] ' + query)
    query_vec = word_matrix[word_to_id[query]]
    vocab_size = len(id_to_word)
    similarity = np.zeros(vocab_size)
    for i in range(vocab_size):
        similarity[i] = cos_similarity(word_matrix[i], query_vec)
    count = 0
    for i in (-1 * similarity).argsort(kind="stable"):
        if id_to_word[i] == query:
            continue
        print(' %s: %s' % (id_to_word[i], similarity[i]))
        count += 1
        if count >= top:
            return

words = "you say goodbye and i say hello .".split()
word_to_id = {w: i for i, w in enumerate(dict.fromkeys(words))}
id_to_word = {i: w for w, i in word_to_id.items()}
corpus = np.array([word_to_id[w] for w in words])
C = create_co_matrix(corpus, len(word_to_id))
print(C)
W = ppmi(C)
np.set_printoptions(precision=3)
print(W)
print(cos_similarity(C[0], C[4]))
most_similar("you", word_to_id, id_to_word, C, top=4)
most_similar("cat", word_to_id, id_to_word, C)
U, S, V = np.linalg.svd(W)
print(S.round(3), U.shape, np.allclose(np.abs(U[:, 0]) @ np.abs(U[:, 0]), 1.0, atol=1e-5))
print(W.dtype, U.dtype, S.dtype)
