// Entry point of a grader-pool thread: plain JS (Node loads it directly, in `next start`, vitest and tsx alike),
// which registers tsx's loader for this thread and then runs thread.ts.
import { register } from "tsx/esm/api";

register();
await import("./thread.ts");
