import numpy as np
# np.random.choice(int) with size=None gives a Python int (the drawn index); from an array, a NumPy scalar
np.random.seed(0)
for f in [lambda: np.random.choice(4), lambda: np.random.choice(4, p=[0.1, 0.2, 0.3, 0.4]), lambda: np.random.choice([5, 6, 7]),
          lambda: np.random.choice([5, 6, 7], p=[0.2, 0.3, 0.5]), lambda: np.random.choice(4, replace=False),
          lambda: np.random.choice(["a", "b"], p=[0.5, 0.5]), lambda: np.random.choice([0.5, 1.5], p=[0.5, 0.5]),
          lambda: np.random.RandomState(0).choice(3, p=[0.2, 0.3, 0.5]), lambda: np.random.default_rng(0).choice(4, p=[0.1, 0.2, 0.3, 0.4]),
          lambda: np.random.default_rng(0).choice(4), lambda: np.random.default_rng(0).choice([5, 6], p=[0.5, 0.5]),
          lambda: np.random.choice(4, size=(), p=[0.1, 0.2, 0.3, 0.4]), lambda: np.random.choice(4, 1, p=[0.1, 0.2, 0.3, 0.4])]:
    r = f()
    print(repr(r), type(r).__name__)
probs = [0.1, 0.6, 0.3]
a = np.random.choice(3, p=probs)
print(a, type(a), [a] * 2, {a: 1}, f"{a}", a + 1, type(a + 1))
