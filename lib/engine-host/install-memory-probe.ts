// Makes every engine Session in this thread bound live bytes with the Node probe (unless its RunOptions say otherwise).
import { setDefaultMemoryProbe } from "../../engine/index";
import { nodeMemoryProbe } from "./memory-probe";

export function installNodeMemoryProbe(): void {
  setDefaultMemoryProbe(nodeMemoryProbe());
}
