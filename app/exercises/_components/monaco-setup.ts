// Monaco's setup, run once on import: its web worker (bundled from the local monaco-editor package — no CDN) and
// @monaco-editor/react's loader pointed at that package.
import { loader } from "@monaco-editor/react";
import * as monaco from "monaco-editor";

declare global {
  // eslint-disable-next-line no-var
  var MonacoEnvironment: monaco.Environment | undefined;
}
if (typeof self !== "undefined") {
  self.MonacoEnvironment = {
    getWorker: () => new Worker(new URL("monaco-editor/editor/editor.worker", import.meta.url), { type: "module" }),
  };
}
loader.config({ monaco });
