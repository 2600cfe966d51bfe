// Helpers to assemble the Python programs behind code_blank items and code exercises.
import { BLANK } from "./schema";

/** The template with its single blank replaced by a one-line filling. */
export function fillBlank(template: string, filling: string): string {
  const at = template.indexOf(BLANK);
  if (at < 0) throw new Error("template has no blank");
  return template.slice(0, at) + filling.trim() + template.slice(at + BLANK.length);
}

/** Blank markers accepted in starter code: `____` (four or more underscores). */
export const STARTER_BLANK_RE = /_{4,}/g;
