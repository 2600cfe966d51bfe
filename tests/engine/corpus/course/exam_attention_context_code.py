# Snapshot of the exam item exercises/questions/attention-context-code: its setup and template, with the
# reference answer (and one wrong answer) filled in, for the grader's seeds.
import numpy as np

for SEED in range(3):
    rng = np.random.RandomState(SEED)
    T, H = 6, 4
    hs = rng.standard_normal((T, H))
    h = rng.standard_normal(H)
    # hs: encoder hidden states (T, H); h: current decoder state (H,)
    scores = hs.dot(h)                           # (T,)
    a = np.exp(scores - scores.max())
    a = a / a.sum()                              # attention weights, sum to 1
    context = a.dot(hs)                               # (H,)
    print(SEED, 'reference', 'context', np.asarray(context).shape, np.asarray(context).tolist())
    try:
        # hs: encoder hidden states (T, H); h: current decoder state (H,)
        scores = hs.dot(h)                           # (T,)
        a = np.exp(scores - scores.max())
        a = a / a.sum()                              # attention weights, sum to 1
        context = hs.dot(a)                               # (H,)
        print(SEED, 'wrong', 'context', np.asarray(context).shape, np.asarray(context).tolist())
    except Exception as e:
        print(SEED, 'wrong', type(e).__name__, e)
