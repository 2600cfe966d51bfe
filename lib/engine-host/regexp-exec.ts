// The engine's interruptible RegExp exec on Node (engine/python/modules/stdlib/re-exec.ts): the exec runs as a tiny
// script in a vm context whose timeout makes V8 stop it, backtracking included, at the run's deadline.
import vm from "node:vm";
import { REGEXP_TIMED_OUT, type InterruptibleExec } from "../../engine/index";

const context = vm.createContext({ rx: null as RegExp | null, s: "", out: null as RegExpExecArray | null });
const script = new vm.Script("out = rx.exec(s)");

export const nodeRegExpExec: InterruptibleExec = (rx, s, ms) => {
  context.rx = rx;
  context.s = s;
  try {
    script.runInContext(context, { timeout: ms });
    return context.out;
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT") return REGEXP_TIMED_OUT;
    throw e;
  } finally {
    context.rx = null;
    context.s = "";
    context.out = null;
  }
};
