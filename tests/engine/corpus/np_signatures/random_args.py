# legacy np.random: seed, random/random_sample, standard_normal, permutation and shuffle raise on extra positional arguments instead of dropping them
import numpy as np


def run(label, f):
    try:
        np.random.seed(0)
        r = f()
        if isinstance(r, np.ndarray):
            print(label, repr(r), r.dtype, r.shape)
        else:
            print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


run('seed too many', lambda: np.random.seed(0, 1))
run('seed kw', lambda: np.random.seed(seed=3))
run('random too many', lambda: np.random.random(3, 4))
run('random_sample too many', lambda: np.random.random_sample(2, 1))
run('standard_normal too many', lambda: np.random.standard_normal(2, 1))
run('permutation too many', lambda: np.random.permutation(5, 1))
run('permutation', lambda: np.random.permutation(5))
run('shuffle too many', lambda: np.random.shuffle(np.arange(5), 1))
run('randint too many', lambda: np.random.randint(1, 5, 4, int, 1))
run('choice too many', lambda: np.random.choice(5, 3, True, None, 1))
run('default_rng too many', lambda: np.random.default_rng(1, 2))
run('RandomState permutation too many', lambda: np.random.RandomState(0).permutation(3, 1))
