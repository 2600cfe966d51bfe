// The WebAssembly gemm in real chromium, in a module Web Worker as the exercise page runs the engine, under the
// app's Content-Security-Policy (lib/http/csp.ts): the kernel compiles (the policy's 'wasm-unsafe-eval'), and a
// product computed with it has the same bits as with the JS kernel. With a policy lacking the keyword the engine
// falls back to JS, still with the same bits. Also a float32 product on the normal-range kernel.
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { build } from "esbuild";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCsp } from "../../../lib/http/csp";
import { launchBrowser } from "../../web/browser";

const WORKER_SOURCE = `
import * as np from "./engine/ndarray/index";
import { provideGemmWasm, setWasmGemm, sgemmRuns, wasmGemmAvailable } from "./engine/ndarray/wasm/gemm";
import { BASE64 } from "./engine/ndarray/wasm/gemm-wasm";
provideGemmWasm(BASE64); // what the stdlib chunk does (engine/stdlib.ts)
function matrix(r, c, seed) {
  const a = np.zeros([r, c]), d = a.data;
  let s = seed;
  for (let i = 0; i < d.length; i++) { s = (s * 1103515245 + 12345) % 2147483648; d[i] = (s / 2147483648 - 0.5) * 10 ** ((i % 13) - 6); }
  d[5] = NaN; d[40] = Infinity; d[77] = 0;
  return a;
}
const a = matrix(67, 71, 1), b = matrix(71, 53, 2);
// float32 and finite: the normal-range kernels (sgemm4n; sgemm1n for the 67th row); significands near 1, as in
// sgemm-wasm.test.ts's midpoint tests
function matrix32(r, c, seed) {
  const a = np.zeros([r, c], "float32"), d = a.data;
  let s = seed;
  for (let i = 0; i < d.length; i++) { s = (s * 1103515245 + 12345) % 2147483648; d[i] = (i % 3 ? 1 + (s % 4) * 2 ** -23 : s / 2147483648 - 0.5) * 2 ** -(s % 13); }
  return a;
}
const a32 = matrix32(67, 71, 3), b32 = matrix32(71, 53, 4);
const hex = (x) => Array.from(new Uint8Array(Float64Array.from(x.data).buffer), (v) => v.toString(16).padStart(2, "0")).join("");
const available = wasmGemmAvailable();
const withWasm = hex(np.matmul(a, b.T.T));
const normalRuns = sgemmRuns.normal;
const withWasm32 = hex(np.matmul(a32, b32));
const normal = sgemmRuns.normal - normalRuns;
setWasmGemm(false);
const withJs = hex(np.matmul(a, b));
const withJs32 = hex(np.matmul(a32, b32));
postMessage({ available, same: withWasm === withJs && withWasm32 === withJs32, length: withWasm.length, normal });
`;

let browser: Browser;
let server: http.Server;
let base = "";
let workerJs = "";
const policies: Record<string, string> = {
  app: buildCsp({ nonce: "testnonce" }),
  "no-wasm": buildCsp({ nonce: "testnonce" }).replace(" 'wasm-unsafe-eval'", ""),
};

beforeAll(async () => {
  const root = path.resolve(__dirname, "../../..");
  const out = await build({
    stdin: { contents: WORKER_SOURCE, resolveDir: root, loader: "js" },
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
  });
  workerJs = out.outputFiles[0].text;
  server = http.createServer((req, res) => {
    const [, policy, file] = (req.url ?? "").split("/");
    const csp = policies[policy];
    if (!csp) {
      res.writeHead(404).end();
      return;
    }
    if (file === "worker.js") {
      res.writeHead(200, { "content-type": "text/javascript", "content-security-policy": csp }).end(workerJs);
      return;
    }
    // the page starts the worker from its own URL (as Next's bundles do) and from a blob: URL (which inherits
    // the page's policy instead of carrying its own)
    const page = `<!doctype html><script nonce="testnonce">
      window.results = {};
      window.violations = [];
      document.addEventListener("securitypolicyviolation", (e) => violations.push(e.violatedDirective + " " + e.blockedURI));
      function start(name, url) {
        const w = new Worker(url, { type: "module" });
        w.onmessage = (e) => { results[name] = e.data; };
        w.onerror = (e) => { results[name] = { error: String(e.message) }; };
      }
      start("url", "/${policy}/worker.js");
      fetch("/${policy}/worker.js").then((r) => r.blob()).then((b) => start("blob", URL.createObjectURL(b)));
    </script>`;
    res.writeHead(200, { "content-type": "text/html", "content-security-policy": csp }).end(page);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

async function runIn(policy: string) {
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  await page.goto(`${base}/${policy}/`);
  await page.waitForFunction(() => Object.keys((window as any).results).length === 2, null, { timeout: 60_000 });
  const { results, violations } = await page.evaluate(() => ({ results: (window as any).results, violations: (window as any).violations }));
  await page.close();
  return { results, violations, consoleErrors };
}

describe("WebAssembly gemm in a browser worker", () => {
  it("compiles under the app's CSP and gives the JS kernel's bits", async () => {
    const { results, violations } = await runIn("app");
    for (const name of ["url", "blob"]) {
      expect(results[name], name).toEqual({ available: true, same: true, length: 67 * 53 * 16, normal: 1 });
    }
    expect(violations).toEqual([]);
  }, 90_000);

  it("without 'wasm-unsafe-eval' the engine falls back to the JS kernel (same bits)", async () => {
    const { results } = await runIn("no-wasm");
    for (const name of ["url", "blob"]) {
      expect(results[name], name).toEqual({ available: false, same: true, length: 67 * 53 * 16, normal: 0 });
    }
  }, 90_000);
});
