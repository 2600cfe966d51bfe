#!/usr/bin/env python3
"""Record glibc's pow (python3's math.pow calls the platform libm) for tests/engine/random/glibc-pow.test.ts.

Usage: python3 tests/engine/random/glibc-pow.record.py
Writes glibc-pow.json next to this file: the glibc version and [x, y, pow(x, y)] triples (floats round-trip exactly
through JSON; an overflow is recorded as null): the U ** (1 / shape) NumPy's gamma and beta compute, general
positive bases and exponents, subnormal bases, and exponents large enough to overflow or underflow.
"""
import json
import math
import os
import platform
import random

HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(20261206)
xy = []
xy += [(random.random(), 1.0 / random.choice([0.05, 0.3, 0.5, 0.7, 0.999, random.random()])) for _ in range(5000)]
xy += [(random.uniform(0, 20), random.uniform(-30, 30)) for _ in range(3000)]
xy += [(random.lognormvariate(0, 5), random.gauss(0, 3)) for _ in range(2000)]
xy += [(random.random() * 1e-310, random.uniform(0.1, 2)) for _ in range(500)]
xy += [(random.uniform(0.5, 2), random.uniform(-2000, 2000)) for _ in range(1000)]
xy += [(-2.0, 3.0), (-2.0, 4.0), (-0.5, -3.0), (0.0, 0.0), (0.0, 2.5)]


def pw(x, y):
    try:
        return math.pow(x, y)
    except OverflowError:
        return None


triples = [[x, y, pw(x, y)] for x, y in xy]
with open(os.path.join(HERE, "glibc-pow.json"), "w") as f:
    json.dump({"libc": " ".join(platform.libc_ver()), "triples": triples}, f)
    f.write("\n")
print(len(triples), "triples")
