// Python's `is` on the engine's values: JavaScript identity, except for NumPy's booleans, which are two singletons in
// NumPy (np.True_, np.False_: every comparison returns one of them) but fresh NPScalar objects here.
import { NPScalar } from "../../ndarray/index";

export function isSame(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return a instanceof NPScalar && b instanceof NPScalar && a.dtype === "bool" && b.dtype === "bool" && !a.value === !b.value;
}
