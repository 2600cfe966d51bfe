// Late-bound registry for the numpy binding (keeps import graph acyclic).
import type { PyModule } from "../objects/core";
export const numpyBinding: {
  make: (() => PyModule) | null;
  onRunStart?: (sessionState: any) => void;
  onRunEnd?: (sessionState: any) => void;
  exportValue?: (v: any) => any;
  importValue?: (v: any) => any;
} = { make: null };
