# Snapshot of the exam item exercises/questions/bptt-gradient-clipping-code: its setup and template, with the
# reference answer (and one wrong answer) filled in, for the grader's seeds.
import numpy as np

for SEED in range(3):
    rng = np.random.RandomState(SEED)
    g_big = rng.standard_normal(6) * 10
    g_small = rng.standard_normal(6) * 0.01
    threshold = 1.0
    def gradient_clipping(gradient, threshold):
        norm = np.linalg.norm(gradient)
        rate = threshold / norm
        if rate < 1:
            return gradient * rate
        return gradient

    clipped_big = gradient_clipping(g_big, threshold)
    clipped_small = gradient_clipping(g_small, threshold)
    print(SEED, 'reference', 'clipped_big', np.asarray(clipped_big).shape, np.asarray(clipped_big).tolist())
    print(SEED, 'reference', 'clipped_small', np.asarray(clipped_small).shape, np.asarray(clipped_small).tolist())
    try:
        def gradient_clipping(gradient, threshold):
            norm = np.linalg.norm(gradient)
            rate = threshold / norm
            if rate < 1:
                return gradient / rate
            return gradient

        clipped_big = gradient_clipping(g_big, threshold)
        clipped_small = gradient_clipping(g_small, threshold)
        print(SEED, 'wrong', 'clipped_big', np.asarray(clipped_big).shape, np.asarray(clipped_big).tolist())
        print(SEED, 'wrong', 'clipped_small', np.asarray(clipped_small).shape, np.asarray(clipped_small).tolist())
    except Exception as e:
        print(SEED, 'wrong', type(e).__name__, e)
