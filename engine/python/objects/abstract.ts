// Abstract methods (abc.abstractmethod) and the check CPython's object.__new__ makes for classes of abc.ABCMeta:
// "Can't instantiate abstract class … with abstract methods …".
import { PyFunction, PyProperty, PyStaticMethod, PyClassMethod, PyType } from "./core";
import { typeType } from "./types";
import { typeError } from "../errors";

/** abc.ABCMeta: type(cls) of a class made with metaclass=ABCMeta, or below one; such classes are abstract-checked */
export const abcMetaType = new PyType("ABCMeta", [typeType]);
abcMetaType.module = "abc";

export const ABSTRACT = "__isabstractmethod__";

export function isAbstract(v: any): boolean {
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

/** ABCMeta's __abstractmethods__, computed once its body is in the class (a class statement, type(name, bases, ns)) */
export function sealAbstract(cls: PyType): void {
  if (cls.abstractChecked) cls.abstractMethods = abstractNames(cls);
}

export function checkInstantiable(cls: PyType): void {
  const missing = cls.abstractMethods;
  if (missing.length)
    throw typeError(
      `Can't instantiate abstract class ${cls.name} with abstract method${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`,
    );
}
