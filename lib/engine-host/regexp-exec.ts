// The engine's interruptible RegExp exec on Node (engine/python/modules/stdlib/re-exec.ts): the exec runs as a tiny
// script in a vm context whose timeout makes V8 stop it, backtracking included, at the run's deadline.
import vm from "node:vm";
import { REGEXP_TIMED_OUT, type InterruptibleExec } from "../../engine/index";

let sandbox: { context: vm.Context; script: vm.Script } | null = null;

export const nodeRegExpExec: InterruptibleExec = (rx, s, ms) => {
  // made on first use: most programs never run a risky pattern
  sandbox ??= { context: vm.createContext({ rx: null, s: "", out: null }), script: new vm.Script("out = rx.exec(s)") };
  const { context, script } = sandbox;
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
