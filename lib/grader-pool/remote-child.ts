// Grader processes started by the spawner (spawner.mjs) instead of by this process: a fork from here stops this
// process's event loop for as long as copying its page tables takes (≈10 ms for a 350 MB web process, measured by
// `npm run bench:spawn`). `RemoteChild` offers the part of ChildProcess that grader-process.ts uses. One spawner
// serves every pool of this process; when it dies, its graders are reported dead and the next start makes another.
import { fork, type ChildProcess } from "node:child_process";
import { EventEmitter } from "node:events";
import fs from "node:fs";
import { spawnerScript } from "./bundle";

type FromSpawner =
  | { kind: "ready" }
  | { kind: "spawned"; id: number; pid: number; niced: boolean }
  | { kind: "error"; id: number; message: string }
  | { kind: "stderr"; id: number; text: string }
  | { kind: "message"; id: number; msg: unknown }
  | { kind: "sent"; id: number; seq: number; error: string | null }
  | { kind: "exit"; id: number; code: number | null; signal: NodeJS.Signals | null };

export interface SpawnRequest {
  cmd: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Niceness the spawner gives the process as soon as it exists (0: none). */
  nice: number;
}

class Spawner {
  readonly proc: ChildProcess;
  readonly children = new Map<number, RemoteChild>();
  private refs = 0;

  constructor(script: string) {
    this.proc = fork(script, [], {
      execArgv: [],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      env: { ...process.env, NODE_OPTIONS: "" },
      serialization: "json",
    });
    this.proc.unref();
    this.proc.channel?.unref();
    this.proc.on("message", (m: FromSpawner) => {
      if (m.kind !== "ready") this.children.get(m.id)?.fromSpawner(m);
    });
    this.proc.on("error", () => this.lost());
    this.proc.on("exit", () => this.lost());
  }

  get alive(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null && this.proc.connected;
  }

  send(m: object): void {
    if (this.alive) this.proc.send(m);
  }

  /** The spawner's channel keeps this process alive while any of its graders asks for it (starting or working). */
  ref(delta: number): void {
    this.refs += delta;
    if (this.refs > 0) this.proc.channel?.ref();
    else this.proc.channel?.unref();
  }

  private lost(): void {
    if (current === this) current = null;
    for (const child of [...this.children.values()]) child.spawnerLost();
  }
}

let current: Spawner | null = null;
let nextId = 1;

function spawner(): Spawner {
  if (!current?.alive) current = new Spawner(spawnerScript());
  return current;
}

/** Whether graders start through the spawner: its script is there, and KAKUNIN_GRADER_SPAWNER is not 0. */
export function spawnerAvailable(): boolean {
  return process.env.KAKUNIN_GRADER_SPAWNER !== "0" && fs.existsSync(spawnerScript());
}

/** A grader process started by the spawner. Events: "message", "error", "exit" (code, signal). */
export class RemoteChild extends EventEmitter {
  readonly id = nextId++;
  pid: number | undefined;
  exitCode: number | null = null;
  signalCode: NodeJS.Signals | null = null;
  /** Whether the spawner reniced it as asked; known with the "spawn" event. */
  niced = false;
  readonly stderr = new EventEmitter();
  private readonly via: Spawner;
  private ended = false;
  private refd = false;
  private seq = 0;
  private readonly pendingSends = new Map<number, (err: Error | null) => void>();

  constructor(req: SpawnRequest) {
    super();
    this.via = spawner();
    this.via.children.set(this.id, this);
    this.via.send({ kind: "spawn", id: this.id, ...req });
    this.setRef(true);
  }

  /** Like ChildProcess.channel: ref() keeps this process alive until unref(). */
  readonly channel = {
    ref: () => this.setRef(true),
    unref: () => this.setRef(false),
  };

  unref(): void {}

  send(msg: unknown, cb?: (err: Error | null) => void): void {
    const seq = ++this.seq;
    if (cb) this.pendingSends.set(seq, cb);
    if (this.ended || !this.via.alive) {
      this.pendingSends.delete(seq);
      queueMicrotask(() => cb?.(new Error("the grader process is gone")));
      return;
    }
    this.via.send({ kind: "send", id: this.id, seq, msg });
  }

  kill(signal: NodeJS.Signals = "SIGTERM"): void {
    if (this.ended) return;
    // its exit is still to be reported (pool.close() waits for it)
    this.setRef(true);
    // at once from here when the pid is known (a watchdog's kill must not wait in a queue), and through the spawner,
    // which also covers a process whose pid has not arrived yet
    if (this.pid !== undefined) {
      try {
        process.kill(this.pid, signal);
      } catch {
        /* already gone */
      }
    }
    this.via.send({ kind: "kill", id: this.id, signal });
  }

  fromSpawner(m: Exclude<FromSpawner, { kind: "ready" }>): void {
    switch (m.kind) {
      case "spawned":
        this.pid = m.pid;
        this.niced = m.niced;
        this.emit("spawn");
        break;
      case "error":
        this.emit("error", new Error(m.message));
        if (this.pid === undefined) this.end(null, null);
        break;
      case "stderr":
        this.stderr.emit("data", Buffer.from(m.text, "utf8"));
        break;
      case "message":
        this.emit("message", m.msg);
        break;
      case "sent": {
        const cb = this.pendingSends.get(m.seq);
        this.pendingSends.delete(m.seq);
        cb?.(m.error ? new Error(m.error) : null);
        break;
      }
      case "exit":
        this.end(m.code, m.signal);
        break;
    }
  }

  /** The spawner died: its graders lost their channel and exit; this one is reported as a crash. */
  spawnerLost(): void {
    if (this.pid !== undefined) {
      try {
        process.kill(this.pid, "SIGKILL");
      } catch {
        /* already gone */
      }
    }
    this.end(null, null);
  }

  private end(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.ended) return;
    this.ended = true;
    this.exitCode = code;
    this.signalCode = signal;
    this.setRef(false);
    this.via.children.delete(this.id);
    for (const cb of this.pendingSends.values()) cb(new Error("the grader process is gone"));
    this.pendingSends.clear();
    this.emit("exit", code, signal);
  }

  private setRef(on: boolean): void {
    if (on === this.refd || (on && this.ended)) return;
    this.refd = on;
    this.via.ref(on ? 1 : -1);
  }
}
