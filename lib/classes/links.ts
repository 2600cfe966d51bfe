// Instructor links carry the class being viewed as `?class=<id>` (lib/auth/guard requireClassScope reads it).
export function withClass(href: string, classId: string | null | undefined): string {
  if (!classId) return href;
  const [path, hash] = href.split("#", 2) as [string, string | undefined];
  const sep = path.includes("?") ? "&" : "?";
  return `${path}${sep}class=${encodeURIComponent(classId)}${hash !== undefined ? `#${hash}` : ""}`;
}
