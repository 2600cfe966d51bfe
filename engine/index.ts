// Public API of the Kakunin Python engine, with every stdlib module registered (Node: the CLI, graders, tests).
// The browser worker imports engine/core.ts and awaits loadStdlib() instead, to keep its first bundle small, and
// loads the stdlib modules on import (runLoadingModules).
import "./stdlib-all";
export * from "./core";
