"""Generate NumPy reference results for tests/engine/ndarray (run: python3 tests/engine/ndarray/gen_ref.py).

Writes ref_print.json and ref_ops.json next to this file. Array specs are
{"dtype": str, "shape": [...], "data": [flat values]} with nan/inf/-0.0 encoded as strings.
"""
import json, os, warnings
import numpy as np
from ref_encoding import enc, spec

warnings.simplefilter("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(1234)


def result(r):
    if isinstance(r, np.ndarray):
        return {"array": spec(r), "repr": repr(r)}
    if isinstance(r, np.generic):
        return {"scalar": str(r.dtype), "value": enc(r.item()), "repr": repr(r)}
    if isinstance(r, (tuple, list)):
        return {"tuple": [result(x) for x in r]}
    if isinstance(r, (int, float, bool)):
        return {"py": enc(r)}
    raise TypeError(type(r))


# ---------------------------------------------------------------- printing cases
print_arrays = []
def P(a):
    print_arrays.append(np.asarray(a))

P(np.array([1.0, 2.5]))
P(np.array([1.0, 2.0]))
P(np.array([0.1, 0.2, 0.1 + 0.2]))
P(np.array([1e-5, 1.0]))
P(np.array([1.5e-5, 1.0]))
P(np.array([1e-5, 1.0, np.nan, -np.inf]))
P(np.array([np.nan, np.inf]))
P(np.array([np.nan]))
P(np.array([-0.0, 0.0]))
P(np.array([1e8, 1.0]))
P(np.array([1e7, 1.0]))
P(np.array([1e16, -2.5]))
P(np.array([123456789.123, 1.0]))
P(np.array([1000.0, 1.0]))
P(np.array([1001.0, 1.0]))
P(np.array([0.0001, 1.0]))
P(np.array([0.00011, 0.1]))
P(np.array([1e-300, 1e300]))
P(np.array([5e-324, 1.0]))
P(np.array([2.0 ** -9]))
P(np.array([0.001953125, 1.0]))
P(np.array([1234567885.0, 1.0]))
P(np.array([0.5, 1.5, 2.5]) * 1e-9)
P(np.array(3.0))
P(np.array(0.5))
P(np.array(5))
P(np.array(True))
P(np.array(np.nan))
P(np.array([], dtype=np.float64))
P(np.zeros((0, 3)))
P(np.zeros((2, 0)))
P(np.array([], dtype=np.int32))
P(np.array([True, False, True]))
P(np.array([True, True]))
P(np.array([[True], [False]]))
P(np.arange(12).reshape(3, 4))
P(np.arange(-5, 5))
P(np.arange(24).reshape(2, 3, 4))
P(np.arange(48).reshape(2, 2, 3, 4))
P(np.arange(10, dtype=np.int32))
P(np.arange(10, dtype=np.uint8))
P(np.array([255, 0, 7], dtype=np.uint8))
P(np.arange(2000))
P(np.arange(2000.0))
P(np.arange(3000).reshape(30, 100))
P(np.arange(1001 * 2).reshape(2, 1001) * 0.5)
P(np.arange(40.0).reshape(2, 20) / 7)
P(np.linspace(0, 1, 30))
P(np.linspace(-1, 1, 30).reshape(5, 6))
P(np.linspace(0, 1e-3, 30))
P(np.array([1.0, 2.0], dtype=np.float32))
P(np.array([0.1, 0.2, 0.3], dtype=np.float32))
P(np.array([1 / 3, 2 / 3, 1e-5], dtype=np.float32))
P(np.array([3.14159265, 2.71828], dtype=np.float32))
P(np.array([16777217.0, 1.0], dtype=np.float32))
P(np.array([0.0001, 1.0], dtype=np.float32))
P(np.array([np.float32(0.0001), 1.0], dtype=np.float32))
P(np.array([[1.5, -2.25], [1e3, 4.0]]))
P(np.array([[-1.0, 2.0], [3.0, -4.0]]))
P(np.array([100.0, -0.001]))
P(np.array([1e-10, 1e10]))
P(np.array([12345.6789, 0.001]))
P(np.array([1.123456789, 22.1, 333.12345]))
P(np.array([-np.inf, 1.5]))
P(np.array([np.inf, -1.5]))
P(np.array([np.nan, -1e-7]))
P(np.arange(100.0) ** 3)
P(np.arange(-50, 50) * 1234567)
for shape in [(4,), (7,), (3, 4), (2, 3, 4), (5, 5), (12,), (16, 16), (3, 20), (2, 2, 2, 2)]:
    P(rng.standard_normal(shape))
    P(rng.standard_normal(shape).astype(np.float32))
    P(rng.standard_normal(shape) * 1e-5)
    P(rng.standard_normal(shape) * 1e6)
    P(np.round(rng.standard_normal(shape), 2))
    P(rng.integers(-1000, 1000, shape))
    P(rng.random(shape) > 0.5)
P(rng.standard_normal((40, 40)))
P(rng.standard_normal((11, 11, 11)))
P(rng.standard_normal((5, 300)))
P(np.tanh(rng.standard_normal((16, 1))))
P(np.exp(rng.standard_normal(8) * 30))
P(rng.standard_normal(20) * 10.0 ** rng.integers(-3, 3, 20))

print_cases = []
for a in print_arrays:
    print_cases.append({"a": spec(a), "repr": repr(a), "str": str(a)})

scalar_cases = []
for v in [np.float64(0.5), np.float64(1.0), np.float64(1e16), np.float64(1e15), np.float64(1e-5), np.float64(0.0001),
          np.float64(123456789.0), np.float64(0.1 + 0.2), np.float64(-0.0), np.float64(np.nan), np.float64(-np.inf),
          np.float64(1 / 3), np.float64(2.5e-300), np.float32(0.1), np.float32(1 / 3), np.float32(1e10), np.float32(16777216.0),
          np.float32(1e-5), np.float32(3.4e38), np.int64(3), np.int64(-42), np.int32(7), np.uint8(255), np.True_, np.False_]:
    scalar_cases.append({"dtype": str(v.dtype), "value": enc(v.item()), "repr": repr(v), "str": str(v)})

# ---------------------------------------------------------------- op cases
ops = []
inputs = []
input_ids = {}
keepalive = []
def O(fn, *args, **kw):
    """args: arrays or ('py', value) python scalars or ('np', dtype, value) numpy scalars"""
    def isp(x, t):
        return isinstance(x, tuple) and len(x) > 0 and isinstance(x[0], str) and x[0] == t
    def mk(x):
        if isinstance(x, tuple) and len(x) and isinstance(x[0], np.ndarray):
            return tuple(x)
        if isp(x, 'py'):
            return x[1]
        if isp(x, 'np'):
            return np.dtype(x[1]).type(x[2])
        return x
    def enc_arg(x):
        if isinstance(x, tuple) and len(x) and isinstance(x[0], np.ndarray):
            return {"list": [enc_arg(y) for y in x]}
        if isp(x, 'py'):
            return {"py": enc(x[1]), "pytype": type(x[1]).__name__}
        if isp(x, 'np'):
            return {"np": x[1], "value": enc(x[2])}
        if isinstance(x, np.ndarray) and x.size > 5000:
            return {"gen": "mod7919", "n": int(x.size)}
        if isinstance(x, np.ndarray) and x.ndim >= 2 and not x.flags.c_contiguous and x.T.flags.c_contiguous:
            r = enc_arg(x.T)
            r["T"] = True
            return r
        if isinstance(x, np.ndarray):
            if id(x) not in input_ids:
                input_ids[id(x)] = len(inputs)
                inputs.append(spec(x))
                keepalive.append(x)
            return {"ref": input_ids[id(x)]}
        return {"raw": x}
    try:
        f = fn if callable(fn) else None
        name = fn
        if isinstance(fn, str):
            f = eval(fn, {"np": np})
        r = f(*[mk(a) for a in args], **kw)
        res = result(r)
    except Exception as e:
        res = {"error": type(e).__name__, "message": str(e)}
    ops.append({"fn": name, "args": [enc_arg(a) for a in args], "kw": {k: (enc(v) if isinstance(v, float) else v) for k, v in kw.items()}, "result": res})

A = rng.standard_normal((3, 4))
B = rng.standard_normal((3, 4))
R = rng.standard_normal((4,))
C = rng.standard_normal((3, 1))
I = rng.integers(-10, 10, (3, 4))
J = rng.integers(1, 10, (3, 4))
U = rng.integers(0, 256, (6,)).astype(np.uint8)
F32 = rng.standard_normal((3, 4)).astype(np.float32)
I32 = rng.integers(-100, 100, (3, 4)).astype(np.int32)
Bo = rng.random((3, 4)) > 0.5
for name in ["np.add", "np.subtract", "np.multiply", "np.true_divide", "np.floor_divide", "np.mod", "np.power",
             "np.maximum", "np.minimum", "np.equal", "np.less", "np.greater_equal", "np.logical_and", "np.logical_xor", "np.arctan2"]:
    O(name, A, B)
    O(name, A, R)
    O(name, C, R)
    O(name, I, J)
    O(name, A, ('py', 2))
    O(name, ('py', 1.5), A)
    O(name, I, ('py', 3))
    O(name, I, ('py', 2.5))
    O(name, F32, ('py', 0.1))
    O(name, F32, A)
    O(name, I32, ('py', 7))
    O(name, I32, I)
    O(name, U, ('py', 3))
    O(name, U, U)
    O(name, F32, ('np', 'float64', 0.5))
    O(name, I32, ('np', 'int64', 3))
O("np.add", U, ('py', 256))
O("np.add", U, ('py', -1))
O("np.less", U, ('py', 256))
O("np.add", A, rng.standard_normal((4, 5)))
O("np.add", Bo, Bo)
O("np.multiply", Bo, Bo)
O("np.add", Bo, ('py', 1))
O("np.subtract", Bo, Bo)
O("np.bitwise_and", I, J)
O("np.bitwise_xor", U, U)
O("np.bitwise_or", Bo, Bo)
O("np.floor_divide", A * 10, ('py', -3.0))
O("np.mod", A * 10, ('py', -3.0))
O("np.mod", I, ('py', -3))
O("np.floor_divide", I, ('py', -3))
O("np.power", I, ('py', -1))
O("np.power", A, ('py', 0.5))
O("np.true_divide", I, J)
for name in ["np.exp", "np.log", "np.sqrt", "np.square", "np.tanh", "np.cosh", "np.sinh", "np.sin", "np.cos", "np.tan",
             "np.arctan", "np.abs", "np.sign", "np.negative", "np.floor", "np.ceil", "np.round", "np.isnan", "np.isfinite",
             "np.isinf", "np.log1p", "np.expm1", "np.rint", "np.trunc", "np.reciprocal", "np.log10", "np.log2"]:
    O(name, A)
    O(name, F32)
    O(name, I)
    O(name, np.array([0.0, -1.0, np.inf, np.nan, 1e300, -2.5, 2.5, 0.5, -0.5]))
O("np.round", A * 100, decimals=1)
O("np.round", A * 100, decimals=-1)
O("np.round", np.array([0.125, 0.375, 2.675, -1.005]), decimals=2)
O("np.round", F32, decimals=3)
O("np.round", I * 123, decimals=-2)
O("np.clip", A, ('py', -0.5), ('py', 0.5))
O("np.clip", I, ('py', -3), ('py', 3))
O("np.clip", U, ('py', 10), ('py', 100))
O("np.clip", F32, ('py', -0.5), ('py', 0.5))
O("np.where", A > 0, A, B)
O("np.where", A > 0, A, ('py', 0))
O("np.where", I > 0, I, ('py', 0))
O("np.where", I > 0, I, ('py', 0.5))
O("np.where", A > 0)

# reductions
big = rng.standard_normal(1000)
big2 = rng.standard_normal((37, 53))
big3 = rng.standard_normal((6, 7, 8))
for name in ["np.sum", "np.mean", "np.max", "np.min", "np.argmax", "np.argmin", "np.prod", "np.std", "np.var", "np.all", "np.any", "np.cumsum"]:
    for arr in [A, I, Bo, big, big2, big3, F32, I32, U]:
        O(name, arr)
        if arr.ndim >= 2:
            O(name, arr, axis=0)
            O(name, arr, axis=1)
            O(name, arr, axis=-1)
            if name not in ("np.argmax", "np.argmin", "np.cumsum"):
                O(name, arr, axis=0, keepdims=True)
                O(name, arr, axis=(0, 1))
        if arr.ndim == 3 and name not in ("np.argmax", "np.argmin", "np.cumsum"):
            O(name, arr, axis=(0, 2))
            O(name, arr, axis=(1, 2))
O("np.sum", big2.T)
O("np.sum", big2.T, axis=0)
O("np.sum", big2[:, ::2])
O("np.sum", big2[::2], axis=1)
O("np.sum", ((np.arange(100000) * 7919) % 1000) / 37.0 - 13.5)
O("np.mean", ((np.arange(10000) * 7919) % 1000) / 37.0 - 13.5)
O("np.std", A, ddof=1)
O("np.var", A, axis=0, ddof=1)
O("np.max", np.array([1.0, np.nan, 3.0]))
O("np.argmax", np.array([1.0, np.nan, 3.0]))
O("np.argmax", np.array([3, 1, 3]))
O("np.max", np.zeros((0,)))
O("np.sum", np.zeros((0,)))
O("np.mean", np.arange(10, dtype=np.int32))
O("np.sum", np.arange(10, dtype=np.uint8))
O("np.cumsum", I, axis=0)
O("np.cumsum", A, axis=1)
O("np.cumprod", J)

# linalg
M1 = rng.standard_normal((2, 3)); M2 = rng.standard_normal((3, 4)); v3 = rng.standard_normal(3); v4 = rng.standard_normal(4)
T3 = rng.standard_normal((2, 3, 4)); T4 = rng.standard_normal((2, 4, 5))
O("np.dot", M1, M2); O("np.dot", v3, v3); O("np.dot", M1, v3); O("np.dot", v3, M2); O("np.dot", M1, M1)
O("np.dot", T3, v4); O("np.dot", T3, rng.standard_normal((4, 2))); O("np.dot", ('py', 2), M1)
O("np.matmul", M1, M2); O("np.matmul", M1, M1); O("np.matmul", T3, T4); O("np.matmul", v3, M2); O("np.matmul", M2, v4)
O("np.matmul", T3, v4); O("np.matmul", rng.standard_normal((1, 3, 4)), rng.standard_normal((5, 4, 2)))
O("np.matmul", I, J.T); O("np.matmul", F32, F32.T)
O("np.outer", v3, v4); O("np.inner", v3, v3); O("np.inner", M1, M1)
O("np.linalg.norm", A); O("np.linalg.norm", v3); O("np.linalg.norm", A, axis=0); O("np.linalg.norm", A, axis=1, keepdims=True)
O("np.linalg.norm", v3, ord=1); O("np.linalg.norm", v3, ord=np.inf); O("np.linalg.norm", A, ord=1); O("np.linalg.norm", A, ord=np.inf)
O("np.linalg.norm", A, ord=2); O("np.linalg.norm", A, 'fro'); O("np.linalg.norm", I)
S = rng.standard_normal((4, 4))
O("np.linalg.det", S); O("np.linalg.inv", S); O("np.linalg.solve", S, v4)
O("np.tensordot", T3, T4, axes=([2], [1]))
O("np.tensordot", M1, M1, axes=2)

# shape ops
X = np.arange(24).reshape(2, 3, 4)
O("np.reshape", X, (4, 6)); O("np.reshape", X, (-1, 4)); O("np.reshape", X, (5,)); O("np.reshape", X, (-1,))
O("np.transpose", X); O("np.transpose", X, (1, 0, 2)); O("np.swapaxes", X, 0, 2); O("np.moveaxis", X, 0, -1)
O("np.squeeze", np.zeros((1, 3, 1))); O("np.squeeze", np.zeros((1, 3, 1)), axis=0); O("np.expand_dims", X, 1)
O("np.concatenate", (X, X), axis=1); O("np.concatenate", (X, X), axis=None); O("np.concatenate", (A, B))
O("np.concatenate", (A, I)); O("np.concatenate", (A, np.zeros((2, 3))))
O("np.stack", (A, B)); O("np.stack", (A, B), axis=2); O("np.vstack", (v3, v3)); O("np.hstack", (v3, v4)); O("np.hstack", (A, B))
O("np.split", np.arange(9), 3); O("np.split", np.arange(10), [2, 5]); O("np.array_split", np.arange(10), 3); O("np.hsplit", A, 2)
O("np.split", np.arange(10), 3)
O("np.append", A, B); O("np.append", A, B, axis=0); O("np.delete", np.arange(6), 2); O("np.delete", A, 1, axis=1)
O("np.insert", np.arange(5), 2, ('py', 99))
O("np.pad", np.arange(6).reshape(2, 3), 1); O("np.pad", np.arange(6).reshape(2, 3), ((1, 0), (0, 2)))
O("np.pad", np.arange(4.0), (2, 3), constant_values=7)
O("np.repeat", np.arange(3), 2); O("np.repeat", A, 2, axis=0); O("np.tile", np.arange(3), 2); O("np.tile", A, (2, 1))
O("np.tile", np.arange(3), (2, 2))
O("np.flip", X); O("np.flip", X, axis=1); O("np.fliplr", A); O("np.flipud", A)
O("np.sort", A); O("np.sort", A, axis=0); O("np.sort", I, axis=None); O("np.argsort", A); O("np.argsort", np.array([3, 1, 2, 1, 3]))
O("np.sort", np.array([3.0, np.nan, 1.0, -np.inf]))
O("np.unique", np.array([3, 1, 2, 1, 3])); O("np.unique", np.array([3, 1, 2, 1, 3]), return_counts=True)
O("np.unique", I)
O("np.packbits", np.array([1, 0, 1, 1, 0, 0, 0, 1, 1], dtype=np.uint8))
O("np.packbits", (rng.random((3, 10)) > 0.5), axis=1)
O("np.unpackbits", np.array([5, 255, 128], dtype=np.uint8))
O("np.unpackbits", np.array([[5], [255]], dtype=np.uint8), axis=1)
O("np.roll", np.arange(10), 3); O("np.roll", A, -1, axis=1)
O("np.diag", v3); O("np.diag", A); O("np.diag", A, 1); O("np.triu", S); O("np.tril", S, -1)
O("np.arange", ('py', 5)); O("np.arange", ('py', 0.0), ('py', 1.0), ('py', 0.1)); O("np.arange", ('py', 1), ('py', 10), ('py', 3))
O("np.arange", ('py', 10), ('py', 0), ('py', -3)); O("np.arange", ('py', 0.5), ('py', 3))
O("np.arange", ('py', -1.0), ('py', 1.0), ('py', 0.3))
O("np.linspace", ('py', 0), ('py', 1), ('py', 11)); O("np.linspace", ('py', -3.3), ('py', 7.1), ('py', 13))
O("np.linspace", ('py', 0), ('py', 1), ('py', 10), endpoint=False); O("np.linspace", ('py', 2), ('py', 2), ('py', 1))
O("np.eye", ('py', 3)); O("np.eye", ('py', 3), ('py', 4), k=1); O("np.identity", ('py', 2))

json.dump({"print": print_cases, "scalars": scalar_cases}, open(os.path.join(HERE, "ref_print.json"), "w"))
json.dump({"inputs": inputs, "ops": ops}, open(os.path.join(HERE, "ref_ops.json"), "w"))
print(len(print_cases), "print cases,", len(ops), "op cases")
