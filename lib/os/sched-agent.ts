// Changes the scheduling policy of whole processes through one long-lived shell that runs util-linux chrt for each
// request. Node has no sched_setscheduler, and spawning chrt from the web process forks that process: with 285 MB
// resident, each execFileSync of chrt blocked its event loop ~10 ms (`npm run bench:sched`),
// and the grader pool asks twice per slow task. The shell is small, so its forks are cheap, and the caller only waits
// for a line on a pipe.
import { spawn, type ChildProcessByStdio } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import readline from "node:readline";

type Shell = ChildProcessByStdio<Writable, Readable, null>;

export type Policy = "idle" | "other";

// One request per line: "<id> <policy> <pid>"; one answer per line: "<id> ok" or "<id> fail". The arguments are
// numbers and one of two words, checked before they are written, so the shell never sees anything else.
const SCRIPT = `while read -r id policy pid; do
  if "$0" --all-tasks "--$policy" --pid 0 "$pid" >/dev/null 2>&1; then echo "$id ok"; else echo "$id fail"; fi
done`;

export class SchedAgent {
  private child: Shell | null = null;
  private pending = new Map<number, (ok: boolean) => void>();
  private nextId = 1;

  constructor(private readonly chrt: string) {}

  /** Sets `policy` on every thread of `pid`; resolves false when chrt refused it or the agent could not run it. */
  set(pid: number, policy: Policy): Promise<boolean> {
    if (!Number.isInteger(pid) || pid <= 0 || (policy !== "idle" && policy !== "other")) return Promise.resolve(false);
    const child = this.start();
    if (!child) return Promise.resolve(false);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      child.stdin.write(`${id} ${policy} ${pid}\n`);
    });
  }

  /** Ends the shell; requests still open resolve false. */
  close(): void {
    this.child?.stdin.end();
    this.child = null;
    this.failAll();
  }

  private start(): Shell | null {
    if (this.child) return this.child;
    let child: Shell;
    try {
      child = spawn("/bin/sh", ["-c", SCRIPT, this.chrt], { stdio: ["pipe", "pipe", "ignore"] });
    } catch {
      return null;
    }
    this.child = child;
    // it must never keep the process alive, nor take it down with an EPIPE
    child.unref();
    (child.stdout as unknown as { unref?: () => void }).unref?.();
    (child.stdin as unknown as { unref?: () => void }).unref?.();
    child.stdin.on("error", () => {});
    child.on("error", () => this.lost(child));
    child.on("exit", () => this.lost(child));
    readline.createInterface({ input: child.stdout }).on("line", (line) => {
      const [id, answer] = line.split(" ");
      const resolve = this.pending.get(Number(id));
      if (!resolve) return;
      this.pending.delete(Number(id));
      resolve(answer === "ok");
    });
    return child;
  }

  private lost(child: Shell): void {
    if (this.child !== child) return;
    this.child = null; // the next request starts a new shell
    this.failAll();
  }

  private failAll(): void {
    const open = [...this.pending.values()];
    this.pending.clear();
    for (const resolve of open) resolve(false);
  }
}
