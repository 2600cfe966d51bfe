// Entry point of a grader process: plain JS (Node runs it directly, under `next start`, vitest and tsx alike), which
// registers tsx's loader and then runs child.ts.
import { register } from "tsx/esm/api";

register();
await import("./child.ts");
