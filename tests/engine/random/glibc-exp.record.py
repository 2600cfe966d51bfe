#!/usr/bin/env python3
"""Record glibc's exp (python3's math.exp calls the platform libm) for tests/engine/random/glibc-exp.test.ts.

Usage: python3 tests/engine/random/glibc-exp.record.py
Writes glibc-exp.json next to this file: the glibc version and [x, exp(x)] pairs (floats round-trip exactly through
JSON) over the ranges NumPy's distributions feed to exp, the large-|x| special cases and the subnormal results.
"""
import json
import math
import os
import platform
import random

HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(20261206)
xs = [0.0, -0.0, 1.0, -1.0, 1e-300, -1e-300, 709.78, -745.1, -746.0, 512.5, -512.5, math.log(2)]
xs += [random.uniform(-5, 5) for _ in range(6000)]
xs += [random.gauss(0, 1) * random.choice([1e-6, 0.01, 0.1, 1, 3, 30]) for _ in range(3000)]
xs += [random.uniform(-745.1, 709.7) for _ in range(2000)]
xs += [random.uniform(-745.1, -700) for _ in range(1000)]
xs += [random.uniform(700, 709.78) for _ in range(500)]
pairs = [[x, math.exp(x)] for x in xs]
with open(os.path.join(HERE, "glibc-exp.json"), "w") as f:
    json.dump({"libc": " ".join(platform.libc_ver()), "pairs": pairs}, f)
    f.write("\n")
print(len(pairs), "pairs")
