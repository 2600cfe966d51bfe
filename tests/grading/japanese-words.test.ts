// The Japanese tokenizer behind the short-text rubric (lib/grading/japanese-words.ts): word segmentation as the
// rubric needs it, its load cost, and that it stays out of the browser bundle.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { japaneseWords } from "@/lib/grading/japanese-words";

const ROOT = path.resolve(__dirname, "../..");

describe("japaneseWords", () => {
  it("segments into dictionary words, with dictionary forms, separators dropped", () => {
    const t0 = performance.now();
    const words = japaneseWords("最後の状態");
    console.log(`Lindera + IPADIC loaded and first text segmented in ${(performance.now() - t0).toFixed(0)} ms`);
    expect(words.map((w) => w.surface)).toEqual(["最後", "の", "状態"]);
    expect(japaneseWords("勾配 消失し").map((w) => [w.surface, w.base])).toEqual([
      ["勾配", "勾配"],
      ["消失", "消失"],
      ["し", "する"],
    ]);
  });
});

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return f === "node_modules" || f === "generated" ? [] : files(p);
    return /\.tsx?$/.test(f) ? [p] : [];
  });
}

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(ROOT, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")])
    try {
      if (statSync(c).isFile()) return c;
    } catch {
      /* next */
    }
  return null;
}

describe("the browser bundle", () => {
  it("no client component reaches the tokenizer (value imports; type-only imports are erased)", () => {
    const clients = [...files(path.join(ROOT, "app")), ...files(path.join(ROOT, "lib"))].filter((f) =>
      /^["']use client["']/m.test(readFileSync(f, "utf8")),
    );
    expect(clients.length).toBeGreaterThan(0);
    const reached = new Set<string>();
    const stack = [...clients];
    while (stack.length) {
      const f = stack.pop()!;
      if (reached.has(f)) continue;
      reached.add(f);
      const src = readFileSync(f, "utf8");
      for (const m of src.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']/gm)) {
        const d = resolve(f, (m[1] ?? m[2])!);
        if (d) stack.push(d);
      }
    }
    const bad = [...reached]
      .map((f) => path.relative(ROOT, f))
      .filter((f) => f === "lib/grading/japanese-words.ts" || f === "lib/grading/short-text.ts");
    expect(bad).toEqual([]);
  });
});
