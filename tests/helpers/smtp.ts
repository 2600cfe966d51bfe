// A local SMTP server for tests (the smtp-server package): plain SMTP on 127.0.0.1, no STARTTLS, any login
// accepted; every message received is kept raw. No network beyond the loopback.
import { SMTPServer } from "smtp-server";

export interface TestSmtp {
  url: string;
  port: number;
  messages: Array<{ from: string; to: string[]; raw: string }>;
  /** Resolves with the first message (received now or later) that `match` accepts. */
  waitFor(match: (m: { raw: string; to: string[] }) => boolean, timeoutMs?: number): Promise<{ raw: string; to: string[] }>;
  stop(): Promise<void>;
}

export async function startTestSmtp(): Promise<TestSmtp> {
  const messages: TestSmtp["messages"] = [];
  const waiters: Array<() => void> = [];
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    onAuth: (_auth, _session, callback) => callback(null, { user: "test" }),
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        messages.push({ from, to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        for (const w of waiters.splice(0)) w();
        callback();
      });
    },
  });
  server.on("error", () => {});
  const port = await new Promise<number>((resolve, reject) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.server.address();
      if (address && typeof address === "object") resolve(address.port);
      else reject(new Error("smtp test server: no port"));
    });
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    async waitFor(match, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const hit = messages.find(match);
        if (hit) return hit;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`smtp test server: no matching message in ${timeoutMs} ms (${messages.length} received)`);
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(t);
            resolve();
          });
        });
      }
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
