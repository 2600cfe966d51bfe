// object.__new__(cls): the new, uninitialised instance a class's own __new__ asks for (super().__new__(cls)).
import { PyBuiltin, PyInstance, PyStaticMethod, PyType } from "./core";
import { objectType, typeName } from "./types";
import { typeError } from "../errors";
import { checkInstantiable } from "./abstract";

export const objectNew: PyStaticMethod = new PyStaticMethod(
  new PyBuiltin("__new__", (args, kw) => {
    if (args.length === 0) throw typeError("object.__new__(): not enough arguments");
    const cls = args[0];
    if (!(cls instanceof PyType)) throw typeError(`object.__new__(X): X is not a type object (${typeName(cls)})`);
    for (const t of cls.mro)
      if (t.builtin && t.ctor) {
        if (t !== objectType) throw typeError(`object.__new__(${cls.name}) is not safe, use ${t.name}.__new__()`);
        break;
      }
    if (args.length > 1 || (kw !== null && kw.size > 0)) {
      if (cls.lookup("__new__") !== objectNew) throw typeError("object.__new__() takes exactly one argument (the type to instantiate)");
      if (cls.lookup("__init__") === objectType.dict.get("__init__")) throw typeError(`${cls.name}() takes no arguments`);
    }
    if (cls.abstractChecked) checkInstantiable(cls);
    return new PyInstance(cls);
  }),
);
