// `array + obj` where obj's class has the reflected method (__radd__) but neither __array_priority__ nor
// __array_ufunc__: NumPy does not defer to it but applies the operator element by element (an object array of
// obj.__radd__(element) results), which this engine does not do; calling obj.__radd__(array) would be another answer.
import { PyInstance, PyExcObj, type PyType } from "../core";
import { exc, NotImplementedError } from "../../errors";

const SEQUENCE_LIKE = ["__array__", "__len__", "__iter__", "__getitem__", "__array_priority__", "__array_ufunc__"];

export function refuseElementwiseObject(a: any, b: any, tb: PyType, reflected: string): void {
  if (a?.__np !== true || !(b instanceof PyInstance) || b instanceof PyExcObj) return;
  if (tb.lookup(reflected) === undefined) return;
  for (const n of SEQUENCE_LIKE) if (tb.lookup(n) !== undefined) return;
  throw exc(
    NotImplementedError,
    `a NumPy array or scalar with a '${tb.name}' operand on the right (NumPy applies ${reflected} element by element ` +
      `unless the class sets __array_priority__) is not supported by this engine`,
  );
}
