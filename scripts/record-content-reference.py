#!/usr/bin/env python3
"""Records what CPython + NumPy compute for the code content, as the oracle for our in-process engine.

    python3 scripts/record-content-reference.py [--root exercises] [--out tests/content/python-reference.json]

For every code_blank item (reference filling) and grading seed, and for every code exercise test (solution),
runs `SEED = <seed>`, the setup, then the program -- exactly like lib/content/code.ts runProgram -- and stores
the compared variables (in the engine's ExportedValue shape) and the program's stdout. Each entry carries a
SHA-256 of its setup + program so tests/content/python-reference.test.ts can tell a stale recording from an
engine bug. Only this script needs python3; the test suite never runs it. Re-run it after changing code content.
"""
import argparse
import contextlib
import hashlib
import io
import json
import math
import os
import platform
import sys

import numpy as np
import yaml

SEEDS = [0, 1, 2]  # lib/grading/code-blank.ts DEFAULT_SEEDS
BLANK = "____"


def source_hash(setup: str, program: str) -> str:
    return hashlib.sha256((setup + "\n#--\n" + program).encode("utf-8")).hexdigest()


def fill_template(template: str, fill: str) -> str:
    at = template.index(BLANK)
    return template[:at] + fill + template[at + len(BLANK):]


def num(x):
    x = float(x)
    if math.isnan(x) or math.isinf(x):
        raise ValueError(f"cannot record non-finite value {x}")
    return x


def export(v):
    """Python value -> the engine's ExportedValue (engine/python/interpreter.ts)."""
    if isinstance(v, np.ndarray):
        flat = v.ravel().tolist()
        data = [bool(x) if v.dtype == np.bool_ else (int(x) if v.dtype.kind in "iu" else num(x)) for x in flat]
        return {"py": "ndarray", "dtype": str(v.dtype), "shape": list(v.shape), "data": data}
    if isinstance(v, np.generic):
        x = v.item()
        return {"py": "scalar", "dtype": str(v.dtype), "value": x if isinstance(x, (bool, int)) else num(x)}
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, int):
        return v if abs(v) <= 2**53 else {"py": "int", "value": str(v)}
    if isinstance(v, float):
        return num(v)
    if isinstance(v, (list, tuple)):
        return {"py": "list" if isinstance(v, list) else "tuple", "items": [export(x) for x in v]}
    if isinstance(v, dict):
        return {"py": "dict", "entries": [[export(k), export(x)] for k, x in v.items()]}
    return {"py": "other", "type": type(v).__name__, "repr": repr(v)}


def stub_matplotlib():
    """The engine records plots instead of drawing; CPython here needs no matplotlib for the lab programs."""
    import types
    if "matplotlib" in sys.modules:
        return
    mpl, plt = types.ModuleType("matplotlib"), types.ModuleType("matplotlib.pyplot")
    plt.__getattr__ = lambda name: (lambda *a, **k: None)
    mpl.pyplot = plt
    sys.modules["matplotlib"], sys.modules["matplotlib.pyplot"] = mpl, plt


def run(setup: str, program: str, seed: int, compare, calls=()):
    stub_matplotlib()
    g = {"__name__": "__main__", "SEED": seed}
    exec(compile(setup, "setup.py", "exec"), g)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(compile(program, "program.py", "exec"), g)
    missing = [n for n in compare if n not in g]
    if missing:
        raise NameError(f"not defined: {', '.join(missing)}")
    out = {"values": {n: export(g[n]) for n in compare}, "stdout": buf.getvalue()}
    if calls:
        # Function-call tests (lib/exercises/run-tests.ts): `fn(args)` evaluated after the program.
        out["calls"] = [export(eval(f"{c['fn']}({c.get('args', '')})", g)) for c in calls]
    return out


def read(path: str) -> str:
    with open(path, encoding="utf-8") as f:
        return f.read()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default="exercises")
    ap.add_argument("--out", default=os.path.join("tests", "content", "python-reference.json"))
    args = ap.parse_args()

    out = {
        "recordedWith": {"python": platform.python_version(), "numpy": np.__version__},
        "seeds": SEEDS,
        "items": {},
        "exercises": {},
    }
    qdir = os.path.join(args.root, "questions")
    for slug in sorted(os.listdir(qdir)):
        f = os.path.join(qdir, slug, "item.yaml")
        if not os.path.isfile(f):
            continue
        item = yaml.safe_load(read(f))
        if item.get("kind") != "code_blank":
            continue
        a = item["answer"]
        # lib/content/schema.ts trims these strings (zod .trim()); so does this recorder.
        setup = a["setup"].strip()
        program = fill_template(item["template"].strip(), a["reference"].strip())
        out["items"][slug] = {
            "source": source_hash(setup, program),
            "compare": a["compare"],
            "runs": {str(s): run(setup, program, s, a["compare"]) for s in SEEDS},
        }
    cdir = os.path.join(args.root, "code")
    for slug in sorted(os.listdir(cdir)) if os.path.isdir(cdir) else []:
        d = os.path.join(cdir, slug)
        ex = yaml.safe_load(read(os.path.join(d, "exercise.yaml")))
        setup, solution = read(os.path.join(d, "setup.py")), read(os.path.join(d, "solution.py"))
        out["exercises"][slug] = {
            "source": source_hash(setup, solution),
            "tests": {t["name"]: {"seed": t["seed"], **run(setup, solution, t["seed"], t.get("compare", []), t.get("calls", []))} for t in ex["tests"]},
        }
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"recorded {len(out['items'])} code_blank item(s), {len(out['exercises'])} exercise(s) -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
