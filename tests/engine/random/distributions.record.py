#!/usr/bin/env python3
"""Record NumPy's outputs for tests/engine/random/distributions.test.ts.

Usage: python3 tests/engine/random/distributions.record.py
Writes distributions.json next to this file: the shared prelude, the versions used, and for each probe its source,
its stdout and the uncaught exception ({"type", "message"}) or null.

The probes draw from np.random.Generator (PCG64) and the legacy np.random / RandomState (MT19937) distributions:
exponential, standard_exponential, gamma/standard_gamma (shape < 1, = 1, > 1), beta (a, b <= 1 and > 1), chisquare,
standard_t, lognormal, laplace, binomial (n*p below and above 30, p above and below 0.5), poisson (lam below and
above 10), multinomial, dirichlet, multivariate_normal, permuted, standard_normal(dtype=np.float32), with several
seeds, sizes and broadcast array parameters, and the errors NumPy raises. After every draw the probe draws again
(and prints the legacy state's position and cached gauss) so the generator must be left where NumPy leaves it.
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probe_recorder import SHOW, record  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "distributions.json")

PRELUDE = "import numpy as np\n" + SHOW + '''def after(rng):
    show(lambda: rng.random())
    show(lambda: rng.integers(0, 2**40))
def after_legacy(rs):
    st = rs.get_state()
    print("state", st[2], st[3], repr(st[4]))
    show(lambda: rs.random_sample())
'''

PROBES = {}


def gen(name, calls, seeds=(0, 12345, 2**40 + 7)):
    """one probe per seed: each call is drawn, then the generator's next values are printed"""
    for seed in seeds:
        lines = [f"rng = np.random.default_rng({seed})"]
        for c in calls:
            lines.append(f"show(lambda: rng.{c})")
            lines.append("after(rng)")
        key = f"gen-{name}-{seed}"
        PROBES[key] = "\n".join(lines) + "\n"


def legacy(name, calls, seeds=(0, 7, 2**32 - 1)):
    for seed in seeds:
        lines = [f"np.random.seed({seed})", "rs = np.random.RandomState(" + str((seed + 1) % 2**32) + ")"]
        for c in calls:
            lines.append(f"show(lambda: np.random.{c})")
            lines.append("after_legacy(np.random)")
            lines.append(f"show(lambda: rs.{c})")
            lines.append("after_legacy(rs)")
        key = f"legacy-{name}-{seed}"
        PROBES[key] = "\n".join(lines) + "\n"


# ---- Generator
gen("exponential", ["exponential()", "exponential(2.5, 7)", "exponential(0.0, 3)", "exponential([1.0, 2.0, 3.0])",
                    "exponential(1.0, (2, 3))", "standard_exponential(1000).sum()", "standard_exponential(5)",
                    "standard_exponential(4, method='inv')", "exponential(1.0, 5000).max()"])
gen("gamma-ge1", ["gamma(1.0, size=5)", "gamma(2.0, 3.0, 6)", "gamma(7.5, size=4)", "gamma(100.0)", "standard_gamma(3.3, 5)",
                  "gamma([1.5, 2.5], [[1.0], [2.0]])", "gamma(0.0, size=3)", "standard_gamma(1.0, 4)",
                  "gamma(2.0, size=3000).sum()"])
gen("gamma-lt1", ["gamma(0.5, size=6)", "gamma(0.05, 2.0, 5)", "standard_gamma(0.999, 4)", "gamma(0.3)"])
gen("beta", ["beta(2.0, 3.0, 5)", "beta(1.5, 0.5, 4)", "beta(10.0, 10.0)", "beta([2.0, 3.0], [4.0, 5.0])"])
gen("beta-small", ["beta(0.5, 0.5, 6)", "beta(1.0, 1.0, 4)", "beta(0.1, 0.9, 5)", "beta(1e-200, 1e-200, 3)"])
gen("chisquare-t", ["chisquare(4.0, 5)", "chisquare(10.0)", "standard_t(5.0, 5)", "standard_t(30.0, 3)"])
gen("lognormal", ["lognormal(size=5)", "lognormal(1.0, 0.5, 4)", "lognormal(0.0, 0.0, 2)", "lognormal([0.0, 1.0], 2.0)"])
gen("laplace", ["laplace(size=5)", "laplace(2.0, 0.5, 6)", "laplace([0.0, 10.0], 3.0)"])
gen("binomial", ["binomial(10, 0.3, 8)", "binomial(100, 0.29, 8)", "binomial(100, 0.31, 8)", "binomial(60, 0.5, 6)",
                 "binomial(61, 0.5, 6)", "binomial(100, 0.71, 6)", "binomial(100, 0.69, 6)", "binomial(1000, 0.9, 6)",
                 "binomial(10**6, 0.3, 4)", "binomial(0, 0.5, 3)", "binomial(10, 0.0, 3)", "binomial(10, 1.0, 3)",
                 "binomial(5, 0.5)", "binomial([10, 100, 1000], 0.4)", "binomial(50, [[0.1], [0.9]])",
                 "binomial(20, 0.5, 4000).sum()", "binomial(500, 0.25, 2000).sum()"])
gen("poisson", ["poisson(size=8)", "poisson(3.0, 8)", "poisson(9.99, 8)", "poisson(10.0, 8)", "poisson(50.0, 6)",
                "poisson(1e6, 4)", "poisson(0.0, 3)", "poisson(2.5)", "poisson([1.0, 5.0, 15.0, 100.0])",
                "poisson(4.0, 4000).sum()", "poisson(40.0, 2000).sum()"])
gen("multinomial", ["multinomial(20, [0.2, 0.3, 0.5])", "multinomial(100, [0.1, 0.6, 0.3], size=4)",
                    "multinomial(1000, [0.5, 0.5], size=(2, 2))", "multinomial(10, [0.0, 1.0, 0.0], 3)",
                    "multinomial([5, 50], [0.25, 0.75])", "multinomial(30, [[0.5, 0.5], [0.9, 0.1]])",
                    "multinomial(7, [1/6.] * 6, size=5)"])
gen("dirichlet", ["dirichlet([1.0, 2.0, 3.0])", "dirichlet((0.5, 0.5), size=3)", "dirichlet(np.array([10, 5, 3]), (2, 2))",
                  "dirichlet([0.0, 1.0])", "dirichlet([2.5] * 6, 40).sum()", "dirichlet([1, 2], size=0)", "dirichlet([], 2)"])
# below max(alpha) = 0.1 NumPy breaks a stick with beta draws
gen("dirichlet-small", ["dirichlet([0.05, 0.02, 0.01], size=4)", "dirichlet([0.05, 0.0, 0.01], 2)", "dirichlet([0.0, 0.0], 2)",
                        "dirichlet([1e-200, 1e-200], 3)", "dirichlet([0.09, 0.099], 50).sum()"])
gen("permuted", ["permuted(np.arange(10))", "permuted(np.arange(12).reshape(3, 4), axis=1)",
                 "permuted(np.arange(12).reshape(3, 4), axis=0)", "permuted(np.arange(12).reshape(3, 4))",
                 "permuted(np.arange(12).reshape(3, 4).T)", "permuted(np.arange(24).reshape(2, 3, 4), axis=-1)",
                 "permuted([[1.5, 2.5], [3.5, 4.5]], axis=1)"])
gen("float32", ["standard_normal(6, dtype=np.float32)", "random(dtype=np.float32)", "standard_normal(dtype=np.float32)",
                "standard_normal(3000, dtype=np.float32).sum(dtype=np.float64)", "random(3, dtype=np.float32)",
                "standard_normal(4, dtype=np.float64)"])

PROBES["gen-errors"] = """rng = np.random.default_rng(5)
show(lambda: rng.exponential(-1.0))
show(lambda: rng.exponential(-0.0))
show(lambda: rng.exponential([1.0, -2.0]))
show(lambda: rng.gamma(-1.0))
show(lambda: rng.gamma(1.0, -1.0))
show(lambda: rng.beta(0.0, 1.0))
show(lambda: rng.beta(1.0, [1.0, -1.0]))
show(lambda: rng.binomial(-1, 0.5))
show(lambda: rng.binomial(10, 1.5))
show(lambda: rng.binomial(10, float('nan')))
show(lambda: rng.binomial([10, 20], [0.5, 0.2, 0.1]))
show(lambda: rng.binomial([10, -20], 0.5))
show(lambda: rng.binomial(10.7, 0.5))
show(lambda: rng.poisson(-1.0))
show(lambda: rng.poisson(1e19))
show(lambda: rng.poisson([1.0, float('nan')]))
show(lambda: rng.gamma([1.0, 2.0, 3.0], size=(2,)))
show(lambda: rng.gamma([1.0, 2.0, 3.0], size=(2, 1)))
show(lambda: rng.multinomial(10, [0.5, 0.6]))
show(lambda: rng.multinomial(10, [0.5, 1.5]))
show(lambda: rng.multinomial(-1, [0.5, 0.5]))
show(lambda: rng.multinomial(10, []))
show(lambda: rng.chisquare(0.0))
show(lambda: rng.standard_t(-1.0))
show(lambda: rng.lognormal(0.0, -1.0))
show(lambda: rng.laplace(0.0, -1.0))
show(lambda: rng.permuted(np.arange(4), axis=1))
show(lambda: rng.standard_normal(2, dtype=np.int64))
show(lambda: rng.binomial(np.arange(3) * 1.0, 0.5))
show(lambda: rng.binomial([10.0, 5.0], 0.5))
show(lambda: rng.binomial(10.5, [0.5]))
show(lambda: rng.binomial([True, False], 0.5))
show(lambda: rng.multinomial(np.array([10.0]), [0.5, 0.5]))
show(lambda: rng.multinomial(10.5, [0.5, 0.5]))
show(lambda: rng.dirichlet([-1.0, 1.0]))
show(lambda: rng.dirichlet([[1.0, 2.0]]))
show(lambda: rng.dirichlet(3))
show(lambda: rng.dirichlet([float('nan'), 1.0]))
after(rng)
"""

# ---- legacy
legacy("lognormal", ["lognormal(size=5)", "lognormal(0.5, 0.3, 4)", "lognormal(0.0, 0.0, 2)", "lognormal()", "lognormal(0.0, 3.0, 2000).sum()"])
legacy("laplace", ["laplace(size=5)", "laplace(1.0, 2.0, 6)", "laplace([0.0, 5.0], [[1.0], [2.0]])", "laplace()"])
legacy("standard_t", ["standard_t(3.0, 5)", "standard_t(10.0)", "standard_t([2.0, 5.0])"])
legacy("standard_t-small", ["standard_t(0.7, 5)", "standard_t(1.0, 3)"])
legacy("chisquare", ["chisquare(4.0, 5)", "chisquare(2.0, 3)", "chisquare(9.5)", "chisquare([3.0, 6.0])"])
legacy("chisquare-small", ["chisquare(1.0, 5)", "chisquare(0.5, 3)"])
legacy("dirichlet", ["dirichlet([2.0, 3.0, 4.0])", "dirichlet([10.0, 20.0], 3)", "dirichlet([1.0, 1.0, 1.0, 1.0], (2, 2))"])
legacy("dirichlet-small", ["dirichlet([0.5, 0.5], 4)", "dirichlet([0.1, 2.0, 0.3])"])
legacy("binomial", ["binomial(10, 0.3, 8)", "binomial(100, 0.29, 8)", "binomial(100, 0.31, 8)", "binomial(100, 0.71, 6)",
                    "binomial(1000, 0.9, 6)", "binomial(0, 0.5, 3)", "binomial(5, 0.5)", "binomial([10, 100, 1000], 0.4)",
                    "binomial(500, 0.25, 2000).sum()"])
legacy("poisson", ["poisson(size=8)", "poisson(9.99, 8)", "poisson(10.0, 8)", "poisson(50.0, 6)", "poisson(2.5)",
                   "poisson([1.0, 15.0])", "poisson(40.0, 2000).sum()"])
legacy("gamma", ["gamma(1.0, size=5)", "gamma(2.0, 3.0, 6)", "standard_gamma(3.3, 5)", "gamma([1.5, 2.5], [[1.0], [2.0]])",
                 "exponential(2.0, 4)", "exponential([1.0, 3.0])", "standard_exponential(3)", "beta(2.0, 3.0, 4)",
                 "beta([2.0, 3.0], 4.0)"])
legacy("gamma-small", ["gamma(0.5, size=5)", "beta(0.5, 0.5, 4)"])
legacy("multinomial", ["multinomial(20, [0.2, 0.3, 0.5])", "multinomial(100, [0.1, 0.6, 0.3], size=4)"])
legacy("multivariate_normal", ["multivariate_normal([1.0, 2.0], [[1.0, 0.0], [0.0, 1.0]], 3)",
                               "multivariate_normal([0.0, 0.0, 0.0], np.diag([1.0, 4.0, 2.5]), (2, 2))",
                               "multivariate_normal([5.0, -1.0], [[0.25, 0.0], [0.0, 9.0]])",
                               "multivariate_normal([0.0], [[2.0]], 4)",
                               "multivariate_normal(np.zeros(3), 3 * np.eye(3), size=2)"])
# Non-diagonal covariances go through the engine's SVD: values agree to rounding (compared with a tolerance)
legacy("multivariate_normal-general", ["multivariate_normal([0.0, 1.0], [[2.0, 0.5], [0.5, 1.0]], 3)",
                                       "multivariate_normal([1.0, 2.0, 3.0], [[3.0, 1.0, 0.5], [1.0, 2.0, 0.3], [0.5, 0.3, 1.0]], (2, 2))",
                                       "multivariate_normal([0.0, 0.0], [[1.0, 0.9], [0.9, 1.0]])",
                                       "multivariate_normal([0.0, 0.0], [[1.0, 1.0], [1.0, 1.0]], 2)",
                                       "multivariate_normal([0.0, 0.0], [[4.0, 0.0], [0.0, -1.0]], 2, check_valid='ignore')",
                                       "multivariate_normal([0.0, 0.0], [[1.0, 2.0], [2.0, 1.0]], 2, check_valid='raise')",
                                       "multivariate_normal(np.arange(6.0), np.cov(np.arange(60.0).reshape(6, 10) ** 1.5 % 7), 2)"])

PROBES["legacy-errors"] = """np.random.seed(3)
show(lambda: np.random.lognormal(0.0, -1.0))
show(lambda: np.random.laplace(0.0, -1.0))
show(lambda: np.random.standard_t(0.0))
show(lambda: np.random.chisquare(-1.0))
show(lambda: np.random.dirichlet([1.0, 0.0]))
show(lambda: np.random.dirichlet(3.0))
show(lambda: np.random.dirichlet([[1.0, 2.0]]))
show(lambda: np.random.binomial(-1, 0.5))
show(lambda: np.random.binomial(10, -0.5))
show(lambda: np.random.binomial(10.7, 0.5))
show(lambda: np.random.binomial(np.array([10.0]), 0.5))
show(lambda: np.random.poisson(-2.0))
show(lambda: np.random.gamma(-1.0))
show(lambda: np.random.beta(1.0, 0.0))
show(lambda: np.random.exponential([1.0, -1.0]))
show(lambda: np.random.gamma([1.0, 2.0], size=3))
show(lambda: np.random.multivariate_normal([0.0, 0.0], [[1.0, 0.0]]))
show(lambda: np.random.multivariate_normal([[0.0]], [[1.0]]))
show(lambda: np.random.multivariate_normal([0.0, 0.0], [[1.0]]))
show(lambda: np.random.multivariate_normal([0.0], [[1.0]], check_valid='nope'))
after_legacy(np.random)
"""

PROBES["legacy-set-state"] = """np.random.seed(4)
np.random.randn()
st = np.random.get_state()
a = np.random.rand(3).tolist()
np.random.set_state(st)
print(a == np.random.rand(3).tolist())
show(lambda: np.random.set_state(list(st)))
show(lambda: np.random.rand())
show(lambda: np.random.set_state(st[:3]))
show(lambda: np.random.randn())
show(lambda: np.random.set_state(()))
show(lambda: np.random.set_state(10**9))
show(lambda: np.random.set_state(('MT19937',)))
show(lambda: np.random.set_state(('PCG64', 1, 2)))
show(lambda: np.random.set_state(('MT19937', [1, 2], 0)))
show(lambda: np.random.set_state(('MT19937', np.arange(5), 0)))
show(lambda: np.random.set_state(('MT19937', tuple(range(5)), 0)))
show(lambda: np.random.set_state(('MT19937', st[1], 5, 1)))
show(lambda: np.random.set_state())
show(lambda: np.random.set_state(1, 2))
after_legacy(np.random)
"""



if __name__ == "__main__":
    record(OUT, PRELUDE, PROBES)
