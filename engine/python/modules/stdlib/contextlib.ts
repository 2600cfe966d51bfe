// The contextlib module: contextmanager (over the generator protocol: next, throw), suppress, nullcontext and
// closing. contextmanager needs lazy generators; on an engine whose generators run eagerly (the body would finish
// before the with-block starts) it raises NotImplementedError instead of running the code in the wrong order.
import { PyModule, PyBuiltin, PyExcObj, PyType, KW } from "../../objects/core";
import { objectType, typeName } from "../../objects/types";
import { call, getattr, hasattr, getIter } from "../../objects/ops";
import { def } from "../../objects/methods";
import { exc, typeError, RuntimeError, NotImplementedError, StopIteration } from "../../errors";
import { fnOf, nativeType } from "./util";

const gcmType = nativeType("_GeneratorContextManager", [objectType], "contextlib");
class GeneratorCM {
  constructor(
    public gen: any,
    public name: string,
  ) {}
}
(GeneratorCM.prototype as any).pyType = gcmType;
def(gcmType, "__enter__", (cm: GeneratorCM) => {
  if (!hasattr(cm.gen, "throw"))
    throw exc(
      NotImplementedError,
      `contextlib.contextmanager: '${cm.name}' cannot run as a context manager here (this engine's generators run eagerly)`,
    );
  const v = getIter(cm.gen).next();
  if (v === undefined) throw exc(RuntimeError, "generator didn't yield");
  return v;
});
def(gcmType, "__exit__", (cm: GeneratorCM, a) => {
  exitArgs("_GeneratorContextManager", a);
  const [type, value] = a;
  if (type === null) {
    if (getIter(cm.gen).next() === undefined) return false;
    throw exc(RuntimeError, "generator didn't stop");
  }
  try {
    call(getattr(cm.gen, "throw"), [value ?? call(type, [], null)], null);
  } catch (e) {
    if (e === value) return false;
    if (e instanceof PyExcObj && e.cls.isSubtype(StopIteration)) return e !== value;
    throw e;
  }
  throw exc(RuntimeError, "generator didn't stop after throw()");
});

/** __exit__(exc_type, exc_value, traceback): three arguments, the first a type or None */
function exitArgs(owner: string, a: any[]): void {
  if (a.length !== 3) throw typeError(`${owner}.__exit__() takes 3 arguments (${a.length} given)`);
  if (a[0] !== null && !(a[0] instanceof PyType))
    throw typeError(`${owner}.__exit__(): exc_type must be an exception type or None, not ${typeName(a[0])}`);
}
const suppressType = nativeType("suppress", [objectType], "contextlib");
class Suppress {
  constructor(public excs: any[]) {}
}
(Suppress.prototype as any).pyType = suppressType;
suppressType.ctor = (_c, a) => new Suppress(a);
def(suppressType, "__enter__", () => null);
def(suppressType, "__exit__", (s: Suppress, a) => {
  exitArgs("suppress", a);
  return a[0] !== null && s.excs.some((t) => t instanceof PyType && (a[0] as PyType).isSubtype(t));
});

const nullType = nativeType("nullcontext", [objectType], "contextlib");
class NullCM {
  constructor(public value: any) {}
}
(NullCM.prototype as any).pyType = nullType;
nullType.ctor = (_c, a, kw) => new NullCM(a.length ? a[0] : (kw?.get("enter_result") ?? null));
def(nullType, "__enter__", (n: NullCM) => n.value);
def(nullType, "__exit__", () => null);

const closingType = nativeType("closing", [objectType], "contextlib");
class Closing {
  constructor(public thing: any) {}
}
(Closing.prototype as any).pyType = closingType;
closingType.ctor = (_c, a) => new Closing(a[0]);
def(closingType, "__enter__", (c: Closing) => c.thing);
def(closingType, "__exit__", (c: Closing) => {
  call(getattr(c.thing, "close"), [], null);
  return null;
});

export function makeContextlib(): PyModule {
  const m = new PyModule("contextlib");
  fnOf(m)("contextmanager", (a) => {
    const f = a[0];
    const name = String(getattr(f, "__name__"));
    return new PyBuiltin(name, (args: any[], kw: KW) => new GeneratorCM(call(f, args, kw), name));
  });
  m.dict.set("suppress", suppressType);
  m.dict.set("nullcontext", nullType);
  m.dict.set("closing", closingType);
  return m;
}
