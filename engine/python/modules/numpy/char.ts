// np.char (and NumPy 2's np.strings): the elementwise str functions the course uses — upper, lower, add.
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import { PyBuiltin, PyModule } from "../../objects/core";
import { exc, excTypes, typeError } from "../../errors";
import { chargeLoop } from "../../charge";
import { noKeywords, toNd } from "./conv";
import { lazyParts } from "./lazy";

/** the str array an argument is (a list of str becomes one); NumPy's error for anything else */
function strArray(v: any): NDArray {
  const a = toNd(v);
  if (!N.isStr(a.dtype)) throw typeError("string operation on non-string array");
  return a;
}
/** f applied to each element of a str array, keeping its width */
function mapStr(v: any, f: (s: string) => string): NDArray {
  const a = strArray(v);
  chargeLoop(a.size);
  const out = N.emptyArray(a.dtype, a.shape.slice());
  const w = N.strWidth(a.dtype as N.StrDType);
  const src = N.values(a),
    od = out.data as string[];
  for (let i = 0; i < src.length; i++) od[i] = N.truncate(f(src[i]), w);
  return out;
}

// the rest of NumPy 2.4's np.char and np.strings: refused as unsupported, not as names NumPy lacks
const NUMPY_STR_FUNCTIONS = new Set(
  (
    "array asarray capitalize center chararray compare_chararrays count decode encode endswith equal expandtabs find " +
    "greater greater_equal index isalnum isalpha isdecimal isdigit islower isnumeric isspace istitle isupper join less " +
    "less_equal ljust lstrip mod multiply not_equal partition replace rfind rindex rjust rpartition rsplit rstrip slice " +
    "split splitlines startswith str_len strip swapcase title translate zfill"
  ).split(" "),
);

export function makeChar(name: string): PyModule {
  const m = new PyModule(name);
  const short = name === "numpy.char" ? "np.char" : "np.strings";
  m.missing = (n: string) => {
    if (NUMPY_STR_FUNCTIONS.has(n)) throw exc(excTypes.get("NotImplementedError")!, `${short}.${n} is not supported by this engine`);
    return undefined;
  };
  const fn = (n: string, f: (a: any[]) => any) => m.dict.set(n, new PyBuiltin(n, noKeywords(n, f)));
  fn("upper", (a) => mapStr(a[0], (s) => s.toUpperCase()));
  fn("lower", (a) => mapStr(a[0], (s) => s.toLowerCase()));
  fn("add", (a) => {
    if (a.length !== 2) throw typeError(`add() takes exactly 2 arguments (${a.length} given)`);
    const r = N.binary("add", strArray(a[0]), strArray(a[1]));
    return r instanceof NDArray ? r : N.asarray(r);
  });
  return m;
}

lazyParts.char = makeChar; // this file loads with NumPy's rarer functions (engine/numpy-more.ts)
