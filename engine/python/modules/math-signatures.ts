// The signatures of the math module's functions as CPython declares them: an extra, missing or keyword argument
// raises CPython's TypeError instead of being ignored (math.isclose(a, b, 0.2) dropped its tolerance).
import { PyBuiltin, type PyModule } from "../objects/core";
import { bindC, type CSignature } from "../objects/arg-clinic";

const ONE =
  "sqrt exp exp2 cbrt expm1 sin cos tan asin acos atan sinh cosh tanh asinh acosh atanh log10 log2 log1p fabs degrees radians erf erfc gamma lgamma floor ceil trunc isnan isinf isfinite factorial isqrt fsum modf frexp ulp";
const TWO = "pow atan2 copysign fmod ldexp comb dist remainder nextafter";
const VAR = "gcd lcm hypot";

export function applyMathSignatures(m: PyModule): void {
  const sigs = new Map<string, CSignature>();
  for (const n of ONE.split(" ")) sigs.set(n, { conv: "one", names: ["x"], min: 1 });
  for (const n of TWO.split(" ")) sigs.set(n, { conv: "pos", names: ["x", "y"], min: 2 });
  for (const n of VAR.split(" ")) sigs.set(n, { conv: "var", names: [], min: 0 });
  sigs.set("perm", { conv: "pos", names: ["n", "k"], min: 1 });
  sigs.set("isclose", { conv: "kw", names: ["a", "b", "rel_tol", "abs_tol"], min: 2, kwOnly: 2 });
  sigs.set("prod", { conv: "kw", names: ["iterable", "start"], min: 1, posOnly: 1, kwOnly: 1 });
  for (const [name, sig] of sigs) {
    const b = m.dict.get(name);
    if (!(b instanceof PyBuiltin)) throw new Error(`math.${name} is not defined`);
    const f = b.fn;
    b.fn = (args, kw) => f(bindC(sig, name, `math.${name}`, args, kw), null);
  }
}
