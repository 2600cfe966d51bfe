// Descriptors a program defines: a class attribute whose class has __get__ (a data descriptor if it also has __set__
// or __delete__, which then takes precedence over the instance's own attribute), and __set_name__ when a class is made.
// Only looked for once some class has defined one of these methods: until then no program in this process pays for
// the check, and after it (the flag is never reset, as classes of a session still in use keep their descriptors) each
// attribute access pays one cached class lookup.
import { PyInstance, type PyType } from "./core";
import { callMethodObj } from "./ops/calls";

export const userDescriptors = { seen: false };
export const NO_DESCR = Symbol("no descriptor");

/** notes a class made by the program that defines a descriptor method */
export function noteDescriptorClass(t: PyType): void {
  if (t.dict.has("__get__") || t.dict.has("__set__") || t.dict.has("__delete__")) userDescriptors.seen = true;
}

const isDescr = (a: unknown): a is PyInstance => a instanceof PyInstance && a.cls.lookup("__get__") !== undefined;

/** obj.name through a descriptor on its class, or NO_DESCR */
export function descrGetInstance(o: PyInstance, name: string): any {
  const a = o.cls.lookup(name);
  if (!isDescr(a)) return NO_DESCR;
  const data = a.cls.lookup("__set__") !== undefined || a.cls.lookup("__delete__") !== undefined;
  if (!data && o.dict.has(name)) return NO_DESCR;
  return callMethodObj(a.cls.lookup("__get__"), a, [o, o.cls]);
}

/** Cls.name through a descriptor: __get__(None, Cls) */
export function descrGetClass(t: PyType, a: unknown): any {
  return isDescr(a) ? callMethodObj(a.cls.lookup("__get__"), a, [null, t]) : NO_DESCR;
}

/** obj.name = v (hook "__set__") or del obj.name ("__delete__") through a descriptor on its class; false if none */
export function descrStore(o: PyInstance, name: string, hook: "__set__" | "__delete__", args: any[]): boolean {
  const a = o.cls.lookup(name);
  if (!(a instanceof PyInstance)) return false;
  const f = a.cls.lookup(hook);
  if (f === undefined) return false;
  callMethodObj(f, a, [o, ...args]);
  return true;
}

/** type.__new__'s __set_name__ calls for the new class's attributes */
export function setNames(t: PyType): void {
  for (const [k, v] of t.dict) {
    if (!(v instanceof PyInstance)) continue;
    const f = v.cls.lookup("__set_name__");
    if (f !== undefined) callMethodObj(f, v, [t, k]);
  }
}
