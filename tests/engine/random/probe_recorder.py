"""Runs each probe program (a prelude + its code) in a fresh python3 and writes the outputs as JSON.

Shared by the random recordings (distributions.record.py, integers.record.py); the tests never need Python.
"""
import json
import os
import platform
import subprocess
import sys

import numpy as np


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
