// NumPy 2's array-API names: np.atan/asin/acos/atan2/pow/concat/permute_dims are the very objects np.arctan, …,
// np.transpose are; np.matrix_transpose, ndarray.mT; numpy.linalg's matmul, outer, diagonal, trace and matrix_transpose,
// which work on the last two axes and take their options by keyword only.
import * as N from "../../../ndarray/index";
import { NDArray } from "../../../ndarray/index";
import { PyBuiltin, type KW } from "../../objects/core";
import { call } from "../../objects/ops";
import { typeError, valueError } from "../../errors";
import { toNd, opnd } from "./conv";
import { prop } from "./types";
import { lazyNumpy, lazyParts } from "./lazy";

const ALIASES: [string, string][] = [
  ["atan", "arctan"],
  ["asin", "arcsin"],
  ["acos", "arccos"],
  ["atan2", "arctan2"],
  ["atanh", "arctanh"],
  ["asinh", "arcsinh"],
  ["acosh", "arccosh"],
  ["pow", "power"],
  ["concat", "concatenate"],
  ["permute_dims", "transpose"],
  ["bitwise_invert", "invert"],
  ["bitwise_left_shift", "left_shift"],
  ["bitwise_right_shift", "right_shift"],
];
/** the aliases, set once the module is complete (module.ts): after the str-array guard has wrapped their functions */
lazyParts.arrayApi = (d) => {
  for (const [alias, name] of ALIASES) if (d.has(name)) d.set(alias, d.get(name));
};

function matrixTranspose(x: NDArray): NDArray {
  if (x.ndim < 2) throw valueError(`Input array must be at least 2-dimensional, but it is ${x.ndim}`);
  return N.swapaxes(x, -1, -2);
}

/** f(x1, …, /, *, keywords): positional-only arguments and the keywords allowed */
function positional(name: string, params: string[], keywords: string[], f: (a: any[], kw: Map<string, any>) => any) {
  const n = params.length;
  return new PyBuiltin(name, (a: any[], kw: KW) => {
    if (a.length > n) throw typeError(`${name}() takes ${n} positional argument${n === 1 ? "" : "s"} but ${a.length} were given`);
    if (a.length < n) {
      const missing = params.slice(a.length).map((p) => `'${p}'`);
      const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(", ")} and ${missing[missing.length - 1]}`;
      throw typeError(`${name}() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${list}`);
    }
    const m = new Map<string, any>();
    for (const [k, v] of kw ?? []) {
      if (!keywords.includes(k)) throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
      m.set(k, v);
    }
    return f(a, m);
  });
}

lazyNumpy.push((d, linalg, ndarrayType) => {
  d.set(
    "matrix_transpose",
    positional("matrix_transpose", ["x"], [], (a) => matrixTranspose(toNd(a[0]))),
  );
  linalg.dict.set(
    "matrix_transpose",
    positional("matrix_transpose", ["x"], [], (a) => matrixTranspose(toNd(a[0]))),
  );
  prop(ndarrayType, "mT", (s: NDArray) => {
    if (s.ndim < 2) throw valueError("matrix transpose with ndim < 2 is undefined");
    return N.swapaxes(s, -1, -2);
  });
  linalg.dict.set(
    "matmul",
    positional("matmul", ["x1", "x2"], [], (a) => call(d.get("matmul"), a, null as any)),
  );
  linalg.dict.set(
    "outer",
    positional("outer", ["x1", "x2"], [], (a) => {
      const x1 = toNd(a[0]),
        x2 = toNd(a[1]);
      if (x1.ndim !== 1 || x2.ndim !== 1)
        throw valueError(`Input arrays must be one-dimensional, but they are x1.ndim=${x1.ndim} and x2.ndim=${x2.ndim}.`);
      return N.outer(opnd(x1), opnd(x2));
    }),
  );
  linalg.dict.set(
    "diagonal",
    positional("diagonal", ["x"], ["offset"], (a, kw) =>
      call(
        d.get("diagonal"),
        [a[0]],
        new Map([
          ["offset", kw.get("offset") ?? 0],
          ["axis1", -2],
          ["axis2", -1],
        ]) as any,
      ),
    ),
  );
  linalg.dict.set(
    "trace",
    positional("trace", ["x"], ["offset", "dtype"], (a, kw) =>
      call(
        d.get("trace"),
        [a[0]],
        new Map([
          ["offset", kw.get("offset") ?? 0],
          ["axis1", -2],
          ["axis2", -1],
          ["dtype", kw.get("dtype") ?? null],
        ]) as any,
      ),
    ),
  );
});
