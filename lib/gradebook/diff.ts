// Line diff between two versions of a learner's code (jsdiff), as unified-diff hunks for the instructor's learner
// page. (The learner's own exercise page compares in Monaco's diff editor in the browser; this is the server-side,
// plain-text counterpart, so nothing is shared.)
import { structuredPatch } from "diff";

/** Lines of context around each change, as in `diff -u`. */
export const DIFF_CONTEXT = 3;
/** Bounds on the work spent on one pair: beyond them the diff is reported as too large (null). */
export const MAX_DIFF_EDITS = 2_000;
export const MAX_DIFF_MS = 200;

export interface DiffHunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  /** Each line starts with " " (context), "-" (removed), "+" (added) or "\" (no newline at end of file). */
  lines: string[];
}

export interface CodeDiff {
  hunks: DiffHunk[];
  added: number;
  removed: number;
}

/** The line diff from `before` to `after`, or null when it exceeds MAX_DIFF_EDITS / MAX_DIFF_MS. */
export function diffCode(before: string, after: string): CodeDiff | null {
  const patch = structuredPatch("before", "after", before, after, undefined, undefined, {
    context: DIFF_CONTEXT,
    maxEditLength: MAX_DIFF_EDITS,
    timeout: MAX_DIFF_MS,
  });
  if (!patch) return null;
  let added = 0;
  let removed = 0;
  const hunks = patch.hunks.map(({ oldStart, oldLines, newStart, newLines, lines }) => {
    for (const l of lines) {
      if (l.startsWith("+")) added++;
      else if (l.startsWith("-")) removed++;
    }
    return { oldStart, oldLines, newStart, newLines, lines };
  });
  return { hunks, added, removed };
}

/** "@@ -a,b +c,d @@", the header line of a hunk in a unified diff. */
export function hunkHeader(h: DiffHunk): string {
  return `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`;
}
