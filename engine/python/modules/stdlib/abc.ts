// The abc module: ABCMeta and ABC, whose classes refuse instances while abstract methods remain (CPython 3.11's
// message, objects/abstract.ts), and abstractmethod, which marks a function (also under property, staticmethod and
// classmethod).
import { PyModule, PyFunction, PyProperty, PyStaticMethod, PyClassMethod, PyType } from "../../objects/core";
import { objectType } from "../../objects/types";
import { ABSTRACT, abcMetaType } from "../../objects/abstract";
import { fnOf } from "./util";

/** a Python class in CPython (abc.py): instances and subclasses are made as for a class statement's */
export const abcType = new PyType("ABC", [objectType], false);
abcType.module = "abc";
abcType.abstractChecked = true;

(abcType as any).pyType = abcMetaType;

export function makeAbc(): PyModule {
  const m = new PyModule("abc");
  const fn = fnOf(m);
  m.dict.set("ABC", abcType);
  m.dict.set("ABCMeta", abcMetaType);
  fn("abstractmethod", (a) => {
    const f = a[0];
    if (f instanceof PyFunction) {
      f.dict ??= new Map();
      f.dict.set(ABSTRACT, true);
    } else if (f instanceof PyStaticMethod || f instanceof PyClassMethod || f instanceof PyProperty) {
      const inner = f instanceof PyProperty ? f.fget : f.fn;
      if (inner instanceof PyFunction) {
        inner.dict ??= new Map();
        inner.dict.set(ABSTRACT, true);
      }
    }
    return f;
  });
  return m;
}
