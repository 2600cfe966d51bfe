const ids = new WeakMap<object, number>();
let nextId = 0x7f0000001000;
export function idOf(v: any): number {
  if (v === null || typeof v !== "object") {
    if (typeof v === "number") return v * 32 + 0x1000;
    if (typeof v === "boolean") return v ? 0x9a1200 : 0x9a1220;
    return 0x7e0000000000 + (strHash(String(v)) % 100000);
  }
  let id = ids.get(v);
  if (id === undefined) {
    id = nextId;
    nextId += 48;
    ids.set(v, id);
  }
  return id;
}
export function strHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return Math.abs(h);
}
export const hexId = (v: any) => "0x" + idOf(v).toString(16).padStart(12, "0");
