// None, a dict or a set as the other operand of a numeric array or NumPy scalar (`y + None` after a function that
// forgot its `return`): NumPy makes it a 0-d object array and runs the ufunc's object loop, whose first element-wise
// Python operation raises, so the message names the element's Python type ('float', 'int', 'bool'), not ndarray.
import * as N from "../../../ndarray/index";
import { NDArray, NPScalar } from "../../../ndarray/index";
import { PyDict, PySet } from "../../objects/core";
import { typeName } from "../../objects/types";
import { exc, typeError, valueError, UFuncOutputCastingError } from "../../errors";

/** what NumPy can only hold as an object: its operators reach the object loop (a list or a number does not) */
export const isOpaqueOperand = (v: unknown): boolean => v === null || v instanceof PyDict || v instanceof PySet;

/** the numeric NumPy operand's element type as the object loop sees it, or null (str and object arrays) */
function elementType(v: unknown): string | null {
  if (!(v instanceof NDArray || v instanceof NPScalar)) return null;
  const dt = v.dtype;
  return dt === "bool" ? "bool" : N.isFloat(dt) ? "float" : N.isInt(dt) ? "int" : null;
}

const REFLECTED: Record<string, string> = { "<": ">", ">": "<", "<=": ">=", ">=": "<=" };

/**
 * `a op b` (an arithmetic operator or an ordering) where one side is such an operand: raises the object loop's error,
 * or returns its empty result for an empty array (bool for an ordering, object otherwise); null for other operands.
 */
export function objectLoop(op: string, a: unknown, b: unknown, ordering: boolean): NDArray | null {
  const left = elementType(a),
    right = elementType(b);
  const arrayLeft = left !== null && isOpaqueOperand(b);
  if (!arrayLeft && !(right !== null && isOpaqueOperand(a))) return null;
  const num = (arrayLeft ? a : b) as NDArray | NPScalar;
  if (op === "@") {
    if (!(num instanceof NDArray)) return null;
    throw valueError(
      `matmul: Input operand ${arrayLeft ? 1 : 0} does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)`,
    );
  }
  if (num instanceof NDArray && num.size === 0) return N.emptyArray(ordering ? "bool" : "object", num.shape.slice());
  const other = typeName(arrayLeft ? b : a);
  // Python asks the array for the reflected comparison (None < arr is arr > None)
  if (ordering) throw orderingError(arrayLeft ? op : (REFLECTED[op] ?? op), (left ?? right)!, other);
  throw arrayLeft ? operatorError(op, left!, other) : operatorError(op, other, right!);
}

/** `arr += None`: the object loop's result cannot be cast back into the numeric array */
export function inplaceObjectError(ufunc: string, a: unknown, b: unknown): unknown {
  if (!(a instanceof NDArray) || elementType(a) === null || !isOpaqueOperand(b)) return null;
  return exc(
    UFuncOutputCastingError,
    `Cannot cast ufunc '${ufunc}' output from dtype('O') to dtype('${a.dtype}') with casting rule 'same_kind'`,
  );
}

function operatorError(op: string, l: string, r: string): unknown {
  return typeError(`unsupported operand type(s) for ${op === "**" ? "** or pow()" : op}: '${l}' and '${r}'`);
}
function orderingError(op: string, l: string, r: string): unknown {
  return typeError(`'${op}' not supported between instances of '${l}' and '${r}'`);
}
