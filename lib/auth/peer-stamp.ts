// Gives route handlers the TCP peer's address, which the App Router does not expose (a route handler receives a
// Web Request built from the headers only). Installed once per server process from instrumentation.ts: every HTTP
// request is stamped, before Next.js handles it, with the header `x-kakunin-peer-address: <secret> <address>`,
// overwriting any value the client sent. The secret is random per process, so a client-supplied header on a
// request that was somehow not stamped (one arriving in the instant before the hook is installed) is not believed.
// lib/auth/client-address.ts reads it.
import crypto from "node:crypto";
import http from "node:http";
import https from "node:https";

export const PEER_HEADER = "x-kakunin-peer-address";

/** Shared through globalThis: instrumentation and route handlers are separate bundles with separate module state. */
const TOKEN = Symbol.for("kakunin.peerAddressStamp");

type Global = typeof globalThis & { [TOKEN]?: string };

export function peerStampToken(): string | null {
  return (globalThis as Global)[TOKEN] ?? null;
}

/** Patches http(s).Server so that each "request" event first stamps the socket's address. Idempotent. */
export function installPeerAddressStamp(): void {
  const g = globalThis as Global;
  if (g[TOKEN]) return;
  const token = crypto.randomBytes(18).toString("base64url");
  for (const proto of [http.Server.prototype, https.Server.prototype] as { emit: (...a: unknown[]) => boolean }[]) {
    const emit = proto.emit;
    proto.emit = function (this: unknown, event: unknown, ...args: unknown[]) {
      if (event === "request") {
        const req = args[0] as http.IncomingMessage;
        req.headers[PEER_HEADER] = `${token} ${req.socket?.remoteAddress ?? ""}`;
      }
      return emit.call(this, event, ...args);
    };
  }
  g[TOKEN] = token;
}
