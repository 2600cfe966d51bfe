// Reading the Monaco code editor as the learner sees it. Monaco renders only the lines in view (the exercise editor
// box is 440 px, about 22 lines), so one look at the DOM misses the rest of a longer program: these helpers scroll
// the editor from top to bottom with the mouse wheel and collect every line and every gap-fill blank on the way.
import type { Page } from "playwright-core";

const EDITOR = "[data-testid=code-editor]";

export interface EditorView {
  /** The whole program, lines in order. */
  text: string;
  /** Gap-fill blanks marked in the editor (decorations with the class kk-gap). */
  blanks: number;
}

/** What is rendered now: lines and blanks keyed by their position in the document (Monaco's absolute `top`). */
function rendered(editor: string) {
  return new Promise<{ lines: [number, string][]; blanks: string[] }>((resolve) =>
    // After two frames Monaco has rendered the last scroll.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const root = document.querySelector(editor);
        const lines = [...(root?.querySelectorAll<HTMLElement>(".view-lines .view-line") ?? [])].map(
          (e) => [parseFloat(e.style.top), (e.textContent ?? "").replace(/\u00a0/g, " ")] as [number, string],
        );
        const blanks = [...(root?.querySelectorAll<HTMLElement>(".view-overlays .kk-gap") ?? [])].map(
          (e) => `${e.parentElement?.style.top}:${e.style.left}`,
        );
        resolve({ lines, blanks });
      }),
    ),
  );
}

/** Scrolls the editor through and returns its full text and blank count; the scroll position ends at the bottom. */
export async function editorView(page: Page): Promise<EditorView> {
  await page.locator(EDITOR).hover();
  // Monaco scrolls a few lines per wheel event whatever its delta: wheel up until the first line is rendered.
  for (let step = 0; step < 1000; step++) {
    if ((await page.evaluate(rendered, EDITOR)).lines.some(([top]) => top === 0)) break;
    await page.mouse.wheel(0, -400);
  }
  const lines = new Map<number, string>();
  const blanks = new Set<string>();
  for (let step = 0, stalled = 0; step < 1000 && stalled < 2; step++) {
    const seen = await page.evaluate(rendered, EDITOR);
    const before = lines.size;
    for (const [top, text] of seen.lines) lines.set(top, text);
    for (const b of seen.blanks) blanks.add(b);
    stalled = lines.size === before ? stalled + 1 : 0;
    await page.mouse.wheel(0, 400);
  }
  const text = [...lines.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, t]) => t)
    .join("\n");
  return { text, blanks: blanks.size };
}
