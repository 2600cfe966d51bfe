// One call to the app's JSON API from the browser: the status and the parsed reply ({} when it is not JSON).
export interface ApiReply {
  ok: boolean;
  status: number;
  data: Record<string, unknown>;
}

export async function api(method: string, url: string, body?: unknown): Promise<ApiReply> {
  const res = await fetch(url, {
    method,
    // every state-changing API call says JSON, body or not (lib/http/route.ts answers 415 otherwise)
    headers: method === "GET" ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  return { ok: res.ok, status: res.status, data };
}
