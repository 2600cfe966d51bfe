// The blanks of a gap-fill program: splitting a filled program into its fills, and filling a starter. Used by the
// reader (a gap-fill exercise's wrong fills become programs), validation and the mutation analysis.
import { BLANK } from "./schema";

/** The number of blanks (`____`) in a starter. */
export function blankCount(starter: string): number {
  return starter.split(BLANK).length - 1;
}

/** The starter with its blanks filled, in order. */
export function fillBlanks(starter: string, fills: readonly string[]): string {
  const parts = starter.split(BLANK);
  if (fills.length !== parts.length - 1) throw new Error(`${parts.length - 1} blank(s), ${fills.length} fill(s)`);
  return parts.map((p, k) => p + (k < fills.length ? fills[k]! : "")).join("");
}

/** The fills of a filled program (the text between the starter's fixed parts), or null when it does not fit. */
export function gapFills(starter: string, filled: string): string[] | null {
  const parts = starter.split(BLANK);
  if (parts.length < 2 || !filled.startsWith(parts[0]!)) return null;
  const fills: string[] = [];
  let pos = parts[0]!.length;
  for (let k = 1; k < parts.length; k++) {
    const seg = parts[k]!;
    const at = k === parts.length - 1 ? (filled.endsWith(seg) ? filled.length - seg.length : -1) : filled.indexOf(seg, pos + 1);
    if (at <= pos) return null;
    fills.push(filled.slice(pos, at));
    pos = at + seg.length;
  }
  return fills;
}
