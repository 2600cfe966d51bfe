import path from "node:path";
import * as esbuild from "esbuild";
import { gzipSync } from "node:zlib";
const out = await esbuild.build({ entryPoints: ["engine/core.ts"], bundle: true, minify: true, format: "esm", platform: "browser", write: false, target: "es2022", splitting: true, outdir: "/tmp/bb", metafile: true });
const lazy = new Set(Object.entries(out.metafile.outputs).filter(([, o]) => o.entryPoint?.endsWith("engine/stdlib.ts")).map(([f]) => path.resolve(f)));
let first = [], rest = [];
for (const f of out.outputFiles) (lazy.has(f.path) ? rest : first).push(f.contents);
const gz = (a) => gzipSync(Buffer.concat(a.map((x) => Buffer.from(x))), { level: 9 }).length;
console.log("first", (gz(first) / 1024).toFixed(1), "KB gz; lazy", (gz(rest) / 1024).toFixed(1));
for (const [f, o] of Object.entries(out.metafile.outputs)) for (const [i, x] of Object.entries(o.inputs)) if (/svd|eig|linalg/.test(i)) console.log(f, i, x.bytesInOutput);
const all = {};
for (const [f, o] of Object.entries(out.metafile.outputs)) { if (o.entryPoint?.endsWith("stdlib.ts")) continue; for (const [i, x] of Object.entries(o.inputs)) all[i] = (all[i] || 0) + x.bytesInOutput; }
console.log(Object.entries(all).filter(([i]) => /./.test(i)).sort((a, b) => b[1] - a[1]));
