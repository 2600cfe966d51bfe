#!/usr/bin/env python3
"""Record expected outputs for the engine's differential test corpus.

Runs every program ``tests/engine/corpus/<area>/<name>.py`` with the real
CPython + NumPy and writes ``<name>.expected.json`` next to it:

    {"stdout": "...", "exitCode": 0, "error": null}
    {"stdout": "...", "exitCode": 1,
     "error": {"type": "ValueError", "message": "...", "line": 3}}

A program whose first lines hold ``# corpus: traceback`` also gets ``stderr``: everything
it printed there (SyntaxWarnings and the traceback as the learner sees them, with the program's path
shortened to its file name, as the engine names it).

``error.type`` and ``error.message`` are what the traceback's last line shows
(``Type: message``); ``line`` is the program's line in the traceback's last
frame that is in the program (``inHelperModule: true`` is added when the error
was raised inside a course helper module called from that line).  Helper modules under ``tests/engine/corpus/_modules``
are importable (they are put on ``sys.path``).

Usage:
    python3 scripts/corpus-record.py                # record everything
    python3 scripts/corpus-record.py np_print rnn   # only paths containing these substrings
    python3 scripts/corpus-record.py --check        # verify recordings are up to date, write nothing

Refuses to run unless NumPy >= 2.  The versions used are written to
``tests/engine/corpus/VERSIONS.json``.  Tests never need Python: the
recordings are committed.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import platform
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "engine", "corpus")
MODULES = os.path.join(CORPUS, "_modules")
TIMEOUT_S = 120
# Host-access modules the engine's sandbox does not provide: a program importing
# one is recorded as raising ModuleNotFoundError, as it does in the engine.
# pickle too: the engine has none (a learner's pickle.dump(params, f) meets ModuleNotFoundError, never a silent no-op).
SANDBOX_BLOCKED_MODULES = ["os", "subprocess", "socket", "shutil", "ctypes", "pathlib", "multiprocessing", "pickle"]

# Runs a program as __main__ and reports an uncaught exception as JSON on a
# side file, so the type and the message are taken exactly as the traceback's
# last line shows them (multi-line messages included).
WRAPPER = r'''
import json, os, sys, traceback
path = sys.argv[1]
report = os.environ["CORPUS_REPORT"]
sys.argv = [path]
with open(path, encoding="utf-8") as f:
    source = f.read()
# The engine is a sandbox: modules that reach the host are absent there, so the
# program sees ModuleNotFoundError for them here too (only the program's own
# imports are affected, not NumPy's).
import builtins
BLOCKED = set(os.environ.get("CORPUS_BLOCKED_MODULES", "").split(","))
_real_import = builtins.__import__
def _sandbox_import(name, globals=None, locals=None, fromlist=(), level=0):
    if level == 0 and name.split(".")[0] in BLOCKED:
        raise ModuleNotFoundError(f"No module named {name.split('.')[0]!r}", name=name.split(".")[0])
    return _real_import(name, globals, locals, fromlist, level)
sandbox_builtins = dict(builtins.__dict__)
sandbox_builtins["__import__"] = _sandbox_import
g = {"__name__": "__main__", "__file__": path, "__builtins__": sandbox_builtins}
result = {"exitCode": 0, "error": None}
# `python3 program.py` runs the program's module at depth 1; here it is under this wrapper's module and the exec()
# call, so the recursion limit grows by those two (a RecursionError's "[Previous line repeated N more times]")
sys.setrecursionlimit(sys.getrecursionlimit() + 2)
try:
    code = compile(source, path, "exec")
    exec(code, g)
except SystemExit as e:
    result["exitCode"] = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
except BaseException as e:
    sys.stdout.flush()
    # what `python3 program.py` prints: the interpreter's own display (carets, "Did you mean"), without this
    # wrapper's frame
    # wrapper's frame (the display reads the exception's own __traceback__)
    if e.__traceback__ is not None:
        e.__traceback__ = e.__traceback__.tb_next
    sys.__excepthook__(type(e), e, e.__traceback__)
    last = traceback.format_exception_only(type(e), e)
    # Drop "add_note" lines; the header line is the first that starts a "Type" line.
    text = last[-1] if isinstance(e, SyntaxError) else last[0]
    text = text.rstrip("\n")
    tname = type(e).__name__
    qual = type(e).__module__ + "." + type(e).__qualname__
    message = text
    for prefix in (qual, type(e).__qualname__, tname):
        if message.startswith(prefix + ": "):
            message = message[len(prefix) + 2:]
            break
        if message == prefix:
            message = ""
            break
    line = None
    in_helper = False  # raised inside a course helper module, below the program's last frame
    if isinstance(e, SyntaxError) and e.filename == path:
        line = e.lineno
    else:
        for fr in traceback.extract_tb(e.__traceback__):
            if fr.filename == path:
                line = fr.lineno
                in_helper = False
            elif fr.filename.startswith(os.environ.get("CORPUS_MODULES", "//")):
                in_helper = True
    error = {"type": tname, "message": message, "line": line}
    if in_helper:
        error["inHelperModule"] = True
    result = {"exitCode": 1, "error": error}
sys.stdout.flush()
with open(report, "w", encoding="utf-8") as f:
    json.dump(result, f)
'''


def check_versions() -> dict:
    try:
        import numpy
    except ImportError:
        sys.exit("corpus-record: NumPy is not installed; refusing to record (need NumPy >= 2)")
    major = int(numpy.__version__.split(".")[0])
    py = platform.python_version()
    print(f"corpus-record: Python {py}, NumPy {numpy.__version__}")
    if major < 2:
        sys.exit(f"corpus-record: NumPy {numpy.__version__} < 2; refusing to record")
    if sys.version_info[:2] != (3, 11):
        print(f"corpus-record: warning: recording with Python {py}; the corpus targets CPython 3.11 semantics")
    return {"python": py, "numpy": numpy.__version__}


def find_programs(filters: list[str]) -> list[str]:
    out = []
    for dirpath, dirnames, filenames in os.walk(CORPUS):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(("_", ".")))
        for fn in sorted(filenames):
            if fn.endswith(".py") and not fn.startswith("_"):
                rel = os.path.relpath(os.path.join(dirpath, fn), CORPUS).replace(os.sep, "/")
                if not filters or any(f in rel for f in filters):
                    out.append(rel)
    return sorted(out)


def run_one(rel: str) -> dict:
    path = os.path.join(CORPUS, rel)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "PYTHONHASHSEED": "0",
        "PYTHONPATH": MODULES,
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "CORPUS_BLOCKED_MODULES": ",".join(SANDBOX_BLOCKED_MODULES),
        "CORPUS_MODULES": MODULES + os.sep,
        "PYTHONUTF8": "1",
        "LC_ALL": "C.UTF-8",
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        # NumPy's last digits depend on the OpenBLAS kernels it runs (vector and matrix products): this machine's
        # environment pins the Haswell ones (AVX2 + FMA; what CPUs without AVX-512 run too), the engine reproduces
        # those, and the recordings must not change with the CPU they are made on (this one would pick SkylakeX)
        "OPENBLAS_CORETYPE": "Haswell",
        "MKL_NUM_THREADS": "1",
    }
    with tempfile.TemporaryDirectory(prefix="corpus-") as tmp:
        report = os.path.join(tmp, "report.json")
        env["CORPUS_REPORT"] = report
        try:
            proc = subprocess.run(
                [sys.executable, "-s", "-c", WRAPPER, path],
                cwd=tmp, env=env, capture_output=True, timeout=TIMEOUT_S,
            )
        except subprocess.TimeoutExpired:
            raise RuntimeError(f"{rel}: timed out after {TIMEOUT_S}s")
        stdout = proc.stdout.decode("utf-8")
        if not os.path.exists(report):
            raise RuntimeError(f"{rel}: interpreter crashed (rc={proc.returncode}):\n{proc.stderr.decode()}")
        with open(report, encoding="utf-8") as f:
            result = json.load(f)
    stderr = proc.stderr.decode("utf-8")
    rec = {
        "stdout": stdout,
        "exitCode": result["exitCode"],
        "error": result["error"],
        "_stderr": stderr,
    }
    with open(path, encoding="utf-8") as f:
        head = f.read().split("\n")[:10]
    if any(line.strip().startswith("# corpus:") and "traceback" in line for line in head):
        rec["stderr"] = stderr.replace(path, os.path.basename(path))
    return rec


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("filters", nargs="*", help="only programs whose path contains one of these")
    ap.add_argument("--check", action="store_true", help="verify that recordings are up to date; write nothing")
    ap.add_argument("-j", "--jobs", type=int, default=max(1, min(4, os.cpu_count() or 1)))
    ap.add_argument("-v", "--verbose", action="store_true", help="show stderr of programs that raised")
    args = ap.parse_args()

    versions = check_versions()
    programs = find_programs(args.filters)
    if not programs:
        print("corpus-record: no programs found")
        return 1

    failures = 0
    stale = 0
    counts: dict[str, int] = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = {rel: pool.submit(run_one, rel) for rel in programs}
        for rel in programs:
            try:
                rec = futures[rel].result()
            except Exception as e:  # noqa: BLE001
                print(f"FAIL {e}")
                failures += 1
                continue
            area = rel.split("/")[0]
            counts[area] = counts.get(area, 0) + 1
            stderr = rec.pop("_stderr")
            if rec["error"] and args.verbose:
                print(f"--- {rel} raised:\n{stderr}")
            out_path = os.path.join(CORPUS, rel[:-3] + ".expected.json")
            text = json.dumps(rec, indent=2, ensure_ascii=False) + "\n"
            old = None
            if os.path.exists(out_path):
                with open(out_path, encoding="utf-8") as f:
                    old = f.read()
            if old != text:
                stale += 1
                if args.check:
                    print(f"STALE {rel}")
                else:
                    with open(out_path, "w", encoding="utf-8") as f:
                        f.write(text)
                    print(f"wrote {rel[:-3]}.expected.json" + (f"  [{rec['error']['type']}]" if rec["error"] else ""))

    # Orphaned recordings (program removed or renamed).
    if not args.filters:
        wanted = {p[:-3] + ".expected.json" for p in programs}
        for dirpath, dirnames, filenames in os.walk(CORPUS):
            for fn in filenames:
                if fn.endswith(".expected.json"):
                    rel = os.path.relpath(os.path.join(dirpath, fn), CORPUS).replace(os.sep, "/")
                    if rel not in wanted:
                        stale += 1
                        if args.check:
                            print(f"ORPHAN {rel}")
                        else:
                            os.remove(os.path.join(dirpath, fn))
                            print(f"removed orphan {rel}")

    if not args.check:
        vpath = os.path.join(CORPUS, "VERSIONS.json")
        with open(vpath, "w", encoding="utf-8") as f:
            json.dump(versions, f, indent=2)
            f.write("\n")

    print("corpus-record: " + ", ".join(f"{a}={n}" for a, n in sorted(counts.items())))
    print(f"corpus-record: {len(programs)} programs, {stale} {'stale' if args.check else 'changed'}, {failures} failed to run")
    if failures or (args.check and stale):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
