// str arrays ('<Un') where this engine stops short of NumPy: every numpy function or ndarray method not checked on str
// arrays raises a NotImplementedError naming it (never a numeric result computed from the strings), and np.str_
// elements work where Python expects a str. What NumPy itself does with str arrays is in tests/engine/corpus/np_strings.
import { describe, test, expect } from "vitest";
import { run } from "./helpers";
import { PyMethodDescr } from "../../../engine/python/objects/core";
import { strType } from "../../../engine/python/objects/types";
import { strScalarType } from "../../../engine/python/modules/numpy/types";

const PRELUDE = "import numpy as np\na = np.array(['b', 'a', 'cc'])\n";
/** the printed value, or "ExceptionType: message" */
function outcome(code: string): string {
  const r = run(`${PRELUDE}${code}`);
  return r.ok ? r.stdout.trimEnd() : `${r.error?.type}: ${r.error?.message}`;
}
const notSupported = (what: string) => `NotImplementedError: ${what} of str arrays is not supported by this engine`;

const unsupported: [string, string][] = [
  ["print(np.dot(a, a))", notSupported("np.dot()")],
  ["print(a @ a)", notSupported("the @ operator")],
  ["print(np.linalg.norm(a))", notSupported("np.linalg.norm()")],
  ["print(np.clip(a, 'a', 'b'))", notSupported("np.clip()")],
  ["print(np.diff(a))", notSupported("np.diff()")],
  ["print(np.median(a))", notSupported("np.median()")],
  ["print(np.intersect1d(a, ['a']))", notSupported("np.intersect1d()")],
  ["print(np.round(['1.5']))", notSupported("np.round()")],
  ["print(a.round())", notSupported("ndarray.round()")],
  ["print(a.clip(1, 2))", notSupported("ndarray.clip()")],
  ["print(a.dot(a))", notSupported("ndarray.dot()")],
  ["print(np.add(a, 'x', out=a))", "NotImplementedError: np.add() of str arrays with out= is not supported by this engine"],
  ["print(np.where(a == 'a', a, 1))", "NotImplementedError: np.where() of a str and a Python number is not supported by this engine"],
  ["print(np.logical_and(a, a))", "NotImplementedError: np.logical_and() of str arrays is not supported by this engine"],
];

describe("what is not implemented for str arrays raises, naming it", () => {
  for (const [code, expected] of unsupported) test(code, () => expect(outcome(code)).toBe(expected));
});

describe("np.str_ elements act as str", () => {
  // np.str_ copies str's methods when its module loads; a host that imported engine/core before engine/index once
  // loaded it before str's operator methods existed, so len() of an element raised TypeError in that process
  test("np.str_ has every method of str, whichever engine module was imported first", () => {
    const missing = [...strType.dict].filter(([name, f]) => f instanceof PyMethodDescr && !strScalarType.dict.has(name));
    expect(missing.map(([name]) => name)).toEqual([]);
  });
  test("str methods, operators, containment, join, dict keys", () => {
    expect(
      outcome("s = a[2]\nprint(s.upper(), s + '!', len(s), 'c' in s, s in 'xcc', '-'.join(a), {'cc': 1}[s], s == 'cc', repr(s))"),
    ).toBe("CC cc! 2 True True b-a-cc 1 True np.str_('cc')");
  });
  test("a str array is charged as NumPy allocates it (4 bytes a code point): 100 references to a 2·10^6-char str", () => {
    const r = run("import numpy as np\nx = np.array(['ab' * 10**6] * 100)", { maxMemoryBytes: 256 << 20 });
    expect(`${r.error?.type}: ${r.error?.message}`).toBe("MemoryError: cannot allocate 800000000 bytes (memory limit 268435456 bytes)");
  });
});
