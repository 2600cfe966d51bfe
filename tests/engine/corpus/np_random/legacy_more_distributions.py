import numpy as np

np.random.seed(3)
print(np.random.exponential(), np.random.exponential(2.0, size=4))
print(np.random.standard_exponential(3))
print(np.random.gamma(2.5), np.random.gamma(2.0, 3.0, size=4))
print(np.random.gamma(0.5, size=3), np.random.gamma(1.0, size=2), np.random.gamma(0.0, size=2))
print(np.random.standard_gamma(4.0, size=3))
print(np.random.beta(2.0, 3.0, size=3), np.random.beta(0.5, 0.5, size=3), np.random.beta(0.8, 2.0))
print(np.random.multinomial(10, [0.2, 0.3, 0.5]))
print(np.random.multinomial(20, [1 / 6.0] * 6, size=3))
print(np.random.multinomial(100, [0.0, 0.5, 0.5], size=(2, 2)))
print(np.random.multinomial(0, [0.5, 0.5]), np.random.multinomial(5, [0.4, 0.9]))
print(np.random.rand())
rs = np.random.RandomState(11)
print(rs.exponential(size=2), rs.gamma(3.0, size=2), rs.beta(1.5, 1.5, size=2), rs.multinomial(6, [0.5, 0.25, 0.25]))
for f in [lambda: np.random.exponential(-1.0), lambda: np.random.gamma(-1.0), lambda: np.random.gamma(1.0, -2.0),
          lambda: np.random.beta(0.0, 1.0), lambda: np.random.beta(1.0, -1.0),
          lambda: np.random.multinomial(5, [0.8, 0.8, 0.1]), lambda: np.random.multinomial(-1, [0.5, 0.5]),
          lambda: np.random.multinomial(5, [1.5, -0.5])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
