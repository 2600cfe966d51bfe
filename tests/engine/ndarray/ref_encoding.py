"""How the reference recorders (gen_ref.py, gen_dtypes.py) write NumPy values as JSON: array specs are
{"dtype": str, "shape": [...], "data": [flat values]} with nan/inf/-0.0 as strings (tests/engine/ndarray/helpers.ts
decodes them)."""
import math

import numpy as np


def enc(v):
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    v = float(v)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    if v == 0 and math.copysign(1, v) < 0:
        return "-0"
    return v


def spec(a):
    a = np.asarray(a)
    return {"dtype": str(a.dtype), "shape": list(a.shape), "data": [enc(x) for x in a.ravel().tolist()]}
