// Python exception hierarchy and helpers to raise them from TypeScript.
import { PyType, PyExcObj } from "./objects/core";
import { objectType } from "./objects/types";
import { BUILTIN_NAMES } from "./cpython-builtins";

export const excTypes = new Map<string, PyType>();
function mk(name: string, base: PyType | null): PyType {
  const t = new PyType(name, [base ?? objectType]);
  t.isException = true;
  excTypes.set(name, t);
  return t;
}
export const BaseException = mk("BaseException", null);
export const SystemExit = mk("SystemExit", BaseException);
export const KeyboardInterrupt = mk("KeyboardInterrupt", BaseException);
export const GeneratorExit = mk("GeneratorExit", BaseException);
export const Exception = mk("Exception", BaseException);
export const ArithmeticError = mk("ArithmeticError", Exception);
export const ZeroDivisionError = mk("ZeroDivisionError", ArithmeticError);
export const OverflowError = mk("OverflowError", ArithmeticError);
export const FloatingPointError = mk("FloatingPointError", ArithmeticError);
export const AssertionError = mk("AssertionError", Exception);
export const AttributeError = mk("AttributeError", Exception);
export const EOFError = mk("EOFError", Exception);
export const ImportError = mk("ImportError", Exception);
export const ModuleNotFoundError = mk("ModuleNotFoundError", ImportError);
export const LookupError = mk("LookupError", Exception);
export const IndexError = mk("IndexError", LookupError);
export const KeyError = mk("KeyError", LookupError);
export const MemoryError = mk("MemoryError", Exception);
export const NameError = mk("NameError", Exception);
export const UnboundLocalError = mk("UnboundLocalError", NameError);
export const OSError = mk("OSError", Exception);
export const FileNotFoundError = mk("FileNotFoundError", OSError);
export const PermissionError = mk("PermissionError", OSError);
export const TimeoutError = mk("TimeoutError", OSError);
export const RuntimeError = mk("RuntimeError", Exception);
export const NotImplementedError = mk("NotImplementedError", RuntimeError);
export const RecursionError = mk("RecursionError", RuntimeError);
export const StopIteration = mk("StopIteration", Exception);
export const SyntaxError = mk("SyntaxError", Exception);
export const IndentationError = mk("IndentationError", SyntaxError);
export const TabError = mk("TabError", IndentationError);
export const SystemError = mk("SystemError", Exception);
export const TypeError = mk("TypeError", Exception);
export const ValueError = mk("ValueError", Exception);
export const UnicodeError = mk("UnicodeError", ValueError);
export const Warning = mk("Warning", Exception);
export const UserWarning = mk("UserWarning", Warning);
export const DeprecationWarning = mk("DeprecationWarning", Warning);
export const RuntimeWarning = mk("RuntimeWarning", Warning);
// the rest of CPython's builtin classes that need nothing beyond their base (warnings.filterwarnings(category=…),
// except clauses)
for (const n of [
  "SyntaxWarning",
  "FutureWarning",
  "PendingDeprecationWarning",
  "ImportWarning",
  "UnicodeWarning",
  "BytesWarning",
  "ResourceWarning",
  "EncodingWarning",
])
  mk(n, Warning);
for (const n of ["BufferError", "ReferenceError", "StopAsyncIteration"]) mk(n, Exception);
const ConnectionError = mk("ConnectionError", OSError);
for (const n of ["BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError"]) mk(n, ConnectionError);
for (const n of [
  "BlockingIOError",
  "ChildProcessError",
  "FileExistsError",
  "InterruptedError",
  "IsADirectoryError",
  "NotADirectoryError",
  "ProcessLookupError",
])
  mk(n, OSError);
// numpy-specific
export const UFuncTypeError = mk("UFuncTypeError", TypeError);
export const AxisError = new PyType("AxisError", [ValueError, IndexError]);
AxisError.isException = true;
excTypes.set("AxisError", AxisError);
export const LinAlgError = mk("LinAlgError", ValueError);
// the modules NumPy 2 defines them in (they show in tracebacks: "numpy.exceptions.AxisError: axis 2 is out of bounds ...")
UFuncTypeError.module = "numpy._core._exceptions";
// NumPy's _display_as_base: type(e).__name__ is "UFuncTypeError", the traceback shows "_UFuncOutputCastingError"
export const UFuncOutputCastingError = mk("_UFuncOutputCastingError", UFuncTypeError);
UFuncOutputCastingError.module = "numpy._core._exceptions";
UFuncOutputCastingError.name = "UFuncTypeError";
UFuncOutputCastingError.qualname = "_UFuncOutputCastingError";
AxisError.module = "numpy.exceptions";
LinAlgError.module = "numpy.linalg";

export function exc(t: PyType, msg?: any): PyExcObj {
  return new PyExcObj(t, msg === undefined ? [] : [msg]);
}
export const typeError = (m: string) => exc(TypeError, m);
export const valueError = (m: string) => exc(ValueError, m);
export const indexError = (m: string) => exc(IndexError, m);
export const attrError = (m: string) => exc(AttributeError, m);
export const nameError = (n: string) => {
  // a builtin CPython has but this engine lacks (bytes, complex, …): not the learner's mistake
  if (BUILTIN_NAMES.includes(n)) return exc(NotImplementedError, `the builtin '${n}' is not supported by this engine`);
  const e = exc(NameError, `name '${n}' is not defined`);
  e.dict.set("name", n);
  return e;
};
export const zeroDiv = (m: string) => exc(ZeroDivisionError, m);
export const overflowError = (m: string) => exc(OverflowError, m);
export const memoryError = (m = "") => exc(MemoryError, m || undefined);
