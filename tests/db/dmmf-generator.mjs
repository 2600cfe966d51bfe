// A minimal Prisma generator: `prisma generate` hands every generator Prisma's own DMMF (the parsed schema),
// and this one writes it as JSON to the file named by its `output`. Used by schema-drift.test.ts.
// Protocol (as in Prisma's GeneratorProcess): JSON-RPC requests on stdin, one per line; replies on stderr.
import fs from "node:fs";
import readline from "node:readline";

const reply = (msg) => process.stderr.write(JSON.stringify({ jsonrpc: "2.0", ...msg }) + "\n");

readline.createInterface({ input: process.stdin, crlfDelay: Infinity }).on("line", (line) => {
  let req;
  try {
    req = JSON.parse(line);
  } catch {
    return;
  }
  try {
    if (req.method === "getManifest") {
      reply({ id: req.id, result: { manifest: { prettyName: "DMMF dump", defaultOutput: "dmmf.json", requiresEngines: [] } } });
    } else if (req.method === "generate") {
      const out = req.params.generator.output?.value;
      fs.writeFileSync(out, JSON.stringify(req.params.dmmf, null, 1));
      reply({ id: req.id, result: null });
    } else {
      reply({ id: req.id, error: { code: -32601, message: `unknown method ${req.method}` } });
    }
  } catch (e) {
    reply({ id: req.id, error: { code: -32000, message: String(e?.stack ?? e) } });
  }
});
