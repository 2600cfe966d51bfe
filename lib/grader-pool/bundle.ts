// The grader processes' program: child.ts and everything it imports (the engine, lib/grading) bundled by esbuild
// into ONE file, built once per pool owner and cached by content hash under the system temp directory. A bundled
// grader starts in about a second with ~100 MB resident, against ~4 s and ~200 MB when tsx compiles the module graph
// on start-up — what a replacement costs after a grader is killed. Without esbuild (it comes with tsx) the pool
// falls back to child-entry.mjs, which runs the sources through tsx. The bundle is started by code-cache-entry.cjs,
// which compiles it with V8's code cache, kept in the same directory.
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

type Build = (opts: Record<string, unknown>) => Promise<{ outputFiles: { contents: Uint8Array }[] }>;

function root(): string {
  return process.env.KAKUNIN_ROOT || process.cwd();
}

/** The default TypeScript source of a grader process. */
export function defaultSource(): string {
  return path.join(root(), "lib", "grader-pool", "child.ts");
}

/** The tsx entry used when bundling is not possible. */
export function fallbackEntry(): string {
  return path.join(root(), "lib", "grader-pool", "child-entry.mjs");
}

/** The grader spawner (spawner.mjs, plain JS). */
export function spawnerScript(): string {
  return path.join(root(), "lib", "grader-pool", "spawner.mjs");
}

const built = new Map<string, Promise<string>>();

/** Bundles `source` (once per process and source) and returns the path of the bundle. */
export function bundledEntry(source: string): Promise<string> {
  let p = built.get(source);
  if (!p) {
    p = build(source);
    built.set(source, p);
    p.catch(() => built.delete(source));
  }
  return p;
}

/** The loader that starts a bundled grader with V8's code cache (code-cache-entry.cjs). */
function codeCacheEntry(): string {
  return path.join(root(), "lib", "grader-pool", "code-cache-entry.cjs");
}

async function build(source: string): Promise<string> {
  // resolved at run time from the project (not seen by the web bundler)
  const name = "esbuild";
  const esbuild = createRequire(path.join(root(), "package.json"))(name) as { build: Build };
  const out = await esbuild.build({
    entryPoints: [source],
    bundle: true,
    platform: "node",
    // CommonJS: the loader compiles it as a script (vm.Script), the kind of code V8's code cache takes
    format: "cjs",
    target: "node20",
    write: false,
    logLevel: "silent",
    tsconfig: path.join(root(), "tsconfig.json"),
  });
  const code = out.outputFiles[0]!.contents;
  const loader = fs.readFileSync(codeCacheEntry());
  const hash = crypto.createHash("sha256").update(code).update(loader).digest("hex").slice(0, 16);
  const dir = path.join(os.tmpdir(), `kakunin-grader-${process.getuid?.() ?? "u"}`);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stem = path.join(dir, `${path.basename(source, ".ts")}-${hash}`);
  // the bundle before its entry: an entry on disk always finds its bundle
  writeOnce(`${stem}.js`, code);
  writeOnce(`${stem}.cjs`, loader);
  return `${stem}.cjs`;
}

/** Several processes may build at once: write aside, then rename (atomic). */
function writeOnce(file: string, data: Uint8Array): void {
  if (fs.existsSync(file)) return;
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data, { mode: 0o600 });
  fs.renameSync(tmp, file);
}
