// numpy.testing's assert_, assert_raises (unittest's assertRaises: the call form and the `with` form) and
// assert_string_equal (its type checks and equal strings; the difflib report of unequal strings raises
// NotImplementedError).
import { PyInstance, PyTuple, PyType, type KW } from "../../objects/core";
import { call, eq, getattr, isinstance, repr, str as pyStr, truthy } from "../../objects/ops";
import { objectType, strType, typeOf } from "../../objects/types";
import { BaseException, typeError, AttributeError, TypeError } from "../../errors";
import { bindPy } from "./signature";
import { def } from "./types";
import { assertionError, isPyError, notSupported, pyError } from "./testing-compare";

function assert_(a: any[], k: KW): null {
  const p = bindPy({ name: "assert_", positional: ["val", "msg"], required: 1 }, a, k);
  if (truthy(p.val)) return null;
  const msg = p.msg ?? "";
  let smsg = msg;
  try {
    smsg = call(msg, [], null);
  } catch (e) {
    if (!isPyError(e, TypeError)) throw e;
  }
  throw assertionError(smsg);
}

const isExceptionType = (t: any): boolean =>
  t instanceof PyTuple ? t.items.every(isExceptionType) : t instanceof PyType && (t === BaseException || t.isSubtype(BaseException));
const matches = (cls: PyType, expected: any): boolean =>
  expected instanceof PyTuple ? expected.items.some((t: PyType) => matches(cls, t)) : cls === expected || cls.isSubtype(expected);

/** unittest's _AssertRaisesContext */
const contextType = new PyType("_AssertRaisesContext", [objectType]);
contextType.module = "unittest.case";
interface RaisesContext extends PyInstance {
  expected: any;
  objName: string | null;
  msg: any;
}

function expectedName(expected: any): string {
  try {
    return pyStr(getattr(expected, "__name__"));
  } catch (e) {
    if (!isPyError(e, AttributeError)) throw e;
    return pyStr(expected);
  }
}

/** __exit__ for the exception `value` of type `type` (null: none); true when it was the expected one */
function leave(cm: RaisesContext, type: PyType | null, value: any): boolean {
  if (type === null) {
    const standard = `${expectedName(cm.expected)} not raised${cm.objName !== null ? ` by ${cm.objName}` : ""}`;
    throw assertionError(cm.msg === null || cm.msg === undefined ? standard : `${standard} : ${pyStr(cm.msg)}`);
  }
  if (!matches(type, cm.expected)) return false;
  cm.dict.set("exception", value);
  return true;
}
def(contextType, "__enter__", (self: RaisesContext) => self);
def(contextType, "__exit__", (self: RaisesContext, a: any[]) => leave(self, a[0] ?? null, a[1] ?? null));

function assertRaises(a: any[], k: KW): any {
  if (a.length === 0) throw typeError("TestCase.assertRaises() missing 1 required positional argument: 'expected_exception'");
  const [expected, ...rest] = a;
  if (!isExceptionType(expected)) throw typeError("assertRaises() arg 1 must be an exception type or tuple of exception types");
  const cm = new PyInstance(contextType) as RaisesContext;
  cm.expected = expected;
  cm.objName = null;
  cm.msg = null;
  if (rest.length === 0) {
    if (k)
      for (const [name, v] of k) {
        if (name !== "msg") throw typeError(`${repr(name)} is an invalid keyword argument for this function`);
        cm.msg = v;
      }
    return cm;
  }
  const [callable, ...args] = rest;
  try {
    cm.objName = pyStr(getattr(callable, "__name__"));
  } catch (e) {
    if (!isPyError(e, AttributeError)) throw e;
    cm.objName = pyStr(callable);
  }
  try {
    call(callable, args, k);
  } catch (e) {
    const x = pyError(e, BaseException);
    if (x && leave(cm, x.cls, x)) return null;
    throw e;
  }
  leave(cm, null, null);
  return null;
}

function assertStringEqual(a: any[], k: KW): null {
  const p = bindPy({ name: "assert_string_equal", positional: ["actual", "desired"], required: 2 }, a, k);
  if (!isinstance(p.actual, strType)) throw assertionError(repr(typeOf(p.actual)));
  if (!isinstance(p.desired, strType)) throw assertionError(repr(typeOf(p.desired)));
  if (eq(p.desired, p.actual)) return null;
  throw notSupported("assert_string_equal() of unequal strings (its difflib report)");
}

export function addRaises(fn: (name: string, f: (a: any[], kw: KW) => any) => void): void {
  fn("assert_", assert_);
  fn("assert_raises", assertRaises);
  fn("assert_string_equal", assertStringEqual);
}
