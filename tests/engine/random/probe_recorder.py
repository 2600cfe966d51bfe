"""Runs each probe program (a prelude + its code) in a fresh python3 and writes the outputs as JSON.

Shared by the random recordings (distributions.record.py, integers.record.py); the tests never need Python.
"""
import json
import os
import platform
import subprocess
import sys

import numpy as np

# The probes' printer: an array's dtype, shape and values, a scalar's type and repr, or an exception's type and first line
SHOW = '''def show(f):
    try:
        r = f()
    except Exception as e:
        msg = str(e).splitlines()
        print(type(e).__name__ + ":", msg[0] if msg else "")
    else:
        if isinstance(r, np.ndarray):
            print(r.dtype, r.shape, r.tolist())
        else:
            print(type(r).__name__, repr(r))
'''


def run(prelude, code):
    env = dict(os.environ, PYTHONHASHSEED="0")
    p = subprocess.run([sys.executable, "-c", prelude + code], capture_output=True, text=True, env=env)
    error = None
    if p.returncode != 0:
        last = p.stderr.strip().splitlines()[-1]
        typ, _, msg = last.partition(": ")
        error = {"type": typ.split(".")[-1], "message": msg}
    return p.stdout, error


def record(out, prelude, probes):
    rows = []
    for name, code in probes.items():
        stdout, error = run(prelude, code)
        rows.append({"name": name, "code": code, "stdout": stdout, "error": error})
    rec = {"python": platform.python_version(), "numpy": np.__version__, "prelude": prelude, "probes": rows}
    with open(out, "w") as f:
        json.dump(rec, f, indent=1)
        f.write("\n")
    print(f"wrote {len(rows)} probes to {out}")
