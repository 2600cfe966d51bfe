// The signatures of list, tuple, dict, set and frozenset methods as CPython declares them: an extra, missing or
// keyword argument raises CPython's TypeError instead of being ignored (l.remove(1, 2), d.get(k, default=0)).
import "./methods";
import { dictType, frozensetType, listType, rangeType, setType, tupleType } from "./types";
import { PyClassMethod, PyMethodDescr, type PyType } from "./core";
import { bindC, type CSignature } from "./arg-clinic";

const sig = (conv: CSignature["conv"], min = 0, max = min): CSignature => ({ conv, names: Array(max).fill("x"), min });
const NOARGS = sig("noargs"),
  ONE = sig("one", 1),
  VAR = sig("var");
const TABLE: [PyType[], Record<string, CSignature>][] = [
  [
    [listType],
    {
      append: ONE,
      extend: ONE,
      remove: ONE,
      count: ONE,
      insert: sig("pos", 2),
      pop: sig("pos", 0, 1),
      index: sig("pos", 1, 3),
      copy: NOARGS,
      clear: NOARGS,
      reverse: NOARGS,
    },
  ],
  [[tupleType], { index: sig("pos", 1, 3), count: ONE }],
  [[rangeType], { index: ONE, count: ONE }],
  [
    [dictType],
    {
      get: sig("pos", 1, 2),
      pop: sig("pos", 1, 2),
      setdefault: sig("pos", 1, 2),
      fromkeys: sig("pos", 1, 2),
      popitem: NOARGS,
      keys: NOARGS,
      values: NOARGS,
      items: NOARGS,
      copy: NOARGS,
      clear: NOARGS,
    },
  ],
  [
    [setType, frozensetType],
    {
      union: VAR,
      intersection: VAR,
      difference: VAR,
      symmetric_difference: ONE,
      issubset: ONE,
      issuperset: ONE,
      isdisjoint: ONE,
      copy: NOARGS,
    },
  ],
  [
    [setType],
    {
      add: ONE,
      remove: ONE,
      discard: ONE,
      pop: NOARGS,
      clear: NOARGS,
      update: VAR,
      intersection_update: VAR,
      difference_update: VAR,
      symmetric_difference_update: ONE,
    },
  ],
];

for (const [types, sigs] of TABLE)
  for (const t of types)
    for (const [name, s] of Object.entries(sigs)) {
      const entry = t.dict.get(name);
      const d = entry instanceof PyClassMethod ? entry.fn : entry;
      if (!(d instanceof PyMethodDescr)) throw new Error(`${t.name}.${name} is not defined`);
      const f = d.fn;
      d.fn = (self, args, kw) => f(self, bindC(s, name, `${t.name}.${name}`, args, kw), null);
    }
