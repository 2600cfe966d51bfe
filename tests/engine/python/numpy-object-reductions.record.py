#!/usr/bin/env python3
"""Record NumPy's outputs for tests/engine/python/numpy-object-reductions.test.ts.

Usage: python3 tests/engine/python/numpy-object-reductions.record.py
Writes numpy-object-reductions.json next to this file: the shared prelude, the versions used, and for each probe its
source, its stdout and the uncaught exception ({"type", "message"}) or null.

The probes reduce object arrays (Python ints incl. big ints, floats with NaN, str mixed with other objects, dicts,
lists, None, Fractions, bools, mixed) and 0-d arrays with sum/prod/max/min/mean/cumsum/cumprod/argmax/argmin/any/all,
their nan-variants and count_nonzero, over axis None/0/1/-1/tuples, with keepdims and initial. `show(f)` prints
repr(f()) or "ExceptionType: first line of the message", so one probe checks many calls; a probe may also end with an
uncaught exception. Every probe runs in a fresh interpreter with PYTHONHASHSEED=0.
"""
import json
import os
import platform
import subprocess
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "numpy-object-reductions.json")

PRELUDE = '''import numpy as np
def show(f):
    try:
        r = f()
    except Exception as e:
        msg = str(e).splitlines()
        print(type(e).__name__ + ":", msg[0] if msg else "")
    else:
        print(repr(r))
'''

# name -> program (run after PRELUDE)
PROBES = {
    # ---- 0-d arrays
    "zero-d-dict": """
O = np.array({1: 2})
for f in [np.sum, np.prod, np.max, np.min, np.amax, np.nansum, np.nanprod, np.nanmax, np.nanmin]:
    show(lambda: f(O))
show(lambda: O.sum())
show(lambda: O.max(axis=0))
""",
    "zero-d-dict-mean": """
O = np.array({1: 2})
show(lambda: np.mean(O))
show(lambda: np.nanmean(O))
show(lambda: np.argmax(O))
show(lambda: np.any(O))
show(lambda: np.all(O))
show(lambda: np.cumsum(O))
show(lambda: np.count_nonzero(O))
""",
    "zero-d-float-axis0": """
Z = np.array(3.0)
for f in [np.sum, np.prod, np.max, np.min, np.any, np.all, np.nansum, np.nanprod, np.nanmax, np.nanmin, np.nanmean]:
    show(lambda: f(Z, axis=0))
    show(lambda: f(Z, axis=-1))
""",
    "zero-d-float-axis-errors": """
Z = np.array(3.0)
for f in [np.sum, np.max, np.any, np.mean]:
    show(lambda: f(Z, axis=1))
    show(lambda: f(Z, axis=(0,)))
    show(lambda: f(Z, axis=()))
show(lambda: np.mean(Z, axis=0))
show(lambda: np.mean(Z, axis=-1))
show(lambda: np.sum(Z, axis=(-1, 0)))
""",
    "zero-d-keepdims": """
Z = np.array(3.0)
show(lambda: np.sum(Z, keepdims=True))
show(lambda: np.sum(Z, axis=0, keepdims=True))
show(lambda: np.max(Z, axis=-1, keepdims=True))
show(lambda: np.mean(Z, keepdims=True))
show(lambda: np.prod(np.array(4), axis=0))
show(lambda: np.sum(np.array(True), axis=0))
show(lambda: np.any(np.array(0), axis=0))
show(lambda: np.all(np.array(2), axis=-1, keepdims=True))
""",
    "zero-d-cum-arg": """
Z = np.array(3.0)
show(lambda: np.cumsum(Z, axis=0))
show(lambda: np.cumprod(Z, axis=-1))
show(lambda: np.cumsum(Z))
show(lambda: np.argmax(Z, axis=0))
show(lambda: np.argmin(Z, axis=-1))
show(lambda: np.count_nonzero(Z, axis=0))
show(lambda: Z.sum(axis=0))
show(lambda: Z.max(0))
""",
    "zero-d-object-int": """
B = np.array(2**70, dtype=object)
show(lambda: B)
show(lambda: np.sum(B))
show(lambda: np.prod(B, axis=0))
show(lambda: np.max(B, keepdims=True))
show(lambda: np.mean(B))
show(lambda: np.cumsum(B))
show(lambda: np.argmax(B))
""",
    # ---- dicts
    "dicts-1d": """
D = np.array([{1: 2}, {3: 4}])
show(lambda: D)
for f in [np.sum, np.prod, np.max, np.min, np.mean, np.cumsum, np.cumprod, np.argmax, np.argmin]:
    show(lambda: f(D))
""",
    "dicts-nan": """
D = np.array([{1: 2}, {3: 4}])
for f in [np.nansum, np.nanprod, np.nanmax, np.nanmin, np.nanmean, np.nanargmax, np.nanargmin, np.nancumsum]:
    show(lambda: f(D))
""",
    "dicts-truth": """
D = np.array([{1: 2}, {}])
show(lambda: np.any(D))
show(lambda: np.all(D))
show(lambda: np.count_nonzero(D))
show(lambda: D.any())
show(lambda: D.all(axis=0, keepdims=True))
""",
    "dicts-single": """
D = np.array([{1: 2}])
show(lambda: np.sum(D))
show(lambda: np.max(D))
show(lambda: np.mean(D))
show(lambda: np.argmax(D))
show(lambda: np.cumsum(D))
show(lambda: np.sum(D, keepdims=True))
""",
    "dicts-uncaught": """
D = np.array([{1: 2}, {3: 4}])
print(np.max(D))
""",
    # ---- Python ints (incl. big ints)
    "bigint-1d": """
B = np.array([1, 2**70, 3], dtype=object)
for f in [np.sum, np.prod, np.max, np.min, np.mean, np.cumsum, np.cumprod, np.argmax, np.argmin, np.any, np.all]:
    show(lambda: f(B))
""",
    "bigint-nan": """
B = np.array([1, 2**70, 3], dtype=object)
for f in [np.nansum, np.nanprod, np.nanmax, np.nanmin, np.nanmean, np.nanargmax, np.nanargmin, np.nancumsum, np.nancumprod]:
    show(lambda: f(B))
""",
    "bigint-2d-axes": """
B = np.array([[1, 2**70, 3], [4, 5, -2**65]], dtype=object)
for ax in [None, 0, 1, -1, (0, 1), (1, 0)]:
    show(lambda: np.sum(B, axis=ax))
    show(lambda: np.max(B, axis=ax))
""",
    "bigint-2d-keepdims": """
B = np.array([[1, 2**70, 3], [4, 5, -2**65]], dtype=object)
show(lambda: np.sum(B, keepdims=True))
show(lambda: np.sum(B, axis=0, keepdims=True))
show(lambda: np.prod(B, axis=1, keepdims=True))
show(lambda: np.min(B, axis=-1, keepdims=True))
show(lambda: np.argmax(B, axis=1, keepdims=True))
show(lambda: np.argmin(B, axis=0))
""",
    "bigint-2d-mean": """
B = np.array([[1, 2**70, 3], [4, 5, -2**65]], dtype=object)
show(lambda: np.mean(B))
show(lambda: np.mean(B, axis=0))
show(lambda: np.mean(B, axis=1, keepdims=True))
show(lambda: np.mean(B, keepdims=True))
show(lambda: np.nanmean(B, axis=0))
""",
    "bigint-cum": """
B = np.array([[1, 2**70, 3], [4, 5, -2**65]], dtype=object)
show(lambda: np.cumsum(B))
show(lambda: np.cumsum(B, axis=0))
show(lambda: np.cumprod(B, axis=1))
show(lambda: B.cumsum(axis=-1))
show(lambda: np.nancumsum(B, axis=1))
""",
    "small-ints-object": """
I = np.array([[1, 2], [3, 4]], dtype=object)
show(lambda: np.sum(I))
show(lambda: type(np.sum(I)))
show(lambda: np.sum(I, axis=0))
show(lambda: np.prod(I))
show(lambda: np.mean(I))
show(lambda: np.mean(I, axis=0))
show(lambda: [type(x) for x in np.mean(I, axis=0)])
show(lambda: I.max())
show(lambda: I.min(axis=1))
""",
    "ints-initial": """
I = np.array([[1, 2], [3, 4]], dtype=object)
show(lambda: np.sum(I, initial=10))
show(lambda: np.sum(I, axis=0, initial=2**70))
show(lambda: np.prod(I, initial=2))
show(lambda: np.max(I, initial=3))
show(lambda: np.min(I, axis=1, initial=2))
show(lambda: np.max(np.array([], dtype=object), initial=7))
""",
    "ints-3d-tuple-axes": """
T = np.arange(24).reshape(2, 3, 4).astype(object)
show(lambda: np.sum(T, axis=(0, 2)))
show(lambda: np.sum(T, axis=(0, 2), keepdims=True))
show(lambda: np.max(T, axis=(1, 2)))
show(lambda: np.prod(T[:, :2, :2], axis=(-1, 0)))
show(lambda: np.sum(T, axis=(0, 0)))
show(lambda: np.sum(T, axis=3))
show(lambda: np.argmax(T, axis=(0, 1)))
""",
    "ints-dtype-arg": """
I = np.array([1, 2**40, 3], dtype=object)
show(lambda: np.sum(I, dtype=object))
show(lambda: np.sum(I, dtype=float))
show(lambda: np.prod(I, dtype=float))
show(lambda: np.sum(np.array([1, 2], dtype=object), dtype=int))
show(lambda: np.mean(np.array([1, 2], dtype=object), dtype=float))
""",
    # ---- floats with NaN
    "floats-object": """
F = np.array([1.5, 2.0, -0.25], dtype=object)
show(lambda: F)
for f in [np.sum, np.prod, np.max, np.min, np.mean, np.cumsum, np.argmax, np.argmin, np.any, np.all]:
    show(lambda: f(F))
""",
    "floats-nan-object": """
F = np.array([1.5, float('nan'), 2.0], dtype=object)
for f in [np.sum, np.prod, np.max, np.min, np.mean, np.argmax, np.argmin]:
    show(lambda: f(F))
""",
    "floats-nan-object-nanfuncs": """
F = np.array([1.5, float('nan'), 2.0], dtype=object)
for f in [np.nansum, np.nanprod, np.nanmax, np.nanmin, np.nanmean, np.nanargmax, np.nanargmin, np.nancumsum, np.nancumprod]:
    show(lambda: f(F))
""",
    "floats-nan-object-2d": """
F = np.array([[1.5, float('nan')], [float('nan'), float('nan')], [2, 3]], dtype=object)
show(lambda: np.nansum(F, axis=0))
show(lambda: np.nanmax(F, axis=1))
show(lambda: np.nanmin(F, axis=1, keepdims=True))
show(lambda: np.nanmean(F, axis=1))
show(lambda: np.nanmean(F, axis=0))
show(lambda: np.nanargmax(F, axis=0))
show(lambda: np.nanargmax(F, axis=1))
show(lambda: np.nanprod(F, axis=1))
""",
    "floats-all-nan-object": """
F = np.array([float('nan'), float('nan')], dtype=object)
show(lambda: np.nansum(F))
show(lambda: np.nanmax(F))
show(lambda: np.nanmin(F))
show(lambda: np.nanmean(F))
show(lambda: np.nanargmin(F))
show(lambda: np.max(F))
""",
    "float-array-astype-object": """
A = np.array([1.0, 2.0, 0.5]).astype(object)
show(lambda: A)
show(lambda: np.sum(A))
show(lambda: np.max(A))
show(lambda: np.mean(A))
show(lambda: np.cumsum(A))
show(lambda: type(np.sum(A)))
""",
    "np-scalars-in-object": """
S = np.array([np.float64(1.5), np.int64(2)], dtype=object)
show(lambda: np.sum(S))
show(lambda: np.max(S))
show(lambda: np.mean(S))
show(lambda: np.cumsum(S))
""",
    # ---- strings (object arrays mixing str with other objects, explicit object arrays)
    "strings-object-explicit": """
S = np.array(['b', 'a', 'c'], dtype=object)
show(lambda: S)
show(lambda: np.argmax(S))
show(lambda: np.argmin(S))
show(lambda: np.any(np.array(['', 'x'], dtype=object)))
show(lambda: np.all(np.array(['', 'x'], dtype=object)))
show(lambda: np.count_nonzero(np.array(['', 'x', ''], dtype=object)))
""",
    "strings-mixed-object": """
M = np.array(['b', None, 'a'], dtype=object)
show(lambda: np.sum(M))
show(lambda: np.max(M))
show(lambda: np.argmax(M))
show(lambda: np.any(M))
show(lambda: np.all(M))
show(lambda: np.mean(M))
""",
    "strings-with-list": """
M = np.array(['ab', ['c']], dtype=object)
show(lambda: M)
show(lambda: np.sum(M))
show(lambda: np.max(M))
show(lambda: np.prod(M))
""",
    "str-arrays": """
U = np.array(['b', 'a', 'c'])
show(lambda: np.argmax(U))
show(lambda: np.argmin(U))
show(lambda: np.sum(U))
show(lambda: np.max(U))
show(lambda: np.min(U))
show(lambda: np.prod(U))
show(lambda: np.mean(U))
show(lambda: np.cumsum(U))
""",
    # ---- lists
    "lists-ragged": """
L = np.array([[1, 2], [3]], dtype=object)
show(lambda: L)
show(lambda: L.shape)
for f in [np.sum, np.max, np.min, np.argmax, np.argmin, np.cumsum, np.any, np.all]:
    show(lambda: f(L))
""",
    "lists-ragged-mean": """
L = np.array([[1, 2], [3]], dtype=object)
show(lambda: np.mean(L))
show(lambda: np.prod(L))
show(lambda: np.sum(np.array([[1], [2, 3], []], dtype=object)))
""",
    "lists-shapes": """
show(lambda: np.array([1, [2, 3]], dtype=object))
show(lambda: np.array([[1, 2], [3, [4]]], dtype=object))
show(lambda: np.array([[1, 2], [[3, 4], [5, 6]]], dtype=object).shape)
show(lambda: np.array([(1, 2), (3, 4)], dtype=object))
show(lambda: np.array([[1, 2], [3, 4]], dtype=object).shape)
show(lambda: np.sum(np.array([(1, 2), (3,)], dtype=object)))
""",
    "tuples-max": """
T = np.array([(1, 2), (1, 3), (0, 9)] + [None], dtype=object)[:3]
show(lambda: T)
show(lambda: np.max(T))
show(lambda: np.min(T))
show(lambda: np.argmax(T))
show(lambda: np.sum(T))
""",
    # ---- None
    "none-object": """
N = np.array([None, None])
show(lambda: N)
for f in [np.sum, np.max, np.argmax, np.any, np.all, np.count_nonzero, np.mean]:
    show(lambda: f(N))
""",
    "none-mixed": """
M = np.array([1.5, None, 2], dtype=object)
for f in [np.sum, np.prod, np.max, np.min, np.argmax, np.argmin, np.any, np.all, np.nansum, np.nanmax]:
    show(lambda: f(M))
""",
    "none-single": """
N = np.array([None])
show(lambda: np.sum(N))
show(lambda: np.max(N))
show(lambda: np.mean(N))
show(lambda: np.cumsum(N))
show(lambda: np.nansum(N))
show(lambda: np.nanmean(N))
""",
    # ---- mixed numbers
    "mixed-numbers": """
M = np.array([1, 2.5, True, 2**64], dtype=object)
for f in [np.sum, np.prod, np.max, np.min, np.mean, np.cumsum, np.argmax, np.argmin]:
    show(lambda: f(M))
""",
    "bools-object": """
B = np.array([True, False, True], dtype=object)
show(lambda: np.sum(B))
show(lambda: np.prod(B))
show(lambda: np.max(B))
show(lambda: np.min(B))
show(lambda: np.mean(B))
show(lambda: np.cumsum(B))
show(lambda: np.any(B))
show(lambda: np.all(B))
""",
    "int-and-str": """
M = np.array([1, 'a'], dtype=object)
show(lambda: np.sum(M))
show(lambda: np.max(M))
show(lambda: np.argmax(M))
show(lambda: np.any(M))
""",
    # ---- Fractions
    "fractions": """
from fractions import Fraction
F = np.array([Fraction(1, 3), Fraction(1, 6), Fraction(1, 2)])
show(lambda: F)
for f in [np.sum, np.prod, np.max, np.min, np.mean, np.cumsum, np.argmax]:
    show(lambda: f(F))
""",
    # ---- empty object arrays
    "empty-object": """
E = np.array([], dtype=object)
show(lambda: np.sum(E))
show(lambda: np.prod(E))
show(lambda: np.max(E))
show(lambda: np.argmax(E))
show(lambda: np.any(E))
show(lambda: np.all(E))
show(lambda: np.cumsum(E))
show(lambda: np.nansum(E))
""",
    "empty-object-2d": """
E = np.zeros((0, 3), dtype=object)
show(lambda: E)
show(lambda: np.sum(E, axis=0))
show(lambda: np.sum(E, axis=1))
show(lambda: np.prod(E, axis=0))
show(lambda: np.max(E, axis=1))
show(lambda: np.max(E, axis=0))
show(lambda: np.any(E, axis=0))
show(lambda: np.all(E, axis=1))
""",
    "zeros-object": """
Z = np.zeros((2, 2), dtype=object)
show(lambda: Z)
show(lambda: np.sum(Z))
show(lambda: type(np.sum(Z)))
show(lambda: np.max(Z, axis=0))
show(lambda: np.any(Z))
""",
    # ---- transposed / sliced object arrays: the order of a non-commutative reduction
    "order-transposed": """
S = np.empty((2, 2), dtype=object)
S[0, 0], S[0, 1], S[1, 0], S[1, 1] = ('a',), ('b',), ('c',), ('d',)
show(lambda: S)
show(lambda: np.sum(S))
show(lambda: np.sum(S.T))
show(lambda: np.sum(S.T, axis=0))
show(lambda: np.sum(S.T, axis=1))
show(lambda: np.cumsum(S.T))
show(lambda: np.cumsum(S.T, axis=0))
show(lambda: np.sum(S[:, ::-1]))
show(lambda: np.sum(S[::-1].T, axis=(0, 1)))
""",
    # the engine keeps a str array as an object array of str: one of str only is taken as NumPy's str array
    # (np.array(['a', 'b']) without dtype=object is the common case), so an explicit dtype=object one is a deviation
    "strings-object-only": """
S = np.array(['b', 'a', 'c'], dtype=object)
show(lambda: np.sum(S))
show(lambda: np.max(S))
show(lambda: np.min(S, axis=0))
show(lambda: np.cumsum(S))
show(lambda: np.prod(S))
show(lambda: np.mean(S))
show(lambda: np.argmax(S))
""",
    "order-lists": """
L = np.empty((2, 2), dtype=object)
show(lambda: L)
L[0, 0] = [1]
L[0, 1] = [2]
L[1, 0] = [3]
L[1, 1] = [4]
show(lambda: np.sum(L))
show(lambda: np.sum(L.T))
show(lambda: np.sum(L, axis=1))
show(lambda: np.max(L, axis=0))
""",
    # ---- methods and module functions agree
    "methods": """
B = np.array([[1, 2**70], [3, 4]], dtype=object)
show(lambda: B.sum())
show(lambda: B.sum(0))
show(lambda: B.prod(axis=1))
show(lambda: B.max(axis=0, keepdims=True))
show(lambda: B.min())
show(lambda: B.mean(axis=1))
show(lambda: B.argmax())
show(lambda: B.argmin(axis=0))
show(lambda: B.cumsum())
show(lambda: B.cumprod(axis=0))
""",
    "other-stats-object": """
B = np.array([1, 2, 5], dtype=object)
show(lambda: np.std(B))
show(lambda: np.var(B))
show(lambda: np.median(B))
show(lambda: np.ptp(B))
show(lambda: np.average(B))
show(lambda: np.percentile(B, 50))
""",
    "numeric-sanity": """
A = np.array([[1.0, 2.0], [3.0, 4.5]])
show(lambda: np.sum(A))
show(lambda: np.max(A, axis=0))
show(lambda: np.mean(A, axis=1, keepdims=True))
show(lambda: np.nansum(np.array([1.0, np.nan])))
show(lambda: np.argmax(np.array([3, 9, 2])))
show(lambda: np.cumsum(np.array([1, 2, 3])))
show(lambda: np.any(np.array([0, 0])))
""",
    "uncaught-bigint-str": """
M = np.array([2**70, 'x'], dtype=object)
print(np.sum(M))
""",
}

WRAPPER = r'''
import io, json, sys, contextlib, warnings
warnings.simplefilter("ignore")
src = sys.stdin.read()
buf = io.StringIO()
err = None
with contextlib.redirect_stdout(buf):
    try:
        exec(compile(src, "<probe>", "exec"), {"__name__": "__main__"})
    except Exception as e:
        err = {"type": type(e).__name__, "message": str(e)}
json.dump({"stdout": buf.getvalue(), "error": err}, sys.stdout)
'''


def record(code: str) -> dict:
    env = dict(os.environ, PYTHONHASHSEED="0")
    p = subprocess.run([sys.executable, "-c", WRAPPER], input=PRELUDE + code, capture_output=True, text=True, env=env, timeout=60)
    if p.returncode != 0:
        raise RuntimeError(p.stderr)
    return json.loads(p.stdout)


def main() -> None:
    if int(np.__version__.split(".")[0]) < 2:
        sys.exit("NumPy >= 2 required")
    probes = [{"name": name, "code": code.lstrip("\n"), **record(code.lstrip("\n"))} for name, code in PROBES.items()]
    doc = {"python": platform.python_version(), "numpy": np.__version__, "prelude": PRELUDE, "probes": probes}
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"recorded {len(probes)} probes to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
