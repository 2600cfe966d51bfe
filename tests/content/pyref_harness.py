# Runs code_blank items and code exercises with CPython + NumPy (reference check for the content bank).
# stdin: JSON list of jobs {id, setup, programs: {name: code}, compare, rtol, atol, seed, reference}
# stdout: JSON {id: {name: "equal" | "different" | "error: ..."}}
import json, sys, io, contextlib, traceback
import numpy as np

def run(setup, code, seed, compare, stdout):
    g = {"__name__": "__main__", "SEED": seed}
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(compile(setup, "setup.py", "exec"), g)
        exec(compile(code, "code.py", "exec"), g)
    out = {}
    for name in compare:
        if name not in g:
            raise NameError(f"variable {name} not defined")
        out[name] = g[name]
    if stdout:
        out["<stdout>"] = buf.getvalue()
    return out

def same(a, b, rtol, atol):
    for k in a:
        x, y = a[k], b.get(k)
        if isinstance(x, str) or isinstance(y, str):
            if x != y: return False
            continue
        x, y = np.asarray(x), np.asarray(y)
        if x.shape != y.shape: return False
        if not np.allclose(x, y, rtol=rtol, atol=atol): return False
    return True

jobs = json.load(sys.stdin)
result = {}
for job in jobs:
    res = {}
    try:
        ref = run(job["setup"], job["programs"][job["reference"]], job["seed"], job["compare"], job.get("stdout", False))
    except Exception as e:
        res[job["reference"]] = "error: reference failed: " + "".join(traceback.format_exception_only(type(e), e)).strip()
        result[job["id"]] = res
        continue
    for name, code in job["programs"].items():
        try:
            out = run(job["setup"], code, job["seed"], job["compare"], job.get("stdout", False))
            res[name] = "equal" if same(ref, out, job["rtol"], job["atol"]) else "different"
        except Exception as e:
            res[name] = "error: " + "".join(traceback.format_exception_only(type(e), e)).strip()
    result[job["id"]] = res
print(json.dumps(result))
