// NumPy entry points whose code loads with the stdlib chunk (engine/stdlib.ts imports their bindings) to keep the first
// browser bundle small. The numpy module adds what is registered here when a program first imports it: in the browser
// after loadStdlib(), which every run awaits; on Node engine/index.ts has registered everything at once.
import type { KW, PyModule, PyType } from "../../objects/core";
import type { RandomState } from "../../../random/index";

type AddFunction = (name: string, f: (a: any[], kw: KW) => any) => void;
/** Adds functions to numpy.linalg (`lf` wraps them as that module's builtins). */
export const lazyLinalg: ((linalg: PyModule, lf: AddFunction) => void)[] = [];

/** Adds functions to a legacy np.random module or RandomState (`getRS`: its generator; `sizeOf`/`count`: size handling). */
export const lazyLegacyRandom: ((
  fn: AddFunction,
  getRS: () => RandomState,
  sizeOf: (v: any) => number[] | null,
  count: (s: number[] | null) => number,
) => void)[] = [];

/** Adds functions to the numpy module's namespace `d` (and to numpy.linalg, the ndarray type). */
export const lazyNumpy: ((d: Map<string, any>, linalg: PyModule, ndarrayType: PyType) => void)[] = [];

type Part = (d: Map<string, any>) => void;
/**
 * Parts of the numpy module that a lazily loaded file builds, each called at its place in makeNumpy (module.ts) so the
 * module's names keep their order and which of two same-named entries wins: np.random and RandomState
 * (legacy-random.ts), the creation functions (creation.ts), the products and numpy.linalg (linalg.ts), the shape and
 * joining functions (shape.ts, joining.ts), finfo/iinfo and friends (dtype-info.ts), the print options (printing.ts),
 * np.char/np.strings (char.ts) and the messages for removed names (removed-names.ts).
 */
export const lazyParts: {
  random?: Part;
  creation?: Part;
  linalg?: (d: Map<string, any>) => PyModule;
  shape?: Part;
  joining?: Part;
  /** the array-API aliases (array-api-names.ts), set last: after the str-array guard */
  arrayApi?: Part;
  dtypeInfo?: Part;
  printing?: Part;
  char?: (name: string) => PyModule;
  missing?: (name: string) => undefined;
} = {};
