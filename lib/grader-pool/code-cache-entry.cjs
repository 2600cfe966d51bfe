// Entry point of a bundled grader process, copied by bundle.ts next to the bundle as `<name>-<hash>.cjs` (the bundle
// is `<name>-<hash>.js`). It compiles the bundle with V8's code cache: compiling the engine's JavaScript was most of a
// grader's start-up CPU (docs/PERFORMANCE.md). The first grader without a usable cache writes one after its warm-up
// and before it says it is ready (child.ts), so the cache holds the functions the warm-up compiled too. Plain JS, CommonJS: node
// runs it directly. A missing, stale or corrupt cache is never an error: the bundle is then compiled as usual.
"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const v8 = require("node:v8");
const vm = require("node:vm");

const DIGEST_BYTES = 32;

// The engine's memory probe sets --expose-gc at run time (lib/engine-host/memory-probe.ts). V8 accepts a cache only
// under the flags it was made with, and the cache is made after the warm-up: the flag is set before compiling, so
// both sides see it (as then, only contexts created afterwards get a `gc` global).
v8.setFlagsFromString("--expose-gc");

const bundle = __filename.replace(/\.cjs$/, ".js");
// the tag covers V8's version, its flags (the heap cap among them) and the CPU's features
const cacheFile = `${bundle.replace(/\.js$/, "")}-${v8.cachedDataVersionTag().toString(16)}.v8cache`;

/** The cache's data when the file holds it whole (V8 checks its header, but would crash on a damaged body). */
function readCache() {
  let file;
  try {
    file = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const data = file.subarray(DIGEST_BYTES);
  const digest = crypto.createHash("sha256").update(data).digest();
  return file.length > DIGEST_BYTES && digest.equals(file.subarray(0, DIGEST_BYTES)) ? data : undefined;
}

/** Several graders may start at once: each writes aside, then renames (atomic); a failure only loses the cache. */
function writeCache(data) {
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    const digest = crypto.createHash("sha256").update(data).digest();
    fs.writeFileSync(tmp, Buffer.concat([digest, data]), { mode: 0o600 });
    fs.renameSync(tmp, cacheFile);
  } catch {
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* never written */
    }
  }
}

const cachedData = readCache();
// the wrapper CommonJS gives a module, so the bundle (esbuild, format cjs) runs as if node had loaded it; strict, as
// the sources are (ES modules)
const source = `(function (exports, require, module, __filename, __dirname) {"use strict";${fs.readFileSync(bundle, "utf8")}\n})`;
const script = new vm.Script(source, { filename: bundle, cachedData });
const mod = { exports: {} };
// the bundle's top level loads the engine and warms it up; it says "ready" on the next turn, after this file's end
script.runInThisContext()(mod.exports, require, mod, bundle, path.dirname(bundle));
if (cachedData === undefined || script.cachedDataRejected) writeCache(script.createCachedData());
