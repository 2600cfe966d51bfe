"""Record NumPy's float32 exp, log and tanh bit patterns (run: python3 tests/engine/ndarray/gen_f32math.py).

Writes ref_f32math.json: {"numpy": version, "<func>": [[input_bits, output_bits], ...]} with uint32 bit patterns.
Inputs: random values at several scales, every interval of the tanh table, and the edge cases (±0, ±inf, nan,
subnormals, overflow and underflow thresholds).
"""
import json, os
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261127)
f32 = np.float32


def bits(a):
    return np.asarray(a, dtype=f32).view(np.uint32).tolist()


def sample():
    parts = [
        rng.standard_normal(1200) * 3,
        rng.standard_normal(400) * 0.01,
        rng.uniform(-110, 95, 600),
        rng.uniform(-12, 12, 600),
        2.0 ** rng.uniform(-140, 120, 400) * rng.choice([-1, 1], 400),
    ]
    edges = [0.0, -0.0, np.inf, -np.inf, np.nan, 1e-45, -1e-45, 1e-40, 1.1754944e-38, 88.72283935546875,
             88.7228, 88.72284, -103.97208404541015625, -103.972, -87.3, 1.0, -1.0, 0.5, 2.0, 9.0, 9.1, -9.01, 1e30,
             -1e30, 3.4028235e38, 0.70710677, 0.7071068, 1.4142135]
    x = np.concatenate([p.astype(f32) for p in parts] + [np.array(edges, dtype=f32)])
    return x


x = sample()
out = {"numpy": np.__version__}
with np.errstate(all="ignore"):
    for name, fn in (("exp", np.exp), ("log", np.log), ("tanh", np.tanh)):
        xs = np.abs(x) if name == "log" else x
        xs = np.concatenate([xs, x[:200]]) if name == "log" else xs  # a few negatives for log too
        ys = fn(xs)
        out[name] = [list(p) for p in zip(bits(xs), bits(ys))]
with open(os.path.join(HERE, "ref_f32math.json"), "w") as fh:
    json.dump(out, fh, separators=(",", ":"))
print({k: len(v) for k, v in out.items() if k != "numpy"})
