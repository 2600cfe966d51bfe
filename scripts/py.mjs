// npm run py -- FILE.py [options]: engine/cli.ts (behaves like `python3 FILE.py`) started from a prebuilt bundle, so a
// trivial program finishes in about python3's time instead of tsx's transpile-at-every-start (~1.2 s). The bundle is
// built by `npm install` (postinstall: `node scripts/py.mjs --build`) and rebuilt here whenever a source it is made
// of is newer. Plain JavaScript on purpose: it must start without a TypeScript loader.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Named after the checkout: git worktrees that share one node_modules must not run each other's engine.
const BUNDLE = path.join(
  ROOT,
  `node_modules/.cache/kakunin/engine-cli-${crypto.createHash("sha1").update(ROOT).digest("hex").slice(0, 8)}.mjs`,
);
const SOURCES = ["engine", "lib/engine-host"].map((d) => path.join(ROOT, d));

/** The newest modification time of the bundle's sources (a few hundred files: milliseconds). */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|js|mjs|json|wasm)$/.test(e.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  for (const d of SOURCES) walk(d);
  return newest;
}

async function build() {
  const esbuild = await import("esbuild");
  try {
    const out = await esbuild.build({
      entryPoints: [path.join(ROOT, "engine/cli.ts")],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      write: false,
      outfile: BUNDLE,
      logLevel: "warning",
    });
    // Written aside and renamed: a second `npm run py` starting meanwhile never reads half a file.
    const tmp = `${BUNDLE}.${process.pid}.tmp`;
    fs.mkdirSync(path.dirname(BUNDLE), { recursive: true });
    fs.writeFileSync(tmp, out.outputFiles[0].contents);
    fs.renameSync(tmp, BUNDLE);
  } catch {
    process.stderr.write("py: building the engine CLI bundle failed (see above)\n");
    // At install time a failure only warns (npm run py tries again); a run cannot go on without it.
    process.exit(process.argv[2] === "--build" ? 0 : 2);
  }
}

const stale = () => !fs.existsSync(BUNDLE) || fs.statSync(BUNDLE).mtimeMs < newestSource();
if (stale()) await build();
if (process.argv[2] !== "--build") await import(pathToFileURL(BUNDLE).href);
