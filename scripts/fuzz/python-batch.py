#!/usr/bin/env python3
"""Runs many small programs in one CPython + NumPy process (for npm run fuzz:engine).

Reads a JSON list of sources on stdin; prints a JSON list of recordings in the corpus's format
({stdout, exitCode, error: {type, message, line} | null}), one per program, each run in a fresh namespace.
"""
import contextlib, io, json, sys, traceback
import numpy  # noqa: F401  (imported once for every program)

def run(source):
    out = io.StringIO()
    g = {"__name__": "__main__"}
    error = None
    with contextlib.redirect_stdout(out):
        try:
            exec(compile(source, "<fuzz>", "exec"), g)
        except BaseException as e:  # a program may raise anything; it is recorded, not propagated
            last = traceback.format_exception_only(type(e), e)[-1 if isinstance(e, SyntaxError) else 0].rstrip("\n")
            name = type(e).__name__
            message = last[len(name) + 2:] if last.startswith(name + ": ") else ("" if last == name else last)
            line = None
            for fr in traceback.extract_tb(e.__traceback__):
                if fr.filename == "<fuzz>":
                    line = fr.lineno
            error = {"type": name, "message": message, "line": line}
    return {"stdout": out.getvalue(), "exitCode": 1 if error else 0, "error": error}

json.dump([run(s) for s in json.load(sys.stdin)], sys.stdout)
