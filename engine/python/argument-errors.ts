// The wording of CPython's argument TypeErrors, shared by compiled functions (compiler/calls.ts) and the builtins
// that bind like a Python def (modules/numpy/signature.ts): "2 required positional arguments: 'a' and 'b'".
export function plural(n: number, w: string): string {
  return `${n} ${w}${n === 1 ? "" : "s"}`;
}

export function nameList(ns: string[]): string {
  const q = ns.map((n) => `'${n}'`);
  if (q.length <= 2) return q.join(" and ");
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}
