import numpy as np
rng = np.random.default_rng(1)
for f in [lambda: rng.chisquare(10**5000), lambda: rng.f(10**5000, 2), lambda: np.random.chisquare(10**400), lambda: rng.normal(10**400), lambda: rng.uniform(0, 10**400), lambda: np.random.normal(0, 10**400), lambda: np.random.uniform(-10**400), lambda: rng.noncentral_chisquare(10**5000, 10**5000, 10**5000), lambda: rng.normal(2**70, 1) > 0, lambda: rng.gamma(10**20) > 0, lambda: np.random.binomial(10**400, 0.5), lambda: rng.poisson(10**400), lambda: rng.exponential(10**309)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: np.random.binomial(-10**400, 0.5), lambda: rng.binomial(10**30, 0.5), lambda: np.random.binomial(2**63, 0.5)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
