// Generator objects at run time: resuming the body (next/send/throw/close) as CPython does, with the
// generator's frame on the stack while it runs, and the generator type's methods.
import { PyGenerator, PyExcObj, PyIterator, PyProperty, PyTuple, type KW } from "./core";
import { def } from "./methods";
import { generatorType } from "./types";
import { getIter, callMethod, hasattr, call } from "./ops";
import { exc, typeError, valueError, StopIteration, GeneratorExit, RuntimeError, RecursionError } from "../errors";
import { RT, checkLimits } from "../limits";
import { CTX } from "../context";
import { toPyExc, makeExc } from "../compiler/exceptions";
import { addFrameEntry } from "../locations";

const CREATED = 0,
  SUSPENDED = 1,
  RUNNING = 2,
  FINISHED = 3;
type Mode = "next" | "throw";

/**
 * Run the generator until its next yield: returns the yielded value, or undefined once it has returned
 * (its return value is then in g.returnValue). mode "throw" raises `v` (a PyExcObj) at the paused yield.
 */
export function resume(g: PyGenerator, mode: Mode, v: any): any {
  if (g.state === RUNNING) throw valueError("generator already executing");
  if (g.state === FINISHED) {
    if (mode === "throw") throw v;
    return undefined;
  }
  if (++RT.depth > RT.maxDepth) {
    RT.depth--;
    throw exc(RecursionError, "maximum recursion depth exceeded");
  }
  const prev = RT.frame;
  RT.frame = g.frame;
  g.state = RUNNING;
  // the exceptions being handled inside the generator are its own: stacked on the caller's while it runs
  const base = CTX.excStack.length;
  if (g.excSaved !== null) {
    for (const e of g.excSaved) CTX.excStack.push(e);
    g.excSaved = null;
  }
  let r: IteratorResult<any, any>;
  try {
    if (++RT.steps >= RT.checkAt) checkLimits();
    r = mode === "throw" ? g.body.throw(v) : g.body.next(v);
  } catch (e0) {
    g.state = FINISHED;
    let e = toPyExc(e0);
    if ((e as any).fatal !== true) {
      addFrameEntry(e, g.frame, g.filename, g.name);
      if (e.cls.isSubtype(StopIteration)) {
        const re = exc(RuntimeError, "generator raised StopIteration");
        re.cause = e;
        re.suppressContext = true;
        re.context = e;
        e = re;
      }
    }
    throw e;
  } finally {
    RT.depth--;
    RT.frame = prev;
    if (CTX.excStack.length > base) g.excSaved = CTX.excStack.splice(base);
  }
  if (r.done) {
    g.state = FINISHED;
    g.returnValue = g.frame.ret ?? null;
    return undefined;
  }
  g.state = SUSPENDED;
  return r.value;
}

/** Wrap a started JS generator into a Python generator object. */
export function makeGenerator(body: Generator<any, any, any>, frame: any, name: string, qualname: string, filename: string): PyGenerator {
  const g = new PyGenerator(body, frame, name, qualname, filename);
  g.next = () => resume(g, "next", null);
  return g;
}

export function stopIteration(value: any): PyExcObj {
  return value === null ? exc(StopIteration) : exc(StopIteration, value);
}

export function send(g: PyGenerator, v: any): any {
  if (g.state === CREATED && v !== null) throw typeError("can't send non-None value to a just-started generator");
  const r = resume(g, "next", v);
  if (r === undefined) throw stopIteration(g.returnValue);
  return r;
}

/** gen.throw(typ[, val]): the exception is raised where the generator is paused. */
export function throwInto(g: PyGenerator, args: any[]): any {
  let e: PyExcObj;
  if (args.length >= 2 && args[1] !== null) {
    e = args[1] instanceof PyExcObj ? args[1] : makeExc(callType(args[0], args[1]));
  } else e = makeExc(args[0]);
  const r = resume(g, "throw", e);
  if (r === undefined) throw stopIteration(g.returnValue);
  return r;
}
function callType(t: any, v: any): any {
  const args = v instanceof PyTuple ? v.items : [v];
  return call(t, args, null);
}

export function close(g: PyGenerator): null {
  if (g.state === CREATED) {
    g.state = FINISHED;
    return null;
  }
  if (g.state === FINISHED) return null;
  let r: any;
  try {
    r = resume(g, "throw", exc(GeneratorExit));
  } catch (e0) {
    const e = toPyExc(e0);
    if (e.cls.isSubtype(GeneratorExit) || e.cls.isSubtype(StopIteration)) return null;
    throw e;
  }
  if (r !== undefined) throw exc(RuntimeError, "generator ignored GeneratorExit");
  return null;
}

/**
 * `yield from src` driven from a generator body (compiler/generators.ts): a JS generator that yields what the
 * subiterator yields, forwards send/throw/close to it, and returns its return value.
 */
export function* delegate(src: any): Generator<any, any, any> {
  const it: PyIterator = src instanceof PyGenerator ? src : getIter(src);
  let y = it.next();
  while (y !== undefined) {
    let sent: any;
    try {
      sent = yield y;
    } catch (e0) {
      const e = toPyExc(e0);
      if (e.cls.isSubtype(GeneratorExit)) {
        if (it instanceof PyGenerator) close(it);
        else if (hasattr(it, "close")) callMethod(it, "close", [], null);
        throw e;
      }
      if (it instanceof PyGenerator) {
        y = resume(it, "throw", e);
        continue;
      }
      throw e;
    }
    if (sent === null || sent === undefined) y = it.next();
    else if (it instanceof PyGenerator) {
      y = resume(it, "next", sent);
    } else {
      try {
        y = callMethod(it, "send", [sent], null);
      } catch (e0) {
        const e = toPyExc(e0);
        if (e.cls.isSubtype(StopIteration)) return e.args.length ? e.args[0] : null;
        throw e;
      }
    }
  }
  return it instanceof PyGenerator ? it.returnValue : null;
}

def(generatorType, "__iter__", (self: PyGenerator) => self);
def(generatorType, "__next__", (self: PyGenerator) => {
  const r = resume(self, "next", null);
  if (r === undefined) throw stopIteration(self.returnValue);
  return r;
});
def(generatorType, "send", (self: PyGenerator, args: any[]) => {
  if (args.length !== 1) throw typeError(`generator.send() takes exactly one argument (${args.length} given)`);
  return send(self, args[0]);
});
def(generatorType, "throw", (self: PyGenerator, args: any[], _kw: KW) => {
  if (args.length < 1 || args.length > 3) throw typeError(`throw expected at least 1 argument, got ${args.length}`);
  return throwInto(self, args);
});
def(generatorType, "close", (self: PyGenerator) => close(self));
generatorType.dict.set("__name__", new PyProperty((g: PyGenerator) => g.name, null, true));
generatorType.dict.set("__qualname__", new PyProperty((g: PyGenerator) => g.qualname, null, true));
