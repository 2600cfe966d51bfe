// Where a request came from (the client's IP address, for throttling) and which host it was sent to, trusting
// X-Forwarded-For / X-Forwarded-Host only as far as TRUST_PROXY says.
//
// `next start` (Next 16, server/base-server.js) fills in X-Forwarded-For with the socket's address only when the
// request has none (`??=`): a client that sends its own X-Forwarded-For replaces the socket address entirely, and
// X-Forwarded-Host likewise. So with TRUST_PROXY unset these headers are ignored and the socket address is read
// from X-Kakunin-Peer-Address, which lib/auth/peer-stamp.ts writes on every request before Next sees it
// (overwriting whatever the client sent), tagged with a per-process secret so an unstamped value is never believed.
//
// TRUST_PROXY=n (n ≥ 1) says n reverse proxies stand in front of the app, each appending the address it received
// the request from to X-Forwarded-For: the client is then the n-th entry from the right (TRUST_PROXY=1: the
// right-most). Entries left of it were written by the client and are ignored.
import { isIP } from "node:net";
import { PEER_HEADER, peerStampToken } from "./peer-stamp";

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

let warned = false;

/** How many reverse proxies are trusted (TRUST_PROXY; unset, empty or 0 → none). An invalid value counts as 0. */
export function trustedProxies(value: string | undefined = process.env.TRUST_PROXY): number {
  const v = (value ?? "").trim();
  if (v === "" || v === "0" || v.toLowerCase() === "false") return 0;
  if (/^[1-9]\d?$/.test(v)) return Number(v);
  if (!warned) {
    warned = true;
    console.error(`[auth] TRUST_PROXY="${v}" is not a number of proxies (0–99): proxy headers are not trusted.`);
  }
  return 0;
}

function header(headers: HeaderSource, name: string): string | null {
  if (!headers) return null;
  if (headers instanceof Headers) return headers.get(name);
  const v = headers[name];
  return Array.isArray(v) ? v.join(", ") : (v ?? null);
}

/** A bare IP address ("::ffff:" removed from IPv4-mapped addresses), or null for anything else. */
export function normalizeIp(value: string | null | undefined): string | null {
  if (!value) return null;
  let ip = value.trim();
  if (ip.startsWith("[") && ip.endsWith("]")) ip = ip.slice(1, -1);
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(ip)) ip = ip.slice(7);
  return isIP(ip) ? ip.toLowerCase() : null;
}

/**
 * The unit that throttling counts an address in: an IPv4 address itself, an IPv6 address's /64 (one subscriber
 * usually holds a whole /64, so counting single IPv6 addresses would let one client rotate past every limit).
 */
export function addressBucket(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const [head = "", tail] = ip.toLowerCase().split("::");
  const groups = (s: string | undefined) => (s ? s.split(":") : []);
  const width = (gs: string[]) => gs.reduce((n, g) => n + (g.includes(".") ? 2 : 1), 0);
  const h = groups(head);
  const t = groups(tail);
  const all = tail === undefined ? h : [...h, ...Array<string>(Math.max(0, 8 - width(h) - width(t))).fill("0"), ...t];
  return (
    all
      .slice(0, 4)
      .map((g) => (g.includes(".") ? "0" : parseInt(g, 16).toString(16)))
      .join(":") + "::/64"
  );
}

/** The socket's address as stamped by lib/auth/peer-stamp.ts, or null when the stamp is missing or not ours. */
export function peerAddress(headers: HeaderSource): string | null {
  const token = peerStampToken();
  const v = header(headers, PEER_HEADER);
  if (!token || !v) return null;
  const space = v.indexOf(" ");
  if (space < 0 || v.slice(0, space) !== token) return null;
  return normalizeIp(v.slice(space + 1));
}

/** Picks the entry `hops` from the right of a comma-separated proxy list (the left-most when the list is shorter). */
function fromRight(list: string | null, hops: number): string | null {
  const entries = (list ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  return entries[Math.max(0, entries.length - hops)]!;
}

/** The client's IP address for throttling, or null when it cannot be known. */
export function clientIp(headers: HeaderSource, hops: number = trustedProxies()): string | null {
  if (hops > 0) {
    const forwarded = normalizeIp(fromRight(header(headers, "x-forwarded-for"), hops));
    if (forwarded) return forwarded;
  }
  return peerAddress(headers);
}

/** The host the request was sent to: X-Forwarded-Host only behind trusted proxies, else the Host header. */
export function requestHost(headers: HeaderSource, hops: number = trustedProxies()): string | null {
  if (hops > 0) {
    const forwarded = fromRight(header(headers, "x-forwarded-host"), hops);
    if (forwarded) return forwarded;
  }
  return header(headers, "host");
}
