// The standard gamma variate as NumPy draws it: Marsaglia and Tsang's method for shape > 1, NumPy's rejection method
// with an exponential envelope below 1. The Generator (random_standard_gamma) and the legacy RandomState
// (legacy_standard_gamma) run the same steps and differ only in the uniform, exponential and normal draws they take,
// passed here as functions of the generator (module-level, so nothing is allocated per draw).
import { glibcLog } from "./glibc-log";
import { glibcPow } from "./glibc-pow";

const log = glibcLog;
const pow = glibcPow;

type Draw<G> = (g: G) => number;

export function standardGammaWith<G>(g: G, shape: number, double: Draw<G>, exponential: Draw<G>, normal: Draw<G>): number {
  if (shape === 1.0) return exponential(g);
  if (shape === 0.0) return 0.0;
  if (shape < 1.0) {
    for (;;) {
      const U = double(g),
        V = exponential(g);
      if (U <= 1.0 - shape) {
        const X = pow(U, 1.0 / shape);
        if (X <= V) return X;
      } else {
        const Y = -log((1 - U) / shape);
        const X = pow(1.0 - shape + shape * Y, 1.0 / shape);
        if (X <= V + Y) return X;
      }
    }
  }
  const b = shape - 1.0 / 3.0,
    c = 1.0 / Math.sqrt(9 * b);
  for (;;) {
    let X: number, V: number;
    do {
      X = normal(g);
      V = 1.0 + c * X;
    } while (V <= 0.0);
    V = V * V * V;
    const U = double(g);
    if (U < 1.0 - 0.0331 * (X * X) * (X * X)) return b * V;
    if (log(U) < 0.5 * X * X + b * (1.0 - V + log(V))) return b * V;
  }
}
