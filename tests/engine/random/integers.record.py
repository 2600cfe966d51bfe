#!/usr/bin/env python3
"""Record NumPy's outputs for tests/engine/random/integers.test.ts.

Usage: python3 tests/engine/random/integers.record.py
Writes integers.json next to this file: the shared prelude, the versions used, and for each probe its source, its
stdout and the uncaught exception ({"type", "message"}) or null.

Bounded random integers of every integer dtype and bool, from Generator.integers (Lemire's method), RandomState.randint
and the module-level np.random.randint (masked rejection): a scalar, size=, one-argument bounds, endpoint=True, array
low/high broadcast (one 32-bit buffer shared across the elements), full ranges, a single-value range (rng 0),
negative ranges of the signed types, heavy rejection, the dtype spellings that change the scalar's type, and the errors
NumPy raises. After every draw the probe draws again (and prints the legacy state's position), so the generator must
be left exactly where NumPy leaves it: 8- and 16-bit draws consume a whole 32-bit word.
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probe_recorder import SHOW, record  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "integers.json")

PRELUDE = "import numpy as np\n" + SHOW + '''def after(g):
    if isinstance(g, np.random.Generator):
        show(lambda: g.random())
        show(lambda: g.integers(0, 1000, size=3))
    else:
        st = g.get_state()
        print("state", st[2])
        show(lambda: g.random_sample())
'''

# dtype -> (lowest, highest) value
DTYPES = {
    "bool": (0, 1),
    "int8": (-(2**7), 2**7 - 1),
    "uint8": (0, 2**8 - 1),
    "int16": (-(2**15), 2**15 - 1),
    "uint16": (0, 2**16 - 1),
    "int32": (-(2**31), 2**31 - 1),
    "uint32": (0, 2**32 - 1),
    "int64": (-(2**63), 2**63 - 1),
    "uint64": (0, 2**64 - 1),
}
# how each API is seeded and called
APIS = {
    "gen": ("g = np.random.default_rng({seed})", "g.integers"),
    "rs": ("g = np.random.RandomState({seed})", "g.randint"),
    "mod": ("np.random.seed({seed}); g = np.random", "np.random.randint"),
}
PROBES = {}


def calls_for(dt, lo, hi, api):
    d = f"dtype=np.{dt}" if dt != "bool" else "dtype=np.bool_"
    top = min(hi, 2**53)  # the engine stores 64-bit integers as doubles: stay exactly representable
    small = 2 if dt == "bool" else 5
    slo = max(lo, -(2**53))
    c = [
        f"(0, {small}, {d})",
        f"(0, {small}, size=13, {d})",
        f"({small}, size=(2, 3), {d})",
        f"({slo + 3 if dt != 'bool' else 1}, {slo + 4 if dt != 'bool' else 2}, size=5, {d})",  # rng 0
        f"({slo + 3 if dt != 'bool' else 1}, {slo + 4 if dt != 'bool' else 2}, {d})",
        f"([0, 0, 1, 0], [1, 2, 2, 2], {d})" if dt == "bool" else f"([0, 1, 2, 3], [{small}, 10, 100, 3 + 1], {d})",
        f"(0, [[1], [2]], size=(2, 3), {d})" if dt == "bool" else f"([[0], [{small}]], [7, 50, 120], {d})",
        f"(0, {small}, size=0, {d})",
        f"(0, {hi} + 1, size=0, {d})",
        f"({lo - 1}, 0, {d})",
        f"(0, {hi} + 2, {d})",
        f"(3, 3, {d})",
        f"(0, 0, {d})",
        f"(4, 2, size=3, {d})",
        f"([0, 1], [2, {hi} + 5 if {hi} < 2**53 else 2**65], {d})",
        f"([0, 1], [2, 1], {d})",
        f"([0, 0], [0, 1], {d})",
        f"([{lo - 1}, 0], [1, 1], {d})",
    ]
    if dt != "bool":
        c += [
            f"(0, 200, size=40, {d})",  # heavy rejection for 8 bits
            f"(0, 40000 if {hi} > 40000 else {hi}, size=20, {d})",
            f"(7, 8, size=3, {d})",
        ]
    if top == hi:
        c.append(f"({lo}, {hi} + 1, size=9, {d})")  # full range
        c.append(f"({lo}, {hi} + 1, {d})")
    if lo < 0:
        c += [
            f"(-100, -3, size=11, {d})",
            f"({max(lo, -(2**53))}, 0, size=7, {d})",
            f"([-5, {max(lo, -(2**53))}, -1], [5, -3, 0], {d})",
        ]
    if dt in ("int64", "uint64"):
        c += [f"(0, 2**40, size=4, {d})", f"(0, 2**32, size=4, {d})", f"(0, 2**32 - 1, size=4, {d})", f"([0, 2**33], [3, 2**34], {d})"]
    if dt in ("int32", "uint32", "int64", "uint64"):
        c += [f"(0, 2**32 - 1 if {hi} >= 2**32 - 1 else {hi}, size=4, {d})", f"(10, 1000003, size=6, {d})"]
    if api == "gen":
        c += [
            f"(0, {small}, size=9, {d}, endpoint=True)",
            f"({small}, {d}, endpoint=True)",
            f"(0, 0, size=3, {d}, endpoint=True)",
            f"(1, 0, {d}, endpoint=True)",
            f"(0, -1, {d}, endpoint=True)",
            f"(0, {hi} + 1, {d}, endpoint=True)",
            f"([0, 1], [0, 3], {d}, endpoint=True)",
            f"([1, 1], [0, 3], {d}, endpoint=True)",
        ]
        if top == hi:
            c.append(f"({lo}, {hi}, size=9, {d}, endpoint=True)")
    return c


for api, (seeding, call) in APIS.items():
    for dt, (lo, hi) in DTYPES.items():
        for seed in (0, 1, 12345):
            lines = [seeding.format(seed=seed)]
            for args in calls_for(dt, lo, hi, api):
                lines.append(f"show(lambda: {call}{args})")
                lines.append("after(g)")
            PROBES[f"{api}-{dt}-{seed}"] = "\n".join(lines) + "\n"

# 64-bit values beyond 2**53: the engine raises NotImplementedError for the call (integers.test.ts accepts that line
# in place of NumPy's) but must still consume what NumPy consumes
for api, (seeding, call) in APIS.items():
    for dt in ("int64", "uint64"):
        lo, hi = DTYPES[dt]
        d = f"dtype=np.{dt}"
        lines = [seeding.format(seed=5)]
        args = [f"({lo}, {hi} + 1, size=9, {d})", f"({lo}, {hi} + 1, {d})", f"({lo} + 3, {lo} + 4, size=2, {d})",
                f"(2**60, 2**60 + 5, size=3, {d})", f"([0, 2**62], [3, 2**62 + 2**40], {d})", f"(0, 2**62, size=4, {d})"]
        if api == "gen":
            args.append(f"({lo}, {hi}, size=5, {d}, endpoint=True)")
        for a in args:
            lines += [f"show(lambda: {call}{a})", "after(g)"]
        PROBES[f"wide-{api}-{dt}"] = "\n".join(lines) + "\n"

# the dtype spellings: builtin int/bool give Python scalars, the rest NumPy scalars; strings and dtype objects
for api, (seeding, call) in APIS.items():
    lines = [seeding.format(seed=3)]
    for d in ["int", "bool", "np.int64", "np.int32", "'int8'", "'u2'", "np.dtype('uint32')", "'i8'", "'?'", "np.float64", "'f4'"]:
        hi = 2 if d in ("bool", "'?'") else 9
        lines += [f"show(lambda: {call}(0, {hi}, dtype={d}))", f"show(lambda: {call}(0, {hi}, size=2, dtype={d}))", "after(g)"]
    lines += [f"show(lambda: {call}(np.int8(3), np.uint16(300)))", "after(g)"]
    lines += [f"show(lambda: {call}(2.7, 9.9, size=3))", "after(g)"]
    lines += [f"show(lambda: {call}(np.array([1, 2]), np.array([[5], [9]]), dtype=np.int16))", "after(g)"]
    lines += [f"show(lambda: {call}(0, [5, 6], size=(3, 2), dtype=np.uint8))", "after(g)"]
    lines += [f"show(lambda: {call}(0, [5, 6], size=3, dtype=np.uint8))", "after(g)"]
    lines += [f"show(lambda: {call}([0.0, 1.0], 5.0, dtype=np.int8))", "after(g)"]
    lines += [f"show(lambda: {call}(0, range(1, 5), dtype=np.uint16))", "after(g)"]
    PROBES[f"{api}-dtypes"] = "\n".join(lines) + "\n"

# long runs: many buffered draws in one call, then the next draw
for api, (seeding, call) in APIS.items():
    lines = [seeding.format(seed=2024)]
    for args in ["(0, 3, size=1000, dtype=np.uint8)", "(0, 2, size=999, dtype=np.bool_)", "(-7, 250, size=701, dtype=np.int16)",
                 "(0, [2, 130, 255, 256], size=(50, 4), dtype=np.uint16)", "(0, [1, 2, 2], size=(33, 3), dtype=np.bool_)"]:
        lines += [f"r = {call}{args}", "print(r.dtype, r.shape, int(r.astype(np.int64).sum()), r.ravel()[-9:].tolist())", "after(g)"]
    PROBES[f"{api}-long"] = "\n".join(lines) + "\n"

# non-finite float bounds: Python's int() errors, not a conversion of the engine's host
PROBES["nonfinite-bounds"] = "".join(
    f"show(lambda: {call}({args}))\n"
    for call in ["np.random.RandomState(0).randint", "np.random.default_rng(0).integers"]
    for args in ["float('nan')", "float('inf')", "0, float('-inf')", "2.7"]
)



if __name__ == "__main__":
    record(OUT, PRELUDE, PROBES)
