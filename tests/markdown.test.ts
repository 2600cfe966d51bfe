// The server-side Markdown + KaTeX renderer used for prompts, options, hints and explanations.
import { describe, expect, it } from "vitest";
import { highlightPython, renderInline, renderMarkdown } from "../lib/markdown";

describe("renderMarkdown", () => {
  it("renders inline and display math with KaTeX", () => {
    const html = renderMarkdown("Let $z = t^2$.\n\n$$\\frac{dz}{dt} = 2t$$\n");
    expect(html).toContain('class="katex"');
    expect(html).toContain('class="math-display"');
    expect(html).toContain("katex-display");
  });

  it("escapes raw HTML and unsafe links", () => {
    const html = renderMarkdown(
      "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) [y](<javascript:alert(2)>)",
    );
    expect(html).not.toMatch(/<script|<img|href="javascript:/i);
    expect(html).toContain("&lt;script&gt;");
  });

  it("handles emphasis, lists, inline code with $ and fenced code with highlighting", () => {
    const html = renderMarkdown("**bold** _it_ `a$b$c`\n\n- one\n- two\n\n```python\nfor i in range(3):  # loop\n    x = 'a'\n```\n");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<em>it</em>");
    expect(html).toContain("<code>a$b$c</code>");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain('<span class="tok-keyword">for</span>');
    expect(html).toContain('<span class="tok-comment"># loop</span>');
  });

  it("renderInline has no paragraph wrapper; a lone dollar is text", () => {
    expect(renderInline("costs $5")).toBe("costs $5");
    expect(renderInline("$x$")).toContain("katex");
  });

  it("highlightPython escapes", () => {
    expect(highlightPython("a < b and '<'")).toBe(
      'a &lt; b <span class="tok-keyword">and</span> <span class="tok-string">&#39;&lt;&#39;</span>',
    );
  });
});
