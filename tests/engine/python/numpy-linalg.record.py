#!/usr/bin/env python3
"""Record NumPy's outputs for tests/engine/python/numpy-linalg.test.ts.

Usage: python3 tests/engine/python/numpy-linalg.record.py
Writes numpy-linalg.json next to this file: the shared prelude, the versions used, and for each probe its source, its
stdout and the uncaught exception ({"type", "message"}) or null.

The probes cover np.linalg.svd/svdvals/lstsq/pinv/cond/matrix_rank/eig/eigvals/det, digitize, ediff1d,
broadcast_shapes, the nan-statistics and percentile/quantile/median with axis, keepdims and method. `show(f)` prints
repr(f()) or "ExceptionType: first line of the message" (compared exactly); `vals(tag, x)` prints a line
"tag shape v1 v2 …" compared with a tolerance (tag V: vectors, atol 1e-9·max|x|; tag S: singular values and
eigenvalues, rtol 1e-12 of the largest), since LAPACK's last bits are not reproducible.
"""
import json
import os
import platform
import subprocess
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "numpy-linalg.json")

PRELUDE = '''import numpy as np
def show(f):
    try:
        r = f()
    except Exception as e:
        msg = str(e).splitlines()
        print(type(e).__name__ + ":", msg[0] if msg else "")
    else:
        print(repr(r))
def vals(tag, x):
    a = np.asarray(x, dtype=float)
    print(tag, a.shape, " ".join(repr(float(v)) for v in a.ravel()))
def svd_all(a):
    for fm in (True, False):
        U, S, Vh = np.linalg.svd(a, full_matrices=fm)
        vals("V", U)
        vals("S", S)
        vals("V", Vh)
'''

MATS = {
    "2x2": [[1.0, 2.0], [3.0, 4.0]],
    "3x3": [[2.0, -1.0, 0.5], [0.3, 4.0, -2.0], [1.5, 0.2, 3.0]],
    "4x4-int": [[3, 1, -2, 0], [1, -4, 2, 5], [0, 2, 2, -1], [4, 0, 1, 3]],
    "5x5": [[0.281, -0.554, 0.978, -0.311, 0.2], [-0.329, -0.792, 0.455, -0.099, 1.1], [0.545, -0.607, 0.127, -0.892, -0.4],
            [0.841, 0.188, 0.331, 0.411, 0.05], [0.1, 0.2, 0.3, 0.4, 0.5]],
    "3x2": [[1.0, 2.0], [3.0, 4.0], [5.0, 7.0]],
    "2x3": [[1.0, -2.0, 3.0], [0.5, 4.0, -1.0]],
    "6x2-tall": [[1, 2], [2, 1], [0, 1], [3, -1], [1, 1], [-2, 0.5]],
    "2x6-wide": [[1, 2, 0, 3, 1, -2], [2, 1, 1, -1, 1, 0.5]],
    "5x3": [[1, 0, 2], [0, 3, 1], [4, 1, 0], [2, 2, 2], [1, -1, 3]],
    "3x5": [[1, 0, 2, 4, 1], [0, 3, 1, 1, -1], [4, 1, 0, 2, 3]],
    "1x3": [[3.0, 4.0, 0.0]],
    "3x1": [[-3.0], [4.0], [12.0]],
}

PROBES = {
    "svd-" + name: f"a = np.array({m!r})\nsvd_all(a)\nvals('S', np.linalg.svd(a, compute_uv=False))\nvals('S', np.linalg.svdvals(a))\n"
    for name, m in MATS.items()
}
PROBES.update({
    "svd-random-shapes": """
rng = np.random.default_rng(3)
for shape in [(7, 7), (8, 5), (5, 8), (3, 4), (6, 10), (12, 4), (4, 12), (10, 10), (20, 20), (25, 25), (9, 16)]:
    svd_all(rng.standard_normal(shape).round(3))
""",
    "svd-book-ppmi": """
C = np.array([[0, 1, 0, 0, 0, 0, 0], [1, 0, 1, 0, 1, 1, 0], [0, 1, 0, 1, 0, 0, 0], [0, 0, 1, 0, 1, 0, 0],
              [0, 1, 0, 1, 0, 0, 0], [0, 1, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 1, 0]], dtype=np.int32)
N = np.sum(C)
S = np.sum(C, axis=0)
W = np.zeros_like(C, dtype=np.float32)
for i in range(7):
    for j in range(7):
        W[i, j] = max(0, np.log2(C[i, j] * N / (S[j] * S[i]) + 1e-8))
U, s, V = np.linalg.svd(W)
print(U.dtype, s.dtype, V.dtype, U.shape)
# repeated singular values (3.168 twice, 2.703 twice): only the subspaces are defined, so compare their projectors
vals("V", U[:, :2] @ U[:, :2].T)
vals("V", V[:4].T @ V[:4])
vals("S", s)
print(np.round(s[0], 5))
""",
    "svd-dtypes-stacked-empty": """
show(lambda: np.linalg.svd(np.eye(2, dtype=np.float32)))
show(lambda: np.linalg.svd(np.eye(2, dtype=int)))
show(lambda: np.linalg.svd(np.ones((2, 3, 2)), compute_uv=False))
U, S, Vh = np.linalg.svd(np.arange(12.0).reshape(2, 3, 2) ** 1.5)
print(U.shape, S.shape, Vh.shape)
vals("S", S)
for shape in [(0, 3), (3, 0), (0, 0)]:
    for fm in (True, False):
        show(lambda: np.linalg.svd(np.zeros(shape), full_matrices=fm))
show(lambda: np.linalg.svd(np.zeros((0, 3)), compute_uv=False))
show(lambda: np.linalg.svd(np.zeros((2, 2))))
""",
    "svd-errors": """
show(lambda: np.linalg.svd(np.array([1.0, 2.0])))
show(lambda: np.linalg.svd(np.array([[1.0, np.nan]])))
show(lambda: np.linalg.svd(np.array([[1.0, np.inf], [0, 1]]), compute_uv=False))
show(lambda: np.linalg.svdvals(np.array(3.0)))
show(lambda: np.linalg.svd(np.array([[1, 2]], dtype=object)))
show(lambda: np.linalg.eig(np.array([[1, 2], [3, 4]], dtype=object)))
show(lambda: np.linalg.eig(np.array([[5.0]])))
show(lambda: np.linalg.svd([[True, False], [True, True]])[1])
""",
    "lstsq": """
for a, b in [([[1.0, 2], [3, 4], [5, 7]], [1.0, 2, 2]), ([[1, 1], [1, 2], [1, 3], [1, 4]], [[6, 1], [5, 2], [7, 3], [10, 4]]),
             ([[1.0, 2], [2, 4]], [[1.0], [2]]), ([[2.0, 1], [1, 3]], [1.0, 2]), ([[1.0, 2, 3], [4, 5, 6]], [1.0, 2])]:
    x, res, rank, s = np.linalg.lstsq(np.array(a), np.array(b), rcond=None)
    vals("V", x)
    vals("V", res)
    print(repr(rank), res.shape, res.dtype, x.shape)
    vals("S", s)
x = np.array([0.0, 1, 2, 3])
y = np.array([-1, 0.2, 0.9, 2.1])
A = np.vstack([x, np.ones(len(x))]).T
m, c = np.linalg.lstsq(A, y)[0]
print(np.round(m, 10), np.round(c, 10))
show(lambda: np.linalg.lstsq(np.ones((3, 2)), np.ones(2)))
show(lambda: np.linalg.lstsq(np.ones(3), np.ones(3)))
show(lambda: np.linalg.lstsq(np.ones((0, 2)), np.ones(0)))
show(lambda: np.linalg.lstsq(np.array([[1.0, 2], [3, 4]]), np.array([1.0, 2]), rcond=0.5)[2])
show(lambda: np.linalg.lstsq(np.ones((2, 2), dtype=np.float32), np.ones(2, dtype=np.float32))[0].dtype)
""",
    "pinv-cond-rank": """
for a in [[[1, 2], [3, 4], [5, 6]], [[1.0, 2], [2, 4]], [[2.0, 0], [0, 3]], [[1.0, 2, 3], [4, 5, 6], [7, 8, 10]]]:
    vals("V", np.linalg.pinv(np.array(a)))
    vals("S", np.linalg.cond(np.array(a)))
    show(lambda: np.linalg.matrix_rank(np.array(a)))
A = np.array([[1.0, 2, 3], [4, 5, 6], [7, 8, 10]])
for p in [None, 1, -1, 2, -2, np.inf, -np.inf, "fro", "nuc"]:
    vals("S", np.linalg.cond(A, p))
show(lambda: np.linalg.cond(np.array([[1.0, 2], [2, 4]]), 1))
show(lambda: np.linalg.cond(np.ones((2, 3)), 1))
show(lambda: np.linalg.cond(np.ones((0, 0))))
show(lambda: np.linalg.cond(np.eye(2), 3))
show(lambda: np.linalg.cond(np.eye(3)))
show(lambda: np.linalg.matrix_rank(np.ones(3)))
show(lambda: np.linalg.matrix_rank(np.zeros(3)))
show(lambda: np.linalg.matrix_rank(np.ones((2, 3, 3))))
show(lambda: np.linalg.matrix_rank(np.ones((2, 2)), tol=0.5))
show(lambda: np.linalg.matrix_rank(np.diag([1.0, 1e-3, 1e-9]), rtol=1e-6))
show(lambda: np.linalg.matrix_rank(np.zeros((0, 3))))
show(lambda: np.linalg.matrix_rank(np.eye(2), tol=1, rtol=1))
show(lambda: np.linalg.pinv(np.ones((0, 3))))
show(lambda: np.linalg.pinv(np.ones(3)))
show(lambda: np.linalg.pinv(np.ones((2, 3, 2), dtype=np.float32)))
show(lambda: np.linalg.pinv(np.diag([1.0, 1e-16])))
show(lambda: np.linalg.pinv(np.diag([1.0, 1e-10]), rcond=1e-5))
show(lambda: np.linalg.pinv(np.diag([1.0, 1e-10]), rtol=None))
""",
    "eig": """
for a in [[[4, 1], [2, 3]], [[2, 0], [0, 3]], [[1, 2], [3, 4]], [[0, 1], [-2, -3]], [[2, 1], [1, 2]], [[5, 4], [1, 2]],
          [[1, 0, 0], [0, 2, 0], [0, 0, 3]], [[2, -1, 0], [-1, 2, -1], [0, -1, 2]], [[1, 2, 3], [4, 5, 6], [7, 8, 10]],
          [[3, 0, 0], [1, 2, 0], [4, 5, 1]], [[1, 2, 0], [0, 3, 0], [2, -4, 2]], [[6, -2, 1], [0, 3, 0], [0, 0, 2]],
          [[0.5, 0.3, 0.2], [0.2, 0.6, 0.2], [0.1, 0.1, 0.8]]]:
    w, v = np.linalg.eig(np.array(a))
    vals("S", w)
    vals("V", v)
    vals("S", np.linalg.eigvals(np.array(a)))
rng = np.random.default_rng(5)
for n in [4, 6, 8, 10]:
    M = rng.standard_normal((n, n)).round(2)
    w, v = np.linalg.eig(M + M.T)
    vals("S", w)
    vals("V", v)
w, v = np.linalg.eig(np.array([[1.0, 1], [0, 1]]))
vals("S", w)
print(w.dtype, v.dtype, v[:, 0])
show(lambda: np.linalg.eig(np.ones((2, 3))))
show(lambda: np.linalg.eig(np.ones(3)))
show(lambda: np.linalg.eig(np.array([[1.0, np.nan], [0, 1]])))
show(lambda: np.linalg.eig(np.eye(2, dtype=np.float32))[0].dtype)
""",
    "eig-complex": """
show(lambda: np.linalg.eig(np.array([[0.0, 1], [-1, 0]]))[0])
show(lambda: np.linalg.eigvals(np.array([[1.0, -2], [3, 1]])))
show(lambda: np.linalg.eig(np.array([[1.0, 2, 0], [-2, 1, 0], [0, 0, 3]]))[0])
""",
    "det": """
show(lambda: np.linalg.det(np.array([[4, 1], [2, 3]])))
print(np.linalg.det(np.array([[4, 1], [2, 3]])))
show(lambda: np.linalg.det(np.array([[1.0, 2], [3, 4]])))
show(lambda: np.linalg.det(np.array([[2.0, 0, 1], [1, 3, 2], [1, 1, 1]])))
show(lambda: np.linalg.det(np.eye(3) * 2))
""",
    "digitize": """
x = np.array([0.2, 6.4, 3.0, 1.6, 1.0, 10, -1])
b = np.array([0.0, 1.0, 2.5, 4.0, 10.0])
show(lambda: np.digitize(x, b))
show(lambda: np.digitize(x, b, right=True))
show(lambda: np.digitize(x, b[::-1]))
show(lambda: np.digitize(x, b[::-1], right=True))
show(lambda: np.digitize(3, b))
show(lambda: np.digitize([1, 2], [3, 1, 2]))
show(lambda: np.digitize([1, 2], [[1, 2]]))
show(lambda: np.digitize(np.ones((2, 2)), [1]))
show(lambda: np.digitize([1.5, np.nan], [1, 2, np.nan]))
show(lambda: np.digitize([1, 2], []))
show(lambda: np.digitize(np.array([1, 5], dtype=np.int32), [2.5]))
show(lambda: np.digitize([[1, 5], [2, 2]], [2, 2, 3, 3], right=True))
show(lambda: np.digitize([3, 2, 1], [3, 3, 2, 1, 1]))
show(lambda: np.digitize([3, 2, 1], [3, 3, 2, 1, 1], right=True))
""",
    "ediff1d": """
show(lambda: np.ediff1d([1, 2, 4, 7]))
show(lambda: np.ediff1d([[1, 2], [4, 7]], to_end=[88, 99], to_begin=-99))
show(lambda: np.ediff1d(np.array([1.0, 3]), to_begin=0.5))
show(lambda: np.ediff1d(np.array([1, 3]), to_begin=0.5))
show(lambda: np.ediff1d([]))
show(lambda: np.ediff1d(np.array([1, 3], dtype=np.uint8), to_end=-1))
show(lambda: np.ediff1d(np.array([5, 3], dtype=np.uint8)))
show(lambda: np.ediff1d(5, to_end=[1]))
show(lambda: np.ediff1d(np.array([1.5, 3], dtype=np.float32), to_end=np.array([2]), to_begin=[]))
""",
    "broadcast-shapes": """
show(lambda: np.broadcast_shapes((1, 2), (3, 1), (3, 2)))
show(lambda: np.broadcast_shapes((6, 7), (5, 6, 1), (7,), (5, 1, 7)))
show(lambda: np.broadcast_shapes())
show(lambda: np.broadcast_shapes(3, (2, 1)))
show(lambda: np.broadcast_shapes((2,), (3,)))
show(lambda: np.broadcast_shapes((2,), (3,), (1,)))
show(lambda: np.broadcast_shapes([2, 1]))
show(lambda: np.broadcast_shapes((-1,)))
show(lambda: np.broadcast_shapes((4, 1, 3), (1, 5, 1), (2, 4, 5, 3)))
show(lambda: np.broadcast_shapes((4, 3), (2, 1, 3), (1, 5, 2)))
show(lambda: np.broadcast_shapes((0,), (1,), ()))
""",
    "nan-statistics": """
A = np.array([[1.0, np.nan, 3.0, 4.5], [2.0, 5.0, np.nan, np.nan], [0.5, 1.5, 2.5, 8.0]])
for f in [np.nanstd, np.nanvar]:
    for axis in [None, 0, 1, -1, (0, 1)]:
        for ddof in [0, 1]:
            show(lambda: f(A, axis=axis, ddof=ddof))
    show(lambda: f(A, axis=1, keepdims=True))
    show(lambda: f(A, axis=0, ddof=2))
show(lambda: np.nanmedian(A))
for axis in [0, 1, (0, 1)]:
    show(lambda: np.nanmedian(A, axis=axis))
    show(lambda: np.nanmedian(A, axis=axis, keepdims=True))
for q in [30, [10, 90]]:
    for axis in [None, 0, 1]:
        show(lambda: np.nanpercentile(A, q, axis=axis))
        show(lambda: np.nanquantile(A, np.asarray(q) / 100, axis=axis, keepdims=True))
show(lambda: np.nanpercentile(A, 40, axis=1, method="nearest"))
show(lambda: np.nanquantile(A, 0.4, axis=0, method="lower"))
F = A.astype(np.float32)
for f in [np.nanstd, np.nanvar]:
    for axis in [None, 0, 1]:
        show(lambda: f(F, axis=axis, ddof=1))
    show(lambda: f(F, axis=1, keepdims=True))
show(lambda: np.nanstd(np.array([1.0, 2.0, 7.1, 3.3, np.nan, 0.1], dtype=np.float32)))
""",
    "quantile-axis-methods": """
A = np.array([[3.0, 1.0, 4.0, 1.5], [5.0, 9.0, 2.0, 6.0], [5.0, 3.0, 5.0, 8.0]])
B = np.arange(24.0).reshape(2, 3, 4) ** 1.3
methods = ["inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf", "hazen",
           "weibull", "linear", "median_unbiased", "normal_unbiased", "lower", "higher", "midpoint", "nearest"]
for m in methods:
    show(lambda: np.percentile(A, 35, axis=1, method=m))
    show(lambda: np.quantile(B, [0.2, 0.75], axis=(0, 2), method=m, keepdims=True))
show(lambda: np.median(B, axis=(0, 2)))
show(lambda: np.median(B, axis=(1,), keepdims=True))
show(lambda: np.median(A, axis=-1))
show(lambda: np.percentile(B, 50, axis=(2, 0)))
show(lambda: np.percentile(A, 50, method="bogus"))
show(lambda: np.percentile(A, 50, axis=2))
show(lambda: np.quantile(A, 1.5))
""",
})

PROBES.update({
    "eigh-uplo": """
rng = np.random.default_rng(11)
for n in (1, 2, 3, 4, 6, 10, 17, 25):
    M = rng.standard_normal((n, n))
    for uplo in ("L", "U"):
        w, V = np.linalg.eigh(M, UPLO=uplo)
        vals("S", w)
        vals("V", V)
        vals("S", np.linalg.eigvalsh(M, UPLO=uplo))
w, V = np.linalg.eigh(rng.standard_normal((2, 3, 3)), "U")
print(w.shape, V.shape)
vals("V", V)
show(lambda: np.linalg.eigh(np.eye(3, dtype=int)))
show(lambda: np.linalg.eigvalsh([[1, 2], [2, 1]]))
show(lambda: np.linalg.eigvalsh(np.zeros((2, 0, 0))))
show(lambda: np.linalg.eigh(np.ones((2, 3))))
show(lambda: np.linalg.eigvalsh(np.ones(3)))
show(lambda: np.linalg.eigvalsh(np.eye(2), UPLO="X"))
""",
    "eigvalsh-large": """
rng = np.random.default_rng(12)
for n in (26, 32, 33, 50, 80):
    M = rng.standard_normal((n, n))
    vals("S", np.linalg.eigvalsh(M))
    vals("S", np.linalg.eigvalsh(M, UPLO="U"))
""",
    "eigh-large-refused": """
show(lambda: np.linalg.eigh(np.eye(26))[0][:2])
""",
})

PROBES.update({
    "solve-stacked": """
rng = np.random.default_rng(21)
A = rng.standard_normal((2, 3, 3))
for b in [rng.standard_normal(3), rng.standard_normal((3, 2)), rng.standard_normal((2, 3, 1)), rng.standard_normal((5, 1, 3, 2)),
          rng.standard_normal((1, 3, 4))]:
    x = np.linalg.solve(A, b)
    print(x.shape, x.dtype)
    vals("V", x)
vals("V", np.linalg.solve(rng.standard_normal((4, 1, 3, 3)), rng.standard_normal((2, 3, 3))))
vals("V", np.linalg.solve([[1, 2], [3, 4]], [5, 6]))
vals("V", np.linalg.solve(np.eye(2, dtype=bool), np.ones(2, dtype=np.float32)))
show(lambda: np.linalg.solve(A, np.ones((2, 3))))
show(lambda: np.linalg.solve(A, np.ones((4, 3, 1))))
show(lambda: np.linalg.solve(A, np.ones((5, 4, 3, 1))))
show(lambda: np.linalg.solve(np.ones((4, 2, 3, 3)), np.ones((3, 3, 1))))
show(lambda: np.linalg.solve(A, np.ones(4)))
show(lambda: np.linalg.solve(A, 3.0))
show(lambda: np.linalg.solve(np.ones((2, 2)), np.ones(2)))
show(lambda: np.linalg.solve(np.stack([np.eye(2), np.ones((2, 2))]), np.ones(2)))
show(lambda: np.linalg.solve(np.array([[1.0, np.nan], [0, 1]]), np.ones(2)))
show(lambda: np.linalg.solve(np.zeros((2, 0, 0)), np.ones((2, 0))))
show(lambda: np.linalg.solve(np.zeros((0, 2, 2)), np.ones(2)))
show(lambda: np.linalg.solve(np.eye(2, dtype=np.float16), np.ones(2)))
show(lambda: np.linalg.solve(np.ones((2, 3)), np.ones(2)))
""",
    "float32-linalg-refused": """
show(lambda: np.linalg.solve(np.eye(2, dtype=np.float32), np.ones(2, dtype=np.float32)).dtype)
show(lambda: np.linalg.inv(np.eye(2, dtype=np.float32)).dtype)
show(lambda: np.linalg.det(np.eye(2, dtype=np.float32)).dtype)
show(lambda: np.linalg.eigh(np.eye(2, dtype=np.float32))[0].dtype)
""",
    "multi-dot": """
rng = np.random.default_rng(22)
A, B, C, D = (rng.standard_normal(s) for s in [(10, 30), (30, 5), (5, 60), (60, 3)])
vals("V", np.linalg.multi_dot([A, B, C, D]))
vals("V", np.linalg.multi_dot([A, B, C]))
vals("V", np.linalg.multi_dot([D.T, C.T, B.T, A.T, A]))
vals("V", np.linalg.multi_dot([A[0], B, C, D]))
vals("V", np.linalg.multi_dot([A, B, C[:, 0]]))
vals("S", np.linalg.multi_dot([A[0], B, C, D[:, 0]]))
vals("V", np.linalg.multi_dot([A[0], B]))
show(lambda: type(np.linalg.multi_dot([A[0], B, C[:, 0]])))
show(lambda: np.linalg.multi_dot([np.eye(2, dtype=int), [[1, 2], [3, 4]], np.eye(2, dtype=int)]))
show(lambda: np.linalg.multi_dot([A]))
show(lambda: np.linalg.multi_dot([A, B, np.ones((2, 5, 5))]))
show(lambda: np.linalg.multi_dot([A, C, D]))
show(lambda: np.linalg.multi_dot([A, B], [A]))
""",
    "norm-matrix-orders": """
x = np.array([[1.0, -2, 3], [-4, 5, -6]])
for ord in [None, "fro", "nuc", np.inf, -np.inf, 1, -1, 2, -2]:
    for axis in [None, (0, 1), (1, 0)]:
        vals("S", np.linalg.norm(x, ord=ord, axis=axis))
        vals("S", np.linalg.norm(x.T, ord=ord, axis=axis, keepdims=True))
T = np.arange(24.0).reshape(2, 3, 4) ** 1.2
for ord in ["nuc", 2, -2, 1, np.inf, "fro"]:
    for axis in [(1, 2), (2, 1), (0, 2), (2, 0)]:
        r = np.linalg.norm(T, ord=ord, axis=axis, keepdims=True)
        print(r.shape)
        vals("S", r)
show(lambda: np.linalg.norm(x, ord=3, axis=(0, 1)))
show(lambda: np.linalg.norm(x, ord=0))
show(lambda: np.linalg.norm(T, ord=2))
show(lambda: np.linalg.norm(T, axis=(0, 0)))
show(lambda: np.linalg.norm(np.eye(2, dtype=np.float16), ord=2))
""",
})

WRAPPER = r'''
import contextlib, io, json, sys
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
    p = subprocess.run([sys.executable, "-W", "ignore", "-c", WRAPPER], input=PRELUDE + code, capture_output=True, text=True, env=env, timeout=60)
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
