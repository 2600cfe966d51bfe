// __slots__: instances of a class whose every base (but object) declares __slots__ have no __dict__; only the slot
// names can be set on them.
import type { PyType } from "./core";
import { objectType } from "./types";
import { iterToArray } from "./ops/iteration";

/** the slot names instances of t may hold, or null when they have a __dict__ */
export function slotNames(t: PyType): Set<string> | null {
  const own = t.dict.get("__slots__");
  if (own === undefined) return null;
  const names = new Set<string>(typeof own === "string" ? [own] : (iterToArray(own) as string[]));
  if (names.has("__dict__")) return null;
  for (const b of t.mro.slice(1)) {
    if (b === objectType) continue;
    if (b.builtin || b.slots === null) return null;
    for (const n of b.slots) names.add(n);
  }
  return names;
}

/** every name the __slots__ of t and its bases declare, or null if none does */
export function slotMembers(t: PyType): Set<string> | null {
  const names = new Set<string>();
  for (const b of t.mro) {
    const own = b.builtin ? undefined : b.dict.get("__slots__");
    if (own !== undefined) for (const n of typeof own === "string" ? [own] : (iterToArray(own) as string[])) names.add(n);
  }
  names.delete("__dict__");
  return names.size ? names : null;
}
