// NumPy entry points whose code loads with the stdlib chunk (engine/stdlib.ts imports their bindings) to keep the first
// browser bundle small. The numpy module adds what is registered here when a program first imports it: in the browser
// after loadStdlib(), which every run awaits; on Node engine/index.ts has registered everything at once.
import type { KW, PyModule } from "../../objects/core";

type AddFunction = (name: string, f: (a: any[], kw: KW) => any) => void;
/** Adds functions to numpy.linalg (`lf` wraps them as that module's builtins). */
export const lazyLinalg: ((linalg: PyModule, lf: AddFunction) => void)[] = [];
