// sys, google.colab and other tiny stub modules.
import { PyModule, PyList, PyBuiltin, PyInstance, PyType, PyTuple, PyDict } from "../objects/core";
import { objectType } from "../objects/types";
import { CTX } from "../context";
import { str } from "../objects/ops";
import { exc, SystemExit, RecursionError, valueError, overflowError } from "../errors";
import { RT } from "../limits";
import { toIndex } from "../objects/ops/numbers";

const streamType = new PyType("TextIOWrapper", [objectType]);
streamType.module = "_io";
function stream(name: "stdout" | "stderr"): PyInstance {
  const s = new PyInstance(streamType);
  (s as any).stream = name;
  s.dict.set(
    "write",
    new PyBuiltin("write", (a) => {
      const t = str(a[0]);
      CTX.write(name, t);
      return t.length;
    }),
  );
  s.dict.set("flush", new PyBuiltin("flush", () => null));
  return s;
}

export function makeSys(): PyModule {
  const m = new PyModule("sys");
  m.dict.set("path", new PyList(["/content", "/usr/lib/python3.11"]));
  m.dict.set("argv", new PyList([""]));
  m.dict.set("stdout", stream("stdout"));
  m.dict.set("stderr", stream("stderr"));
  // the CPython and NumPy versions the engine is held to (tests/engine/corpus/VERSIONS.json)
  m.dict.set("version", "3.11.7 (kakunin sandbox)");
  m.dict.set("version_info", new PyTuple([3, 11, 7, "final", 0]));
  m.dict.set("platform", "linux");
  m.dict.set("maxsize", 9223372036854775807n);
  m.dict.set("modules", new PyDict());
  m.dict.set(
    "exit",
    new PyBuiltin("exit", (a) => {
      throw exc(SystemExit, a[0]);
    }),
  );
  // the exception being handled; its traceback is None, as the engine's __traceback__ is
  m.dict.set(
    "exc_info",
    new PyBuiltin("exc_info", () => {
      const cur = CTX.excStack[CTX.excStack.length - 1];
      return new PyTuple(cur ? [cur.cls, cur, null] : [null, null, null]);
    }),
  );
  m.dict.set("getrecursionlimit", new PyBuiltin("getrecursionlimit", () => RT.maxDepth));
  m.dict.set("setrecursionlimit", new PyBuiltin("setrecursionlimit", (a) => setRecursionLimit(a[0])));
  return m;
}

/**
 * CPython's checks, then the new limit for the rest of the run. Recursion deeper than the host's stack allows still
 * ends in RecursionError (the interpreter turns a JS stack overflow into one), never in a crash.
 */
function setRecursionLimit(v: unknown): null {
  const n = toIndex(v);
  if (n < 1) throw valueError("recursion limit must be greater or equal than 1");
  if (n > 2 ** 31 - 1) throw overflowError("Python int too large to convert to C int");
  const depth = RT.depth + 1; // the call to setrecursionlimit counts, as in CPython
  if (depth >= n) throw exc(RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`);
  RT.maxDepth = n;
  return null;
}

export function makeColab(): PyModule {
  const m = new PyModule("google.colab");
  const drive = new PyModule("google.colab.drive");
  drive.dict.set("mount", new PyBuiltin("mount", () => null));
  drive.dict.set("flush_and_unmount", new PyBuiltin("flush_and_unmount", () => null));
  m.dict.set("drive", drive);
  return m;
}
