// Route discovery from the filesystem: every page and route handler under app/ (with the HTTP methods a route
// handler exports), and every exported function of a "use server" module. tests/access/routes.ts must classify
// each of them; tests/access/route-table.test.ts fails on anything unclassified or stale.
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface DiscoveredRoute {
  /** URL pattern with Next's segment syntax, e.g. "/api/attempts/[id]/submit"; "/" for the root page. */
  path: string;
  kind: "page" | "api";
  /** Pages: ["GET"]; route handlers: the exported method handlers, sorted. */
  methods: HttpMethod[];
  file: string;
}

const PAGE_FILE = /^page\.(tsx|ts|jsx|js|mdx)$/;
const ROUTE_FILE = /^route\.(ts|js)$/;

/** The URL path of a directory under app/: route groups "(x)" and parallel slots "@x" add no segment. */
function urlPath(segments: string[]): string {
  const kept = segments.filter((s) => !(s.startsWith("(") && s.endsWith(")")) && !s.startsWith("@"));
  return "/" + kept.join("/");
}

/** Method handlers a route module exports: `export const GET`, `export async function POST`, `export { h as GET }`. */
export function exportedMethods(source: string): HttpMethod[] {
  const found = new Set<HttpMethod>();
  const isMethod = (s: string): s is HttpMethod => (HTTP_METHODS as readonly string[]).includes(s);
  for (const m of source.matchAll(/export\s+(?:const|let|var)\s+([A-Z]+)\b/g)) if (isMethod(m[1]!)) found.add(m[1]);
  for (const m of source.matchAll(/export\s+(?:async\s+)?function\s*\*?\s*([A-Z]+)\b/g)) if (isMethod(m[1]!)) found.add(m[1]);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1]!.split(",")) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()!
        .trim();
      if (isMethod(name)) found.add(name);
    }
  }
  return [...found].sort();
}

export function discoverRoutes(appDir = path.join(ROOT, "app")): DiscoveredRoute[] {
  const out: DiscoveredRoute[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name.startsWith("_") || e.name.startsWith(".")) continue; // private folders are not routable
        walk(full, [...segments, e.name]);
      } else if (PAGE_FILE.test(e.name)) {
        out.push({ path: urlPath(segments), kind: "page", methods: ["GET"], file: path.relative(ROOT, full) });
      } else if (ROUTE_FILE.test(e.name)) {
        const methods = exportedMethods(fs.readFileSync(full, "utf8"));
        out.push({ path: urlPath(segments), kind: "api", methods, file: path.relative(ROOT, full) });
      }
    }
  };
  walk(appDir, []);
  return out;
}

export interface DiscoveredAction {
  /** "lib/i18n/actions.ts#setLocaleAction" */
  id: string;
  file: string;
  name: string;
}

/** Server actions: exported functions of modules whose first statement is the "use server" directive. */
export function discoverServerActions(dirs = ["app", "lib"].map((d) => path.join(ROOT, d))): DiscoveredAction[] {
  const out: DiscoveredAction[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name === "node_modules" || e.name === "generated" || e.name.startsWith(".")) continue;
        walk(full);
      } else if (/\.(ts|tsx|js|jsx)$/.test(e.name)) {
        const src = fs.readFileSync(full, "utf8");
        if (!/^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*["']use server["']/.test(src)) continue;
        const file = path.relative(ROOT, full);
        for (const m of src.matchAll(/export\s+(?:async\s+)?(?:function\s+|const\s+)([A-Za-z0-9_$]+)/g)) {
          out.push({ id: `${file}#${m[1]}`, file, name: m[1]! });
        }
      }
    }
  };
  for (const d of dirs) walk(d);
  return out;
}

/** Fills "[id]", "[...rest]" and "[[...rest]]" segments; every segment must have a value. */
export function fillPath(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/\[\[?(\.\.\.)?([^\]]+)\]\]?/g, (_m, spread: string | undefined, name: string) => {
    const v = params[name];
    if (v === undefined) throw new Error(`no value for [${name}] in ${pattern}`);
    return spread ? v.split("/").map(encodeURIComponent).join("/") : encodeURIComponent(v);
  });
}

/** Names of the dynamic segments of a pattern, in order. */
export function paramNames(pattern: string): string[] {
  return [...pattern.matchAll(/\[\[?(?:\.\.\.)?([^\]]+)\]\]?/g)].map((m) => m[1]!);
}
