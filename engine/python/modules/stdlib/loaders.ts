// The stdlib modules beyond the interpreter's own table, by import name, as the browser loads them: all.ts is a
// chunk of its own, loaded when a program first imports one of them (python/modules/on-import.ts). One chunk rather
// than one per module: each chunk boundary splits the first bundle's shared code into more files, which cost a cold
// start more than compiling the modules a program imports along with the one it asked for. A test holds these
// names to all.ts's.
import type { PyModule } from "../../objects/core";

export const STDLIB_NAMES = [
  "math",
  "collections",
  "itertools",
  "functools",
  "operator",
  "heapq",
  "bisect",
  "json",
  "typing",
  "abc",
  "contextlib",
  "statistics",
  "textwrap",
  "fractions",
  "re",
  "pprint",
  "dataclasses",
  "enum",
  "decimal",
  "random",
  "copy",
] as const;

/** The code of all of them: a chunk of its own in the browser. */
export const loadStdlibModules = (): Promise<Record<string, () => PyModule>> => import("./all").then((m) => m.STDLIB_MODULES);
