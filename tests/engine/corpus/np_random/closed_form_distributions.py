import numpy as np
rng = np.random.default_rng(12345)
print(rng.standard_cauchy(), repr(rng.standard_cauchy(3)))
print(rng.pareto(3.0), repr(rng.pareto([1.0, 2.5, 10.0])), repr(rng.weibull(1.5, size=(2, 2))), rng.weibull(0), repr(rng.power(5, 3)))
print(rng.rayleigh(), repr(rng.rayleigh(2.0, 3)), repr(rng.gumbel(size=3)), repr(rng.gumbel(1.0, [0.5, 2.0])), repr(rng.logistic(10, 1, 3)), rng.logistic())
print(repr(rng.triangular(-3, 0, 8, 4)), rng.triangular(0, 0, 1), repr(rng.triangular([0, 1], 2, [3, 4])))
for name, f in [("cauchy", lambda r: r.standard_cauchy(4000)), ("pareto", lambda r: r.pareto(0.7, 4000)), ("weibull", lambda r: r.weibull(0.3, 4000)), ("power", lambda r: r.power(0.2, 4000)), ("rayleigh", lambda r: r.rayleigh(3, 4000)), ("gumbel", lambda r: r.gumbel(2, 3, 4000)), ("logistic", lambda r: r.logistic(-1, 0.5, 4000)), ("triangular", lambda r: r.triangular(-1, 0.25, 2, 4000))]:
    x = f(np.random.default_rng(7))
    print(name, x.dtype, repr(x.sum()), repr(x.max()), repr(x[:3]))
np.random.seed(3)
print(np.random.standard_cauchy(), repr(np.random.pareto(2.0, 3)), repr(np.random.weibull(2, 2)), repr(np.random.power(3, 2)), np.random.rayleigh(), repr(np.random.gumbel(0, 2, 2)), repr(np.random.logistic(size=2)), repr(np.random.triangular(0, 1, 2, size=3)))
for name, f in [("cauchy", lambda: np.random.standard_cauchy(4000)), ("pareto", lambda: np.random.pareto(0.7, 4000)), ("weibull", lambda: np.random.weibull(0.3, 4000)), ("power", lambda: np.random.power(0.2, 4000)), ("rayleigh", lambda: np.random.rayleigh(3, 4000)), ("gumbel", lambda: np.random.gumbel(2, 3, 4000)), ("logistic", lambda: np.random.logistic(-1, 0.5, 4000)), ("triangular", lambda: np.random.triangular(-1, 0.25, 2, 4000))]:
    np.random.seed(11)
    x = f()
    print(name, repr(x.sum()), repr(x.max()), repr(x[:3]))
rs = np.random.RandomState(5); print(repr(rs.rayleigh(1, 2)), repr(rs.standard_cauchy(2)))
r = np.random.default_rng(0)
for f in [lambda: r.triangular(2,1,3), lambda: r.triangular(1,4,3), lambda: r.triangular(1,1,1), lambda: r.triangular([1,2],[1.5,1],3), lambda: np.random.triangular(2,1,3), lambda: np.random.triangular([1,1],[1.5,1],[2,1]), lambda: r.pareto(0), lambda: r.pareto(-1), lambda: r.weibull(-1), lambda: r.power(0), lambda: r.rayleigh(-1), lambda: r.gumbel(0,-1), lambda: r.logistic(0,-1), lambda: np.random.rayleigh(-1), lambda: np.random.pareto(0), lambda: np.random.power(0), lambda: np.random.weibull(-1), lambda: r.pareto(), lambda: r.triangular(1,2), lambda: r.pareto([1, 0]), lambda: r.pareto(float('nan')), lambda: r.weibull(float('nan')), lambda: r.rayleigh([1, -1]), lambda: r.triangular(1, right=3), lambda: r.triangular(left=1), lambda: r.pareto(size=3), lambda: np.random.triangular(1, right=3), lambda: r.geometric(size=2), lambda: np.random.binomial(), lambda: np.random.binomial(5)]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
