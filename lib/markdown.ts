// Server-side Markdown → HTML with KaTeX math ($…$ inline, $$…$$ display) and escaped raw HTML.
// Content is authored, but raw HTML in it is still escaped: the output is injected with dangerouslySetInnerHTML.
import katex from "katex";
import { Marked, type TokenizerExtension, type RendererExtension, type Tokens } from "marked";

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function tex(src: string, displayMode: boolean): string {
  return katex.renderToString(src, { displayMode, throwOnError: false, output: "htmlAndMathml", strict: "ignore" });
}

interface MathToken extends Tokens.Generic {
  type: "inlineMath" | "blockMath";
  raw: string;
  text: string;
  display: boolean;
}

const blockMath: TokenizerExtension & RendererExtension = {
  name: "blockMath",
  level: "block",
  start(src: string) {
    const i = src.indexOf("$$");
    return i < 0 ? undefined : i;
  },
  tokenizer(src: string) {
    const m = /^ {0,3}\$\$([\s\S]+?)\$\$[ \t]*(?:\n+|$)/.exec(src);
    if (!m) return undefined;
    return { type: "blockMath", raw: m[0], text: m[1]!.trim(), display: true } as MathToken;
  },
  renderer(token) {
    return `<div class="math-display">${tex((token as MathToken).text, true)}</div>\n`;
  },
};

const inlineMath: TokenizerExtension & RendererExtension = {
  name: "inlineMath",
  level: "inline",
  start(src: string) {
    const i = src.indexOf("$");
    return i < 0 ? undefined : i;
  },
  tokenizer(src: string) {
    const m = /^\$\$([\s\S]+?)\$\$/.exec(src) ?? /^\$((?:\\.|[^\\$\n])+?)\$/.exec(src);
    if (!m) return undefined;
    return { type: "inlineMath", raw: m[0], text: m[1]!.trim(), display: m[0].startsWith("$$") } as MathToken;
  },
  renderer(token) {
    const t = token as MathToken;
    return tex(t.text, t.display);
  },
};

const md = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  extensions: [blockMath, inlineMath],
  renderer: {
    // Raw HTML in content is shown as text, never interpreted.
    html(token: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(token.text);
    },
    code(token: Tokens.Code) {
      const lang = (token.lang ?? "").match(/^[A-Za-z0-9_+-]*/)?.[0] ?? "";
      const cls = lang ? ` class="language-${lang}"` : "";
      return `<pre class="code-block"><code${cls}>${highlightPython(token.text)}</code></pre>\n`;
    },
    link(token: Tokens.Link) {
      const href = /^(https?:|\/|#)/i.test(token.href) ? token.href : "#";
      return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(token.text)}</a>`;
    },
    image(token: Tokens.Image) {
      return escapeHtml(token.text);
    },
  },
});

/** Markdown (with $math$) → safe HTML. */
export function renderMarkdown(src: string): string {
  return md.parse(src ?? "") as string;
}

/** Inline Markdown (no surrounding <p>), e.g. for options and hints. */
export function renderInline(src: string): string {
  return md.parseInline(src ?? "") as string;
}

const PY_KEYWORDS = new Set(
  "and as assert break class continue def del elif else except False finally for from global if import in is lambda None nonlocal not or pass raise return True try while with yield".split(
    " ",
  ),
);

/** Minimal Python highlighting: keywords, strings, comments, numbers. Returns escaped HTML. */
export function highlightPython(code: string): string {
  const re = /(#[^\n]*)|("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*')|\b(\d+(?:\.\d*)?(?:e[+-]?\d+)?)\b|([A-Za-z_][A-Za-z0-9_]*)/g;
  let out = "";
  let last = 0;
  for (const m of code.matchAll(re)) {
    out += escapeHtml(code.slice(last, m.index));
    const [whole, comment, str, num, ident] = m;
    if (comment) out += `<span class="tok-comment">${escapeHtml(comment)}</span>`;
    else if (str) out += `<span class="tok-string">${escapeHtml(str)}</span>`;
    else if (num) out += `<span class="tok-number">${escapeHtml(num)}</span>`;
    else if (ident && PY_KEYWORDS.has(ident)) out += `<span class="tok-keyword">${ident}</span>`;
    else out += escapeHtml(whole);
    last = m.index! + whole.length;
  }
  return out + escapeHtml(code.slice(last));
}

export { escapeHtml };
