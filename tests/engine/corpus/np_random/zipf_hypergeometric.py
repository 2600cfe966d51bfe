import numpy as np
rng = np.random.default_rng(1)
for f in [lambda: rng.hypergeometric(2.5, 3, 1), lambda: rng.hypergeometric('3', 3, 1), lambda: rng.hypergeometric(10**9, 3, 1), lambda: rng.hypergeometric(3, 3, 7), lambda: rng.hypergeometric(-1, 5, 2), lambda: rng.hypergeometric(5, -1, 2), lambda: rng.hypergeometric(5, 1, -2), lambda: rng.hypergeometric([5, 2], 1, 2), lambda: rng.hypergeometric([5.5, 2], 1, 2), lambda: rng.hypergeometric(np.float64(5.5), 1, 2), lambda: rng.hypergeometric(True, 1, 1), lambda: rng.hypergeometric(5, 5, 0), lambda: rng.hypergeometric(0, 5, 2), lambda: rng.hypergeometric(10**20, 1, 1), lambda: rng.hypergeometric([10**9, 1], 1, 1), lambda: rng.hypergeometric([1, 1], 1, [3, 1]), lambda: rng.hypergeometric(5,5,5,size=3), lambda: rng.hypergeometric(5,5), lambda: rng.hypergeometric([-1], [1], [0]), lambda: rng.hypergeometric(np.array(5.5), 1, 2), lambda: rng.hypergeometric(np.array([5.5]), 1, 2), lambda: rng.hypergeometric(None, 1, 2), lambda: rng.binomial(np.array(5.5), 0.5), lambda: rng.hypergeometric(np.float32(3), 1, 2), lambda: rng.hypergeometric(np.array(5), 1, 2)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print('legacy'); np.random.seed(0)
for f in [lambda: np.random.hypergeometric(2.5, 3, 1), lambda: np.random.hypergeometric(10**9, 3, 1), lambda: np.random.hypergeometric(3, 3, 7), lambda: np.random.hypergeometric(-1, 5, 2), lambda: np.random.hypergeometric(5, -1, 2), lambda: np.random.hypergeometric(5, 1, 0), lambda: np.random.hypergeometric([5, 2], 1, [0, 2]), lambda: np.random.hypergeometric([5.5, 2], 1, 2), lambda: np.random.hypergeometric(2**63, 1, 1), lambda: np.random.hypergeometric(5,5), lambda: np.random.hypergeometric(np.array(5.5), 1, 2), lambda: np.random.hypergeometric([3, None], 1, 2)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: rng.zipf(1), lambda: rng.zipf(np.nan), lambda: rng.zipf([2, 1]), lambda: rng.zipf(2000), lambda: np.random.zipf(1), lambda: np.random.zipf([3, 0.5]), lambda: rng.zipf(), lambda: np.random.zipf(), lambda: np.random.zipf(1024.5), lambda: rng.zipf(1024.9, 3), lambda: np.random.zipf(1.5, 3).dtype, lambda: rng.zipf(1.5, 3).dtype, lambda: np.random.hypergeometric(5, 5, 3, size=2).dtype]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for s in [3, 4]:
    rng = np.random.default_rng(s)
    print(repr(rng.zipf(2.0, 10)), repr(rng.zipf([1.5, 3, 7.5, 50])), rng.zipf(1.5, 4000).sum(), rng.zipf(3.5, 4000).sum())
    print(repr(rng.hypergeometric(15, 15, 15, 8)), repr(rng.hypergeometric([100, 2, 50], [3, 300, 50], [5, 100, 60])), rng.hypergeometric(10**6, 10**7, 10**5, 3000).sum(), rng.hypergeometric(7, 900, 12, 3000).sum(), rng.hypergeometric(600, 20, 615, 3000).sum(), rng.hypergeometric(40, 60, 9, 3000).sum(), rng.hypergeometric(10**8, 5, 10**8 - 3, 100).sum())
    np.random.seed(s)
    print(repr(np.random.zipf(2.0, 10)), repr(np.random.zipf([1.5, 3, 7.5, 50])), np.random.zipf(1.5, 4000).sum(), np.random.zipf(3.5, 4000).sum())
    print(repr(np.random.hypergeometric(15, 15, 15, 8)), repr(np.random.hypergeometric([100, 2, 50], [3, 300, 50], [5, 100, 60])), np.random.hypergeometric(10**6, 10**7, 10**5, 3000).sum(), np.random.hypergeometric(7, 900, 12, 3000).sum(), np.random.hypergeometric(600, 20, 615, 3000).sum(), np.random.hypergeometric(40, 60, 9, 3000).sum(), np.random.hypergeometric(10**12, 10**12, 10**11, 100).sum(), np.random.random())
