# corpus: rtol=1e-5  (float32 pipeline: BLAS summation order is not reproducible to the last float32 digit)
import numpy as np
from common.util import preprocess, create_co_matrix, cos_similarity, ppmi

text = "You say goodbye and I say hello."
corpus, word_to_id, id_to_word = preprocess(text)
vocab_size = len(word_to_id)
C = create_co_matrix(corpus, vocab_size)
print(C)
print(cos_similarity(C[word_to_id["you"]], C[word_to_id["i"]]))
query = "you"
qv = C[word_to_id[query]]
sims = np.zeros(vocab_size)
for i in range(vocab_size):
    sims[i] = cos_similarity(C[i], qv)
for i in (-1 * sims).argsort(kind="stable"):  # ties: stable order (NumPy's default order of ties is SIMD-dependent)
    if id_to_word[i] == query:
        continue
    print(" %s: %s" % (id_to_word[i], sims[i]))
W = ppmi(C)
np.set_printoptions(precision=3)
print(W)
print(W.sum(axis=0), W.max(), np.argmax(W, axis=1))

np.set_printoptions(precision=8)  # restore the default
