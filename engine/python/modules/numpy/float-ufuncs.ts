// Python bindings of engine/ndarray/float-ufuncs.ts: heaviside, float_power, logaddexp2, frexp, ldexp, nextafter,
// spacing and sinc. Registered lazily (./lazy.ts): engine/stdlib.ts imports this file. They are plain functions:
// out=, where=, dtype= and the ufunc methods (reduce, at, ...) raise NotImplementedError.
import * as F from "../../../ndarray/float-ufuncs";
import { PyBuiltin, PyTuple, KW } from "../../objects/core";
import { typeError } from "../../errors";
import { lazyNumpy } from "./lazy";
import { opnd, unsupported, parseNamed } from "./conv";
import { typeName } from "../../objects/types";

function addFloatUfuncs(d: Map<string, any>): void {
  const uf = (name: string, nin: number, f: (o: any[]) => any, nout = 1) =>
    d.set(
      name,
      new PyBuiltin(name, (a: any[], kw: KW) => {
        if (a.length < nin || a.length > nin + nout)
          throw typeError(
            `${name}() takes from ${nin} to ${nin + nout} positional arguments but ${a.length} ${a.length === 1 ? "was" : "were"} given`,
          );
        for (let i = nin; i < a.length; i++) unsupported(name, "out", a[i], () => false);
        if (kw) for (const [k, v] of kw) unsupported(name, k, v, () => false);
        const ops = a.map((v) => {
          const o = opnd(v);
          if (o === undefined)
            throw typeError(
              `ufunc '${name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`,
            );
          return o;
        });
        return f(ops);
      }),
    );
  for (const n of ["heaviside", "nextafter", "float_power", "logaddexp2"]) uf(n, 2, (o) => F.floatUfunc(n, o[0], o[1]));
  // np.sinc is a Python function, not a ufunc
  d.set(
    "sinc",
    new PyBuiltin("sinc", (a: any[], kw: KW) => {
      if (a.length > 1) throw typeError(`sinc() takes 1 positional argument but ${a.length} were given`);
      const p = parseNamed("sinc", a, kw, ["x"]);
      if (p.x === undefined) throw typeError("sinc() missing 1 required positional argument: 'x'");
      const o = opnd(p.x);
      if (o === undefined) throw typeError(`unsupported operand type(s) for *: 'float' and '${typeName(p.x)}'`);
      return F.sinc(o);
    }),
  );
  uf("spacing", 1, (o) => F.floatUfunc("spacing", o[0], o[0]));
  uf("frexp", 1, (o) => new PyTuple(F.frexp(o[0])), 2);
  uf("ldexp", 2, (o) => F.ldexp(o[0], o[1]));
}

lazyNumpy.push(addFloatUfuncs);
