// numpy.testing: assert_allclose, assert_array_equal, assert_equal, assert_almost_equal, assert_array_almost_equal,
// assert_array_less (and, from testing-raises.ts, assert_, assert_raises, assert_string_equal), with NumPy 2.x's
// AssertionError messages. `import numpy.testing`, `from numpy.testing import ...` and `np.testing.X` all reach it.
import { NDArray, NPScalar } from "../../../ndarray/index";
import { PyFloat, PyModule, type KW } from "../../objects/core";
import {
  binop,
  call,
  compare,
  str as pyStr,
  contains,
  getitem,
  isinstance,
  iterToArray,
  len,
  repr,
  truthy,
  unary,
} from "../../objects/ops";
import { dictType, listType, tupleType, typeOf } from "../../objects/types";
import { formatValue } from "../../objects/format";
import { excTypes, TypeError, ValueError } from "../../errors";
import { builtins } from "../../builtins";
import { bindPy } from "./signature";
import { builtinAdder } from "./types";
import { chargeNative } from "../../charge";
import { lazyNumpy } from "./lazy";
import { assertArrayCompare, assertionError, buildErrMsg, isPyError, kw, notSupported, np, setNumpyNamespace } from "./testing-compare";
import { addRaises } from "./testing-raises";

const verboseOf = (v: any) => v === undefined || truthy(v);
const errMsgOf = (v: any) => (v === undefined ? "" : v);

function assertArrayEqual(actual: any, desired: any, errMsg: any, verbose: boolean, strict: boolean): void {
  assertArrayCompare((x, y) => compare("==", x, y), actual, desired, { errMsg, verbose, header: "Arrays are not equal", strict });
}

function assertAllclose(a: any[], k: KW): null {
  const p = bindPy(
    {
      name: "assert_allclose",
      positional: ["actual", "desired", "rtol", "atol", "equal_nan", "err_msg", "verbose"],
      required: 2,
      keywordOnly: ["strict"],
    },
    a,
    k,
  );
  const rtol = p.rtol ?? new PyFloat(1e-7);
  const atol = p.atol ?? 0;
  const equalNan = p.equal_nan ?? true;
  const actual = np("asarray", [p.actual]);
  const desired = np("asarray", [p.desired]);
  const header = `Not equal to tolerance rtol=${formatValue(rtol, "g")}, atol=${formatValue(atol, "g")}`;
  const close = (x: any, y: any) => np("isclose", [x, y], kw({ rtol, atol, equal_nan: equalNan }));
  assertArrayCompare(close, actual, desired, {
    errMsg: pyStr(errMsgOf(p.err_msg)),
    verbose: verboseOf(p.verbose),
    header,
    equalNan: truthy(equalNan),
    strict: p.strict !== undefined && truthy(p.strict),
  });
  return null;
}

/** 'Arrays are not almost equal to %d decimals' % decimal */
const almostHeader = (decimal: any) => binop("%", "Arrays are not almost equal to %d decimals", decimal) as string;
/** 1.5 * 10.0**(-decimal), as Python computes it */
const almostBound = (decimal: any) => binop("*", new PyFloat(1.5), binop("**", new PyFloat(10), unary("-", decimal)));

function assertArrayAlmostEqual(actual: any, desired: any, decimal: any, errMsg: any, verbose: boolean): void {
  const compareAlmost = (x: NDArray, y: NDArray) => {
    if (x.dtype === "object" || y.dtype === "object") throw notSupported("assert_array_almost_equal() of object arrays");
    const yy = np("asarray", [y, np("result_type", [y, new PyFloat(1)])]);
    const z = np("absolute", [binop("-", x, yy)]);
    return compare("<", z, almostBound(decimal));
  };
  assertArrayCompare(compareAlmost, actual, desired, { errMsg, verbose, header: almostHeader(decimal), precision: decimal });
}

const isArray = (v: any) => v instanceof NDArray;
const isSequence = (v: any) => isinstance(v, listType) || isinstance(v, tupleType);

const NS_PER_ITEM = 2500;
function assertEqual(actual: any, desired: any, errMsg: any, verbose: boolean, strict = false): void {
  if (isinstance(desired, dictType)) {
    if (!isinstance(actual, dictType)) throw assertionError(repr(typeOf(actual)));
    assertEqual(len(actual), len(desired), errMsg, verbose);
    for (const key of iterToArray(desired)) {
      if (!contains(actual, key)) throw assertionError(repr(key));
      assertEqual(getitem(actual, key), getitem(desired, key), `key=${repr(key)}\n${formatValue(errMsg, "")}`, verbose);
    }
    return;
  }
  if (isSequence(desired) && isSequence(actual)) {
    assertEqual(len(actual), len(desired), errMsg, verbose);
    const n = len(desired);
    // each item: its err_msg text, then isscalar, isnan and == through the numpy binding (~2–3 µs measured;
    // assert_equal of two 10^5-element lists used 200–320 ms of CPU)
    chargeNative(n * NS_PER_ITEM);
    for (let i = 0; i < n; i++) assertEqual(getitem(actual, i), getitem(desired, i), `item=${i}\n${formatValue(errMsg, "")}`, verbose);
    return;
  }
  if (isArray(actual) || isArray(desired)) return assertArrayEqual(actual, desired, errMsg, verbose, strict);
  const msg = buildErrMsg([actual, desired], errMsg, "Items are not equal:", verbose);
  if (truthy(np("isscalar", [desired])) !== truthy(np("isscalar", [actual]))) throw assertionError(msg);
  try {
    const desNan = np("isnan", [desired]);
    const actNan = np("isnan", [actual]);
    if (truthy(desNan) && truthy(actNan)) return;
    if (truthy(compare("==", desired, 0)) && truthy(compare("==", actual, 0)))
      if (truthy(np("signbit", [desired])) !== truthy(np("signbit", [actual]))) throw assertionError(msg);
  } catch (e) {
    if (!isPyError(e, TypeError, ValueError, excTypes.get("NotImplementedError")!)) throw e;
  }
  if (!truthy(compare("==", desired, actual))) throw assertionError(msg);
}

function assertAlmostEqual(actual: any, desired: any, decimal: any, errMsg: any, verbose: boolean): void {
  const fail = () => assertionError(buildErrMsg([actual, desired], errMsg, almostHeader(decimal), verbose));
  if (isArray(actual) || isArray(desired) || isSequence(actual) || isSequence(desired))
    return assertArrayAlmostEqual(actual, desired, decimal, errMsg, true);
  try {
    if (!(truthy(np("isfinite", [desired])) && truthy(np("isfinite", [actual])))) {
      if (truthy(np("isnan", [desired])) || truthy(np("isnan", [actual]))) {
        if (!(truthy(np("isnan", [desired])) && truthy(np("isnan", [actual])))) throw fail();
      } else if (!truthy(compare("==", desired, actual))) throw fail();
      return;
    }
  } catch (e) {
    if (!isPyError(e, TypeError, excTypes.get("NotImplementedError")!)) throw e;
  }
  const diff = call(builtins.get("abs"), [binop("-", desired, actual)], null);
  if (truthy(compare(">=", diff, new NPScalar("float64", (almostBound(decimal) as PyFloat).v)))) throw fail();
}

lazyNumpy.push((d) => {
  setNumpyNamespace(d);
  const m = new PyModule("numpy.testing");
  const fn = builtinAdder(m.dict);
  fn("assert_allclose", assertAllclose);
  fn("assert_array_equal", (a, k) => {
    const p = bindPy(
      { name: "assert_array_equal", positional: ["actual", "desired", "err_msg", "verbose"], required: 2, keywordOnly: ["strict"] },
      a,
      k,
    );
    assertArrayEqual(p.actual, p.desired, errMsgOf(p.err_msg), verboseOf(p.verbose), p.strict !== undefined && truthy(p.strict));
    return null;
  });
  fn("assert_equal", (a, k) => {
    const p = bindPy(
      { name: "assert_equal", positional: ["actual", "desired", "err_msg", "verbose"], required: 2, keywordOnly: ["strict"] },
      a,
      k,
    );
    assertEqual(p.actual, p.desired, errMsgOf(p.err_msg), verboseOf(p.verbose), p.strict !== undefined && truthy(p.strict));
    return null;
  });
  fn("assert_almost_equal", (a, k) => {
    const p = bindPy(
      { name: "assert_almost_equal", positional: ["actual", "desired", "decimal", "err_msg", "verbose"], required: 2 },
      a,
      k,
    );
    assertAlmostEqual(p.actual, p.desired, p.decimal ?? 7, errMsgOf(p.err_msg), verboseOf(p.verbose));
    return null;
  });
  fn("assert_array_almost_equal", (a, k) => {
    const p = bindPy(
      { name: "assert_array_almost_equal", positional: ["actual", "desired", "decimal", "err_msg", "verbose"], required: 2 },
      a,
      k,
    );
    assertArrayAlmostEqual(p.actual, p.desired, p.decimal ?? 6, errMsgOf(p.err_msg), verboseOf(p.verbose));
    return null;
  });
  fn("assert_array_less", (a, k) => {
    const p = bindPy(
      { name: "assert_array_less", positional: ["x", "y", "err_msg", "verbose"], required: 2, keywordOnly: ["strict"] },
      a,
      k,
    );
    assertArrayCompare((x, y) => compare("<", x, y), p.x, p.y, {
      errMsg: errMsgOf(p.err_msg),
      verbose: verboseOf(p.verbose),
      header: "Arrays are not strictly ordered `x < y`",
      equalInf: false,
      strict: p.strict !== undefined && truthy(p.strict),
      names: ["x", "y"],
    });
    return null;
  });
  addRaises(fn);
  d.set("testing", m);
});
