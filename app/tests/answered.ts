// Whether a question has an answer worth saving or checking (blank text, no choice and empty fields do not count).
export function isAnswered(r: unknown): boolean {
  if (r === null || r === undefined) return false;
  if (typeof r === "string") return r.trim() !== "";
  if (Array.isArray(r)) return r.length > 0;
  if (typeof r === "object") return Object.values(r as object).some((v) => v !== null && String(v).trim() !== "");
  return true;
}
