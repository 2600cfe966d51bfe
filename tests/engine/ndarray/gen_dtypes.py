"""NumPy reference results for tests/engine/ndarray/dtypes.test.ts (run: python3 tests/engine/ndarray/gen_dtypes.py).

Writes ref_dtypes.json: promotion of every dtype pair (np.promote_types and the dtype/values of array + array),
float16 rounding, casts between all dtypes, reductions of the small dtypes and float16, float32/float16 var/std.
"""
import json, os, warnings
import numpy as np
from ref_encoding import enc, spec

warnings.simplefilter("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261206)
DTYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float16", "float32", "float64"]


# small values that every dtype holds exactly (so the same inputs serve every pair)
SMALL = [0, 1, 2, 3, 5, 7, 100, 120]
promotion = []
for a in DTYPES:
    for b in DTYPES:
        x = np.array(SMALL, dtype=a)
        y = np.array(SMALL[::-1], dtype=b)
        rec = {"a": a, "b": b, "promote": str(np.promote_types(a, b))}
        for op in ["add", "multiply", "subtract", "true_divide", "maximum"]:
            try:
                rec[op] = spec(getattr(np, op)(x, y))
            except TypeError as e:
                rec[op] = {"error": type(e).__name__}
        promotion.append(rec)

# wrap-around arithmetic of the narrow integers, and weak Python scalars
wrap = []
for dt in ["int8", "uint8", "int16", "uint16", "int32", "uint32"]:
    info = np.iinfo(dt)
    x = np.array([info.min, info.min + 1, -1 if info.min < 0 else 0, 0, 1, info.max - 1, info.max], dtype=dt)
    wrap.append({"dtype": dt, "x": spec(x), "add1": spec(x + 1), "sub1": spec(x - 1), "mul": spec(x * x), "neg": spec(-x),
                 "mul3": spec(x * 3), "pow3": spec(x ** 3), "floordiv": spec(x // 3), "mod": spec(x % 7), "abs": spec(np.abs(x)),
                 "invert": spec(~x), "shl": spec(x << 3), "and": spec(x & 0x55), "min": int(info.min), "max": int(info.max)})

# float16 rounding of doubles and of float32 values
vals = np.concatenate([rng.standard_normal(400) * 10.0 ** rng.integers(-9, 6, 400),
                       [65504, 65519.99, 65520, 65536, 1e-8, 2.98e-8, 2.9802322387695312e-08, 5.96e-8, 6.1e-5,
                        6.103515625e-5, 0.1, 1 / 3, 2049, 2051, -0.0, 1e10, np.nan, np.inf, -np.inf]])
half = {"x": spec(vals), "h": spec(vals.astype(np.float16)), "hf": spec(vals.astype(np.float32).astype(np.float16))}

# casts between every pair of dtypes
CAST_IN = np.array([0.0, 1.0, -1.0, 2.5, -2.5, 127.0, 128.0, 255.0, 256.0, 300.7, -129.5, 32767.0, 40000.0, 65535.0,
                    70000.0, -70000.0, 2147483647.0, 3e9, -3e9, 1e10, 0.1, 65504.0])
casts = []
for a in DTYPES:
    src = CAST_IN.astype(a)
    casts.append({"src": spec(src), "out": {b: spec(src.astype(b)) for b in DTYPES}})

# reductions
M = rng.integers(-128, 128, (5, 7))
reductions = []
for dt in ["int8", "uint8", "int16", "uint16", "uint32", "float16"]:
    x = (M if dt != "uint32" else M + 4294967000).astype(dt) if dt != "float16" else (rng.standard_normal((5, 7)) * 3).astype(dt)
    for axis in [None, 0, 1]:
        rec = {"dtype": dt, "x": spec(x), "axis": axis}
        for f in ["sum", "prod", "mean", "max", "min", "var", "std", "cumsum"]:
            r = getattr(np, f)(x, axis=axis)
            rec[f] = spec(r)
        reductions.append(rec)

# float32 var/std (bit-exact), several sizes and layouts
variances = []
for shape in [(7,), (100,), (1000,), (3, 5), (40, 30), (9, 200)]:
    for dt in ["float32", "float16"]:
        x = (rng.standard_normal(shape) * 3 + 1).astype(dt)
        res = []
        for axis in [None] + list(range(len(shape))):
            for ddof in [0, 1]:
                res.append({"axis": axis, "ddof": ddof, "var": spec(np.var(x, axis=axis, ddof=ddof)),
                            "std": spec(np.std(x, axis=axis, ddof=ddof)), "mean": spec(np.mean(x, axis=axis))})
        variances.append({"x": spec(x), "results": res})

# float16 unary results (computed in float32, rounded to half) and the float result dtype of integer inputs
unary = []
for dt in ["bool", "int8", "uint8", "int16", "uint16", "uint32", "float16"]:
    x = np.array([0, 1, 2, 3, 7, 100], dtype=dt) if dt != "float16" else np.array([0.1, 0.5, 1.5, 2.0, 7.25, 100.0], dtype=dt)
    for f in ["sqrt", "exp", "log1p", "sin", "square", "negative", "rint", "floor"]:
        if dt == "bool" and f == "negative":
            continue
        unary.append({"dtype": dt, "f": f, "x": spec(x), "out": spec(getattr(np, f)(x))})

# float16 shortest repr / str
hs = np.concatenate([(rng.standard_normal(60) * 10.0 ** rng.integers(-6, 5, 60)).astype(np.float16),
                     np.array([0.1, 65504, 1000, 999, 1e-4, 6e-8, 1 / 3, 2049, -0.0], dtype=np.float16)])
scalars = [{"value": enc(v), "repr": repr(v), "str": str(v)} for v in hs]
arrays = []
for xs in [[0.1, 0.2, 0.3], [1e-5, 1], [60000.0, 1], [999, 1], [1000, 1], [1 / 3, 2 / 3], [np.nan, np.inf, 1], [1.5, 300.0],
           list(rng.standard_normal(12))]:
    a = np.array(xs, dtype=np.float16)
    arrays.append({"x": spec(a), "repr": repr(a), "str": str(a)})

json.dump({"dtypes": DTYPES, "promotion": promotion, "wrap": wrap, "half": half, "casts": casts, "reductions": reductions,
           "variances": variances, "unary": unary, "scalars": scalars, "arrays": arrays},
          open(os.path.join(HERE, "ref_dtypes.json"), "w"), separators=(",", ":"))
