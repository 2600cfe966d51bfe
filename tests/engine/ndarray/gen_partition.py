"""Record np.partition / np.argpartition on random lanes (run: python3 tests/engine/ndarray/gen_partition.py).

Writes ref_partition.json: {"numpy": version, "cases": [{"a": spec, "kth": int | [int], "axis": int | None,
"arg": bool, "out": spec} or {..., "error": "Type: message"}]}. Lanes of 1-200 elements with duplicates, NaN, +-0.0,
+-inf, one kth (NumPy hands 16/32/64-bit lanes to x86-simd-sort) or several (introselect), negative kth, 2-d with
axes and axis=None, out-of-bounds kth. Prints how many cases a full stable sort (the engine's former partition) got.
"""
import json, os, random

import numpy as np
from ref_encoding import spec

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261207)
DTYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float16", "float32", "float64"]


def values(dt, n):
    if dt == "bool":
        return np.array([rng.random() < 0.5 for _ in range(n)])
    top = rng.choice([3, 20, 100])
    if dt.startswith("float"):
        zeros = rng.choice([[0.0], [-0.0], [0.0, -0.0]])
        specials = [float("nan"), float("inf"), -float("inf")] if rng.random() < 0.5 else []
        pool = lambda: rng.choice([float(rng.randint(-top, top)), rng.uniform(-top, top)] * 4 + zeros + specials)
        return np.array([pool() for _ in range(n)], dtype=dt)
    lo = 0 if dt.startswith("u") else -top
    return np.array([rng.randint(lo, top) for _ in range(n)], dtype=dt)


def kth_for(n):
    if rng.random() < 0.5:
        return rng.randint(-n, n - 1)
    return [rng.randint(-n, n - 1) for _ in range(rng.randint(1, 4))]


def record(a, kth, axis, arg):
    case = {"a": spec(a), "kth": kth, "axis": axis, "arg": arg}
    try:
        r = (np.argpartition if arg else np.partition)(a, kth, axis=axis)
        case["out"] = spec(r)
        old = np.argsort(a, axis=axis, kind="stable") if arg else np.sort(a, axis=axis, kind="stable")
        case["stable_sort_agrees"] = old.tobytes() == r.tobytes()
    except Exception as e:
        case["error"] = f"{type(e).__name__}: {e}"
    return case


cases = []
for dt in DTYPES:
    for arg in (False, True):
        for _ in range(30):
            n = rng.randint(1, 200)
            cases.append(record(values(dt, n), kth_for(n), -1, arg))
        for _ in range(6):
            r, c = rng.randint(1, 12), rng.randint(1, 12)
            a = values(dt, r * c).reshape(r, c)
            axis = rng.choice([0, 1, -1, -2, None])
            n = a.size if axis is None else a.shape[axis]
            cases.append(record(a, kth_for(n), axis, arg))
        a = values(dt, 7)
        cases.append(record(a, 7, -1, arg))
        cases.append(record(a, [-8, 2], -1, arg))
# past x86-simd-sort's sorting network (256 / 512 elements)
for dt, n in [("int64", 256), ("int64", 257), ("int32", 512), ("int32", 513), ("float64", 300)]:
    cases.append(record(values(dt, n), n // 3, -1, False))
    cases.append(record(values(dt, n), [1, n // 3], -1, True))

with open(os.path.join(HERE, "ref_partition.json"), "w") as f:
    json.dump({"numpy": np.__version__, "cases": cases}, f, separators=(",", ":"))
answered = [c for c in cases if "out" in c]
print(f"{len(cases)} cases, {len(answered)} answered; a full stable sort agrees on",
      sum(c["stable_sort_agrees"] for c in answered))
