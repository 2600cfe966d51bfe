import numpy as np
combos = [(g, b, n) for g in [0, 1, 3, 10, 11, 25, 100, 5000, 10**6] for b in [0, 2, 9, 40, 777, 10**5] for n in [0, 1, 5, 9, 10, 11, 12, 30, 400, 10**4] if g + b >= n]
rng = np.random.default_rng(42); np.random.seed(42)
for g, b, n in combos:
    x = rng.hypergeometric(g, b, n, 60)
    y = np.random.hypergeometric(g, b, n, 60) if n >= 1 else np.zeros(1, int)
    print(g, b, n, x.sum(), (x * np.arange(60)).sum(), y.sum(), (y * np.arange(60)).sum())
for a in [1.5, 2, 2.5, 4, 10, 100, 1000, 1024.99]:
    rng2 = np.random.default_rng(7); np.random.seed(7)
    try: x = rng2.zipf(a, 300); print(a, x.sum(), (x % 97 * np.arange(300)).sum())
    except Exception as e: print(type(e).__name__)
    try: y = np.random.zipf(a, 300); print(a, y.sum(), (y % 97 * np.arange(300)).sum())
    except Exception as e: print(type(e).__name__)
