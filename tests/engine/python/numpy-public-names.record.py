#!/usr/bin/env python3
"""Record the public names of numpy, numpy.linalg and numpy.random (their dir()) for numpy-public-names.test.ts.

Usage: python3 tests/engine/python/numpy-public-names.record.py  (writes numpy-public-names.json next to this file)
"""
import json
import os

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "numpy-public-names.json")
names = {label: sorted(n for n in dir(m) if not n.startswith("_")) for label, m in (("np", np), ("linalg", np.linalg), ("random", np.random))}
with open(OUT, "w", encoding="utf-8") as f:
    json.dump({"numpy": np.__version__, "names": names}, f, indent=0)
    f.write("\n")
