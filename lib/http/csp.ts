// Content-Security-Policy for HTML responses (set per request by proxy.ts, with a fresh nonce).
//
// Scripts: only Next's own scripts carrying the nonce, plus what they load ('strict-dynamic').
// No 'unsafe-eval' in production: the Python engine is an interpreter written in TypeScript and Monaco
// runs without eval. 'wasm-unsafe-eval' allows compiling WebAssembly only (not eval or new Function): the
// engine's matrix-product kernel is a WebAssembly module it ships (engine/ndarray/wasm); without the keyword
// the browser refuses to compile it and the engine falls back to its slower JS kernel. Styles allow 'unsafe-inline' because React style attributes, KaTeX and Monaco set
// inline styles; style injection cannot run script. Workers: Monaco's from 'self' or blob: URLs.

export interface CspOptions {
  nonce: string;
  dev?: boolean;
  /** Add upgrade-insecure-requests (only when served over https). */
  https?: boolean;
  /** Who may frame the page: nobody by default; an LMS after an LTI launch (lib/lti/frame.ts). */
  frameAncestors?: string[];
  /** Where forms may post: our own origin by default; a deep-linking answer posts to the LMS. */
  formAction?: string[];
}

export function buildCsp({ nonce, dev = false, https = false, frameAncestors = ["'none'"], formAction = ["'self'"] }: CspOptions): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", "'wasm-unsafe-eval'", ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(dev ? ["ws:", "wss:"] : [])],
    "worker-src": ["'self'", "blob:"],
    "manifest-src": ["'self'"],
    "media-src": ["'self'"],
    "frame-src": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": formAction,
    "frame-ancestors": frameAncestors,
  };
  const parts = Object.entries(directives).map(([k, v]) => `${k} ${v.join(" ")}`);
  if (https) parts.push("upgrade-insecure-requests");
  return parts.join("; ");
}

export function generateNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}
