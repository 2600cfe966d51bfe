#!/usr/bin/env python3
"""Record CPython's math results for tests/engine/python/math-libm.test.ts.

Usage: python3 tests/engine/python/math-libm.record.py
Writes math-libm.json next to this file: for each case, the Python expression's inputs (as float.hex, so they are
exact) and repr() of each result, or the exception's type name. The inputs cover every branch of glibc's erf/erfc
(|x| below 2**-28, 0.84375, 1.25, 1/0.35, 6, 28), CPython's gamma/lgamma (integers, tiny, negative, above 140 and
200) and random values over several scales.
"""
import json
import math
import os
import platform
import random

HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(20261206)

edges = [0.0, -0.0, 1e-300, 2**-30, 2**-27, 0.1, 0.25, 0.5, 0.84375, 0.8437, 1.0, 1.2499, 1.25, 2.0, 2.857142857142857, 2.86, 3.7, 5.9, 6.0,
         10.0, 27.9, 28.0, 30.0, 100.0, 139.9, 140.5, 171.5, 199.9, 200.0, 700.0, 709.8, 1e10, float("inf"), float("nan")]
xs = edges + [-x for x in edges if x == x and x != 0]
xs += [random.uniform(-8, 8) for _ in range(300)] + [random.uniform(0, 210) for _ in range(150)]
xs += [10 ** random.uniform(-30, 30) for _ in range(150)]
pairs = [(random.uniform(0, 10), random.uniform(-30, 30)) for _ in range(300)] + [(random.uniform(0.9, 1.1), random.uniform(-1e4, 1e4)) for _ in range(100)]
pairs += [(float(k), float(-j)) for k in range(2, 20) for j in range(1, 6)] + [(-2.0, 3.0), (-2.0, -3.0), (0.0, -1.0), (10.0, 400.0)]


def result(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return type(e).__name__


cases = {}
for name in ["exp", "log", "erf", "erfc", "gamma", "lgamma", "exp2"]:
    f = getattr(math, name)
    cases[name] = [[x.hex(), result(f, x)] for x in xs]
cases["pow"] = [[a.hex(), b.hex(), result(lambda a, b: a ** b, a, b)] for a, b in pairs]
cases["math.pow"] = [[a.hex(), b.hex(), result(math.pow, a, b)] for a, b in pairs]
big = [10**400, 3**1000, 2**64 + 1, 2**1023 * 3, 7**500]
cases["log of ints"] = [[str(n), result(math.log, n), result(lambda n: math.log(n, 7), n)] for n in big]

with open(os.path.join(HERE, "math-libm.json"), "w") as f:
    f.write('{"python": %s, "cases": {\n' % json.dumps(platform.python_version()))
    f.write(",\n".join("%s: [\n%s\n]" % (json.dumps(k), ",\n".join(json.dumps(c) for c in v)) for k, v in cases.items()))
    f.write("\n}}\n")
print("wrote", sum(len(v) for v in cases.values()), "cases")
