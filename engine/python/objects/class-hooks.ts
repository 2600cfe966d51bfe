// Bases that are not classes but make the class from its body themselves — `class Point(NamedTuple): x: int` —
// which CPython reaches through __mro_entries__ and a metaclass. The class statement hands such a hook the name and
// the namespace its body filled.
export type ClassHook = (name: string, ns: Map<string, any>) => any;

export const CLASS_HOOKS = new WeakMap<object, ClassHook>();
