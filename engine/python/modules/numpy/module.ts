// Builds the `numpy` module: its types and constants, np.random, and the functions of each concern.
import { NPScalar } from "../../../ndarray/index";
import { PyModule, PyFloat } from "../../objects/core";
import { excTypes } from "../../errors";
import { scalarTypes } from "./conv";
import { lazyNumpy, lazyParts } from "./lazy";
import { ndarrayType, genericType, dtypeType, ufuncType } from "./types";
import { guardStrArrays } from "./str-arrays";
import { awaitMoreNames, MORE_LINALG_NAMES, MORE_NUMPY_NAMES, numpyMore } from "./deferred";

import { addUfuncs } from "./ufuncs";
import { addElementwise } from "./elementwise";
import { addErrstate } from "./errstate";
import { addFileFunctions } from "./file-io";

export function makeNumpy(): PyModule {
  const m = new PyModule("numpy");
  m.missing = (name: string) => lazyParts.missing?.(name);
  const d = m.dict;
  d.set("ndarray", ndarrayType);
  d.set("generic", genericType);
  d.set("dtype", dtypeType);
  d.set("ufunc", ufuncType);
  for (const [dt, t] of scalarTypes) d.set(dt === "bool" ? "bool_" : t.name, t);
  d.set("bool", scalarTypes.get("bool"));
  d.set("double", scalarTypes.get("float64"));
  d.set("single", scalarTypes.get("float32"));
  d.set("int_", scalarTypes.get("int64"));
  d.set("long", scalarTypes.get("int64"));
  d.set("ulong", scalarTypes.get("uint64"));
  d.set("intp", scalarTypes.get("int64"));
  d.set("ubyte", scalarTypes.get("uint8"));
  d.set("byte", scalarTypes.get("int8"));
  d.set("short", scalarTypes.get("int16"));
  d.set("ushort", scalarTypes.get("uint16"));
  d.set("uintc", scalarTypes.get("uint32"));
  d.set("intc", scalarTypes.get("int32"));
  d.set("uint", scalarTypes.get("uint64"));
  d.set("uintp", scalarTypes.get("uint64"));
  // np.longlong, np.ulonglong and np.longdouble are left out: in NumPy they are classes of their own (repr
  // <class 'numpy.longlong'>), which an alias of int64 would misprint
  d.set("half", scalarTypes.get("float16"));
  d.set("floating", genericType);
  d.set("integer", genericType);
  d.set("number", genericType);
  d.set("pi", new PyFloat(Math.PI));
  d.set("e", new PyFloat(Math.E));
  d.set("euler_gamma", new PyFloat(0.5772156649015329));
  d.set("inf", new PyFloat(Infinity));
  d.set("nan", new PyFloat(NaN));
  d.set("newaxis", null);
  d.set("True_", new NPScalar("bool", 1));
  d.set("False_", new NPScalar("bool", 0));
  d.set("__version__", "2.4.6"); // the NumPy the corpus is recorded with (tests/engine/corpus/VERSIONS.json)
  lazyParts.random?.(d); // np.random (legacy-random.ts, registered lazily: engine/stdlib.ts)
  // the parts below marked lazyParts load with the stdlib chunk (engine/stdlib.ts; lazy.ts)
  lazyParts.creation?.(d);
  addUfuncs(d);
  addElementwise(d);
  const linalg = lazyParts.linalg?.(d) ?? new PyModule("numpy.linalg");
  // statistics and the extras (registered lazily: engine/stdlib.ts), in that order
  for (const add of lazyNumpy) add(d, linalg, ndarrayType);
  const exceptions = new PyModule("numpy.exceptions");
  exceptions.dict.set("AxisError", excTypes.get("AxisError"));
  d.set("exceptions", exceptions);
  d.set("AxisError", excTypes.get("AxisError"));
  lazyParts.shape?.(d);
  lazyParts.joining?.(d);
  lazyParts.dtypeInfo?.(d);
  lazyParts.printing?.(d);
  addErrstate(d);
  addFileFunctions(d);
  if (lazyParts.char) {
    d.set("char", lazyParts.char("numpy.char"));
    d.set("strings", lazyParts.char("numpy.strings"));
  }
  guardStrArrays(
    [
      [d, "np."],
      [linalg.dict, "np.linalg."],
    ],
    ndarrayType,
  );
  // after the guard: an alias is the very object of its function, guarded under that function's name
  lazyParts.arrayApi?.(d);
  if (!numpyMore.loaded) {
    awaitMoreNames(m, MORE_NUMPY_NAMES, "np.");
    awaitMoreNames(linalg, MORE_LINALG_NAMES, "np.linalg.");
  }
  return m;
}
