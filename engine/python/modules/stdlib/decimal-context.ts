// decimal's contexts and signals: the Context type (precision, rounding, exponent range, flags and traps), the signal
// exception classes with CPython's hierarchy, the flags/traps mappings, and how an operation's conditions become
// flags and, when trapped, the exception CPython raises (`decimal.InvalidOperation: [<class
// 'decimal.ConversionSyntax'>]`). The current context belongs to the session: it is kept on its decimal module.
import { PyType, PyList, PyDict, PyProperty, PyModule } from "../../objects/core";
import { objectType } from "../../objects/types";
import { def } from "../../objects/methods";
import { toIntValue, repr, isInt, truthy } from "../../objects/ops";
import { exc, typeError, valueError, ArithmeticError, ZeroDivisionError, TypeError, KeyError } from "../../errors";
import { CTX } from "../../context";
import { nativeType } from "./util";
import { type Ctx, type Rounding, type Status, ROUNDINGS } from "./decimal-number";

const sig = (name: string, bases: PyType[]) => {
  const t = new PyType(name, bases);
  t.isException = true;
  t.module = "decimal";
  return t;
};
export const DecimalException = sig("DecimalException", [ArithmeticError]);
const Clamped = sig("Clamped", [DecimalException]);
const InvalidOperation = sig("InvalidOperation", [DecimalException]);
const Inexact = sig("Inexact", [DecimalException]);
const Rounded = sig("Rounded", [DecimalException]);
const Subnormal = sig("Subnormal", [DecimalException]);
export const SIGNAL_TYPES: Record<string, PyType> = {
  InvalidOperation,
  FloatOperation: sig("FloatOperation", [DecimalException, TypeError]),
  DivisionByZero: sig("DivisionByZero", [DecimalException, ZeroDivisionError]),
  Overflow: sig("Overflow", [Inexact, Rounded]),
  Underflow: sig("Underflow", [Inexact, Rounded, Subnormal]),
  Subnormal,
  Inexact,
  Rounded,
  Clamped,
};
/** InvalidOperation's finer conditions (they appear in the raised exception's list) */
export const CONDITION_TYPES: Record<string, PyType> = {
  ConversionSyntax: sig("ConversionSyntax", [InvalidOperation]),
  DivisionImpossible: sig("DivisionImpossible", [InvalidOperation]),
  DivisionUndefined: sig("DivisionUndefined", [InvalidOperation, ZeroDivisionError]),
  InvalidContext: sig("InvalidContext", [InvalidOperation]),
};
/** signals in the order of CPython's flags/traps mappings and of trap priority */
const SIGNALS = Object.keys(SIGNAL_TYPES);
/**
 * Flags and traps are sets of conditions, as in libmpdec: InvalidOperation stands for five of them, and a context's
 * repr names each signal at the place of its first condition in this (libmpdec's bit) order.
 */
const CONDITION_ORDER = [
  "Clamped",
  "ConversionSyntax",
  "DivisionByZero",
  "DivisionImpossible",
  "DivisionUndefined",
  "Inexact",
  "InvalidContext",
  "InvalidOperation",
  "FloatOperation",
  "Overflow",
  "Rounded",
  "Subnormal",
  "Underflow",
];
const SUB_CONDITIONS = Object.keys(CONDITION_TYPES);
const signalOf = (cond: string) => (SUB_CONDITIONS.includes(cond) ? "InvalidOperation" : cond);
const conditionsOf = (signal: string) => (signal === "InvalidOperation" ? [...SUB_CONDITIONS, signal] : [signal]);
const conditionSet = (signals: string[]) => new Set(signals.flatMap(conditionsOf));
function signalName(v: any): string | null {
  for (const [n, t] of Object.entries(SIGNAL_TYPES)) if (t === v) return n;
  return null;
}

export const contextType = nativeType("Context", [objectType], "decimal");
contextType.tpName = "decimal.Context";
export const contextOf = (prec: number, rounding: Rounding, traps: string[]) =>
  new PyContext(prec, rounding, -999999, 999999, 1, 0, new Set(), conditionSet(traps));
export class PyContext implements Ctx {
  constructor(
    public prec = 28,
    public rounding: Rounding = "ROUND_HALF_EVEN",
    public Emin = -999999,
    public Emax = 999999,
    public capitals = 1,
    public clamp = 0,
    /** conditions (see CONDITION_ORDER) */
    public flags = new Set<string>(),
    public traps = conditionSet(["InvalidOperation", "DivisionByZero", "Overflow"]),
  ) {}
  copy(): PyContext {
    return new PyContext(
      this.prec,
      this.rounding,
      this.Emin,
      this.Emax,
      this.capitals,
      this.clamp,
      new Set(this.flags),
      new Set(this.traps),
    );
  }
}
(PyContext.prototype as any).pyType = contextType;

/** Records `st` in the context's flags and raises the first trapped signal, as CPython does after each operation. */
export function commit(c: PyContext, st: Status): void {
  if (!st.size) return;
  for (const cond of st) c.flags.add(cond);
  const trapped = [...st].filter((cond) => c.traps.has(cond));
  if (!trapped.length) return;
  const first = SIGNALS.find((s) => trapped.some((cond) => signalOf(cond) === s))!;
  const list = [...SUB_CONDITIONS, ...SIGNALS]
    .filter((cond) => trapped.includes(cond))
    .map((cond) => CONDITION_TYPES[cond] ?? SIGNAL_TYPES[cond]);
  throw exc(SIGNAL_TYPES[first], new PyList(list));
}
/** Raises one signal through the context (flag, and exception when trapped). */
export function signal(c: PyContext, cond: string): void {
  commit(c, new Set([cond]));
}

// ---------------------------------------------------------------- the session's current context
interface DecimalState {
  current: PyContext;
}
const STATE = new WeakMap<PyModule, DecimalState>();
export function newState(m: PyModule): void {
  STATE.set(m, { current: new PyContext() });
}
function state(): DecimalState {
  const s = STATE.get(CTX.importModule("decimal"));
  if (!s) throw new Error("decimal module state missing");
  return s;
}
export const getContext = () => state().current;
export function setContext(c: any): void {
  if (!(c instanceof PyContext)) throw typeError("argument must be a context");
  state().current = c;
}
/** An explicit `context=` argument, or the current one. */
export function contextArg(v: any): PyContext {
  if (v === null || v === undefined) return getContext();
  if (!(v instanceof PyContext)) throw typeError("optional argument must be a context");
  return v;
}

// ---------------------------------------------------------------- Context attributes
const MAX = 999999999999999999;
const intIn = (v: any, lo: number, hi: number, msg: string): number => {
  if (!isInt(v)) throw typeError("an integer is required");
  const x = Number(toIntValue(v));
  if (!(x >= lo && x <= hi)) throw valueError(msg);
  return x;
};
const ROUNDING_MSG =
  "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]";
export function roundingArg(v: any): Rounding {
  if (typeof v !== "string" || !ROUNDINGS.includes(v as Rounding)) throw typeError(ROUNDING_MSG);
  return v as Rounding;
}
const SETTERS: Record<string, (c: PyContext, v: any) => void> = {
  prec: (c, v) => (c.prec = intIn(v, 1, MAX, "valid range for prec is [1, MAX_PREC]")),
  rounding: (c, v) => (c.rounding = roundingArg(v)),
  Emin: (c, v) => (c.Emin = intIn(v, -MAX, 0, "valid range for Emin is [MIN_EMIN, 0]")),
  Emax: (c, v) => (c.Emax = intIn(v, 0, MAX, "valid range for Emax is [0, MAX_EMAX]")),
  capitals: (c, v) => (c.capitals = intIn(v, 0, 1, "valid values for capitals are 0 or 1")),
  clamp: (c, v) => (c.clamp = intIn(v, 0, 1, "valid values for clamp are 0 or 1")),
  flags: (c, v) => (c.flags = signalSet(v)),
  traps: (c, v) => (c.traps = signalSet(v)),
};
export const CONTEXT_FIELDS = Object.keys(SETTERS);
/** flags= / traps=: a list of signals, or a dict from every signal to a truth value */
function signalSet(v: any): Set<string> {
  const out = new Set<string>();
  if (v instanceof PyList) {
    for (const x of v.items) {
      const n = signalName(x);
      if (n === null) throw exc(KeyError, "invalid error flag");
      for (const cond of conditionsOf(n)) out.add(cond);
    }
    return out;
  }
  if (v instanceof PyDict || v instanceof SignalDict) {
    const entries = v instanceof SignalDict ? SIGNALS.map((s) => [SIGNAL_TYPES[s], v.has(s)] as const) : [...v.map.values()];
    if (entries.length !== SIGNALS.length) throw exc(KeyError, "invalid signal dict");
    for (const [k, val] of entries) {
      const n = signalName(k);
      if (n === null) throw exc(KeyError, "invalid signal dict");
      if (val) for (const cond of conditionsOf(n)) out.add(cond);
    }
    return out;
  }
  throw typeError(`argument must be a signal dict`);
}
export function setField(c: PyContext, name: string, v: any): void {
  SETTERS[name](c, v);
}
for (const name of CONTEXT_FIELDS) {
  const get =
    name === "flags" || name === "traps"
      ? (c: PyContext) => new SignalDict(c, name as "flags" | "traps")
      : (c: PyContext) => (c as any)[name];
  contextType.dict.set(name, new PyProperty(get, (c: PyContext, v: any) => SETTERS[name](c, v), true));
}
const signalList = (s: Set<string>) => [...new Set(CONDITION_ORDER.filter((c) => s.has(c)).map(signalOf))].join(", ");
def(
  contextType,
  "__repr__",
  (c: PyContext) =>
    `Context(prec=${c.prec}, rounding=${c.rounding}, Emin=${c.Emin}, Emax=${c.Emax}, capitals=${c.capitals}, clamp=${c.clamp}, flags=[${signalList(c.flags)}], traps=[${signalList(c.traps)}])`,
);

// ---------------------------------------------------------------- flags / traps mappings
const signalDictType = nativeType("SignalDictMixin", [objectType], "decimal");
export class SignalDict {
  constructor(
    public ctx: PyContext,
    public which: "flags" | "traps",
  ) {}
  has(signal: string): boolean {
    const set = this.ctx[this.which];
    return conditionsOf(signal).some((c) => set.has(c));
  }
  put(signal: string, on: boolean): void {
    const set = this.ctx[this.which];
    for (const c of conditionsOf(signal)) on ? set.add(c) : set.delete(c);
  }
}
(SignalDict.prototype as any).pyType = signalDictType;
const keyName = (k: any): string => {
  const n = signalName(k);
  if (n === null) throw exc(KeyError, k);
  return n;
};
def(signalDictType, "__getitem__", (d: SignalDict, a) => d.has(keyName(a[0])));
def(signalDictType, "__setitem__", (d: SignalDict, a) => {
  d.put(keyName(a[0]), truthy(a[1]));
  return null;
});
def(signalDictType, "__len__", () => SIGNALS.length);
def(signalDictType, "__contains__", (_d: SignalDict, a) => signalName(a[0]) !== null);
def(
  signalDictType,
  "__repr__",
  (d: SignalDict) => `{${SIGNALS.map((s) => `${repr(SIGNAL_TYPES[s])}:${d.has(s) ? "True" : "False"}`).join(", ")}}`,
);
def(signalDictType, "keys", () => new PyList(SIGNALS.map((s) => SIGNAL_TYPES[s])));
def(signalDictType, "values", (d: SignalDict) => new PyList(SIGNALS.map((s) => d.has(s))));
def(signalDictType, "__hash__", () => {
  throw typeError(`unhashable type: 'SignalDictMixin'`);
});
