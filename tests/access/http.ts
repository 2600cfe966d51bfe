// A signed-in (or signed-out) HTTP client for the access suite: real next-auth credentials sign-in, a cookie jar,
// browser-like Origin on unsafe methods (lib/http/route.ts checks it), no redirect following.
import type { HttpMethod } from "./discover";

export interface Reply {
  status: number;
  /** Location header of a redirect, as a path ("/signin?callbackUrl=…") when it points at this server. */
  location: string | null;
  contentType: string;
  text: string;
}

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export class Client {
  private cookies = new Map<string, string>();

  constructor(
    readonly base: string,
    readonly label: string,
  ) {}

  get signedIn(): boolean {
    return [...this.cookies.keys()].some((k) => k.endsWith("next-auth.session-token"));
  }

  private remember(res: Response): void {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const eq = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1));
    }
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  /** next-auth's credentials flow, as the sign-in form does it: CSRF token + cookie, then the callback post. */
  async signIn(email: string, password: string): Promise<this> {
    const csrf = await fetch(`${this.base}/api/auth/csrf`, { headers: { cookie: this.cookieHeader() } });
    this.remember(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const res = await fetch(`${this.base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: this.cookieHeader(),
        origin: this.base,
        "x-auth-return-redirect": "1",
      },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    });
    this.remember(res);
    await res.arrayBuffer();
    if (!this.signedIn) throw new Error(`sign-in of ${email} failed: HTTP ${res.status}`);
    return this;
  }

  /** A raw request with this client's cookies (and Origin on unsafe methods); remembers cookies it sets. */
  async send(path: string, init: { method: string; body?: FormData }): Promise<Reply> {
    const headers: Record<string, string> = { cookie: this.cookieHeader(), "accept-language": "en", origin: this.base };
    const res = await fetch(this.base + path, { ...init, headers, redirect: "manual" });
    this.remember(res);
    const loc = res.headers.get("location");
    return { status: res.status, location: loc, contentType: res.headers.get("content-type") ?? "", text: await res.text() };
  }

  /** A request with a body sent exactly as given (malformed JSON, oversized, other content types), with this client's cookies. */
  async raw(method: HttpMethod, path: string, body: string, headers: Record<string, string> = {}): Promise<Reply> {
    const res = await fetch(this.base + path, {
      method,
      headers: { cookie: this.cookieHeader(), "accept-language": "en", origin: this.base, "content-type": "application/json", ...headers },
      body,
      redirect: "manual",
    });
    this.remember(res);
    return {
      status: res.status,
      location: res.headers.get("location"),
      contentType: res.headers.get("content-type") ?? "",
      text: await res.text(),
    };
  }

  async request(method: HttpMethod, path: string, body?: unknown): Promise<Reply> {
    const headers: Record<string, string> = { cookie: this.cookieHeader(), "accept-language": "en" };
    if (UNSAFE.has(method)) headers.origin = this.base;
    if (body !== undefined) headers["content-type"] = "application/json";
    const controller = new AbortController();
    const res = await fetch(this.base + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: "manual",
      signal: controller.signal,
    });
    const contentType = res.headers.get("content-type") ?? "";
    let text: string;
    if (contentType.startsWith("text/event-stream")) {
      text = await readFirstEvent(res, controller);
    } else {
      text = await res.text();
    }
    const loc = res.headers.get("location");
    const location = loc && loc.startsWith(this.base) ? loc.slice(this.base.length) || "/" : loc;
    return { status: res.status, location, contentType, text };
  }
}

/** A form post as a browser without JavaScript sends it (how server-action forms degrade), multipart. */
export async function postForm(client: Client, path: string, fields: Record<string, string>): Promise<Reply> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return client.send(path, { method: "POST", body: form });
}

/** An SSE stream may stay open for minutes: read until the first `event:` block (or 5 s), then hang up. */
async function readFirstEvent(res: Response, controller: AbortController): Promise<string> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const timer = setTimeout(() => controller.abort(), 5_000);
  try {
    while (!/event: [^\n]*\ndata: [^\n]*\n\n/.test(text)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    // aborted by the timer: return what arrived
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return text;
}
