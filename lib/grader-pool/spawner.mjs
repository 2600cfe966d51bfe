// The grader spawner: a small process that starts every grader process for the pool that started it
// (remote-child.ts). A fork copies the page tables of the process that forks, and that process's event loop stands
// still meanwhile — about 10 ms from a web process of 350 MB (`npm run bench:spawn`), every time a bomb makes the
// pool start a grader. Here it costs no one anything. The spawner relays messages both ways; the pool knows each
// grader's pid, so it renices, measures and kills graders itself. Plain JS: node runs it without tsx.
import { spawn } from "node:child_process";
import os from "node:os";

/** @type {Map<number, import("node:child_process").ChildProcess>} */
const graders = new Map();

const send = (m) => {
  if (process.connected) process.send(m);
};

function start({ id, cmd, args, env, nice }) {
  let child;
  try {
    child = spawn(cmd, args, { stdio: ["ignore", "ignore", "pipe", "ipc"], env, serialization: "json" });
  } catch (e) {
    send({ kind: "error", id, message: e.message });
    return;
  }
  if (child.pid === undefined) {
    child.once("error", (e) => send({ kind: "error", id, message: e.message }));
    return;
  }
  graders.set(id, child);
  let niced = false;
  if (nice) {
    try {
      os.setPriority(child.pid, nice);
      niced = true;
    } catch {
      /* not permitted: it starts at normal priority */
    }
  }
  send({ kind: "spawned", id, pid: child.pid, niced });
  child.stderr.on("data", (d) => send({ kind: "stderr", id, text: d.toString("utf8").slice(-2000) }));
  child.on("message", (msg) => send({ kind: "message", id, msg }));
  child.on("error", (e) => send({ kind: "error", id, message: e.message }));
  // "close": after the exit and the last of stderr, which tells a V8 heap abort from other deaths
  child.on("close", (code, signal) => {
    graders.delete(id);
    send({ kind: "exit", id, code, signal });
  });
}

process.on("message", (m) => {
  if (m.kind === "spawn") start(m);
  else if (m.kind === "send") {
    const child = graders.get(m.id);
    if (!child?.connected) send({ kind: "sent", id: m.id, seq: m.seq, error: "the grader process is gone" });
    else child.send(m.msg, (err) => send({ kind: "sent", id: m.id, seq: m.seq, error: err ? err.message : null }));
  } else if (m.kind === "kill") graders.get(m.id)?.kill(m.signal);
});

// The pool's process went away: its graders go too, at once (one may be deep in a learner's run).
process.on("disconnect", () => {
  for (const child of graders.values()) child.kill("SIGKILL");
  process.exit(0);
});
send({ kind: "ready" });
