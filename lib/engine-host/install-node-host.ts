// Gives every engine Session in this thread what Node can do and the browser cannot: bounding live bytes with the
// Node memory probe (unless its RunOptions say otherwise), and interrupting a regex that backtracks past the deadline.
import { setDefaultMemoryProbe, setInterruptibleRegExpExec } from "../../engine/index";
import { nodeMemoryProbe } from "./memory-probe";
import { nodeRegExpExec } from "./regexp-exec";

export function installNodeHost(): void {
  setDefaultMemoryProbe(nodeMemoryProbe());
  setInterruptibleRegExpExec(nodeRegExpExec);
}
