import numpy as np

rng = np.random.default_rng(42)
print(rng.random())
print(rng.random(3))
print(rng.random((2, 2)))
print(rng.integers(10), rng.integers(5, 10), rng.integers(0, 10, size=8))
print(rng.integers(0, 2**40, size=3))
print(rng.integers(-5, 5, size=(2, 3), endpoint=True))
print(rng.integers(0, 256, size=6, dtype=np.uint8), rng.integers(0, 2, size=6, dtype=bool))
print(rng.integers(3, 1000, size=4, dtype=np.int32).dtype)
print(rng.standard_normal(), rng.standard_normal(4))
print(rng.normal(), rng.normal(1.0, 2.0, size=3))
print(rng.normal([0.0, 10.0, 100.0], 0.5))
print(rng.uniform(), rng.uniform(-1, 1, size=4))
print(rng.uniform([0, 1], [1, 3]))
z = rng.standard_normal(20000)
print(z[:3], z[-3:], round(float(z.mean()), 12))
print(type(rng.random()).__name__, type(rng.integers(3)).__name__, type(rng.normal()).__name__)

# choice
print(rng.choice(5), type(rng.choice(5)).__name__)
print(rng.choice(10, 4), rng.choice(10, 4, replace=False))
print(rng.choice([10, 20, 30], size=5, p=[0.2, 0.3, 0.5]))
print(rng.choice(6, 3, replace=False, p=[0.1, 0.1, 0.2, 0.2, 0.2, 0.2]))
print(rng.choice(['a', 'b', 'c'], 4) if False else rng.choice(np.arange(100, 110), (2, 3)))
print(rng.choice(20000, 5, replace=False), rng.choice(20000, 1000, replace=False)[:5])
print(rng.choice(10, 10, replace=False, shuffle=False))
print(rng.choice(np.arange(12).reshape(4, 3), 2))
print(rng.choice(np.arange(12).reshape(4, 3), 2, axis=1))
print(rng.choice(3, size=0), rng.choice([1.5, 2.5]))

# permutation / shuffle
print(rng.permutation(10))
print(rng.permutation(np.arange(6) * 1.5))
print(rng.permutation(np.arange(12).reshape(4, 3)))
print(rng.permutation(np.arange(12).reshape(3, 4), axis=1))
a = np.arange(8)
rng.shuffle(a)
print(a)
b = np.arange(12).reshape(4, 3)
rng.shuffle(b)
print(b)
lst = list(range(7))
rng.shuffle(lst)
print(lst)
print(rng.random())

# seeding
print(np.random.default_rng(0).random(2), np.random.default_rng(2**70 + 5).random())
print(np.random.default_rng([1, 2, 3]).integers(100, size=4))
g1 = np.random.default_rng(7)
g2 = np.random.default_rng(g1)
print(g1 is g2)
g3 = np.random.Generator(np.random.PCG64(7))
print(g3.random() == np.random.default_rng(7).random())
print(np.random.default_rng(123).integers(0, 2**52, size=2), np.random.default_rng(9).integers(-2**33, 2**33, size=3))
# mixed 32-bit buffering: integers then random
g = np.random.default_rng(5)
print(g.integers(100), g.random(), g.integers(100), g.integers(100), g.random())

for f in [lambda: rng.integers(5, 5), lambda: rng.integers(0), lambda: rng.integers(3, 1, endpoint=True),
          lambda: rng.integers(0, -1, endpoint=True), lambda: rng.integers(0, 300, dtype=np.uint8),
          lambda: rng.integers(0, 10, dtype=float), lambda: rng.uniform(0, np.inf), lambda: rng.normal(0, -1),
          lambda: np.random.default_rng(-1), lambda: np.random.default_rng(1.5), lambda: rng.choice(0),
          lambda: rng.choice([]), lambda: rng.choice(5, 6, replace=False), lambda: rng.choice(3, p=[0.5, 0.5]),
          lambda: rng.choice(2, p=[0.5, 0.6]), lambda: rng.choice(2, p=[1.5, -0.5]),
          lambda: rng.choice(3, 3, replace=False, p=[0.5, 0.5, 0.0]),
          lambda: rng.permutation(np.array(5)), lambda: rng.shuffle(5), lambda: rng.random(dtype=np.int64)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
