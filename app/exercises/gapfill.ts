// Gap-filling: the starter code is a template whose `____` blanks are the only editable parts. A program is
// represented as its fills; the full text is template segments interleaved with fills. Fills are single-line.
export const BLANK = "____";

export interface Template {
  /** n + 1 fixed segments around n blanks. */
  segments: string[];
}

export function parseTemplate(starter: string): Template {
  return { segments: starter.split(BLANK) };
}

export function blankCount(t: Template): number {
  return t.segments.length - 1;
}

export function compose(t: Template, fills: readonly string[]): string {
  let s = t.segments[0]!;
  for (let i = 1; i < t.segments.length; i++) s += (fills[i - 1] ?? "") + t.segments[i];
  return s;
}

/** Fills that turn the template into `code`, or null when `code` does not follow the template. */
export function extractFills(t: Template, code: string): string[] | null {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp("^" + t.segments.map(esc).join("([^\\n]*?)") + "$");
  const m = re.exec(code);
  return m ? m.slice(1) : null;
}

/** Offsets [start, end) of each fill in the composed text. */
export function fillOffsets(t: Template, fills: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let pos = t.segments[0]!.length;
  for (let i = 1; i < t.segments.length; i++) {
    const f = fills[i - 1] ?? "";
    out.push([pos, pos + f.length]);
    pos += f.length + t.segments[i]!.length;
  }
  return out;
}

/** Normalises a fill typed by the learner: one line. */
export function cleanFill(s: string): string {
  return s.replace(/\r?\n|\r/g, " ");
}

/** The smallest single edit turning `from` into `to`: [start, endInFrom, insertText]. */
export function minimalEdit(from: string, to: string): [number, number, string] | null {
  if (from === to) return null;
  let a = 0;
  while (a < from.length && a < to.length && from[a] === to[a]) a++;
  let b = 0;
  while (b < from.length - a && b < to.length - a && from[from.length - 1 - b] === to[to.length - 1 - b]) b++;
  return [a, from.length - b, to.slice(a, to.length - b)];
}
