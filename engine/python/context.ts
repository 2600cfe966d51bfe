// Per-run interpreter context shared by compiled code (set by Session before executing).
import type { PyModule, PyExcObj } from "./objects/core";

export interface Ctx {
  builtins: Map<string, any>;
  importModule: (name: string, fromlist?: boolean) => PyModule;
  excStack: PyExcObj[];
  sources: Map<string, string[]>;
  write: (stream: "stdout" | "stderr", s: string) => void;
}

export const CTX: Ctx = {
  builtins: new Map(),
  importModule: () => {
    throw new Error("no importer");
  },
  excStack: [],
  sources: new Map(),
  write: () => {},
};
