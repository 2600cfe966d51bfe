// The abc module: ABC, whose __new__ refuses classes that still have abstract methods (CPython 3.11's message), and
// abstractmethod, which marks a function (also under property, staticmethod and classmethod).
import {
  PyModule,
  PyType,
  PyFunction,
  PyInstance,
  PyProperty,
  PyStaticMethod,
  PyClassMethod,
  PyBuiltin,
  typeVersion,
} from "../../objects/core";
import { objectType } from "../../objects/types";
import { typeError } from "../../errors";
import { fnOf, nativeType } from "./util";

const ABSTRACT = "__isabstractmethod__";
function isAbstract(v: any): boolean {
  if (v instanceof PyFunction) return v.dict?.get(ABSTRACT) === true;
  if (v instanceof PyProperty) return isAbstract(v.fget) || isAbstract(v.fset);
  if (v instanceof PyStaticMethod || v instanceof PyClassMethod) return isAbstract(v.fn);
  return false;
}
/** the names still abstract on cls, sorted as CPython lists them */
export function abstractNames(cls: PyType): string[] {
  const names = new Set<string>();
  for (const t of cls.mro) for (const k of t.dict.keys()) names.add(k);
  return [...names].filter((n) => isAbstract(cls.lookup(n))).sort();
}

export const abcType = nativeType("ABC", [objectType], "abc");
abcType.dict.set(
  "__new__",
  new PyStaticMethod(
    new PyBuiltin("__new__", (a) => {
      const cls = a[0];
      if (!(cls instanceof PyType) || !cls.isSubtype(abcType)) throw typeError(`ABC.__new__(X): X is not a subtype of ABC`);
      const missing = abstractNames(cls);
      if (missing.length)
        throw typeError(
          `Can't instantiate abstract class ${cls.name} with abstract method${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`,
        );
      return new PyInstance(cls);
    }),
  ),
);
typeVersion.v++;

export function makeAbc(): PyModule {
  const m = new PyModule("abc");
  const fn = fnOf(m);
  m.dict.set("ABC", abcType);
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
