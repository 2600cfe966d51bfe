# math.hypot and math.dist to the last bit (CPython's vector_norm), on random vectors and edge values; exp2/log1p/expm1/sinh/atanh alongside
import math, random
random.seed(1)
bad = 0
out = []
for i in range(120):
    n = random.randint(2, 4)
    p = [random.uniform(-1e3, 1e3) * 10 ** random.randint(-5, 5) for _ in range(n)]
    q = [random.uniform(-1e3, 1e3) for _ in range(n)]
    out.append((math.hypot(*p), math.dist(p, q), math.exp2(p[1] / 1e3) if abs(p[1]) < 1e5 else 0, math.log1p(abs(p[0])), math.expm1(p[0] / 1e4) if abs(p[0]) < 1e6 else 0, math.sinh(q[0] / 100), math.atanh(q[0] / 1001)))
for o in out: print(*o)
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308), math.hypot(3, 4), math.hypot(-0.0), math.hypot(0, 0), math.hypot(1, 2, 3, 4, 5), math.hypot(2**1000, 3), math.hypot(5e-324, 5e-324, 5e-324))
print(math.dist((1, 2), (4, 6)), math.dist([0.1, 0.2, 0.3], [0.3, 0.2, 0.1]), math.dist([], []), math.dist([1e308], [-1e308]))
