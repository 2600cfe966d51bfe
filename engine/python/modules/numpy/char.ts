// np.char (and NumPy 2's np.strings): the elementwise str functions the course uses — upper, lower, add.
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import { PyBuiltin, PyModule } from "../../objects/core";
import { typeError } from "../../errors";
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

export function makeChar(name: string): PyModule {
  const m = new PyModule(name);
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

lazyParts.char = makeChar; // this file loads with the stdlib chunk (engine/stdlib.ts)
