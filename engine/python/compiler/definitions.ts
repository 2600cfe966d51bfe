// Definitions: class bodies, function objects, their code objects and closures.
import type { Expr, Stmt, Params } from "../ast";
import { noteDescriptorClass, setNames } from "../objects/descriptors";
import { slotNames, slotMembers } from "../objects/slots";
import { Scope } from "../scope";
import { Frame, type S, type FuncCode, RETURN } from "../frame";
import { PyFunction, Cell, PyType, PyClassMethod, PyStaticMethod, PyProperty, typeVersion } from "../objects/core";
import { call } from "../objects/ops";
import { objectType } from "../objects/types";
import { exc, excTypes, typeError } from "../errors";
import { applyMetaclass, classBodyValue, classMetaclass, initSubclass } from "./class-keywords";
import { sealAbstract } from "../objects/abstract";
import { newClass } from "../objects/new-class";
import { CLASS_HOOKS } from "../objects/class-hooks";
import { Compiler, NOARGS, globalCell } from "./compiler";
import { makeCaller } from "./calls";
import { annotationsMaker } from "./annotations";
import { toPyExc, isFatal } from "./exceptions";
import { addFrameEntry, raisedByStatement } from "../locations";

declare module "./compiler" {
  interface Compiler {
    classDef(st: Stmt & { k: "ClassDef" }, s: Scope): S;
    closureMaker(cs: Scope, s: Scope): (f: Frame) => Cell[] | null;
    funcMaker(name: string, params: Params, body: Stmt[] | Expr, qual: string | null, node: object, s: Scope): (f: Frame) => PyFunction;
    funcCode(name: string, params: Params, body: Stmt[] | Expr, fs: Scope): FuncCode;
  }
}

Compiler.prototype.classDef = function (this: Compiler, st: Stmt & { k: "ClassDef" }, s: Scope): S {
  const cs = this.sm.map.get(st)!;
  const bases = st.bases.map((b) => this.expr(b, s));
  const keywords = st.keywords.map((a) => ({ name: a.kind === "kw" ? (a.name ?? null) : null, e: this.expr(a.e, s) }));
  const body = this.block(st.body, cs);
  const closureOf = this.closureMaker(cs, s);
  const decos = st.decos.map((d) => this.expr(d, s)).reverse();
  const store = this.storeName(st.bind ?? st.name, s);
  const name = st.name;
  const modName = globalCell(this.globals, "__name__");
  const file = this.filename;
  const first = st.body[0];
  const doc = first?.k === "Expr" && first.e.k === "Const" && first.e.t === "str" ? (first.e.v as string) : null;
  return (f) => {
    const bs = bases.map((b) => b(f));
    const hook = bs.length === 1 ? CLASS_HOOKS.get(bs[0]) : undefined;
    if (hook === undefined) for (const b of bs) if (!(b instanceof PyType)) throw typeError(`bases must be types`);
    const kws = new Map<string, any>();
    for (const k of keywords) {
      if (k.name === null) throw exc(excTypes.get("NotImplementedError")!, "* or ** in a class's bases is not supported by this engine");
      kws.set(k.name, k.e(f));
    }
    const meta = hook === undefined ? classMetaclass(kws, bs) : null;
    const cf = new Frame(NOARGS, closureOf(f), null);
    const prepare = hook === undefined ? (bs as PyType[]).find((b) => b.meta?.namespace !== undefined)?.meta?.namespace : undefined;
    cf.ns = prepare ? prepare(bs) : new Map();
    cf.ns.set("__module__", "__main__");
    // a class in a class body is Outer.Inner, in a function f.<locals>.Local
    const outer = s.kind === "class" ? f.ns?.get("__qualname__") : undefined;
    const qual = typeof outer === "string" ? `${outer}.${name}` : cs.qualname();
    cf.ns.set("__qualname__", qual);
    if (doc !== null) cf.ns.set("__doc__", doc);
    cf.line = st.line;
    try {
      body(cf);
    } catch (e0) {
      // the class body is a frame of its own ("in Config"), called from the class statement's line
      const e = toPyExc(e0);
      if (isFatal(e)) throw e;
      addFrameEntry(e, cf, file, name);
      throw raisedByStatement(e, f, st.line);
    }
    if (hook !== undefined) {
      let made = hook(name, cf.ns);
      for (const d of decos) made = call(d(f), [made], null);
      store(f, made);
      return undefined;
    }
    const t = newClass(name, bs.length ? bs : [objectType]);
    applyMetaclass(t, meta);
    t.module = typeof modName.v === "string" ? modName.v : "__main__";
    if (qual !== name) t.qualname = qual;
    for (const [k, v0] of cf.ns) {
      if (k === "__module__" || k === "__qualname__") continue;
      const v = classBodyValue(k, v0);
      t.dict.set(k, v);
      let fn: any = v;
      if (v instanceof PyClassMethod || v instanceof PyStaticMethod) fn = v.fn;
      if (v instanceof PyProperty) {
        if (v.fget instanceof PyFunction) v.fget.ownerClass = t;
        if (v.fset instanceof PyFunction) v.fset.ownerClass = t;
      }
      if (fn instanceof PyFunction && fn.ownerClass === null) {
        fn.ownerClass = t;
      }
    }
    if (t.dict.has("__eq__") && !t.dict.has("__hash__")) t.dict.set("__hash__", null);
    // every class has its own __doc__ (None without a docstring), never its base's
    if (!t.dict.has("__doc__")) t.dict.set("__doc__", null);
    typeVersion.v++;
    t.slots = slotNames(t);
    t.slotMembers = slotMembers(t);
    noteDescriptorClass(t);
    setNames(t);
    initSubclass(t, kws);
    sealAbstract(t);
    let cls: any = t;
    for (const d of decos) cls = call(d(f), [cls], null);
    store(f, cls);
    return undefined;
  };
};

/** closure builder: collects cells for the free variables of child scope cs from frame of scope s */
Compiler.prototype.closureMaker = function (this: Compiler, cs: Scope, s: Scope): (f: Frame) => Cell[] | null {
  if (!cs.freeNames.length) return () => null;
  const getters = cs.freeNames.map((n) => {
    if (s.kind === "function" && s.slots.has(n)) {
      const slot = s.slots.get(n)!;
      return (f: Frame) => f.l[slot] as Cell;
    }
    const fi = s.free.get(n);
    if (fi === undefined) throw new Error(`internal: free var ${n} not found`);
    return (f: Frame) => f.c![fi];
  });
  return (f) => getters.map((g) => g(f));
};

Compiler.prototype.funcMaker = function (
  this: Compiler,
  name: string,
  params: Params,
  body: Stmt[] | Expr,
  qual: string | null,
  node: object,
  s: Scope,
): (f: Frame) => PyFunction {
  const fs = this.sm.map.get(node)!;
  const code = this.funcCode(name, params, body, fs);
  const defaults = params.args.filter((a) => a.def).map((a) => this.expr(a.def!, s));
  const kwdefs = params.kwonly.filter((a) => a.def).map((a) => [a.name, this.expr(a.def!, s)] as const);
  const closureOf = this.closureMaker(fs, s);
  const globals = this.globals;
  const qualname = qual ?? fs.qualname();
  const anns = annotationsMaker(this, params, s);
  return (f) => {
    const d = defaults.length ? defaults.map((e) => e(f)) : NOARGS;
    let kd: Map<string, any> | null = null;
    if (kwdefs.length) {
      kd = new Map();
      for (const [k, e] of kwdefs) kd.set(k, e(f));
    }
    const fn = new PyFunction(name, qualname, code, d, kd, closureOf(f), globals);
    if (anns !== null) (fn.dict ??= new Map()).set("__annotations__", anns(f));
    return fn;
  };
};

Compiler.prototype.funcCode = function (this: Compiler, name: string, params: Params, body: Stmt[] | Expr, fs: Scope): FuncCode {
  const argnames = params.args.map((a) => a.name);
  const kwonly = params.kwonly.map((a) => a.name);
  const cellSlots: number[] = [];
  for (const c of fs.cells) cellSlots.push(fs.slots.get(c)!);
  const code: FuncCode = {
    name,
    qualname: name,
    filename: this.filename,
    firstLine: Array.isArray(body) ? (body[0]?.line ?? 0) : body.line,
    nlocals: fs.nlocals,
    nargs: argnames.length,
    posonly: params.posonly,
    argnames,
    kwonly,
    varargSlot: params.vararg ? fs.slots.get(params.vararg)! : -1,
    kwargSlot: params.kwarg ? fs.slots.get(params.kwarg)! : -1,
    cellSlots,
    simple: !params.vararg && !params.kwarg && !kwonly.length,
    isGenerator: fs.isGenerator,
    body: null as any,
    genBody: null,
    slotOf: fs.slots,
    doc: null,
    call: null as any,
  };
  if (Array.isArray(body) && body.length && body[0].k === "Expr" && body[0].e.k === "Const" && body[0].e.t === "str")
    code.doc = body[0].e.v as string;
  if (fs.isGenerator) {
    code.genBody = this.genBody(body, fs);
    code.body = () => undefined;
  } else if (Array.isArray(body)) {
    code.body = this.block(body, fs);
  } else {
    const e = this.expr(body, fs),
      line = body.line; // a lambda's frame is on its line (warnings and tracebacks name it)
    code.body = (f) => {
      f.line = line;
      f.ret = e(f);
      return RETURN;
    };
  }
  code.call = makeCaller(code);
  return code;
};
