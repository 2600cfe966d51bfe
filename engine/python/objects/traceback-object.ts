// The traceback a raised exception carries (e.__traceback__, __exit__'s third argument): an opaque object here; its
// frames cannot be inspected in this engine.
import { PyType, PyProperty, type PyExcObj } from "./core";
import { objectType } from "./types";
import { exc, NotImplementedError } from "../errors";

const tracebackType = new PyType("traceback", [objectType]);
class Traceback {}
(Traceback.prototype as any).pyType = tracebackType;
for (const n of ["tb_frame", "tb_lineno", "tb_lasti", "tb_next"])
  tracebackType.dict.set(
    n,
    new PyProperty(
      () => {
        throw exc(NotImplementedError, `traceback.${n} is not supported by this engine`);
      },
      null,
      true,
    ),
  );

const made = new WeakMap<PyExcObj, Traceback>();
/** e's traceback object, or None while it has not been raised */
export function tracebackOf(e: PyExcObj): Traceback | null {
  if (e.tb.length === 0) return null;
  let t = made.get(e);
  if (t === undefined) made.set(e, (t = new Traceback()));
  return t;
}
