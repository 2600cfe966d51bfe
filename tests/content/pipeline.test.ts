// Content flows one way: read → validate → prove → load. No module of lib/ imports (statically or with import())
// a module that imports it back, and the content steps import only the steps before them.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return f === "generated" ? [] : tsFiles(p);
    return /\.tsx?$/.test(f) && !f.endsWith(".d.ts") ? [p] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(ROOT, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const cand of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    try {
      if (statSync(cand).isFile()) return cand;
    } catch {
      /* next candidate */
    }
  }
  return null;
}

/** Every lib/ module and the lib/ modules it imports (type-only imports included: they are still a dependency). */
function graph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const f of tsFiles(path.join(ROOT, "lib"))) {
    const src = readFileSync(f, "utf8");
    const specs = [...src.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)["']([^"']+)["']/g)].map((m) => m[1]!);
    g.set(
      f,
      specs.map((s) => resolveImport(f, s)).filter((x): x is string => x !== null && x.startsWith(path.join(ROOT, "lib"))),
    );
  }
  return g;
}

const rel = (f: string) => path.relative(ROOT, f);

describe("content flows one way", () => {
  const g = graph();

  it("no import cycle among lib/ modules that involves lib/content or lib/exercises", () => {
    const cycles: string[] = [];
    const state = new Map<string, 1 | 2>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 1);
      stack.push(f);
      for (const d of g.get(f) ?? []) {
        if (state.get(d) === 1) {
          const cycle = stack.slice(stack.indexOf(d)).map(rel);
          if (cycle.some((c) => c.startsWith("lib/content/") || c.startsWith("lib/exercises/")))
            cycles.push([...cycle, rel(d)].join(" → "));
        } else if (!state.has(d)) visit(d);
      }
      stack.pop();
      state.set(f, 2);
    };
    for (const f of g.keys()) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it("each step imports only the steps before it", () => {
    const step = (f: string) => ["read", "validate", "prove", "pipeline", "load"].indexOf(path.basename(f, ".ts"));
    const bad: string[] = [];
    for (const name of ["read", "validate", "prove", "load"]) {
      const f = path.join(ROOT, "lib/content", `${name}.ts`);
      for (const d of g.get(f) ?? [])
        if (path.dirname(d) === path.dirname(f) && step(d) >= step(f) && step(d) >= 0 && d !== f) bad.push(`${name} → ${path.basename(d)}`);
    }
    // load may call the pipeline (read → validate → prove) that comes before it.
    expect(bad.filter((b) => b !== "load → pipeline.ts")).toEqual([]);
    expect(
      g
        .get(path.join(ROOT, "lib/content/read.ts"))!
        .map(rel)
        .filter((d) => d.startsWith("lib/content/")),
    ).toEqual(expect.not.arrayContaining(["lib/content/validate.ts", "lib/content/prove.ts", "lib/content/mutation.ts"]));
  });
});
