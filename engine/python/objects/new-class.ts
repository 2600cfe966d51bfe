// A class made by Python code (a class statement or type(name, bases, dict)): bases that admit no method resolution
// order raise CPython's TypeError.
import { MroConflict, PyType } from "./core";
import { typeError } from "../errors";

export function newClass(name: string, bases: PyType[]): PyType {
  try {
    return new PyType(name, bases, false);
  } catch (e) {
    if (e instanceof MroConflict) throw typeError(e.message);
    throw e;
  }
}
