// The signatures of deque's methods (C) and Counter.most_common (Python) as CPython declares them: extra or keyword
// arguments raise CPython's TypeError instead of being ignored (dq.rotate(1, 2), c.most_common(1, 2)).
import { PyMethodDescr, type PyType } from "../../objects/core";
import { bindC, type CSignature } from "../../objects/arg-clinic";
import { bindPy } from "../numpy/signature";

let applied = false;
export function applyCollectionsSignatures(deque: PyType, counter: PyType): void {
  if (applied) return;
  applied = true;
  const one: CSignature = { conv: "one", names: ["x"], min: 1 },
    none: CSignature = { conv: "noargs", names: [], min: 0 };
  const sigs: Record<string, CSignature> = {
    append: one,
    appendleft: one,
    extend: one,
    extendleft: one,
    count: one,
    remove: one,
    pop: none,
    popleft: none,
    clear: none,
    copy: none,
    reverse: none,
    index: { conv: "pos", names: ["value", "start", "stop"], min: 1 },
    insert: { conv: "pos", names: ["index", "value"], min: 2 },
    rotate: { conv: "pos", names: ["n"], min: 0 },
  };
  for (const [name, sig] of Object.entries(sigs)) {
    const d = deque.dict.get(name) as PyMethodDescr;
    const f = d.fn;
    // rotate is the one clinic function whose messages name its type
    const short = name === "rotate" ? "deque.rotate" : name;
    d.fn = (self, args, kw) => f(self, bindC(sig, short, `deque.${name}`, args, kw), null);
  }
  const mc = counter.dict.get("most_common") as PyMethodDescr;
  const f = mc.fn;
  const sig = { name: "Counter.most_common", positional: ["self", "n"], required: 1 };
  mc.fn = (self, args, kw) => {
    const a = bindPy(sig, [self, ...args], kw);
    return f(self, a.n === undefined ? [] : [a.n], null);
  };
}
