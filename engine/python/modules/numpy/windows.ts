// np.hanning, hamming, blackman, bartlett, kaiser and i0: numpy/lib/_function_base_impl.py statement for statement
// through the engine's own NumPy functions (arange, cos, exp, piecewise, …), which check and charge the work, so the
// digits are NumPy's as long as those functions' are. Registered lazily (./lazy.ts).
import { NDArray } from "../../../ndarray/index";
import { isStr } from "../../../ndarray/core";
import { PyBuiltin, PyFloat, PyList, type KW } from "../../objects/core";
import { binop, call, compare, getattr, getitem, truthy } from "../../objects/ops";
import { typeError } from "../../errors";
import { builtins } from "../../builtins";
import { bindPy } from "./signature";
import { chargeNative } from "../../charge";
import { builtinAdder } from "./types";
import { lazyNumpy } from "./lazy";

// numpy/lib/_function_base_impl.py's Chebyshev coefficients of exp(-x) I0(x) on [0, 8] and of exp(-x) sqrt(x) I0(x)
// on (8, inf)
const I0A = [
  -4.4153416464793395e-18, 3.3307945188222384e-17, -2.431279846547955e-16, 1.715391285555133e-15, -1.1685332877993451e-14,
  7.676185498604936e-14, -4.856446783111929e-13, 2.95505266312964e-12, -1.726826291441556e-11, 9.675809035373237e-11,
  -5.189795601635263e-10, 2.6598237246823866e-9, -1.300025009986248e-8, 6.046995022541919e-8, -2.670793853940612e-7, 1.1173875391201037e-6,
  -4.4167383584587505e-6, 1.6448448070728896e-5, -5.754195010082104e-5, 1.8850288509584165e-4, -5.763755745385824e-4, 1.6394756169413357e-3,
  -4.324309995050576e-3, 1.0546460394594998e-2, -2.373741480589947e-2, 4.930528423967071e-2, -9.490109704804764e-2, 1.7162090152220877e-1,
  -3.046826723431984e-1, 6.767952744094761e-1,
];
const I0B = [
  -7.233180487874754e-18, -4.830504485944182e-18, 4.46562142029676e-17, 3.461222867697461e-17, -2.8276239805165836e-16,
  -3.425485619677219e-16, 1.7725601330565263e-15, 3.8116806693526224e-15, -9.554846698828307e-15, -4.150569347287222e-14,
  1.54008621752141e-14, 3.8527783827421426e-13, 7.180124451383666e-13, -1.7941785315068062e-12, -1.3215811840447713e-11,
  -3.1499165279632416e-11, 1.1889147107846439e-11, 4.94060238822497e-10, 3.3962320257083865e-9, 2.266668990498178e-8, 2.0489185894690638e-7,
  2.8913705208347567e-6, 6.889758346916825e-5, 3.3691164782556943e-3, 8.044904110141088e-1,
];

const f = (v: number) => new PyFloat(v);
/** measured 800–1700 ns per element of i0 over 10^5 float64 (the latter on a loaded 2-core machine) */
const NS_PER_I0_ELEMENT = 800;

lazyNumpy.push((d) => {
  const np = (name: string, args: any[], kw: KW = null) => call(d.get(name), args, kw);
  const add = builtinAdder(d);
  const [plus, minus, times, over] = [
    (a: any, b: any) => binop("+", a, b),
    (a: any, b: any) => binop("-", a, b),
    (a: any, b: any) => binop("*", a, b),
    (a: any, b: any) => binop("/", a, b),
  ];

  /** `values = np.array([0.0, M, …])`: M (and beta) as float64 or wider, as NumPy reads them */
  const floatValues = (args: any[]) => np("array", [new PyList([f(0), ...args])]) as NDArray;
  // the engine's str arrays give str elements where NumPy's give np.str_, whose name NumPy's messages show
  const strValues = (values: NDArray) => isStr(values.dtype);
  const emptyOrOne = (values: NDArray, M: any): NDArray | null => {
    const dtype = new Map([["dtype", getattr(values, "dtype")]]);
    if (truthy(compare("<", M, 1))) return np("array", [new PyList([])], dtype);
    if (truthy(compare("==", M, 1))) return np("ones", [1], dtype);
    return null;
  };

  /** the cosine windows: sum of c_k cos(k pi n / (M - 1)) over n = 1-M, 3-M, …, M-1 */
  const cosineWindow = (name: string, window: (n: any, M: any) => any) =>
    add(name, (args, kw) => {
      const p = bindPy({ name, positional: ["M"], required: 1 }, args, kw);
      const values = floatValues([p.M]);
      const M = getitem(values, 1);
      if (strValues(values)) throw typeError("'<' not supported between instances of 'numpy.str_' and 'int'");
      const trivial = emptyOrOne(values, M);
      if (trivial) return trivial;
      const n = np("arange", [minus(1, M), M, 2]);
      return window(n, M);
    });
  const cosTerm = (k: number, n: any, M: any) => np("cos", [over(times(f(k * Math.PI), n), minus(M, 1))]);
  cosineWindow("hanning", (n, M) => plus(f(0.5), times(f(0.5), cosTerm(1, n, M))));
  cosineWindow("hamming", (n, M) => plus(f(0.54), times(f(0.46), cosTerm(1, n, M))));
  cosineWindow("blackman", (n, M) => plus(plus(f(0.42), times(f(0.5), cosTerm(1, n, M))), times(f(0.08), cosTerm(2, n, M))));
  cosineWindow("bartlett", (n, M) =>
    np("where", [np("less_equal", [n, 0]), plus(1, over(n, minus(M, 1))), minus(1, over(n, minus(M, 1)))]),
  );

  const chbevl = (x: any, vals: number[]) => {
    let b0: any = f(vals[0]!),
      b1: any = f(0),
      b2: any = f(0);
    for (let i = 1; i < vals.length; i++) {
      b2 = b1;
      b1 = b0;
      b0 = plus(minus(times(x, b1), b2), f(vals[i]!));
    }
    return times(f(0.5), minus(b0, b2));
  };
  const i0Near = new PyBuiltin("_i0_1", (a: any[]) => times(np("exp", [a[0]]), chbevl(minus(over(a[0], f(2)), 2), I0A)));
  const i0Far = new PyBuiltin("_i0_2", (a: any[]) =>
    over(times(np("exp", [a[0]]), chbevl(minus(over(f(32), a[0]), f(2)), I0B)), np("sqrt", [a[0]])),
  );
  const i0 = (xArg: any) => {
    let x = np("asanyarray", [xArg]) as NDArray;
    const kind = getattr(getattr(x, "dtype"), "kind");
    if (kind === "c") throw typeError("i0 not supported for complex values");
    if (kind !== "f") x = call(getattr(x, "astype"), [builtins.get("float")], null);
    x = np("abs", [x]);
    // the two Chebyshev series are ~55 array operations over the elements, each a fresh temporary: their own
    // charges count the arithmetic only (enumerate: i0 of 10^5 elements took 170 ms of CPU against 21 ms charged)
    chargeNative((x instanceof NDArray ? x.size : 1) * NS_PER_I0_ELEMENT);
    return np("piecewise", [x, new PyList([compare("<=", x, f(8))]), new PyList([i0Near, i0Far])]);
  };
  add("i0", (args, kw) => i0(bindPy({ name: "i0", positional: ["x"], required: 1 }, args, kw).x));

  add("kaiser", (args, kw) => {
    const p = bindPy({ name: "kaiser", positional: ["M", "beta"], required: 2 }, args, kw);
    const values = floatValues([p.M, p.beta]);
    const M = getitem(values, 1),
      beta = getitem(values, 2);
    if (strValues(values)) throw typeError("arange() not supported for inputs with DType <class 'numpy.dtypes.StrDType'>.");
    if (truthy(compare("==", M, 1))) return np("ones", [1], new Map([["dtype", getattr(values, "dtype")]]));
    const n = np("arange", [0, M]);
    const alpha = over(minus(M, 1), f(2));
    const ratio = binop("**", over(minus(n, alpha), alpha), f(2));
    return over(i0(times(beta, np("sqrt", [minus(1, ratio)]))), i0(beta));
  });
});
