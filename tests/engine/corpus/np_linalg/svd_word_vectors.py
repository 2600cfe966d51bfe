# Word vectors by SVD as "Deep Learning from Scratch 2" chapter 2 builds them: co-occurrence matrix, PPMI, then
# np.linalg.svd. This PPMI matrix has repeated singular values, so U's columns are only defined up to a rotation
# within each pair (NumPy's own choice varies with the BLAS build): the program prints what does not depend on it.
import numpy as np


def preprocess(text):
    words = text.lower().replace(".", " .").split(" ")
    word_to_id, id_to_word = {}, {}
    for word in words:
        if word not in word_to_id:
            new_id = len(word_to_id)
            word_to_id[word] = new_id
            id_to_word[new_id] = word
    return np.array([word_to_id[w] for w in words]), word_to_id, id_to_word


def create_co_matrix(corpus, vocab_size, window_size=1):
    co_matrix = np.zeros((vocab_size, vocab_size), dtype=np.int32)
    for idx, word_id in enumerate(corpus):
        for i in range(1, window_size + 1):
            left, right = idx - i, idx + i
            if left >= 0:
                co_matrix[word_id, corpus[left]] += 1
            if right < len(corpus):
                co_matrix[word_id, corpus[right]] += 1
    return co_matrix


def ppmi(C, eps=1e-8):
    M = np.zeros_like(C, dtype=np.float32)
    N = np.sum(C)
    S = np.sum(C, axis=0)
    for i in range(C.shape[0]):
        for j in range(C.shape[1]):
            pmi = np.log2(C[i, j] * N / (S[j] * S[i]) + eps)
            M[i, j] = max(0, pmi)
    return M


corpus, word_to_id, id_to_word = preprocess("You say goodbye and I say hello.")
C = create_co_matrix(corpus, len(word_to_id))
W = ppmi(C)
U, S, V = np.linalg.svd(W)
print(C[0])
print(np.round(W[0], 3))
print(U.shape, S.shape, V.shape, U.dtype)
print(np.round(S, 4))
word_vecs = U[:, :2]
norms = np.sqrt(np.sum(word_vecs**2, axis=1)) + 1e-8
for word, word_id in word_to_id.items():
    sims = word_vecs @ word_vecs[word_id] / (norms * norms[word_id])
    print(word, np.round(norms[word_id], 4), np.round(sims, 3) + 0.0)
print(np.allclose(U @ np.diag(S) @ V, W, atol=1e-6))
x, res, rank, s = np.linalg.lstsq(np.c_[np.arange(6.0), np.ones(6)], np.array([1.0, 2.9, 5.2, 7.1, 8.8, 11.2]), rcond=None)
print(np.round(x, 6), np.round(res, 6), rank, np.round(s, 6))
print(np.round(np.linalg.pinv(np.array([[1.0, 2], [3, 4], [5, 6]])), 6))
print(np.round(np.linalg.cond(np.array([[1.0, 2], [3, 4]])), 6))
w, v = np.linalg.eig(np.array([[4.0, 1], [2, 3]]))
print(w)
print(v)
print(np.digitize([0.5, 1.5, 3.2], [0, 1, 2, 3]), np.ediff1d([1, 4, 9, 16], to_begin=0), np.broadcast_shapes((3, 1), (1, 4)))
