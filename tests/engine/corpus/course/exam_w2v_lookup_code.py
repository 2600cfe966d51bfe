# Snapshot of the exam item exercises/questions/w2v-lookup-code: its setup and template, with the
# reference answer (and one wrong answer) filled in, for the grader's seeds.
import numpy as np

for SEED in range(3):
    rng = np.random.RandomState(SEED)
    V, D = 12, 5
    W_in = rng.standard_normal((V, D))
    word_id = int(rng.randint(1, V))
    # W_in: (V, D) input-side weight of word2vec, one row per word
    onehot = np.zeros(V)
    onehot[word_id] = 1.0
    h = onehot.dot(W_in)          # the word's vector, shape (D,)
    print(SEED, 'reference', 'h', np.asarray(h).shape, np.asarray(h).tolist())
    try:
        # W_in: (V, D) input-side weight of word2vec, one row per word
        onehot = np.zeros(V)
        onehot[word_id] = 1.0
        h = W_in.dot(onehot)          # the word's vector, shape (D,)
        print(SEED, 'wrong', 'h', np.asarray(h).shape, np.asarray(h).tolist())
    except Exception as e:
        print(SEED, 'wrong', type(e).__name__, e)
