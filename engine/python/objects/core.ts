// Core Python object model classes. Representation:
//   int -> JS number (safe integer) or bigint; float -> PyFloat; bool -> JS boolean;
//   None -> null; str -> JS string; everything else -> instances of the classes below.
export type KW = Map<string, any> | null;
export type NativeFn = (args: any[], kw: KW) => any;
export type NativeMethod = (self: any, args: any[], kw: KW) => any;

/** bumped whenever any class dict changes (invalidates lookup caches) */
export const typeVersion = { v: 0 };

export class PyType {
  mro: PyType[];
  dict: Map<string, any> = new Map();
  /** builtin constructor, called as type(...) */
  ctor: ((cls: PyType, args: any[], kw: KW) => any) | null = null;
  isException = false;
  module = "builtins";
  /** tp_name as used in error messages (e.g. 'numpy.ndarray'); defaults to name */
  tpName: string | null = null;
  /** __qualname__ when it differs from __name__ (NumPy's hidden subclasses show their own name in tracebacks) */
  qualname: string | null = null;
  /** metaclass-like behaviour of a native base (enum.Enum), inherited by subclasses: see TypeMeta */
  meta: TypeMeta | null = null;
  /** set once meta.finalize has run on this class (after its body, at the first use) */
  finalized = false;
  /** made by abc.ABCMeta (directly or through a base): instances are refused while abstract methods remain */
  abstractChecked = false;
  /** those abstract methods, found when the class was made (as ABCMeta computes __abstractmethods__) */
  abstractMethods: string[] = [];
  /** A native type a program made at run time (a namedtuple): attributes can be set on it and classes derive from it. */
  heap = false;
  /** __slots__: the only attributes its instances can hold (they have no __dict__); null when they have one */
  slots: Set<string> | null = null;
  /** the names __slots__ declare here and in its bases (null if none): kept out of __dict__ */
  slotMembers: Set<string> | null = null;
  constructor(
    public name: string,
    public bases: PyType[],
    public builtin = true,
  ) {
    for (const b of bases)
      if (b.meta) {
        this.meta = b.meta;
        (this as any).pyType = b.meta.type;
        break;
      }
    this.mro = c3Linearization(this, bases);
    for (const b of bases) {
      if (b.isException) this.isException = true;
      if (b.abstractChecked) this.abstractChecked = true;
    }
  }
  cache: Map<string, any> | null = null;
  cacheVersion = -1;
  lookup(name: string): any {
    if (this.cacheVersion === typeVersion.v) {
      const c = this.cache!.get(name);
      if (c !== undefined || this.cache!.has(name)) return c;
    } else {
      this.cache = new Map();
      this.cacheVersion = typeVersion.v;
    }
    const r = this.lookupSlow(name);
    this.cache!.set(name, r);
    return r;
  }
  lookupSlow(name: string): any {
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i].dict.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  isSubtype(t: PyType): boolean {
    return this === t || this.mro.includes(t);
  }
}

/** A class statement whose bases admit no method resolution order: raised as CPython's TypeError by its callers. */
export class MroConflict extends Error {}

/** CPython's method resolution order: the C3 merge of the bases' orders and the bases themselves. */
function c3Linearization(cls: PyType, bases: PyType[]): PyType[] {
  // one base: the merge is that base's order (most types, a few hundred of them made as the engine loads)
  if (bases.length === 1) return [cls, ...bases[0].mro];
  const seen = new Set<PyType>();
  for (const b of bases) {
    if (seen.has(b)) throw new MroConflict(`duplicate base class ${b.name}`);
    seen.add(b);
  }
  const seqs = [...bases.map((b) => b.mro.slice()), bases.slice()].filter((q) => q.length);
  const out = [cls];
  while (seqs.length) {
    // the first head that is in no other sequence's tail
    const head = seqs.map((q) => q[0]).find((h) => !seqs.some((q) => q.indexOf(h) > 0));
    if (!head)
      throw new MroConflict(`Cannot create a consistent method resolution\norder (MRO) for bases ${bases.map((b) => b.name).join(", ")}`);
    out.push(head);
    for (let i = seqs.length - 1; i >= 0; i--) {
      if (seqs[i][0] === head) seqs[i].shift();
      if (!seqs[i].length) seqs.splice(i, 1);
    }
  }
  return out;
}

/**
 * What a native metaclass does for the classes below it: `type` is type(cls) (its methods serve iter(cls), len(cls),
 * repr(cls), ...), `finalize` turns the finished class body into what the metaclass makes of it (enum members), run
 * before the first attribute access or call, and `call` replaces cls(...).
 */
export interface TypeMeta {
  type: PyType;
  finalize: (cls: PyType) => void;
  call: (cls: PyType, args: any[], kw: KW) => any;
  /** the namespace a class body below `bases` runs in (CPython's __prepare__): a plain Map when not given */
  namespace?: (bases: PyType[]) => Map<string, any>;
}

export class PyFloat {
  constructor(public v: number) {}
}
export class PyList {
  constructor(public items: any[]) {}
}
export class PyTuple {
  constructor(public items: any[]) {}
}
export class PyDict {
  map: Map<any, [any, any]> = new Map();
}
export class PySet {
  map: Map<any, any> = new Map();
  constructor(public frozen = false) {}
}
export class PyRange {
  constructor(
    public start: number,
    public stop: number,
    public step: number,
  ) {}
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
}
export class PySlice {
  /** cached numpy index item (engine/python/modules/numpy/conv.ts) — slices are immutable */
  npSpec: unknown = undefined;
  constructor(
    public start: any,
    public stop: any,
    public step: any,
  ) {}
}
export class PyInstance {
  dict: Map<string, any> = new Map();
  /** the int an instance of an int-derived class is (IntEnum members); set on those only */
  declare intValue?: number | bigint;
  constructor(public cls: PyType) {}
}
export interface TBEntry {
  file: string;
  line: number;
  name: string;
  /** the expression that raised in this frame (its caret line), null when not known */
  loc?: ExcLocation | null;
}
/** an exception's place in a frame: the span and node of the innermost expression that raised it */
export interface ExcLocation {
  sp: [number, number, number, number];
  node: import("../ast").Expr;
}
export class PyExcObj extends PyInstance {
  args: any[] = [];
  tb: TBEntry[] = [];
  cause: PyExcObj | null = null;
  context: PyExcObj | null = null;
  suppressContext = false;
  /** where in the current frame it was raised (undefined: not yet placed; null: placed, span unknown) */
  loc: ExcLocation | null | undefined = undefined;
  /** the frame whose entry ends `tb` (added when an except or finally clause there saw it: not added twice) */
  tbFrame?: object;
  /** NameError: the names its frame could see, for "Did you mean" (suggestions.ts) */
  nameScope?: { locals: string[]; globals: Map<string, Cell> };
  /** AttributeError: the object that lacked the attribute */
  attrObj?: unknown;
  constructor(cls: PyType, args: any[]) {
    super(cls);
    this.args = args;
  }
}
export class Cell {
  constructor(public v: any = undefined) {}
}
export class PyFunction {
  dict: Map<string, any> | null = null;
  ownerClass: PyType | null = null;
  constructor(
    public name: string,
    public qualname: string,
    public code: any, // FuncCode
    public defaults: any[],
    public kwdefaults: Map<string, any> | null,
    public closure: Cell[] | null,
    public globals: Map<string, Cell>,
  ) {}
}
export class PyBuiltin {
  /** a call with exactly this many positional arguments and no keywords returns a new array or scalar and keeps
   *  none of them (ops/temporaries.ts); -1: no such promise */
  tempArity = -1;
  constructor(
    public name: string,
    public fn: NativeFn,
    public self: any = undefined,
  ) {}
}
/** base of native callables that are not builtin functions (e.g. NumPy ufuncs, which have their own type):
 *  call() and callMethod() call `fn` directly; `__call__` on their type must do the same. */
export class PyFastCall {
  /** as PyBuiltin's */
  tempArity = -1;
  constructor(public fn: NativeFn) {}
}
/** builtin method stored on a type: fn(self, args, kw) */
export class PyMethodDescr {
  /** an operator method's slot wrapper (`<slot wrapper '__add__' of 'int' objects>`): the type it belongs to */
  slotOf?: PyType;
  /** a builtin type's method (methods.ts def): called unbound (`str.upper(x)`), x must be an instance of it */
  ownerType?: PyType;
  constructor(
    public name: string,
    public fn: NativeMethod,
  ) {}
}
export class PyBoundMethod {
  constructor(
    public self: any,
    public fn: any,
  ) {}
}
export class PyProperty {
  constructor(
    public fget: any,
    public fset: any = null,
    public native = false,
    public fdel: any = null,
  ) {}
}
export class PyStaticMethod {
  constructor(public fn: any) {}
}
export class PyClassMethod {
  constructor(public fn: any) {}
}
export class PyModule {
  dict: Map<string, any> = new Map();
  /** a built-in module's `__getattr__` (PEP 562) for a name its dict lacks: the value, or undefined for the usual
   *  AttributeError (it may raise its own) */
  missing?: (name: string) => unknown;
  /** names whose code has not loaded yet (NumPy's rarer names in the browser: engine/numpy-more.ts): called with a
   *  name the dict lacks, and with none before the dict is listed; stops the run until that code has loaded */
  pending?: (name?: string) => void;
  constructor(public name: string) {}
}
/** generic iterator: next() returns undefined when exhausted */
export class PyIterator {
  constructor(
    public next: () => any,
    public kind = "iterator",
  ) {}
}
/**
 * A generator object: `body` is the JS generator running the function's gen-mode closures on `frame`
 * (objects/generator.ts resumes it). `next` (as for every PyIterator) returns undefined when it is exhausted.
 */
export class PyGenerator extends PyIterator {
  /** 0 created, 1 suspended at a yield, 2 running, 3 finished */
  state = 0;
  /** the value of its `return` (StopIteration.value) once finished */
  returnValue: any = null;
  /** exceptions its paused except-clauses are handling (restored onto CTX.excStack when it resumes) */
  excSaved: PyExcObj[] | null = null;
  constructor(
    public body: Generator<any, any, any>,
    public frame: any,
    public name: string,
    public qualname: string,
    public filename: string,
  ) {
    super(() => undefined, "generator");
  }
}
export class PySuper {
  constructor(
    public cls: PyType,
    public self: any,
  ) {}
}
export class PyEllipsisT {}
export const Ellipsis = new PyEllipsisT();
export class PyNotImplementedT {}
export const NotImplemented = new PyNotImplementedT();
export class PyBytes {
  constructor(public s: string) {}
}

export const None = null;
